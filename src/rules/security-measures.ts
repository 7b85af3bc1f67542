import { NEGATION, STOP_NOT_DECIMAL, textsOf } from '../check/facts.js';
import { defineRule } from '../check/rule.js';
import type { ResolvedActivity } from '../model/resolve.js';
import { lazyPattern } from '../util/lazy-pattern.js';

/**
 * Measures the activity's own description states in words (bodies/une-klagesaker: G15, session 32): access kept to those who
 * need it («Bare de som arbeider med saken din får se personopplysningene dine», «only the case officers have access»), a
 * duty of confidentiality («de har taushetsplikt», «tolken har teieplikt»), access control, encryption, two-factor login,
 * access logs, pseudonymisation. Art. 30(1)(g) asks for «a general description» «where possible»: a description in the
 * activity's own words is one; a statement elsewhere (the notice's general page, the organisation) is not a description per
 * activity. Not in a clause that denies it («Vi krypterer ikke …»).
 */
const MEASURE_WORDS = lazyPattern(
  String.raw`(?<![\p{L}])(?:taushetsplikt\p{L}*|teieplikt\p{L}*|(?:duty|obligation)\s+of\s+confidentiality|bound\s+by\s+confidentiality|tilgangsstyr\p{L}*|tilgangskontroll\p{L}*|access\s+control\p{L}*|tilgang\p{L}*\s+(?:er\s+|blir\s+|vert\s+)?(?:begrens\p{L}*|avgrens\p{L}*|styrt)|access\s+(?:is\s+)?(?:restricted|limited)|(?:bare|berre|kun|only)\s+(?:de|dei|those|the\s+(?:\p{L}+\s+)?\p{L}+|ansatte|tilsette|saksbehandler\p{L}*|sakshandsamar\p{L}*|medarbeider\p{L}*)\s+(?:som|who|that)\s+(?:[\p{L}-]+\s+){1,6}?(?:får\s+(?:se|tilgang)|har\s+tilgang|have\s+access|can\s+see|may\s+see|see)|krypter\p{L}*|encrypt\p{L}*|tofaktor\p{L}*|to-faktor\p{L}*|two-factor|multi-factor|flerfaktor\p{L}*|tilgangslogg\p{L}*|access\s+logs?|pseudonymis\p{L}*|pseudonymiz\p{L}*)(?![\p{L}])`,
  'iu',
);
/** Whether a text states a measure in a clause that does not deny it (exported for test/rules). */
export const measureStated = (text: string): boolean =>
  MEASURE_WORDS().test(text) && text.split(STOP_NOT_DECIMAL).some((c) => MEASURE_WORDS().test(c) && !NEGATION.test(c));
const describedInWords = (r: ResolvedActivity): boolean => textsOf(r.activity.description).some(measureStated);

/** Art. 30(1)(g): a general description of the technical and organisational measures (Art. 32(1)). */
export default defineRule(
  { id: 'security-measures', processorRecords: true, severity: 'warning', citation: 'GDPR Art. 30(1)(g); 32(1)', messages: ['missing'] },
  (ctx, report) => {
    for (const r of ctx.activities) {
      if ((r.activity.securityMeasures ?? []).length === 0 && !describedInWords(r)) report.activity(r, '/securityMeasures', 'missing');
    }
  },
);
