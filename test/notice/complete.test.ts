import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ropa, tempDir } from '../helpers/cli.js';
import { fixture, localeIds, plain } from './helpers.js';

/** A registry that says everything a notice must say: the notice is written without --draft. */
const COMPLETE = fixture('complete');

describe('a complete registry gives a complete notice', () => {
  const langs = ['nb', 'nn', 'en'] as const;
  const formats = ['md', 'html'] as const;
  const runs = new Map(
    langs.flatMap((lang) =>
      formats.map((format) => [`${lang}.${format}`, ropa(['notice', COMPLETE, '--complete', '--lang', lang, '--format', format])] as const),
    ),
  );
  const out = (lang: (typeof langs)[number], format: (typeof formats)[number]): string => runs.get(`${lang}.${format}`)!.stdout;

  it.each(langs.flatMap((l) => formats.map((f) => [l, f] as const)))('%s %s is written with exit 0 and nothing on stderr', (lang, format) => {
    const r = runs.get(`${lang}.${format}`)!;
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(2000);
  });

  it('looks every word up: no message id reaches the reader', () => {
    const ids = localeIds();
    for (const text of runs.values()) for (const id of ids) expect(text.stdout).not.toContain(id);
  });

  it('has no placeholders and no list of gaps', () => {
    for (const r of runs.values()) expect(r.stdout).not.toMatch(/MANGLER|MANGLAR|MISSING|Utkast|Draft/);
  });

  it('gives the same bytes for the same registry and language', () => {
    for (const [key, first] of runs) {
      const [lang, format] = key.split('.') as [string, string];
      expect(ropa(['notice', COMPLETE, '--complete', '--lang', lang, '--format', format]).stdout).toBe(first.stdout);
    }
  });

  it('says every Art. 13/14 item, in bokmål', () => {
    const text = plain(out('nb', 'md'));
    for (const fact of [
      '# Personvernerklæring for Eksempelforeningen',
      'Sist oppdatert: 15. januar 2026',
      '**Behandlingsansvarlig:** Eksempelforeningen (EF).',
      'Organisasjonsnummer: 971526920',
      '**Personvernombud:** Kari Nordmann',
      'Medlemmer',
      'Slik bruker vi opplysninger om medlemmene våre.',
      // Each purpose with its legal bases: a basis only one purpose rests on is cited in full there
      // (one several rest on is cited once, in its own section: see the example in layered.test.ts).
      'Administrere medlemskapet (Avtale – personvernforordningen artikkel 6 nr. 1 bokstav b)',
      'Hindre svindel med medlemsrabatter (Berettiget interesse – personvernforordningen artikkel 6 nr. 1 bokstav f; Grunnlag for opplysninger om straffbare forhold: Straffedommer og lovovertredelser, under offentlig myndighet eller med hjemmel i lov – personvernforordningen artikkel 10, jf. straffeprosessloven § 1). Berettiget interesse: å beskytte foreningens midler.',
      'Vilkår for særlige kategorier: Arkiv, forskning eller statistikk – personvernforordningen artikkel 9 nr. 2 bokstav j, jf. personopplysningsloven § 9',
      '| Behandling | Formål | Hvem og hvilke opplysninger | Kilder | Mottakere | Lagring |',
      '**Pseudonymisering**: Navn erstattes med et løpenummer.',
      'Helseopplysninger (særlig kategori: helseopplysninger)',
      'Straffedommer (opplysninger om straffedommer og lovovertredelser)',
      'Kontaktopplysninger (navn, adresse og e-post)',
      'Vi trenger opplysningene for å kunne inngå avtale med deg. Uten opplysningene kan du ikke bli medlem.',
      'Ja, loven pålegger deg det. Du kan få et gebyr.',
      'Nei, det er frivillig.',
      'Opplysningene gis ikke til noen utenfor virksomheten.',
      'Politiet: Ved mistanke om svindel.',
      'Opplysningene slettes fem år etter at medlemskapet opphørte. Hjemmel: arkivloven.',
      'Opplysningene anonymiseres to år og seks måneder etter kontrollen.',
      'Opplysningene lagres til du melder deg av, og slettes deretter.',
      'Opplysningene slettes ikke. De avleveres til Arkivverket til slutt.',
      'USA (Mottaker: Mailer Inc.). Grunnlag for overføringen: EU-kommisjonens standard personvernbestemmelser (art. 46 nr. 2 bokstav c). Referanse: SCC 2021/914 modul 2. Du kan be om en kopi av garantiene ved å kontakte oss.',
      // Said once under the activities that transfer, not at each activity that does not (session 6).
      'De andre behandlingene overfører ikke opplysninger til land utenfor EØS.',
      '**Mailer Inc.** (USA): Utsending av nyhetsbrev',
      '**Politiregisteret** (Politidirektoratet). Hjemmel: straffeprosessloven § 1. Kilden er ikke offentlig tilgjengelig.',
      '**Foreningens nettsted**. Kilden er offentlig tilgjengelig.',
      'Et poengtall beregnes ut fra betalingsmønsteret.',
      'Et høyt poengtall kan stoppe rabatten til en person har sett på saken.',
      'Behandlingen omfatter profilering.',
      'Universitetet i Oslo: Universitetet svarer på henvendelser om innsyn.',
      'Protest (art. 21): straffeprosessloven § 1. Du kan ikke protestere mens en sak er under etterforskning.',
      // Art. 21(6): research in the public interest limits the right to object; the record need not say it.
      'Protest (art. 21) gjelder ikke når behandlingen for statistikk eller forskning er nødvendig for å utføre en oppgave i allmennhetens interesse (personvernforordningen artikkel 21 nr. 6).',
      'I norsk rett står de blant annet i personopplysningsloven §§ 16 og 17 og i særlover, og de gjelder bare på vilkårene der.',
      'Fristen kan forlenges med inntil to måneder til ved kompliserte eller mange henvendelser; da sier vi fra innen én måned og forklarer hvorfor (personvernforordningen artikkel 12 nr. 3).',
      '**Overføring ut av EØS:** USA ([les mer](#transfers))',
      'Vi har databehandleravtale.',
      'Innsyn (art. 15): personvernforordningen artikkel 89 nr. 2 og personopplysningsloven § 17.',
      'Innsyn i opplysningene om deg, med kopi (artikkel 15).',
      '(dataportabilitet)',
      'Du kan også kontakte personvernombudet for å få hjelp.',
      '**[Nyhetsbrev](#activity-newsletter)**: Klikk «Meld meg av» nederst i hvert nyhetsbrev.',
      'Samtykke kan du når som helst trekke tilbake',
      'Vi lagrer opplysningene i Norge, med tilgangsstyring.',
      'Vi selger aldri opplysninger om deg.',
      '## Klage til Datatilsynet',
      '[Slik klager du til Datatilsynet](https://www.datatilsynet.no/om-datatilsynet/kontakt-oss/hvordan-kan-jeg-klage-til-datatilsynet/)',
      'E-post: [pvo@example.no](mailto:pvo@example.no)',
      'Postadresse: Eksempelforeningen, Personvernombudet, Postboks 1, 0101 Oslo',
      'Nettadresse: [https://example.no/personvern](https://example.no/personvern)',
    ])
      expect(text).toContain(fact);
  });

  it('leaves out retired activities and work done as a processor for others', () => {
    for (const r of runs.values()) expect(r.stdout).not.toMatch(/Gammelt register|Gamalt register|Old register|Lønnstjeneste|Lønsteneste|Payroll service/);
  });

  it('words the same facts in nynorsk and English', () => {
    const nn = plain(out('nn', 'md'));
    for (const fact of [
      '# Personvernerklæring for Dømeforeininga',
      'Sist oppdatert: 15. januar 2026',
      'Opplysningane blir anonymiserte to år og seks månader etter kontrollen.',
      'Opplysningane blir sletta fem år etter at medlemskapet tok slutt.',
      'Opplysningane blir lagra til du melder deg av, og blir sletta deretter.',
      'Opplysningane blir ikkje sletta. Dei blir avleverte til Arkivverket til slutt.',
      'Administrere medlemskapet (Avtale – personvernforordninga artikkel 6 nr. 1 bokstav b)',
      'Fristen kan forlengjast med inntil to månader til ved kompliserte eller mange førespurnader; då seier vi frå innan éin månad og forklarer kvifor (personvernforordninga artikkel 12 nr. 3).',
      'I norsk rett står dei mellom anna i personopplysningslova §§ 16 og 17 og i særlover',
      '## Klage til Datatilsynet',
    ])
      expect(nn).toContain(fact);
    const en = plain(out('en', 'md'));
    for (const fact of [
      '# Privacy notice for The Example Association',
      'Last updated: 15 January 2026',
      'The data is anonymised two years and six months after the check.',
      'The data is deleted five years after the membership ended.',
      'The data is kept until you unsubscribe, and then it is deleted.',
      'The data is not deleted. In the end it is transferred to Arkivverket.',
      'Administer your membership (Contract – GDPR Art. 6(1)(b))',
      'That period can be extended by up to two further months for complex or numerous requests; we then tell you so within the first month, with our reasons (GDPR Article 12(3)).',
      'In Norway they are made in, among others, sections 16 and 17 of the Personal Data Act (personopplysningsloven) and in specific acts',
      'GDPR Article 89(2) and Personal Data Act section 17',
      '| Processing | Purposes | Whose data, and which | Sources | Recipients | Retention |',
      '**Do you have to give us the data?**',
      'United States (Recipient: Mailer Inc.)',
      '## Complaints to Datatilsynet',
    ])
      expect(en).toContain(fact);
  });

  it('marks the HTML page with its language and links every entry of the contents to a heading', () => {
    for (const lang of langs) {
      const html = out(lang, 'html');
      expect(html.startsWith(`<!doctype html>\n<html lang="${lang}">`)).toBe(true);
      const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
      expect(targets.length).toBeGreaterThan(10);
      for (const id of targets) expect(html).toContain(`id="${id}"`);
    }
    expect(out('nb', 'html')).toContain('<time datetime="2026-01-15">15. januar 2026</time>');
  });

  it('says so when no activity transfers data or decides automatically', () => {
    const text = plain(ropa(['notice', fixture('escaping')]).stdout);
    expect(text).toContain(
      '## <a id="transfers"></a>Overføring til land utenfor EØS\n\nVi overfører ikke personopplysninger til land utenfor EØS eller til internasjonale organisasjoner.',
    );
    expect(text).toContain('## Automatiserte avgjørelser\n\nVi bruker ikke automatiserte avgjørelser eller profilering');
  });

  it('takes the date from --date when given', () => {
    const r = ropa(['notice', COMPLETE, '--date', '2026-03-01', '--format', 'html']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<time datetime="2026-03-01">1. mars 2026</time>');
    expect(r.stdout).not.toContain('2026-01-15');
  });

  it('writes to a file with -o, and never inside the registry', () => {
    const tmp = tempDir();
    try {
      const file = join(tmp.dir, 'personvern.html');
      const r = ropa(['notice', COMPLETE, '--complete', '-f', 'html', '-o', file]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('');
      expect(readFileSync(file, 'utf8')).toBe(out('nb', 'html'));
      const inside = ropa(['notice', COMPLETE, '-o', join(COMPLETE, 'notice.md')]);
      expect(inside.code).toBe(2);
      expect(inside.stderr).toContain('inside the registry');
      expect(existsSync(join(COMPLETE, 'notice.md'))).toBe(false);
    } finally {
      tmp.cleanup();
    }
  });
});

describe('usage errors exit 2 with a message', () => {
  it.each([
    [['--lang', 'de'], 'unknown language "de": use en, nb or nn'],
    [['--format', 'pdf'], '--format must be one of md, html, not "pdf"'],
    [['--date', '2026-02-30'], '--date takes a date YYYY-MM-DD, not "2026-02-30"'],
  ])('%j', (args, message) => {
    const r = ropa(['notice', COMPLETE, ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
  });

  it('refuses a language the registry is not written in', () => {
    const r = ropa(['notice', fixture('incomplete'), '--lang', 'nn', '--draft']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the registry is not written in "nn"; its languages are nb, en');
  });
});
