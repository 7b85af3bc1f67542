import { actsAsPublicAuthority, basesWithPointers, NEGATION, PART_END, STOP, textsOf } from '../check/facts.js';
import { activityProse, ON_REQUEST, PERSON_DECIDES, readText, SAMPLE } from '../check/prose-activity.js';
import { defineRule } from '../check/rule.js';
import { lazyPattern } from '../util/lazy-pattern.js';
import type { ResolvedActivity } from '../model/resolve.js';

/**
 * Whether the record says a person decides each case (in the decision's logic or significance, or the DPIA's reason):
 * prose-activity's PERSON_DECIDES (the same reading as an activity's words get; R1's drift, joined in session 14), read in
 * each clause so a relative clause counts («shown to the caseworker, who decides whether …»: split at the comma, it fired).
 * A negation in the part where the person stands («ingen saksbehandler vurderer») denies it; a negation in another part
 * («en saksbehandler vurderer saken, og ingen vedtak fattes av modellen») is about the machine. A review on request or a
 * sample (ON_REQUEST, SAMPLE) in the parts the reading spans comes after the machine's decision.
 */
function personDecides(r: ResolvedActivity): boolean {
  const ad = r.activity.automatedDecisions;
  return [ad?.logic, ad?.significance, r.activity.dpia?.reason, r.activity.description, ...r.purposes.map((p) => p.description)].flatMap(textsOf).some((t) =>
    t.split(STOP).some((c) => {
      const m = PERSON_DECIDES.exec(c);
      if (m === null) return false;
      const from = c.slice(0, m.index).split(PART_END).pop()!;
      const to = c.slice(m.index + m[0].length).split(PART_END)[0]!;
      const around = `${from}${m[0]}${to}`;
      return !NEGATION.test(`${from}${m[0]}`) && !ON_REQUEST.test(around) && !SAMPLE.test(around);
    }),
  );
}

/**
 * Art. 22(3): where the decision rests on a contract or explicit consent (22(2)(a), (c)), «the data controller shall
 * implement suitable measures to safeguard the data subject's rights and freedoms and legitimate interests, at least the
 * right to obtain human intervention on the part of the controller, to express his or her point of view and to contest
 * the decision». ropa's notice tells people so (notice `automated.human-review`); the record should say how it is done.
 * Read in the decision's own fields, the DPIA's reason, the description and the purposes, clause by clause, not negated:
 * a review, a complaint or a contest the person may ask for (ON_REQUEST: «du kan be om at en av oss ser på avgjørelsen på
 * nytt», «avslag kan påklages», «you may contest the decision», «ask for a person to review it»), or a person who decides
 * or reviews every case (then the decision is not solely automated at all). G13, session 31: Pasientreiser HF's travel
 * claims, decided automatically on explicit consent, with nothing about a person's review.
 */
const HUMAN_REVIEW = lazyPattern(
  String.raw`(?<![\p{L}])(?:klag(?:e|er|ar|es|ast|a)|påklag\p{L}*|klagerett\p{L}*|bestride\p{L}*|complain\p{L}*|appeal\p{L}*|contest\p{L}*|challenge\s+(?:the|a|this)\s+decision|human\s+intervention|menneskel\p{L}*\s+(?:inngripen|inngrep|overprøving|vurdering|behandling)|manuell\p{L}*\s+(?:vurdering\p{L}*|behandling\p{L}*|handsaming\p{L}*|overprøving\p{L}*|gjennomgang\p{L}*)|manual(?:ly)?\s+(?:review\p{L}*|assess\p{L}*|handl\p{L}*|check\p{L}*)|(?:si|seie|seia|gi uttrykk for)\s+(?:din|si|sin)\s+(?:mening|meining)|meininga\s+di|express\s+(?:your|their|his or her)\s+(?:point\s+of\s+)?views?|(?:be|ber|bed|kreve|krevje|krev|krever|ask|asks|request|requests)\s+(?:om\s+|for\s+)?(?:\p{L}+\s+){0,6}?(?:ny\s+vurdering|ny\s+behandling|vurder\p{L}*|overprøv\p{L}*|ser\s+på|se\s+på|sjå\s+på|ser\s+over|review\p{L}*|reconsider\p{L}*|look\s+at|a\s+person|a\s+human|en\s+av\s+oss|ein\s+av\s+oss|one\s+of\s+us|saksbehandl\p{L}*|sakshandsam\p{L}*|caseworker\p{L}*))(?![\p{L}])`,
  'iu',
);
function humanReviewSaid(r: ResolvedActivity): boolean {
  const ad = r.activity.automatedDecisions;
  return [ad?.logic, ad?.significance, r.activity.dpia?.reason, r.activity.description, ...r.purposes.map((p) => p.description)]
    .flatMap(textsOf)
    .some((t) => t.split(STOP).some((c) => !NEGATION.test(c) && (HUMAN_REVIEW().test(c) || PERSON_DECIDES.test(c))));
}

