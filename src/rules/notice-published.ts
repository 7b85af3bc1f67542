import { ELECTRONIC_MEANS, isDirectMarketing, saidUnnegated, textsOf } from '../check/facts.js';
import { defineRule } from '../check/rule.js';
import { join } from '../util/pointer.js';
import { lazyPattern } from '../util/lazy-pattern.js';
import { byText } from '../util/memo.js';

/**
 * Art. 14(5)(b): informing each person may be replaced by making the information publicly available;
 * the record says where. Art. 14(5) applies only to data not obtained from the person: a survey that
 * collects directly cannot use it. Art. 14(5)(c): the law that lays down the obtaining is named.
 *
 * Where only some of the data comes from the person (a questionnaire beside data from a register), the public
 * notice covers the rest, but what the person gives needs Art. 13 information: a record that informs by the
 * public notice alone, without `art13`, is reported (`some-from-person`). Only a source of type `data-subject`
 * counts here: what a device observes (a toll camera reading a number plate) may concern someone else than the
 * person it is about, such as the vehicle's owner. A person-type source counts even where it also gives another
 * group's data (a patient naming next of kin): what it gives of its own still needs Art. 13.
 *
 * Nor can an activity that writes to each person (direct marketing by e-mail or SMS) claim that informing
 * them is impossible or disproportionate: where the data is used to communicate with the person, the
 * information is given at the latest at the first communication (Art. 14(3)(b)). The same holds for any purpose whose
 * words say it uses the data to contact the people it is about («finne og kontakte aktuelle kandidater», «ta kontakt med
 * deg», «contact them»): a recruiter sourcing profiles, a survey inviting its sample. A clause that denies it («vi
 * kontakter deg ikke») says nothing.
 */
/**
 * Contacting the people the data is about: the verb with the person as its object, not another party («kontakte
 * arbeidsgiver», «contact the employer» is no writing to the person). «Contact persons/people» right after «contact» is
 * the noun in English records («owners and contact persons»), so only «the people», pronouns and named groups count.
 */
const PERSON_NB =
  '(?:deg|dykk|dere|dei|dem|han|henne|personer\\p{L}*|personane|personene|(?:de|dei) registrerte|kandidat\\p{L}*|søker\\p{L}*|søkjar\\p{L}*|innbygger\\p{L}*|innbyggjar\\p{L}*|kunde\\p{L}*|medlem\\p{L}*|deltaker\\p{L}*|deltakar\\p{L}*|respondent\\p{L}*|(?:et|eit) utval\\p{L}*|utvalget|utvalet|pasient\\p{L}*|bruker\\p{L}*|brukar\\p{L}*|foreldr\\p{L}*|føresett\\p{L}*|foresatt\\p{L}*|elev\\p{L}*|lånere|lånarar)';
const PERSON_EN =
  '(?:you|them|him|her|each|individuals|candidates?|applicants?|members?|customers?|residents?|participants?|respondents?|patients?|(?:the|these|those|such) (?:people|persons|individuals|candidates|applicants|members|customers|residents|participants|respondents|patients|sample))';
const CONTACTS = lazyPattern(
  `(?<![\\p{L}])(?:(?:kontakte|ta kontakt med|tek kontakt med|ringe|ringje)\\s+(?:\\p{L}+\\s+){0,2}?${PERSON_NB}|(?:reach out to|contact)\\s+(?:\\p{L}+\\s+){0,1}?${PERSON_EN})(?![\\p{L}])`,
  'iu',
);
const FROM_PERSON = new Set(['data-subject', 'device']);

/** Whether a text tells of contacting each person (CONTACTS, unnegated): read once per distinct text (util/memo.ts). */
const contactsSaid = byText((t: string) => saidUnnegated(t, CONTACTS()));

export default defineRule(
  {
    id: 'notice-published',
    severity: 'error',
    citation: 'GDPR Art. 14(5)(b), (c)',
    messages: ['missing', 'from-person', 'some-from-person', 'no-law', 'contacts-person'],
  },
  (ctx, report) => {
    const orgNotice = ctx.registry.organisation?.value.notice?.url;
    for (const r of ctx.activities) {
      const info = r.activity.information;
      if (!info) continue;
      const onlyFromPerson = r.sources.length > 0 && r.sources.every((s) => FROM_PERSON.has(s.value.type));
      const givenByPerson = r.sources.filter((s) => s.value.type === 'data-subject');
      const i = info.method.indexOf('public-notice');
      if (i >= 0) {
        // Read only when the sources leave it to decide.
        const writesToEach = (): boolean => {
          const purposeTexts = r.purposes.flatMap((p) => textsOf(p.description));
          return (
            (isDirectMarketing(r, ctx.reference) && [...textsOf(r.activity.title), ...purposeTexts].some((t) => ELECTRONIC_MEANS.test(t))) ||
            (!info.method.includes('art14') && purposeTexts.some(contactsSaid))
          );
        };
        if (onlyFromPerson) report.activity(r, join('/information/method', i), 'from-person', { exemption: '14(5)(b)' });
        else if (givenByPerson.length > 0 && !info.method.includes('art13'))
          report.activity(r, join('/information/method', i), 'some-from-person', { sources: givenByPerson.map((s) => s.id) });
        else if (writesToEach()) report.activity(r, join('/information/method', i), 'contacts-person');
        else if (orgNotice === undefined && info.notice === undefined) report.activity(r, join('/information/method', i), 'missing');
      }
      const k = info.method.indexOf('obtained-by-law');
      if (k >= 0) {
        if (onlyFromPerson) report.activity(r, join('/information/method', k), 'from-person', { exemption: '14(5)(c)' });
        else if ((info.law ?? []).length === 0) report.activity(r, join('/information/method', k), 'no-law');
      }
    }
  },
);
