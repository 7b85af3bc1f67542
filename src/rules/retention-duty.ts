import { knownLaw, lawCitation, sectionIds, textsOf } from '../check/facts.js';
import type { LawEntry, ReferenceData, RetentionDuty } from '../check/reference.js';
import type { ResolvedActivity, ResolvedLaw, ResolvedRetention } from '../model/resolve.js';
import type { Registry } from '../model/registry.js';
import { defineRule } from '../check/rule.js';
import { durationSeconds } from '../util/duration.js';
import { join } from '../util/pointer.js';
import { lazyPattern } from '../util/lazy-pattern.js';
import { byText } from '../util/memo.js';

/**
 * Art. 5(1)(e): data is kept no longer than necessary. A section that obliges the controller to keep data for a
 * period (data/norwegian-law.json, a section's `keepFor`: bokføringsloven § 13, five years after the end of the
 * accounting year; or `keepAs`, a section that keeps as another law's section does: kommuneloven § 14-6, accounting
 * information kept «i samsvar med bokføringsloven §§ 3 til 14») is a reason to keep it that long, and no longer. A retention rule whose only reasons are such
 * sections, and whose period is longer than the longest of their periods, gives no reason for the extra time: a
 * warning (the record may have another reason it does not state). A month is counted as up to 31 days.
 *
 * The duty is a minimum too: a period shorter than every period a cited section obliges keeping for breaks the duty the
 * record itself cites (partiloven § 18 b: «skal oppbevares i minst fem år»), and the data is gone before the law allows
 * (`shorter`, a warning). A duty counted from the end of the accounting year is met, give or take the year, by a period
 * counted from the transaction: such a period is given that year's slack.
 *
 * A law that sets no period for keeping personal data (data/norwegian-law.json `keepsNothing`: regnskapsloven, whose
 * keeping rules moved to bokføringsloven § 13 in 2004; markedsføringsloven) gives no reason to keep data when a retention
 * names it as its reason (`no-duty`, a warning), whatever else the retention cites: the notice then gives a reason that
 * does not exist (Art. 13(2)(a)). Beside a cited law that does oblige keeping (`no-duty-beside`), the advice is only to
 * drop the reason given in vain. A cited section with its own entry (one that lets a regulation set a period) is not
 * judged.
 */
const DAY = 86400;

/**
 * A duty counted from the end of the accounting year (bokføringsloven § 13) covers up to a year more when counted
 * from the transaction: a receipt from January is kept five years and eleven months after it. A period whose
 * trigger or description does not say it counts from the year's end gets that year.
 */
const YEAR_END = lazyPattern(
  String.raw`regnskapsår|rekneskapsår|inntektsår|årets slutt|utgangen av (?:regnskaps|rekneskaps)?året|year[- ]end|end of the (?:accounting |financial |fiscal )?year`,
  'i',
);

/**
 * A section's own periods, or those of the law's section it keeps as (`keepAs`: kommuneloven § 14-6 keeps accounting
 * information as bokføringsloven § 13 does).
 */
function keepForOf(e: LawEntry, ref: ReferenceData): readonly RetentionDuty[] | undefined {
  if (e.keepFor !== undefined || e.keepAs === undefined) return e.keepFor;
  const other = ref.law.laws[e.keepAs.law]?.sections?.[e.keepAs.section];
  return other === undefined || Array.isArray(other) ? undefined : (other as LawEntry).keepFor;
}

/**
 * The periods a reference obliges keeping for; undefined when ropa knows none for it (any cited section without one).
 * A period a regulation sets for some controllers or material only counts where `applies` says the record names them.
 * permanent-retention-basis reads them too: a duty with a period is no ground for keeping the data for ever.
 */
