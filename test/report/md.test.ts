import { describe, expect, it } from 'vitest';
import { md } from '../../src/render/report/md.js';
import { BASIC, INJECTION, report } from './helpers.js';

describe('md', () => {
  // The internal copy: BASIC's «statistics» is in review.
  const out = md(report(BASIC, { date: '2026-03-01', internal: true }));

  it('has the title, the header block, a summary of the mandatory columns, a section per activity and the other tables', () => {
    expect(out).toMatch(/^# Protokoll over behandlingsaktiviteter – Eksempeletaten\n/);
    expect(out).toContain('- **Personvernombud:** Kari Nordmann (Personvernombud), e-post pvo@example.no, telefon 22 00 00 01');
    expect(out).toContain('- **Dato:** 01.03.2026');
    expect(out).toContain(
      '| Behandlingsaktivitet | Formålet med behandlingen | Kategorier av registrerte | Kategorier av personopplysninger | Kategorier av mottakere | Overføring til tredjestat / internasjonal organisasjon | Planlagte tidsfrister for sletting | Generell beskrivelse av tekniske og organisatoriske sikkerhetstiltak |',
    );
    expect(out).toContain('| Lønn og personal | Utbetale lønn<br>Følge opp sykefravær | Ansatte |');
    expect(out.match(/^### /gm)).toHaveLength(2);
    expect(out).toContain('### Registerstatistikk\n\n**Ikke godkjent (til gjennomgang)**\n');
    expect(out).toContain('| Registerstatistikk<br>Ikke godkjent (til gjennomgang) |');
    expect(out).toContain(
      '**Intern arbeidskopi, ikke den offisielle protokollen: også behandlingsaktiviteter som ikke er godkjent, er tatt med og merket «Ikke godkjent».** 1 behandlingsaktivitet er ikke godkjent.',
    );
    expect(out).toContain('- **Sist gjennomgått:** 15.01.2026 av Personvernombudet');
    expect(out).toContain('## Personvernkonsekvensvurderinger (DPIA)');
    expect(out).toContain('## Protokoll som databehandler (artikkel 30 nr. 2)');
  });

  it('is the official record by default: approved activities only, and it says so under the title', () => {
    const official = md(report(BASIC, { date: '2026-03-01' }));
    expect(official).toContain(
      '*Behandlingsansvarlig – personvernforordningen artikkel 30 nr. 1*\n\n**Den offisielle protokollen, slik den gjøres tilgjengelig for tilsynsmyndigheten etter personvernforordningen artikkel 30 nr. 4: bare godkjente behandlingsaktiviteter.** 1 behandlingsaktivitet som ikke er godkjent, er utelatt.\n',
    );
    expect(official.match(/^### /gm)).toHaveLength(1);
    expect(official).not.toContain('Registerstatistikk');
    expect(official).not.toContain('Ikke godkjent');
  });

  it('draws the data map as a Mermaid flowchart: sources → activities → recipients and processors', () => {
    const block = /```mermaid\n([\s\S]*?)```/.exec(out)?.[1];
    expect(block).toBe(
      [
        'flowchart LR',
        '  subgraph sources["Kilder"]',
        '    s0["Den registrerte"]',
        '    s1["Folkeregisteret"]',
        '  end',
        '  subgraph activities["Behandlingsaktiviteter"]',
        '    a0["Lønn og personal"]',
        '    a1["Registerstatistikk"]',
        '  end',
        '  subgraph targets["Mottakere og databehandlere"]',
        '    t0["NAV"]',
        '    t1["Acos AS"]',
        '    t2["CloudCo Inc."]',
        '  end',
        '  s0 --> a0',
        '  a0 --> t0',
        '  a0 -.-> t1',
        '  s1 --> a1',
        '  a1 -.-> t2',
        '',
      ].join('\n'),
    );
  });

  it('escapes Markdown, HTML and table pipes in registry text, and Mermaid labels', () => {
    const inj = md(report(INJECTION));
    expect(inj).toContain('| \\| pipe \\| \\*stjerne\\* \\_under\\_ \\[lenke\\](http://evil.example) \\`kode\\` # ikke overskrift |');
    expect(inj).toContain('\\<img src=x onerror=alert(1)\\> \\& "sitat"');
    expect(inj).toContain("\\# Ikke en overskrift<br>\\- ikke en liste<br>\\<script\\>alert('x')\\</script\\>");
    // No tag opens except the <br> that breaks lines within a cell.
    expect(inj).not.toMatch(/(^|[^\\])<(?!br>)/m);
    expect(inj).toContain('a0["=1+2"]');
    expect(inj).toContain('# Protokoll over behandlingsaktiviteter – =HYPERLINK("http://evil.example","Klikk") \\<b\\>Etaten\\</b\\>');
    // Every table row has as many unescaped pipes as its header: no pipe slipped through.
    const pipes = (line: string): number => line.replace(/\\\|/g, '').split('|').length;
    const lines = inj.split('\n');
    lines.forEach((line, i) => {
      if (line.startsWith('| ') && !lines[i - 1]?.startsWith('|')) {
        for (let j = i; lines[j]?.startsWith('|'); j++) expect(pipes(lines[j]!)).toBe(pipes(line));
      }
    });
  });
});
