import { describe, expect, it } from 'vitest';
import { CLAUSE_END, NEGATION, PART_END, SENTENCE_END, STOP, discloses, marketingSaid, publishes, saidUnnegated } from '../../src/check/facts.js';

/**
 * The shared vocabulary of src/check/facts.ts, held to paraphrases: each concept a rule reads from free text, in
 * bokmål, nynorsk and English, with wordings that must match (a DPO's other words for the same thing) and lawful
 * look-alikes that must not. Texts marked «(body: …)» are quoted from the real bodies' registries in
 * test/fixtures/corpus/bodies; the rest are paraphrases written for this file. A wording the vocabulary does not yet
 * read is listed under `known` with `it.fails`: when a change makes it read, the test fails until the case is moved
 * to its table.
 */
type Case = readonly [lang: 'nb' | 'nn' | 'en', text: string];

function table(
  name: string,
  read: (t: string) => boolean,
  yes: readonly Case[],
  no: readonly Case[],
  known: { yes?: readonly Case[]; no?: readonly Case[] } = {},
) {
  describe(name, () => {
    it.each(yes)('reads %s «%s»', (_l, t) => expect(read(t)).toBe(true));
    it.each(no)('does not read %s «%s»', (_l, t) => expect(read(t)).toBe(false));
    for (const [l, t] of known.yes ?? []) it.fails(`known miss: ${l} «${t}»`, () => expect(read(t)).toBe(true));
    for (const [l, t] of known.no ?? []) it.fails(`known false reading: ${l} «${t}»`, () => expect(read(t)).toBe(false));
  });
}

table(
  'marketing (marketingSaid, MARKETING_WORDS)',
  (t) => marketingSaid(t),
  [
    ['nn', 'Marknadsføring, nyheitsbrev og tilpassa innhald'], // body: firdaposten
    ['nb', 'Profilering for tilpassede tilbud og annonsering'], // body: trumf
    ['nb', 'Tilpasset reklame og markedsføring av Schibsteds egne tjenester'], // body: schibsted-norge
    ['nn', 'lage og levere marknadsføringskampanjar og målrette annonsar hos Google og Facebook'], // body: hvl-nettstad
    ['en', 'No basis for remarketing through Google and the Facebook pixel'],
    ['en', 'to advertise our products to existing customers'],
    ['nb', 'kryssalg av forsikring til bankkunder'],
    ['en', 'cross-selling insurance to account holders'],
    ['nn', 'meirsal til eksisterande kundar'],
    ['nb', 'målrettede annonser i sosiale medier'],
    ['en', 'targeted ads on social media'],
    ['nb', 'salgshenvendelser på telefon'],
    ['nn', 'salshenvendingar på telefon til tidlegare kundar'],
    ['nb', 'reklamere for nye produkter'],
    // A negation later in the clause does not deny the marketing.
    ['nb', 'markedsføre strømavtaler til kunder som ikke har reservert seg'],
    ['nb', 'annonsering basert på innstillingene dine'],
  ],
  [
    ['nb', 'Opplysningene brukes ikke til markedsføring.'],
    ['nn', 'Opplysningane vert ikkje nytta til marknadsføring.'],
    ['en', 'Your data is never used for marketing.'],
    ['nb', 'Vi sender ikke reklame.'],
    // Vacancies: recruitment, not marketing to consumers (markedsføringsloven § 1).
    ['nb', 'markedsføre ledige stillinger på finn.no'],
    ['nn', 'annonsere stillinga på nettsida'],
    ['en', 'advertise the vacancy on job boards'],
    ['en', 'advertising job openings'],
    // An employer's job advertisement (B2's JOB_ADVERT, one reading with the vacancies since 2026-12-01).
    ['en', 'assess and select applicants for an advertised position or internship'],
    ['nb', 'vurdere søkere til den annonserte stillingen'],
    ['nb', 'legge stillingsannonsen ut på finn.no'],
    ['nb', 'Rekruttering: annonsering, intervju og referanseinnhenting'],
    ['nn', 'rekruttering av tilsette, med annonsering og intervju'],
    // An estate agent marketing the client's home performs the assignment.
    ['nb', 'gjennomføre oppdraget med markedsføring av boligen, visning og budrunde'],
    ['en', 'marketing your home to buyers'],
    // «Reklamere» alone is a consumer's complaint about a defect (forbrukerkjøpsloven § 27).
    ['nb', 'Kunden reklamerer på mangler.'],
    ['nn', 'kunden kan reklamera på feil ved vara'],
    ['en', 'handle complaints about defective goods'],
    ['nb', 'målrettet treningsoppfølging'],
  ],
);

