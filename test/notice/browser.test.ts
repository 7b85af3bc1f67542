import { describe, expect, it } from 'vitest';
import { axeViolations, chromiumTabs } from '../helpers/browser.js';
import { join } from 'node:path';
import { EXAMPLE, FIXTURES, ropa } from '../helpers/cli.js';
import { fixture } from './helpers.js';

/**
 * The HTML notice in a real browser: Debian's chromium driven by playwright-core, checked by
 * axe-core against WCAG 2.1 A and AA (what Norwegian public web sites must meet; test/helpers/browser.ts).
 * One browser for the whole file.
 */
const LANGS = ['nb', 'nn', 'en'] as const;

/** The notice as HTML; each page once for the file (several tests open the same one). */
function html(dir: string, lang: string, ...extra: string[]): string {
  const args = ['notice', dir, '--format', 'html', '--lang', lang, ...extra];
  const key = JSON.stringify(args);
  let page = pages.get(key);
  if (page === undefined) {
    const r = ropa(args);
    if (r.code !== 0) throw new Error(r.stderr);
    pages.set(key, (page = r.stdout));
  }
  return page;
}
const pages = new Map<string, string>();

/** A real body's registry from the corpus (test/fixtures/corpus/bodies). */
const body = (name: string): string => join(FIXTURES, 'corpus', 'bodies', name, 'registry');

const { open } = chromiumTabs();

describe('the HTML notice meets WCAG 2.1 AA in Chromium', () => {
  it('the check finds violations where there are some', async () => {
    const page = await open('<!doctype html><html><title>x</title><body><img src="x.png"><a href="#"></a></body></html>');
    expect((await axeViolations(page)).map((v) => v.split(':')[0])).toEqual(expect.arrayContaining(['html-has-lang', 'image-alt', 'link-name']));
  });

  const cases = LANGS.flatMap(
    (lang) =>
      [
        [`example registry (draft), ${lang}`, () => html(EXAMPLE, lang, '--draft'), lang],
        [`complete registry, ${lang}`, () => html(fixture('complete'), lang), lang],
        // Every field the notice prints (test/notice/fields.test.ts), the Art. 27 representative's contact too.
        [`fields registry, ${lang}`, () => html(fixture('fields'), lang), lang],
      ] as const,
  );

  it.each(cases)('%s: no axe violations, and the page says its language', async (_name, make, lang) => {
    const page = await open(make());
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
  });

  const more = [
    ['one activity (--activity), nb', () => html(EXAMPLE, 'nb', '--draft', '--activity', 'voluntary-surveys'), 1280],
    // The first document (layered, the default) and the complete one, on a phone and on a desktop.
    ['the example at 390 px, nb', () => html(EXAMPLE, 'nb', '--draft'), 390],
    ['the example at 390 px, en', () => html(EXAMPLE, 'en', '--draft'), 390],
    ['the example in one document (--complete) at 390 px, nb', () => html(EXAMPLE, 'nb', '--draft', '--complete'), 390],
    ['the example in one document (--complete) at 1280 px, en', () => html(EXAMPLE, 'en', '--draft', '--complete'), 1280],
    ['an activity page at 1280 px, en', () => html(EXAMPLE, 'en', '--draft', '--activity', 'official-statistics'), 1280],
    ['one activity at 390 px, en', () => html(EXAMPLE, 'en', '--draft', '--activity', 'web-analytics'), 390],
    ['a municipality at 390 px, nb', () => html(fixture('municipality'), 'nb'), 390],
    // Six columns of Norwegian compounds («brukertilfredshetsundersøkelser», «informasjonstjeneste»): before, the table was
    // 120 px wider than a 1280 px screen and 135 px wider than an 800 px one (browsers hyphenate Norwegian only with a
    // dictionary). Now the table is laid out as cards up to 60rem and may use 80rem above it.
    ['the example in one document (--complete) at 1280 px, nb', () => html(EXAMPLE, 'nb', '--draft', '--complete'), 1280],
    ['the example in one document (--complete) at 800 px, nn', () => html(EXAMPLE, 'nn', '--draft', '--complete'), 800],
    ['a company (Telenor) in one document (--complete) at 1280 px, nb', () => html(body('telenor'), 'nb', '--draft', '--complete'), 1280],
    ['a company (Telenor) in one document (--complete) at 900 px, nb', () => html(body('telenor'), 'nb', '--draft', '--complete'), 900],
    [
      'a nynorsk municipality’s schools (Alver) in one document (--complete) at 770 px, nn',
      () => html(body('alver-skular'), 'nn', '--draft', '--complete'),
      770,
    ],
  ] as const;

  it.each(more)('%s: no axe violations, and nothing wider than the screen', async (_name, make, width) => {
    const page = await open(make(), width);
    expect(await axeViolations(page)).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    if (process.env.ROPA_SCREENSHOTS !== undefined) {
      await page.screenshot({ path: `${process.env.ROPA_SCREENSHOTS}/${_name.replace(/[^a-z0-9]+/gi, '-')}.png`, fullPage: false });
    }
  });

  it('the DPO’s e-mail wraps inside a 390 px screen', async () => {
    const page = await open(html(EXAMPLE, 'nb', '--draft'), 390);
    const widths = await page.$$eval('a[href^="mailto:"]', (as) => as.map((a) => a.getBoundingClientRect().right));
    expect(widths.length).toBeGreaterThan(0);
    for (const right of widths) expect(right).toBeLessThanOrEqual(390);
  });
});

describe('the HTML notice in use', () => {
  const example = html(EXAMPLE, 'nb', '--draft');

  it('fits a phone: no sideways scrolling at 360 px', async () => {
    const page = await open(example, 360);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('offers a skip link first and a table of contents whose links all lead somewhere', async () => {
    const page = await open(example);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#main');
    const broken = await page.evaluate(() =>
      [...document.querySelectorAll('a[href^="#"]')].map((a) => a.getAttribute('href')!.slice(1)).filter((id) => !document.getElementById(id)),
    );
    expect(broken).toEqual([]);
    expect(await page.locator('nav li').count()).toBeGreaterThan(10);
  });

  it('prints without the table of contents and with link addresses spelt out', async () => {
    const page = await open(example);
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('nav')!).display)).toBe('none');
    const after = await page.evaluate(() => getComputedStyle(document.querySelector('main a[href^="http"]')!, '::after').content);
    expect(after).toContain('https://');
  });

  it('shows registry text as text: no script, handler or javascript: link comes from it', async () => {
    const page = await open(html(fixture('escaping'), 'nb'));
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('[onerror], [onmouseover], a[href^="javascript"], img, b, i').count()).toBe(0);
    expect(await page.title()).toBe("Personvernerklæring for Etaten <script>alert('navn')</script> & Co");
    const body = await page.locator('main').innerText();
    expect(body).toContain('<img src=x onerror="alert(1)">');
    expect(body).toContain("Lønn </h4><script>alert('tittel')</script>");
    expect(body).toContain('Betale ut lønn" onmouseover="alert(1)');
    expect(body).toContain('{{handlebars}} og {{{trippel}}}');
  });
});
