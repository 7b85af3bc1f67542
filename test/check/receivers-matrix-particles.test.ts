import { describe } from 'vitest';
import { ruleMatrix, VOLUNTEER_CENTRE, type MatrixOptions } from '../helpers/rule-matrix.js';
import { cellMatrix } from '../helpers/sentence-matrix.js';

/**
 * Issue #12 (session 33, R10): the receiver matrix extended (test/check/receivers-matrix.test.ts is session 32's) by the
 * shapes a grammar gives that it lacked — a passive with a particle («are passed on to», «blir sendt videre til», «vert send
 * over til», «oversendes P»), adverbs between («are also passed on to»), a fronted object with V2 and a particle («Lista
 * sender vi videre til P»); and by party kinds: a role that names another party to the case where the record's people are
 * someone else («klageren», «tiltakshavaren», «the complainant»), a school's or a municipality's title in another body's
 * record («rektor ved skolen», «the head teacher», «kommunelegen»), an institution's office («menighetskontoret»,
 * «kyrkjelydskontoret», «skolekontoret i kommunen»). Next to each the SILENCE cells: negation, the past, a hypothetical, a
 * question, the person themself (a role that IS the record's people), our own unit, counts, a church body's own parish office
 * and priest, a bare «lærer» (a course's own). And a person's statement by whom it is from («uttalelser fra brukerne»), not
 * an explanation of a thing. Sentences written for this
 * matrix (a volunteer centre, Nordvik frivilligsentral), none from a test set.
 */
const recipients = ruleMatrix('recipients-stated', VOLUNTEER_CENTRE);
const ORG = VOLUNTEER_CENTRE.org;

/** [group, shape, sentence, data subjects (none: the helper's default)]: each must be read as a disclosure to an unrecorded receiver. */
export const disclosures: readonly (readonly [string, string, string, (readonly string[])?])[] = [
  // A passive with a particle, adverbs between
  ['particle', 'passive en also', 'The phone numbers of the volunteers are also passed on to the sports club.'],
  ['particle', 'passive en sent on', 'The registration forms of the participants are sent on to the regional federation.'],
  ['particle', 'passive en handed over', 'The names of the members are handed over to the housing cooperative.'],
  ['particle', 'active en on to', 'We send the attendance lists on to the sports club every month.'],
  ['particle', 'passive nb blir videre', 'Navnene på deltakerne blir sendt videre til idrettslaget.'],
  ['particle', 'passive nb blir også videre', 'Listen over brukerne blir også gitt videre til Frelsesarmeen.'],
  ['particle', 'passive nb -s videre', 'Adresselisten over medlemmene sendes videre til kretsen.'],
  ['particle', 'passive nb -s no til', 'Telefonnumrene til de frivillige oversendes borettslaget.'],
  ['particle', 'passive nn vert over', 'Namna på deltakarane vert send over til idrettslaget.'],
  ['particle', 'passive nn vert òg vidare', 'Namnelista vert òg send vidare til Raude Kross.'],
  // A fronted object, V2, a particle after the subject
  ['fronted', 'nb videre', 'Navnelistene sender vi videre til idrettslaget.'],
  ['fronted', 'nn over', 'Namnelista sender vi over til idrettslaget.'],
  ['fronted', 'nb over, time after', 'Kopier av påmeldingsskjemaene sender vi over til kretsen hver høst.'],
  ['fronted', 'nn vidare, also', 'Telefonnummera til dei frivillige sender vi òg vidare til burettslaget.'],
  ['fronted', 'nb pronoun', 'Vi fører en liste over deltakerne. Den sender vi videre til idrettslaget.'],
  // A role that names another party where the record's people are someone else
  ['role', 'klageren nb', 'Vi sender uttalelsen fra den ansatte videre til klageren.', ['Ansatte det er klaget på']],
  ['role', 'tiltakshavar nn', 'Vi sender kopi av merknadene frå grunneigarane til tiltakshavaren.', ['Grunneigarar som har sendt merknad']],
  ['role', 'søkjaren nn passive', 'Kopi av protestane frå grunneigarane blir send til søkjaren.', ['Grunneigarar som har sendt merknad']],
  ['role', 'complainant en', 'We forward the statement from the employee to the complainant.', ['Employees who are the subject of a complaint']],
  // A person's statement, by whom it is from
  ['statement', 'en passive', 'Statements from witnesses are passed on to the insurance company.'],
  ['statement', 'nb active', 'Vi sender uttalelser fra brukerne til borettslaget.'],
  // A school's or a municipality's title in another body's record
  ['title', 'rektor ved skolen', 'Vi sender fraværslisten for deltakerne til rektor ved skolen.'],
  ['title', 'the head teacher', 'We forward the attendance records of the pupils to the head teacher.'],
  ['title', 'kommunelegen', 'Navnene på deltakerne som er syke, blir sendt til kommunelegen.'],
  ['title', 'the form teacher', "Each term the pupils' attendance lists are sent to their form teacher."],
  // An institution's office
  ['office', 'menighetskontoret', 'Navnelisten over de frivillige blir sendt til menighetskontoret.'],
  ['office', 'kyrkjelydskontoret', 'Vi sender namna på deltakarane til kyrkjelydskontoret.'],
  ['office', 'skolekontoret i kommunen', 'Påmeldingene med navn på elevene sendes videre til skolekontoret i kommunen.'],
  ['office', 'legekontoret', 'Vi sender opplysninger om brukerne til legekontoret.'],
];