export function duties(law: ResolvedLaw, ref: ReferenceData, applies: (d: RetentionDuty) => boolean): readonly RetentionDuty[] | undefined {
  const sections = knownLaw(law, ref)?.law.sections ?? {};
  const keep = (s: (typeof sections)[string] | undefined): readonly RetentionDuty[] | undefined =>
    s === undefined || Array.isArray(s) ? undefined : keepForOf(s as LawEntry, ref)?.filter(applies);
  const cited = sectionIds(law.section);
  if (cited.length > 0) {
    const each = cited.map((k) => keep(sections[k]) ?? []);
    return each.every((d) => d.length > 0) ? each.flat() : undefined;
  }
  const all = Object.values(sections).flatMap((s) => keep(s) ?? []);
  return all.length > 0 ? all : undefined;
}

/**
 * A retention of consents or reservations («samtykke», «reservasjon», «avmelding», «påmelding», «meldt seg av», «consent», «opt-in», «opt-out»), or of
 * refusals and choices in other words (P's false-alarm review, 2026-12-01: 11 of 11 lawful wordings fired): «sagt nei til
 * telefonsalg», «takka nei», «motsatt seg markedsføring», «frabedt seg reklame», «sperreliste», «markedsføringsvalg»,
 * «do-not-call list», «blocking list», «asked not to be contacted», «marketing preferences», «until the customer objects»: keeping them is
 * how the controller shows consent (Art. 7(1)) and respects a refusal (markedsføringsloven §§ 12, 15), so the marketing
 * act is a real reason for it.
 */
const CONSENT_RECORD = lazyPattern(
  String.raw`samtykk|reservasjon|reserver|avmeld|påmeld|(?:meldt|melde|meld|melder)\s+seg\s+(?:av|på)(?![\p{L}])|avregistrer|consent|opt-?out|opt-?in(?![\p{L}])|unsubscri|sign(?:ed)?-?\s?ups?(?![\p{L}])|suppression|(?<![\p{L}])(?:(?:sagt|sier|seier|sa|takket|takka|takker|takkar)\s+nei|nei takk|motsatt seg|motsett seg|motset seg|frabedt|frabedd|frabe(?:r|d)|sperrelist\p{L}*|blokker\p{L}*list\p{L}*|markedsføringsvalg\p{L}*|marknadsføringsval\p{L}*|kontaktvalg\p{L}*|said no|says no|declined|objects?|objected|objections?|blocking lists?|do[- ]not[- ](?:call|contact|mail|email)|asked not to be (?:contacted|called)|(?:marketing|contact) preferences?)(?![\p{L}])`,
  'iu',
);

/**
 * The law sets no keeping period and the reference cites no section of it that has an entry of its own; or every section
 * the reference cites sets none (a section's `keepsNothing`: grenseloven § 16, a carrier's duty to send passenger data to
 * the police, «skal … oversende opplysninger om reisende og mannskap til politiet», and no duty to keep them; M, session
 * 18, variants-luftfart LF06).
 */
function keepsNothing(law: ResolvedLaw, ref: ReferenceData): boolean {
  const known = knownLaw(law, ref)?.law;
  if (known === undefined) return false;
  const cited = sectionIds(law.section);
  if (known.keepsNothing === true) return !cited.some((k) => known.sections?.[k] !== undefined);
  return (
    cited.length > 0 &&
    cited.every((k) => {
      const entry = known.sections?.[k];
      return entry !== undefined && !Array.isArray(entry) && (entry as LawEntry).keepsNothing === true;
    })
  );
}

/**
 * Whether a period a regulation sets only for some controllers or material (`whenNamed`, `whenSaid`) holds for a
 * retention entry: the organisation's names (lower case) hold a `whenNamed` word, or the entry's own words (the activity's
 * title, the entry's description, trigger and exceptions, the names of its categories) a `whenSaid` one.
 */
export function dutyApplies(named: readonly string[], r: ResolvedActivity, e: ResolvedRetention): (d: RetentionDuty) => boolean {
  const categories = e.categories.length > 0 ? e.categories : r.dataCategories;
  const said = [
    ...textsOf(r.activity.title),
    ...textsOf(e.description),
    ...textsOf(e.trigger),
    ...textsOf(e.exceptions),
    ...categories.flatMap((c) => textsOf(c.value.name)),
  ].map((t) => t.toLowerCase());
  return (d) =>
    (d.whenNamed === undefined && d.whenSaid === undefined) ||
    (d.whenNamed ?? []).some((w) => named.some((t) => t.includes(w))) ||
    (d.whenSaid ?? []).some((w) => said.some((t) => t.includes(w)));
}

