import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isScalar, parseDocument, visit } from 'yaml';
import { EXAMPLE, FIXTURES } from '../helpers/cli.js';
import { hostileRun, scratch, STACK_FRAME } from './run.js';
import { HOSTILE, formatOf, injections, outputRuns, runArgs, xlsxText, type Output } from './outputs.js';

/**
 * Registry text holding HTML, Markdown, {{handlebars}}, spreadsheet formulas or terminal controls
 * comes out inert in every command and format this build has (outputs.ts finds them).
 */
const { temp, copy } = scratch();

/** Keys whose values are free text for people: each gets hostile text (and stays valid). */
const TEXT_KEYS = new Set(['nb', 'nn', 'en', 'name', 'title', 'description', 'city', 'shortName', 'role', 'owner', 'comment', 'reason']);

/** A copy of `src` where every free text is one of HOSTILE, in turn. */
function hostileCopy(src: string): string {
  const dir = copy(src);
  let n = 0;
  for (const sub of ['', 'activities', 'catalogues']) {
    const folder = join(dir, sub);
    for (const name of readdirSync(folder).filter((f) => f.endsWith('.yaml'))) {
      const doc = parseDocument(readFileSync(join(folder, name), 'utf8'));
      visit(doc, {
        Pair(_, pair) {
          if (isScalar(pair.key) && TEXT_KEYS.has(String(pair.key.value)) && isScalar(pair.value) && typeof pair.value.value === 'string') {
            pair.value.value = `${HOSTILE[n++ % HOSTILE.length]} ${pair.value.value}`;
            pair.value.type = 'QUOTE_DOUBLE';
          }
        },
      });
      writeFileSync(join(folder, name), doc.toString({ lineWidth: 0 }));
    }
  }
  return dir;
}

async function outputText(format: string, out: string): Promise<string> {
  if (!existsSync(out)) return '';
  return format === 'xlsx' ? xlsxText(out) : readFileSync(out, 'utf8');
}

describe.each([
  ['the minimal registry', join(FIXTURES, 'validate', 'minimal'), 'payroll'],
  ['the example registry', EXAMPLE, 'employees-payroll'],
])('hostile text in %s', (_, src, id) => {
  const dir = hostileCopy(src);

  it('is still a valid registry, so that every command shows it', () => {
    const r = hostileRun(['validate', dir]);
    expect(r.stdout + r.stderr).toContain('valid');
    expect(r.code).toBe(0);
  });

  // One run per command and language writes every format to a file of its own (outputs.ts: outputRuns).
  it.each(outputRuns().map((run) => [`${run.command}${run.lang ? ` (${run.lang})` : ''}: ${run.outputs.map((o) => o.name).join(', ')}`, run.outputs] as const))(
    'comes out inert: %s',
    async (_, outs) => {
      const folder = temp();
      const file = (o: Output): string => join(folder, `out.${formatOf(o)}`);
      // In the registry's own language, as a user would see it (views show the texts of that language).
      const r = hostileRun(runArgs(outs, { dir, base: src, id }, file), { env: { ROPA_LANG: undefined } });
      expect(r.stderr).not.toMatch(STACK_FRAME);
      // A usage error (a language the registry is not written in) is a message, not a crash.
      if (r.code === 2) expect(r.stderr).toMatch(/^ropa: /);
      else expect([0, 1], r.stderr).toContain(r.code);
      expect(r.stdout).toBe('');
      expect(injections('stylish', r.stderr)).toEqual([]);
      for (const o of outs) {
        const text = await outputText(formatOf(o), file(o));
        // The check is not empty: the documents and views show the registry's texts.
        if (r.code === 0 && ['notice', 'report', 'list', 'show'].includes(o.command)) expect(text, o.format).toMatch(/alert\(1\)|HYPERLINK|SUM\(|forged|evil/);
        expect(injections(formatOf(o), text), o.format).toEqual([]);
      }
    },
  );
});

describe('validate: registry text in messages stays on its line and out of the terminal', () => {
  const dir = copy(join(FIXTURES, 'validate', 'minimal'));
  const file = join(dir, 'activities', 'payroll.yaml');
  writeFileSync(
    file,
    readFileSync(file, 'utf8')
      .replace('status: active', 'status: "active\\n  1:1  error  forged line \\e[2J \\u202eevil"')
      .replace('recipients: none', 'recipients: none\n"<script>alert(1)</script> \\e]8;;x\\a": 1\n"=HYPERLINK(\\"x\\")": 2'),
  );

  it.each(['stylish', 'json'])('%s', (format) => {
    for (const env of [{}, { FORCE_COLOR: '1', NO_COLOR: '' }] as Record<string, string>[]) {
      const r = hostileRun(['validate', dir, '--format', format], { env });
      expect(r.code).toBe(1);
      expect(r.stderr).toBe('');
      if (format === 'json') {
        const j = JSON.parse(r.stdout) as { problems: { message: string }[] };
        expect(j.problems.map((p) => p.message).join('\n')).toContain('<script>alert(1)</script>');
      } else {
        // With colour on, the only escape sequences are ropa's own colours.
        const withoutColours = r.stdout.replace(/\u001b\[[0-9;]*m/g, '');
        expect(injections('stylish', withoutColours)).toEqual([]);
        expect(withoutColours).toContain('\\n  1:1  error  forged line \\u001b[2J \\u202eevil');
      }
    }
  });
});
