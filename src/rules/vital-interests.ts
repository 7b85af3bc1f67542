import { basesWithPointers, textsOf } from '../check/facts.js';
import { defineRule } from '../check/rule.js';

/**
 * Art. 6(1)(d): processing «necessary in order to protect the vital interests of the data subject or of another natural
 * person». Recital 46 says what that is: «an interest which is essential for the life of the data subject or that of
 * another natural person», such as humanitarian emergencies, epidemics and disasters. A purpose on 6(1)(d) whose own
 * words (its description, the basis's note) name no threat to life or limb, no emergency, accident, epidemic or
 * disaster, is warned: ordinary guidance or service to a person is not a vital interest.
 */
const LIFE =
  /\b(?:liv|livet|livs\w*|livstru\w*|livredd\w*|nød\w*|naud\w*|akutt\w*|redning\w*|redde\w*|bevisstløs\w*|medvitslaus\w*|selvmord\w*|sjølvmord\w*|epidemi\w*|pandemi\w*|smitte\w*|katastrof\w*|ulykk\w*|fare|overdose\w*|førstehjelp\w*|fyrstehjelp\w*|anafylak\w*|personskad\w*|alvorlig\w* skad\w*|life|lives|life-threatening|emergenc\w*|rescue\w*|unconscious|suicid\w*|epidemic\w*|pandemic\w*|disaster\w*|accident\w*|danger\w*|first aid|anaphyla\w*|injur\w*)\b/i;

export default defineRule({ id: 'vital-interests', severity: 'warning', citation: 'GDPR Art. 6(1)(d); rec. 46', messages: ['not-life'] }, (ctx, report) => {
  for (const r of ctx.activities) {
    for (const { basis, pointer, purpose } of basesWithPointers(r)) {
      if (basis.gdpr !== 'A6-1-d') continue;
      if ([...textsOf(purpose.description), ...textsOf(basis.note)].some((t) => LIFE.test(t))) continue;
      report.activity(r, pointer, 'not-life', { purpose: purpose.id });
    }
  }
});
