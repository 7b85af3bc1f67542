import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, EXAMPLE, FIXTURES, ROOT, ropa, ropaOnPath, ropaProcess, tempDir } from '../helpers/cli.js';

/**
 * What only a real process shows: the binary's exit codes, `--version` answered before anything is
 * loaded, a closed pipe, stack traces only with --verbose. Every other CLI test runs in-process
 * (test/helpers/cli.ts); the last tests here hold the in-process runner to the process it stands for.
 */
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const STACK_FRAME = /^\s+at .+(\(|:\d+)/m;

describe('ropa as a process', () => {
  it('exits 0 on a valid registry, 1 on problems, 2 on bad usage', () => {
    expect(ropaProcess(['validate', EXAMPLE]).code).toBe(0);
    const bad = ropaProcess(['validate', join(FIXTURES, 'validate', 'schema-errors')]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('activities/payroll.yaml');
    const usage = ropaProcess(['validate', '--no-such-option']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("unknown option '--no-such-option'");
  });

  it('answers --version and -V with the package version', () => {
    for (const flag of ['--version', '-V']) expect(ropaProcess([flag])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('shows a stack trace only with --verbose', () => {
    const missing = join(FIXTURES, 'no-such-registry');
    const quiet = ropaProcess(['validate', missing]);
    expect(quiet.code).toBe(2);
    expect(quiet.stderr).toMatch(/^ropa: /);
    expect(quiet.stderr).not.toMatch(STACK_FRAME);
    const verbose = ropaProcess(['validate', missing, '--verbose']);
    expect(verbose.code).toBe(2);
    expect(verbose.stderr).toMatch(STACK_FRAME);
  });

  it('loads the yaml library only for a file that needs it (start-up: every command reads files)', () => {
    // The modules a run loaded, as node's CommonJS cache holds them when the process ends.
    const script = [
      "import { createRequire } from 'node:module';",
      "import { pathToFileURL } from 'node:url';",
      'const lib = process.env.LIB;',
      "process.on('exit', () => process.stderr.write(Object.keys(createRequire(import.meta.url).cache).some((k) => k.includes(`/node_modules/${lib}/`) || k.includes(`\\\\node_modules\\\\${lib}\\\\`)) ? `${lib} loaded` : `${lib} not loaded`));",
      'process.argv = [process.argv[0], process.env.BIN, ...JSON.parse(process.env.ARGS)];',
      'await import(pathToFileURL(process.env.BIN).href);',
    ].join('\n');
    const loaded = (args: string[], dir = EXAMPLE, lib = 'yaml'): string => {
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
        cwd: dir,
        env: { ...process.env, BIN, ARGS: JSON.stringify(args), ROPA_JOBS: '1', LIB: lib },
        encoding: 'utf8',
      });
      return r.stderr.slice(-`${lib} not loaded`.length);
    };
    for (const args of [
      ['validate', '.'],
      ['gaps', '.', '--today', '2025-06-01'],
    ])
      expect(loaded(args)).toBe('yaml not loaded');
    // A file that hides a line break in a comment is lexed by the library, which is then loaded.
    const { dir, cleanup } = tempDir();
    cpSync(EXAMPLE, dir, { recursive: true });
    writeFileSync(join(dir, 'organisation.yaml'), readFileSync(join(dir, 'organisation.yaml'), 'utf8') + '# checked\u2028status: retired\n');
    expect(loaded(['validate', '.'], dir)).toBe('yaml loaded');
    cleanup();
    // ropa's own notice templates run in their direct form, made at build time: Handlebars is not loaded
    // (an organisation's own templates load it: test/notice/templates.test.ts).
    for (const format of ['md', 'html']) expect(loaded(['notice', '.', '--draft', '-f', format], EXAMPLE, 'handlebars')).toBe('handlebars not loaded');
  });

  it('stops quietly when the reader goes away (`ropa … | head`)', () => {
    const r = spawnSync(
      'bash',
      ['-c', `node ${JSON.stringify(BIN)} report ${JSON.stringify(EXAMPLE)} -f html | head -c 10 >/dev/null; echo "status=\${PIPESTATUS[0]}"`],
      {
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
      },
    );
    expect(r.stderr).not.toContain('EPIPE');
    expect(r.stdout.trim()).toBe('status=0');
  });
});

describe('the in-process runner', () => {
  const runs: { args: string[]; cwd?: string; env?: Record<string, string>; input?: string }[] = [
    { args: ['validate'] },
    { args: ['validate', join(FIXTURES, 'validate', 'schema-errors'), '-f', 'json'] },
    { args: ['gaps', EXAMPLE, '-f', 'md'], env: { ROPA_LANG: 'nb' } },
    { args: ['notice', 'registry', '--lang', 'en', '--draft'], cwd: ROOT },
    { args: ['report', '-f', 'csv'], cwd: ROOT },
    { args: ['show', 'employees-payroll', EXAMPLE], env: { FORCE_COLOR: '1', NO_COLOR: '' } },
    { args: ['validate', 'no-such-folder', '--verbose'] },
    { args: ['report', '--help'] },
    { args: ['nonsense'] },
  ];

  it.each(runs)('gives what the process gives: ropa $args', ({ args, ...opts }) => {
    const inProcess = ropa(args, opts);
    const real = ropaProcess(args, opts);
    // A stack trace's frames differ between a thread and a process; that there is one is what counts.
    const frames = (s: string): string => s.replace(/^\s+at .*\n/gm, '');
    expect({ ...inProcess, stderr: frames(inProcess.stderr) }).toEqual({ ...real, stderr: frames(real.stderr) });
  });

  it('leaks nothing from one run into the next: folder, environment', () => {
    const nb = ropa(['validate', 'no-such-folder'], { env: { ROPA_LANG: 'nb' } });
    const en = ropa(['validate', 'no-such-folder']);
    expect(nb.stderr).not.toBe(en.stderr);
    expect(en.stderr).toBe(ropaProcess(['validate', 'no-such-folder']).stderr);
    expect(ropa(['validate', 'registry'], { cwd: FIXTURES }).code).toBe(2);
    expect(ropa(['validate', 'registry']).code).toBe(0);
  });
});

describe('the `ropa` on PATH for shell scripts (ropaOnPath)', () => {
  it('gives what the binary gives: output, exit codes, folder, environment, files written', () => {
    const warm = ropaOnPath();
    const real = tempDir();
    const work = tempDir();
    try {
      writeFileSync(join(real.dir, 'ropa'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
      chmodSync(join(real.dir, 'ropa'), 0o755);
      cpSync(EXAMPLE, join(work.dir, 'registry'), { recursive: true });
      const script = [
        'ropa validate; echo "status $?"',
        `ropa validate ${JSON.stringify(join(FIXTURES, 'validate', 'schema-errors'))} -f json; echo "status $?"`,
        'ROPA_LANG=nb ropa validate no-such-folder; echo "status $?"',
        'ropa validate --no-such-option \'\'; echo "status $?"',
        'ropa gaps -f json -o gaps.json -f text; echo "status $?"; cat gaps.json',
      ].join('\n');
      const run = (bin: string) => {
        const r = spawnSync('bash', ['-c', script], {
          cwd: work.dir,
          env: { PATH: `${bin}:${process.env.PATH ?? ''}`, HOME: work.dir, NO_COLOR: '1', ROPA_LANG: 'en' },
          encoding: 'utf8',
        });
        return { status: r.status, stdout: r.stdout, stderr: r.stderr };
      };
      const expected = run(real.dir);
      expect(expected.stdout).toMatch(/status 0\n[\s\S]*status 1\n[\s\S]*status 2\n[\s\S]*status 2\n[\s\S]*status [01]\n\{/);
      expect(run(warm.dir)).toEqual(expected);
    } finally {
      warm.cleanup();
      real.cleanup();
      work.cleanup();
    }
  });
});