table(
  'handing data over to an outside party (discloses)',
  (t) => discloses(t),
  [
    ['nb', 'sende fødselsnummer for hvert medlem til Statsforvalteren for å motta offentlig støtte som trossamfunn'], // body: okb-medlemsregister
    ['nb', 'utlevere personopplysninger til andre lands myndigheter til kontroll av utdanningsstøtte'], // body: lanekassen
    ['nn', 'utlevere opplysningar frå grunnboka og matrikkelen til dei som har heimel for det'], // body: kartverket-eigedom
    ['nb', 'Vi sender søknaden til arbeidsgiveren din.'],
    ['nn', 'Søknaden vert send vidare til NAV.'],
    ['nn', 'Opplysningane blir sende til Skatteetaten.'],
    ['nb', 'Vi deler kontaktopplysningene med samarbeidspartnerne våre.'],
    ['nn', 'Vi deler opplysningane med forsikringsselskapet.'],
    ['en', 'We share your contact details with our partners.'],
    ['en', 'Your claim is passed on to a debt collection agency.'],
    ['nb', 'Ubetalte krav oversendes inkassoselskapet.'],
    ['nb', 'Opplysninger utleveres til politiet ved begjæring.'],
    ['en', 'We disclose the report to the police when required.'],
    ['nb', 'Vi gir NAV tilgang til vedtaket.'],
    ['nb', 'Pårørende får varsel om hendelsen.'],
    ['en', 'We forward the application to the employer.'],
    ['en', 'The insurer receives a copy of the report.'],
    // A copy that goes to a party; the political parties and the press as parties (B4, variants-valg, 2026-12-01).
    ['nb', 'Kopi av vedtaket går til arbeidsgiveren.'],
    ['nn', 'Ein kopi av lista går òg til dei tillitsvalde for kvar valliste.'],
    ['nn', 'Lista blir send til partia.'],
    ['nb', 'Vi sender sakspapirene til lokalavisen.'],
    ['en', 'The political parties receive a copy of the roll.'],
    // A carrier bringing goods to the person is handed name and address (Art. 4(9)).
    ['nb', 'Vi sender varene med Posten til deg.'],
    // The controller acts, though a person is named or addressed nearby (P's review, 2026-12-01).
    ['nb', 'Ved behov kan kommunen sende opplysninger til NAV.'],
    ['nb', 'Ansatte kan dele opplysninger om barnet med NAV når det trengs.'],
    ['nb', 'Dersom du ikke betaler, sender vi kravet til inkassoselskapet.'],
    ['nb', 'Pasienten kan be om at vi sender journalen til forsikringsselskapet.'],
    ['en', 'You can ask us to forward the certificate to your employer.'],
    ['en', 'Staff may report the incident to the police.'],
    ['nb', 'Varsle forsikringsselskapet om skade på pasienten.'],
    ['en', "Notify the insurer of the patient's injury."],
    ['nb', 'Vi gir politiet tilgang til opptakene fra kameraet i resepsjonen.'],
  ],
  [
    ['nb', 'behandle og svare på det du sender oss via skjemaene på nrbr.no'], // body: nrbr
    ['nn', 'skanne og arkivere dokumenta som blir sende til og frå Brønnøysundregistera'], // body: bronnoysundregistera
    ['nb', 'sende medlemmet relevante tilbud og informasjon ut fra varegruppene medlemmet handler'], // body: vitusapotek
    ['nn', 'sende nyheitsbrev til dei som melder seg på'],
    ['nb', 'Du kan sende søknaden til oss på e-post.'],
    ['nb', 'Opplysningene deles ikke med andre.'],
    ['nn', 'Opplysningane blir ikkje sende til andre.'],
    ['en', 'We never share your data with third parties.'],
    ['nb', 'Vi sender kundene nyhetsbrev på e-post.'],
    ['nb', 'Vi sender anonymisert statistikk til Skatteetaten.'],
    ['nb', 'Vi mottar opplysninger fra NAV.'],
    ['nb', 'Arbeidsgiveren sender oss sykmeldingen.'],
    ['en', 'Members may share the post with their friends.'],
    ['nn', 'Du kan melde frå til NAV om endringar.'],
    ['en', 'Employees may also notify the police.'],
    // The person sends, not the controller (P's false-alarm review, 2026-12-01).
    ['nb', 'Du sender inn skjemaet til kommunen.'],
    ['nn', 'Søkjaren sender sjølv skjemaet til kommunen.'],
    ['nb', 'Er du uenig i vedtaket, kan du sende klagen til Statsforvalteren.'],
    ['nb', 'Varsleren kan også sende varselet direkte til tilsynsmyndigheten.'],
    ['nb', 'Kunden kan sende varen i retur med Posten.'],
    ['nb', 'Den ansatte kan levere sykmeldingen til NAV på nett.'],
    ['en', 'Members can forward their receipts to their employer for the fitness benefit.'],
    ['nn', 'Kunden kan sende reklamasjonen vidare til forsikringsselskapet sitt.'],
    ['en', 'Parents can report concerns to the police or to the club.'],
    ['en', 'Participants may report side effects directly to the authorities.'],
    // What is handed over is the body's offer, not about a person.
    ['nb', 'informere pårørende om kurs og samtalegrupper'],
    ['nb', 'gi pårørende tilgang til pårørenderommet og gjesteleiligheten'],
    ['en', 'Hand out the visiting rules to relatives at the ward entrance.'],
    ['nb', 'Informere NAV om ledige stillinger i kommunen.'],
    ['nb', 'Varsle pårørende om endringer i besøkstidene på sykehjemmet.'],
    ['nb', 'Varsle forsikringsselskapet om vannskaden i kjelleren.'],
    ['nb', 'Orientere Statsforvalteren om kommunens beredskapsplan.'],
    ['nn', 'Melde frå til politiet om hærverk på kyrkjegarden.'],
    ['en', "Notify the insurer of damage to the club's minibus."],
    // Opening hours and turnout are no one's data (B4, variants-valg, 2026-12-01).
    ['nn', 'Valstyret sender pressemelding om valdeltakinga til lokalavisa.'],
    ['en', 'The political parties are sent the opening hours of the polling stations.'],
    ['nb', 'En kopi går til arkivet i låst skap.'],
    ['nn', 'Ein kopi av vedtaket går til deg.'],
  ],
  {
    yes: [
      ['nb', 'Vi overfører opplysningene til forsikringsselskapet.'],
      ['nn', 'Saka blir overført til kommunen.'],
      ['nn', 'Informasjonen vert vidareformidla til Statsforvaltaren.'],
      ['nb', 'Vi videreformidler opplysningene til samarbeidspartnere.'],
      ['nb', 'Opplysningene gjøres tilgjengelige for samarbeidspartnere.'],
    ],
  },
);

