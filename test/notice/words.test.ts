import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { join } from 'node:path';
import {
  afterEvent,
  capitalise,
  countryName,
  dateWords,
  durationWords,
  endsSentence,
  joinList,
  numberWord,
  paragraphs,
  sentence,
  untilEvent,
} from '../../src/render/words/index.js';
import { ROOT, ropa, scratchCopy } from '../helpers/cli.js';
import { readFileSync, writeFileSync } from 'node:fs';

describe('ISO 8601 durations in words', () => {
  it.each([
    ['P2Y', 'nb', 'to år'],
    ['P1Y', 'nb', 'ett år'],
    ['P1M', 'nb', 'én måned'],
    ['P6M', 'nb', 'seks måneder'],
    ['P2Y6M', 'nb', 'to år og seks måneder'],
    ['P1Y2M3D', 'nb', 'ett år, to måneder og tre dager'],
    ['P30D', 'nb', '30 dager'],
    ['P1W', 'nb', 'én uke'],
    ['PT12H', 'nb', 'tolv timer'],
    ['PT1M', 'nb', 'ett minutt'],
    ['P1M', 'nn', 'éin månad'],
    ['P2Y', 'nn', 'to år'],
    ['P3W', 'nn', 'tre veker'],
    ['P1D', 'nn', 'éin dag'],
    ['P5D', 'nn', 'fem dagar'],
    ['P1Y', 'en', 'one year'],
    ['P2Y6M', 'en', 'two years and six months'],
    ['P13M', 'en', '13 months'],
    ['PT1H30M', 'en', 'one hour and 30 minutes'],
  ] as const)('%s in %s is «%s»', (iso, lang, words) => {
    expect(durationWords(iso, lang)).toBe(words);
  });

  it('gives nothing for text that is not a duration', () => {
    for (const s of ['P', 'PT', '2Y', 'P1YT', 'P1.5Y', 'P1Y ']) expect(durationWords(s, 'nb')).toBeUndefined();
  });
});

describe('other words', () => {
  it('joins lists the way each language does', () => {
    expect(joinList([], 'nb')).toBe('');
    expect(joinList(['a'], 'nb')).toBe('a');
    expect(joinList(['a', 'b'], 'nb')).toBe('a og b');
    expect(joinList(['a', 'b', 'c'], 'nn')).toBe('a, b og c');
    expect(joinList(['a', 'b', 'c'], 'en')).toBe('a, b and c');
  });

  it('gives a list of none or one as Intl.ListFormat does, without asking it', () => {
    for (const lang of ['nb', 'nn', 'en'] as const)
      for (const type of ['conjunction', 'disjunction'] as const) {
        const intl = new Intl.ListFormat(lang === 'en' ? 'en-GB' : lang, { type, style: 'long' });
        for (const items of [[], [''], [' '], ['a'], ['x og y'], ['{0}'], ['\ud800'], ['æøå «»']]) expect(joinList(items, lang, type)).toBe(intl.format(items));
      }
  });

  it('names countries in each language, the code where none is known', () => {
    expect(countryName('SE', 'nb')).toBe('Sverige');
    expect(countryName('SE', 'en')).toBe('Sweden');
    expect(countryName('SE', 'nb')).toBe('Sverige');
    expect(countryName('not a code', 'nn')).toBe('not a code');
  });

  it('writes dates in words', () => {
    expect(dateWords('2026-01-15', 'nb')).toBe('15. januar 2026');
    expect(dateWords('2026-05-01', 'nn')).toBe('1. mai 2026');
    expect(dateWords('2026-12-31', 'en')).toBe('31 December 2026');
  });

  it('writes small numbers as words and larger as digits', () => {
    expect(numberWord(2, 'nb')).toBe('to');
    expect(numberWord(7, 'nn')).toBe('sju');
    expect(numberWord(12, 'en')).toBe('twelve');
    expect(numberWord(13, 'en')).toBe('13');
    expect(numberWord(0, 'nb')).toBe('0');
  });

  it('ends a sentence once: a text that ends its own (full stop, question or exclamation mark, ellipsis) gets no full stop', () => {
    // One test for the notice's every «ends its sentence?»: a cell's entries and the recipients' text asked it without
    // the ellipsis, and gave «….» where `sentence` gave «…».
    for (const s of ['Salesforce, Inc.', 'Hvorfor?', 'Nå!', 'og så videre …']) {
      expect(endsSentence(s)).toBe(true);
      expect(sentence(s)).toBe(s);
    }
    for (const s of ['Oslo', 'art. 6 nr. 1 bokstav b)', '']) expect(endsSentence(s)).toBe(false);
    expect(sentence('Oslo')).toBe('Oslo.');
  });

  it('capitalises the first letter only', () => {
    expect(capitalise('økonomi og lønn')).toBe('Økonomi og lønn');
    expect(capitalise('')).toBe('');
  });

  it("capitalises every UTF-16 code unit as toLocaleUpperCase('nb') does", () => {
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      if (capitalise(s) !== s.toLocaleUpperCase('nb')) expect(capitalise(s)).toBe(s.toLocaleUpperCase('nb'));
    }
  });

  it('folds whitespace in paragraphs as one replace of every run would', () => {
    const plain = (text: string): string[] =>
      text
        .split(/\r?\n[ \t]*\r?\n/)
        .map((p) => p.replace(/\s+/g, ' ').trim())
        .filter((p) => p.length > 0);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'ø', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2009', '\ufeff', 'x y'), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(paragraphs(text)).toEqual(plain(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('splits registry text into paragraphs on blank lines', () => {
    expect(paragraphs('one\nline\n\n  two  \n \nthree')).toEqual(['one line', 'two', 'three']);
    expect(paragraphs(undefined)).toEqual([]);
  });
});

