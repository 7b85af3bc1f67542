import { readFileSync } from 'node:fs';
import { ropa } from '../helpers/cli.js';
import { parseCsv } from '../report/helpers.js';

/**
 * Every command and format that takes a registry and prints something about it, as far as this
 * build has them. The other commands are written in parallel with these tests: a command or a
 * format the build lacks is left out (its --help says which formats it has), and is tested as soon
 * as it is there.
 */
export interface Output {
  command: string;
  /** The format, and the language where the command has several. */
  format: string;
  /** Arguments after `ropa`: `dir` is the registry, `base` an unchanged copy (for diff), `out` a file to write, `id` an activity. */
  args: (run: { dir: string; base: string; out: string; id: string }) => string[];
  /** The same without the format and the output: what every format of the command and language shares. */
  common: (run: { dir: string; base: string; id: string }) => string[];
  /** The `--format` value ('' for a command without formats). */
  name: string;
  lang?: string;
}

interface Candidate {
  command: string;
  formats: string[];
  args: (run: { dir: string; base: string; id: string }) => string[];
  langs?: string[];
}

const CANDIDATES: Candidate[] = [
  { command: 'validate', formats: ['stylish', 'json', 'github', 'sarif', 'junit'], args: ({ dir }) => [dir] },
  { command: 'gaps', formats: ['stylish', 'json', 'github', 'sarif', 'junit', 'md', 'html', 'csv'], args: ({ dir }) => [dir] },
  // --draft: the example registry lacks items a notice must have; a draft still shows all the rest.
  { command: 'notice', formats: ['md', 'html'], args: ({ dir }) => [dir, '--draft'], langs: ['nb', 'nn', 'en'] },
  { command: 'report', formats: ['xlsx', 'csv', 'html', 'md', 'json', 'dpv'], args: ({ dir }) => [dir], langs: ['nb', 'en'] },
  { command: 'list', formats: ['table', 'json'], args: ({ dir }) => [dir] },
  { command: 'show', formats: ['text', 'json'], args: ({ dir, id }) => [id, dir] },
  { command: 'diff', formats: ['text', 'stylish', 'md', 'json', 'github', 'sarif', 'junit'], args: ({ dir, base }) => [base, dir] },
];

/** The flags that make output reproducible, where a command has them. */
const FIXED_DATE = '2025-06-01';

let found: Output[] | undefined;

/** The (command, format) pairs this build has, found from each command's --help. */
export function outputs(): Output[] {
  found ??= CANDIDATES.flatMap((c) => {
    const help = ropa([c.command, '--help']);
    // Commander answers `ropa <unknown> --help` with the program's help: the usage line names the command.
    if (help.code !== 0 || !help.stdout.startsWith(`Usage: ropa ${c.command} `)) return [];
    const formats = /--format/.test(help.stdout) ? c.formats.filter((f) => new RegExp(`\\b${f}\\b`).test(help.stdout)) : [''];
    const dated = ['--today', '--date'].filter((flag) => help.stdout.includes(`${flag} `)).flatMap((flag) => [flag, FIXED_DATE]);
    const writes = /-o, --output/.test(help.stdout);
    const langs: (string | undefined)[] = c.langs && /--lang/.test(help.stdout) ? c.langs : [undefined];
    return formats.flatMap((format) =>
      langs.map((lang) => {
        const common = (run: { dir: string; base: string; id: string }): string[] => [c.command, ...c.args(run), ...(lang ? ['--lang', lang] : []), ...dated];
        return {
          command: c.command,
          format: lang ? `${format} (${lang})` : format,
          name: format,
          ...(lang ? { lang } : {}),
          common,
          args: (run: { dir: string; base: string; out: string; id: string }) => [
            ...common(run),
            ...(format ? ['--format', format] : []),
            ...(writes && format === 'xlsx' ? ['-o', run.out] : []),
          ],
        };
      }),
    );
  });
  return found;
}

/**
 * The outputs grouped into runs: one run of a command, in one language, writes every format to a
 * file of its own (`-f F -o FILE`, repeated), so that a registry is read and checked once for all of
 * them. What each format says is the same as a run of its own would say (test/render/outputs.test.ts).
 */
export function outputRuns(): { command: string; lang?: string; outputs: Output[] }[] {
  const runs = new Map<string, { command: string; lang?: string; outputs: Output[] }>();
  for (const o of outputs()) {
    const key = `${o.command} ${o.lang ?? ''}`;
    const run = runs.get(key) ?? { command: o.command, ...(o.lang ? { lang: o.lang } : {}), outputs: [] };
    run.outputs.push(o);
    runs.set(key, run);
  }
  return [...runs.values()];
}

/** The arguments of one grouped run: every output's format, each to the file `file` names for it. */
export function runArgs(outs: readonly Output[], run: { dir: string; base: string; id: string }, file: (o: Output) => string): string[] {
  return [...outs[0]!.common(run), ...outs.flatMap((o) => (o.name ? ['-f', o.name, '-o', file(o)] : ['-o', file(o)]))];
}

/** The format's name without the language. */
export const formatOf = (o: Output): string => o.format.split(' ')[0]!;

// ---------------------------------------------------------------------------------------------