/** The record says a person looks at the decisions, before each or when the person asks (`automatedDecisions.humanReview`). */
function reviewRecorded(review: NonNullable<ResolvedActivity['activity']['automatedDecisions']>['humanReview']): boolean {
  return review === 'every-decision' || review === 'on-request';
}

/** The activity records its Art. 6 bases, and none of them is a contract (Art. 6(1)(b)). */
function withoutContract(r: ResolvedActivity): boolean {
  const art6 = basesWithPointers(r)
    .map(({ basis }) => basis.gdpr)
    .filter((g) => g.startsWith('A6-1-'));
  return art6.length > 0 && !art6.includes('A6-1-b');
}

/**
 * No legal basis of the activity can carry an Art. 22(2) exception: none is a contract (a), a legal obligation or a public
 * task (the law of (b)), or consent (c); the activity records its Art. 6 bases (legitimate interests, vital interests).
 */
function noExceptionBasis(r: ResolvedActivity): boolean {
  const codes = basesWithPointers(r).map(({ basis }) => basis.gdpr);
  return codes.some((g) => g.startsWith('A6-1-')) && !codes.some((g) => EXCEPTION_BASES.has(g));
}
const EXCEPTION_BASES = new Set(['A6-1-a', 'A6-1-b', 'A6-1-c', 'A6-1-e', 'A9-2-a']);

/** A basis that can carry the exception of Art. 22(2)(a) or (c): a contract, consent or explicit consent. */
function contractOrConsent(r: ResolvedActivity): boolean {
  return basesWithPointers(r).some(({ basis }) => basis.gdpr === 'A6-1-a' || basis.gdpr === 'A6-1-b' || basis.gdpr === 'A9-2-a');
}
/**
 * A decision told in words that goes against the person: a refusal, a rejection, a block or an exclusion, a stop or a cut
 * («får avslag uten at noen leser søknaden», «are rejected automatically»). A grant («innvilges automatisk») leaves no one
 * to contest it, so Art. 22(3)'s safeguards are not asked for in `described-no-safeguard`.
 */
const ADVERSE = lazyPattern(
  String.raw`(?<![\p{L}])(?:avsl\p{L}*|avvis\p{L}*|avvist\p{L}*|nekt\p{L}*|utesteng\p{L}*|sperr\p{L}*|steng\p{L}*|stans\p{L}*|stopp\p{L}*|avkort\p{L}*|strykes|stroke|strøket|reject\p{L}*|refus\p{L}*|declin\p{L}*|den(?:y|ies|ied|ial)|turn(?:s|ed)?\s+down|block\p{L}*|ban(?:s|ned)?|exclud\p{L}*|suspend\p{L}*|terminat\p{L}*|cancel\p{L}*|cut|reduced|removed|struck)(?![\p{L}])`,
  'iu',
);

/**
 * The only bases of the activity that could carry an Art. 22(2) exception are a legal obligation or a public task: the
 * exception is then (b), a law that authorises the decision and lays down safeguards; no contract (a) or consent (c) is
 * there to carry it.
 */
function lawOnlyException(r: ResolvedActivity): boolean {
  const codes = basesWithPointers(r).map(({ basis }) => basis.gdpr);
  return codes.some((g) => g === 'A6-1-c' || g === 'A6-1-e') && !codes.some((g) => g === 'A6-1-a' || g === 'A6-1-b' || g === 'A9-2-a');
}