/** Near-wordings that must stay silent: [why, sentence, data subjects, organisation]. */
export const silent: readonly (readonly [string, string, (readonly string[] | undefined)?, string?])[] = [
  ['negation', 'Navnene på deltakerne blir ikke sendt videre til idrettslaget.'],
  ['negation en', 'The phone numbers of the volunteers are never passed on to the sports club.'],
  ['negation fronted nn', 'Namnelista sender vi ikkje vidare til idrettslaget.'],
  ['past', 'Tidligere ble navnene sendt videre til idrettslaget, men det gjør vi ikke lenger.'],
  ['hypothetical', 'Vi vurderer om navnelistene skal sendes videre til idrettslaget.'],
  ['question', 'Should the names be passed on to the sports club? Ask the manager.'],
  ['counts', 'Bare antall deltakere sendes videre til idrettslaget.'],
  ['counts en', 'Anonymised figures are passed on to the sports club.'],
  ['the person', 'Programmet blir sendt videre til deltakerne.'],
  ['the person fronted', 'Timeplanen sender vi over til de frivillige.'],
  ['own unit', 'Namnelista vert send vidare til leiinga i frivilligsentralen.'],
  ['the role is the person', 'Vedtaket om plass blir sendt til søkeren.', ['Søkere til frivillige oppdrag']],
  ['the role is the person en', 'We forward the decision to the complainant.', ['Complainants']],
  ['own office', 'Navnelisten over de frivillige blir sendt til menighetskontoret.', undefined, 'Nordvik menighet'],
  ['own school', 'Vi sender fraværslisten for elevene til rektor ved skolen.', undefined, 'Nordvik skole'],
  ['own municipality', 'Navnene på brukerne som er syke, blir sendt til kommunelegen.', undefined, 'Nordvik kommune'],
  ['a thing handed over', 'The keys are handed over to the housing cooperative.'],
  ['a thing fronted', 'Bøkene sender vi videre til biblioteket.'],
  ['an explanation', 'Vi sender forklaringen på endringene i programmet til idrettslaget.'],
  ['a church body: its parish office', 'Namnelista over dei frivillige blir send til kyrkjelydskontoret.', undefined, 'Nordvik kyrkjelege fellesråd'],
  ['a church body: its priest', 'Vi sender lista over konfirmantane til soknepresten.', undefined, 'Nordvik kyrkjelege fellesråd'],
  ['a bare teacher: a course has its own', 'Vi sender oppmøtelistene til lærerne på kurset.'],
];

/**
 * Cells not right yet (the report counts them): a bare «lærerne på kurset» is read as another body's staff by «på kurset»
 * (staffOfOther, before session 33: a false alarm on main as well).
 */
const NOT_YET = new Set<string>(['Vi sender oppmøtelistene til lærerne på kurset.']);

describe('the receiver matrix, particles and party kinds (recipients-stated, R10 session 33)', () => {
  const placed = new Map<string, Partial<MatrixOptions>>([
    ...disclosures.map(([, , , s], i) => [`d${i}`, { org: ORG, subjects: s ?? [] }] as const),
    ...silent.map(([, , s, o], i) => [`s${i}`, { org: o ?? ORG, subjects: s ?? [] }] as const),
  ]);
  cellMatrix(
    recipients.perCell((id) => placed.get(id)!),
    [
      { id: 'd', cells: disclosures.map(([g, s, t]) => [g, s, t]), name: 'asks for the receiver (%s, %s, %s): %s', gives: 1 },
      { id: 's', cells: silent.map(([w, t]) => [w, t]), name: 'does not ask (%s, %s): %s', gives: 0 },
    ],
    NOT_YET,
  );
});
