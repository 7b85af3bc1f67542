import { describe, expect, it } from 'vitest';
import { ropa, ropaProcess } from '../helpers/cli.js';

/**
 * A mistyped command or option (commander 14's suggestions, kept on: showSuggestionAfterError is its default and
 * ropa does not turn it off) is answered with the closest name, in the language of --lang or ROPA_LANG, exit 2,
 * never a stack trace. The help that follows is in the same language.
 */
const TRACE = /^\s+at .+(\(|:\d+)/m;

describe('ropa <typo>: «Did you mean …?» in the language asked for', () => {
  it.each([
    ['en', 'valdate', "error: unknown command 'valdate'\n(Did you mean validate?)\n", /^Usage: ropa \[options\] \[command\]$/m],
    ['en', 'gap', "error: unknown command 'gap'\n(Did you mean gaps?)\n", /^Usage: ropa/m],
    ['en', 'notise', "error: unknown command 'notise'\n(Did you mean notice?)\n", /^Usage: ropa/m],
    ['nb', 'valdate', 'feil: ukjent kommando «valdate»\n(Mente du validate?)\n', /^Bruk: ropa \[valg\] \[kommando\]$/m],
    ['nb', 'gap', 'feil: ukjent kommando «gap»\n(Mente du gaps?)\n', /^Bruk: ropa/m],
    ['nn', 'notise', 'feil: ukjend kommando «notise»\n(Meinte du notice?)\n', /^Bruk: ropa \[val\] \[kommando\]$/m],
    ['nn', 'reprot', 'feil: ukjend kommando «reprot»\n(Meinte du report?)\n', /^Bruk: ropa/m],
  ])('%s: ropa %s', (lang, typo, said, usage) => {
    const r = ropa([typo], { env: { ROPA_LANG: lang } });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.startsWith(said)).toBe(true);
    expect(r.stderr).toMatch(usage);
    expect(r.stderr).not.toMatch(TRACE);
  });

  it.each([
    ['en', ['gaps', '--fail-in', 'error'], "error: unknown option '--fail-in'\n(Did you mean --fail-on?)\n"],
    ['nb', ['notice', '--draf'], 'feil: ukjent valg «--draf»\n(Mente du --draft?)\n'],
    ['nn', ['report', '--colums', 'id'], 'feil: ukjent val «--colums»\n(Meinte du --columns?)\n'],
  ])('%s: an unknown option of a command: %j', (lang, args, said) => {
    const r = ropa(args, { env: { ROPA_LANG: lang } });
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith(said)).toBe(true);
    expect(r.stderr).not.toMatch(TRACE);
  });

  it('--lang on the command line is the language of the answer, before ROPA_LANG', () => {
    const r = ropa(['gap', '--lang', 'nn'], { env: { ROPA_LANG: 'en' } });
    expect(r.stderr.startsWith('feil: ukjend kommando «gap»\n(Meinte du gaps?)\n')).toBe(true);
  });

  it('a word far from every command gets no guess, only the error and the help', () => {
    const r = ropa(['zzzz'], { env: { ROPA_LANG: 'en' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: unknown command 'zzzz'\n\nUsage: ropa/);
  });

  it('as a process too: exit 2, no stack trace', () => {
    const r = ropaProcess(['notise'], { env: { ROPA_LANG: 'nb' } });
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith('feil: ukjent kommando «notise»\n(Mente du notice?)\n')).toBe(true);
    expect(r.stderr).not.toMatch(TRACE);
  });
});
