import { describe, expect, it } from 'vitest';
import { ruleMatrix } from '../helpers/rule-matrix.js';

/**
 * Issue #12 (session 33, R13): the special-category (GDPR Art. 9(1)) and criminal-offence (Art. 10) readings as a MATRIX —
 * the words a dictionary and the law give for each kind (helseopplysninger, diagnose, sykmelding, legeerklæring, religion,
 * livssyn, trussamfunn, fagforeningsmedlemskap, etnisk opphav, seksuell orientering, fingeravtrykk, ansiktsgjenkjenning;
 * straffedom, lovbrudd, politiattest, bøter, siktelse), bokmål, nynorsk and English, in the shapes writers use (active,
 * passive «blir/vert/-es», a fronted object, a form that asks, an indirect question «ber om å få vite hvilke …», «we ask
 * which …», «opplysninger om X», an adjective). Beside them the SILENCE cells: a negation, a statistic or anonymised figure,
 * a place or a party whose name holds the word (helsestasjonen, Helsetilsynet, politiet), a company not a person, the past,
 * a hypothetical, a question to the reader, a topic. Sentences written for this matrix (a private gym chain, Nordvik
 * Treningssenter AS), none from a test set. Each is the only description of an activity with no category, no Art. 9(2)
 * condition and no Art. 10 basis.
 */
const special = ruleMatrix('special-category-condition', {
  org: 'Nordvik Treningssenter AS',
  language: 'nb',
  title: 'Medlemmer og ansatte',
  purpose: 'administrere medlemskap og personale',
  publicAuthority: false,
});

