import { describe } from 'vitest';
import { sentenceRegistry } from '../helpers/sentence-registry.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 47, CO (issue #12): free text read by co-occurrence (src/check/co-occurrence.ts). A disclosure is a verb of
 * movement, a word of personal data and an outside party in a receiver's place, in one sentence, whatever its shape; a
 * staff measure is staff, a record of them and a use of it on them. READ: sentences of the kinds the blind sets missed,
 * in other words (nb, nn, en). SILENT: the lawful kin, each narrowed by the record (the party listed) or the sentence
 * (negation, no personal data, a processor, a practice ended, aggregate figures, snooping).
 */
const registryOf = sentenceRegistry('ropa-s47-co-');

const disclosures = (texts: Record<string, string>) =>
  registryOf(texts, {
    org: 'Nordvik kommune',
    language: 'nb',
    title: 'Oppfølging av elever og brukere',
    purpose: 'følge opp elevene og brukerne',
    rule: 'recipients-stated',
    subjects: ['Elever', 'Brukere'],
    listed: Object.fromEntries(Object.keys(texts).map((id) => [id, 'Skatteetaten'])),
  }).filter((f) => f.messageId.endsWith('described-party-unlisted'));

describe('a disclosure read by co-occurrence, the party not listed (recipients-stated, described-party-unlisted)', () => {
  readsAndSilent(
    disclosures,
    [
      'Fastlegen til eleven får også en kopi av søknaden.',
      'Båtforeningene vi samarbeider med, får medlemslister for sitt område.',
      'Søknadene oversendes et eksternt rådgivningsselskap, som gir sin vurdering.',
      'Our partner dealers can also download the members’ e-mail addresses from the portal.',
    ],
    [
      'Skatteetaten får navn og inntekt for hver bruker.',
      'Fastlegen får ikke kopi av journalnotatet.',
      'We have stopped sending the customer list to the bank.',
      'The list of available appointments is sent to the booking company.',
      'Records are sent to the software company that hosts our journal system for us.',
      'Parents receive a copy of their child’s medical certificate.',
      'A report of how many checks were made is sent to the insurer.',
      'Vi får opplysninger om elevene fra skolen.',
    ],
  );
});

const staff = (texts: Record<string, string>) =>
  registryOf(texts, {
    org: 'Fjordbuss AS',
    language: 'nb',
    title: 'Personaladministrasjon',
    purpose: 'administrere de ansatte',
    rule: 'employee-control',
    subjects: ['Ansatte'],
    employees: true,
    publicAuthority: false,
    // The older reader's finding counts too: where it speaks (r2, since FX's session-47 merge) the co-occurrence reader
    // stays quiet on the activity, and the silent cells are silent under both.
  }).filter((f) => f.messageId.endsWith('described-staff-measured') || f.messageId.endsWith('described-control-measure'));

describe('staff measured by a record, read by co-occurrence (employee-control, described-staff-measured)', () => {
  readsAndSilent(
    staff,
    [
      'Innloggingene i kassesystemet går daglig leder gjennom hver måned for å se hvor lenge hver enkelt har jobbet.',
      'Opptaka frå kaia blir også brukte til å sjå kor raskt mannskapet er om bord.',
      'Each month the manager sets every driver’s clocked hours against the timetable and takes the slowest up in a one-to-one talk.',
      'IT sender lederne en oversikt over hvor lenge hver medarbeider har vært pålogget.',
    ],
    [
      'Loggen viser hvilke ansatte som har åpnet journalen, og gås gjennom for å se om noen har snoket.',
      'Kameraene filmer ikke de ansatte, og opptakene brukes ikke til å se hvor lenge noen jobber.',
      'Salgsdata fra kassene brukes til å se hvor mange varer som selges totalt.',
    ],
  );
});

const sources = (texts: Record<string, string>) =>
  registryOf(texts, {
    org: 'Fjordbuss AS',
    language: 'nb',
    title: 'Rekruttering',
    purpose: 'vurdere søkere til stillinger',
    rule: 'notice-source',
    subjects: ['Søkere'],
    sources: ['Helsepersonellregisteret'],
    publicAuthority: false,
  }).filter((f) => f.messageId.endsWith('described-source-unlisted'));

describe('a source read by co-occurrence, not recorded (notice-source, described-source-unlisted)', () => {
  readsAndSilent(
    sources,
    [
      'Vi sjekker også hva søkerne har lagt ut om seg selv på Facebook.',
      'Adresselista set vi saman av medlemslister vi får frå brukarorganisasjonane.',
      'A driver we cannot reach is traced through an address look-up in the population register.',
    ],
    [
      'Søkerne kan sjekke bedriftens profil på LinkedIn før intervjuet.',
      'Vi sjekker ikke søkernes profiler i sosiale medier.',
      'Vi henter autorisasjonen fra Helsepersonellregisteret.',
      'Vi får tilgang til kjernejournalen berre når pasienten er hos oss.',
    ],
  );
});
