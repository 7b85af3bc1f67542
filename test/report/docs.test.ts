import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { t } from '../../src/i18n/index.js';
import { DPIA_COLUMNS } from '../../src/render/report/columns.js';
import { COLUMNS } from '../../src/render/report/model.js';
import { ROOT } from '../helpers/cli.js';

/** docs/report.md lists every column with its labels; this keeps the page, the code and the locales in step. */
describe('docs/report.md', () => {
  const page = readFileSync(join(ROOT, 'docs/report.md'), 'utf8');

  it.each(['controller', 'processor'] as const)('documents every column of the %s record, in order, with its labels', (kind) => {
    const heading = kind === 'controller' ? "### Columns of the controller's record" : "### Columns of the processor's record";
    const section = page.slice(page.indexOf(heading));
    const squeeze = (l: string): string => l.replace(/ +/g, ' ');
    const rows = section
      .split('\n')
      .filter((l) => l.startsWith('| `'))
      .slice(0, COLUMNS[kind].length)
      .map(squeeze);
    expect(rows).toEqual(
      COLUMNS[kind].map((c) =>
        squeeze(`| \`${c.id}\` | ${t('nb', `report.column.${c.id}`)} | ${t('en', `report.column.${c.id}`)} | ${c.mandatory ? 'yes' : ''} |`),
      ),
    );
  });

  it('documents every column of the DPIA overview, in order, with its labels', () => {
    const section = page.slice(page.indexOf('### Columns of the DPIA overview'));
    // id, nb and en; the last cell says in words what the column shows.
    const rows = section
      .split('\n')
      .filter((l) => l.startsWith('| `'))
      .slice(0, DPIA_COLUMNS.length)
      .map((l) => l.split(' | ').slice(0, 3).join(' | '));
    expect(rows).toEqual(DPIA_COLUMNS.map((c) => `| \`${c.id}\` | ${t('nb', `report.column.${c.id}`)} | ${t('en', `report.column.${c.id}`)}`));
  });
});
