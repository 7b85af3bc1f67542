import { describe } from 'vitest';
import { taskSentences } from '../helpers/sentence-registry.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 45, FX (issue #12): a party that handles the data in a third country, told only in the words
 * (check/handled-abroad.ts: the party, its place and a verb of handling in one clause), where the record lists no
 * processor, recipient or transfer there: processor-location `described-transfer` (Art. 44, 30(1)(e)). Written from
 * variants-bilverksted BV76, variants-ombod LD57 and variants-samskipnad SS52; variants-sjoredning SR67 held out. Each cell
 * is the only description of a municipality's activity with no party recorded. READ: new wordings (a call centre, a cloud
 * service, a transcription bureau, servers, a nationality before the service), nb, nn, en. SILENT: a person's place
 * (living, studying, exchange), the EEA, a denial, the past, an EEA country.
 */
const placeOf = taskSentences('ropa-s45-fx-abroad-', 'processor-location');

describe('a party that handles the data in a third country, told in words (processor-location described-transfer)', () => {
  readsAndSilent(
    placeOf,
    [
      'Support tickets are answered by a call centre in Manila.',
      'Bildene lagres hos en skytjeneste i India.',
      'Opptaka blir transkriberte av eit byrå i Ukraina.',
      'The survey answers are stored on servers in Brazil.',
      'Påmeldingane blir sende gjennom ei amerikansk e-postteneste.',
      'Invoices are checked by our partner in Pakistan before they are paid.',
    ],
    [
      'Søkere som bor i Pakistan, sender inn dokumentene sine på e-post.',
      'Our students on exchange in the United States send reports to us.',
      'The data is stored in our data centre in Oslo and is not sent outside the EEA.',
      'Tidligere lå e-posten hos en leverandør i USA, men den ble flyttet til Norge i 2022.',
      'We never send applications to our partner in India.',
      'The e-mails are sent by Mailwave ApS in Denmark.',
      'Vi måler bruken av nettstaden med Matomo, som Statistikkloftet AS driftar for oss på servarar i Noreg.',
    ],
  );
});