/** The organisation's names, lower case, for a duty that binds only some controllers (`whenNamed`). */
export function organisationNames(registry: Registry): string[] {
  const name = registry.organisation?.value.name;
  return (name ? textsOf(name) : []).map((t) => t.toLowerCase());
}
/** Whether a text names the record of a consent (CONSENT_RECORD), read once per text (#16, session 42). */
const consentRecordIn = byText((t: string): boolean => CONSENT_RECORD().test(t));

export default defineRule(
  { id: 'retention-duty', severity: 'warning', citation: 'GDPR Art. 5(1)(e); 13(2)(a)', messages: ['longer', 'shorter', 'no-duty', 'no-duty-beside'] },
  (ctx, report) => {
    // The organisation's names, for a duty that binds only some controllers (`whenNamed`): the same for every entry.
    const named = organisationNames(ctx.registry);
    for (const r of ctx.activities) {
      r.retention.forEach((e, i) => {
        const keepsConsent = [...textsOf(e.description), ...textsOf(e.trigger), ...e.categories.flatMap((c) => textsOf(c.value.name))].some(consentRecordIn);
        e.law.forEach((l, k) => {
          if (keepsConsent || !keepsNothing(l, ctx.reference)) return;
          // The law as the activity cites it, or the retention policy that cites it.
          const own = r.activity.retention?.[i];
          const where = own?.law !== undefined ? join('/retention', i, 'law', k) : join('/retention', i, ...(own?.policy !== undefined ? ['policy'] : []));
          // Beside a law that does oblige keeping («regnskaps- og bokføringsloven»), the period has its reason: only the
          // reason named in vain is to go.
          const beside = e.law.find((o) => o !== l && !keepsNothing(o, ctx.reference) && (duties(o, ctx.reference, () => true)?.length ?? 0) > 0);
          if (beside !== undefined) report.activity(r, where, 'no-duty-beside', { law: lawCitation(l), other: lawCitation(beside) });
          else report.activity(r, where, 'no-duty', { law: lawCitation(l) });
        });
        if (e.period === undefined || e.permanent === true || e.law.length === 0) return;
        const kept = durationSeconds(e.period);
        if (kept === undefined) return;
        const applies = dutyApplies(named, r, e);
        const known = e.law.map((l) => duties(l, ctx.reference, applies));
        const countsFromYearEnd = [...textsOf(e.trigger), ...textsOf(e.description)].some((t) => YEAR_END().test(t));
        // Shorter than the shortest period of some cited section: that section's duty is broken, whatever else is cited.
        for (const [k, d] of known.entries()) {
          if (d === undefined || d.length === 0) continue;
          const shortest = d.reduce((a, b) => ((durationSeconds(b.period) ?? 0) < (durationSeconds(a.period) ?? 0) ? b : a));
          const minimum = durationSeconds(shortest.period);
          if (minimum === undefined) continue;
          const slack = YEAR_END().test(shortest.from) && !countsFromYearEnd ? 366 * DAY : 0;
          if (kept + slack + DAY < minimum) {
            report.activity(r, join('/retention', i), 'shorter', { period: e.period, law: lawCitation(e.law[k]!), duty: shortest.period, from: shortest.from });
            return;
          }
        }
        if (known.some((d) => d === undefined)) return;
        const longest = known.flatMap((d) => d ?? []).reduce((a, b) => ((durationSeconds(b.period) ?? 0) > (durationSeconds(a.period) ?? 0) ? b : a));
        const limit = durationSeconds(longest.period);
        if (limit === undefined) return;
        const fromTransaction = YEAR_END().test(longest.from) && !countsFromYearEnd;
        if (kept <= limit + (fromTransaction ? 366 * DAY : 0) + DAY) return;
        const law = e.law.map(lawCitation);
        report.activity(r, join('/retention', i), 'longer', { period: e.period, law, duty: longest.period, from: longest.from });
      });
    }
  },
);
