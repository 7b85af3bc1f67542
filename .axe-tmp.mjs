import axe from 'axe-core';
import { chromium } from 'playwright-core';
import fs from 'fs';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--no-zygote','--disable-gpu'] });
const ctx = await b.newContext();
for (const f of process.argv.slice(2)) for (const w of [1280, 390]) {
  const p = await ctx.newPage(); await p.setViewportSize({ width: w, height: 900 });
  await p.setContent(fs.readFileSync(f, 'utf8'), { waitUntil: 'load' });
  await p.addScriptTag({ content: axe.source });
  const r = await p.evaluate(async () => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa','best-practice'] }, resultTypes: ['violations'] }));
  const over = await p.evaluate(() => { const W = document.documentElement.clientWidth; return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > W + 1).slice(0,5).map(e => e.tagName + '.' + e.className + ':' + (e.textContent||'').slice(0,40)); });
  const h = await p.evaluate(() => document.documentElement.scrollHeight);
  console.log(f.split('/').pop(), w, 'height', h, 'violations', r.violations.map(v => v.id + '(' + v.impact + '):' + v.nodes.slice(0,3).map(n => n.target.join(' ')).join(',')), 'overflow', over);
  if (f.includes('offshore') || f.includes('bronn')) await p.screenshot({ path: `/tmp/nq/html/${f.split('/').pop()}.${w}.png`, fullPage: false });
  await p.close();
}
await b.close();