type Kind = 'special' | 'criminal';
/** [kind, word, shape, sentence]: each must be read as that kind of data about a person. */
export const reads: readonly (readonly [Kind, string, string, string])[] = [
  // Health
  ['special', 'diagnose', 'active nb', 'Vi registrerer diagnosen til hver ansatt som er sykmeldt.'],
  ['special', 'helseopplysninger', 'active nb', 'Vi lagrer helseopplysninger om medlemmene i treningsprogrammet.'],
  ['special', 'sjukmelding', 'passive nn vert', 'Sjukmeldingane til dei tilsette vert lagra i personalmappa.'],
  ['special', 'legeerklæring', 'passive nb -es', 'Legeerklæringer fra de ansatte lagres i personalmappen.'],
  ['special', 'diagnose', 'fronted V2 nb', 'Diagnosen til medlemmet noterer vi i treningsprogrammet.'],
  ['special', 'helsetilstand', 'form nn', 'Innmeldingsskjemaet spør om helsetilstanden til medlemmet.'],
  ['special', 'sykdom', 'indirect question nb', 'Vi ber om å få vite hvilke sykdommer medlemmet har.'],
  ['special', 'sjukdom', 'indirect question nn', 'Ved innmelding spør vi kva sjukdomar medlemmet har.'],
  ['special', 'diagnosis', 'active en', 'We record the diagnosis of each employee on sick leave.'],
  ['special', 'medical certificate', 'passive en', 'Medical certificates from employees are stored in the personnel file.'],
  ['special', 'illness', 'indirect question en', 'The sign-up form asks which illnesses the member has.'],
  ['special', 'health', 'phrasal en', 'We ask members about their state of health before the first session.'],
  ['special', 'opplysninger om helse', 'opplysninger om nb', 'Opplysninger om helse lagres i medlemsprofilen.'],
  ['special', 'injuries', 'passive en', 'Injuries that members suffer in the gym are logged by the instructor.'],
  // Religion and beliefs
  ['special', 'trossamfunn', 'indirect question nb', 'Vi registrerer hvilket trossamfunn hver ansatt tilhører.'],
  ['special', 'religion', 'indirect question nb', 'Vi ber om å få vite hvilken religion medlemmet har.'],
  ['special', 'livssyn', 'indirect question nn', 'I skjemaet spør vi kva livssyn den tilsette har.'],
  ['special', 'religiøs tilhørighet', 'adjective passive nb', 'Religiøs tilhørighet registreres for hvert medlem.'],
  ['special', 'religion', 'indirect question en', 'We ask which religion each member belongs to.'],
  ['special', 'religious beliefs', 'form en', "The application form asks about the applicant's religious beliefs."],
  ['special', 'livssyn', 'opplysninger om nb', 'Opplysninger om livssyn lagres i medlemsprofilen.'],
  // Trade union
  ['special', 'fagforeningsmedlemskap', 'active nb', 'Vi registrerer fagforeningsmedlemskap for hver ansatt.'],
  ['special', 'fagforeining', 'fronted indirect nn', 'Kva fagforeining den tilsette er medlem av, vert registrert i lønssystemet.'],
  ['special', 'trade union', 'indirect question en', 'We record which trade union each employee belongs to.'],
  ['special', 'fagorganisert', 'form nb', 'Ansettelsesskjemaet spør om den ansatte er fagorganisert.'],
  // Ethnic origin
  ['special', 'etnisk bakgrunn', 'active nb', 'Vi registrerer etnisk bakgrunn for hver deltaker på kurset.'],
  ['special', 'etnisk opphav', 'passive nn vert', 'Etnisk opphav vert registrert for kvar deltakar.'],
  ['special', 'ethnic origin', 'form en', "The form asks about the participant's ethnic origin."],
  ['special', 'ethnic group', 'indirect question en', 'We ask which ethnic group each participant belongs to.'],
  // Sexual orientation
  ['special', 'seksuell orientering', 'active nb', 'Vi registrerer seksuell orientering i medlemsprofilen.'],
  ['special', 'sexual orientation', 'passive en', "Members' sexual orientation is stored in their profile."],
  ['special', 'seksuell legning', 'form nb', 'Profilskjemaet spør om seksuell legning.'],
  // Biometrics
  ['special', 'fingeravtrykk', 'active nb', 'Vi lagrer fingeravtrykk av de ansatte for adgangskontroll.'],
  ['special', 'fingerprints', 'passive en', "Employees' fingerprints are stored for the time clock."],
  ['special', 'ansiktsgjenkjenning', 'passive nb -es', 'Ansiktsgjenkjenning brukes ved inngangen for å identifisere medlemmene.'],
  ['special', 'facial recognition', 'active en', 'We use facial recognition at the entrance to identify members.'],
  // Criminal offences and convictions
  ['criminal', 'straffedømt', 'whether nb', 'Vi registrerer om søkeren er straffedømt.'],
  ['criminal', 'politiattest', 'active nb', 'Vi lagrer politiattest for hver ansatt som trener barn.'],
  ['criminal', 'politiattest', 'passive nn vert', 'Politiattesten til kvar tilsett vert lagra i personalmappa.'],
  ['criminal', 'police certificate', 'active en', "We keep a copy of each coach's police certificate."],
  ['criminal', 'convictions', 'whether en', 'We record whether applicants have previous convictions.'],
  ['criminal', 'bøter', 'form nb', 'Søknadsskjemaet spør om søkeren har fått bøter eller dommer for vold.'],
  ['criminal', 'charged', 'form en', 'The form asks whether the applicant has been charged with an offence.'],
  ['criminal', 'lovbrudd', 'opplysninger om nb', 'Opplysninger om lovbrudd medlemmet har begått, lagres i medlemsmappen.'],
  ['criminal', 'siktelse', 'active nb', 'Vi registrerer siktelser mot ansatte.'],
  ['criminal', 'dømd', 'whether nn', 'Vi noterer om søkjaren er dømd for vald.'],
  ['criminal', 'suspected', 'participle en', 'We record the names of members suspected of theft from the lockers.'],
  ['criminal', 'mistenkt', 'participle nb', 'Vi registrerer navn på personer som er mistenkt for tyveri i garderoben.'],
  // Second round: more shapes and the other language of each reading
  ['special', 'kyrkjelyd', 'indirect question nn', 'Søknadsskjemaet spør kva kyrkjelyd søkjaren høyrer til.'],
  ['special', 'church', 'indirect question en', 'We record which church each applicant belongs to.'],
  ['special', 'menighet', 'fronted indirect nb', 'Hvilken menighet den ansatte hører til, registreres i personalsystemet.'],
  ['special', 'helsa', 'ask about own nn', 'Før første time spør vi om helsa deira.'],
  ['special', 'health status', 'possessive en', "The instructor notes each member's health status."],
  ['special', 'information about health', 'active en', 'We store information about health in the member profile.'],
  ['special', 'injuries', 'relative passive en', 'Injuries that staff sustain at work are recorded in the safety log.'],
  ['special', 'allergi', 'active nb', 'Vi registrerer allergier hos barna på svømmekurset.'],
  ['special', 'gravid', 'whether nn', 'Vi noterer om deltakaren er gravid.'],
  ['special', 'sykefravær', 'passive nb -es', 'Sykefraværet til hver ansatt registreres i lønnssystemet.'],
  ['special', 'legning', 'active nn', 'Vi registrerer den seksuelle legninga til medlemmene.'],
  ['special', 'ethnicity', 'active en', 'We record the ethnicity of each participant.'],
  ['special', 'etnisitet', 'form nb', 'Skjemaet spør om deltakerens etnisitet.'],
  ['criminal', 'bot', 'whether nn', 'Vi noterer om søkjaren har fått bot for promillekøyring.'],
  ['criminal', 'fined', 'whether en', 'We record whether the driver has been fined by the police.'],
  ['criminal', 'criminal record', 'form en', "The form asks about the applicant's criminal record."],
  ['criminal', 'straffedommer', 'opplysninger om nb', 'Vi lagrer opplysninger om straffedommer for hver søker.'],
  ['criminal', 'criminal offences', 'information about en', 'We store information about criminal offences committed by members.'],
  ['criminal', 'politiattest', 'passive nb -es', 'Politiattester oppbevares i et låst skap.'],
  ['criminal', 'sikta', 'whether nn', 'Vi registrerer om den tilsette er sikta for vald.'],
];

