import { mkdtempSync, mkdirSync, cpSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ropa } from '../helpers/cli.js';

/**
 * Commander's own errors (an unknown option or command, a missing argument) are said, without --lang or ROPA_LANG,
 * in the registry's first language, as every other message of ropa is; the help after them too. With --lang or
 * ROPA_LANG, that language; where no registry is found, English. Help asked for (--help) is no error and keeps its
 * language (--lang, ROPA_LANG, else English).
 */
const TRACE = /^\s+at .+(\(|:\d+)/m;
const base = mkdtempSync(join(tmpdir(), 'ropa-usage-lang-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** A registry whose organisation.yaml declares `languages`, made by `ropa init` in that language. */
function registry(name: string, lang: 'nb' | 'nn' | 'en'): string {
  const dir = join(base, name);
  expect(ropa(['init', dir, '--lang', lang]).code).toBe(0);
  return dir;
}
const nn = registry('nn-reg', 'nn');
const nb = registry('nb-reg', 'nb');
const en = registry('en-reg', 'en');
const noLang = { ROPA_LANG: undefined };

describe('a usage error speaks the registry’s first language', () => {
  it.each([
    ['nn', nn, ['gaps', nn, '--fail-in', 'error'], 'feil: ukjent val «--fail-in»\n(Meinte du --fail-on?)\n', /^Bruk: ropa gaps \[val\] \[dir\]$/m],
    ['nb', nb, ['notice', nb, '--draf'], 'feil: ukjent valg «--draf»\n(Mente du --draft?)\n', /^Bruk: ropa notice \[valg\] \[dir\]$/m],
    ['nb', nb, ['report', `--columns=id`, nb, '--bogus'], 'feil: ukjent valg «--bogus»\n', /^Bruk: ropa report/m],
    ['en', en, ['gaps', en, '--fail-in', 'error'], "error: unknown option '--fail-in'\n(Did you mean --fail-on?)\n", /^Usage: ropa gaps \[options\] \[dir\]$/m],
  ])('%s registry named on the command line', (_lang, _dir, args, said, usage) => {
    const r = ropa(args, { env: noLang });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.startsWith(said)).toBe(true);
    expect(r.stderr).toMatch(usage);
    // Said once, in one language: an attempt in another is not printed before it.
    expect(r.stderr.split(said).length).toBe(2);
    if (_lang !== 'en') expect(r.stderr).not.toMatch(/^(error: unknown|Usage:)/m);
    expect(r.stderr).not.toMatch(TRACE);
  });

  it('the registry in ./registry of the working folder, for an unknown command', () => {
    const cwd = join(base, 'work');
    mkdirSync(cwd, { recursive: true });
    cpSync(nn, join(cwd, 'registry'), { recursive: true });
    const r = ropa(['valdate'], { cwd, env: noLang });
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith('feil: ukjend kommando «valdate»\n(Meinte du validate?)\n')).toBe(true);
    expect(r.stderr).toMatch(/^Bruk: ropa \[val\] \[kommando\]$/m);
  });

  it('diff names its registry with --dir', () => {
    const r = ropa(['diff', '--dir', nb, '--bogus'], { env: noLang });
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith('feil: ukjent valg «--bogus»')).toBe(true);
  });

  it('--lang and ROPA_LANG come before the registry', () => {
    expect(ropa(['gaps', nn, '--fail-in', 'error', '--lang', 'en'], { env: noLang }).stderr.startsWith("error: unknown option '--fail-in'")).toBe(true);
    expect(ropa(['gaps', nn, '--fail-in', 'error'], { env: { ROPA_LANG: 'nb' } }).stderr.startsWith('feil: ukjent valg «--fail-in»')).toBe(true);
  });

  it('English where no registry is found, or its organisation file cannot be read as one', () => {
    const empty = join(base, 'empty');
    mkdirSync(empty, { recursive: true });
    expect(ropa(['gaps', empty, '--fail-in', 'x'], { cwd: empty, env: noLang }).stderr.startsWith("error: unknown option '--fail-in'")).toBe(true);
    const broken = join(base, 'broken');
    mkdirSync(broken, { recursive: true });
    writeFileSync(join(broken, 'organisation.yaml'), 'languages: &a [*a\n\u0000\u0001');
    const r = ropa(['gaps', broken, '--fail-in', 'x'], { cwd: broken, env: noLang });
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith("error: unknown option '--fail-in'")).toBe(true);
    expect(r.stderr).not.toMatch(TRACE);
  });

  it('help asked for is no error: it keeps the language asked for, else English', () => {
    const r = ropa(['gaps', nn, '--help'], { env: noLang });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: ropa gaps/m);
  });
});
