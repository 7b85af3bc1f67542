import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/cli.js';
import { GAP_RULES, GAP_RULE_IDS, RULE_GROUPS } from '../../src/rules/index.js';
import { COMPLETENESS_ITEMS } from '../../src/check/completeness.js';
import { referenceData } from '../../src/check/reference.js';
import { hasMessage, t } from '../../src/i18n/index.js';

/** The rule list, the pages in docs/rules, the table in docs/rules/README.md and the locale files stay in step. */
const docs = join(ROOT, 'docs/rules');
const page = (id: string): string => readFileSync(join(docs, `${id}.md`), 'utf8');
const between = (text: string, name: string): string => {
  const start = text.indexOf(`<!-- ${name}:start -->`);
  const end = text.indexOf(`<!-- ${name}:end -->`);
  expect(start, name).toBeGreaterThanOrEqual(0);
  expect(end, name).toBeGreaterThan(start);
  return text.slice(start, end);
};
const LANGS = ['en', 'nb', 'nn'] as const;

describe('gap rule documentation', () => {
  it('has one page per rule in docs/rules, and no page for a rule that does not exist', () => {
    const pages = readdirSync(docs)
      .filter((f) => f.endsWith('.md') && f !== 'README.md')
      .map((f) => f.slice(0, -3));
    expect(pages.sort()).toEqual([...GAP_RULE_IDS].sort());
  });

  it.each(GAP_RULES.map((r) => [r.meta.id, r] as const))('%s: the page header matches the rule metadata', (id, rule) => {
    const lines = page(id).split('\n');
    expect(lines[0]).toBe(`# ${id}`);
    expect(lines[2]).toBe(`> ${t('en', rule.meta.descriptionId)}`);
    expect(lines[6]).toBe(`| ${rule.meta.severity} | ${rule.meta.citation} |`);
    for (const section of ['## What it checks', '## Why', '## Legal source', '## Failing example', '## Passing example'])
      expect(page(id)).toContain(`\n${section}\n`);
    expect(rule.meta.docsUrl).toBe(`https://github.com/ropa-dev/ropa/blob/main/docs/rules/${id}.md`);
  });

  it.each(GAP_RULE_IDS)('%s: every YAML example is a tested fixture, quoted exactly', (id) => {
    const blocks = [...page(id).matchAll(/`(test\/fixtures\/gaps\/rules\/[^`]+)`\n\n```yaml\n([\s\S]*?)\n```/g)];
    const all = [...page(id).matchAll(/```yaml\n/g)];
    expect(blocks.length).toBe(all.length);
    for (const [, path, body] of blocks) {
      expect(path!.startsWith(`test/fixtures/gaps/rules/${id}/`), path).toBe(true);
      expect(body, path).toBe(readFileSync(join(ROOT, path!), 'utf8').trimEnd());
    }
  });

  it('lists every rule, in the order and groups of the rule list, in the table of docs/rules/README.md', () => {
    const table = between(readFileSync(join(docs, 'README.md'), 'utf8'), 'rules');
    const groups = [...table.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    expect(groups).toEqual(RULE_GROUPS.map((g) => t('en', `gaps.group.${g.id}`)));
    const rows = [...table.matchAll(/^\| \[([a-z0-9-]+)\]\(\/docs\/rules\/([a-z0-9-]+)\.md\) \| (\w+) \| (.+) \| (.+) \|$/gm)];
    expect(rows.map((r) => r[1])).toEqual([...GAP_RULE_IDS]);
    for (const [, id, link, severity, citation, description] of rows) {
      const rule = GAP_RULES.find((r) => r.meta.id === id)!;
      expect([link, severity, citation, description]).toEqual([id, rule.meta.severity, rule.meta.citation, t('en', rule.meta.descriptionId)]);
    }
  });

  it('documents the completeness items as src/check/completeness.ts defines them', () => {
    const table = between(readFileSync(join(docs, 'README.md'), 'utf8'), 'completeness');
    const rows = [...table.matchAll(/^\| ([a-z-]+) \| ([^|]+) \| .+ \|$/gm)].filter((r) => r[1] !== 'item');
    expect(rows.map((r) => [r[1], r[2]])).toEqual(COMPLETENESS_ITEMS.map((i) => [i.id, i.citation]));
  });
});

describe('gap rule words', () => {
  const keys = (lang: string): string[] => Object.keys(JSON.parse(readFileSync(join(ROOT, 'locales', lang, 'gaps.json'), 'utf8')) as object);

  it('describe every rule, group, completeness item and screening criterion in every language', () => {
    const ref = referenceData();
    const ids = [
      ...GAP_RULE_IDS.map((id) => `gaps.rule.${id}`),
      ...RULE_GROUPS.map((g) => `gaps.group.${g.id}`),
      ...COMPLETENESS_ITEMS.map((i) => `gaps.completeness.${i.id}`),
      ...ref.wp248.criteria.map((c) => `gaps.screening.wp248.${c.id}`),
      ...ref.datatilsynet.items.map((i) => `gaps.screening.datatilsynet.${i.id}`),
      ...['35-3-a', '35-3-b', '35-3-c'].map((id) => `gaps.screening.art35.${id}`),
    ];
    for (const lang of LANGS) for (const id of ids) expect(hasMessage(lang, id), `${lang} ${id}`).toBe(true);
  });

  it('have no messages for rules that do not exist', () => {
    // summary-clean: the all-clear line the shared finding formats (github, stylish) look up as `<command>.summary-clean`.
    const sections = new Set(['rule', 'group', 'completeness', 'screening', 'text', 'markdown', 'severity', 'cli', 'summary-clean']);
    for (const key of keys('en')) {
      const head = key.split('.')[0]!;
      if (!sections.has(head)) expect(GAP_RULE_IDS, key).toContain(head);
    }
  });
});

describe('the README', () => {
  it('carries the same rule table as docs/rules/README.md', () => {
    const grab = (file: string): string => /<!-- rules:start -->[\s\S]*?<!-- rules:end -->/.exec(readFileSync(join(ROOT, file), 'utf8'))?.[0] ?? '';
    expect(grab('README.md')).not.toBe('');
    expect(grab('README.md')).toBe(grab('docs/rules/README.md'));
  });
});
