import { table } from '../helpers/reader-table.js';
import { readText } from '../../src/check/prose-activity.js';

/**
 * F6's readings (session 20, variants-trafikkskole), each with the lawful wordings that share its words (nb, nn, en).
 */

table(
  'a party that sends us a list of people or their details is a source (prose-activity sourcesIn, partySends)',
  (t) => readText.source(t),
  [
    ['en', 'Upper secondary schools that buy trafikalt grunnkurs for their pupils send us the class list with names and dates of birth.'], // set: trafikkskole TS25
    ['nb', 'Skolene sender oss klasselista med navn og fødselsdato.'],
    ['nn', 'Kommunen oversender oss navnelister over deltakarane.'],
    ['en', 'Employers that pay for the course send us the participant list.'],
  ],
  [
    ['en', 'Our IT supplier sends us a monthly report on uptime.'],
    ['en', 'The supplier sends us the price list every spring.'],
    ['en', 'Applicants send us their CV and a cover letter.'],
    ['en', 'Parents send us the names of who may pick up the child.'],
    ['en', 'Schools do not send us the class list; the pupils register themselves.'],
    ['en', 'Schools send us only the number of pupils per class, as aggregated statistics.'],
    ['en', 'We send the schools the class list with the results.'],
    ['nn', 'Skulane får klasselista frå oss før kurset.'],
    ['nb', 'Kundene sender oss navn og adresse når de bestiller.'],
    ['nn', 'Elevane sender oss namn og fødselsdato i påmeldinga.'],
    ['en', 'Learners send us their contact details through the booking form.'],
  ],
);

table(
  'copying reviews, posts or data from a party or site is a source (prose-activity SOURCE_SAID, COPIED)',
  (t) => readText.source(t),
  [
    ['en', "We also copy reviews of our instructors from Google and Facebook into TABS with the reviewer's name."], // set: trafikkskole TS26
    ['nb', 'Vi kopierer omtaler av instruktørene fra Google inn i TABS.'],
    ['en', 'We copy reviews from Trustpilot into the CRM.'],
  ],
  [
    ['en', 'We copy the template from the old course into the new one.'],
    ['en', 'We copy the texts from our website into the brochure.'],
    ['en', 'The learner can copy the details from the app into their calendar.'],
    ['nb', 'Vi kopierer malen fra Word inn i brevet.'],
    ['en', 'We do not copy reviews from Google or Facebook.'],
    ['en', "We copy the learner's details from the booking form into TABS."],
    ['nb', 'Vi kopierer opplysningene fra vårt eget system til arkivet.'],
    ['en', 'Learners can copy their contact details from their Vipps profile into the booking form.'], // N5's review
  ],
);
