import { describe } from 'vitest';
import { sentenceRegistry, taskSentences, textRegistry } from '../helpers/sentence-registry.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 47, FX (issue #12; variants-forvaltning FV41, FV42, FV45, FV56): four free-text classes, each in nb, nn and en.
 *
 * 1. notice-source: a source named only as «elsewhere» («opplysninger vi finner om styremedlemmene andre steder», «frå andre
 *    kjelder», «from other sources»): Art. 14(2)(f) asks for the source; a negation, a place in our own records after it, or
 *    no word of data stays silent.
 * 2. purpose-stated: the description's use of the data «til det Fjellvang til enhver tid finner hensiktsmessig» (whatever the
 *    controller deems appropriate) widens the purposes to a catch-all (Art. 5(1)(b)); a denied or bounded use does not.
 * 3. contract-necessity: partners' offers given to the person («gi bebuaren tilbod frå samarbeidspartnarane våre») on the
 *    contract basis; the service the person ordered before it in the clause does not make the offer asked for.
 * 4. recipients-stated: an enquiry («henvendelsen», «henvendinga», «your enquiry») is a person's message, data as a complaint
 *    is: forwarded to «andre aktuelle aktører» it is disclosed to recipients the record must name. So is data named by a
 *    compound or the nynorsk definite plural («rådataa frå Matomo», «kundedataene», «brukardata»: variants-ombod LD34).
 * 5. renamed-body: a former name that is the second of parties joined after «til», «to» («rapportere til Skatteetaten og
 *    Rikstrygdeverket i a-meldingen»: FV61) names a body that is gone, as the first would; the past, a year, or the current
 *    name in the sentence stays silent.
 * 6. employee-control (variants-tannhelse TH57, variants-bilverksted BV55): two titles joined after «hver» in a count of
 *    each one's output («hvor mange pasienter hver tannlege og tannpleier har behandlet»), and the mechanics' clocked hours
 *    «set against» the book time with the slowest taken up: a check of how each one works.
 * 7. rights-restriction-reference (variants-ombod LD66): the person the case is about, named with the case after «i», «in»
 *    and its article («Den som er omtalt i ei sak, får ikkje innsyn i …», «The person named in a case cannot see …»), refused
 *    access with no restriction recorded.
 */
const sourcesOf = sentenceRegistry('ropa-s47-fx-source-');
const withSource = (language: 'nb' | 'nn' | 'en') => (texts: Record<string, string>) =>
  sourcesOf(texts, {
    org: 'Fjellvang Forvaltning AS',
    language,
    title: 'Styrekontakter',
    purpose: language === 'en' ? 'keep in touch with the boards' : 'halde kontakt med styra',
    rule: 'notice-source',
    publicAuthority: false,
    legalBasis: '      - gdpr: A6-1-f\n        legitimateInterest: Kontakt med styret.\n',
    sources: ['Styret i borettslaget'],
  });

describe('a source named only as elsewhere (notice-source)', () => {
  readsAndSilent(
    withSource('nb'),
    [
      'Ved behov supplerer vi med opplysninger vi finner om styremedlemmene andre steder.',
      'Opplysninger om styremedlemmene innhentes ved behov fra andre kilder.',
    ],
    [
      'Vi henter ikke opplysninger om styremedlemmene fra andre kilder.',
      'Opplysningene lagres ikke andre steder.',
      'Opplysningene vi finner andre steder i arkivet, brukes bare i saken.',
      'Vi henter nøklene andre steder.',
      'Vi får opplysningene fra styret i borettslaget.',
    ],
  );
  readsAndSilent(withSource('nn'), ['Vi hentar òg opplysningar om styremedlemmene frå andre kjelder.'], ['Vi hentar ikkje opplysningar frå andre kjelder.']);
  readsAndSilent(
    withSource('en'),
    ['We may also obtain details about board members from other sources.', 'Where needed we add information we find about board members elsewhere.'],
    ['We do not obtain information about board members from other sources.', 'Board members who have moved elsewhere are removed from the list.'],
  );
});

describe('a use at the controller’s discretion in the description (purpose-stated)', () => {
  readsAndSilent(
    taskSentences('ropa-s47-fx-purpose-', 'purpose-stated', {
      org: 'Fjellvang Forvaltning AS',
      publicAuthority: false,
      purpose: 'svare på forespørsler fra meglere',
    }),
    [
      'Vi svarer meglere. Opplysningene kan ellers brukes til det Fjellvang til enhver tid finner hensiktsmessig.',
      'Opplysningane kan elles brukast til det selskapet til kvar tid finn naudsynt.',
      'The details may also be used for whatever the company deems appropriate.',
    ],
    [
      'Opplysningene brukes ikke til det vi til enhver tid finner hensiktsmessig.',
      'Opplysningene brukes bare til det som er nødvendig for å svare megleren.',
      'Opplysningene brukes til det formålet megleren har bedt om.',
      'Styret avgjør selv det det finner hensiktsmessig.',
    ],
  );
});

const contractOf = textRegistry('ropa-s47-fx-contract-');
const onContract = (language: 'nb' | 'nn' | 'en') => (texts: Record<string, string>) =>
  contractOf(texts, {
    org: 'Fjellvang Forvaltning AS',
    language,
    publicAuthority: false,
    rule: 'contract-necessity',
    activity: (id, text) => `id: ${id}
title: Oppdrag
description: ${language === 'en' ? 'Orders from residents.' : 'Bestillingar frå bebuarar.'}
status: active
purposes:
  - id: oppdrag
    description: ${JSON.stringify(text)}
    legalBasis:
      - gdpr: A6-1-b
`,
  });