table(
  'the named outside parties (NAMED_PARTIES, read by discloses through OUTSIDE_PARTY)',
  (t) => discloses(t),
  [
    ['nb', 'Opplysningene sendes til politidistriktet ved mistanke om straffbare forhold.'],
    ['nn', 'Vi sender meldinga til Tollvesenet.'],
    ['nb', 'Vi rapporterer mistenkelige transaksjoner til Finanstilsynet.'],
    ['nb', 'Vi oversender kravet til namsmannen for utlegg.'],
    ['en', 'We send the notice to the enforcement officer and the police.'],
    ['nn', 'Vi deler måleverdiane med Elhub.'],
  ],
  [
    // A police certificate and the police register act name no police as a receiver.
    ['nb', 'Politiattesten blir sendt til deg i Digipost.'],
    ['nn', 'Vi sender kopi av politiattesten til den tilsette sjølv.'],
    ['en', 'We send a copy of the police certificate to you.'],
    ['nb', 'Vi sender ut politisk informasjon til medlemmene.'],
    ['nb', 'Vi mottar opplysninger fra Skatteetaten og NAV.'],
  ],
  // «Utlevere» with no outside party after «til» is read as disclosure, though the person themself receives (Art. 15).
  { no: [['nb', 'utlevere opplysninger etter politiregisterloven til den registrerte']] },
);

