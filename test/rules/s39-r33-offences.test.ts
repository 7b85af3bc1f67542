import { describe } from 'vitest';
import { ruleMatrix } from '../helpers/rule-matrix.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 39, R33 (variants-samskipnad SS62, SS63): a person's offence said in words, two constructions the Art. 10 reading
 * lost —
 * - CAUGHT FOR: the offence named after a person caught, arrested or reported for it («Den som blir teken for tjuveri …,
 *   blir ført inn … i ei liste over utestengde»; lexicon-words.ts CAUGHT_FOR in criminal-data-basis): the theft is the
 *   person's suspected offence, not an event they suffered (Art. 10; personopplysningsloven § 11);
 * - A NEGATION IN A RELATIVE CLAUSE after the words («…, blir førte på ei liste over dei som ikkje får ny kontrakt»;
 *   PRONOUN_RELATIVE in prose-category.ts SUBORDINATE) denies that clause only.
 * Cells from a school, a shop, a hospital, a municipality's housing (none from a test set). Near misses: a theft as an
 * event, a denial of the listing, the person as a victim or reporter, a course about theft.
 */
const findingsOf = ruleMatrix('criminal-data-basis', {
  org: 'Nordvik kommune',
  language: 'nb',
  title: 'Tilgang og orden',
  purpose: 'holde orden i lokalene',
  legalBasis: '      - gdpr: A6-1-f\n',
});

describe('a person caught for an offence, or convicted, listed (criminal-data-basis; SS62, SS63)', () => {
  readsAndSilent(
    findingsOf,
    [
      'Elevar som blir tekne for nasking i kantina, blir førte inn i ei liste.',
      'Kunder som blir tatt for butikktyveri, registreres med navn i en egen liste.',
      'Visitors who are caught for shoplifting are entered in a list of banned customers.',
      'Leigetakarar som er dømde for innbrot, blir førte på ei liste over dei som ikkje får forlenga kontrakten.',
      'Ansatte som er dømt for underslag, føres på en liste over dem som ikke får nye vakter.',
      'Tenants who have been convicted of assault are put on a list of those who do not get a new lease.',
      'Den som blir tatt for tyveri i butikken, føres inn i en liste over utestengte.',
      'Pasientar som vert tekne for tjuveri på avdelinga, blir registrerte i avvikssystemet.',
    ],
    [
      'Ved tap eller tyveri av kortet må du melde fra.',
      'Vi fører ikkje lister over dei som blir tekne for tjuveri.',
      'Kurset handlar om korleis ein unngår tjuveri i butikken.',
      'The camera records thefts in the shop.',
      'Leigetakarar som melder tjuveri frå bodane, får hjelp av vaktmeisteren.',
      'Vi registrerer ikke kunder som blir tatt for tyveri.',
    ],
  );
});
