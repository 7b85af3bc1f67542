import { defineRule } from '../check/rule.js';
import { activityList, processorUses } from '../check/processor-uses.js';
import { NEGATION, SENTENCE_END, notDoneSaid, textsOf } from '../check/facts.js';
import type { Located } from '../model/registry.js';
import type { ResolvedActivity } from '../model/resolve.js';
import type { Processor } from '../model/types.js';
import { lazyPattern } from '../util/lazy-pattern.js';

/** A processing agreement named in words: «databehandleravtale», «databehandlaravtalar», «data processing agreement». */
const AGREEMENT_WORDS = lazyPattern(
  String.raw`(?<![\p{L}])(?:databehandl[ae]r?avtal\p{L}*|(?:data\s+)?process(?:ing|or)\s+agreements?|DPAs?)(?![\p{L}])`,
  'iu',
);
/** The processors as a group, in a sentence that says there are agreements with them («med tenestetilbydarane», «with our suppliers»). */
const PROCESSORS_AS_GROUP = lazyPattern(
  String.raw`(?<![\p{L}])(?:tenestetilbydar\p{L}*|tjenestetilbyder\p{L}*|tjenesteleverandør\p{L}*|tenesteleverandør\p{L}*|leverandør\p{L}*|databehandl[ae]r(?:ne|ane)|alle|hver|kvar|each|every|all|(?:our|the)\s+(?:suppliers|providers|service\s+providers|processors))(?![\p{L}])`,
  'iu',
);
/** A processor's name as the words look for it: without a parenthesis, and the acronym in one, both in lower case. */
interface NameForms {
  plain: string[];
  acronyms: string[];
}
function nameForms(names: readonly string[]): NameForms {
  const plain = names
    .map((n) =>
      n
        .replace(/\s*\([^)]*\)\s*/gu, ' ')
        .trim()
        .toLowerCase(),
    )
    .filter((n) => n.length > 2);
  const acronyms = names.flatMap((n) => /\(([^)]+)\)/u.exec(n)?.[1]?.trim().toLowerCase() ?? []).filter((a) => a.length > 1);
  return { plain, acronyms };
}
const LETTER = lazyPattern(String.raw`\p{L}`, 'u');
/** Whether a word stands in a lower-case text with no letter on either side. */
function wordIn(word: string, low: string): boolean {
  for (let at = low.indexOf(word); at >= 0; at = low.indexOf(word, at + 1))
    if (!LETTER().test(low[at - 1] ?? ' ') && !LETTER().test(low[at + word.length] ?? ' ')) return true;
  return false;
}
const named = (forms: NameForms, low: string): boolean => forms.plain.some((p) => low.includes(p)) || forms.acronyms.some((a) => wordIn(a, low));
/**
 * The record says in words that there is an agreement with this processor (bodies/fhi-helseregistre, fiskeridirektoratet:
 * G15, session 32): a sentence of the description of an activity that uses it, or of the entry's own service, that names an
 * agreement, is neither denied nor not done yet (NEGATION, `notDoneSaid`), and names the processor or the activity's
 * processors as a group («Folkehelseinstituttet har egne databehandleravtaler med Norsk helsearkiv og Direktoratet for
 * medisinske produkter»; «det er inngått databehandlaravtalar med tenestetilbydarane»). Art. 28(3) asks for the contract, and
 * a record that says it exists answers what a record can; the `agreement` field is where its reference goes.
 */
export const agreementStated = (text: string, names: readonly string[]): boolean => statedFor(text, nameForms(names));
const statedFor = (text: string, forms: NameForms): boolean =>
  AGREEMENT_WORDS().test(text) &&
  text
    .split(SENTENCE_END)
    .some(
      (c) => AGREEMENT_WORDS().test(c) && !NEGATION.test(c) && notDoneSaid(c) === undefined && (named(forms, c.toLowerCase()) || PROCESSORS_AS_GROUP().test(c)),
    );
function agreementSaid(entry: Located<Processor>, users: readonly ResolvedActivity[]): boolean {
  const forms = nameForms(textsOf(entry.value.name));
  return [...textsOf(entry.value.service), ...users.flatMap((r) => textsOf(r.activity.description))].some((t) => statedFor(t, forms));
}

/**
 * Art. 28(3): processing by a processor is governed by a contract (databehandleravtale); the record refers to it.
 * The agreement is the processor's catalogue entry's `agreement`: one missing contract is one finding, at that entry,
 * naming the activities that use the processor (listed, or brought in by a system). An activity done as processor for
 * others records its own agreement (`processorFor.agreement`): that finding stays on the activity. An agreement whose own
 * words say it is not there yet («None signed yet; we use their standard terms», «Ikke inngått», «Skal signeres»:
 * `notDoneSaid`) is no agreement on record either (`not-done`; variants-dating DT38).
 */
export default defineRule(
  {
    id: 'processor-agreement',
    processorRecords: true,
    severity: 'error',
    citation: 'GDPR Art. 28(3), 28(9)',
    messages: ['missing', 'missing-via-system', 'processor-for', 'not-done', 'processor-for-not-done'],
  },
  (ctx, report) => {
    for (const { entry, uses } of processorUses(ctx.registry, ctx.activities)) {
      const users = activityList(uses);
      if (entry.value.agreement !== undefined) {
        const words = notDoneSaid(entry.value.agreement);
        if (words !== undefined) report.catalogue(entry, '/agreement', 'not-done', { processor: entry.id, words, ...users.args }, users.ids);
        continue;
      }
      if (
        agreementSaid(
          entry,
          uses.map((u) => u.r),
        )
      )
        continue;
      // Listed by an activity: the processor is named where it is used. Only through systems: say which.
      if (uses.some((u) => u.used.system === undefined))
        report.catalogue(entry, '', 'missing', { processor: entry.id, ...users.args }, users.ids, { target: 'key' });
      else {
        const systems = [...new Set(uses.map((u) => u.used.system!))].sort();
        report.catalogue(entry, '', 'missing-via-system', { processor: entry.id, systems, systemCount: systems.length, ...users.args }, users.ids, {
          target: 'key',
        });
      }
    }
    for (const r of ctx.activities) {
      if (r.activity.role === 'processor' && r.activity.processorFor !== undefined && r.activity.processorFor.agreement === undefined) {
        report.activity(r, '/processorFor', 'processor-for');
      } else if (r.activity.role === 'processor' && r.activity.processorFor?.agreement !== undefined) {
        const words = notDoneSaid(r.activity.processorFor.agreement);
        if (words !== undefined) report.activity(r, '/processorFor/agreement', 'processor-for-not-done', { words });
      }
    }
  },
);
