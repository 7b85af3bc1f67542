import { t, LANGUAGES } from '../i18n/index.js';
import { CONTROLLER_COLUMNS } from '../render/report/columns.js';

/**
 * What a column of an imported spreadsheet holds, by its header. Headers are matched by the labels people
 * use for them — Datatilsynet's template in bokmål and nynorsk, English templates, Behandlingsoversikt's
 * export (src/l10n/nb.ts of behandlingsoversikt/records-of-processing-activities-gui) and ropa's own report
 * (locales/<lang>/report.json) — after folding case, punctuation and spacing.
 */
export const FIELDS = [
  'title',
  'id',
  'description',
  'purposes',
  'legalBasis',
  'nationalLaw',
  'art9',
  'art9Reference',
  'art9-a',
  'art9-b',
  'art9-c',
  'art9-d',
  'art9-e',
  'art9-f',
  'art9-g',
  'art9-h',
  'art9-i',
  'art9-j',
  'art9Reference-b',
  'art9Reference-c',
  'art9Reference-d',
  'art9Reference-e',
  'art9Reference-f',
  'art9Reference-g',
  'art9Reference-h',
  'art9Reference-i',
  'art9Reference-j',
  'art10',
  'art10Reference',
  'specialCategories',
  'criminalOffence',
  'dataSubjects',
  'dataCategories',
  'dataCategoriesBySubject',
  'recipients',
  'transfers',
  'transferSafeguards',
  'retention',
  'securityMeasures',
  'responsibleUnit',
  'ownerName',
  'ownerPhone',
  'ownerEmail',
  'processors',
  'processorAgreements',
  'systems',
  'sources',
  'jointController',
  'jointControllerNames',
  'jointControllerResponsibilities',
  'jointControllerContact',
  'jointControllerEmail',
  'jointControllerPhone',
  'jointControllers',
  'dpiaConducted',
  'dpiaReference',
  'dpia',
  'dpiaResidualRisk',
  'dpiaPriorConsultation',
  'dpiaReason',
  'highRisk',
  'status',
  'approval',
  'lastReview',
  'rightsRestrictions',
  'automatedDecisions',
  'organisationName',
  'organisationNumber',
  'organisationContact',
  'organisationAddress',
  'organisationEmail',
  'organisationPhone',
  'representativeOutsideEea',
  'representativeName',
  'representativeAddress',
  'representativeEmail',
  'representativePhone',
  'dpoName',
  'dpoAddress',
  'dpoEmail',
  'dpoPhone',
  'custom',
] as const;
export type Field = (typeof FIELDS)[number];

export function isField(s: string): s is Field {
  return (FIELDS as readonly string[]).includes(s);
}