// F, session 15: exchanging data with other airlines, hotels or companies, a list of up to ten words sent or shared (commas
// between), and the controller after the verb of notifying (variants-luftfart LF21, LF28; P2's «varsler vi de pårørende»).
table(
  'exchange, longer lists and the controller after the verb (discloses, F, session 15)',
  (t) => discloses(t),
  [
    ['en', "The names of banned passengers are also exchanged with other Nordic airlines through the industry's shared list."],
    ['en', "We send each member's number, tier and points balance to our partner hotels."],
    ['nb', 'Ved fravær varsler vi de pårørende til eleven.'],
    ['nn', 'Namna på utestengde gjester blir utveksla med andre hotell i kjeda.'],
    ['en', "We share the booking, the passenger's name and any special assistance with codeshare partners operating the flight."],
    ['nb', 'Vi sender medlemsnummer, navn, nivå og poengsaldo til samarbeidspartnerne våre i hotellkjeden.'],
  ],
  [
    ['nb', 'Vi utveksler erfaringer med andre kommuner i nettverket.'],
    ['en', 'We exchange best practice on safety with other airlines in the alliance.'],
    ['en', 'We send the order confirmation, with size, colour and delivery address, to the customer by e-mail.'],
    ['nb', 'Forbundet utveksler synspunkter med andre forbund om tariffoppgjøret.'],
    ['en', 'Guests can exchange messages with other guests through the app.'],
    ['nb', 'Vi sender kvittering, ordrebekreftelse og sporingsnummer på SMS til deg.'],
    ['en', 'We send the points balance, tier and expiry date to you by e-mail each month.'],
    ['nb', 'Vi deler aldri passasjerlister med andre flyselskap.'],
    ['nn', 'Ved fråvær varslar vi føresette på SMS.'],
    ['nb', 'Skolen utveksler undervisningsopplegg og erfaringer med andre skoler i regionen.'],
    ['en', 'Codeshare partners receive no personal data from us; they sell tickets on our flights.'],
    ['nn', 'Vi utvekslar kunnskap og rutinar med andre kommunar om barnevern.'],
    ['nb', 'Vi deler turnus, vaktbytter, ferielister og kontaktinformasjon med de ansatte i appen.'],
    ['en', 'We share news, photos, match results and the fixture list with members and supporters on Facebook.'],
    ['nb', 'Vi deler aldri navn, adresse, kjøpshistorikk eller betalingsopplysninger med andre selskaper.'],
    ['en', 'Our airline operates codeshare flights; the operating carrier is shown on your ticket.'],
    ['nn', 'Ved fråvær varslar vi eleven sjølv på SMS, og føresette får melding i Visma.'],
  ],
);

table(
  'publishing personal data (publishes)',
  (t) => publishes(t),
  [
    ['nb', 'Vi publiserer navn og bilde av vinnerne på nettsiden.'],
    ['en', 'We post photos of members on our Facebook page.'],
    ['en', 'Names of the candidates are published on the website.'],
  ],
  [
    ['nb', 'Vi publiserer statistikk på nettsiden.'],
    ['nb', 'Bilder publiseres ikke.'],
    ['nb', 'Vi publiserer ledige stillinger på nettsiden.'],
    ['nn', 'Vi publiserer nyheiter på nettsida.'],
    ['en', 'We publish aggregated results on our website.'],
    ['en', 'Members can see their own profile on the website.'],
  ],
  {
    yes: [
      ['nn', 'Bilete av deltakarane blir lagt ut på heimesida.'],
      ['nb', 'Vi legger ut bilder av deltakerne på hjemmesiden.'],
    ],
  },
);

