import { describe } from 'vitest';
import { cellMatrix, readsAndLeaves } from '../helpers/cell-matrix.js';

/**
 * Session 46, W5: free-text misses of the blind set variants-ferje that are general legal concepts, each read as a class
 * in a real record with one activity per wording, lawful wordings beside them (test/helpers/cell-matrix.ts).
 *
 * - joint-controller-arrangement `split-undecided` (Art. 26(1)): a split said to be made later or case by case (FJ79).
 * - rights-restriction-reference `in-words`: the person concerned refused access, in the information note too (FJ74).
 * - rights-free-of-charge `fee-in-words`: a fee for a copy of «your own case file» (FJ71).
 * - purpose-stated: other purposes left to what someone «finner relevante» (FJ75).
 * - recipients-stated: a person's purchase or travel history handed on (FJ52).
 * - national-id-justified `displayed`: the national number printed on lists, cards, labels (FJ63).
 * - contract-necessity `conditional-marketing`: the contract made conditional on marketing in the consequences (FJ80).
 */
describe('joint-controller-arrangement: a split of duties left to be decided', () => {
  const activity = (id: string, text: string): string => `id: ${id}
title: Ferjebilletter i appen
status: active
role: joint-controller
jointControllers:
  - controller: fylket
    arrangement: Avtale om felles behandlingsansvar 2025-03-01
    responsibilities: ${JSON.stringify(text)}
    contactPoint:
      email: post@skyss.no
purposes:
  - id: billett
    description: selge og kontrollere ferjebilletter
    legalBasis:
      - gdpr: A6-1-b
dataSubjects: [kunder]
dataCategories: [billett]
recipients: none
`;
  const findings = cellMatrix('ropa-s46-w5-joint-', {
    org: 'Fjordlinja Ferjer AS',
    organisation: 'jointControllers:\n  fylket:\n    name: Vestland fylkeskommune\n',
    rule: 'joint-controller-arrangement',
    activity,
    catalogues: {
      'data-subjects.yaml': 'dataSubjects:\n  kunder:\n    name: Kunder\n',
      'data-categories.yaml': 'dataCategories:\n  billett:\n    name: Billettdata\n',
    },
  });
  const undecided: Record<string, string> = {
    fj79: 'Skyss og Fjordlinja avklarer fra sak til sak hvem som svarer på krav om innsyn, retting og sletting.',
    'not-settled': 'Hvem som svarer på innsynskrav, er ikke avklart ennå.',
    'nn-later': 'Kven som svarar på krav frå dei registrerte, vert avgjort etter kvart.',
    'en-later': 'Responsibilities for access requests will be agreed later.',
    'en-case': 'Which of us answers requests from data subjects is decided case by case.',
  };
  const settled: Record<string, string> = {
    base: 'Skyss gir informasjonen i appen og svarer på alle krav om innsyn, retting og sletting; Fjordlinja svarer for billettkontrollen om bord.',
    'denied-case': 'Ansvaret er avklart i avtalen, ikke fra sak til sak: Skyss svarer på alle krav.',
    'request-merits': 'Skyss svarer på innsynskrav og vurderer hvert krav fra sak til sak etter offentleglova.',
    'each-request': 'Nav answers every request; each request is assessed case by case under the Freedom of Information Act.',
  };
  readsAndLeaves(findings({ ...undecided, ...settled }), undecided, settled, [
    'reads a split said to be made later or case by case, with a contact point beside it',
    'leaves a split that is made, and requests weighed one by one, alone',
  ]);
});

