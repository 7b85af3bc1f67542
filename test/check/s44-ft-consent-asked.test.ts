import { describe } from 'vitest';
import { sentenceRegistry } from '../helpers/sentence-registry.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 44, FT (variants-tannhelse TH61, written blind: «Bebuarane skriv under på eit samtykke til at tannhelsetenesta kan
 * behandle opplysningane»): a public body's task (Art. 6(1)(e), no consent basis) whose words ask for, obtain or have the
 * person sign consent to the body's own processing of the data: consent-for-public-task `consent-asked-for-task`. Each cell
 * is the only description of a municipality's activity. READ: asking, obtaining, getting, signing, in a school, NAV, a
 * kindergarten, child welfare, a library, a housing office, a culture school, nb, nn and en. SILENT: consent that lifts
 * confidentiality or lets us fetch from or share with others, an add-on (photos, SMS reminders, research), consent to
 * treatment, a denial, a question, a private body's same words.
 */
const registryOf = sentenceRegistry('ropa-s44-ft-asked-');
const findingsOf = (publicAuthority: boolean) => (texts: Record<string, string>) =>
  registryOf(texts, {
    org: 'Vestvik kommune',
    language: 'nb',
    title: 'Tjeneste',
    purpose: 'gi tjenesten loven krever',
    rule: 'consent-for-public-task',
    legalBasis: '      - gdpr: A6-1-e\n',
    publicAuthority,
  });

const asked = [
  'Ved skolestart ber vi foresatte om samtykke til at skolen registrerer elevens opplysninger i skoleadministrasjonssystemet.',
  'Vi innhenter samtykke fra brukeren til at NAV kan behandle opplysningene i saken.',
  'Føresette skriv under på eit samtykke til at barnehagen kan lagre opplysningane om barnet.',
  'Parents sign a consent form allowing the school to register the pupil’s data.',
  'Før kartlegginga ber me om samtykke frå brukaren til å registrere opplysningane i fagsystemet.',
  'We ask the tenant for consent to store the information about the household in the housing register.',
  'Søkeren signerer et samtykkeskjema om at kommunen kan bruke opplysningene i søknaden.',
  'Before the assessment we obtain written consent to process the child’s information.',
  'Vi får samtykke fra låneren til registreringen i bibliotekssystemet.',
  'Samtykke til lagring av opplysningane vert henta inn når eleven byrjar i kulturskulen.',
];
const lawful = [
  'Vi ber om samtykke til å innhente opplysninger fra fastlegen når det trengs i saken.',
  'Foreldra skriv under på eit samtykke til at skulen kan dele opplysningar med helsesjukepleiaren.',
  'We ask for consent before we contact the child’s previous school.',
  'Vi ber om samtykke før bilder av barna publiseres på barnehagens nettside.',
  'We ask for consent to send SMS reminders about appointments.',
  'Vi ber om samtykke til behandling før tannlegen begynner.',
  'Vi ber ikke om samtykke til å behandle opplysningene; behandlingen følger av loven.',
  'Må vi be om samtykke for å lagre opplysningene?',
  'Foresatte samtykker til at barnet deltar i forskningsprosjektet, og opplysningene brukes bare der.',
];

describe('consent asked for a public task’s own processing (consent-for-public-task consent-asked-for-task)', () => {
  readsAndSilent(findingsOf(true), asked, lawful);
});
describe('the same words at a private body: not read', () => {
  readsAndSilent(findingsOf(false), [], asked.slice(0, 6));
});
