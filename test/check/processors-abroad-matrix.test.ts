import { describe } from 'vitest';
import { sentenceMatrix } from '../helpers/sentence-matrix.js';
import { ruleMatrix } from '../helpers/rule-matrix.js';

/**
 * Issue #12 (session 33, R11): a processor abroad said in words — a service that does the work, named by its nationality
 * or placed in a third country (the agent of a passive, a service used, a relative clause or «i», «in», «from» carrying the
 * place, data kept on servers there), on an activity that records no transfer. Beside them the SILENCE cells: an EEA
 * service, a denial, the past, the person travelling, news about a country. Sentences written for this matrix (a
 * municipal housing office, Vestvik bustadkontor), none from a test set. Each is the only description of an activity.
 */
const findingsOf = ruleMatrix('processor-location', {
  org: 'Vestvik bustadkontor',
  language: 'nn',
  title: 'Søknader om kommunal bustad',
  purpose: 'handsame søknader om kommunal bustad',
});

/** [shape, sentence]: each must be read as a transfer the record does not list. */
export const abroad: readonly (readonly [string, string])[] = [
  ['passive agent, adjective nn', 'Lydopptaka av telefonsamtalane blir skrivne ut av ei amerikansk teneste.'],
  ['passive agent, adjective nb', 'Telefonsamtalene blir transkribert av en indisk underleverandør.'],
  ['passive agent, adjective en', 'The phone calls are transcribed by an American service.'],
  ['use, adjective en', 'We use a US-based cloud service for the case files.'],
  ['use, adjective nb', 'Vi bruker en kanadisk skytjeneste til å lagre søknadene.'],
  ['via, adjective nn', 'Søknadene blir skanna via eit filippinsk selskap.'],
  ['run by a company in', 'Søknadsportalen drives av et selskap i India.'],
  ['support from', 'Support for the case system is provided from the Philippines.'],
  ['support sits in nn', 'Brukarstøtta til systemleverandøren sit i India og kan sjå søknadene.'],
  ['relative clause nn', 'Søknadene blir lagra hos ein leverandør som held til i Canada.'],
  ['servers in', 'Leverandøren lagrar søknadene på servere i USA.'],
  ['kept by a name in', 'The applications are kept by Dropbox in the United States.'],
];

/** Near-wordings that must stay silent. */
export const silent: readonly (readonly [string, string])[] = [
  ['EEA adjective', 'Lydopptaka blir skrivne ut av ei svensk teneste.'],
  ['EEA place', 'Søknadsportalen drives av et selskap i Irland.'],
  ['EEA place en', 'Support for the case system is provided from Germany.'],
  ['denial', 'Vi bruker ingen tjenester utenfor EØS.'],
  ['denial en', 'We do not use any American service for the case files.'],
  ['past', 'Fram til 2022 vart søknadene lagra hos ein leverandør i USA.'],
  ['past en', 'The case files used to be stored by an American company until 2021.'],
  ['person travels', 'Søkjarar som bur i USA kan søkje på e-post.'],
  ['person from', 'Many applicants come from Ukraine.'],
  ['news', 'Vi følgjer med på nyheiter om amerikansk politikk.'],
  ['us', 'The supplier sends us a report every month.'],
  ['owner abroad', 'The supplier is a subsidiary of an American group, and the data stays in Norway.'],
  ['bought from', 'Lisensen til bookingsystemet er kjøpt av eit kanadisk selskap.'],
  ['a thing sold', 'Old laptops are sold to a company in India after the disks are wiped.'],
];

const NOT_YET = new Set<string>([]);

describe('processors abroad said in words (processor-location, R11 session 33)', () => sentenceMatrix(findingsOf, abroad, silent, NOT_YET));