describe('partners’ offers given to the person on the contract basis (contract-necessity)', () => {
  readsAndSilent(
    onContract('nn'),
    [
      'utføre vaktmesteroppdraget bebuaren har bestilt, fakturere det og gi bebuaren tilbod frå samarbeidspartnarane våre',
      'sende kundane rabattar frå utvalde samarbeidspartnarar',
    ],
    ['utføre oppdraget bebuaren har bestilt og gi bebuaren tilbod på arbeidet', 'gi medlemmene tilgang til medlemsfordelar hos samarbeidspartnarane'],
  );
  readsAndSilent(
    onContract('nb'),
    ['levere tjenesten og gi kundene tilbud fra samarbeidspartnere'],
    ['gi kunden tilbud fra samarbeidende verksted på reparasjonen kunden har bedt om'],
  );
  readsAndSilent(
    onContract('en'),
    ['deliver the service and give members offers from our partners'],
    ['deliver the service and give the customer a quote for the work'],
  );
});

describe('an enquiry is a person’s message (recipients-stated)', () => {
  readsAndSilent(
    taskSentences('ropa-s47-fx-enquiry-', 'recipients-stated', {
      org: 'Fjellvang Forvaltning AS',
      publicAuthority: false,
      legalBasis: '      - gdpr: A6-1-b\n',
    }),
    [
      'Vi svarer på spørsmål. Henvendelsen kan videresendes til andre aktuelle aktører.',
      'Henvendinga blir send vidare til andre aktuelle aktørar.',
      'Your enquiry may be forwarded to other relevant organisations.',
      'Rådataa frå Matomo blir gjorde tilgjengelege for reklamebyrået.',
      'Kundedataene sendes til markedsføringsbyrået.',
      'Brukardata blir sende vidare til analyseselskapet.',
    ],
    [
      'Henvendelsen videresendes til riktig avdeling hos oss.',
      'Henvendelsen kan videresendes til andre aktuelle aktører dersom du ber om det.',
      'Vi sender ikke henvendelsen videre til andre.',
      'Kartdataa blir henta frå Kartverket.',
      'Rådataa blir lagra hos oss.',
    ],
  );
});

describe('a former name joined after the preposition (renamed-body)', () => {
  readsAndSilent(
    taskSentences('ropa-s47-fx-renamed-', 'renamed-body', { org: 'Fjellvang Forvaltning AS', publicAuthority: false }),
    [
      'Vi rapporterer lønn til Skatteetaten og Rikstrygdeverket i a-meldingen.',
      'Klagen blir send til kommunen og fylkesmannen.',
      'Appeals are sent to the municipality and the Fylkesmannen.',
    ],
    [
      'Vi rapporterte tidligere til Skatteetaten og Rikstrygdeverket.',
      'Vi rapporterer til Skatteetaten og NAV, før kalt Rikstrygdeverket.',
      'Saker fra 2005 ble sendt til kommunen og Rikstrygdeverket.',
      'Vi rapporterer til Skatteetaten og NAV.',
    ],
  );
});

describe('each one\u2019s output counted or set against a norm (employee-control)', () => {
  readsAndSilent(
    taskSentences('ropa-s47-fx-staff-nb-', 'employee-control', {
      org: 'Fjord Tannhelse AS',
      publicAuthority: false,
      subjects: ['Ansatte'],
      employees: true,
      legalBasis: '      - gdpr: A6-1-b\n',
    }),
    [
      'Klinikklederne får hver uke en oversikt over hvor mange pasienter hver tannlege og tannpleier har behandlet, og tar en samtale med dem som ligger lavest.',
      'Verkstedlederen setter timene til hver mekaniker opp mot normtiden og tar en samtale med den tregeste.',
    ],
    [
      'Klinikklederne får hver uke en oversikt over hvor mange pasienter klinikken har behandlet.',
      'Vi teller hvor mange timer hver tannlege og tannpleier har jobbet, for lønnsutbetalingen.',
      'Timene brukes til fakturering og blir ikke brukt til å sammenligne den enkelte mekaniker.',
    ],
  );
  readsAndSilent(
    taskSentences('ropa-s47-fx-staff-en-', 'employee-control', {
      org: 'Fjord Bil AS',
      publicAuthority: false,
      language: 'en',
      subjects: ['Mechanics'],
      employees: true,
      legalBasis: '      - gdpr: A6-1-b\n',
    }),
    ["Each month the workshop manager sets every mechanic's clocked hours against the book time and takes the slowest up in a one-to-one talk."],
    [
      'The clocked hours are used for invoicing the customer for the time each job took.',
      'The workshop manager sets the booking plan against the hours the workshop has free.',
    ],
  );
});

describe('the person named in a case refused access (rights-restriction-reference)', () => {
  readsAndSilent(
    taskSentences('ropa-s47-fx-access-', 'rights-restriction-reference', { org: 'Vestvik kommune' }),
    [
      'Den som er omtalt i ei sak, får ikkje innsyn i kva klagaren har fortalt om vedkomande.',
      'Den som er omtalt i en sak, får ikke innsyn i saken.',
      'The person named in a case cannot see what the complainant has said about them.',
    ],
    [
      'Den som er omtalt i ei sak, får ikkje innsyn før saka er avgjord.',
      'Den som er omtalt i en sak, får innsyn i saken etter forvaltningsloven § 18.',
      'The person named in a case may see what the complainant has said.',
    ],
  );
});