table(
  'negation in a clause (NEGATION)',
  (t) => NEGATION.test(t),
  [
    ['nb', 'Opplysningene brukes ikke til markedsføring.'],
    ['nn', 'Opplysningane vert ikkje nytta til marknadsføring.'],
    ['nb', 'Vi bruker aldri dataene til reklame.'],
    ['en', "We don't sell data."],
    ['en', 'We will not use it for marketing.'],
    ['en', 'Data is never used for ads.'],
    // Since 2026-12-01 (L): «cannot», the words of none, «verken … eller», «neither … nor», English «no».
    ['en', 'Staff cannot see your messages.'],
    ['nb', 'Ingen opplysninger deles med andre.'],
    ['nn', 'Inga opplysningar blir delte med andre.'],
    ['nb', 'Ingenting publiseres på nettsiden.'],
    ['nn', 'Vi deler korkje namn eller adresse.'],
    ['nb', 'Vi deler verken navn eller adresse.'],
    ['en', 'Neither names nor photos are published.'],
    ['en', 'Nothing is published.'],
    ['en', 'No personal data is shared with third parties.'],
    ['en', 'We share no data with partners.'],
    ['en', 'No one outside the team can see it.'],
    ['en', 'No cookies for marketing'],
    ['nn', 'INGA OPPLYSNINGAR BLIR DELTE'],
    ['nn', 'Opplysningane blir lagra. Inga opplysningar blir delte med andre.'],
  ],
  [
    ['nb', 'Vi bruker ikke-nødvendige informasjonskapsler bare med samtykke.'],
    ['nn', 'Vi nyttar ikkje-naudsynte informasjonskapslar berre med samtykke.'],
    ['en', 'We work with not-for-profit partners.'],
    // Nynorsk «no» is «now»; a web address's «.no», a number's «no.» and «yes or no» deny nothing.
    ['nn', 'Vi har no flytta arkivet til skyen.'],
    ['nn', 'Frå no av sender vi breva digitalt.'],
    ['nn', 'Vi vil no be om samtykke frå føresette.'],
    ['en', 'The statistics are published on ssb.no for everyone.'],
    ['en', 'The form asks the customer to answer yes or no to the newsletter.'],
    // A negation that says «only» («ingen andre enn», «ikke til andre enn», «no one other than», «except»).
    ['nb', 'Opplysningene deles med ingen andre enn revisor.'],
    ['nb', 'Opplysningene utleveres ikke til andre enn Skatteetaten.'],
    ['nn', 'Opplysningane går ikkje til nokon andre enn NAV.'],
    ['nb', 'Ingen unntatt daglig leder har tilgang til opptakene.'],
    ['en', 'Data is shared with no one other than the auditor.'],
    ['en', 'We do not share the data except with our auditor.'],
    // The name «Inga» (nynorsk «inga» = none): capitalised mid-sentence, or before a surname (L, session 13).
    ['nb', 'Spørsmål om behandlingen sendes til Inga i HR.'],
    ['nn', 'Inga Hansen er personvernombod og tek imot spørsmål.'],
    ['en', 'Questions go to our data protection officer, Inga.'],
  ],
);

describe('marketing read with a pattern of its own (marketingSaid)', () => {
  it('takes a pattern without the g flag as well as one with it', () => {
    expect(marketingSaid('Vi sender nyhetsbrev med tilbud.', /nyhetsbrev/iu)).toBe(true);
    expect(marketingSaid('Vi sender nyhetsbrev med tilbud.', /nyhetsbrev/giu)).toBe(true);
    expect(marketingSaid('Vi sender ikke nyhetsbrev.', /nyhetsbrev/iu)).toBe(false);
  });
});

describe('a said thing, not denied, in some clause (saidUnnegated)', () => {
  it('reads a clause that says it and holds no negation, whatever the other clauses say', () => {
    expect(saidUnnegated('Bilder publiseres ikke. Vi deler navn med partnere.', /deler/iu)).toBe(true);
    expect(saidUnnegated('Opplysningane vert ikkje delte med nokon.', /delte/iu)).toBe(false);
    expect(saidUnnegated('We never share your data; we keep it.', /share/iu)).toBe(false);
  });
});

describe('where a clause ends (CLAUSE_END)', () => {
  it('cuts at . ; : ! ? but not inside a web address or a number', () => {
    expect('Se vegvesen.no for mer. Neste: del; Versjon 1.5 gjelder! Ok?'.split(CLAUSE_END).map((c) => c.trim())).toEqual([
      'Se vegvesen.no for mer',
      'Neste',
      'del',
      'Versjon 1.5 gjelder',
      'Ok',
      '',
    ]);
  });
});

describe('the other cuts (STOP, SENTENCE_END, PART_END)', () => {
  const text = 'Vi bruker: navn, e-post. Se nav.no; ferdig';
  it('STOP cuts at every stop, even in a web address', () => {
    expect(text.split(STOP).map((c) => c.trim())).toEqual(['Vi bruker', 'navn, e-post', 'Se nav', 'no', 'ferdig']);
  });
  it('SENTENCE_END keeps a list after a colon with what introduces it', () => {
    expect(text.split(SENTENCE_END).map((c) => c.trim())).toEqual(['Vi bruker: navn, e-post', 'Se nav', 'no', 'ferdig']);
  });
  it('PART_END cuts at commas too', () => {
    expect(text.split(PART_END).map((c) => c.trim())).toEqual(['Vi bruker', 'navn', 'e-post', 'Se nav', 'no', 'ferdig']);
  });
});

