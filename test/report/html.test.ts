import { describe, expect, it } from 'vitest';
import { html, htmlPieces } from '../../src/render/report/html.js';
import { BASIC, INJECTION, UNRECORDED, report } from './helpers.js';

const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;

describe('html', () => {
  // The internal copy: BASIC's «statistics» is in review.
  const out = html(report(BASIC, { date: '2026-03-01', internal: true }));

  it('is one document in the report language, printed on A4 with landscape pages for the wide tables', () => {
    expect(out.startsWith('<!DOCTYPE html>\n<html lang="nb">')).toBe(true);
    expect(out).toContain('@page {\n  size: A4 portrait;');
    expect(out).toContain('@page wide { size: A4 landscape;');
    expect(out).toContain('<title>Protokoll over behandlingsaktiviteter – Eksempeletaten</title>');
    expect(out).toContain('<meta name="date" content="2026-03-01">');
    expect(count(out, /<html/g)).toBe(1);
  });

  it('has the header block, a summary table of the mandatory columns and a page per activity', () => {
    expect(out).toContain('<tr><th scope="row">Personvernombud</th><td>Kari Nordmann (Personvernombud), e-post pvo@example.no, telefon 22 00 00 01</td></tr>');
    const summary = /<section class="page wide" aria-labelledby="h-summary">([\s\S]*?)<\/section>/.exec(out)![1]!;
    expect(count(summary, /<th scope="col" role="columnheader" class="mandatory">/g)).toBe(8);
    expect(count(summary, /<th scope="col" role="columnheader" class="optional">/g)).toBe(0);
    expect(count(summary, /<tbody role="rowgroup">[\s\S]*?<\/tbody>/g)).toBe(1);
    expect(count(summary.split('<tbody role="rowgroup">')[1]!, /<tr role="row">/g)).toBe(2);
    expect(count(out, /<section class="page activity" id="activity-/g)).toBe(2);
    expect(out).toContain('<section class="page activity" id="activity-payroll" aria-labelledby="activity-payroll-h">');
    expect(out).toContain('<th scope="row" class="optional">Supplerende rettsgrunnlag (nasjonal lov)</th><td>Følge opp sykefravær: folketrygdloven § 8-7</td>');
    expect(out).toContain('<td role="cell"><span class="label" aria-hidden="true">Formålet med behandlingen</span>Utbetale lønn<br>Følge opp sykefravær</td>');
    expect(out).toContain('<h3 id="activity-statistics-h">Registerstatistikk</h3>\n<p class="not-approved">Ikke godkjent (til gjennomgang)</p>');
    expect(out).toContain('<p class="variant internal"><strong>Intern arbeidskopi, ikke den offisielle protokollen:');
  });

  it('draws the data map as an inline SVG, and has the DPIA overview, the processors and the record as processor', () => {
    expect(count(out, /<svg /g)).toBe(1);
    expect(out).toContain('<title id="datamap-title">Dataflyt: kilder, behandlingsaktiviteter, mottakere og databehandlere</title>');
    expect(count(out, /<g class="node node-source">/g)).toBe(2);
    expect(count(out, /<g class="node node-activity">/g)).toBe(2);
    expect(count(out, /<g class="node node-processor">/g)).toBe(2);
    expect(count(out, /<path class="edge edge-processor"/g)).toBe(2);
    expect(out).toContain('<h2 id="h-extra-0">Personvernkonsekvensvurderinger (DPIA)</h2>');
    expect(out).toContain('<h2 id="h-extra-2">Protokoll som databehandler (artikkel 30 nr. 2)</h2>');
    expect(out).toContain('<td role="cell"><span class="label" aria-hidden="true">Behandlingsaktivitet</span>Brukerstøtte for sykehuset</td>');
    // The processors table: a sub-processor limited to some activities names them.
    expect(out).toContain('Tidbank AS – Norge – DBA 2021/77, bilag 3 – bare for behandlingsaktiviteten Lønn og personal');
  });

  it('is the official record by default: approved activities only, said under the title and at the foot of every page', () => {
    const official = html(report(BASIC, { date: '2026-03-01' }));
    expect(official).toContain(
      '<p class="variant"><strong>Den offisielle protokollen, slik den gjøres tilgjengelig for tilsynsmyndigheten etter personvernforordningen artikkel 30 nr. 4: bare godkjente behandlingsaktiviteter.</strong> 1 behandlingsaktivitet som ikke er godkjent, er utelatt.</p>',
    );
    expect(count(official, /<section class="page activity"/g)).toBe(1);
    expect(official).not.toContain('Registerstatistikk');
    expect(official).toContain('@bottom-left { content: "Offisiell protokoll";');
    expect(official).toContain('@bottom-center { content: "Side " counter(page) " av " counter(pages);');
    expect(official).toContain('@top-left { content: "Eksempeletaten";');
  });

  it('escapes every registry text, in the tables and in the SVG', () => {
    const inj = html(report(INJECTION));
    expect(inj).not.toMatch(/<script|<img|<b>|<svg onload/);
    expect(inj).toContain('&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;');
    expect(inj).toContain('<td>&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt; &amp; &quot;sitat&quot;</td>');
    expect(inj).toContain(
      '<title>&#x3D;HYPERLINK(&quot;http://evil.example&quot;,&quot;Klikk&quot;) &lt;b&gt;Etaten&lt;/b&gt;</title>'.replace(
        '<title>',
        '<title>Protokoll over behandlingsaktiviteter – ',
      ),
    );
    expect(inj).toMatch(/<text x="368" y="\d+">=1\+2<\/text>/);
    // In the page margins, as CSS strings: nothing can end the string or the style element.
    expect(inj).toContain('@top-left { content: "=HYPERLINK(\\22 http://evil.example\\22 ,\\22 Klikk\\22 ) \\3c b\\3e Etaten\\3c /b\\3e ";');
    expect(count(inj, /<\/style>/g)).toBe(1);
    expect(inj).toContain('<title>\tTabulator først &amp; &lt;svg onload=alert(1)&gt;</title>');
    expect(inj).toContain('<text x="8" y="60">Tabulator først &amp; &lt;svg</text>');
  });

  it('is the same for the same registry', () => {
    expect(html(report(BASIC, { date: '2026-03-01', internal: true }))).toBe(out);
  });

  it('is made in pieces, the tables a few rows at a time, and what the registry says cannot mark where a piece goes', () => {
    const base = report(BASIC, { date: '2026-03-01', internal: true });
    expect([...htmlPieces(base)].join('')).toBe(out);
    // 600 activities, one of them named like the mark the pieces are put together at.
    const rows = Array.from({ length: 600 }, (_r, i) => ({ ...base.record.rows[i % 2]!, id: `a${i}`, title: i === 7 ? '<ropa-piece>' : `A ${i}` }));
    const many = { ...base, record: { ...base.record, rows }, extra: [{ ...base.extra[0]!, rows }] };
    const pieces = [...htmlPieces(many)];
    expect(pieces.length).toBeGreaterThan(600);
    const doc = pieces.join('');
    expect(doc).not.toContain('<ropa-piece>');
    expect(doc).toContain('<h3 id="activity-a7-h">&lt;ropa-piece&gt;</h3>');
    for (const id of ['h-summary', 'h-extra-0']) {
      const table = new RegExp(`aria-labelledby="${id}">[\\s\\S]*?<tbody role="rowgroup">\n([\\s\\S]*?)</tbody>`).exec(doc)![1]!;
      expect(
        table
          .split('\n')
          .filter((l) => l !== '')
          .every((l) => l.startsWith('<tr role="row">') && l.endsWith('</tr>')),
      ).toBe(true);
      expect(count(table, /<tr role="row">/g)).toBe(600);
    }
    expect(count(doc, /<section class="page activity"/g)).toBe(600);
    expect(doc.endsWith('</section>\n</body>\n</html>\n')).toBe(true);
  });

  it("writes the activities' pages and the tables' rows directly as the same text as their templates make them", () => {
    // activity.hbs and rows.hbs are written in code (docs/performance.md); a template or Handlebars that made them otherwise would show here.
    for (const [dir, opts] of [
      [BASIC, { date: '2026-03-01', internal: true }],
      [BASIC, { date: '2026-03-01', kind: 'processor' }],
      [UNRECORDED, { date: '2026-03-01' }],
      [INJECTION, { date: '2026-03-01', lang: 'en' }],
      [INJECTION, { internal: true, lang: 'nn' }],
    ] as const) {
      const r = report(dir, opts);
      const direct = [...htmlPieces(r)].join('');
      expect(direct).toBe([...htmlPieces(r, { viaTemplates: true })].join(''));
      expect(direct).toContain('<section class="page activity"');
    }
  });
});