/** [word, sentence]: each must stay silent (the kind it would be read as comes from `reads`' words). */
export const silent: readonly (readonly [Kind, string, string])[] = [
  ['special', 'negation nb', 'Vi spør ikke om helse, og vi registrerer ingen helseopplysninger.'],
  ['special', 'negation en', 'We do not ask about religion.'],
  ['special', 'negation nn', 'Vi registrerer ikkje fagforeiningsmedlemskap.'],
  ['special', 'negated indirect question nb', 'Vi spør ikke om hvilken religion medlemmene har.'],
  ['special', 'negated indirect question en', 'We never ask which trade union an employee belongs to.'],
  ['special', 'statistic nb', 'Vi fører statistikk over antall sykmeldte per avdeling.'],
  ['special', 'statistic en', 'We publish the total number of sick days for the whole company.'],
  ['special', 'place nb', 'Kurset for gravide holdes i lokalene ved helsestasjonen.'],
  ['special', 'party nb', 'Vi svarer på brev fra Statens helsetilsyn.'],
  ['special', 'past nb', 'Tidligere registrerte vi diagnoser, men det har vi sluttet med.'],
  ['special', 'hypothetical nb', 'Hvis vi en dag skulle trenge helseopplysninger, vil vi be om samtykke først.'],
  ['special', 'question to reader nb', 'Har du spørsmål om helse og trening, kan du kontakte oss.'],
  ['special', 'topic nb', 'Vi holder kurs om psykisk helse for ledere.'],
  ['special', 'topic en', 'We sell books about religion in the reception.'],
  ['special', 'a right nb', 'Vi informerer de ansatte om retten til å være fagorganisert.'],
  ['special', 'a building nb', 'Kirken ligger ved siden av treningssenteret.'],
  ['special', 'indirect question, no category en', 'We ask which day suits the member best.'],
  ['special', 'indirect question, no category nb', 'Vi ber om å få vite hvilke dager medlemmet kan komme.'],
  ['special', 'indirect question, no category nn', 'Vi spør kva tid på dagen medlemmet vil trene.'],
  ['criminal', 'negation nb', 'Vi krever ikke politiattest av de ansatte.'],
  ['criminal', 'negation en', 'We do not ask about criminal convictions.'],
  ['criminal', 'recipient nb', 'Hittegods som ikke hentes, leveres til politiet.'],
  ['criminal', 'recipient en', 'The police are called if the fire alarm goes off at night.'],
  ['criminal', 'a company nb', 'Vi sjekker at leverandørselskapet ikke har fått bøter fra Arbeidstilsynet.'],
  ['criminal', 'statistic nb', 'Vi fører statistikk over antall innbrudd i garderobene.'],
  ['criminal', 'hypothetical nb', 'Hvis loven en dag krever politiattest for trenere, vil vi be om den.'],
  ['criminal', 'question to reader en', 'Do you have questions about police certificates? Contact the manager.'],
  ['criminal', 'topic nb', 'Vi holder kurs om forebygging av vold for trenerne.'],
  // Second round
  ['special', 'topic nb', 'Religion er tema på foreldremøtet.'],
  ['special', 'a right en', 'Staff are told about their right to join a trade union.'],
  ['special', 'hypothetical en', 'If we should ever need health data, we will ask for consent first.'],
  ['special', 'health and safety en', 'Information about health and safety is stored on the intranet.'],
  ['special', 'topic on a website nb', 'Informasjon om helse og trening legges ut på nettsiden.'],
  ['special', 'negation nn', 'Vi spør ikkje om helsa deira.'],
  ['special', 'a place en', 'The summer party is held in the church hall.'],
  ['special', 'damage to things nb', 'Skader på utstyret registreres i vedlikeholdsloggen.'],
  ['special', 'an aim en', 'We log the safety checks that prevent injuries.'],
  ['criminal', 'a company nb', 'Leverandøren har fått bøter for brudd på regelverket.'],
  ['criminal', 'a company en', 'The contractor has received a fine from the labour inspectorate.'],
  ['criminal', 'topic nb', 'Trenerne får kurs om lovbrudd mot barn.'],
  ['criminal', 'a company’s cars nb', 'Parkeringsbøter for firmabilene betales av regnskapsavdelingen.'],
  ['criminal', 'hypothetical en', 'If we should ever need a police certificate, we will tell you why.'],
];

