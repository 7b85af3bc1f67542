import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { validateRegistry } from '../../src/validate/index.js';
import { referenceData } from '../../src/check/reference.js';
import { diffRegistries } from '../../src/diff/index.js';
import { markdown, code, escape, COMMENT_MARKER } from '../../src/render/diff/markdown.js';
import { text } from '../../src/render/diff/text.js';
import { json } from '../../src/render/diff/json.js';
import type { DiffReport } from '../../src/render/diff/types.js';
import { FIXTURES, ropa } from '../helpers/cli.js';

const reference = { eea: referenceData().eea.countries };

const open = (name: string) => validateRegistry(join(FIXTURES, 'diff', name)).registry;
const report = (from: string, to: string): DiffReport => ({
  base: { label: 'main', commit: '1a2b3c4' },
  head: { label: 'the working tree' },
  dir: 'registry',
  changes: diffRegistries(open(from), open(to), reference),
});

describe('diff formats', () => {
  it('markdown: a pull-request comment with a marker, counts, and a section per activity, review first', () => {
    const md = markdown(report('base', 'head'), { lang: 'en', color: false });
    const lines = md.split('\n');
    expect(lines.slice(0, 7)).toEqual([
      COMMENT_MARKER,
      '### Changes to the record of processing activities',
      '',
      '`main` (`1a2b3c4`) → the working tree',
      '',
      '**35 changes for review, 22 for information**',
      '',
    ]);
    const payroll = lines.indexOf('#### Payroll \\<b\\>\\*pay\\*\\</b\\> @\u200bfinance-team \\| \\#1 \\`x\\` (`payroll`)');
    expect(payroll).toBeGreaterThan(0);
    expect(lines[payroll + 2]).toBe('`registry/activities/payroll.yaml`');
    expect(lines[payroll + 4]).toBe('- **review**: New special-category data (Art. 9): `sick-leave` (health data).');
    expect(lines[payroll + 5]).toBe('- **review**: New special-category data (Art. 9): `health-data` (health data).');
    const block = lines.slice(payroll + 4, lines.indexOf('', payroll + 4));
    const firstInfo = block.findIndex((l) => l.startsWith('- info:'));
    expect(block.slice(firstInfo).every((l) => l.startsWith('- info:'))).toBe(true);
    expect(md).toContain(
      '- **review**: The retention rule for `cv` changed from “until employment ends, then deleted” to “until the case is closed, then deleted”.',
    );
    expect(md).toContain('- **review**: The data category `sick-leave` is now special-category data (health data). Used by: `payroll`.');
    // organisation.yaml has a section of its own, before the catalogues.
    const org = md.indexOf(
      '#### Organisation\n\n`registry/organisation.yaml`\n\n- **review**: Changed: the data protection officer.\n- info: Also changed in organisation.yaml: `shortName`.',
    );
    expect(org).toBeGreaterThan(0);
    expect(org).toBeLessThan(md.indexOf('#### Catalogues'));
  });

  it('markdown: says so when nothing changed', () => {
    expect(markdown(report('base', 'base'), { lang: 'nb', color: false })).toBe(
      [
        COMMENT_MARKER,
        '### Endringer i protokollen over behandlingsaktiviteter',
        '',
        '`main` (`1a2b3c4`) → the working tree',
        '',
        'Ingen endringer i protokollen over behandlingsaktiviteter.',
        '',
      ].join('\n'),
    );
  });

  it('markdown: values cannot break out of their code spans, and text cannot become markup or a mention', () => {
    expect(code('a`b')).toBe('``a`b``');
    expect(code('`x`')).toBe('`` `x` ``');
    expect(code('two\nlines')).toBe('`two lines`');
    expect(escape('<img src=x> *a* [l](u) @team #1 a|b &amp;')).toBe('\\<img src=x\\> \\*a\\* \\[l\\](u) @\u200bteam \\#1 a\\|b \\&amp;');
  });

  it('text: one block per activity with its title and file, in the report language', () => {
    const out = text(report('base', 'head'), { lang: 'nn', color: false });
    expect(out.split('\n').slice(0, 3)).toEqual([
      'Endringar i protokollen over behandlingsaktivitetar: main (1a2b3c4) → the working tree',
      '35 endringar til vurdering, 22 til orientering',
      '',
    ]);
    expect(out).toContain(
      [
        'hiring  Rekruttering  registry/activities/hiring.yaml',
        '  vurdering   Nye opplysningar om straffedommar og lovbrot (art. 10): police-certificate.',
        '  orientering Omdøypt frå recruitment til hiring, utan andre endringar i fila.',
        '',
      ].join('\n'),
    );
    // A period in words for a reader who is no programmer (session 37), not «P10Y».
    expect(out).toContain('  vurdering   Lagringstida for contact-details er forlengd frå ti år til permanent.');
  });

  it('json: codes instead of words in args, and the words in message', () => {
    const j = JSON.parse(json(report('base', 'head'), { lang: 'en', color: false })) as {
      base: unknown;
      summary: unknown;
      changes: Record<string, unknown>[];
    };
    expect(j.base).toEqual({ label: 'main', commit: '1a2b3c4' });
    expect(j.summary).toEqual({ review: 35, info: 22 });
    expect(j.changes).toContainEqual({
      id: 'special-category-added',
      level: 'review',
      activity: 'payroll',
      file: 'registry/activities/payroll.yaml',
      args: { category: 'health-data', special: 'health' },
      message: 'New special-category data (Art. 9): health-data (health data).',
    });
    // The period stays a code in args, in words in the message.
    expect(j.changes).toContainEqual(
      expect.objectContaining({
        id: 'retention-lengthened',
        args: { category: 'contact-details', before: 'P10Y', after: 'permanent' },
        message: expect.stringMatching(/ from ten years to /),
      }),
    );
    expect(j.changes).toContainEqual({
      id: 'category-became-special',
      level: 'review',
      catalogue: 'dataCategories',
      entry: 'sick-leave',
      file: 'registry/catalogues/catalogue.yaml',
      activities: ['payroll'],
      args: { category: 'sick-leave', special: 'health' },
      message: 'The data category sick-leave is now special-category data (health data).',
    });
    expect(j.changes).toContainEqual({
      id: 'organisation-changed',
      level: 'review',
      file: 'registry/organisation.yaml',
      args: { field: 'dpo' },
      message: 'Changed: the data protection officer.',
    });
  });

  it('text is what `ropa diff` prints for two folders; --fail-on review makes review changes fail', () => {
    const args = ['diff', './test/fixtures/diff/base', '--head-dir', 'test/fixtures/diff/head'];
    const r = ropa(args);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(
      'Changes to the record of processing activities: the folder ./test/fixtures/diff/base → the folder test/fixtures/diff/head',
    );
    expect(r.stdout).toContain('payroll  Payroll <b>*pay*</b> @finance-team | #1 `x`  activities/payroll.yaml\n');
    expect(ropa([...args, '--fail-on', 'review']).code).toBe(1);
    expect(ropa(['diff', './test/fixtures/diff/base', './test/fixtures/diff/base', '--fail-on', 'review']).code).toBe(0);
    expect(ropa([...args, '--fail-on', 'always']).code).toBe(2);
  });
});
