import axe from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/**
 * Driving Debian's chromium with playwright-core, and checking a page with axe-core against WCAG 2.1 A
 * and AA (what Norwegian public web sites must meet): the notice's and the report's browser tests.
 */
export const LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    // Renderers as children of the browser process, so that the CPU time they use is counted for it
    // (under the zygote, /usr/bin/time and the like missed most of the browser tests' cost).
    '--no-zygote',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe-core's WCAG violations on the page, as `rule: targets`. */
export async function axeViolations(page: Page): Promise<string[]> {
  // A tab that showed a page before has axe still: `setContent` rewrites the document, the window stays.
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axe.source });
  const result = await page.evaluate(async (tags) => {
    const run = (window as unknown as { axe: typeof axe }).axe.run;
    return run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
  }, WCAG);
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * One Chromium for the test file, and in it one tab per width, reused: `open` shows a page of HTML in
 * the tab of that width, with the media emulation back to screen. A new tab costs more than most
 * checks on it (a new context still more: `browser.newPage()` makes one each time). Pages open at the
 * same time must differ in width; a test that closes its tab gets a new one next time.
 */
export function chromiumTabs(): { open: (content: string, width?: number) => Promise<Page> } {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  const tabs = new Map<number, Page>();
  beforeAll(async () => {
    browser = await chromium.launch(LAUNCH);
    context = await browser.newContext();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async open(content, width = 1280) {
      let page = tabs.get(width);
      if (page === undefined || page.isClosed()) {
        tabs.set(width, (page = await context!.newPage()));
        await page.setViewportSize({ width, height: 900 });
      }
      await page.emulateMedia({ media: null });
      await page.setContent(content, { waitUntil: 'load' });
      return page;
    },
  };
}