describe("the event a period counts from, after the template's own «etter»/«after»", () => {
  it.each([
    ['etter at saken er avsluttet', 'nb', 'at saken er avsluttet'],
    ['Etter siste kontakt', 'nb', 'siste kontakt'],
    ['når kontrakten går ut', 'nb', 'at kontrakten går ut'],
    ['då tilsetjinga tok slutt', 'nn', 'at tilsetjinga tok slutt'],
    ['fra og med vedtaket', 'nb', 'vedtaket'],
    ['frå vedtaket', 'nn', 'vedtaket'],
    ['ved utløpet av året', 'nb', 'utløpet av året'],
    ['after a negative test', 'en', 'a negative test'],
    ['when the contract ends', 'en', 'the contract ends'],
    ['at the end of the year', 'en', 'the end of the year'],
    // An event with no connective, or a word that only begins like one, is left as written.
    ['avsluttet sak', 'nb', 'avsluttet sak'],
    ['etterkontroll', 'nb', 'etterkontroll'],
    ['vedtaket', 'nb', 'vedtaket'],
    ['the trip', 'en', 'the trip'],
    ['onboarding ends', 'en', 'onboarding ends'],
    ['at', 'nb', 'at'],
  ] as const)('%s (%s) → %s', (event, lang, said) => {
    expect(afterEvent(event, lang)).toBe(said);
  });

  // Records of other bodies write the event with its connective as often as without (59 in the corpus did).
  it.each([
    ['variants-forbund/base', 'nb'],
    ['variants-forbund/base', 'nn'],
    ['variants-offshore/base', 'en'],
  ])('no «etter etter», «after after» or «etter når» in the notice of %s (%s)', (registry, lang) => {
    const r = ropa(['notice', join(ROOT, 'test/fixtures/corpus', registry), '--draft', '--complete', '--lang', lang]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/ (etter|after) /);
    expect(r.stdout).not.toMatch(/\b(etter|after) (etter|after|når|da|då|when|from|fra|frå)\b/i);
  });
});

