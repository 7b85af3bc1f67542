import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from '../helpers/cli.js';

/**
 * What `npm pack` ships, and a new project that installs the packed tarball and uses ropa through `npx`, as
 * the README tells a user to. The test machine may be offline, so the tarball is installed as npm would lay
 * it out (unpacked into node_modules/ropa, its bin linked into node_modules/.bin) with its declared runtime
 * dependencies, and only those, linked from this checkout's node_modules.
 */
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  bin: Record<string, string>;
  dependencies: Record<string, string>;
  files: string[];
};

describe('the npm package', () => {
  const work = mkdtempSync(join(tmpdir(), 'ropa-pack-'));
  let files: string[] = [];
  let tarball = '';
  const project = join(work, 'project');
  const env = {
    PATH: [join(project, 'node_modules/.bin'), dirname(process.execPath), '/usr/bin', '/bin'].join(':'),
    HOME: work,
    NO_COLOR: '1',
    npm_config_offline: 'true',
    npm_config_update_notifier: 'false',
    npm_config_cache: join(work, 'npm-cache'),
  };
  const run = (cmd: string, args: string[], cwd = project): { code: number; stdout: string; stderr: string } => {
    const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 120_000 });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
  };

  beforeAll(() => {
    // --ignore-scripts: the build is the one the test run made; `prepare` would rebuild dist under running tests.
    const r = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], ROOT);
    expect(r.stderr).not.toMatch(/npm (ERR|error)/);
    const [info] = JSON.parse(r.stdout) as { filename: string; files: { path: string }[] }[];
    files = info!.files.map((f) => f.path).sort();
    tarball = join(work, info!.filename);

    mkdirSync(join(project, 'node_modules/ropa'), { recursive: true });
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ name: 'our-registry', version: '1.0.0', private: true, devDependencies: { [pkg.name]: `file:${tarball}` } }, null, 2),
    );
    expect(run('tar', ['-xzf', tarball, '-C', join(project, 'node_modules/ropa'), '--strip-components=1']).code).toBe(0);
    for (const dep of Object.keys(pkg.dependencies)) {
      mkdirSync(dirname(join(project, 'node_modules', dep)), { recursive: true });
      symlinkSync(join(ROOT, 'node_modules', dep), join(project, 'node_modules', dep));
    }
    mkdirSync(join(project, 'node_modules/.bin'));
    for (const [name, path] of Object.entries(pkg.bin)) symlinkSync(join('..', 'ropa', path), join(project, 'node_modules/.bin', name));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('ships what a user needs and nothing else', () => {
    const top = new Set(files.map((f) => f.split('/')[0]!));
    expect([...top].sort()).toEqual(['LICENSE', 'README.md', 'bin', 'data', 'dist', 'locales', 'package.json', 'registry', 'schemas', 'templates']);
    for (const needed of [
      'bin/ropa.js',
      'dist/cli.js',
      'dist/validate/validators.cjs',
      'schemas/activity.schema.json',
      'templates/init',
      'templates/notice',
      'data/eea.json',
    ]) {
      expect(
        files.some((f) => f === needed || f.startsWith(`${needed}/`)),
        needed,
      ).toBe(true);
    }
    for (const lang of ['nb', 'nn', 'en']) for (const f of readdirSync(join(ROOT, 'locales', lang))) expect(files).toContain(`locales/${lang}/${f}`);
    // The example registry comes whole; no test, source, benchmark or CI file comes at all.
    expect(files.filter((f) => f.startsWith('registry/')).length).toBe(
      readdirSync(join(ROOT, 'registry/activities')).length + readdirSync(join(ROOT, 'registry/catalogues')).length + 1,
    );
    expect(files.filter((f) => /(^|\/)(test|src|bench|node_modules|\.ci)\//.test(f) || f.endsWith('.ts') || f.endsWith('.tgz'))).toEqual([]);
    // The incremental build's state (tsconfig.json: dist/.tsbuildinfo) is the builder's, not the user's.
    expect(files.filter((f) => f.endsWith('.tsbuildinfo'))).toEqual([]);
  });

  it('gives a new project a working `npx ropa`, from `ropa init` on', () => {
    const version = run('npx', ['--no', '--', 'ropa', '--version']);
    expect(version.stdout).toBe(`${pkg.version}\n`);
    // npx runs the project's node_modules/.bin/ropa, as above; the rest runs that file straight, without starting npm each time.
    const ropa = join(project, 'node_modules/.bin/ropa');
    const init = run(ropa, ['init', '--lang', 'nb,en']);
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(existsSync(join(project, 'registry/organisation.yaml'))).toBe(true);
    const validate = run(ropa, ['validate']);
    expect(validate.code).toBe(0);
    const law = ['add', 'law', 'barnehageloven', '--title', 'nb:barnehageloven', '--title', 'en:Kindergarten Act'];
    expect(run(ropa, [...law, '--lovdata-id', 'LOV-05-06-17-64']).code).toBe(1);
    expect(run(ropa, [...law, '--lovdata-id', 'LOV-2005-06-17-64']).code).toBe(0);
    const gaps = run(ropa, ['gaps', '-f', 'json']);
    expect(gaps.code).toBe(0);
    expect(JSON.parse(gaps.stdout).summary.activities).toBeGreaterThan(0);
    const notice = run(ropa, ['notice', '--lang', 'en']);
    expect(notice.code).toBe(0);
    expect(notice.stdout.length).toBeGreaterThan(200);
  });
});
