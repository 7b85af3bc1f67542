import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, ropa, scratchCopy } from '../helpers/cli.js';

/**
 * Art. 23(1): only a law restricts a data-subject right. A restriction that keeps its right but loses or changes the law
 * that restricts it weakens the record, and `ropa diff` shows it for review, as it shows a basis' law changing.
 */
describe('ropa diff: the law that restricts a right', () => {
  const base = scratchCopy(join(FIXTURES, 'diff/base'));
  const head = scratchCopy(join(FIXTURES, 'diff/base'));
  afterAll(() => {
    base.cleanup();
    head.cleanup();
  });
  const original = readFileSync(join(base.dir, 'activities/payroll.yaml'), 'utf8');
  const restrict = (dir: string, lines: string): void => writeFileSync(join(dir, 'activities/payroll.yaml'), `${original}rightsRestrictions:\n${lines}`);
  type Change = { id: string; level: string; args: Record<string, unknown> };
  const changes = (b: string, h: string, lang = 'en'): { list: Change[]; text: string } => {
    restrict(base.dir, b);
    restrict(head.dir, h);
    const json = ropa(['diff', '--base-dir', base.dir, '--head-dir', head.dir, '-f', 'json']);
    expect(json.stderr).toBe('');
    const text = ropa(['diff', '--base-dir', base.dir, '--head-dir', head.dir, '--lang', lang]);
    return { list: (JSON.parse(json.stdout) as { changes: Change[] }).changes, text: text.stdout };
  };
  const withLaw = '  - right: access\n    law: [{law: skattebetalingsloven, section: "§ 3-1"}]\n';

  it('a restriction losing its law is for review, named with what it cited before', () => {
    const { list, text } = changes(withLaw, '  - right: access\n');
    expect(list.map((c) => [c.id, c.level])).toEqual([['rights-restriction-law-changed', 'review']]);
    expect(text).toContain('skattebetalingsloven § 3-1');
    expect(text).toContain('not recorded');
  });

  it('another law, or a GDPR provision dropped, is for review too; in nb and nn', () => {
    const other = '  - right: access\n    law: [{law: arkivloven}]\n';
    expect(changes(withLaw, other).list.map((c) => c.id)).toEqual(['rights-restriction-law-changed']);
    const gdpr = '  - right: erasure\n    gdpr: Art. 17(3)(b)\n    law: [arkivloven]\n';
    const { list, text } = changes(gdpr, '  - right: erasure\n    law: [arkivloven]\n', 'nb');
    expect(list.map((c) => [c.id, c.level])).toEqual([['rights-restriction-law-changed', 'review']]);
    expect(text).toContain('Hjemmelen for å begrense retten til sletting');
    expect(changes(withLaw, '  - right: access\n', 'nn').text).toContain('Heimelen for å avgrense retten til innsyn');
  });

  it('the same references in another order or form, or only a note changed, are no weakening', () => {
    const two = '  - right: access\n    law: [arkivloven, skattebetalingsloven]\n';
    const swapped = '  - right: access\n    law: [skattebetalingsloven, arkivloven]\n';
    expect(changes(two, swapped).list.map((c) => c.id)).not.toContain('rights-restriction-law-changed');
    const noted = `${withLaw}    note: {nb: Ny merknad, en: A new note}\n`;
    expect(changes(withLaw, noted).list.map((c) => [c.id, c.level])).toEqual([['fields-changed', 'info']]);
  });

  it('a law first recorded for a restricted right is named too, and a right removed stays a removal', () => {
    expect(changes('  - right: access\n', withLaw).list.map((c) => c.id)).toEqual(['rights-restriction-law-changed']);
    const list = changes(withLaw, '  - right: erasure\n    law: [arkivloven]\n').list.map((c) => c.id);
    expect(list).toEqual(['rights-restriction-added', 'rights-restriction-removed']);
  });
});
