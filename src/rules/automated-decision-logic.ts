import { NEGATION, textsOf } from '../check/facts.js';
import { activityProse } from '../check/prose-activity.js';
import { defineRule } from '../check/rule.js';
import { lazyPattern } from '../util/lazy-pattern.js';

/** Words that say the logic is a secret: a trade or business secret, confidential, proprietary (nb, nn, en). */
const SECRET = lazyPattern(
  String.raw`forretningshemmelig|bedriftshemmelig|forretningsløyndom|hemmelig|løyndom|konfidensiell|proprietær|trade secrets?\b|business secrets?\b|proprietary|confidential|secret\b`,
  'i',
);
/** Words that refuse to tell it: «oppgis ikke», «kan ikke utleveres», «vert ikkje opplyst», «not disclosed», «withheld». */
const REFUSED = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:oppgis|oppgir|utleveres|utleverer|offentliggjøres|opplyses|opplyser|beskrives|beskriver|forklares|forklarer)\s+ikke|(?:kan|vil|skal)\s+ikke\s+(?:oppgis|utleveres|deles|offentliggjøres|opplyses|beskrives|forklares)|(?:vert|blir|kan|vil)\s+ikkje\s+(?:oppgjeve|oppgitt|opplyst|opplysast|utlevert|utleverast|delt|delast|forklart|forklarast)|(?:is|are|will|shall)\s+not\s+(?:be\s+)?(?:disclosed|shared|revealed|explained)|cannot\s+be\s+(?:disclosed|shared|revealed|explained)|withheld|undisclosed)`,
  'iu',
);
/**
 * Words that tell what the logic weighs or rests on («vekter inntekt», «bygger på», «based on», «uses payment history»): a
 * clause that says so tells a criterion, even when it calls the model confidential («En konfidensiell modell vekter …»).
 */
const TELLS = lazyPattern(
  String.raw`(?<![\p{L}])(?:vekter|vektar|vektlegg\p{L}*|legger\s+vekt|legg\s+vekt|bruker|brukar|ser\s+på|bygger\s+på|byggjer\s+på|basert\s+på|baserer\s+seg\s+på|vurderes\s+etter|vurderast\s+etter|vurderer|weighs?|uses|based\s+on|relies\s+on|considers|looks\s+at|takes\s+into\s+account)(?![\p{L}])`,
  'iu',
);
/** Words that name the logic itself: a refusal counts only when it is the logic that is refused. */
const LOGIC = lazyPattern(
  String.raw`logikk|algoritm|modell|kriteri|beregning|utrekning|vekting|formel|poeng|score|scoring|logic|model|criteri|formula|weight`,
  'i',
);

/**
 * The logic only says it is withheld: every clause of it refuses (a secret not denied, or a refusal), none tells a
 * criterion. «Modellen er en forretningshemmelighet, men den vekter inntekt og betalingshistorikk» tells one and is quiet.
 */
function logicWithheld(text: string): boolean {
  const clauses = text
    .split(/[.;:!?()]|,?\s+(?:men|but)\s+/i)
    .map((c) => c.trim())
    .filter((c) => /\p{L}/u.test(c));
  const refuses = (c: string): boolean => !TELLS().test(c) && ((REFUSED().test(c) && LOGIC().test(c)) || (SECRET().test(c) && !NEGATION.test(c)));
  return clauses.length > 0 && clauses.every(refuses);
}

/**
 * Words that say only that the decision is automatic and follows the rules (nb, nn, en): «Automatisk saksbehandling etter
 * regelverket», «Automated processing according to the applicable rules». A logic made of these words alone names no
 * criterion and no rationale: it repeats that the decision is automated and lawful (`logic-empty`; W2, session 18,
 * variants-studiestotte ST82). A named act («utdanningsstøtteforskriften»), a section sign or any other word (income,
 * credits, age) tells something and keeps it quiet.
 */
const EMPTY_WORD = lazyPattern(
  String.raw`^(?:automatisk|automatiske|automatisert|automatiserte|automatiseres|automatiserast|saksbehandling(?:en)?|sakshandsaming(?:a)?|behandling(?:en)?|handsaming(?:a)?|behandles|behandlast|handsamast|vedtak(?:et|a|ene)?|avgjørelse(?:n|r|ne)?|avgjerd(?:a|er|ene)?|etter|i|samsvar|henhold|med|til|på|av|og|ut|fra|frå|basert|regelverket|regelverk|reglene|regler|reglane|reglar|gjeldende|gjeldande|lov(?:en|a)?|lovverket|forskrift(?:en|a|ene)?|systemet|system|skjer|gjøres|gjerast|gjort|blir|vert|er|fattes|fattast|tas|takast|den|det|de|dei|som|en|ei|et|eit|automatic|automatically|automated|processing|handling|case|cases|decisions?|made|taken|is|are|according|in|accordance|with|under|by|the|a|an|applicable|relevant|current|rules|regulations?|law|laws|legislation|statutory|provisions|system|based|on|and|of|to)$`,
  'iu',
);
/** The logic says only that the decision is automatic under the rules: every word is an EMPTY_WORD, and no section sign. */
function logicEmpty(text: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  return words.length > 0 && !text.includes('§') && !/\d/u.test(text) && words.every((w) => EMPTY_WORD().test(w));
}

/**
 * Art. 13(2)(f), 14(2)(g), 22: automated decisions come with the logic involved and their consequences
 * (error). Profiling without an Art. 22 decision is not covered by those articles' duty, but is worth
 * explaining (warning; EDPB/WP251 recommends it). A logic that only says it is withheld (a trade secret, confidential,
 * «oppgis ikke») gives no meaningful information: WP251 asks for «the rationale behind, or the criteria relied on», not
 * the full algorithm, and the Court (C-203/22 Dun & Bradstreet Austria) lets no trade secret stand in for an explanation.
 *
 * The activity's own words are read too (src/check/prose-activity.ts): a description or purpose that says a decision is
 * taken automatically («avslår automatisk søknader over grensa», «tildelte automatisk utan at nokon går gjennom lista»,
 * «rejected without human review») while the record has no automated decision (`automatedDecisions.used` absent or false)
 * gets `described-decision` (a warning: the words may overstate, but the record must say which, and where it is such a
 * decision Art. 13(2)(f), 14(2)(g) ask for its logic and consequences); one that says it profiles the person («lagar ein
 * lesarprofil ut frå lånehistorikken», «personalised offers», «a risk score for each inmate») with no profiling recorded
 * gets `described-profiling`. The words are quoted; the finding points at the text. A clause where a person decides or
 * reviews each case is not read (WP251 IV.A: meaningful human involvement makes a decision not «solely» automated), nor a
 * denied one («ingen automatiske avgjerder»).
 */
export default defineRule(
  {
    id: 'automated-decision-logic',
    severity: 'error',
    citation: 'GDPR Art. 22; 13(2)(f); 14(2)(g)',
    messages: [
      'no-logic',
      'no-significance',
      'no-logic-profiling',
      'no-significance-profiling',
      'logic-withheld',
      'logic-withheld-profiling',
      'logic-empty',
      'logic-empty-profiling',
      'described-decision',
      'described-profiling',
    ],
  },
  (ctx, report) => {
    for (const r of ctx.activities) {
      const ad = r.activity.automatedDecisions;
      if (ad?.used !== true) {
        const prose = activityProse(r);
        if (prose.decision) report.activity(r, prose.decision.pointer, 'described-decision', { words: prose.decision.words }, { severity: 'warning' });
        else if (prose.profiling && ad?.profiling !== true)
          report.activity(r, prose.profiling.pointer, 'described-profiling', { words: prose.profiling.words }, { severity: 'warning' });
      }
      if (!ad || !(ad.used || ad.profiling === true)) continue;
      const severity = ad.used ? 'error' : 'warning';
      const suffix = ad.used ? '' : '-profiling';
      if (ad.logic === undefined) report.activity(r, '/automatedDecisions', `no-logic${suffix}`, {}, { severity });
      else if (textsOf(ad.logic).some(logicWithheld)) report.activity(r, '/automatedDecisions/logic', `logic-withheld${suffix}`, {}, { severity });
      else if (textsOf(ad.logic).every(logicEmpty)) report.activity(r, '/automatedDecisions/logic', `logic-empty${suffix}`, {}, { severity: 'warning' });
      if (ad.significance === undefined) report.activity(r, '/automatedDecisions', `no-significance${suffix}`, {}, { severity });
    }
  },
);
