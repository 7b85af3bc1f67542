import { isArt89Purpose, textsOf } from '../check/facts.js';
import { defineRule } from '../check/rule.js';
import type { ResolvedPurpose } from '../model/resolve.js';
import type { SecurityMeasure } from '../model/types.js';
import { memo } from '../util/memo.js';
import { join } from '../util/pointer.js';
import { lazyPattern } from '../util/lazy-pattern.js';

/**
 * A measure whose own name or description states a safeguard Art. 89(1) names: pseudonymisation, anonymisation or
 * de-identification, data that cannot be linked to a person, data minimisation. A body's real record (Norsk
 * pasientskadeerstatning, session 30: «Statistikk uten mulighet for å knytte opplysningene til enkeltpersoner») lists
 * it without marking `art89`. Read only in a measure the activity records (structured), never in free text.
 */
const SAFEGUARD_WORDS = lazyPattern(
  String.raw`\b(?:pseudonymi[sz]\w*|anonymi[sz]\w*|avidentifi\w*|de-?identifi\w*|data ?minim\w*|dataminimer\w*|minimi[sz]\w* (?:of )?(?:the )?data|(?:ikkje|ikke|ingen|uten|utan) (?:\w+ ){0,3}(?:mulighet|moglegheit|mogleg|mulig) (?:\w+ ){0,2}(?:å )?(?:knytte|knyte|kople|koble|identifisere|spore)|(?:not|cannot|can ?not) (?:\w+ ){0,3}(?:be )?(?:linked|traced|identified|re-?identified)|(?:ikkje|ikke) (?:\w+ ){0,2}(?:kan )?(?:knyttes|knytast|identifiseres|identifiserast|koples|kobles))`,
  'iu',
);
/**
 * The safeguard denied: «ikke pseudonymisert», «not anonymised», «uten avidentifisering», «never minimised» (B6, session 39).
 * «Kan ikke identifiseres», «uten mulighet for å knytte» and «ikke bare pseudonymisert» state the safeguard: not read here.
 */
const SAFEGUARD_DENIED = lazyPattern(
  String.raw`\b(?:ikkje|ikke|inga|ingen|not|no|never|aldri|uten|utan|without)\s+(?!(?:bare|berre|only|just)\b)(?:\w+\s+){0,2}?(?:pseudonymi|anonymi|avidentifi|de-?identifi|data ?minim|dataminimer|minimi)`,
  'iu',
);
/**
 * Read part by part (F1, session 40): a text that states one safeguard and denies another («Only anonymised data is used; no
 * pseudonymised data is kept», «Berre anonymiserte tal vert brukte, men ingen pseudonymiserte data vert lagra») states the
 * first. Parts end at a sentence's end, a semicolon, and a «but», «men», «mens», «whereas», «while» that sets one against
 * the other; not at a comma or «og», so «ikke pseudonymisert og anonymisert» stays one denial.
 */
const PARTS = lazyPattern(String.raw`[.;!?](?:\s|$)|;|\s(?:but|men|mens|whereas|while)\s`, 'iu');
const statesInPart = (t: string): boolean => t.split(PARTS()).some((x) => SAFEGUARD_WORDS().test(x) && !SAFEGUARD_DENIED().test(x));
const readsAsSafeguard = (m: SecurityMeasure): boolean => [...textsOf(m.name), ...textsOf(m.description)].some(statesInPart);

/**
 * Art. 89(1): processing for archiving, research or statistics has safeguards (minimisation, pseudonymisation). Where
 * no research purpose lists safeguards of its own but the activity's own `securityMeasures` hold one marked `art89`, the
 * safeguard is there (Art. 89(1) asks that the processing be subject to safeguards, not where in the record they are
 * listed: a body's real record, Udir's pupil survey, listed them there; session 29), but ropa cannot tell which purposes
 * it serves: a warning that names the measure taken to cover the purpose (`activity-only`), not the error «no
 * safeguards». Where the record lists safeguards per purpose, a research purpose without its own is the error as before
 * (the planted SSB set's D47: a register linkage added beside purposes that each name theirs). A measure not marked
 * `art89` whose own words state such a safeguard (`SAFEGUARD_WORDS`) counts the same way: the warning, not the error;
 * listed as the purpose's own safeguard, it is the safeguard (no finding).
 */
export default defineRule(
  { id: 'research-safeguards', severity: 'error', citation: 'GDPR Art. 89(1); 9(2)(j)', messages: ['missing', 'not-art89', 'activity-only'] },
  (ctx, report) => {
    const isResearch = (p: ResolvedPurpose): boolean => isArt89Purpose(p) || p.legalBasis.some((b) => b.gdpr === 'A9-2-j');
    // A catalogue measure is read once per run, however many activities list it.
    const statesSafeguard = memo(readsAsSafeguard);
    /**
     * A purpose's own safeguard is an Art. 89(1) one when marked `art89`, or when its words state one (B6, session 39:
     * bodies/arbark, «Statistikken kan ikke identifiseres på personnivå» listed as the statistics purpose's safeguard):
     * the record ties it to the purpose, so nothing is left to ask.
     */
    const art89Own = (p: ResolvedPurpose): boolean => p.safeguards.some((s) => s.value.art89 === true || statesSafeguard(s.value));
    for (const r of ctx.activities) {
      // Only an activity with a research purpose lacking an art89 safeguard of its own is judged: nothing to read for the rest.
      if (!r.purposes.some((p) => isResearch(p) && !art89Own(p))) continue;
      const perPurpose = r.purposes.some((p) => isResearch(p) && p.safeguards.length > 0);
      const activityMeasure = perPurpose
        ? undefined
        : (r.securityMeasures.find((s) => s.value.art89 === true) ?? r.securityMeasures.find((s) => statesSafeguard(s.value)));
      r.purposes.forEach((p, i) => {
        if (!isResearch(p) || art89Own(p)) return;
        if (activityMeasure !== undefined) {
          report.activity(r, join('/purposes', i), 'activity-only', { purpose: p.id, measure: activityMeasure.id }, { severity: 'warning' });
          return;
        }
        if (p.safeguards.length > 0) report.activity(r, join('/purposes', i, 'safeguards'), 'not-art89', { purpose: p.id });
        else report.activity(r, join('/purposes', i), 'missing', { purpose: p.id });
      });
    }
  },
);
