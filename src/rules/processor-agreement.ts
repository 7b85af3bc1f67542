import { defineRule } from '../check/rule.js';
import { activityList, processorUses } from '../check/processor-uses.js';
import { NEGATION, SENTENCE_END, notDoneSaid, textsOf } from '../check/facts.js';
import type { Located } from '../model/registry.js';
import type { ResolvedActivity } from '../model/resolve.js';
import type { Organisation, Processor } from '../model/types.js';
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
/**
 * The processors as a whole, with «all» («alle virksomheter som behandler personopplysninger på våre vegne», «alle våre
 * leverandører», «samtlige databehandlere», «all our processors», «every supplier who processes personal data for us»).
 */
const ALL_PROCESSORS = lazyPattern(
  String.raw`(?<![\p{L}])(?:alle|samtlige|all|every|each|hver|kvar)\s+(?:(?:av\s+)?(?:våre|vore|dei|de|of\s+)?(?:our|the)?\s*)?(?:\p{L}+\s+)??(?:virksomhet\p{L}*|verksemd\p{L}*|leverandør\p{L}*|underleverandør\p{L}*|databehandl[ae]r\p{L}*|tjenesteleverandør\p{L}*|tenesteleverandør\p{L}*|tjenestetilbyder\p{L}*|tenestetilbydar\p{L}*|selskap\p{L}*|aktør\p{L}*|(?:sub)?processors?|suppliers?|vendors?|(?:service\s+)?providers?|companies|organi[sz]ations?|(?:som|who|that|which)\s+(?:behandler|behandlar|handsamar|process(?:es)?))(?![\p{L}])`,
  'iu',
);
/**
 * A statement that is not that every processor has an agreement: some or most of them («med noen leverandører», «de
 * fleste», «some of our suppliers»), an aim or a rule with exceptions («tilstreber», «søker å», «som hovedregel»,
 * «normally», «we aim to», «where necessary», «ved behov»), a future or a duty («skal», «vil», «will», «shall», «bør»,
 * «should»), a possibility («kan», «may») or the past («hadde», «had»).
 */
const NOT_ALL = lazyPattern(
  String.raw`(?<![\p{L}])(?:noen|nokre|nokon|enkelte|somme|some|most|de\s+fleste|dei\s+fleste|flere|fleire|several|many|mange|tilstreb\p{L}*|søker\s+å|søkjer\s+å|forsøker|prøver|freistar|aims?|strives?|try|tries|endeavou?rs?|seeks?|intends?|plans?|planlegg\p{L}*|ønsker|ønskjer|mål(?:et|sett\p{L}*)?|goal|normalt|vanligvis|vanlegvis|normally|usually|generally|typically|hovedregel|hovudregel|hovedsakelig|hovudsakleg|mainly|as\s+a\s+rule|where\s+(?:required|necessary|appropriate|possible)|when\s+(?:required|necessary|needed)|der\s+det\s+er\s+(?:nødvendig|naudsynt|mulig|mogleg)|ved\s+behov|om\s+nødvendig|skal|vil|bør|will|shall|should|kan|may|might|hadde|had|tidligere|tidlegare|previously|formerly)(?![\p{L}])`,
  'iu',
);
/** Whether an organisation-wide text says there is an agreement with every processor, in one sentence (exported for test/rules). */
export const allProcessorsCovered = (text: string): boolean =>
  AGREEMENT_WORDS().test(text) &&
  text
    .split(SENTENCE_END)
    .some((c) => AGREEMENT_WORDS().test(c) && ALL_PROCESSORS().test(c) && !NOT_ALL().test(c) && !NEGATION.test(c) && notDoneSaid(c) === undefined);
/**
 * The organisation's notice texts say that every processor has an agreement (bodies/helsedirektoratet, G17 session 33:
 * «Helsedirektoratet inngår databehandleravtaler med alle virksomheter som behandler personopplysninger på våre vegne», in
 * notice.introduction): Art. 28(3) asks for a contract with each, and a statement that covers them all answers it for
 * each entry. Strict: all processors, not some, not an aim, not denied (allProcessorsCovered).
 */
const coveredOrganisationWide = (org: Organisation | undefined): boolean =>
  [org?.notice?.introduction, org?.notice?.security, org?.notice?.disclosure].flatMap((t) => textsOf(t)).some(allProcessorsCovered);

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
    const orgWide = coveredOrganisationWide(ctx.registry.organisation?.value);
    for (const { entry, uses } of processorUses(ctx.registry, ctx.activities)) {
      const users = activityList(uses);
      if (entry.value.agreement !== undefined) {
        const words = notDoneSaid(entry.value.agreement);
        if (words !== undefined) report.catalogue(entry, '/agreement', 'not-done', { processor: entry.id, words, ...users.args }, users.ids);
        continue;
      }
      if (
        orgWide ||
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
