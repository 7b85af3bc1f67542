import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type Page } from 'playwright-core';
import { axeViolations, chromiumTabs } from '../helpers/browser.js';
import { EXAMPLE, ropa, tempDir } from '../helpers/cli.js';
import { BASIC, INJECTION } from './helpers.js';

/**
 * The HTML report in Chromium: on a desktop and on a 390 px phone, where the wide tables become
 * cards; no axe violations; no word broken in the middle; and printed to PDF, the pages a DPO sends.
 */
function html(dir: string, ...extra: string[]): string {
  const r = ropa(['report', dir, '-f', 'html', ...extra]);
  if (r.code !== 0) throw new Error(r.stderr);
  return r.stdout;
}

const { open } = chromiumTabs();

/**
 * The words the page shows broken over two lines: each word (cut where a line may break anyway: after a
 * space, a hyphen, a dash, a slash or a closing bracket) must sit on one line.
 */
async function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent === null || parent.closest('svg, style') !== null || parent.getClientRects().length === 0) continue;
      for (const m of node.textContent!.matchAll(/[^\s\-–/)]+[-–/)]?/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) broken.push(m[0]);
      }
    }
    return broken;
  });
}

describe('the HTML report in Chromium', () => {
  // Hostile text (a formula of 40 characters without a space as the organisation's name) must break
  // somewhere on a phone; natural words never.
  const cases = [
    ['the example, official, nb', () => html(EXAMPLE), true],
    ['a registry with an activity in review, internal copy, en', () => html(BASIC, '--internal', '--lang', 'en'), true],
    ['hostile registry text, nn', () => html(INJECTION, '--lang', 'nn'), false],
  ] as const;

  it.each(cases.flatMap(([name, make, words]) => [1280, 390].map((width) => [`${name}, ${width} px`, make, width, words] as const)))(
    '%s: no axe violations, nothing wider than the screen, no word broken',
    async (_name, make, width, words) => {
      const page = await open(make(), width);
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      if (words) expect(await brokenWords(page)).toEqual([]);
      if (process.env.ROPA_SCREENSHOTS !== undefined) {
        await page.screenshot({ path: `${process.env.ROPA_SCREENSHOTS}/report-${_name.replace(/[^a-z0-9]+/gi, '-')}.png`, fullPage: false });
      }
    },
  );

  it('the check finds a word broken in the middle where there is one', async () => {
    const page = await open(
      '<!doctype html><html lang="nb"><title>x</title><p style="width: 3em; overflow-wrap: anywhere">Behandlingsaktivitet</p></html>',
      390,
    );
    expect(await brokenWords(page)).toEqual(['Behandlingsaktivitet']);
  });

  it('shows each row of the summary as a card on a phone, every value under its column’s label, and a table on a desktop', async () => {
    const content = html(EXAMPLE);
    const phone = await open(content, 390);
    const desktop = await open(content, 1280);
    const card = async (page: Page) =>
      page.evaluate(() => {
        const row = document.querySelector('#h-summary ~ table.grid tbody tr')!;
        const cells = [...row.querySelectorAll('td')];
        return {
          row: getComputedStyle(row).display,
          width: row.getBoundingClientRect().width,
          label: getComputedStyle(cells[1]!.querySelector('.label')!).display,
          labelText: cells[1]!.querySelector('.label')!.textContent,
          headerVisible: document.querySelector('#h-summary ~ table.grid thead')!.getBoundingClientRect().height > 1,
        };
      });
    expect(await card(phone)).toMatchObject({ row: 'block', label: 'block', labelText: 'Formålet med behandlingen', headerVisible: false });
    expect((await card(phone)).width).toBeLessThanOrEqual(390);
    expect(await card(desktop)).toMatchObject({ row: 'table-row', label: 'none', headerVisible: true });
    // The column headers stay in the accessibility tree for screen readers; the labels shown on the cards are hidden from it.
    const snapshot = await phone.locator('#h-summary ~ table.grid').ariaSnapshot();
    expect(snapshot).toContain('columnheader "Formålet med behandlingen"');
    expect(snapshot).not.toMatch(/cell "Formålet med behandlingen/);
  });
});

const PDFTOTEXT = '/usr/bin/pdftotext';
describe.skipIf(!existsSync(PDFTOTEXT))(`the HTML report printed by Chromium${existsSync(PDFTOTEXT) ? '' : ' (skipped: poppler-utils not installed)'}`, () => {
  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('prints the cover, the summary on landscape pages, then each activity from the top of a page, with «Side N av M» on every page', async () => {
    const page = await open(html(EXAMPLE), 1280);
    const pdf = join(tmp.dir, 'report.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    const text = spawnSync(PDFTOTEXT, ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
    const pages = text.split('\f').filter((p) => p.trim() !== '');
    const activities = html(EXAMPLE)
      .match(/<h3 id="activity-[^"]+-h">[^<]+<\/h3>/g)!
      .map((h) => h.replace(/<[^>]+>/g, ''));
    expect(activities).toHaveLength(20);
    pages.forEach((p, i) => {
      expect(p).toContain(`Side ${i + 1} av ${pages.length}`);
      expect(p).toContain('Statistisk sentralbyrå');
      expect(p).toContain('Offisiell protokoll');
    });
    // The first line under the page's header is the heading of what starts there.
    const firstLines = pages.map((p) =>
      p
        .split('\n')
        .slice(1)
        .find((l) => l.trim() !== '')
        ?.trim(),
    );
    expect(firstLines[0]).toMatch(/^Protokoll over behandlingsaktiviteter – Statistisk/);
    expect(firstLines[1]).toBe('Oversikt over behandlingsaktivitetene');
    for (const title of activities) expect(firstLines, title).toContain(title.replace(/&#x27;|&#39;/g, "'").replace(/&amp;/g, '&'));
    // Every activity on a page of its own: no page holds two activities' headings.
    for (const p of pages) expect(activities.filter((a) => p.includes(`\n${a}\n`)).length).toBeLessThanOrEqual(1);
  });
});
