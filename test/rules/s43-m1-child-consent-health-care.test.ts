import { describe } from 'vitest';
import { childCareFindings } from '../helpers/rule-registries.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 43 (M1): child-consent-age judges a recorded `childConsentAge` against 16 in health care (pasient- og
 * brukerrettighetsloven § 4-3 first paragraph (b): «personer mellom 16 og 18 år» consent to «helsehjelp»; from 12 under
 * (c)). Session 42 widened what names health care to the health professions' own care (physiotherapy, rehabilitation,
 * the health clinic); this closes the class both ways. It names care for a dentist and a dental hygienist too (health
 * personnel whose care is «helsehjelp» as a physiotherapist's is), not «rehabilitering av skolebygget» (building work)
 * or «habilitet» (a case officer's impartiality); and a consent in a care activity to something other than the care (a
 * newsletter, photos on the web, a survey) is consent to processing, where Art. 8 (13, online) or no age in law applies.
 * Each cell is an activity «title | purpose» with health data and a consent from 13, in other domains, nb, nn and en.
 */
const findingsOf = childCareFindings('ropa-s43-m1-child-care-');

describe('a recorded childConsentAge of 13 in health care, and near it (child-consent-age)', () => {
  readsAndSilent(
    findingsOf,
    [
      'Tannpleier for ungdom | undersøkelse og rens hos tannpleieren',
      'Tannpleiar for ungdom | undersøking og reins hjå tannpleiaren',
      'Tannlegebehandling for barn og unge | undersøke og behandle tennene',
      'Dentist appointments for young people | examine and treat the teeth',
      'Fysioterapi for barn og unge | rettleie foreldra i heimeøvingar med video av barnet',
      'Rehabilitering etter idrettsskader | opptrening og oppfølging etter skaden',
      'Rehabilitation after sports injuries | training and follow-up after the injury',
      'Helsestasjon for ungdom | samtaler med helsesykepleier',
    ],
    [
      'Rehabilitering av skolebygget | elevene sier hva de trenger i det nye bygget, også om allergier',
      'Rehabilitering av symjehallen | ungdomane seier kva dei treng, også om allergiar',
      'Rehabilitation of the swimming pool | young users tell us what they need, allergies included',
      'Habilitetsvurdering i ungdomsrådet | registrere forhold som kan gjøre et medlem inhabilt',
      'Tannlegeklinikken Smil | sende nyhetsbrev om tannhelse til ungdom som melder seg på',
      'Psychologist practice | publish photos from our youth group on Instagram',
      'Fysioterapeutane i Solvik | brukarundersøking blant ungdom som har fått fysioterapi',
      'Physiotherapy clinic | send our newsletter to young members who sign up',
    ],
  );
});

/**
 * Session 44 (M2), in the same registry: child-consent-age counts a psychologist's care as health care, as M1 did dental care. A psychologist is
 * authorised health personnel (helsepersonelloven § 48 first paragraph, «psykolog»); examination and treatment by health
 * personnel is «helsehjelp» (§ 3 third paragraph: «enhver handling som har forebyggende, diagnostisk, behandlende …
 * formål og som utføres av helsepersonell»), to which a child consents alone from 16 (pasient- og
 * brukerrettighetsloven § 4-3 first paragraph (b); from 12 only under (c)). So a recorded `childConsentAge: 13` in the
 * school psychologist's, PPT's psychologist's, BUP's or a psychology practice's care is judged against 16. Not care:
 * psychology as a subject, psychological safety, psychological tests in recruitment, PPT by name alone (an educational
 * service under opplæringslova), and consent in a psychologist's activity to something other than the care (a
 * newsletter, photos). Each cell is an activity «title | purpose» with health data and a consent from 13, nb, nn, en.
 */
describe("a recorded childConsentAge of 13 in a psychologist's care, and near it (child-consent-age)", () => {
  readsAndSilent(
    findingsOf,
    [
      'Skolepsykolog | samtaler med skolepsykologen om det eleven strever med',
      'Skulepsykolog | samtalar med skulepsykologen om det eleven strevar med',
      'School psychologist | talks with the school psychologist about what the pupil struggles with',
      'PPT – samtaler med psykolog | psykologen følger opp eleven over tid',
      'BUP Solvik | utredning og behandling av ungdom',
      'Barne- og ungdomspsykiatrisk poliklinikk | utgreiing og behandling av ungdom',
      'Psykologpraksis for ungdom | behandling og oppfølging av unge klienter',
      'Child and adolescent psychiatry | assessment and treatment of young people',
      'Psychologists for young people | therapy sessions and follow-up',
    ],
    [
      'Psykologi som valgfag | elevene svarer på en spørreundersøkelse om trivsel og helse',
      'Psykologisk trygghet i klassen | elevane svarar på ei undersøking om trivsel og helse',
      'Psychological safety at the youth club | members answer a survey on wellbeing and health',
      'Pedagogisk-psykologisk tjeneste | sakkyndig vurdering av behovet for spesialundervisning',
      'Psykologiske tester ved opptak til lærlingordningen | vurdere søkerne',
      'Psykologpraksis for ungdom | sende nyhetsbrev til ungdom som melder seg på',
      'School psychologist service | publish photos from the youth group on Instagram',
    ],
  );
});
