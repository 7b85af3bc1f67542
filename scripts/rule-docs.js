#!/usr/bin/env node
/**
 * Writes what the rule metadata decides into the docs: each page's header (id, description,
 * severity, citation) and the rule table in docs/rules/README.md and README.md. Run after
 * `npm run build`: `npm run docs:rules`. test/gaps/docs.test.ts fails when the docs are stale.
 * A page that does not exist yet is started with the sections every page must have.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULE_GROUPS } from '../dist/rules/index.js';
import { t } from '../dist/i18n/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const docs = join(root, 'docs/rules');

function header(meta) {
  return [`# ${meta.id}`, '', `> ${t('en', meta.descriptionId)}`, '', '| severity | legal source |', '|---|---|', `| ${meta.severity} | ${meta.citation} |`];
}

for (const { rules } of RULE_GROUPS) {
  for (const { meta } of rules) {
    const file = join(docs, `${meta.id}.md`);
    const body = existsSync(file)
      ? readFileSync(file, 'utf8').split('\n').slice(7)
      : ['', '## What it checks', '', '## Why', '', '## Legal source', '', '## Failing example', '', '## Passing example', ''];
    writeFileSync(file, [...header(meta), ...body].join('\n'));
  }
}

const table = [
  '<!-- rules:start -->',
  ...RULE_GROUPS.flatMap(({ id, rules }, i) => [
    ...(i > 0 ? [''] : []),
    `### ${t('en', `gaps.group.${id}`)}`,
    '',
    '| rule | severity | source | what it asks |',
    '|---|---|---|---|',
    ...rules.map(({ meta }) => `| [${meta.id}](/docs/rules/${meta.id}.md) | ${meta.severity} | ${meta.citation} | ${t('en', meta.descriptionId)} |`),
  ]),
  '<!-- rules:end -->',
].join('\n');
for (const file of [join(docs, 'README.md'), join(root, 'README.md')]) {
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace(/<!-- rules:start -->[\s\S]*?<!-- rules:end -->/, table));
}
