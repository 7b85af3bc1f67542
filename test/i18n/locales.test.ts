import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/cli.js';
import { placeholdersOf, t } from '../../src/i18n/index.js';
import { VALIDATION_RULES } from '../../src/validate/rules.js';

const dir = join(ROOT, 'locales');
const langs = ['en', 'nb', 'nn'] as const;
const namespaces = readdirSync(join(dir, 'en')).filter((f) => f.endsWith('.json'));
const read = (lang: string, ns: string): Record<string, string> => JSON.parse(readFileSync(join(dir, lang, ns), 'utf8')) as Record<string, string>;
const catalogue = Object.fromEntries(langs.map((l) => [l, Object.fromEntries(namespaces.map((ns) => [ns.replace(/\.json$/, ''), read(l, ns)]))])) as Record<
  (typeof langs)[number],
  Record<string, Record<string, string>>
>;
const has = (lang: (typeof langs)[number], id: string): boolean => {
  const dot = id.indexOf('.');
  return Object.hasOwn(catalogue[lang][id.slice(0, dot)] ?? {}, id.slice(dot + 1));
};

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(folder, e.name)) : e.name.endsWith('.ts') ? [join(folder, e.name)] : [],
  );
}

/**
 * Message ids the code names: whole ids in quotes, and the fixed start of ids made at run time
 * (`gaps.severity.${s}`). A string that merely looks like an id (a file name) is told apart by
 * not starting with a namespace followed by a key that exists in English.
 */
function idsInCode(): { whole: Map<string, string>; prefixes: Map<string, string> } {
  const ns = namespaces.map((n) => n.replace(/\.json$/, '')).join('|');
  const whole = new Map<string, string>();
  const prefixes = new Map<string, string>();
  for (const file of sourceFiles(join(ROOT, 'src'))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(new RegExp(`(['"\`])((?:${ns})\\.[A-Za-z0-9_.-]+)(\\1|\\$\\{)`, 'g'))) {
      const id = m[2]!;
      if (/\.(json|ya?ml|md|html|hbs|csv|xlsx|ts|js)$/.test(id)) continue;
      if (m[3] === '${') prefixes.set(id, file);
      else whole.set(id, file);
    }
  }
  return { whole, prefixes };
}