describe('rights-restriction-reference: the person concerned refused access, in the information note too', () => {
  /** `text` is «description|note»: either side may be empty. */
  const activity = (id: string, text: string): string => {
    const [description, note] = text.split('|');
    return `id: ${id}
title: Varsling
${description ? `description: ${JSON.stringify(description)}\n` : ''}status: active
purposes:
  - id: varsler
    description: motta og følge opp varsler om kritikkverdige forhold
    legalBasis:
      - gdpr: A6-1-c
dataSubjects: [varslere]
dataCategories: [varsel]
recipients: none
information:
  method: [art13, art14]
${note ? `  note: ${JSON.stringify(note)}\n` : ''}`;
  };
  const findings = cellMatrix('ropa-s46-w5-rights-', {
    org: 'Fjordlinja Ferjer AS',
    rule: 'rights-restriction-reference',
    activity,
    catalogues: {
      'data-subjects.yaml': 'dataSubjects:\n  varslere:\n    name: Varslere og personer det varsles om\n',
      'data-categories.yaml': 'dataCategories:\n  varsel:\n    name: Varselets innhold\n',
    },
  });
  const refused: Record<string, string> = {
    fj74: '|Den det varsles om, får ikke innsyn i saken og blir ikke informert om den.',
    'note-gjelder': '|Den det gjelder får ikke innsyn i varselet.',
    'description-omtalt': 'Den som er omtalt i varselet, får ikke se opplysningene om seg.|',
    'en-note': '|The person concerned is not given access to their case file.',
  };
  const lawful: Record<string, string> = {
    base: '|Den det varsles om, blir informert når det ikke lenger kan skade undersøkelsen.',
    'law-named': '|Den det varsles om, får ikke innsyn i varslerens identitet, jf. personopplysningsloven § 16.',
    until: '|Den det varsles om, får ikke innsyn før undersøkelsen er avsluttet.',
    'others-data': '|Den det varsles om, får ikke innsyn i andres opplysninger i saken.',
    'staff-note': '|De ansatte i kundesenteret får ikke innsyn i varslene.',
  };
  readsAndLeaves(findings({ ...refused, ...lawful }), refused, lawful, [
    'reads a refusal of the person concerned, in the note or the description',
    'leaves a deferred notice, a restriction with its law, a time limit, others’ data and staff alone',
  ]);
});

describe('rights-free-of-charge fee-in-words: a fee for a copy of one’s own file, named with two words between', () => {
  const activity = (id: string, text: string): string => `id: ${id}
title: Complaints
description: ${JSON.stringify(text)}
status: active
purposes:
  - id: complaints
    description: handle complaints and claims for refunds
    legalBasis:
      - gdpr: A6-1-c
dataSubjects: [complainants]
dataCategories: [case]
recipients: none
`;
  const findings = cellMatrix('ropa-s46-w5-fee-', {
    org: 'Fjordlinja Ferjer AS',
    language: 'en',
    rule: 'rights-free-of-charge',
    activity,
    catalogues: {
      'data-subjects.yaml': 'dataSubjects:\n  complainants:\n    name: Complainants\n',
      'data-categories.yaml': 'dataCategories:\n  case:\n    name: Complaint file\n',
    },
  });
  const fee: Record<string, string> = {
    fj71: 'A copy of your own case file is sent on request for a fee of NOK 150.',
    'their-complaint-file': 'Customers pay NOK 100 for a copy of their own complaint file.',
  };
  const lawful: Record<string, string> = {
    'further-copies': 'Further copies of your own case file cost NOK 50 each.',
    free: 'A copy of your own case file is sent free of charge on request.',
    'your-ticket': 'A copy of your lost ticket costs NOK 50.',
  };
  readsAndLeaves(findings({ ...fee, ...lawful }), fee, lawful, [
    'reads a fee for the person’s own case file',
    'leaves further copies, a free copy and a ticket alone',
  ]);
});