/**
 * Art. 22: a decision based solely on automated processing, with legal or similarly significant
 * effect, is allowed only under an exception of Art. 22(2): necessary for a contract (a), authorised
 * by Union or Member State law that lays down safeguards (b), or explicit consent (c). The record
 * says which (`automatedDecisions.exception`), and for (b) the law. Art. 22(4): such decisions shall
 * not be based on special categories unless Art. 9(2)(a) or (g) applies and suitable measures are in
 * place; an activity with special categories and neither condition gets a warning (the record does not
 * say whether the decisions use them).
 *
 * A record that says no automated decisions are made (`used: false`, or nothing) while its risk factors say
 * people are scored and the processing decides access to a right, service or contract
 * (`evaluationOrScoring` and `preventsRightOrService`) gets a warning: where the score decisively
 * determines the outcome, the scoring is itself a decision under Art. 22(1) (CJEU C-634/21 SCHUFA, para. 73). A record
 * that says a person decides each case (`personDecides`) is left alone: the decision is then not based solely on
 * automated processing.
 *
 * A decision the activity's words tell (prose-activity's reading, as automated-decision-logic's `described-decision`:
 * «Accounts our scam model scores above 0.9 are banned automatically at once, without a moderator looking at them»),
 * where the record has no automated decision and no legal basis of the activity can carry an Art. 22(2) exception (only
 * legitimate or vital interests): `described-no-exception` (a warning at the words; variants-dating DT23; F, session 16).
 * Where the only bases that could carry one are a legal obligation or a public task (no contract, no consent), the
 * exception can only be (b), a law that authorises the decision, and the record, which does not record the decision,
 * names none: `described-no-law` (W10, session 22; variants-ppt PP05, PP27: «blir søknaden … avslått automatisk i
 * fagsystemet utan at nokon vurderer saka» on opplæringslova).
 *
 * Whether a person looks at the decisions is a recorded fact, `automatedDecisions.humanReview` (session 41, H1): `none`
 * under a contract or explicit consent denies Art. 22(3)'s minimum (`review-none`, an error); `none` under a law asks which
 * safeguard the law gives (`review-none-law`); `every-decision` beside `used: true` contradicts it (`review-every-but-solely`);
 * `none` or `on-request` beside `used: false`, where the record shows a decision of consequence, contradicts that
 * (`unreviewed-not-used`). A record without the field is read from its words, as before.
 */
/**
 * Places, offers or turns given out by a score or a ranking (session 39, R33; variants-samskipnad SS64 «Tilbodet går ut
 * automatisk frå portalen etter poengsummen, utan at nokon … ser på søknaden»): whoever ranks below is refused as surely
 * as by a rejection, so the decision is adverse to them (Art. 22(3): the right to contest it). Read in the sentence of the
 * decision's words: «etter poengsummen», «etter poeng», «ut frå rangeringa», «by score», «ranked», «rangert».
 */
const RANKED = lazyPattern(
  String.raw`(?<![\p{L}])(?:etter|ut\s+fra|ut\s+frå|basert\s+på|by|according\s+to|based\s+on)\s+(?:\p{L}+\s+)?(?:poengsum\p{L}*|poeng(?:a|ene)?|rangering\p{L}*|score|scores|ranking|points)(?![\p{L}])|(?<![\p{L}])(?:rangert\p{L}*|rangerast|rangeres|ranked)(?![\p{L}])`,
  'iu',
);
function rankedAround(r: ResolvedActivity, words: string): boolean {
  const texts = [r.activity.description, ...r.purposes.map((p) => p.description)].flatMap(textsOf);
  return texts.some((t) => t.split(STOP).some((sentence) => sentence.includes(words) && RANKED().test(sentence)));
}

