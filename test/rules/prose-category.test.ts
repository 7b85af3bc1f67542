import { describe, expect, it } from 'vitest';
import { activityReveals, categoryReveals, revealsIn, type Revealed } from '../../src/check/prose-category.js';

/**
 * The shared reader of a data category's words (src/check/prose-category.ts): what a name or description reveals —
 * an Art. 9(1) special category, a national identity number (personopplysningsloven § 12) or Art. 10 data — in nb, nn
 * and en, and the lawful wordings that must reveal nothing.
 */
const kinds = (text: string): Revealed[] => revealsIn(text).map((r) => r.kind);

describe('wordings that reveal a fact', () => {
  const must: [string, Revealed][] = [
    ['Skattetrekk, trekk av fagforeningskontingent og pensjonstrekk', 'trade-union-membership'],
    ['Trekk av kontingent til fagforening', 'trade-union-membership'],
    ['Trekk av kontingent til forbundet', 'trade-union-membership'],
    ['Union dues deducted from pay', 'trade-union-membership'],
    ['Medlemskap i fagforening', 'trade-union-membership'],
    ['Sykemelding og oppfølgingsplan', 'health'],
    ['Sjukmelding og oppfølgingsplan', 'health'],
    ['Sykefravær med diagnose', 'health'],
    ['Timebok for pasienter ved psykiatrisk poliklinikk', 'health'],
    ['Sjukmelding eller legeerklæring når ein valmedarbeidar ikkje møter, slik at godtgjersla blir avkorta.', 'health'],
    ['Doctor’s note when a member of staff does not come to work', 'health'],
    ['Sykefravær for ansatte ved kreftavdelingen', 'health'],
    ['Sjukefråvær per månad', 'health'],
    ['Legeerklæring ved fravær over tre dager', 'health'],
    ['Navn, e-post og allergier', 'health'],
    ['Namn og matallergiar', 'health'],
    ['Funksjonsnedsettelse som gir rett til tilrettelegging', 'health'],
    ['Funksjonsnedsetjing og hjelpemiddel', 'health'],
    ['Graviditet og svangerskapspermisjon', 'health'],
    ['Sick leave and doctor’s notes', 'health'],
    ['Allergies and dietary needs', 'health'],
    ['Stilling, lønn, fravær med sykdomsdiagnose', 'health'],
    ['Whether the employee has a disability', 'health'],
    // B17, session 19: beside a death certificate, a living person's health is still read.
    ['Avdødes ektefelles sykdom blir registrert.', 'health'],
    ['Legeerklæringa om dødsfallet og legeerklæring om eiga helse frå klagaren.', 'health'],
    ["The next of kin's medical certificate is kept on file.", 'health'],
    // B17, session 19: a faith community asked with the community first, nynorsk «fagforeining», a negation in an
    // indirect question or a purpose after the words.
    ['Vi registrerer òg kva trussamfunn den som syter for gravferda sjølv er medlem av.', 'religious-or-philosophical-beliefs'],
    ['Vi registrerer hvilket trossamfunn søkeren er medlem av.', 'religious-or-philosophical-beliefs'],
    ['We record which church the applicant is a member of.', 'religious-or-philosophical-beliefs'],
    ['Søknadsskjemaet spør òg om søkjaren er medlem i ei fagforeining.', 'trade-union-membership'],
    ['Trekk av fagforeiningskontingent', 'trade-union-membership'],
    ['Klagarar legg ved legeerklæring om eiga helse for å forklare kvifor dei ikkje heldt fristen.', 'health'],
    ['Employees hand in a doctor’s note to explain why they did not come to work.', 'health'],
    // N3b's review, 2026-12-02: a living employee's certificate on a relative's death; union membership recorded; an
    // inserted purpose clause with no denial after it.
    ['Tilsette som treng lengre fri, leverer legeerklæring ved dødsfall i nær familie.', 'health'],
    ['Staff who need longer leave submit a medical certificate on the death of a close relative.', 'health'],
    ['Vi registrerer medlemskap i ei fagforeining for trekk av kontingent.', 'trade-union-membership'],
    ['Vi lagrar informasjon om den tilsette sitt fagforeiningsmedlemskap.', 'trade-union-membership'],
    ['We record trade union membership for payroll deductions.', 'trade-union-membership'],
    ['Medical certificates, in order to document absence, are stored in the personnel file.', 'health'],
    ['Vi registrerer politisk syn hos kandidatane.', 'political-opinions'],
    ['Vi får informasjon om fagforeiningsmedlemskap frå den tilsette for å trekkje kontingent.', 'trade-union-membership'],
    ['Medlemskap i Den norske kirke', 'religious-or-philosophical-beliefs'],
    ['Medlem av tros- og livssynssamfunn', 'religious-or-philosophical-beliefs'],
    ['Medlemskap i kyrkja', 'religious-or-philosophical-beliefs'],
    ["Religious affiliation of the deceased's spouse", 'religious-or-philosophical-beliefs'],
    ['Etnisitet og morsmål', 'racial-or-ethnic-origin'],
    ['Partimedlemskap', 'political-opinions'],
    ['Fingeravtrykk for stemplingsuret', 'biometric'],
    ['The kiosk compares a photo of the guest’s face with the passport photo', 'biometric'],
    ['Gentest og DNA-prøve', 'genetic'],
    ['Seksuell orientering', 'sex-life-or-sexual-orientation'],
    ['Navn, adresse og fødselsnummer', 'national-id'],
    ['Søknad om besøk med den besøkendes fødselsnummer', 'national-id'],
    ['D-nummer for utenlandske arbeidstakere', 'national-id'],
    ['Personnummer', 'national-id'],
    ['National identity number', 'national-id'],
    ['Politiattest og merknader på politiattest', 'criminal-offence'],
    ['Politiattest er framvist (ja/nei)', 'criminal-offence'],
    ['Tidligere domfellelser og verserende straffesaker', 'criminal-offence'],
    ['Straffedom og siktelse', 'criminal-offence'],
    ['Opplysningar om sikting og tiltale', 'criminal-offence'],
    ['Criminal record certificate', 'criminal-offence'],
    ['Shoplifting incidents', 'criminal-offence'],
    ['Health checks carried out by the company doctor: health status and fitness', 'health'],
    ['First name, date of visit, and staff notes on intoxication, overdoses and the person’s mental state', 'health'],
    ['Notes that the participant was intoxicated during the course', 'health'],
    ['Prison, wing, the sentence the inmate is serving and the expected release date', 'criminal-offence'],
    ['Whether the participant is serving a prison sentence', 'criminal-offence'],
    ['Deltakere som soner en fengselsstraff', 'criminal-offence'],
    ['Information on imprisonment of the participant', 'criminal-offence'],
    // K, 2026-12-01: a need of a sign-language or writing interpreter (hearing disability); a halal or kosher diet (religion).
    ['Behov for tegnspråktolk ved møter', 'health'],
    ['Om eleven treng teiknspråktolk eller skrivetolk', 'health'],
    ['Whether the applicant needs a sign language interpreter', 'health'],
    ['Tolkebehov: behov for tolk på tegnspråk', 'health'],
    ['Kosthold og allergier, for eksempel halal eller laktosefri', 'religious-or-philosophical-beliefs'],
    ['Spesialkost (halalmat, kosher)', 'religious-or-philosophical-beliefs'],
    ['Dietary needs such as halal or kosher meals', 'religious-or-philosophical-beliefs'],
    // Nynorsk «no» is «now» and «Inga» mid-sentence a name: neither denies (L, session 13).
    ['Vi registrerer no fødselsnummer i fagsystemet', 'national-id'],
    ['Skulen lagrar no allergiar og diettbehov', 'health'],
    ['Legeerklæring som Inga i HR tek imot', 'health'],
    // K, session 14: a fee or a forgery hides only the document's name, not health beside it, nor a prescription paid for.
    ['Beløp for legeerklæring om pasientens diagnose', 'health'],
    ['Refusjon for legeerklæring og diagnosekode', 'health'],
    ['Betaling for resept og egenandel', 'health'],
    ['Refusjon for sykmelding fra NAV', 'health'],
    ['Reseptopplysninger og falske resepter', 'health'],
    ['Legeerklæring, og honorar for legeerklæringen', 'health'],
    ['The patient’s prescriptions and any forged prescriptions', 'health'],
    // The words read these, but the hand-written stems before them did not (R1, session 14): English alcohol tests and a
    // speech-to-text interpreter were never read.
    ['Results of alcohol tests of drivers', 'health'],
    ['Employee alcohol test results', 'health'],
    ['Pupils who need a speech-to-text interpreter', 'health'],
  ];
  it.each(must)('%s → %s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });
});

describe('lawful wordings that reveal nothing', () => {
  const mustNot: string[] = [
    'Vi registrerer ikke helseopplysninger',
    'Helseopplysninger registreres ikke',
    // R, session 18: real notices' wordings (Hamar kommune's e-mail page; a recruitment with union representatives).
    'Send heller ikke opplysninger som inneholder helseopplysninger, opplysninger om straffbar virksomhet, politisk oppfatning eller medlemskap i fagforeninger på e-post',
    'Tillitsvalgte fra fagforeningene deltar i intervjuene og i innstillingen',
    'Dei tillitsvalde frå fagforeiningane er med i intervju og innstilling',
    'Union representatives take part in interviews and the shortlist',
    'Vi ber deg ikkje oppgi helseopplysningar',
    'No health data is collected',
    'We keep no health data or national identity numbers',
    'Inga helseopplysningar blir registrerte',
    'Namn og adresse, inga fødselsnummer',
    'HMS-kort og opplæring',
    'Kurs i helse, miljø og sikkerhet',
    'Health, safety and environment training',
    'Kontaktperson i Helse Bergen',
    'Kontaktperson hos Kirkens Bymisjon',
    'Om den ansatte har forsikring ved sykdom',
    'Insurance cover against illness',
    'Helseforsikring som personalgode',
    'Fødselsdato og alder',
    'Date of birth',
    'Statsborgerskap og fødeland',
    'Tolkebehov og språk',
    'Spesialundervisning og IOP',
    'Tilrettelegging av arbeidstid',
    'Kosthold (vegetar, spesialkost) til kantina',
    'Kopi til fagforeningen',
    'Fagforeningen som mottaker',
    'Politisk eksponert person (PEP)',
    'Løpenummer som erstatter fødselsnummeret',
    'Navn og adresse, uten fødselsnummer',
    'Kundenummer og organisasjonsnummer',
    'Om stillingen krever politiattest',
    'Vi registrerer ikke straffbare forhold',
    'Whether the offshore health certificate is valid, and until when',
    'Karakter i kristendom, religion, livssyn og etikk (KRLE)',
    'Journalopplysninger i postjournalen',
    'Tyverialarm og skallsikring',
    'Logg etter pasientjournalforskriften',
    'Premie for gruppeliv og personskade',
    'Applicants must show a valid offshore health certificate',
    'The centres have no personal training, body scans, biometric entry or marketing',
    'Yrkesskadeforsikring for alle tilsette',
    'Varegrupper som kan avsløre helse (ortopediske produkter, graviditetstrening) holdes utenfor analysen',
    'Product groups that reveal pregnancy are excluded from the profile',
    'Teiepliktige opplysningar og fødselsnummer blir skjerma før publisering',
    'Fødselsnummer og helseopplysninger sladdes før dokumentet publiseres i postlisten',
    'National identity numbers are redacted before the minutes are published',
    'Personnummeret fjernes før utskriften sendes ut',
    'Vi ber ikke om legeerklæring når du er syk',
    'Vi registrerer ikkje sjukmelding når tilsette er borte ein dag',
    'We do not ask for a doctor’s note when you are ill for a day',
    'Bilnummer og kva avdeling den tilsette arbeider på, til dømes kreftavdelinga eller psykiatrisk poliklinikk.',
    'Employees of the cardiology ward and the psychiatric clinic get a parking permit',
    'Reception staff compare the guest’s face with the ID card',
    'Course attended (first aid, overdose response, CPR), attendance and the certificate issued',
    'Course attended and attendance; the course covers recognising intoxication and overdoses in others',
    'Kurs i overdoseforebygging og førstehjelp, oppmøte og kursbevis',
    'The first sentence of the certificate names the course; the certificate is served by e-mail',
    'Course attended; the sentence "I have completed the course" is printed on the certificate',
    // K, 2026-12-01: a language interpreter, the interpreter's own data, diet choices, a certified supplier, passports.
    'Behov for tolk og hvilket språk',
    'Tolkebehov (språk og dialekt)',
    'Tegnspråktolkens navn, kontaktinformasjon og autorisasjon',
    'Sign language interpreters: name, qualifications and assignments',
    'Skrivetolkar som er på oppdrag for kommunen',
    'Kosthold, vegetar eller spesialkost',
    'Leverandørens halalsertifisering',
    'Supplier’s halal certification',
    'Passnummer og utløpsdato for reisende',
    'Passport number and nationality of foreign guests',
    'Vi trenger ikke tegnspråktolk',
    // K, session 14: a sum paid for a medical certificate (variants-verje's legehonorar), a forged prescription or sick
    // note (variants-apotek, NG45).
    'Namn, HPR-nummer, kontonummer og beløp for legeerklæringa.',
    'Honorar for legeattest etter fastsatte satser',
    'Kostnaden ved legeerklæringa, refundert etter satsar',
    'The fee paid for each medical certificate',
    'Gebyr for helseattest til førerkort',
    'Opplysninger om forsøk på å få utlevert legemidler på falsk eller forfalsket resept.',
    'Mistanke om falsk resept',
    'Forged prescriptions reported to the police',
    'Suspected prescription fraud',
    'Anmeldelse av reseptforfalskning',
    'Kopi av den forfalska sjukmeldinga som vart levert',
    'A fake sick note handed in by the employee',
    // B17, session 19: the doctor's certificate of a death, and the deceased's own data (GDPR rec. 27: the Regulation does
    // not apply to deceased persons; variants-gravferd's clean base).
    'Krematoriet kontrollerer at legeerklæringa om dødsfallet og politiet si stadfesting ligg føre.',
    'Legeerklæring om dødsfall og melding frå politiet.',
    'Vi tar imot legeerklæring ved dødsfall fra legen som har konstatert dødsfallet.',
    'The crematorium checks the medical certificate of death before the cremation.',
    'Death certificate and the cremation request',
    'Avdødes sykdom blir ikke registrert av gravplassforvaltningen.',
    'Den avlidne sin legeerklæring blir arkivert saman med kremasjonsprotokollen.',
    "The deceased's illness is noted by the doctor, not by us.",
    'Vi spør ikkje kva trussamfunn den avlidne var medlem av.',
    // W6, session 20: «of the deceased» in English, as «the deceased's» above (rec. 27).
    'Religious affiliation of the deceased',
    'The religious affiliation of the deceased is noted to find a ceremony leader.',
    'Vi noterer kva trussamfunn den avdøde var medlem av, for å finne seremonileiar.',
    'Oversikt over kva trussamfunn som er medlem av Samarbeidsrådet for tros- og livssynssamfunn.',
    'Kurs om kva trussamfunn som finst i kommunen.',
    'Vi ber ikkje om legeerklæring for å få utsett fristen.',
    'Vi registrerer ikkje sjukmelding for å hindre at nokon blir stempla.',
    'Tillitsvalde frå fagforeininga deltek i drøftingane.',
    'Fagforeininga får kopi av lista over turnusar.',
    'Vi spør ikkje om søkjaren er medlem i ei fagforeining.',
    'Vi lagrar ikkje helseopplysningar, for å verne personvernet.',
    // N3b's review, 2026-12-02: an inserted purpose or «why» clause ends at its comma or dash; the main clause denies.
    'Medical certificates, in order to protect privacy, are not collected.',
    'Legeerklæring, for å seie det klart, ber vi ikkje om.',
    'Helseopplysninger – hvorfor vi ikke samler dem inn, forklares i personvernerklæringen.',
    'Diagnoser, for å være tydelige, registrerer vi aldri.',
    'Opplysningar om sjukdom, kvifor nokon ikkje kunne møte, spør vi ikkje om.',
    'Information on illness, why someone could not attend, is not asked for.',
    // N3b's review: union membership as a topic or an option (nb, nn, en).
    'Nytilsette får ein brosjyre om fagforeiningsmedlemskap og forsikringar.',
    'Tillitsvalde held eit kurs om medlemskap i ei fagforeining for sommarvikarane.',
    'Vi informerer søkjarane om at dei sjølve kan velje om dei vil bli medlem i ei fagforeining.',
    'Nytilsette får informasjon om fagforeiningskontingent og forsikringar.',
    'Alle kan bli medlem av ei fagforeining; det har ikkje noko å seie for tilsetjinga.',
    'Nyansatte får en brosjyre om fagforeningsmedlemskap og forsikringer.',
    'Tillitsvalgte holder et kurs om medlemskap i en fagforening for sommervikarene.',
    'New staff get a leaflet about trade union membership.',
    'Anyone may become a trade union member.',
    'Sommarjobbane er opne for alle, uansett politisk syn eller medlemskap i ei fagforeining.',
    'Jobs are open to all, regardless of their political views or trade union membership.',
  ];
  it.each(mustNot)('%s', (text) => {
    expect(revealsIn(text)).toEqual([]);
  });
});

describe('a catalogue entry', () => {
  it('gives each fact once, with the words, their pointer inside the entry and their offset, name before description', () => {
    const c = {
      name: { nb: 'Lønnstrekk', en: 'Payroll deductions' },
      description: { nb: 'Skattetrekk og fagforeningskontingent; fødselsnummer.', en: 'Tax and union dues.' },
    };
    expect(categoryReveals(c)).toEqual([
      { kind: 'trade-union-membership', words: 'fagforeningskontingent', pointer: '/description/nb', index: 15 },
      { kind: 'national-id', words: 'fødselsnummer', pointer: '/description/nb', index: 39 },
    ]);
  });

  it('leaves out what the entry already says, and caches the reading per entry', () => {
    const c = { name: 'Sykefravær og fødselsnummer', specialCategory: 'health' as const, nationalIdentifier: true };
    expect(categoryReveals(c)).toEqual([]);
    const d = { name: 'Sykefravær' };
    expect(categoryReveals(d)).toBe(categoryReveals(d));
    expect(categoryReveals(d)[0]).toMatchObject({ kind: 'health', words: 'Sykefravær', pointer: '/name', index: 0 });
  });
});

describe("an activity's and a purpose's words", () => {
  it('reads the police certificate, not the disability, of a role of trust towards persons with disabilities (variants-ngo)', () => {
    expect(
      revealsIn('Volunteers with a position of trust towards minors or persons with intellectual disabilities must show a police certificate', true).map(
        (r) => r.kind,
      ),
    ).toEqual(['criminal-offence']);
  });
  it('reads them with their pointers, and leaves out an aim to prevent', () => {
    const a = {
      description: { nb: 'Vi registrerer fødselsnummeret til barnet.', en: 'We prevent illness at work.' },
      purposes: [{ description: 'Barn med diagnose får fortrinn' }, { description: 'Forebygge sykdom og tyveri' }],
    };
    expect(activityReveals(a).map((r) => [r.kind, r.words, r.pointer])).toEqual([
      ['national-id', 'fødselsnummeret', '/description/nb'],
      ['health', 'diagnose', '/purposes/0/description'],
    ]);
  });
  it.each([
    'Forebygge sykdom på arbeidsplassen',
    'Førebyggje sjukdom',
    'Prevent illness and theft',
    'Hindre tyveri i butikken',
    'Sikre at legemidler og reseptopplysninger bare utleveres til den som har rett til dem',
    'Avdekkje urettmessige oppslag i pasientjournalen',
    'Ta vare på barn av pasientar med alvorleg sjukdom',
    'A participant who wants a named meal card tells us directly (see allergies and dietary needs)',
    'Volunteers who will have a position of trust towards minors or persons with intellectual disabilities',
    'Frivillige som har et tillits- eller ansvarsforhold overfor mindreårige eller personer med funksjonsnedsettelse',
    'Frivillige med oppgåver som inneber eit tillitsforhold overfor mindreårige eller personar med funksjonshemming',
    'Keep people convicted of abuse out of volunteer roles with children and persons with intellectual disabilities',
    'Coaches of teams for children and people with disabilities are trained every year',
    'Kantina serverer halal og vegetar til alle elevane',
    'We serve halal and kosher meals at every event',
    'Støtte til pårørende av pasienter med alvorlig sykdom',
    'Support groups for relatives of patients with a terminal illness',
    'Namnelister for kurs; sjå også aktiviteten om allergiar',
    'Se også avsnittet om sykefravær',
  ])('%s reveals nothing as an aim, an object of control or another person’s health', (text) => {
    expect(revealsIn(text, true)).toEqual([]);
  });
});

// «pasient» alone and the verb «se» are no aim (L, session 13): the activity's own patients' data.
describe('patients and seeing in an activity text', () => {
  it.each([
    ['Registrere pasientens diagnose og behandling', 'health'],
    ['Legen ser pasientjournalen og diagnosen før timen', 'health'],
    ['Kontoret skal se legeerklæringen før sjukepengar blir utbetalte', 'health'],
    ['Record the patient’s diagnosis and medication', 'health'],
    ['Patients send their sick notes through the portal', 'health'],
    ['Se til at fødselsnummeret er rett før vedtaket blir sendt', 'national-id'],
  ] as const)('%s → %s', (text, kind) => {
    expect(revealsIn(text, true).map((r) => r.kind)).toContain(kind);
  });
});

// Patients named before the words where the activity's people are not patients (P's lawful-wording review, session 14), and
// seeing a routine or an instruction, are other people's health and a cross-reference; with patients among the activity's
// people, their diagnosis is read.
describe('patients as other people in an activity text', () => {
  it.each([
    'Sykepleiere som jobber med pasienter med smittsomme sykdommer får tilbud om vaksine',
    'Helpdesk for staff: resetting passwords for the patient record system and the medication module',
    "Training records for staff: courses on handling patients' prescriptions and medication safety",
    "Visitor log at the hospital entrance; patients' medical records are handled in the EPR activity",
    'Ansatte i hjemmetjenesten registrerer kjørelengde mellom besøk hos pasienter med diagnoser som krever daglig tilsyn',
    'Kantina lagar eigen meny for pasientar med allergiar',
    "Students on placement see how nurses document patients' illnesses",
  ])('%s reveals nothing when patients are others', (text) => {
    expect(revealsIn(text, true, true)).toEqual([]);
    expect(revealsIn(text, true).map((r) => r.kind)).toEqual(['health']);
  });
  it.each([
    'Vaktplan for apotekteknikere; se instruks om håndtering av resepter',
    'Turnus for tilsette ved legevakta; sjå eigen rutine for pasientopplysningar',
  ])('%s is a cross-reference', (text) => expect(revealsIn(text, true)).toEqual([]));
  it.each(['Registrere sjukmeldingar for dei tilsette for å følgje opp fråværet', 'Register pupils who need a sign language interpreter for exams'])(
    '%s is read when patients are others too',
    (text) => expect(revealsIn(text, true, true).map((r) => r.kind)).toEqual(['health']),
  );
});

// A penalty a law sets, a topic staff are trained for, a case prepared for, an event's interpreter (P's lawful-wording review of
// B3's and K's readings, session 14).
describe('penalties, training, preparedness and events', () => {
  it.each([
    'Signed confidentiality agreement; a breach is punishable by fines or imprisonment.',
    'Taushetserklæring; brudd kan straffes med bot eller fengselsstraff etter straffeloven § 209.',
    'Om arrangementet trenger tegnspråktolk (ja/nei) for publikum.',
    'The event needs a sign language interpreter on stage (yes/no).',
  ])('category text «%s» reveals nothing', (text) => expect(revealsIn(text)).toEqual([]));
  it.each([
    'A naloxone nasal spray is kept at reception in case of overdose.',
    'We train staff to de-escalate conflicts with intoxicated customers.',
    'Frivillige får opplæring i å håndtere personer i ruspåvirket tilstand og overdoser.',
  ])('activity text «%s» reveals nothing', (text) => expect(revealsIn(text, true)).toEqual([]));
  it.each([
    ['The employee is serving a prison sentence (date of release).', 'criminal-offence'],
    ['Notes on the resident’s overdoses and intoxication episodes.', 'health'],
    ['Eleven trenger tegnspråktolk i undervisningen.', 'health'],
    ['Behov for skrivetolk ved møter med NAV.', 'health'],
    ['Påmelding til kurs, med navn, e-post og eventuelle allergier.', 'health'],
    ['Training records: name, course date and any allergies relevant to the practical session.', 'health'],
  ] as const)('«%s» still reveals %s', (text, kind) => expect(revealsIn(text, true).map((r) => r.kind)).toContain(kind));
});

// A long clause without a full stop (R1, session 12): the words before a match are read at its end (ABSENT_BEFORE) and the
// clause's first aim word is found once (AIM_BEFORE), with the same readings as before, wherever in the clause they stand.
describe('revealsIn on a long clause', () => {
  const filler = 'lorem '.repeat(2000);
  it('leaves out every negated word of a long list, and reads a word of none four words back after thousands of words', () => {
    expect(revealsIn('uten allergier '.repeat(2000))).toEqual([]);
    expect(revealsIn(`${filler}uten noen form for allergier`)).toEqual([]);
  });
  it('reads a word far into a long clause, and a word of none glued to another word is none', () => {
    expect(revealsIn(`${filler}allergier`).map((r) => r.kind)).toEqual(['health']);
    expect(revealsIn(`${'x'.repeat(400)}uten allergier`).map((r) => r.kind)).toEqual(['health']);
  });
  it('leaves out words after an aim standing late in the clause, and reads those before it', () => {
    expect(revealsIn(`${filler}forebygge ${'sykdom '.repeat(500)}`, true)).toEqual([]);
    expect(revealsIn(`${filler}sykdom og forebygge ${'sykdom '.repeat(500)}`, true).map((r) => [r.kind, r.index])).toEqual([['health', filler.length]]);
  });
});

// L, session 14: an addiction, anxiety or depression in an activity's words (variants-spill SP56 first), and a person's
// criminal record (variants-spill SP38, variants-studiestotte ST18 first); lawful look-alikes below.
describe('addiction, anxiety, depression and a criminal record in an activity text (L, session 14)', () => {
  const kindsIn = (t: string, kind: Revealed): boolean => revealsIn(t, true).some((r) => r.kind === kind);
  it.each([
    [
      'Spørreundersøkelsen spør om ansvarlighetsverktøyene fungerer, og om du har søkt hjelp eller behandling for spilleavhengighet, angst eller depresjon.',
      'health',
    ] as const,
    ['Spillere som viser tegn på spilleavhengighet, får tilbud om en samtale med en rådgiver.', 'health'] as const,
    ['The survey asks whether you have been treated for anxiety or depression.', 'health'] as const,
    ['Vi registrerer om deltakaren har rusavhengighet eller angstlidingar.', 'health'] as const,
    ['Før avtale inngås, må daglig leder legge fram politiattest, og vi noterer eventuelle anmerkninger.', 'criminal-offence'] as const,
    [
      'Låntakere som soner dom i fengsel, kan få redusert terminbeløp når de sender inn dommen eller en bekreftelse fra kriminalomsorgen.',
      'criminal-offence',
    ] as const,
    ['Frivillige som skal besøke barn, viser politiattest til koordinatoren, som noterer at den er vist.', 'criminal-offence'] as const,
    ['Borrowers serving a prison sentence may send us the judgment to have repayments deferred.', 'criminal-offence'] as const,
    ['Pasienter ved avdeling for rusbehandling registreres med diagnose og rusbehandling.', 'health'] as const,
    ['Elevar som kjem ruspåverka til skulen, vert noterte i elevmappa.', 'health'] as const,
    ['Vi registrerer elevar med psykiske lidingar som treng tilrettelegging.', 'health'] as const,
  ])('reads «%s» as %s', (t, kind) => expect(kindsIn(t, kind)).toBe(true));
  it.each([
    ['Vi forebygger spilleavhengighet gjennom tapsgrenser og pauser.', 'health'] as const,
    ['Kommunen tilbyr kurs i mestring av angst og depresjon for innbyggere.', 'health'] as const,
    ['Nettsiden har informasjon om angst og depresjon hos barn og unge.', 'health'] as const,
    ['Undersøkelsen spør ikke om angst, depresjon eller spilleavhengighet.', 'health'] as const,
    ['Ansatte i Hjelpelinjen for spilleavhengighet svarer på telefon og chat.', 'health'] as const,
    ['We run awareness campaigns on gambling addiction in schools.', 'health'] as const,
    ['Forskningen skal redusere rusavhengighet blant unge.', 'health'] as const,
    ['Avhengighet av én leverandør er en risiko vi vurderer årlig.', 'health'] as const,
    ['The survey does not ask about depression or anxiety.', 'health'] as const,
    ['Vi arrangerer foredrag om angst og stress for foreldre.', 'health'] as const,
    ['Prosjektet evaluerer tiltak mot spilleavhengighet på kommunenivå, uten opplysninger om enkeltpersoner.', 'health'] as const,
    ['Kundeservice gir informasjon om hjelp ved spilleavhengighet og viser til Hjelpelinjen.', 'health'] as const,
    ['Stillingen krever politiattest etter barnehageloven, men vi registrerer bare at den er vist.', 'criminal-offence'] as const,
    ['Vi ber ikke om politiattest fra frivillige i denne aktiviteten.', 'criminal-offence'] as const,
    ['Besøkstjenesten gir fengselet navnet og fødselsdatoen til den frivillige.', 'criminal-offence'] as const,
    ['Sonen for parkering er merket med skilt ved inngangen.', 'criminal-offence'] as const,
    ['Police certificates are not required for this role.', 'criminal-offence'] as const,
    ['Fengselet sender oss navn på besøkende som skal ha adgang.', 'criminal-offence'] as const,
    // A ward or clinic named for the thing, an exhibition or campaign about it, information on it (P2, session 14).
    ['Rekruttere sjukepleiarar til avdeling for rusbehandling.', 'health'] as const,
    ['Sjukehuset rekrutterer legar til poliklinikken for psykiske lidingar.', 'health'] as const,
    ["The museum's exhibition shows how psykiske lidingar were treated in the 1800s.", 'health'] as const,
    ['Foreldra får informasjon om rusførebygging og ruspåverka køyring i trafikkundervisninga.', 'health'] as const,
  ])('does not read «%s» as %s', (t, kind) => expect(kindsIn(t, kind)).toBe(false));
});

// F, session 15: a negation inside a quoted name denies nothing outside it (variants-inkasso IK37), and the words after
// an exception to a negation or a word of none are said (IK40: «Vi sender ikke opplysninger … utover saksnummer,
// fødselsdato og personnummer»). Lawful wordings of a municipality, a hospital, a school, a shop and a union below.
describe('quoted names and exceptions to a negation (F, session 15)', () => {
  it.each([
    [
      'Utlegg, utleggstrekk, «intet til utlegg», tvangsforretninger, skattefastsetting, rettskraftige dommer (også straffedommer for bedrageri og økonomisk utroskap), konkurs',
      'criminal-offence',
    ] as const,
    [
      'Vi sender ikke opplysninger om kravet i SMS utover saksnummer, skyldnerens fødselsdato og personnummer (for at riktig person skal kjenne igjen saken).',
      'national-id',
    ] as const,
    ['Vi lagrar ingen opplysningar utover namn og fødselsnummer.', 'national-id'] as const,
    ['We do not store anything other than the name and the national identity number.', 'national-id'] as const,
    ['Status «ikke i arbeid» og sykmelding.', 'health'] as const,
    ['Vi sender ikke noe i brevet bortsett fra saksnummer og fødselsnummer.', 'national-id'] as const,
    ['Ingenting vert lagra utanom namn og diagnose.', 'health'] as const,
    ['Nothing is kept except the name and the diagnosis.', 'health'] as const,
    ['Vi ber ikke om legeerklæring, men om egenmelding.', 'health'] as const,
  ])('reads «%s» as %s', (t, kind) => expect(revealsIn(t).map((r) => r.kind)).toContain(kind));
  it.each([
    'Vi registrerer ikke fødselsnummer utover det som står i folkeregisteret.',
    "Visitors' names only; we do not record anything beyond the name and the time of the visit, and no health information.",
    'Skulen registrerer ikkje anna enn namn og klasse, og ikkje diagnosar.',
    'Kundeklubben lagrer ingen opplysninger utover navn, e-post og kjøpshistorikk, og ingen helseopplysninger.',
    'Forbundet sender ikke opplysninger om fagforeningsmedlemskap til arbeidsgiver utover det medlemmet selv har samtykket til.',
    'Feltet «ingen kjente allergier» fylles ut av gjesten.',
    "We don't keep card numbers, except the last four digits, and no national identity numbers.",
    'Det blir ikkje lagra fødselsnummer, berre namn, men adressa blir lagra.',
    'Pupils marked "not present" and the reason, but no medical information.',
    'Members flagged "not in work" and the date, but not the cause of sickness.',
    'Kommunen lagrer ikke annet enn navn og adresse; ikke fødselsnummer.',
    'Vi ber ikkje om legeerklæring utover det arbeidsmiljølova krev, og berre ved fråvær over åtte dagar.',
    'Ingen andre enn fastlegen kjenner diagnosen.',
    'Alle opplysninger bortsett fra fødselsnummer.',
    'Vi sender ikke opplysninger i SMS utover saksnummer, og aldri fødselsnummer.',
  ])('reveals nothing in «%s»', (t) => expect(revealsIn(t)).toEqual([]));
});

// F, session 15: a sensory or mobility impairment, a guide or assistance dog, a hearing or mobility aid, a wheelchair the
// person uses, in a category's words (variants-luftfart LF15); premises and services for such people, in a category's
// or an activity's words, are not read.
describe('disability and assistance needs in a category (F, session 15)', () => {
  it.each([
    'The kind of assistance asked for (wheelchair to the aircraft or to the seat, visual or hearing impairment, assistance dog, own mobility aid and its battery type).',
    'Om eleven er synshemmet eller hørselshemmet',
    'Behov for assistanse: rullestolbruker, førerhund',
    'Passasjerer med redusert mobilitet og type hjelpemiddel',
    'Nedsett høyrsle og behov for teleslynge',
    'Kunden bruker rullestol (ja/nei)',
    'Whether the guest uses a wheelchair or has a guide dog',
    'Parkeringstillatelse for forflytningshemmede',
    'Members who are deaf or hard of hearing',
    'Bevegelseshemma passasjerar og følgjehund',
    // N's review (session 15): a disabled parking permit; the aids and dogs with the person's need, use or possessive.
    'Om du har HC-parkeringsbevis',
    'Også parkeringsløyvet for forflytningshemma med namnet og biletet til innehavaren',
    'Passasjerens førerhund og eigen rullestol',
    'Whether the guest has a guide dog',
    'Travels with an assistance dog (yes/no)',
  ])('reads «%s» as health', (t) => expect(kinds(t)).toContain('health'));
  it.each([
    'Ønske om rom tilpasset rullestol',
    'Wheelchair-accessible entrance requested (yes/no)',
    'Tilrettelegging på arbeidsplassen, for eksempel hev-senk-pult',
    'Universell utforming av nettsiden',
    'Bookings for the accessible room',
    'Om besøkende ønsker å låne rullestol ved inngangen',
    'Special assistance for unaccompanied minors',
    'Blind test results of the product panel',
    'Synspunkter på tjenesten og forslag til forbedringer',
    'Mobility budget and company car choice',
    'Hund i leiligheten (ja/nei)',
    "Dog walker's name and phone number",
    'Hearing date and the outcome of the disciplinary hearing',
    'Disabled accounts and the date the account was disabled',
    'Synlig merking av bagasjen',
    'Rørsleplan og mobilitetstilbod for tilsette',
    'Tilbakemeldinger om tilgjengelighet for synshemmede på nettsiden',
    'Feedback on how accessible the venue is for wheelchair users',
    'Påmelding til kurs for hørselshemmede foreldre (namn og e-post)',
    // N's review (session 15): a policy, a welcome, a course, products for sale.
    'Førerhund er tillatt i alle butikkene våre',
    'Guide dogs welcome. Visitor name and e-mail for the booking',
    'Kurs i bruk av rullestol for ansatte i hjemmetjenesten: navn og avdeling',
    'Leverandørens produkter: rullestoler, høreapparater og rullatorer i nettbutikken',
    'Butikken har høreapparater på lager',
  ])('reveals nothing in «%s»', (t) => expect(revealsIn(t)).toEqual([]));
  it.each([
    'Lokalene er tilpasset rullestolbrukere, og førerhunder er velkomne.',
    'The library has an induction loop for the hard of hearing and lends hearing aids batteries.',
    'Skulen har teleslynge i alle klasserom for hørselshemma elevar.',
    'Our website meets WCAG 2.1 so that visually impaired users can read it.',
    'Forbundet gir medlemmer med nedsatt syn medlemsbladet som lydfil.',
    'Sjukehuset har parkeringsplassar for rørslehemma ved hovudinngangen.',
  ])('does not read the activity text «%s»', (t) => expect(revealsIn(t, true)).toEqual([]));
});

// Allergy and intolerance words about food, menus, products, labels and articles, not a person (N, session 16: 7 of 12
// lawful texts fired); a person's allergy stays read.
describe('allergies on menus and products (N, session 16)', () => {
  it.each([
    'Navn, telefon, antall personer og tidspunkt. Allergimerking av rettene følger matinformasjonsforskriften.',
    'Hotellet serverer allergivenleg mat; menyen er merka med allergen.',
    'Name, address and products ordered (including gluten-free and allergy-friendly products).',
    'Allergy information on our menu is available from the staff.',
    'The school sends parents information about the canteen, including allergy information for each dish.',
    'Museumskafeen har allergivennlige retter og allergiinformasjon på alle produktene.',
    'Bakeriet sender nyhetsbrev med oppskrifter og informasjon om laktoseintoleranse og cøliaki til abonnentene.',
    'Hotellet publiserer artiklar om matallergi og oppskrifter for glutenfri baking på nettstaden.',
  ])('reveals nothing in «%s»', (t) => {
    expect(revealsIn(t)).toEqual([]);
    expect(revealsIn(t, true)).toEqual([]);
  });
  it.each([
    'Barnets allergier og intoleranser, for eksempel cøliaki.',
    "The guest's allergy information on the booking is passed to the kitchen.",
    'Name and allergy information for the booking.',
    'Informasjon om eventuelle allergiar og intoleransar hos barnet.',
    'Vi sender informasjon om allergier til kjøkkenet før arrangementet, slik at menyen kan tilpasses.',
    'Barnehagen lager allergivennlig meny til barn med allergi.',
    'We keep allergy information for each pupil so the canteen can serve a safe meal.',
    'Kantina får melding om tilsette med cøliaki eller laktoseintoleranse.',
  ])('reads «%s» as health', (t) => expect(kinds(t)).toContain('health'));
});

// F, session 16: orientation named by people's words or the genders a person is interested in, HIV status and drug use,
// a person convicted, a faith in a category's words (variants-dating DT03, DT04, DT55, DT63), and the lawful wordings
// of other bodies tried against each (nb, nn, en).
describe('orientation, HIV and drug use, convictions and faith (F, session 16)', () => {
  const kindsIn = (t: string, kind: Revealed, aims = true): boolean => revealsIn(t, aims).some((r) => r.kind === kind);
  it.each([
    ['show personalised ads targeted on age bracket, city and the genders the member is interested in', 'sex-life-or-sexual-orientation'] as const,
    ['so that gay and bisexual members see Pride and community offers', 'sex-life-or-sexual-orientation'] as const,
    ['Appen viser profiler ut fra hvilket kjønn brukeren er interessert i.', 'sex-life-or-sexual-orientation'] as const,
    ['Samtalegruppe for homofile og bifile menn i menigheten.', 'sex-life-or-sexual-orientation'] as const,
    ['Medlemmene oppgir om de er interessert i menn, kvinner eller begge.', 'sex-life-or-sexual-orientation'] as const,
    ['scan messages for words about HIV status, PrEP, chemsex and drug use', 'health'] as const,
    ['Vi registrerer om deltakaren lever med hiv, for å tilpasse oppfølginga.', 'health'] as const,
    // «living» was left out of the words' lookahead guard in session 17 (7936bb43) and so never read (P1, session 18).
    ['We record whether the member is living with HIV, to adapt the follow-up.', 'health'] as const,
    ['Klinikken fører journal over rusbruk hos brukarane.', 'health'] as const,
    ['When a member tells us they have been convicted of an offence against another member, the agent notes it.', 'criminal-offence'] as const,
    ['Søkere som er dømt for vold avvises.', 'criminal-offence'] as const,
  ])('reads «%s» as %s', (t, kind) => expect(kindsIn(t, kind)).toBe(true));
  it.each([
    ['About me, prompts and answers (including the «My faith» prompt)', 'religious-or-philosophical-beliefs'] as const,
    ['Trosretning og ønske om seremoni', 'religious-or-philosophical-beliefs'] as const,
  ])('reads the category words «%s» as %s', (t, kind) => expect(kindsIn(t, kind, false)).toBe(true));
  it.each([
    ['Kommunen arrangerer Pride-parade og informasjonsstand i juni.', 'sex-life-or-sexual-orientation'] as const,
    ['Vi holder kurs om skeiv ungdom for lærere og helsesykepleiere.', 'sex-life-or-sexual-orientation'] as const,
    ['Skeiv Ungdom får tilskudd fra kommunen til sommerleiren.', 'sex-life-or-sexual-orientation'] as const,
    ['An exhibition about gay and lesbian people in Oslo in the 1950s.', 'sex-life-or-sexual-orientation'] as const,
    ['The library has a shelf of books for lesbian and gay readers and a Pride display in June.', 'sex-life-or-sexual-orientation'] as const,
    ['Statistics on which genders are interested in our courses, without names.', 'sex-life-or-sexual-orientation'] as const,
    ['Museet viser filmar om skeive par gjennom hundre år.', 'sex-life-or-sexual-orientation'] as const,
    ['Members choose whether they are interested in running, cycling or both.', 'sex-life-or-sexual-orientation'] as const,
    ['Newsletter to people interested in women’s and men’s football.', 'sex-life-or-sexual-orientation'] as const,
    ['Kampanje mot rusbruk blant ungdom, med plakater og foredrag.', 'health'] as const,
    ['Kurs om hiv-status og stigma for ansatte i hjemmetjenesten.', 'health'] as const,
    ['The staff handbook sets out our policy on drug use at work.', 'health'] as const,
    ['Politiet fører statistikk over narkotikabruk i bydelen, uten navn.', 'health'] as const,
    ['We refer members to testing services for HIV and other infections.', 'health'] as const,
    ['Prosjektet var dømt til å feile uten finansiering.', 'criminal-offence'] as const,
    ['The charity runs a course about life after being convicted, open to anyone.', 'criminal-offence'] as const,
    ['We do not ask whether applicants have been convicted of any offence.', 'criminal-offence'] as const,
  ])('does not read «%s» as %s', (t, kind) => expect(kindsIn(t, kind)).toBe(false));
  it.each([
    'Donations to faith-based organisations listed by name of the organisation',
    'Statement that the buyer acted in good faith',
    'Organisation number of the faith community receiving the grant',
  ])('does not read the category words «%s» as a belief', (t) => expect(kindsIn(t, 'religious-or-philosophical-beliefs', false)).toBe(false));
});

// B9's clean base (variants-bildeling, session 16): a device's or browser's fingerprint is no biometric data.
describe('a device fingerprint (F, session 16)', () => {
  it.each([
    'Device fingerprint, IP address and app version',
    'Browser fingerprint used to detect fraud',
    'Enhetens digitale fingeravtrykk og IP-adresse',
    'Fingeravtrykk av mobilen din',
    'Fingerprint of your device',
    'Teknisk fingeravtrykk av nettlesaren',
  ])('«%s» reveals no biometric data', (t) => expect(kinds(t)).not.toContain('biometric'));
  it.each(['Fingerprints for the time clock', 'Fingeravtrykk og ansiktsbilde i passet', 'Fingerprints of the employee for the time clock'])(
    '«%s» is biometric',
    (t) => expect(kinds(t)).toContain('biometric'),
  );
});

// P2's plain defect (session 14): a breath test whose result is kept is health data; one not kept, sold, or taught is not.
describe('a breath test (F, session 16)', () => {
  it.each([
    'Vektarene tar utåndingsprøve av gjester som virker beruset, og resultatet lagres i hendelsesloggen.',
    'Breath test results of drivers are stored for 30 days.',
    'Resultat av utåndingsprøve og tidspunkt',
  ])('«%s» is health data', (t) => expect(revealsIn(t, true).map((r) => r.kind)).toContain('health'));
  it.each([
    'Sjåførene tar utåndingsprøve i alkolåsen før kjøring; resultatet lagres ikke.',
    'Kurs i bruk av alkometer for ansatte på utestedet.',
    'We sell breathalysers in our shops.',
    'Informasjon om promilletest og trafikksikkerhet til elevene.',
    'The police carry out breath tests at roadside checks; we do not receive the results.',
  ])('«%s» is not', (t) => expect(revealsIn(t, true).map((r) => r.kind)).not.toContain('health'));
});

// N's review of ebb73748 (session 16): statistics, teaching, research and a community's denomination are no person's record.
describe('topics, statistics and communities (N’s review, F, session 16)', () => {
  it.each([
    ['Statistics on how many people are convicted of drink-driving each year', true],
    ['Lærerne underviser om rettssaker der noen er dømt for hatkriminalitet', true],
    ['Research on drug use in prisons, reported as aggregated figures only', true],
    ['Tilskuddsmottakere: navn, organisasjonsnummer og trosretning for trossamfunnet', false],
    ['Kursplan for KRLE: tema om trosretninger i verda', false],
    ['Seremonirom som kan brukes av alle trosretninger: bookinger med navn', false],
  ] as const)('«%s» reveals nothing', (t, aims) => expect(revealsIn(t, aims)).toEqual([]));
});

// F, session 17: injuries to people and whether they needed a doctor (variants-bildeling BD20), and their look-alikes.
describe('injuries to people (F, session 17)', () => {
  const must: string[] = [
    'Members report damage and collisions in the app, with photos and, after a collision, the joint collision form and a description of any injuries to the driver and passengers and whether they needed a doctor or an emergency room.', // set: bildeling BD20
    'Skademeldinga skal seie om nokon vart skadde og om dei trong legehjelp.',
    'Rapporten beskriver personskader og om eleven måtte til legevakten.',
    'Ved uhell noterer vi skader på føreren og passasjerene.',
    'The incident form records injuries to participants and whether they were taken to hospital.',
    'Treneren skriv ned skadar på spelarane og om dei fekk legebehandling.',
  ];
  it.each(must)('%s → health', (text) => {
    expect(kinds(text)).toContain('health');
  });
  const mustNot: string[] = [
    'Photos of damage to the car and the joint collision form.',
    'All staff take a first aid course on injuries to children and when to call a doctor.',
    'Vi fører statistikk over personskader i trafikken uten navn.',
    'We offer personskadeforsikring through our partner.',
    'Skader på bilen meldes i appen.',
    'Vi trenger lege til legevakta fra januar.',
    'The course covers injuries to players and whether they need a doctor.',
    'Injuries to the vehicle are repaired by our workshop.',
    'Damage to the bikes and the stations is logged.',
    'Forsikringen dekker skader på passasjerer.',
    'beregne premie og premiereserve for pensjonsproduktene og pensjonsordningene, og for gruppeliv og personskade',
    // N's review of F, session 17: the person in the genitive before a thing.
    'Skader på sjåførens bil registreres med bilde.',
    'Skader på førerens kjøretøy etter kollisjon, med førerens navn.',
    'Injuries to the driver’s car are photographed.',
    'Skadar på deltakarane sitt utstyr.',
  ];
  it.each(mustNot)('%s', (text) => {
    expect(revealsIn(text)).toEqual([]);
  });
});

describe('a course or published information about a subject (N, session 17)', () => {
  it.each([
    'Kurs om seksuell orientering og kjønnsidentitet for lærere: navn og skole',
    'Informasjon om rusmiddelbruk og helse på nettsida',
    'Undervisning i seksuell orientering og kjønnsmangfold i 9. klasse: elevenes navn',
    'Training on sexual orientation and gender identity for staff: name and department',
    'Foredrag om rusmiddelbruk blant ungdom: påmeldte med navn og e-post',
    'Kurs om psykisk helse for tilsette: namn og arbeidsstad',
    "Workshop about sex life and ageing for the library's readers: name and e-mail",
    'Opplæring i rusmiddelbruk og førstehjelp for vekterne: navn og sertifikat',
    'Kampanje om seksuell orientering i skolen: antall deltakere',
    'Seminar om kjønn og seksuell orientering for tilsette',
    // A decimal is no clause's end (facts.ts STOP_NOT_DECIMAL): the negation before it holds after it.
    'Vi registrerer ikke 1.5 dagers sykefravær for vikarer',
    'We do not record the 2.5 days of sick leave a temp may take',
    // A count or statistics of work injuries: figures, unless per person.
    'We count the number of work injuries per year, as anonymous statistics',
    'Antall arbeidsskader i året rapporteres til styret',
    'Statistikk over yrkesskadar i kommunen',
    'The number of workplace injuries this quarter, for the safety committee',
    'Talet på arbeidsskadar per avdeling',
    'Counts of injuries at work by site',
  ])('%s reveals nothing', (text) => {
    expect(kinds(text)).toEqual([]);
  });
  it.each([
    ['Deltakernes seksuelle orientering', 'sex-life-or-sexual-orientation'],
    ['Kurs i førstehjelp, og vi registrerer deltakernes seksuelle orientering', 'sex-life-or-sexual-orientation'],
    ['Informasjon om seksuell orientering, registrert i journalen', 'sex-life-or-sexual-orientation'],
    ['Opplysninger om rusmiddelbruk fra fastlegen', 'health'],
    ['Informasjon om brukerens rusmiddelbruk', 'health'],
    ['Informasjon om rusmiddelbruk fra fastlegen', 'health'],
    ['Kurs om rusmiddelbruk: deltakerne oppgir egen rusmiddelbruk', 'health'],
    ['Registrere arbeidsskader for hver ansatt', 'health'],
    ['Antall arbeidsskader for hver ansatt', 'health'],
    ['The number of work injuries per employee', 'health'],
    ['Melding om yrkesskade til NAV', 'health'],
  ] as [string, Revealed][])('%s → %s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });
});

// C, session 18: a person recorded with a symptom, a drug problem, a mental illness or activity in a political party; a
// diet named by what is not eaten; people caught in an offence recorded. And the lawful wordings of N2's review of session
// 17 that must stay silent (a body promoting mental health, a service or topic, an aim's reach, a course, a sign).
describe('a person recorded with a condition, an offence or a party (C, session 18)', () => {
  it.each([
    ['I næringsmiddelverksemder noterer vi namnet på tilsette som har hatt diaré eller oppkast den siste veka, og om dei har vore i arbeid.', 'health'], // set: mattilsyn MT52
    [
      'halde oversikt over dyrehald for å førebyggje og slå ned smittsame dyresjukdomar og planleggje tilsyn, og merke dyrehaldarar som har rusproblem eller psykiske lidingar når kommunen melder frå om det',
      'health',
    ], // set: mattilsyn MT53
    ['Vi registrerer elevar som har feber', 'health'],
    ['We record which employees have had vomiting or diarrhoea in the last week', 'health'],
    ['The inspector notes whether the staff have had a stomach bug', 'health'],
    ['Vi fører opp ansatte som har vært syke den siste uka', 'health'],
    ['We keep a list of tenants who have drug or alcohol problems', 'health'],
    ['For habilitetsvurderinger registrerer vi også hvilke ansatte som er aktive i et politisk parti.', 'political-opinions'], // set: spill SP70
    ['Om søkjaren er aktiv i eit politisk parti', 'political-opinions'],
    ['To prevent theft, we keep a register of customers who were caught shoplifting', 'criminal-offence'],
    ['Vi registrerer personar som er tekne i å stele frå butikken', 'criminal-offence'],
    // NF, session 18: the defect wordings the narrowing below keeps.
    ['Vi registrerer hvilke ansatte som har feber', 'health'],
    ['Vi noterer kven som har hatt oppkast', 'health'],
    ['We keep a list of guests who are ill', 'health'],
    ['We record employees who have been caught stealing', 'criminal-offence'],
  ] as [string, Revealed][])('%s → %s', (text, kind) => {
    expect(revealsIn(text, true).map((r) => r.kind)).toContain(kind);
  });
  it('reads a halal diet beside «ikke svinekjøtt» in a category (set: barnehage BH14)', () => {
    expect(kinds('Kostholdsbehov ut fra familiens tro, for eksempel halal eller ikke svinekjøtt')).toEqual(['religious-or-philosophical-beliefs']);
  });
  it.each([
    'Vi arbeider for å fremje den psykiske helsa til elevane',
    'Tiltaket skal styrke den psykiske helsen blant ansatte',
    'Rusproblem er tema på foreldremøtet',
    'Kommunen tilbyr råd til familiar med rusproblem',
    'For å førebyggje sjukdom hos dyr, og vi gir råd om fôring og psykisk helse',
    'Alle som blir tatt i å stjele, blir anmeldt',
    'Statistics on shoplifting in our stores',
    'A course about shoplifting for shop staff',
    'Kurs over to dagar om psykisk helse for tilsette',
    'Barnehagen sender heim born som har feber; vi registrerer ikkje dette',
    'Barnehagen sender heim born som har feber',
    'Vi registrerer ikkje tilsette som har hatt diaré',
    'We do not record which employees have had diarrhoea',
    'Vi registrerer dyr som har hatt diaré den siste veka',
    'We record cows that have had diarrhoea or fever in the herd book',
    'Tilsette som har hatt diaré eller oppkast skal ikkje arbeide med mat før det har gått 48 timar',
    'Staff who have had vomiting or diarrhoea must stay at home for 48 hours; we keep no record of it',
    'Vi registrerer klagar på mat som har gitt diaré',
    'Vi registrerer deltakarar som har meldt seg på kurset om psykiske lidingar',
    'Kommunen har ansvar for tenester til personar som har rusproblem',
    'The municipality offers help to people who have drug problems',
    'Hjelpelinja gir råd til pårørande av personar som har psykiske lidingar',
    'Vi merker at mange tilsette som har rusproblem, ikkje søkjer hjelp',
    'Vi har ei oversikt over tenestetilbod for personar som har rusproblem',
    'For å førebyggje rusproblem blant ungdom, og for å gi råd til foreldre',
    'Skilt ved porten: Alle som blir tatt i å stjele kobber, blir politianmeldt',
    'We keep a list of sites where copper has been stolen',
    'Vi fører ei liste over anlegg som har hatt innbrot',
    'Statistikk over kor mange som blir tatt for å stjele kobber',
    'Kurs for ansatte som er aktive i et politisk parti',
    'The guide explains how to become active in a political party',
    'Vi registrerer ikke om ansatte er aktive i et politisk parti',
    'Stortinget har representanter som er aktive i et parti',
    'Vi registrerer fravær for elever som er syke',
    'Vi noterer om nokon av dei tilsette har hatt oppkast, utan å skrive namn',
    'Vi registrerer hvilke kyr som er sjuke',
    'Vi registrerer tilsette som er sjukepleiarar',
    'We log which servers are ill-configured',
    'Vi registrerer kva for lag som har eit rusproblem i medlemsmassen',
    // N2a's review of C (session 18) and NF's kin: «ill» before an adjective, a first-aid course or exercise, another clause
    // between the recording and the ill people (the recorded do something else), people who caught a thief.
    'The service desk records whether users are ill at ease with the new system in the satisfaction survey.',
    'We note which participants were ill prepared for the exam so that we can offer extra lessons.',
    'We note which pupils were ill equipped for the hike so that we can lend them boots.',
    'We note which members were ill informed about the rules.',
    'Førstehjelpskurset lærer deltakerne å registrere pasienter som har feber i triageskjemaet på øvelsen.',
    'Vi registrerer hvem som melder seg på temakvelden om personer som har rusproblemer.',
    'We record which stewards look after guests who are ill during the event.',
    'We log which volunteers care for residents who are sick during the night shift.',
    'Vi noterer hvilke ansatte som hjelper gjester som er syke på reisen.',
    'We record who signs up for the talk about people who have drug problems.',
    'Vi registrerer kven som køyrer born som er sjuke heim frå barnehagen.',
    'Vi registrerer hvem som deltar på kurset om barn som har feber.',
    'We record employees who caught someone stealing, so that they can be thanked at the staff meeting.',
    'We log guards who caught someone trespassing at the site, to plan their bonuses.',
    'Kommunen registrerer kor mange innbyggjarar som har feber i influensasesongen, som anonym statistikk',
    'We record how many employees have had a stomach bug this winter, without names',
  ])('%s reveals nothing in an activity text', (text) => {
    expect(revealsIn(text, true)).toEqual([]);
  });
});

// X1, session 19 (N2a's review of session 18: c-h08, c-h10, c-h13, c-h23; the brief's drill): a condition as the theme
// of a meeting, a talk, a helpline or what an activity promotes, and a recording after an exercise's heading and colon,
// reveal no one's health; the same words recording real people still do.
describe('a theme, a talk, a helpline, a promotion or an exercise heading (X1, session 19)', () => {
  it.each([
    'Rusproblem og psykiske lidingar er tema på foreldremøtet i haust; vi registrerer berre kven som kjem.',
    'Psykiske lidelser er tema på personalmøtet; vi fører bare oppmøteliste.',
    'Angst og depresjon er temaet for kvelden, og vi registrerer hvem som melder seg på.',
    "Mental illness is the topic of this year's staff seminar; we record who attends.",
    'We record attendance at the lecture on people who have mental illness.',
    'Vi registrerer kven som kjem på foredraget om personar som har rusproblem.',
    'We run a helpline for people with mental illness, where callers are anonymous.',
    'We offer a helpline for people with mental illness, and we log the calls without names.',
    'To promote the mental health of pupils through outdoor activities, we record who takes part in each trip.',
    'To prevent mental illness among staff, we offer courses and record who signs up.',
    'Foredrag om psykisk helse for ansatte; vi registrerer hvem som deltar.',
    'We publish statistics on mental illness among young people, without names.',
    'A campaign on mental health at work; we record which departments take part.',
    'Øvelse: deltakarane registrerer pasientar som har feber.',
    'Øving: deltakarane registrerer pasientar som har feber i triageskjemaet.',
    'Drill: the first-aid team records casualties who are ill or injured on the exercise card.',
    'Beredskapsøvelse: vaktene noterer personer som har feber i loggen.',
    'Simulation exercise: trainees log patients who have a fever.',
    'Rollespill: studentene skriver ned hvilke pasienter som har diaré.',
    'Kommunen arrangerer temakveld om rus og psykisk helse; vi fører oppmøteliste.',
    'We keep a list of staff who have completed mental health first aid training.',
    'Verdensdagen for psykisk helse: vi registrerer hvem som melder seg på frokostseminaret.',
    'Elevrådet har psykiske plager blant unge som tema for året, og vi fører referat fra møtene.',
    'Foreldremøtet har angst hos barn som tema; vi registrerer berre namna på dei som kjem.',
    "The staff handbook has a policy on mental illness at work; no one's health is recorded.",
    'Information about mental illness and where to get help is published on our website.',
    'Øvelse med markører: vi noterer hvilke markører som spiller at de har brukket beinet.',
    'Skuleøving: elevane skriv ned kva for figurantar som har feber i rollespelet.',
    'Forelesning om sjukdom og helse i eldre tid; vi registrerer oppmøte.',
    'Kurs om sykmelding og oppfølging for ledere; vi registrerer hvem som deltar.',
    'Fire drill: wardens note which employees are ill or absent on the drill sheet.',
    'Helpline for young people with mental illness; the service is anonymous and no calls are logged.',
    'Our campaign promotes mental health in the workplace; we keep a list of the companies that join.',
  ])('%s reveals nothing in an activity text', (text) => {
    expect(revealsIn(text, true)).toEqual([]);
  });
  it.each([
    ['Vi registrerer tilsette som har psykiske lidingar.', 'health'],
    ['We record employees who have mental illness.', 'health'],
    ['We record the mental health of each pupil.', 'health'],
    ['Førstehjelp: vi registrerer pasientar som har feber.', 'health'],
    ['Utøving av tilsyn: vi registrerer dyrehaldarar som har psykiske lidingar.', 'health'],
    ['We keep a list of callers who have a mental illness.', 'health'],
    ['We record illness absence for each employee.', 'health'],
    ['Vi noterer namnet på tilsette som har hatt diaré eller oppkast.', 'health'],
    // A colon after words that are no exercise's heading alone.
    ['Vi har en øvelse hvert år: vi registrerer ansatte som er syke den dagen.', 'health'],
    ['Øvelse og beredskap: vi registrerer ansatte som er syke.', 'health'],
    ['Vi registrerer sykmeldinger for hver ansatt.', 'health'],
    ['Sjukdom hos tilsette blir registrert i personalsystemet.', 'health'],
    // A helpline or seminar that records or asks about the person's own illness (N3's review, session 19).
    ["We run a helpline; the helpline records callers' names and their mental illness history.", 'health'],
    ['We hold a seminar; seminar participants are asked to state whether they have a mental illness, so that we can adapt the seminar.', 'health'],
  ] as [string, Revealed][])('%s → %s', (text, kind) => {
    expect(revealsIn(text, true).map((r) => r.kind)).toContain(kind);
  });
});
