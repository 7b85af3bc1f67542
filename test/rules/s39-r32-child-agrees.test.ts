import { describe } from 'vitest';
import { ruleMatrix } from '../helpers/rule-matrix.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 39, R32 (variants-verneplikt VP62, VP63; variants-samskipnad SS70): children as the ones who agree, said with any
 * verb of agreeing (samtykke, godta, si/seie ja til, agree, accept, say yes) or signing themselves up by their own word
 * (melde seg på … selv, sign up themselves), the child in its clause's subject place wherever the clause stands (first, after
 * «;», after «når»/«when», after a fronted adverbial and the verb: V2). Law checked 2026-12-04: GDPR Art. 8(1) («Where the
 * child is below the age of 16 years, such processing shall be lawful only if and to the extent that consent is given or
 * authorised by the holder of parental responsibility over the child»); personopplysningsloven § 5 (the age is 13). Cells
 * from a sports club, a library, a web shop, a school; the planted sentences first.
 */
const findingsOf = ruleMatrix('child-consent-age', {
  org: 'Vestvik idrettslag',
  language: 'nb',
  title: 'Klubbapp og nyhetsbrev',
  purpose: 'Sende nyhetsbrev og vise resultater i appen.',
  subjects: ['Publikum'],
  legalBasis: '      - gdpr: A6-1-a\n        consentMethod: opt-in\n',
});

describe('children who agree or sign themselves up, in any clause position (described-own-consent)', () => {
  readsAndSilent(
    findingsOf,
    [
      'Etter skolebesøkene kan også elever på mellomtrinnet melde seg på nyhetsbrevet selv i skjemaet på nettsiden.',
      'Appen har et spill for småsøsken; barna godtar selv at navn og poeng lagres i en toppliste.',
      'Bileta blir lagde ut i appen når barnet sjølv har sagt ja til det.',
      'På biblioteket kan barna sjølve seie ja til at lånehistorikken blir lagra i appen.',
      'I klubbappen godtar barna selv at treningstidene deres vises for laget.',
      'Resultata blir lagde ut på nettsida når borna har sagt ja til det.',
      'In the library app, children can agree themselves to their reading lists being saved.',
      'Photos go on the club website once the kids have said yes to it.',
      'Pupils sign up for the newsletter themselves on the school website.',
      'Etter trening kan juniorene registrere seg selv i appen og få varsler.',
      'Nettbutikken har en tegnekonkurranse der barn aksepterer at tegningen vises på nettsiden.',
    ],
    [
      'Foreldra seier ja til at bileta av barna blir lagde ut i appen.',
      'Bileta blir lagde ut i appen når foreldra har sagt ja til det på vegner av barnet.',
      'Etter skolebesøkene kan elever fra 13 år melde seg på nyhetsbrevet selv på nettsiden.',
      'Elevene melder seg på skidagen i appen.',
      'Barna godtar ikke selv at navn lagres i appen; det gjør foreldrene.',
      'Elever på ungdomstrinnet godtar selv at resultatene vises i appen.',
      'Vi spør foreldrene før vi legger ut bilder av barna i appen, og barna kan si nei.',
      'Children cannot agree to anything in the app; a parent signs them up.',
      'Treneren sier ja til at laget deltar i cupen, og resultatene vises i appen.',
      'The library sends the children reminders in the app once a parent has agreed.',
    ],
  );
});