describe('the criterion that ends the keeping when no period applies, after «lagres»/«is kept»', () => {
  it.each([
    ['når mottakeren melder seg av', 'nb', 'til mottakeren melder seg av'],
    ['Når saka er avslutta', 'nn', 'til saka er avslutta'],
    ['ved prosjektslutt 31.12.2027', 'nb', 'til prosjektslutt 31.12.2027'],
    ['at du melder deg av', 'nb', 'til du melder deg av'],
    ['du melder deg av', 'nb', 'til du melder deg av'],
    ['prosjektslutt, planlagt til slutten av 2025', 'nb', 'til prosjektslutt, planlagt til slutten av 2025'],
    ['when the person unsubscribes', 'en', 'until the person unsubscribes'],
    ['the badge is returned', 'en', 'until the badge is returned'],
    // Already how long: left as written.
    ['til låneren sier opp låneavtalen', 'nb', 'til låneren sier opp låneavtalen'],
    ['så lenge det er nødvendig', 'nb', 'så lenge det er nødvendig'],
    ['inntil saken er avgjort', 'nb', 'inntil saken er avgjort'],
    ['until you unsubscribe', 'en', 'until you unsubscribe'],
    ['as long as the account exists', 'en', 'as long as the account exists'],
  ] as const)('%s (%s) → %s', (criterion, lang, said) => {
    expect(untilEvent(criterion, lang)).toBe(said);
  });

  // Outsiders' registries write the moment itself («når …», «ved …», «when …», «at …», or a bare clause):
  // 45 notices in the corpus read «lagres når …», «lagres ved …», «lagres du melder deg av», «is kept when …».
  it.each([
    ['bodies/oslo-museum/registry', 'nb', 'Opplysningene lagres til mottakeren melder seg av eller trekker samtykket tilbake, og slettes deretter.'],
    ['bodies/time-park/registry', 'nb', 'Opplysningene lagres til utkjøring når det ikke foreligger skyldig avgift'],
    ['variants-skule/base', 'nn', 'Opplysningane blir lagra til eleven sluttar på skulen, og blir sletta deretter.'],
    ['variants-offshore/base', 'en', 'The data is kept until the person unsubscribes, and then it is deleted.'],
  ])('the notice of %s (%s) says «lagres til …» / «kept until …»', (registry, lang, said) => {
    const r = ropa(['notice', join(ROOT, 'test/fixtures/corpus', registry), '--draft', '--complete', '--lang', lang]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(said);
    expect(r.stdout).not.toMatch(/\b(lagres|lagra|kept) (når|ved|at|du|when|on)\b/);
  });

  it('a trigger that repeats the period is not said twice («two years after two years after …»)', () => {
    const r = ropa(['notice', join(ROOT, 'test/fixtures/corpus/variants-offshore/base'), '--draft', '--complete']);
    expect(r.stdout).toContain('deleted two years after our last contact with the person');
    expect(r.stdout).toContain('deleted three years after the employment ended');
    expect(r.stdout).not.toMatch(/\b(\w+ \w+) after \1 after\b/);
  });
});

describe("a table cell's entries", () => {
  // A basis note or a legitimate interest ends in a sentence; «.; » followed it 195 times in the corpus' notices.
  it.each([
    ['bodies/norsk-tipping/registry', 'Kundeavtalen med Norsk Tipping og Buypass. Gjennomføre og føre kontroll'],
    ['variants-offshore/base', 'unauthorised access.'],
  ])('are sentences joined by a space once one is a sentence (%s)', (registry, said) => {
    for (const extra of [[], ['--complete'], ['-f', 'html']]) {
      const r = ropa(['notice', join(ROOT, 'test/fixtures/corpus', registry), '--draft', ...extra]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).not.toMatch(/[.!?](\*\*|<\/a>|\))?; /);
    }
    expect(ropa(['notice', join(ROOT, 'test/fixtures/corpus', registry), '--draft']).stdout).toContain(said);
  });
});