describe('locale files', () => {
  it('exist for nb, nn and en with the same namespaces', () => {
    for (const lang of langs)
      expect(
        readdirSync(join(dir, lang))
          .filter((f) => f.endsWith('.json'))
          .sort(),
      ).toEqual([...namespaces].sort());
  });

  it.each(namespaces)('%s has the same keys and placeholders (plural counts too) in every language', (ns) => {
    const en = read('en', ns);
    for (const lang of ['nb', 'nn']) {
      const other = read(lang, ns);
      expect(Object.keys(other).sort(), `${lang}/${ns}`).toEqual(Object.keys(en).sort());
      for (const [key, text] of Object.entries(en)) {
        expect(placeholdersOf(other[key] ?? ''), `${lang}/${ns} ${key}`).toEqual(placeholdersOf(text));
        expect((other[key] ?? '').trim().length, `${lang}/${ns} ${key}`).toBeGreaterThan(0);
      }
    }
  });

  it('have every message and label the code uses, in every language', () => {
    const { whole, prefixes } = idsInCode();
    expect(whole.size).toBeGreaterThan(100);
    const missing: string[] = [];
    // An id may also be the start of a family the code completes (`termOf('terms.status', …)`).
    const family = (lang: (typeof langs)[number], id: string): boolean => {
      const [n, ...rest] = id.split('.');
      return Object.keys(catalogue[lang][n!] ?? {}).some((k) => k.startsWith(`${rest.join('.')}.`));
    };
    for (const [id, file] of whole)
      for (const lang of langs) if (!has(lang, id) && !family(lang, id)) missing.push(`${lang}: ${id} (${file.slice(ROOT.length)})`);
    for (const [prefix, file] of prefixes) {
      for (const lang of langs) {
        const [n, ...rest] = prefix.split('.');
        const key = rest.join('.');
        if (!Object.keys(catalogue[lang][n!] ?? {}).some((k) => k.startsWith(key))) missing.push(`${lang}: ${prefix}… (${file.slice(ROOT.length)})`);
      }
    }
    // Ids made at run time from lists: every member needs its text.
    for (const rule of VALIDATION_RULES) for (const lang of langs) if (!has(lang, `validate.rule.${rule}`)) missing.push(`${lang}: validate.rule.${rule}`);
    for (const s of ['error', 'warning', 'info']) for (const lang of langs) if (!has(lang, `cli.severity.${s}`)) missing.push(`${lang}: cli.severity.${s}`);
    expect(missing).toEqual([]);
  });

  /**
   * English left in a Norwegian text: a deny-list of English words that are not Norwegian, and
   * "(s)"/"(er)" plurals; code in backticks, placeholders and option names do not count. A text
   * identical to the English one is English unless it is a word both languages share or a code.
   */
  const DENY =
    /\b(the|is|are|not|error|errors|warning|warnings|file|files|found|expected|missing|required|invalid|should|must|with|please|cannot|only|which|value|property|item|items|array|string|object|boolean|duration|allowed)\b|\((s|er|ar|e)\)/i;
  // Words Norwegian shares with English, and command names.
  const SHARED = new Set(['status', 'status:', 'system', 'permanent', 'info', 'gdpr', 'type', 'import:']);
  const prose = (s: string): string =>
    s
      .replace(/`[^`]*`/g, ' ')
      .replace(/\{\w+, plural,/g, ' ')
      .replace(/\{\w+, terms, [\w.-]+\}/g, ' ')
      .replace(/\{\w+, duration\}/g, ' ')
      .replace(/\{\w+, list\}/g, ' ')
      .replace(/\{\w+, country\}/g, ' ')
      .replace(/\{\w+, date\}/g, ' ')
      .replace(/\{\w+\}/g, ' ')
      .replace(/--[a-z-]+/g, ' ')
      .replace(/\b[a-z]+[A-Z]\w*\b/g, ' ');

  it.each(['nb', 'nn'])('%s has no English words', (lang) => {
    const found: string[] = [];
    for (const ns of namespaces) {
      const en = read('en', ns);
      for (const [key, value] of Object.entries(read(lang, ns))) {
        // The report's column headings are Datatilsynet's own wording, copied as it stands.
        if (ns === 'report.json' && key.startsWith('column.')) continue;
        const words = prose(value);
        const hit = DENY.exec(words);
        if (hit) found.push(`${ns} ${key}: "${hit[0]}" in ${value}`);
        if (value === en[key] && /\p{L}{3,}/u.test(words) && !SHARED.has(value.trim().toLowerCase())) found.push(`${ns} ${key}: same as English: ${value}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('the deny-list catches what it is for', () => {
    expect(DENY.test(prose('«5 år» har feil form: An ISO 8601 duration.'))).toBe(true);
    expect(DENY.test(prose('✖ 1 problem(er) i 1 fil(er)'))).toBe(true);
    expect(DENY.test(prose('error  Mangler påkrevd egenskap'))).toBe(true);
    expect(DENY.test(prose('Lagringstida er no registrert: `permanent: true`, {files, plural, one {# fil} other {# filer}}'))).toBe(false);
  });
});

describe('plural forms', () => {
  it('come from Intl.PluralRules in each language', () => {
    const summary = (lang: 'en' | 'nb' | 'nn', n: number): string => t(lang, 'cli.summary', { problems: n, errors: n, warnings: n, files: n });
    expect(summary('en', 1)).toBe('✖ 1 problem (1 error, 1 warning) in 1 file');
    expect(summary('en', 2)).toBe('✖ 2 problems (2 errors, 2 warnings) in 2 files');
    expect(summary('nb', 1)).toBe('✖ 1 problem (1 feil, 1 advarsel) i 1 fil');
    expect(summary('nb', 0)).toBe('✖ 0 problemer (0 feil, 0 advarsler) i 0 filer');
    expect(summary('nn', 2)).toBe('✖ 2 problem (2 feil, 2 åtvaringar) i 2 filer');
  });
});

describe('terms', () => {
  it('print each id of a list as its name in the language, and keep an id with no name', () => {
    const list = 'employee-monitoring, location-data, no-such-item';
    expect(t('nb', 'gaps.dpia-required.list', { list })).toBe(
      'Det kreves en DPIA (Datatilsynets liste: Systematisk monitorering av ansatte; ' +
        `${t('nb', 'gaps.screening.datatilsynet.location-data')}; no-such-item), men ingen er registrert som gjennomført.`,
    );
    expect(t('en', 'gaps.dpia-required.list', { list: 'employee-monitoring' })).toBe(
      "A DPIA is required (Datatilsynet's list: Systematic monitoring of employees), but none is recorded as done.",
    );
    expect(placeholdersOf('{list, terms, gaps.screening.datatilsynet} og {art35}')).toEqual(['art35', 'list']);
  });
});

