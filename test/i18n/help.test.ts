import { describe, expect, it } from 'vitest';
import { ropa } from '../helpers/cli.js';
import { entryFields } from '../../src/authoring/entry-fields.js';
import { ENTRY_KINDS } from '../../src/authoring/catalogue-add.js';
import { t, LANGUAGES } from '../../src/i18n/index.js';
import { helpLang } from '../../src/cli/help.js';

const COMMANDS = ['validate', 'gaps', 'notice', 'report', 'diff', 'import', 'init', 'new', 'add', 'list', 'show', 'schema', 'fmt'];

/** `--help` in the language asked for (--lang, then ROPA_LANG, else English), every command's and `add`'s generated options too. */
describe('help in nb, nn and en', () => {
  it('follows --lang, then ROPA_LANG, then English; a list (init --lang nn,en) by its first', () => {
    expect(helpLang(['node', 'ropa', 'new', '--help', '--lang', 'nn'], { ROPA_LANG: 'nb' })).toBe('nn');
    expect(helpLang(['node', 'ropa', 'init', '--lang=nb,en', '-h'], {})).toBe('nb');
    expect(helpLang(['node', 'ropa', '--help'], { ROPA_LANG: 'nb' })).toBe('nb');
    expect(helpLang(['node', 'ropa', '--help', '--lang', 'xx'], { ROPA_LANG: ' ' })).toBe('en');
    expect(helpLang(['node', 'ropa', 'new', '--', '--lang', 'nn'], {})).toBe('en');
  });

  it('the top level and every command, in Norwegian: no English title, help line or description left', () => {
    for (const lang of ['nb', 'nn'] as const) {
      for (const command of ['', ...COMMANDS]) {
        const r = ropa([...(command ? [command] : []), '--help'], { env: { ROPA_LANG: lang } });
        expect(r.code, `${lang} ${command}`).toBe(0);
        expect(r.stdout).toMatch(/^Bruk: ropa /);
        expect(r.stdout).not.toMatch(/^(Options|Arguments|Commands|Usage):/m);
        // The usage line's and the command list's placeholders too; argument names stay as they are typed.
        expect(r.stdout).not.toMatch(/\[(options|command)\]/);
        expect(r.stdout).toMatch(lang === 'nb' ? /^Bruk: ropa .*\[valg\]/ : /^Bruk: ropa .*\[val\]/);
        expect(r.stdout).not.toMatch(/display help|default:|registry folder|language of/);
        expect(r.stdout).toContain(lang === 'nb' ? 'vis hjelp for kommandoen' : 'vis hjelp for kommandoen');
      }
    }
    const en = ropa(['new', '--help'], { env: { ROPA_LANG: 'en' } });
    expect(en.stdout).toMatch(/^Usage: ropa new \[options\] <id> \[dir\]\n/);
    expect(en.stdout).toContain('registry folder (default: "registry")');
    const nn = ropa(['new', '--help', '--lang', 'nn'], { env: { ROPA_LANG: 'en' } });
    expect(nn.stdout).toContain('registermappe (standard: "registry")');
    expect(nn.stdout).toContain('Val:');
  });

  it('ropa add: the options made from the schema are in Norwegian too, every field with its words', () => {
    for (const { catalogue } of Object.values(ENTRY_KINDS)) {
      for (const f of entryFields(catalogue)) {
        for (const lang of ['nb', 'nn'] as const) {
          const key = `cli.help.field.${catalogue}.${f.key}`;
          expect(t(lang, key), `${lang} ${key}`).not.toBe(key);
        }
      }
    }
    const nb = ropa(['add', '--help'], { env: { ROPA_LANG: 'nb' } });
    const flat = (s: string): string => s.replace(/\s+/g, ' ');
    expect(flat(nb.stdout)).toContain('law: Lovens korttittel, slik den siteres (nb:…, nn:…, en:… gjentatt for én tekst per språk)');
    expect(nb.stdout).not.toMatch(/The law's|repeated for one text/);
    const en = ropa(['add', '--help'], { env: { ROPA_LANG: 'en' } });
    expect(flat(en.stdout)).toContain('law: Its short title, as cited (nb:…, nn:…, en:… repeated for one text per language)');
  });

  it('commander’s own usage errors are said in the language asked for, exit 2', () => {
    const nb = ropa(['validate', '--formt', 'json'], { env: { ROPA_LANG: 'nb' } });
    expect(nb.code).toBe(2);
    expect(nb.stderr).toMatch(/^feil: ukjent valg «--formt»\n\(Mente du --format\?\)\n/);
    expect(ropa(['show'], { env: { ROPA_LANG: 'nn' } }).stderr).toMatch(/^feil: manglar argumentet «id»\n/);
    expect(ropa(['validat'], { env: { ROPA_LANG: 'en' } }).stderr).toMatch(/^error: unknown command 'validat'\n\(Did you mean validate\?\)\n/);
    expect(ropa(['validate', 'a', 'b', '--lang', 'nb'], { env: { ROPA_LANG: 'en' } }).stderr).toMatch(/^feil: for mange argumenter: 1 ventet, 2 gitt\n/);
  });

  it('every help word is in all three languages', () => {
    for (const lang of LANGUAGES) expect(t(lang, 'cli.help.title.usage')).not.toBe('cli.help.title.usage');
  });
});
