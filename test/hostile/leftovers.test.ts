import { describe, expect, it } from 'vitest';
import { displayPath } from '../../src/util/paths.js';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, FIXTURES, ROOT } from '../helpers/cli.js';
import { hostileRun, scratch, STACK_FRAME } from './run.js';

/**
 * What earlier sessions noticed and left (session 4's note, «Noticed and left alone»), each through the
 * CLI on real files: a message in the user's words, the right exit code, and nothing written.
 */
const { temp, copy } = scratch();

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

describe('import: a whole government’s record with --max-activities, a hostile one refused fast', () => {
  const records = (n: number): string => JSON.stringify(Array.from({ length: n }, (_, i) => ({ id: i, title: `A${i}`, purpose: 'p' })));

  it('the limit is an option the message names; with it the record imports', () => {
    const dir = temp();
    const json = join(dir, 'three.json');
    writeFileSync(json, records(3));
    const r = hostileRun(['import', json, join(dir, 'out'), '--max-activities', '2']);
    clean(r, 1);
    expect(r.stderr).toContain(
      'three.json: 3 activities, more than the 2 ropa imports unless told. If the record is that large, import it with --max-activities 3',
    );
    expect(existsSync(join(dir, 'out'))).toBe(false);
    const ok = hostileRun(['import', json, join(dir, 'out'), '--max-activities', '3']);
    clean(ok, 0);
    expect(ok.stdout).toMatch(/^Imported 3 activities/);
    expect(hostileRun(['validate', join(dir, 'out')]).code).toBe(0);
  });

  it('a bad --max-activities is a usage error', () => {
    const dir = temp();
    const json = join(dir, 'one.json');
    writeFileSync(json, records(1));
    for (const [value, message] of [
      ['0', '--max-activities takes a whole number from 1 to 200000, not "0"'],
      ['200001', '--max-activities takes a whole number from 1 to 200000, not "200001"'],
      ['1e5', '--max-activities takes a whole number, not "1e5"'],
    ]) {
      const r = hostileRun(['import', json, join(dir, 'out'), '--max-activities', value!]);
      clean(r, 2);
      expect(r.stderr).toBe(`ropa: ${message}\n`);
    }
  });

  it('more than --max-activities allows at all is refused as no record, before any is built, even when asked for', () => {
    const dir = temp();
    const json = join(dir, 'many.json');
    writeFileSync(json, records(200_001));
    const r = hostileRun(['import', json, join(dir, 'out'), '--max-activities', '200000']);
    clean(r, 1);
    expect(r.stderr).toContain('many.json: 200001 rows, more than the 200000 ropa imports; a record of processing activities is far smaller');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('a record larger than node’s heap is refused before it is built, with the way to give node more', () => {
    const dir = temp();
    const json = join(dir, 'large.json');
    writeFileSync(json, records(60_000));
    // hostileRun's heap is 256 MB: 60,000 activities need more.
    const r = hostileRun(['import', json, join(dir, 'out'), '--max-activities', '60000']);
    clean(r, 1);
    expect(r.stderr).toMatch(
      /^ropa: \S*large\.json: 60000 activities need about \d+ MB of memory, and node was given \d+ MB\. Give it more, e\.g\. NODE_OPTIONS=--max-old-space-size=\d+ ropa import …\n$/,
    );
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});

describe('-o: a word that looks like an option, a FIFO nobody reads, a path far outside the folder', () => {
  const MINIMAL = join(FIXTURES, 'validate', 'minimal');

  it('-o --, -o -x and schema --dir -x are refused (a file named -- was written), ./-- writes that file', () => {
    const dir = temp();
    for (const args of [
      ['report', MINIMAL, '-o', '--'],
      ['gaps', MINIMAL, '-f', 'json', '-o', '--force'],
      ['schema', 'activity', '-o', '-x'],
    ]) {
      const r = hostileRun(args, { cwd: dir });
      clean(r, 2);
      const word = args[args.length - 1]!;
      expect(r.stderr).toBe(`ropa: -o ${word} looks like an option, not a name: to use that name, give it as ./${word}\n`);
    }
    const schemaDir = hostileRun(['schema', '--dir', '-x'], { cwd: dir });
    clean(schemaDir, 2);
    expect(schemaDir.stderr).toBe('ropa: --dir -x looks like an option, not a name: to use that name, give it as ./-x\n');
    const cache = hostileRun(['validate', MINIMAL, '--cache', '--cache-location', '-x'], { cwd: dir });
    clean(cache, 2);
    expect(cache.stderr).toBe('ropa: --cache-location -x looks like an option, not a name: to use that name, give it as ./-x\n');
    expect(readdirSync(dir)).toEqual([]);
    clean(hostileRun(['schema', 'activity', '-o', './--'], { cwd: dir }), 0);
    expect(readdirSync(dir)).toEqual(['--']);
  });

  it('a FIFO nobody reads is refused after a few seconds (it waited for ever); a reader started beside ropa gets the whole output', async () => {
    const dir = temp();
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const r = hostileRun(['report', MINIMAL, '-f', 'html', '-o', fifo]);
    clean(r, 2);
    expect(r.stderr).toBe(
      // Shown as ropa shows paths (relative to the working folder unless the absolute form is shorter): a clone under
      // /tmp sees «../ropa-test-…», one in /work the absolute path.
      `ropa: will not write ${displayPath(fifo, ROOT)}: it is a named pipe (FIFO) and no program started reading from it within 5 seconds; start the reader first\n`,
    );
    // A reader that comes a little later, and is slower than the pipe's 64 KB buffer: nothing is lost.
    const big = copy(join(ROOT, 'registry'));
    // Into a file: this thread waits while ropa runs, and would not empty a pipe from the reader.
    const read = join(dir, 'read.html');
    const reader = spawn('sh', ['-c', `sleep 0.5; cat "${fifo}" > "${read}"`], { stdio: 'ignore' });
    const done = new Promise((res) => reader.on('close', res));
    clean(hostileRun(['report', big, '-f', 'html', '-o', fifo]), 0);
    await done;
    const whole = hostileRun(['report', big, '-f', 'html']).stdout;
    expect(whole.length).toBeGreaterThan(65536);
    expect(readFileSync(read, 'utf8')).toBe(whole);
  });

  it('a path far outside the working folder is shown as itself, one near it relative', () => {
    const dir = temp();
    const r = hostileRun(['init', '/dev/null/x'], { cwd: dir });
    clean(r, 2);
    expect(r.stderr).toBe('ropa: could not write /dev/null/x/activities (ENOTDIR); nothing was written\n');
    const sub = join(dir, 'a');
    mkdirSync(sub);
    const near = hostileRun(['init', '../reg', '--lang', 'en'], { cwd: sub });
    clean(near, 0);
    expect(near.stdout).toMatch(/^Created a registry in \.\.\/reg \(/);
  });
});

describe('YAML 1.1 habits: yes/no/on/off and numbers with a leading zero', () => {
  const MINIMAL = join(FIXTURES, 'validate', 'minimal');

  it('say what YAML 1.2 read, and quote what was written («0101», not «101», a different postal code)', () => {
    const dir = copy(MINIMAL);
    const org = join(dir, 'organisation.yaml');
    writeFileSync(
      org,
      readFileSync(org, 'utf8')
        .replace('publicAuthority: true', 'publicAuthority: no')
        .replace('postalCode: "0101"', 'postalCode: 0101')
        .replace('organisationNumber: "971526920"', 'organisationNumber: 0971526920'),
    );
    const r = hostileRun(['validate', dir, '--lang', 'en']);
    clean(r, 1);
    expect(r.stdout).toContain('"no" is read as a text, not as yes or no (YAML 1.1 read it so, YAML 1.2 does not): write `false`.');
    expect(r.stdout).toContain('Write a text here: put 0101 in quotes, `"0101"`.');
    expect(r.stdout).toContain('Write a text here: put 0971526920 in quotes, `"0971526920"`.');
    expect(hostileRun(['validate', dir, '--lang', 'nb']).stdout).toContain('«no» leses som tekst, ikke som ja eller nei');
  });
});

describe('import: a disk that fills up on the way leaves nothing (it left a part of the record)', () => {
  /** A folder on a tmpfs of `kb`, when this machine lets the tests mount one (root, not in a locked-down container). */
  const tinyDisk = (kb: number): { dir: string; unmount: () => void } | undefined => {
    const dir = temp();
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${kb}k`, 'tmpfs', dir], { stdio: 'ignore' });
    } catch {
      return undefined;
    }
    return { dir, unmount: () => execFileSync('umount', [dir]) };
  };
  const forty = (dir: string): string => {
    const csv = join(dir, 'forty.csv');
    writeFileSync(csv, ['Behandlingsaktivitet;Formålet med behandlingen', ...Array.from({ length: 40 }, (_, i) => `Aktivitet ${i};Formål ${i}`)].join('\r\n'));
    return csv;
  };
  const csvOne = (): string => {
    const csv = join(temp(), 'one.csv');
    writeFileSync(csv, CSV);
    return csv;
  };
  const mountable = tinyDisk(64);
  mountable?.unmount();

  it.skipIf(!mountable)('a new registry: nothing of it is left, and the message names the file', () => {
    const disk = tinyDisk(96)!;
    try {
      const r = hostileRun(['import', forty(temp()), join(disk.dir, 'reg')]);
      clean(r, 2);
      expect(r.stderr).toMatch(/^ropa: could not write \S*\/reg\/activities\/aktivitet-\d+\.yaml \(ENOSPC\); nothing was written\n$/);
      expect(readdirSync(disk.dir)).toEqual([]);
    } finally {
      disk.unmount();
    }
  });

  it.skipIf(!mountable)('an existing registry: none of the new files is left, and no temporary file', () => {
    const disk = tinyDisk(160)!;
    try {
      const reg = join(disk.dir, 'reg');
      clean(hostileRun(['import', csvOne(), reg]), 0);
      const before = readdirSync(join(reg, 'activities'));
      const r = hostileRun(['import', forty(temp()), reg]);
      clean(r, 2);
      expect(r.stderr).toMatch(/\(ENOSPC\); nothing was written\n$/);
      expect(readdirSync(join(reg, 'activities'))).toEqual(before);
      expect(readdirSync(reg).sort()).toEqual(['activities', 'organisation.yaml', 'schemas']);
    } finally {
      disk.unmount();
    }
  });
});

describe('catalogue ids that look alike: composed and decomposed «é», a capital', () => {
  it('each bad key is a finding at the key itself (two were one finding, at the mapping above them)', () => {
    const dir = copy(join(FIXTURES, 'validate', 'minimal'));
    const file = join(dir, 'catalogues', 'catalogue.yaml');
    const composed = 'klag\u00e9';
    const decomposed = 'klage\u0301';
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'dataSubjects:\n',
        `dataSubjects:\n  ${composed}:\n    name: {nb: A, en: A}\n  ${decomposed}:\n    name: {nb: B, en: B}\n  Staff_x:\n    name: {nb: C, en: C}\n`,
      ),
    );
    const r = hostileRun(['validate', dir, '-f', 'json']);
    clean(r, 1);
    const problems = (JSON.parse(r.stdout) as { problems: { line: number; column: number; message: string }[] }).problems;
    expect(problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [8, 3, `"${composed}" is not a valid id: use lower-case letters, digits and hyphens. Did you mean \`klage\`?`],
      [10, 3, `"${decomposed}" is not a valid id: use lower-case letters, digits and hyphens. Did you mean \`klage\`?`],
      [12, 3, '"Staff_x" is not a valid id: use lower-case letters, digits and hyphens. Did you mean `staff-x`?'],
    ]);
  });
});

describe('runs at once, and a run stopped hard', () => {
  it('the folder a killed import made its registry in is removed by the next import, if its process is gone', () => {
    const dir = temp();
    const csv = join(dir, 'one.csv');
    writeFileSync(csv, CSV);
    const reg = join(dir, 'reg');
    // A process id that was in use and is no longer.
    const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
    mkdirSync(join(reg, `.ropa-import-${gone}-abcDEF`, 'activities'), { recursive: true });
    writeFileSync(join(reg, `.ropa-import-${gone}-abcDEF`, 'organisation.yaml'), 'name: half\n');
    const r = hostileRun(['import', csv, reg]);
    clean(r, 0);
    expect(readdirSync(reg).sort()).toEqual(['activities', 'organisation.yaml', 'schemas']);
    // One of a running process is another run's: the folder is not empty, and is not taken.
    const live = join(dir, 'live');
    mkdirSync(join(live, `.ropa-import-${process.ppid}-abcDEF`), { recursive: true });
    const busy = hostileRun(['import', csv, live]);
    clean(busy, 2);
    expect(readdirSync(live)).toEqual([`.ropa-import-${process.ppid}-abcDEF`]);
  });

  it('four imports into one new folder: one writes the registry, the others say so and leave it whole, with no temporary folder', async () => {
    const dir = temp();
    const csv = join(dir, 'forty.csv');
    writeFileSync(csv, ['Behandlingsaktivitet;Formålet med behandlingen', ...Array.from({ length: 40 }, (_, i) => `Aktivitet ${i};Formål ${i}`)].join('\r\n'));
    const runs = await Promise.all(
      [1, 2, 3, 4].map(
        () =>
          new Promise<{ code: number | null; stderr: string }>((res) => {
            const p = spawn(process.execPath, [BIN, 'import', csv, join(dir, 'reg')], { env: { ...process.env, ROPA_LANG: 'en', NO_COLOR: '1' } });
            let stderr = '';
            p.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
            p.stdout.resume();
            p.on('close', (code) => res({ code, stderr }));
          }),
      ),
    );
    // One writes the registry; one that starts after it has finished adds to it instead (a loaded machine).
    expect(runs.filter((r) => r.code === 0).length).toBeGreaterThanOrEqual(1);
    for (const r of runs.filter((r) => r.code !== 0)) {
      clean(r, 2);
      expect(r.stderr).toMatch(/^ropa: could not write \S*reg\/\S+ \(EEXIST\); nothing was written\n$/);
    }
    expect(readdirSync(join(dir, 'reg')).sort()).toEqual(['activities', 'organisation.yaml', 'schemas']);
    expect(readdirSync(join(dir, 'reg', 'activities')).length).toBeGreaterThanOrEqual(40);
    clean(hostileRun(['validate', join(dir, 'reg')]), 0);
  });

  it('an import that meets another one half-way (its stage alive, one folder moved) ends as two imports into one folder end', () => {
    // The window the four runs above may or may not hit: another run (this test's parent process stands in: alive, and not the run's own) has moved
    // `activities` into place and not yet organisation.yaml. Not «neither empty nor a registry»: the name is taken.
    const dir = temp();
    const reg = join(dir, 'reg');
    mkdirSync(join(reg, `.ropa-import-${process.ppid}-abcdef`), { recursive: true });
    mkdirSync(join(reg, 'activities'));
    writeFileSync(join(reg, 'activities', 'other.yaml'), 'id: other\n');
    writeFileSync(join(dir, 'one.csv'), CSV);
    const r = hostileRun(['import', join(dir, 'one.csv'), reg]);
    clean(r, 2);
    expect(r.stderr).toMatch(/^ropa: could not write \S*reg\/organisation\.yaml \(EEXIST\); nothing was written\n$/);
    expect(readdirSync(reg).sort()).toEqual([`.ropa-import-${process.ppid}-abcdef`, 'activities']);
  });
});

describe('a list of 40,000 ids', () => {
  // The schema's repeat check compared every pair of a list of ids (11 s of CPU for this file, 1.8 s now, measured
  // with /usr/bin/time): the list's items are declared strings, so ajv checks them with a lookup. Speed is the
  // benchmark's to measure; this holds what the check says.
  it('says the one repeat and the unknown ids, 200 of them and how many more', () => {
    const dir = copy(join(FIXTURES, 'validate', 'minimal'));
    const file = join(dir, 'activities', 'payroll.yaml');
    const ids = Array.from({ length: 40_000 }, (_, i) => `x${i}`).join(', ');
    writeFileSync(file, readFileSync(file, 'utf8').replace('dataSubjects: [employees]', `dataSubjects: [employees, ${ids}, employees]`));
    const r = hostileRun(['validate', dir, '-f', 'json']);
    clean(r, 1);
    const problems = (JSON.parse(r.stdout) as { problems: { rule: string; message: string }[] }).problems;
    expect(problems.filter((p) => p.rule === 'schema').map((p) => p.message)).toEqual(['"employees" is listed twice.']);
    // 40,000 unknown ids are answered with the first 200 and how many more (validate's too-many-problems).
    expect(problems.filter((p) => p.rule === 'unresolved-reference')).toHaveLength(200);
    expect(problems.filter((p) => p.rule === 'too-many-problems').map((p) => p.message)).toEqual([
      'More than 200 problems of the kind unresolved-reference in this file: 39800 more are not shown. Fix these and run again.',
    ]);
  });
});
