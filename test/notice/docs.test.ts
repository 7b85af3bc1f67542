import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/cli.js';
import { validateRegistry } from '../../src/validate/index.js';
import { buildNoticeView, LABELS } from '../../src/render/notice/build.js';
import { MISSING_ITEMS } from '../../src/render/notice/missing.js';
import { fixture } from './helpers.js';

/** docs/notice.md documents the view model for `--template` authors: it must keep up with the code. */
const docs = readFileSync(join(ROOT, 'docs/notice.md'), 'utf8');
const { view } = buildNoticeView(validateRegistry(fixture('complete')).registry, { lang: 'nb', format: 'md', draft: true });

describe('docs/notice.md', () => {
  it('documents every field of the view model', () => {
    const activity = view.groups[0]!.activities[0]!;
    const fields = [
      ...Object.keys(view),
      ...Object.keys(view.summary),
      ...Object.keys(view.contact),
      ...Object.keys(view.rights),
      ...Object.keys(view.groups[0]!),
      ...Object.keys(activity),
      ...Object.keys(activity.facts[0]!),
      ...Object.keys(activity.purposes[0]!),
      ...Object.keys(view.retention[0]!),
      ...Object.keys(view.rights.exceptions[0]!),
      ...Object.keys(view.about),
      ...Object.keys(view.processors[0]!),
    ];
    for (const field of new Set(fields)) expect(docs, field).toMatch(new RegExp('`' + field + '`|\\b' + field + '\\b'));
  });

  it('lists every label, and every label has words in the locale files', () => {
    const nb = JSON.parse(readFileSync(join(ROOT, 'locales/nb/notice.json'), 'utf8')) as Record<string, string>;
    const inLocale = Object.keys(nb)
      .filter((k) => k.startsWith('label.'))
      .map((k) => k.slice(6).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()));
    expect([...inLocale].sort()).toEqual([...LABELS].sort());
    for (const label of LABELS) expect(docs, label).toContain(`\`${label}\``);
  });

  it('has a row for every notice gap, saying whether it is mandatory', () => {
    for (const [id, mandatory] of Object.entries(MISSING_ITEMS))
      expect(docs, id).toMatch(new RegExp('^\\| `' + id + '` \\| ' + (mandatory ? 'yes' : 'no') + ' \\|', 'm'));
  });
});