export default defineRule(
  {
    id: 'automated-decision-basis',
    severity: 'warning',
    citation: 'GDPR Art. 22(2), 22(3), 22(4)',
    messages: [
      'no-exception',
      'no-law',
      'special-category',
      'scoring-decides',
      'contract-without-contract',
      'described-no-exception',
      'described-no-law',
      'block-says-automatic',
      'no-human-review',
      'described-no-safeguard',
      'review-none',
      'review-none-law',
      'review-every-but-solely',
      'unreviewed-not-used',
    ],
  },
  (ctx, report) => {
    for (const r of ctx.activities) {
      const ad = r.activity.automatedDecisions;
      const rf = r.activity.riskFactors;
      const review = ad?.humanReview;
      // The record says no person looks at the decisions before they take effect, yet no solely automated decision is
      // made: where the processing decides access to a right, service or contract, or the block tells the consequences of
      // a decision (not of profiling), the record contradicts itself (Art. 22(1)).
      if (ad !== undefined && !ad.used && (review === 'none' || review === 'on-request')) {
        if (rf?.preventsRightOrService === true || (ad.profiling !== true && ad.significance !== undefined)) {
          report.activity(r, '/automatedDecisions/humanReview', 'unreviewed-not-used', { review });
          continue;
        }
      }
      if (!ad?.used && rf?.evaluationOrScoring === true && rf.preventsRightOrService === true) {
        // A person who assesses every decision, recorded as a fact or told in words, decides it: not solely automated.
        if (review === 'every-decision' || personDecides(r)) continue;
        report.activity(r, ad ? '/automatedDecisions/used' : '/riskFactors', 'scoring-decides');
        continue;
      }
      // The decision block says no solely automated decision is made, but its own words tell one («Ved rød status sperres
      // spillerkontoen automatisk for alle kasinospill i 30 dager»: variants-spill SP16; F, session 17): the block
      // contradicts itself, whatever the legal basis.
      if (ad !== undefined && ad.used === false) {
        const at = (['significance', 'logic'] as const).find((k) => textsOf(ad[k]).some((t) => readText.decisionWords(t) !== undefined));
        if (at !== undefined) {
          const words = textsOf(ad[at])
            .map((t) => readText.decisionWords(t))
            .find((w) => w !== undefined)!;
          report.activity(r, `/automatedDecisions/${at}`, 'block-says-automatic', { words });
          continue;
        }
      }
      if (!ad || !ad.used) {
        const none = noExceptionBasis(r);
        const told = none || lawOnlyException(r) ? activityProse(r).decision : undefined;
        if (told !== undefined) report.activity(r, told.pointer, none ? 'described-no-exception' : 'described-no-law', { words: told.words });
        else if (contractOrConsent(r)) {
          // On a contract or consent the exception may be 22(2)(a) or (c), which bind the controller to Art. 22(3)'s
          // safeguards; a refusal told in words, with no way to a person's review said anywhere, has none (R29, session 38).
          const refused = activityProse(r).decision;
          if (refused !== undefined && !reviewRecorded(review) && (ADVERSE().test(refused.words) || rankedAround(r, refused.words)) && !humanReviewSaid(r))
            report.activity(r, refused.pointer, 'described-no-safeguard', { words: refused.words });
        }
        continue;
      }
      // A person assesses every decision before it takes effect: then none is based solely on automated processing, and
      // `used: true` says the opposite (or the review is the token gesture WP251 warns of).
      if (review === 'every-decision') report.activity(r, '/automatedDecisions/humanReview', 'review-every-but-solely');
      if (ad.exception === undefined) report.activity(r, '/automatedDecisions', 'no-exception');
      else if (ad.exception === 'contract' && actsAsPublicAuthority(ctx.registry, r) === true && withoutContract(r))
        // Art. 22(2)(a) needs a contract between the person and the controller; a public authority whose every purpose
        // here rests on a task or an obligation, none on a contract, decides by authority: its exception is the law.
        report.activity(r, '/automatedDecisions/exception', 'contract-without-contract');
      else if (ad.exception === 'law' && (ad.law ?? []).length === 0) report.activity(r, '/automatedDecisions/exception', 'no-law');
      else if ((ad.exception === 'contract' || ad.exception === 'explicit-consent') && review === 'none')
        // Art. 22(3) binds (a) and (c) to at least the right to obtain human intervention: the record says there is none.
        report.activity(r, '/automatedDecisions/humanReview', 'review-none', { exception: ad.exception }, { severity: 'error' });
      else if ((ad.exception === 'contract' || ad.exception === 'explicit-consent') && review === undefined && !humanReviewSaid(r))
        report.activity(r, '/automatedDecisions/exception', 'no-human-review');
      else if (ad.exception === 'law' && review === 'none')
        // Art. 22(2)(b): the law lays down the safeguards; ropa cannot read them, and recital 71 names human intervention first.
        report.activity(r, '/automatedDecisions/humanReview', 'review-none-law');
      if (r.specialCategories.length === 0) continue;
      const conditions = basesWithPointers(r).map(({ basis }) => basis.gdpr);
      if (!conditions.includes('A9-2-a') && !conditions.includes('A9-2-g'))
        report.activity(r, '/automatedDecisions', 'special-category', { categories: r.specialCategories.map((c) => c.id) });
    }
  },
);
