import { describe } from 'vitest';
import { ruleMatrix } from '../helpers/rule-matrix.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 38, R30 (variants-ambulanse AM60, AM61): children named as the ones who consent by themselves to an online
 * service, with no age of 13 or more, in the description of an activity whose consent basis says nothing of it. Law checked
 * 2026-12-04: GDPR Art. 8(1); personopplysningsloven § 5 («Aldersgrensen er 13 år …», unchanged; the 2025 proposal of 15
 * not found adopted, see docs/rules/child-consent-age.md). Each cell is one activity's description beside a consent purpose
 * (opt-in) for an audience not marked as children; sentences written for this matrix but the planted ones (first two).
 * READ (nb, nn, en; the consent verb after the children, or joined to their first verb by «og»/«and»; own account, a
 * compound app, a website) and SILENT (the parents consent, 13 or older, a grade from the 8th or secondary school, a denial, the past, the parents or a teacher as the
 * subject, consent as a noun, adults).
 */
const findingsOf = ruleMatrix('child-consent-age', {
  org: 'Vestvik helseforetak',
  language: 'nb',
  title: 'Nettside og kurs',
  purpose: 'Vise bilder fra kursene på nettsiden.',
  subjects: ['Publikum'],
  legalBasis: '      - gdpr: A6-1-a\n        consentMethod: opt-in\n',
});

describe('children who consent by themselves to an online service, said in the description (described-own-consent)', () => {
  readsAndSilent(
    findingsOf,
    [
      'Barn og unge kan delta i tegnekonkurransen «Årets livredder» på nettsiden, og samtykker selv til at navn og alder publiseres sammen med tegningen.',
      'Elever fra 10 år kan også lage egen bruker i kursappen og samtykke til at vi sender dem påminnelser om å øve.',
      'Born og unge kan vere med i teiknekonkurransen på nettsida, og samtykkjer sjølve til at namn og alder blir publiserte.',
      'Children can enter the drawing competition on our website and consent themselves to their name and age being published.',
      'Elevene lager sin egen bruker i treningsappen og samtykker til at vi lagrer resultatene deres.',
      'Elevar frå 9 år kan opprette eigen brukar i leseappen og samtykkje til at vi sender dei varsel.',
      'Pupils from 10 can create an account in the quiz app and agree to us storing their scores.',
      'Barn kan selv samtykke til at vi lagrer tegningene deres på nettsiden.',
      'Ungdom kan melde seg på nyhetsbrevet på nettsiden og samtykker samtidig til at vi sender tilbud.',
      'Kids sign up in the club app and consent to push notifications.',
    ],
    [
      'Barn og unge kan delta i tegnekonkurransen på nettsiden, og foreldrene samtykker til at navn og alder publiseres.',
      'Elever fra 13 år kan lage egen bruker i kursappen og samtykke til påminnelser.',
      'Barn kan delta i tegnekonkurransen på nettsiden; vi publiserer ikke navn.',
      'Barn samtykker ikke selv; foreldrene melder dem på i appen.',
      'Tidligere kunne elever samtykke selv i appen.',
      'Ungdom over 15 år kan selv samtykke til at vi sender dem nyhetsbrevet.',
      'Foresatte kan lage egen bruker i kursappen og samtykke på vegne av barna.',
      'Barn kan delta på kurset, og læreren samtykker på vegne av klassen i appen.',
      'Elevene får informasjon på nettsiden om hva samtykke betyr.',
      'Adults can sign up in the app and consent to reminders; children cannot register.',
      'Elevar på 9. trinn samtykkjer sjølve i appen.',
      'Elever på videregående samtykker selv til varsler i skoleappen.',
      'Unge voksne kan melde seg på i appen og samtykke til påminnelser.',
    ],
  );
});