/** A header folded for matching: lower case, letters and digits only, single spaces. */
export function fold(label: string): string {
  return label
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const LETTERS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;
const ART9_NAMES: Record<string, string> = {
  a: 'Samtykke',
  b: 'Trygde-, arbeids- og sosialrettslige forhold',
  c: 'Vern av noen vitale interesser',
  d: 'Medlemsopplysninger',
  e: 'Offentliggjorte opplysninger',
  f: 'Rettskrav/domstolsbehandling',
  g: 'Viktige allmenne interesser',
  h: 'Medisinske opplysninger',
  i: 'Allmenne folkehelseopplysninger',
  j: 'Arkiv- og forskningsformål',
};

/** Behandlingsoversikt's column titles, exactly as its export writes them. */
export const BEHANDLINGSOVERSIKT: Readonly<Record<string, Field>> = {
  Behandlingsansvarlig: 'organisationName',
  Organisasjonsnummer: 'organisationNumber',
  'Behandlingsansvarliges representant': 'organisationContact',
  'Virksomhetens postadresse': 'organisationAddress',
  'Virksomhetens e-post': 'organisationEmail',
  'Virksomhetens telefon': 'organisationPhone',
  'Utenfor EU/EØS (ja/nei)': 'representativeOutsideEea',
  'Representant behandlingsansvarlig utenfor EU/EØS - navn': 'representativeName',
  'Representant behandlingsansvarlig utenfor EU/EØS - postadresse': 'representativeAddress',
  'Representant behandlingsansvarlig utenfor EU/EØS - e-post': 'representativeEmail',
  'Representant behandlingsansvarlig utenfor EU/EØS - telefon': 'representativePhone',
  'Personvernombud - navn': 'dpoName',
  'Personvernombud - postadresse': 'dpoAddress',
  'Personvernombud - e-post': 'dpoEmail',
  'Personvernombud - telefon': 'dpoPhone',
  'Behandlingen gjelder': 'title',
  Behandlingstatus: 'approval',
  'Daglig behandlingsansvar - Navn': 'ownerName',
  'Daglig behandlingsansvar - Tlf': 'ownerPhone',
  'Daglig behandlingsansvar - Epost': 'ownerEmail',
  'Databehandlere - Navn': 'processors',
  'Databehandleravtaler - Lenke': 'processorAgreements',
  'Felles behandlingsansvar': 'jointController',
  'Felles behandlingsansvar - Virksomheter': 'jointControllerNames',
  'Felles behandlingsansvar - Ansvarsfordeling': 'jointControllerResponsibilities',
  'Felles behandlingsansvar - Kontaktpunkt': 'jointControllerContact',
  'Felles behandlingsansvar - E-post': 'jointControllerEmail',
  'Felles behandlingsansvar - Telefon': 'jointControllerPhone',
  'Formål med behandlingen': 'purposes',
  'Behandlingsgrunnlag artikkel 6': 'legalBasis',
  'Artikkel 6 - Henvisning til annen lovgiving': 'nationalLaw',
  'Behandlingsgrunnlag artikkel 9': 'art9',
  'Artikkel 9 - henvisning til annen lovgiving': 'art9Reference',
  ...Object.fromEntries(LETTERS.map((l) => [`Artikkel 9(2)(${l}) - ${ART9_NAMES[l]}`, `art9-${l}` as Field])),
  ...Object.fromEntries(LETTERS.slice(1).map((l) => [`Artikkel 9(2)(${l}) - Henvisning til annet hjemmelsgrunnlag`, `art9Reference-${l}` as Field])),
  'Behandlingsgrunnlag artikkel 10': 'art10',
  'Artikkel 10 - henvisning til annen lovgiving': 'art10Reference',
  'Funksjons- eller virksomhetsområde': 'custom',
  'Tilhørende datasett - lenke': 'custom',
  'Tilhørende datasett - navn': 'custom',
  'Personopplysninger - Kategorier av registrerte': 'dataSubjects',
  'Personopplysninger - Kategorier tilknyttet den registrerte': 'dataCategoriesBySubject',
  'Personopplysninger - Planlagte tidsfrister for sletting': 'retention',
  'Kilder til personopplysningene': 'sources',
  'System i virksomheten som behandler personopplysninger': 'systems',
  'Mottakere eller kategorier av mottakere': 'recipients',
  'Mottakere - tredjeland eller internasjonale organisasjoner': 'transfers',
  'Garantier ved overføring': 'transferSafeguards',
  'Tekniske og organisatoriske sikkerhetstiltak': 'securityMeasures',
  'Er det gjennomført DPIA?': 'dpiaConducted',
  'Referanse til DPIA': 'dpiaReference',
};

/** Other labels, from Datatilsynet's template and what municipalities and English templates write. */
const OTHER: Readonly<Record<Field, readonly string[]>> = {
  title: [
    'Behandlingsaktivitet',
    'Behandlingsaktiviteten',
    'Navn på behandlingen',
    'Navn på behandlingsaktiviteten',
    'Behandlingens navn',
    'Behandling',
    'Handsamingsaktivitet',
    'Namn på behandlinga',
    'Processing activity',
    'Name of processing activity',
    'Activity',
    'Name',
  ],
  id: ['ID', 'Id'],
  description: ['Beskrivelse', 'Beskrivelse av behandlingen', 'Skildring', 'Description'],
  purposes: [
    'Formålet med behandlingen',
    'Formålene med behandlingen',
    'Formålene med behandlingene',
    'Behandlingens formål',
    'Formål',
    'Føremålet med behandlinga',
    'Føremål',
    'Purpose',
    'Purposes',
    'Purpose of the processing',
    'Purposes of the processing',
  ],
  legalBasis: [
    'Behandlingsgrunnlag',
    'Rettslig grunnlag',
    'Behandlingsgrunnlag (artikkel 6)',
    'Rettsleg grunnlag',
    'Lawful basis',
    'Legal basis',
    'Lawful basis for processing',
    'Legal basis (Article 6)',
  ],
  nationalLaw: [
    'Supplerende rettsgrunnlag',
    'Supplerende rettsgrunnlag (nasjonal lov)',
    'Hjemmel',
    'Lovhjemmel',
    'Rettsgrunnlag i nasjonal lov',
    'Supplementary legal basis',
    'National law',
  ],
  art9: [],
  art9Reference: [],
  'art9-a': [],
  'art9-b': [],
  'art9-c': [],
  'art9-d': [],
  'art9-e': [],
  'art9-f': [],
  'art9-g': [],
  'art9-h': [],
  'art9-i': [],
  'art9-j': [],
  'art9Reference-b': [],
  'art9Reference-c': [],
  'art9Reference-d': [],
  'art9Reference-e': [],
  'art9Reference-f': [],
  'art9Reference-g': [],
  'art9Reference-h': [],
  'art9Reference-i': [],
  'art9Reference-j': [],
  art10: [],
  art10Reference: [],
  specialCategories: [
    'Særlige kategorier av personopplysninger',
    'Særlige kategorier av personopplysninger (artikkel 9)',
    'Special categories of personal data',
    'Article 9 condition',
  ],
  criminalOffence: ['Opplysninger om straffedommer og lovovertredelser', 'Criminal offence data'],
  dataSubjects: [
    'Kategorier av registrerte',
    'Kategoriene av registrerte',
    'Kategorier av registrerte personer',
    'Beskrivelse av kategoriene av registrerte',
    'Registrerte',
    'Kategoriar av registrerte',
    'Categories of data subjects',
    'Data subjects',
    'Categories of individuals',
  ],
  dataCategories: [
    'Kategorier av personopplysninger',
    'Kategoriene av personopplysninger',
    'Beskrivelse av kategoriene av personopplysninger',
    'Personopplysninger',
    'Kategoriar av personopplysningar',
    'Categories of personal data',
    'Personal data',
  ],
  dataCategoriesBySubject: [],
  recipients: [
    'Kategorier av mottakere',
    'Kategoriene av mottakere',
    'Mottakere',
    'Kategoriar av mottakarar',
    'Mottakarar',
    'Categories of recipients',
    'Recipients',
  ],
  transfers: [
    'Overføring til tredjestat / internasjonal organisasjon',
    'Overføring til tredjestat eller internasjonal organisasjon',
    'Overføringer til tredjestater eller internasjonale organisasjoner',
    'Overføring til tredjestat/internasjonale organisasjoner',
    'Overføring til tredjeland',
    'Overføring til tredjeland eller internasjonale organisasjoner',
    'Transfers to third countries',
    'Transfers',
    'Third country transfers',
    'Transfers to a third country / international organisation',
  ],
  transferSafeguards: ['Garantier', 'Safeguards', 'Safeguards for exceptional transfers'],
  retention: [
    'Planlagte tidsfrister for sletting',
    'De planlagte tidsfristene for sletting',
    'Planlagte tidsfrister for sletting av de ulike kategoriene av opplysninger',
    'Tidsfrister for sletting',
    'Sletting',
    'Lagringstid',
    'Oppbevaringstid',
    'Planlagde tidsfristar for sletting',
    'Retention',
    'Retention period',
    'Retention schedule',
    'Time limits for erasure',
    'Envisaged time limits for erasure',
  ],
  securityMeasures: [
    'Generell beskrivelse av tekniske og organisatoriske sikkerhetstiltak',
    'Sikkerhetstiltak',
    'Tekniske og organisatoriske tiltak',
    'Generell skildring av tekniske og organisatoriske tryggingstiltak',
    'Security measures',
    'Technical and organisational security measures',
    'General description of technical and organisational security measures',
  ],
  responsibleUnit: [
    'Daglig behandlingsansvarlig',
    'Daglig behandlingsansvarleg',
    'Ansvarlig enhet',
    'Enhet',
    'Avdeling',
    'Sektor',
    'Responsible unit',
    'Business function',
    'Department',
  ],
  ownerName: ['Kontaktperson'],
  ownerPhone: [],
  ownerEmail: [],
  processors: ['Databehandler', 'Databehandlere', 'Databehandlar', 'Databehandlarar', 'Processor', 'Processors'],
  processorAgreements: ['Databehandleravtale', 'Databehandleravtaler', 'Data processing agreement'],
  systems: ['Systemer', 'System', 'Systemar', 'Fagsystem', 'IT-system', 'Systems'],
  sources: ['Kilde', 'Kilder', 'Kjelde', 'Kjelder', 'Kilde til opplysningene', 'Source', 'Sources', 'Source of personal data'],
  jointController: [],
  jointControllerNames: ['Felles behandlingsansvarlig', 'Joint controller'],
  jointControllerResponsibilities: [],
  jointControllerContact: [],
  jointControllerEmail: [],
  jointControllerPhone: [],
  jointControllers: [],
  dpiaConducted: ['DPIA gjennomført', 'Gjennomført DPIA', 'DPIA conducted', 'DPIA completed'],
  dpiaReference: ['DPIA-referanse', 'DPIA reference', 'Link to DPIA'],
  dpia: ['DPIA', 'Personvernkonsekvensvurdering'],
  // Read only from ropa's own DPIA sheet (DPIA_SHEET_COLUMNS): «Begrunnelse» alone names too much in another's table.
  dpiaResidualRisk: [],
  dpiaPriorConsultation: [],
  dpiaReason: [],
  highRisk: ['Kan behandlingen medføre høy risiko', 'Høy risiko', 'High risk'],
  status: [],
  approval: [],
  lastReview: ['Sist gjennomgått', 'Sist revidert', 'Last reviewed', 'Last review'],
  rightsRestrictions: [],
  automatedDecisions: ['Automatiserte avgjørelser', 'Automated decision-making'],
  organisationName: [],
  organisationNumber: [],
  organisationContact: [],
  organisationAddress: [],
  organisationEmail: [],
  organisationPhone: [],
  representativeOutsideEea: [],
  representativeName: [],
  representativeAddress: [],
  representativeEmail: [],
  representativePhone: [],
  dpoName: [],
  dpoAddress: [],
  dpoEmail: [],
  dpoPhone: [],
  custom: [],
};

/** ropa's report columns and the field each holds. */
export const ROPA_COLUMNS: Readonly<Record<string, Field>> = {
  id: 'id',
  activity: 'title',
  purposes: 'purposes',
  'data-subjects': 'dataSubjects',
  'data-categories': 'dataCategories',
  recipients: 'recipients',
  transfers: 'transfers',
  retention: 'retention',
  security: 'securityMeasures',
  'legal-basis': 'legalBasis',
  'national-law': 'nationalLaw',
  'special-categories': 'specialCategories',
  'criminal-offence': 'criminalOffence',
  'responsible-unit': 'responsibleUnit',
  'joint-controllers': 'jointControllers',
  sources: 'sources',
  systems: 'systems',
  processors: 'processors',
  'high-risk': 'highRisk',
  dpia: 'dpia',
  'rights-restrictions': 'rightsRestrictions',
  'automated-decisions': 'automatedDecisions',
  status: 'status',
  'last-review': 'lastReview',
};

/** ropa's DPIA sheet: the columns it prints that the record's sheet does not, and the field each holds. */
export const DPIA_SHEET_COLUMNS: Readonly<Record<string, Field>> = {
  'residual-risk': 'dpiaResidualRisk',
  'prior-consultation': 'dpiaPriorConsultation',
  'dpia-reason': 'dpiaReason',
};

let index: Map<string, Field> | undefined;

/** Every known label, folded, with its field. */
export function knownLabels(): Map<string, Field> {
  if (index) return index;
  const map = new Map<string, Field>();
  const add = (label: string, field: Field): void => {
    const k = fold(label);
    if (k !== '' && !map.has(k)) map.set(k, field);
  };
  for (const [label, field] of Object.entries(BEHANDLINGSOVERSIKT)) add(label, field);
  for (const lang of LANGUAGES) {
    for (const c of CONTROLLER_COLUMNS) add(t(lang, `report.column.${c.id}`), ROPA_COLUMNS[c.id]!);
  }
  for (const [field, labels] of Object.entries(OTHER) as [Field, readonly string[]][]) for (const l of labels) add(l, field);
  index = map;
  return map;
}

/** Labels as people would recognise them, for "did you mean". */
export function displayLabels(): string[] {
  const out = new Set<string>(Object.keys(BEHANDLINGSOVERSIKT));
  for (const lang of LANGUAGES) for (const c of CONTROLLER_COLUMNS) out.add(t(lang, `report.column.${c.id}`));
  for (const labels of Object.values(OTHER)) for (const l of labels) out.add(l);
  return [...out];
}

/**
 * Whether a header row is ropa's own report in one of its languages: the report's labels, with its ID column last.
 * Bokmål's and nynorsk's labels are mostly the same words, so the language is the one with the most of them (a
 * nynorsk report was read as bokmål, and its registry made in bokmål, until session 39).
 */
export function ropaReportLanguage(headers: readonly string[]): (typeof LANGUAGES)[number] | undefined {
  let best: { lang: (typeof LANGUAGES)[number]; hits: number } | undefined;
  for (const lang of LANGUAGES) {
    const labels = CONTROLLER_COLUMNS.map((c) => t(lang, `report.column.${c.id}`));
    const hits = headers.filter((h) => labels.includes(h.trim())).length;
    if (hits >= 4 && headers.includes(t(lang, 'report.column.id')) && (best === undefined || hits > best.hits)) best = { lang, hits };
  }
  return best?.lang;
}