/** Cells the readers do not read yet (a miss in `reads`, a false alarm in `silent`): counted in the report, not hidden. */
const NOT_YET = new Set<string>([]);

describe('the special-category and criminal-offence matrix (R13 session 33)', () => {
  const texts = (kind: Kind) =>
    Object.fromEntries([
      ...reads.flatMap(([k, , , t], i) => (k === kind ? [[`r${i}`, t]] : [])),
      ...silent.flatMap(([k, , t], i) => (k === kind ? [[`s${i}`, t]] : [])),
    ]);
  const found = { special: special(texts('special')), criminal: special.with({ rule: 'criminal-data-basis' })(texts('criminal')) };
  const on = (kind: Kind, id: string) => found[kind].filter((f) => f.activity === id).length;
  const cells = reads.map(([k, w, s, t], i) => [`r${i}`, k, w, s, t] as const);
  const quiet = silent.map(([k, s, t], i) => [`s${i}`, k, s, t] as const);
  it.each(cells.filter((c) => !NOT_YET.has(c[4])))('reads %s (%s: %s, %s): %s', (id, kind) => expect(on(kind, id)).toBeGreaterThan(0));
  it.each(quiet.filter((c) => !NOT_YET.has(c[3])))('stays silent on %s (%s, %s): %s', (id, kind) => expect(on(kind, id)).toBe(0));
  it.each([...cells, ...quiet].filter((c) => NOT_YET.has(c[c.length - 1]!)).map((c) => [c[0], c[1]] as const))('not yet right: %s (%s)', (id, kind) =>
    expect(on(kind, id)).toBe(id.startsWith('s') ? 1 : 0),
  );
});
