import { describe, expect, it } from 'vitest';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hostileRun, scratch, STACK_FRAME } from './run.js';

/**
 * What earlier sessions noticed and left (session 4's note, «Noticed and left alone»), each through the
 * CLI on real files: a message in the user's words, the right exit code, and nothing written.
 */
const { temp } = scratch();

const clean = (r: { code: number | null; stderr: string }, code: number): void => {
  expect(r.code, r.stderr).toBe(code);
  expect(r.stderr).not.toMatch(STACK_FRAME);
  expect(r.stderr).not.toMatch(/internal error/);
};

const CSV = 'Behandlingsaktivitet;Formålet med behandlingen\r\nLønn;Utbetale lønn\r\n';

describe('a hostile --map file is named for what it is, as the registry loader names it', () => {
  const dir = temp();
  const file = (name: string, content: string): string => {
    const f = join(dir, name);
    writeFileSync(f, content);
    return f;
  };
  const csv = file('p.csv', CSV);
  const mapRun = (name: string, text: string, lang = 'en'): ReturnType<typeof hostileRun> =>
    hostileRun(['import', csv, join(dir, `out-${name}`), '--map', file(`${name}.yaml`, text), '--lang', lang]);

  it('an alias bomb, a !!tag, a duplicate key, two documents', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...'bcdefghij'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(',')}]`),
    ].join('\n');
    const cases: [string, string, RegExp][] = [
      [
        'bomb',
        `${bomb}\ncolumns: {}\n`,
        /^ropa: \S*bomb\.yaml:\d+:\d+: the mapping file is refused: The file expands aliases more than \d+ times; it is refused as an alias bomb\.\n$/,
      ],
      ['tag', 'columns:\n  Formål: !!js/function purposes\n', /^ropa: \S*tag\.yaml:2:11: the mapping file is refused: The tag !!js\/function is not allowed/],
      ['dup', 'columns:\n  Formål: purposes\n  Formål: title\n', /^ropa: \S*dup\.yaml:3:3: the mapping file is refused: The key Formål appears twice/],
      ['docs', 'columns: {}\n---\ncolumns: {}\n', /^ropa: \S*docs\.yaml:2:1: the mapping file is refused: The file holds 2 YAML documents/],
    ];
    for (const [name, text, message] of cases) {
      const r = mapRun(name, text);
      clean(r, 1);
      expect(r.stderr).toMatch(message);
      expect(existsSync(join(dir, `out-${name}`))).toBe(false);
    }
  });

  it('in nb and nn too', () => {
    expect(mapRun('tag-nb', 'columns:\n  Formål: !!binary purposes\n', 'nb').stderr).toMatch(/tag-nb\.yaml:2:11: kolonnefilen avvises: /);
    expect(mapRun('tag-nn', 'columns:\n  Formål: !!binary purposes\n', 'nn').stderr).toMatch(/tag-nn\.yaml:2:11: kolonnefila blir avvist: /);
  });
});
