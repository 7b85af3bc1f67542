import { table } from '../helpers/reader-table.js';
import { revealsIn } from '../../src/check/prose-category.js';
import { readText, sourceNamed } from '../../src/check/prose-activity.js';
import { aiClause } from '../../src/check/screening.js';
import { discloses, saidUnnegated } from '../../src/check/facts.js';

/**
 * W9's readings of session 22 (#12, recall on English records: variants-tolk), each with the lawful wordings (nb, nn, en)
 * that must not read. The rules' own cases are rows of their fixtures (vital-interests, consent-for-public-task).
 */

table(
  "a patient's health recorded by the activity, though its people list no patients (revealsIn with aims, patients others)",
  (t) => revealsIn(t, true, true).some((x) => x.kind === 'health'),
  [
    ['en', "The interpreter on call notes the patient's symptoms and the ward's tentative diagnosis in the log."],
    ['en', "We record patients' diagnoses to choose the right terminology."],
    ['nb', 'Tolken noterer pasientens diagnose i loggen.'],
    ['nn', 'Vi loggfører pasienten sin diagnose.'],
  ],
  [
    ['en', "Nurses who treat the patient's infection are listed on the rota."],
    ['en', 'The canteen makes a separate menu for patients with allergies.'],
    ['nb', 'Sykepleiere som jobber med pasienter med smittsomme sykdommer, settes opp på vaktlisten.'],
    ['en', "We do not note the patient's symptoms or diagnosis."],
    ['nn', 'Tolken noterer ikkje diagnosen til pasienten.'],
    ['en', "Resetting passwords for the patient's record system and the medication module."],
    ['en', "We log the time of the call and the patient's language, not the diagnosis."],
    ['en', "The ward records the patient's symptoms and diagnosis in its own journal; we log only the call."],
    ['nb', 'Legen noterer pasientens diagnose i sin egen journal.'],
  ],
);

table(
  'data handed to an agency the controller buys a service from (discloses: AGENCY_PARTY)',
  (t) => discloses(t),
  [
    ['en', 'The statistics, with the full IP addresses, are also shared with our web agency Nettbyrå Vest AS for its own marketing.'],
    ['en', 'We share the IP addresses with our web agency.'],
    ['nn', 'Vi sender lista over deltakarane til reklamebyrået.'],
    ['nb', 'Vi deler søknadene med rekrutteringsbyrået.'],
    ['en', 'We send the names of the travellers to our travel agency.'],
    ['nb', 'Statistikken, med fulle IP-adresser, blir delt med nettbyrået.'],
  ],
  [
    ['en', 'The statistics are not shared with our web agency.'],
    ['en', 'We share statistics on page views with our web agency.'],
    ['en', 'The statistics are shared with our web agency.'],
    ['en', 'The statistics, with the last two bytes of the IP address removed, are shared with our web agency.'],
    ['en', 'We share office space with a web agency.'],
    ['nn', 'Vi deler kontorlokale med eit reklamebyrå.'],
    ['en', 'Our web agency built the site.'],
    ['nb', 'Statistikken deles med nettbyrået.'],
    ['nb', 'Vi sender stillingsannonsen til rekrutteringsbyrået.'],
    ['en', 'We send the job advert to the recruitment agency.'],
    ['en', 'The agency never shares the names with the advertising agency.'],
    ['en', 'We share ideas for new pages with our web agency in a monthly meeting.'],
    ['nb', 'Vi deler planer for nye sider med nettbyrået.'],
  ],
);

table(
  "AI applied to the people's data, in the record's words (screening: innovative technology, +1)",
  (t) => saidUnnegated(t, aiClause),
  [
    ['en', "From 2026 the platform's AI speech recognition transcribes each call and machine-translates it for rare languages."],
    ['en', 'A chatbot answers questions from applicants on the website.'],
    ['nb', 'Kunstig intelligens sorterer søknadene før saksbehandleren ser dem.'],
    ['nn', 'Vi bruker maskinomsetjing av meldingane frå brukarane.'],
    ['en', 'We use facial recognition to identify visitors at the entrance.'],
  ],
  [
    ['en', "Calls are not recorded, and the platform's transcription features are switched off."],
    ['en', 'We do not use AI to transcribe calls.'],
    ['en', 'Staff get a course on how artificial intelligence is used in interpreting.'],
    ['en', 'We are considering machine translation for rare languages in 2027.'],
    ['nb', 'Plattformen har talegjenkjenning, men den er slått av.'],
    ['nn', 'Vi bruker ikkje kunstig intelligens.'],
    ['en', 'The AI features of the platform are disabled.'],
  ],
);

table(
  'a party asked for its assessment of a person, as a source (sourceNamed; a denied clause is left out by its caller)',
  (t) => sourceNamed(t) !== '',
  [
    ['en', "We also ask the ordering bodies' staff and the interpreter's former agencies for their assessment of each new interpreter."],
    ['nn', 'Vi ber tidlegare oppdragsgjevarar om ei vurdering av kvar ny tolk.'],
    ['en', 'We ask former employers for a reference on each new driver.'],
  ],
  [
    ['en', 'Interpreters can ask us for an evaluation of their test.'],
    ['en', 'We ask each new interpreter for their own assessment of the test.'],
    ['en', 'Students may ask the teacher for an assessment of their essay.'],
  ],
);

table(
  "a support team or helpdesk abroad, in a processor's words (readText.place)",
  (t) => readText.place(t).length > 0,
  [
    ['en', 'Video and phone platform for remote interpreting. Its second-line support team in the Philippines can see call metadata.'],
    ['nn', 'Brukarstøtta i Ukraina kan sjå bookingane.'],
    ['nb', 'Kundeservice i India svarer på henvendelser fra brukerne.'],
    ['en', 'The helpdesk in Manila, the Philippines, answers calls.'],
  ],
  [
    ['en', 'We support interpreters in Ukraine.'],
    ['en', 'Our support team helps users in the United States.'],
    ['en', 'Our customer service answers customers travelling in the United States.'],
    ['en', 'The support team in Canada has no access to personal data.'],
    ['nb', 'Kunder i USA får hjelp av kundeservice.'],
    ['en', 'Our call centre serves members in Canada.'],
    ['en', 'We give user support by phone to interpreters working in Ukraine, from our office in Bergen.'],
    ['nb', 'Vi gir brukerstøtte på telefon til tolker som jobber i Ukraina.'],
  ],
);
