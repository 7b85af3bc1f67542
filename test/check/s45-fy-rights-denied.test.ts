import { describe } from 'vitest';
import { readsAndSilent } from '../helpers/sentence-matrix.js';
import { ruleMatrix } from '../helpers/rule-matrix.js';

/**
 * Session 45, FY (variants-sykehjem LY10, LY19; variants-sjoredning SR77 held out): a right restricted only in words, with
 * no restriction recorded — rectification (Art. 16) and objection (Art. 21) denied to the person (rightDeniedIn), and access
 * refused to a resident or with the object first («… gir vi ikke innsyn i»). Objection is read only on a basis that gives
 * it (6(1)(e) or (f)); near misses give the right, bound it by a law, a condition or a time, speak of staff or of others'
 * data, or deny erasure (Art. 17(3) lets the controller refuse it on its own terms).
 */
const findingsOf = ruleMatrix('rights-restriction-reference', {
  org: 'Lyngtun omsorgssenter',
  title: 'Beboere og pårørende',
  purpose: 'Følge opp beboerne.',
  legalBasis: '      - gdpr: A6-1-e\n',
  // The relatives' own data: they are data subjects of the activity (session 46, LR2: a relatives' denial is read only there).
  subjects: ['Beboere', 'Pårørende'],
});

describe('a right denied in words, bokmål and nynorsk (FY session 45)', () => {
  readsAndSilent(
    findingsOf.with({ language: 'nb' }),
    [
      'Beboeren har ikke rett til innsyn i vurderingen av sin beslutningskompetanse.',
      'Pårørende kan ikke kreve at opplysningene blir rettet.',
      'Pårørande kan ikkje krevje at opplysningane blir retta.',
      'Du har ikke rett til å få rettet opplysningene om deg.',
      'Medlemmene kan ikke kreve retting av medlemsregisteret.',
      'Du kan ikke protestere mot at vi bruker opplysningene til statistikk.',
      'Sensors vurdering av den praktiske prøven gir vi ikke innsyn i.',
      'Dei registrerte kan ikkje motsetje seg behandlinga.',
    ],
    [
      'Du kan kreve at opplysningene blir rettet.',
      'Pårørende kan be om at opplysningene blir rettet.',
      'Du kan ikke kreve sletting av opplysningene.',
      'Du kan ikke kreve at opplysningene blir rettet etter pasientjournalloven § 11.',
      'De ansatte kan ikke rette opplysningene i journalen.',
      'Du kan ikke kreve retting før saken er avgjort.',
      'Pårørende kan ikke kreve at andres opplysninger blir rettet.',
      'Tidligere kunne ikke pårørende kreve at opplysningene ble rettet.',
    ],
  );
});

describe('a right denied in words, English (FY session 45)', () => {
  readsAndSilent(
    findingsOf.with({ language: 'en' }),
    ['You cannot object to this processing.', 'Residents cannot ask us to correct the assessment.', 'Members have no right to rectification of the register.'],
    [
      'You can object to this processing at any time.',
      'You cannot ask us to delete the records.',
      'Staff cannot correct the records of other wards.',
      'You cannot object until the case is closed.',
      'Residents cannot object under section 16 of the Personal Data Act.',
      // Answers recorded as given are accurate: no rectification is denied (CJEU C-434/16 Nowak; LR2, session 46).
      'Participants may not have their answers corrected after submission.',
    ],
  );
});

describe('objection denied where Art. 21(1) does not give it (FY session 45)', () => {
  readsAndSilent(
    findingsOf.with({ language: 'en', legalBasis: '      - gdpr: A6-1-c\n' }),
    ['Members have no right to rectification of the register.'],
    ['You cannot object to this processing.', 'Du kan ikke protestere mot behandlingen.'],
  );
});