/** Text a registry may hold that must come out inert: markup, templates, spreadsheet formulas, terminal controls. */
export const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '[click](javascript:alert(1))',
  '![pixel](https://evil.example/p.png)',
  '**bold** _em_ `code` # heading | table |',
  '{{constructor.constructor "alert(1)"}}',
  '{{{raw}}} {{> partial}}',
  '=HYPERLINK("https://evil.example","x")',
  '+SUM(1,1)',
  '-2+3+cmd|x',
  '@SUM(A1)',
  '\t=1+1',
  '\r=1+1',
  '\u001b[31mred\u001b[0m \u001b[2J',
  '\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007',
  'bell\u0007 backspace\u0008',
  'line\n  1:1  error  forged line',
  'x\n::error file=registry.yaml::forged annotation',
  'bidi \u202eevil\u202c',
  '&amp; &lt;b&gt; &#x3C;',
  // Excel with Norwegian settings splits a .csv on `;`: each piece would be a cell of its own.
  "Kontaktskjema;=1+1;=cmd|' /C calc'!A0;på ssb.no",
  'a,=HYPERLINK("https://evil.example";"x")\t-2+3+cmd|x',
];

/** Terminal controls (C0 except tab and line feed, DEL, C1) and the marks that reorder text. */
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/** Characters XML 1.0 does not allow at all: a file with one is not well-formed. */
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

/**
 * What makes output not inert, by format: an empty list when it is. Each format is checked against
 * what its reader would act on: a terminal (controls, and lines that look like ropa's), the Actions
 * runner (a workflow command of its own),
 * a browser (elements, event handlers, javascript: links), a Markdown renderer (raw HTML and links
 * not escaped), a spreadsheet (formulas), a JSON or XML parser (a file that does not parse).
 * Control characters in HTML, Markdown and CSV are text to their readers, and are not counted.
 * For xlsx, `text` is the XML of the workbook (see xlsxText).
 */
export function injections(format: string, text: string): string[] {
  const found: string[] = [];
  const has = (s: string | RegExp, what: string): void => {
    if (typeof s === 'string' ? text.includes(s) : s.test(text)) found.push(what);
  };
  switch (format) {
    case 'json':
    case 'sarif':
    case 'dpv':
      // A command that refuses an invalid registry prints nothing on stdout.
      try {
        if (text !== '') JSON.parse(text);
      } catch {
        found.push('invalid JSON');
      }
      break;
    case 'html':
      has(/<script>alert/i, 'a script element from the registry');
      has(/<img src=x onerror/i, 'an element from the registry');
      has(/<svg onload/i, 'an element from the registry');
      has(/href\s*=\s*["']?javascript:/i, 'a javascript: link');
      break;
    case 'junit':
      has(/<script>alert|<img src=x|<svg onload/i, 'markup from the registry');
      has(NOT_XML, 'a character XML does not allow');
      break;
    case 'md': {
      // A backslash before < or [ makes it text in Markdown; so does a fenced code block, except
      // that a Mermaid diagram must not gain a statement (a `click` runs a link).
      const prose = text.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '');
      if (/(?<!\\)<(script|img src=x|svg onload)/i.test(prose)) found.push('raw HTML from the registry');
      if (/(?<!\\)\[click(?<!\\)\]\(javascript:/.test(prose)) found.push('a javascript: link');
      for (const block of text.match(/^```mermaid\n[\s\S]*?^```$/gm) ?? []) {
        if (/^\s*click\b|<script|<img src=x|<svg onload/im.test(block)) found.push('a statement or markup in a Mermaid diagram');
      }
      break;
    }
    case 'csv':
      // Every place a cell can start: the field's start, and after any separator Excel may split on.
      for (const cell of parseCsv(text)
        .flat()
        .flatMap((c) => c.split(/[,;\t]/).map((piece) => piece.replace(/^"*(?=[=+\-@])/, '')))) {
        if (/^[=+\-@\t\r]/.test(cell) && /HYPERLINK|SUM\(|cmd\||1\+1/.test(cell)) found.push(`a formula cell: ${JSON.stringify(cell.slice(0, 30))}`);
      }
      break;
    case 'xlsx':
      has(/<f>[^<]*(HYPERLINK|SUM\(|cmd\||1\+1)/, 'a formula from the registry');
      has(NOT_XML, 'a character XML does not allow');
      break;
    case 'github':
      // Workflow commands are read by the Actions runner, which shows the message as text: what
      // registry text must not do is start a command of its own.
      has(/^::error file=registry\.yaml::forged annotation/m, 'an annotation forged by the registry');
      break;
    case 'stylish':
      // Findings, one per line: registry text must not add a line that looks like one.
      has(/^\s*\d+:\d+\s+error\s+forged line/m, 'a line forged by the registry');
      has(TERMINAL_CONTROLS, 'a terminal control character');
      break;
    default:
      // table, text: read at a terminal, where a description may run over several lines.
      has(TERMINAL_CONTROLS, 'a terminal control character');
  }
  return found;
}

/** The XML of an xlsx file's worksheets and shared strings, where formulas and characters can be seen as Excel will. */
export async function xlsxText(path: string): Promise<string> {
  const JSZip = (await import('jszip')).default;
  const zip = await JSZip.loadAsync(readFileSync(path));
  const parts = Object.keys(zip.files).filter((n) => /^xl\/(worksheets\/.*|sharedStrings)\.xml$/.test(n));
  return (await Promise.all(parts.map((n) => zip.file(n)!.async('string')))).join('\n');
}
