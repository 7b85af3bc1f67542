import { table } from '../helpers/reader-table.js';
import { readText } from '../../src/check/prose-activity.js';
import { revealsIn } from '../../src/check/prose-category.js';

/**
 * F13's narrowings of session 22 (#12, no false alarm; N8's review, w10, x18, v11, v67), each with lawful wordings (nb, nn,
 * en) that must not read and the true wordings near them that must: health data said to stay with another party or to be
 * its matter, a careful English «no diagnosis» (special-category-condition); «ba kommunen om …» after a fronted adverbial
 * (the municipality asked: V2 order), and a past practice of obtaining that ended, its data deleted (notice-source's
 * described sources). The same wordings, run through `ropa gaps`, are test/fixtures/corpus/bodies/lawful-wordings-s22-g*.
 */

const health = (t: string): boolean => revealsIn(t, true).some((r) => r.kind === 'health');

table(
  'health data that stays with another party, or is its matter, is not processed here (revealsIn)',
  health,
  [
    ['en', 'Health data about the patient stays with us.'],
    ['en', 'Health data about the patient stays with our IT supplier.'],
    ['en', "We record the patient's diagnosis; the journal stays with the hospital."],
    ['en', "We record the patient's diagnosis and the health data stays with the hospital."],
    ['nb', 'Helseopplysninger om pasienten ligger hos oss.'],
    ['en', "The interpreter records the patient's diagnosis and symptoms in the call log."],
    ['nb', 'Tolken noterer diagnosen til pasienten i loggen.'],
    ['en', "The instructor keeps a copy of the learner's medical certificate."],
    ['nb', 'Instruktøren tar kopi av elevens legeattest.'],
    ['en', "A learner's medical certificate is a matter for us and is kept in the file."],
    ['nn', 'Vi noterer diagnosen til pasienten i loggen.'],
  ],
  [
    ['en', 'Health data about the patient stays with the hospital; this activity records no diagnosis, symptom or treatment.'],
    ['en', 'This activity records no diagnosis, symptom or treatment.'],
    ['nb', 'Helseopplysninger om pasienten blir hos sykehuset; aktiviteten registrerer ingen diagnose.'],
    ['nn', 'Helseopplysningane om pasienten blir verande hos sjukehuset; aktiviteten registrerer ingen diagnose.'],
    ['nn', 'Helseopplysningane om pasienten ligg hos sjukehuset.'],
    ['en', "The instructor notes no health information; a learner's medical certificate is a matter for the Norwegian Public Roads Administration."],
    ['nb', 'Instruktøren noterer ingen helseopplysninger; legeattesten er en sak for Statens vegvesen.'],
    ['nn', 'Instruktøren noterer ingen helseopplysningar; legeattesten er ei sak for Statens vegvesen.'],
  ],
);

const source = (t: string): boolean => readText.source(t);

table(
  'the municipality asking after a fronted adverbial, and an ended practice whose data are not said to be still kept, name no source (sourcesIn)',
  source,
  [
    ['nb', 'Hvert år ber kommunen Lånekassen om opplysninger om alle bevillingshavere.'],
    ['nn', 'Kvart år ber kommunen Arbeidstilsynet om opplysningar om alle løyvehavarar.'],
    ['nb', 'I slike saker ber saksbehandleren politiet om opplysninger om søkeren.'],
    ['nb', 'Vi ber politiet om opplysninger om straffbare forhold.'],
    ['nb', 'Fram til 2022 ba kommunen Lånekassen om opplysninger om alle bevillingshavere; praksisen er avsluttet, men opplysningene er fortsatt lagret.'],
    [
      'en',
      'Until 2022 we asked the Labour Inspection Authority for information on all licence holders; the practice has ended, but the information is still kept.',
    ],
  ],
  [
    // An ended practice that does not say its data are still kept: silent since the merge of session 26 (F2, N11's review:
    // the record and the notice tell what is done now; a source of data still held is read where the text says they are).
    ['nn', 'Fram til 2022 ba me Arbeidstilsynet om opplysningar om alle løyvehavarar.'],
    ['en', 'Until 2022 we asked the Labour Inspection Authority for information on all licence holders.'],
    ['nb', 'Fram til 2022 ba kommunen årlig om skatteopplysninger for alle bevillingshavere; den praksisen er avsluttet, og opplysningene er slettet.'],
    [
      'nb',
      'Fram til 2022 ba kommunen hvert år om kontoopplysninger for alle bevillingshavere; praksisen ble stanset etter råd fra Datatilsynet, og opplysningene er slettet.',
    ],
    ['nb', 'Fram til 2022 ba kommunen årlig om skatteopplysninger for alle bevillingshavere.'],
    ['nn', 'Fram til 2022 ba me Arbeidstilsynet om opplysningar om alle løyvehavarar; ordninga er avslutta, og opplysningane er sletta.'],
    [
      'en',
      'Until 2022 we asked the Labour Inspection Authority for information on all licence holders; the practice has ended and the information has been deleted.',
    ],
  ],
);