describe('purpose-stated: other purposes left to what the body finds relevant or appropriate', () => {
  const activity = (id: string, text: string): string => `id: ${id}
title: Varsling
status: active
purposes:
  - id: varsler
    description: ${JSON.stringify(text)}
    legalBasis:
      - gdpr: A6-1-c
dataSubjects: [varslere]
dataCategories: [varsel]
recipients: none
`;
  const findings = cellMatrix('ropa-s46-w5-purpose-', {
    org: 'Fjordlinja Ferjer AS',
    rule: 'purpose-stated',
    activity,
    catalogues: {
      'data-subjects.yaml': 'dataSubjects:\n  varslere:\n    name: Varslere\n',
      'data-categories.yaml': 'dataCategories:\n  varsel:\n    name: Varselets innhold\n',
    },
  });
  const catchAll: Record<string, string> = {
    fj75: 'motta, undersøke og følge opp varsler om kritikkverdige forhold, og andre formål som varslingsutvalget finner relevante',
    'nn-aktuelle': 'handsame varsel, og andre føremål som styret finn aktuelle',
    'en-deems': 'handle reports of wrongdoing and other purposes the board deems appropriate',
  };
  const stated: Record<string, string> = {
    base: 'motta, undersøke og følge opp varsler om kritikkverdige forhold',
    'relevant-law': 'følge opp varsler etter de reglene som er relevante i arbeidsmiljøloven',
  };
  readsAndLeaves(findings({ ...catchAll, ...stated }), catchAll, stated, [
    'reads a catch-all left to what someone finds relevant',
    'leaves stated purposes alone',
  ]);
});

describe('recipients-stated: a person’s purchase or travel history handed to a party not recorded', () => {
  const activity = (id: string, text: string): string => `id: ${id}
title: Billettsalg
description: ${JSON.stringify(text)}
status: active
purposes:
  - id: selge
    description: selge og levere billetter
    legalBasis:
      - gdpr: A6-1-b
dataSubjects: [kunder]
dataCategories: [billett]
recipients: none
`;
  const findings = cellMatrix('ropa-s46-w5-history-', {
    org: 'Fjordlinja Ferjer AS',
    rule: 'recipients-stated',
    activity,
    catalogues: {
      'data-subjects.yaml': 'dataSubjects:\n  kunder:\n    name: Kunder\n',
      'data-categories.yaml': 'dataCategories:\n  billett:\n    name: Billettdata\n',
    },
  });
  const shared: Record<string, string> = {
    fj52: 'Kunder kan opprette en konto. Kjøpshistorikken deles også med hoteller og reiselivsbedrifter langs rutene.',
    'reise-sendes': 'Reisehistorikken sendes til samarbeidspartnerne våre i reiselivet.',
  };
  const kept: Record<string, string> = {
    'shown-to-customer': 'Kjøpshistorikken vises bare for kunden selv i appen.',
    'company-history': 'Selskapets historikk fra 1920 er fortalt på nettsidene.',
  };
  const en: Record<string, string> = { 'en-purchase': 'The purchase history is also shared with hotels along the routes.' };
  readsAndLeaves(new Map([...findings({ ...shared, ...kept }), ...findings(en, { language: 'en' })]), { ...shared, ...en }, kept, [
    'reads a history of purchases or travel handed to a party the record does not name',
    'leaves a history shown to the person, or a company’s own history, alone',
  ]);
});