describe('where a registry text ends its own sentence', () => {
  // A transfer's reference written as a sentence («… (kontrollert 2026-09-01).», «… eInnsyn).») ended «..».
  it.each([['variants-forbund/base'], ['bodies/landbruksdirektoratet/registry'], ['variants-offshore/base']])(
    'no sentence ends twice in the notice of %s',
    (registry) => {
      const r = ropa(['notice', join(ROOT, 'test/fixtures/corpus', registry), '--draft', '--complete']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/(Referanse|Reference): /);
      expect(r.stdout).not.toMatch(/[^.]\.\.(\s|$)/m);
    },
  );

  it('a heading after a draft placeholder stands on its own line (norsk-tipping: «## Om personopplysninger» ran on)', () => {
    const md = ropa(['notice', join(ROOT, 'test/fixtures/corpus/bodies/norsk-tipping/registry'), '--draft']).stdout;
    expect(md).toMatch(/MANGLER \d+: om automatiserte avgjørelser brukes\\\]\*\*\n\n## /);
    expect(md).not.toMatch(/[^\n]\n#{1,4} /);
  });
});

describe('transfers outside the EEA, said once', () => {
  // variants-teknisk (one activity transfers, 14 do not) said «Opplysningene overføres ikke til land utenfor EØS.» 14 times.
  it.each([
    [
      'variants-teknisk/base',
      'nb',
      'Opplysningene overføres ikke til land utenfor EØS.',
      'De andre behandlingene overfører ikke opplysninger til land utenfor EØS.',
    ],
    [
      'variants-offshore/base',
      'en',
      'The data is not transferred to countries outside the EEA.',
      'The other processing activities do not transfer data to countries outside the EEA.',
    ],
  ])('%s (%s): the activities that do not transfer are named once, under those that do', (registry, lang, each, once) => {
    for (const extra of [[], ['--complete'], ['-f', 'html']]) {
      const r = ropa(['notice', join(ROOT, 'test/fixtures/corpus', registry), '--draft', '--lang', lang, ...extra]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).not.toContain(each);
      expect(r.stdout.split(once).length - 1).toBe(1);
    }
  });

  it('an activity on its own still says it', () => {
    const r = ropa(['notice', join(ROOT, 'test/fixtures/corpus/variants-teknisk/base'), '--draft', '--activity', 'byggesak']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/overfører ikke personopplysninger til land utenfor EØS|overføres ikke til land utenfor EØS/);
  });
});

describe('what a draft lacks, said once', () => {
  // SATS: a purpose on explicit consent (Art. 6(1)(a) and 9(2)(a)) without consentWithdrawal was listed twice, the
  // second number never shown in the text.
  it('one consent without a way to withdraw it is one gap, however many consent bases name it', () => {
    const md = ropa(['notice', join(ROOT, 'test/fixtures/corpus/bodies/sats/registry'), '--draft']).stdout;
    const list = md.slice(md.indexOf('## Dette mangler'));
    expect(list.match(/hvordan samtykket trekkes tilbake \(consentWithdrawal\)/g)).toHaveLength(1);
    for (const n of list.matchAll(/^(\d+)\. /gm)) expect(md.slice(0, md.indexOf('## Dette mangler'))).toContain(`MANGLER ${n[1]}:`);
  });
});

describe('a legitimate interest that ends its own sentence', () => {
  it('gets no second full stop after «?», «!» or «…» (it read «?.»)', () => {
    const { dir, cleanup } = scratchCopy(join(ROOT, 'test/fixtures/notice/complete'));
    try {
      const file = join(dir, 'activities/fraud-check.yaml');
      const text = readFileSync(file, 'utf8');
      const interest = "{nb: å beskytte foreningens midler, nn: å verne midlane til foreininga, en: protecting the association's funds}";
      expect(text).toContain(interest);
      writeFileSync(
        file,
        text.replace(interest, "{nb: hvem betaler hvis rabatten misbrukes?, nn: å verne midlane til foreininga …, en: protecting the association's funds!}"),
      );
      const said = (lang: string): string => ropa(['notice', dir, '--draft', '--lang', lang]).stdout;
      expect(said('nb')).toContain('Berettiget interesse: hvem betaler hvis rabatten misbrukes?');
      expect(said('nb')).not.toContain('misbrukes?.');
      expect(said('nn')).toMatch(/Berettiga interesse: å verne midlane til foreininga …(?!\.)/);
      expect(said('en')).toMatch(/Legitimate interest: protecting the association(?:'|’)s funds!(?!\.)/);
      // An interest with no ending of its own gets the sentence's full stop, as before.
      expect(ropa(['notice', join(ROOT, 'test/fixtures/notice/complete'), '--draft']).stdout).toContain('Berettiget interesse: å beskytte foreningens midler.');
    } finally {
      cleanup();
    }
  });
});