// The words around a marketing word are read from it outwards, not by splitting the whole clause (R1, session 12): the
// same four words before and one after, with any white space between them, wherever in a long clause they stand.
describe('marketing denied by its neighbouring words, in a long clause', () => {
  const filler = 'lorem '.repeat(3000);
  it('reads the negation among the four words before, across tabs, newlines and doubled spaces', () => {
    expect(marketingSaid(`${filler}opplysningene\tbrukes  ikke\ntil   markedsføring og lagres`)).toBe(false);
    expect(marketingSaid(`${filler}ikke en to tre fire markedsføring`)).toBe(true);
  });
  it('reads the one word after, and a marketing word at the end of the clause', () => {
    expect(marketingSaid(`${filler}markedsføring  \n ikke`)).toBe(false);
    expect(marketingSaid(`${filler}markedsføring`)).toBe(true);
    expect(marketingSaid(`${filler}markedsføring nå, ikke`)).toBe(true);
  });
  it('reads every marketing word of a clause that denies each but the last', () => {
    expect(marketingSaid(`${'ikke markedsføring '.repeat(1000)}og lorem ipsum dolor sit markedsføring av tjenester`)).toBe(true);
    expect(marketingSaid('ikke markedsføring '.repeat(1000))).toBe(false);
  });
});

// «…marketing» is read from the start of its word (R1, session 13: tried from every letter, one 20,000-letter word took
// 2.7 s; measured by scripts/reader-timings.js, not here). The words read are the same.
describe('marketing as the end of a word', () => {
  it('reads a compound ending in «marketing», after a hyphen, a digit or a long word', () => {
    expect(marketingSaid('emailmarketing to former customers')).toBe(true);
    expect(marketingSaid('e-marketing og SMS')).toBe(true);
    expect(marketingSaid('Kampanje 2027marketing')).toBe(true);
    expect(marketingSaid(`${'a'.repeat(20_000)}marketing`)).toBe(true);
  });
  it('reads no marketing in a long word without it', () => {
    expect(marketingSaid('a'.repeat(20_000))).toBe(false);
    expect(marketingSaid('marketin'.repeat(2_500))).toBe(false);
  });
});

// «verken … eller», «neither … nor» is read within 400 characters of one clause (R1, session 13: unbounded, each «neither»
// was read on to the clause's end; speed measured by scripts/reader-timings.js, not here).
describe('«verken … eller», «neither … nor» in a long clause', () => {
  it('reads the pair with the words between, in nb, nn and en', () => {
    expect(NEGATION.test(`Vi deler verken ${'navn, '.repeat(60)}eller adresse`)).toBe(true);
    expect(NEGATION.test('Vi deler korkje namn eller adresse med andre')).toBe(true);
    expect(NEGATION.test(`We share neither ${'names, '.repeat(45)}nor addresses`)).toBe(true);
  });
  it('reads no pair in a long clause of «neither» without «nor», nor across a full stop', () => {
    expect(NEGATION.test('neither x '.repeat(2_000))).toBe(false);
    expect(NEGATION.test('verken sykmelding '.repeat(1_100))).toBe(false);
    expect(NEGATION.test('Vi bruker verken. Eller andre ting')).toBe(false);
  });
});

// English «no» is read where an English function word stands within 200 characters of it (NO_EN; R1, session 12: the
// unbounded look-around made a long nynorsk clause with many «no» quadratic).
describe('English «no» in a long clause', () => {
  it('reads «no» with an English word near it, before or after', () => {
    expect(NEGATION.test(`No ${'x '.repeat(60)}data is kept`)).toBe(true);
    expect(NEGATION.test(`We keep ${'x '.repeat(60)}no copies`)).toBe(true);
  });
  it('does not read nynorsk «no» (now), however often it stands in a clause', () => {
    expect(NEGATION.test('Vi har no flytta arkivet no '.repeat(1000))).toBe(false);
  });
  it('does not read «no» whose nearest English word is more than 200 characters off', () => {
    expect(NEGATION.test(`No ${'x '.repeat(150)}is`)).toBe(false);
  });
});