describe('national-id-justified `displayed`: the national number shown where others see it', () => {
  const activity = (id: string, text: string): string => `id: ${id}
title: Personal og bemanning
description: ${JSON.stringify(text)}
status: active
purposes:
  - id: lonn
    description: utbetale lønn og rapportere til a-ordningen
    legalBasis:
      - gdpr: A6-1-c
dataSubjects: [mannskap]
dataCategories: [fnr]
nationalIdNeed: Fødselsnummeret er påkrevd i a-meldingen.
recipients: none
`;
  const findings = cellMatrix('ropa-s46-w5-fnr-', {
    org: 'Fjordlinja Ferjer AS',
    rule: 'national-id-justified',
    activity,
    catalogues: {
      'data-subjects.yaml': 'dataSubjects:\n  mannskap:\n    name: Mannskap\n    employees: true\n',
      'data-categories.yaml': 'dataCategories:\n  fnr:\n    name: Fødselsnummer\n    nationalIdentifier: true\n',
    },
  });
  const shown: Record<string, string> = {
    fj63: 'Fødselsnummeret står også på vaktlistene om bord, slik at mannskapet med like navn kan skilles fra hverandre.',
    badge: 'Fødselsnummer trykkes på adgangskortet til hver ansatt.',
    envelope: 'Lønnsslippen sendes i konvolutt der fødselsnummeret vises på adresselappen.',
  };
  const kept: Record<string, string> = {
    base: 'Fødselsnummeret brukes bare i a-meldingen og i sykepengekrav til NAV.',
    denied: 'Fødselsnummeret står ikke på vaktlistene; der bruker vi ansattnummer.',
    removed: 'Fødselsnummeret er fjernet fra vaktlistene.',
    'employee-id': 'ID-nummeret står på adgangskortet.',
  };
  const en: Record<string, string> = { 'en-roster': 'The national identity number is printed on the crew roster.' };
  readsAndLeaves(new Map([...findings({ ...shown, ...kept }), ...findings(en, { language: 'en' })]), { ...shown, ...en }, kept, [
    'reads the number on a list, a card or a label',
    'leaves its use in reports, a denial, a removal and an employee number alone',
  ]);
});

describe('contract-necessity `conditional-marketing`: the contract made conditional on marketing in the consequences', () => {
  /** `text` is the consequences; «|a» puts the purpose on consent instead of the contract. */
  const activity = (id: string, text: string): string => {
    const [consequences, basis] = text.split('|');
    return `id: ${id}
title: Billettsalg
status: active
purposes:
  - id: selge
    description: selge og levere billetter
    legalBasis:
      - gdpr: ${basis === 'a' ? 'A6-1-a\n        consentWithdrawal: Avmeldingslenke i hver e-post.' : 'A6-1-b'}
dataSubjects: [kunder]
dataCategories: [kjop]
sources: [kunden]
collection:
  requirement: contract-prerequisite
  consequences: ${JSON.stringify(consequences)}
recipients: none
`;
  };
  const findings = cellMatrix('ropa-s46-w5-tied-', {
    org: 'Fjordlinja Ferjer AS',
    rule: 'contract-necessity',
    activity,
    catalogues: {
      'data-subjects.yaml': 'dataSubjects:\n  kunder:\n    name: Kunder\n',
      'data-categories.yaml': 'dataCategories:\n  kjop:\n    name: Kjøpshistorikk\n',
      'sources.yaml': 'sources:\n  kunden:\n    name: Kunden\n    type: data-subject\n',
    },
  });
  const tied: Record<string, string> = {
    fj80: 'Uten e-postadresse kan vi ikke sende billetten. For å kjøpe billett må kunden godta at kjøpshistorikken brukes til markedsføring fra oss og våre samarbeidspartnere.',
    'account-partners': 'For å opprette konto må du samtykke til at opplysningene deles med partnere.',
  };
  const free: Record<string, string> = {
    base: 'Uten e-postadresse eller telefonnummer kan vi ikke sende billetten og kvitteringen.',
    'need-not': 'Du trenger ikke godta markedsføring for å kjøpe billett.',
    'newsletter-itself': 'For å få nyhetsbrevet må du samtykke til det.',
    'on-consent': 'For å kjøpe billett må kunden godta markedsføring.|a',
  };
  const en: Record<string, string> = { 'en-ticket': 'To buy a ticket, customers must accept that their purchases are used for marketing.' };
  readsAndLeaves(new Map([...findings({ ...tied, ...free }), ...findings(en, { language: 'en' })]), { ...tied, ...en }, free, [
    'reads a purchase or an account made conditional on marketing or sharing with partners',
    'leaves plain consequences, a denial, the newsletter asked for itself and a purpose on consent alone',
  ]);
});