describe('durations', () => {
  it("print an ISO 8601 duration in the language's words, with digits, and keep the finding's value", () => {
    const args = { period: 'P10Y', law: 'pengespilloven § 16', max: 'P1Y6M', from: 'registrering', unless: 'vedtak' };
    expect(t('nb', 'gaps.retention-limit.section-max', args)).toContain('lagres i 10 år med pengespilloven § 16');
    expect(t('nb', 'gaps.retention-limit.section-max', args)).toContain('høyst 1 år og 6 måneder');
    expect(t('nn', 'gaps.retention-limit.section-max', args)).toContain('10 år');
    expect(t('nn', 'gaps.retention-limit.section-max', args)).toContain('1 år og 6 månader');
    expect(t('en', 'gaps.retention-limit.section-max', args)).toContain('kept for 10 years on the ground of');
    expect(t('en', 'gaps.retention-limit.section-max', args)).toContain('at most 1 year and 6 months');
    expect(args.period).toBe('P10Y');
    for (const lang of ['nb', 'nn', 'en'] as const) expect(t(lang, 'gaps.retention-limit.section-max', args)).not.toMatch(/P\d|\{/);
  });

  it('say days, weeks and combinations, one and many, and print a value that is no duration as it is', () => {
    const camera = (lang: 'en' | 'nb' | 'nn', period: string) => t(lang, 'gaps.retention-limit.former-customers', { period });
    expect(camera('nb', 'P7D')).toContain('7 dager');
    expect(camera('nn', 'P1D')).toContain('1 dag');
    expect(camera('en', 'P2W')).toContain('2 weeks');
    expect(camera('en', 'P1M')).toContain('1 month');
    expect(camera('en', 'P1Y2M3D')).toContain('1 year, 2 months and 3 days');
    expect(camera('nb', 'fem år')).toContain('fem år');
    expect(placeholdersOf('{period, duration} og {law}')).toEqual(['law', 'period']);
  });
});

describe('lists', () => {
  it('print a list of ids as the language says a list, with the plural of the words around it', () => {
    const one = { processor: 'sky', activities: ['lonn'], count: 1 };
    const three = { processor: 'sky', activities: ['lonn', 'rekruttering', 'sykefravaer'], count: 3 };
    expect(t('nb', 'gaps.processor-agreement.missing', one)).toBe(
      'Databehandleren «sky» har ingen registrert databehandleravtale. Aktivitet som bruker den: lonn.',
    );
    expect(t('nb', 'gaps.processor-agreement.missing', three)).toBe(
      'Databehandleren «sky» har ingen registrert databehandleravtale. Aktiviteter som bruker den: lonn, rekruttering og sykefravaer.',
    );
    expect(t('nn', 'gaps.processor-agreement.missing', three)).toBe(
      'Databehandlaren «sky» har ingen registrert databehandlaravtale. Aktivitetar som brukar han: lonn, rekruttering og sykefravaer.',
    );
    expect(t('en', 'gaps.processor-agreement.missing', three)).toBe(
      'The processor "sky" has no data processing agreement on record. Activities using it: lonn, rekruttering and sykefravaer.',
    );
    expect(placeholdersOf('{activities, list} ({count, plural, one {#} other {#}})')).toEqual(['activities', 'count']);
  });

  it('keep a list item that holds «, » one item: lists are arrays, never split', () => {
    const template = 'Brukt av {parties, list}.';
    expect(t('nb', template, { parties: ['Statsforvaltaren i Vestland, Bergen', 'Helse Bergen HF'] })).toBe(
      'Brukt av Statsforvaltaren i Vestland, Bergen og Helse Bergen HF.',
    );
    // A single value is a list of one, as it is.
    expect(t('en', template, { parties: 'Nasjonalarkivet, Oslo' })).toBe('Brukt av Nasjonalarkivet, Oslo.');
    // A plain placeholder given a list still says it as a list in the language.
    expect(t('nn', 'Av {parties}.', { parties: ['a', 'b'] })).toBe('Av a og b.');
    expect(t('en', 'By {parties}.', { parties: ['a', 'b', 'c'] })).toBe('By a, b and c.');
  });

  it('print a country code as the country in the language, and leave any other value as it is', () => {
    const missing = (destination: string | string[], lang: 'nb' | 'nn' | 'en') => t(lang, 'gaps.transfer-mechanism.missing', { destination });
    expect(missing('GB', 'nb')).toContain('Overføringen til Storbritannia har ikke');
    expect(missing('GB', 'nn')).toContain('Overføringa til Storbritannia har ikkje');
    expect(missing('GB', 'en')).toContain('The transfer to the United Kingdom has no');
    expect(missing(['US', 'IN'], 'nb')).toContain('Overføringen til USA og India har');
    expect(missing(['US', 'IN', 'CN'], 'en')).toContain('The transfer to the United States, India and China has');
    // English names that take the article get it in a sentence, capitalised where the message starts with one.
    expect(missing(['PH', 'KY', 'DO', 'AE'], 'en')).toContain(
      'The transfer to the Philippines, the Cayman Islands, the Dominican Republic and the United Arab Emirates has',
    );
    expect(missing(['CH', 'JP', 'CZ'], 'en')).toContain('The transfer to Switzerland, Japan and Czechia has');
    expect(t('en', 'gaps.eea-not-transfer.eea', { country: 'NL' })).toMatch(/^The Netherlands is in the EEA/);
    expect(t('en', 'gaps.eea-not-transfer.eea', { country: 'DE' })).toMatch(/^Germany is in the EEA/);
    expect(t('nb', 'gaps.eea-not-transfer.eea', { country: 'NL' })).toMatch(/^Nederland er i EØS/);
    // An international organisation's name, not a code.
    expect(missing('WHO, Genève', 'en')).toContain('The transfer to WHO, Genève has');
    expect(t('nb', 'gaps.eea-not-transfer.eea', { country: 'DE' })).toBe('Tyskland er i EØS: dette er ikke en overføring til en tredjestat.');
    expect(placeholdersOf('{country, country} i {destination, country}')).toEqual(['country', 'destination']);
  });

  it('say a date as the language writes it, and leave anything else as written', () => {
    const template = 'sidan {since, date} ({since})';
    expect(t('nb', template, { since: '2026-01-01' })).toBe('sidan 1. januar 2026 (2026-01-01)');
    expect(t('nn', template, { since: '2021-07-01' })).toBe('sidan 1. juli 2021 (2021-07-01)');
    expect(t('en', template, { since: '2024-12-31' })).toBe('sidan 31 December 2024 (2024-12-31)');
    // Not a date, or a day the calendar does not have: as written, never another day.
    expect(t('en', template, { since: '2026-02-30' })).toBe('sidan 2026-02-30 (2026-02-30)');
    expect(t('en', template, { since: 'januar 2026' })).toBe('sidan januar 2026 (januar 2026)');
    expect(placeholdersOf('{since, date} og {until, date}')).toEqual(['since', 'until']);
  });

  it('fill a duration, a list and a plural in one message, and read nothing an argument brings in again', () => {
    // An id that has no message is its own template (t's last fallback).
    const template = 'Slett etter {period, duration}, brukt av {activities, list}; {count, plural, one {# aktivitet} other {# aktiviteter}} ({law})';
    const args = { period: 'P1Y6M', activities: ['lonn', '{law}', '{count}'], count: 3, law: 'arkivlova § 6' };
    expect(t('nb', template, args)).toBe('Slett etter 1 år og 6 måneder, brukt av lonn, {law} og {count}; 3 aktiviteter (arkivlova § 6)');
    expect(t('nn', template, { ...args, count: 1 })).toBe('Slett etter 1 år og 6 månader, brukt av lonn, {law} og {count}; 1 aktivitet (arkivlova § 6)');
    expect(t('en', template, args)).toContain('Slett etter 1 year and 6 months, brukt av lonn, {law} and {count}; 3 aktiviteter');
    // A placeholder with no argument stays as written, whatever its kind.
    expect(t('en', '{period, duration} {activities, list} {count, plural, one {#} other {#}} {law}', {})).toBe(
      '{period, duration} {activities, list} {count, plural, one {#} other {#}} {law}',
    );
  });
});
