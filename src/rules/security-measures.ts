import { NEGATION, STOP_NOT_DECIMAL, textsOf } from '../check/facts.js';
import { defineRule } from '../check/rule.js';
import type { ResolvedActivity } from '../model/resolve.js';
import { lazyPattern } from '../util/lazy-pattern.js';
import { byText } from '../util/memo.js';

/**
 * Measures the activity's own description states in words (bodies/une-klagesaker: G15, session 32): access kept to those who
 * need it («Bare de som arbeider med saken din får se personopplysningene dine», «only the case officers have access»), a
 * duty of confidentiality («de har taushetsplikt», «tolken har teieplikt»), access control, encryption, two-factor login,
 * access logs, pseudonymisation. Art. 30(1)(g) asks for «a general description» «where possible»: a description in the
 * activity's own words is one; a statement elsewhere (the notice's general page, the organisation) is not a description per
 * activity. Not in a clause that denies it («Vi krypterer ikke …»).
 */
/**
 * Access by need in the course of duty (F4, session 35: bodies/helsedirektoratet, «ansatte i Helsedirektoratet med tjenstlig
 * behov har innsyn og tilgang»): «tjenstlig behov», «tenestleg behov», «need-to-know», «need to know basis», «a business
 * need» beside staff; the same measure as «bare de som arbeider med saken».
 */
const NEED_TO_KNOW = String.raw`(?:tjenstlig|tjenestlig|tjenestemessig|tenestleg|tenesteleg|tenestlig)\s+behov|need-to-know|need\s+to\s+know\s+basis|(?:with|who\s+have|having)\s+an?\s+(?:business|work|job|legitimate)[\s-]+(?:related\s+)?need`;
/**
 * Checking who asks before answering (Art. 12(6), 32(1)(b); bodies/helsedirektoratet: «For at Helsedirektoratet skal være
 * sikker på din identitet må henvendelse om innsyn sendes inn via Altinn»): being sure of, verifying, confirming or
 * checking the person's identity, in a sentence about a request or its answer (IDENTITY_FOR). Not an identity check that
 * is the processing itself (a bank's customer due diligence: no request in the sentence).
 */
const IDENTITY_CHECK = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:sikker|sikre|trygg|trygge)\s+på\s+(?:din|di|ditt|deres|dykkar|hans|hennar|hennes|søkerens|søkjarens)\s+identitet|(?:sikker|sikre|trygg|trygge)\s+på\s+(?:identiteten|identiteta)|(?:verifiser\p{L}*|bekreft\p{L}*|stadfest\p{L}*|kontroller\p{L}*|sjekk\p{L}*|verify|verifies|verified|verifying|confirm\p{L}*|check\p{L}*|establish\p{L}*)\s+(?:din|di|deres|dykkar|your|their|the\s+(?:requester|applicant|person)['’]s|the\s+identity\s+of)\s*(?:identitet\p{L}*|identity|the\s+(?:requester|person|applicant))?|(?:verifiser\p{L}*|bekreft\p{L}*|stadfest\p{L}*|kontroller\p{L}*|sjekk\p{L}*)\s+(?:vi|me)\s+(?:identiteten|identiteta)\s+(?:din|di|dykkar|deres|til\s+(?:søkeren|søkjaren|den\s+som\s+spør))|(?:identiteten|identiteta|your\s+identity|the\s+requester['’]s\s+identity)\s+(?:din\s+|di\s+)?(?:blir|vert|bli|is|will\s+be|must\s+be|må)\s+(?:\p{L}+\s+)?(?:verifisert|bekreftet|bekrefta|stadfest\p{L}*|kontrollert|sjekket|sjekka|verified|confirmed|checked))(?![\p{L}])`,
  'iu',
);
const IDENTITY_FOR = lazyPattern(
  String.raw`innsyn|henvend|førespurnad|forespørs|begjær|(?<![\p{L}])krav(?:et)?(?![\p{L}])|request|svar|answer|repl|utlever|disclos|rettighet|rettigheit|(?<![\p{L}])rights?(?![\p{L}])|access\s+to\s+(?:your|their)\s+(?:own\s+)?(?:data|information|records)`,
  'iu',
);
const identityChecked = (sentence: string): boolean => IDENTITY_CHECK().test(sentence) && IDENTITY_FOR().test(sentence) && !NEGATION.test(sentence);
const MEASURE_WORDS = lazyPattern(
  String.raw`(?<![\p{L}])(?:taushetsplikt\p{L}*|teieplikt\p{L}*|(?:duty|obligation)\s+of\s+confidentiality|bound\s+by\s+confidentiality|tilgangsstyr\p{L}*|tilgangskontroll\p{L}*|access\s+control\p{L}*|tilgang\p{L}*\s+(?:er\s+|blir\s+|vert\s+)?(?:begrens\p{L}*|avgrens\p{L}*|styrt)|access\s+(?:is\s+)?(?:restricted|limited)|(?:bare|berre|kun|only)\s+(?:de|dei|those|the\s+(?:\p{L}+\s+)?\p{L}+|ansatte|tilsette|saksbehandler\p{L}*|sakshandsamar\p{L}*|medarbeider\p{L}*)\s+(?:som|who|that)\s+(?:[\p{L}-]+\s+){1,6}?(?:får\s+(?:se|tilgang)|har\s+tilgang|have\s+access|can\s+see|may\s+see|see)|krypter\p{L}*|encrypt\p{L}*|tofaktor\p{L}*|to-faktor\p{L}*|two-factor|multi-factor|flerfaktor\p{L}*|tilgangslogg\p{L}*|access\s+logs?|pseudonymis\p{L}*|pseudonymiz\p{L}*|${NEED_TO_KNOW})(?![\p{L}])`,
  'iu',
);
/**
 * Whether a text states a measure in a clause that does not deny it (exported for test/rules). Remembered per text: a
 * record's activities share their descriptions (#16, session 46).
 */
export const measureStated = byText(
  (text: string): boolean =>
    (MEASURE_WORDS().test(text) && text.split(STOP_NOT_DECIMAL).some((c) => MEASURE_WORDS().test(c) && !NEGATION.test(c))) ||
    (IDENTITY_CHECK().test(text) && text.split(STOP_NOT_DECIMAL).some(identityChecked)),
);
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
