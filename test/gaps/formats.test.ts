import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { validateRegistry } from '../../src/validate/index.js';
import { runGaps } from '../../src/check/engine.js';
import { GAP_RULES, gapRuleInfo } from '../../src/rules/index.js';
import { gapView } from '../../src/render/gaps/view.js';
import { csv } from '../../src/render/gaps/csv.js';
import { markdown } from '../../src/render/gaps/markdown.js';
import { text, gapTextPieces } from '../../src/render/gaps/text.js';
import { gapJsonPieces, json } from '../../src/render/gaps/json.js';
import { FIXTURES, ROOT } from '../helpers/cli.js';

/** The escaping fixture carries a title, a sub-processor name, a reason and a name written to break each format. */
function view(name: string, lang: 'en' | 'nb' = 'en') {
  const { registry } = validateRegistry(join(FIXTURES, 'gaps', name));
  const result = runGaps(registry, GAP_RULES, { today: '2026-06-01' });
  return gapView(result, registry, { cwd: ROOT, lang, rules: gapRuleInfo() });
}

describe('gap formatters', () => {
  const v = view('escaping');

  it('text in pieces: about 64K characters each, never splitting a line, joining to the text', () => {
    const groupsOnly = { ...v, accepted: [] };
    const big = { ...groupsOnly, groups: Array.from({ length: 400 }, () => v.groups).flat() };
    for (const color of [false, true]) {
      const pieces = [...gapTextPieces(big, { color })];
      const one = text(groupsOnly, { color });
      expect(pieces.length).toBeGreaterThan(1);
      for (const p of pieces.slice(0, -1)) {
        // Whole lines only, and no more than one group past the size.
        expect(p.endsWith('\n')).toBe(true);
        expect(p.length).toBeLessThan(64 * 1024 + one.length);
      }
      // The same groups, once each, and the summary (with the note on words under it) once at the end: nothing lost or
      // doubled at a piece's edge.
      const joined = pieces.join('');
      const body = one.slice(0, one.lastIndexOf('\n', one.lastIndexOf('\n', one.length - 2) - 1) + 1);
      expect(joined).toBe(body.repeat(400) + one.slice(body.length));
    }
  });

  it('csv: one row per finding with stable columns, quoted by RFC 4180, formulas defused', () => {
    const out = csv(v);
    const lines = out.split('\r\n');
    expect(lines[0]).toBe('status,rule,severity,activity,file,line,column,message,citation,acceptedBy,expires,reason');
    // The sub-processor's missing authorisation is reported at its processor's catalogue entry, on no activity.
    expect(out).toContain(
      'open,subprocessor-authorised,warning,,test/fixtures/gaps/escaping/catalogues/catalogue.yaml,7,9,"The sub-processor ""=cmd|\' /C calc\'!A0"" of ""supplier"" has no recorded authorisation. Activity using the processor: tricky."',
    );
    // A cell that starts like a formula is prefixed with an apostrophe; newlines stay inside quotes.
    expect(out).toContain(',\'-2+3,2026-12-31,"\'@SUM(1+1)\nny linje"\r\n');
    expect(out.endsWith('\r\n')).toBe(true);
    expect(lines.filter((l) => l.startsWith('open,'))).toHaveLength(v.open.length);
  });

  it('markdown: a checkbox per finding under a heading per activity, registry text escaped', () => {
    const out = markdown(v);
    expect(out).toContain('## tricky — Lønn \\*fet\\* \\[lenke\\](https://evil.example) \\<script\\>alert(1)\\</script\\> \\| kolonne (completeness 21 %)');
    expect(out).not.toContain('<script>');
    expect(out).toMatch(
      /^- \[ \] \*\*warning\*\* The sub-processor "=cmd\\\|' \/C calc'!A0" of "supplier" has no recorded authorisation\. Activity using the processor: tricky\. — `test\/fixtures\/gaps\/escaping\/catalogues\/catalogue\.yaml:7:9` — GDPR Art\. 28\(2\), 28\(4\) \(\[subprocessor-authorised\]\(https:\/\/github\.com\/ropa-dev\/ropa\/blob\/main\/docs\/rules\/subprocessor-authorised\.md\)\)$/m,
    );
    // A line break in registry text stays inside its list item, as in every Markdown output (render/escape.ts).
    expect(out).toContain('  accepted by -2+3 until 2026-12-31: @SUM(1+1)<br>ny linje');
  });

  it('text: grouped by activity, control characters shown rather than sent', () => {
    const out = text(v, { color: false });
    // The organisation's group first: the sub-processor's finding at the catalogue entry.
    expect(out.split('\n').slice(0, 6)).toEqual([
      'Organisation and reference data',
      '  test/fixtures/gaps/escaping/catalogues/catalogue.yaml:7:9 warning   The sub-processor "=cmd|\' /C calc\'!A0" of "supplier" has no recorded authorisation. Activity using the processor: tricky.  subprocessor-authorised · GDPR Art. 28(2), 28(4)',
      '',
      'tricky · Lønn *fet* [lenke](https://evil.example) <script>alert(1)</script> | kolonne  completeness 21 %',
      'test/fixtures/gaps/escaping/activities/tricky.yaml',
      expect.any(String),
    ]);
    expect(out).toContain('Accepted gaps (1)');
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
  });

  it('json: the documented finding fields, and the summary with completeness per activity', () => {
    const j = JSON.parse(json(v)) as {
      findings: Record<string, unknown>[];
      summary: { completeness: { activity: string; score: number }[]; byRule: Record<string, number> };
    };
    const onActivity = j.findings.find((f) => f.activity !== null)!;
    expect(Object.keys(onActivity)).toEqual(['rule', 'severity', 'activity', 'file', 'line', 'column', 'message', 'citation', 'pointer', 'docs']);
    // A catalogue entry's finding (the sub-processor's missing authorisation): the activities that use the entry, after
    // `activity`, as SARIF's properties.activities.
    const atEntry = j.findings.find((f) => f.rule === 'subprocessor-authorised')!;
    expect(Object.keys(atEntry)).toEqual(['rule', 'severity', 'activity', 'activities', 'file', 'line', 'column', 'message', 'citation', 'pointer', 'docs']);
    expect(atEntry.activity).toBeNull();
    expect(atEntry.activities).toEqual(['tricky']);
    expect(j.summary.completeness.map((c) => [c.activity, c.score])).toEqual([['tricky', 21]]);
    expect(j.summary.byRule).toEqual({
      'purpose-stated': 1,
      'retention-defined': 1,
      'review-overdue': 1,
      'security-measures': 1,
      'subjects-and-data': 2,
      'subprocessor-authorised': 1,
    });
  });

  it('json in pieces: about 64K characters each, joining to what JSON.stringify makes of the whole, accepted findings too', () => {
    const accepted = v.open
      .slice(0, 2)
      .map((f) => ({ ...f, acceptedBy: 'DPO «x»\n', reason: 'Tested\u2028"q"', accepted: '2026-01-01', expires: '2027-01-01' }));
    const big = { ...v, open: Array.from({ length: 400 }, () => v.open).flat(), accepted };
    for (const view of [v, { ...v, open: [], accepted: [] }, big]) {
      const pieces = [...gapJsonPieces(view)];
      const whole = pieces.join('');
      // The very bytes of one JSON.stringify(…, null, 2): the same object read back and written again.
      expect(whole).toBe(`${JSON.stringify(JSON.parse(whole), null, 2)}\n`);
      expect(JSON.parse(whole).findings).toHaveLength(view.open.length);
      expect(JSON.parse(whole).accepted).toHaveLength(view.accepted.length);
      for (const p of pieces.slice(0, -1)) expect(p.length).toBeLessThan(2 * 64 * 1024);
      expect(json(view)).toBe(whole);
    }
    expect([...gapJsonPieces(big)].length).toBeGreaterThan(1);
  });

  it('use the message language for words and for registry text', () => {
    const out = text(view('clean', 'nb'), { color: false });
    expect(out).toContain('✔ Ingen åpne avvik.');
    expect(out).toContain('gjennomsnittlig fullstendighet 100 %');
  });
});
