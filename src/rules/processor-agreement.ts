import { defineRule } from '../check/rule.js';
import { activityList, processorUses } from '../check/processor-uses.js';
import { NEGATION, SENTENCE_END, notDoneSaid, textsOf } from '../check/facts.js';
import type { Located } from '../model/registry.js';
import type { ResolvedActivity } from '../model/resolve.js';
import type { Organisation, Processor } from '../model/types.js';
import { lazyPattern } from '../util/lazy-pattern.js';
import { byText } from '../util/memo.js';

/** A processing agreement named in words: «databehandleravtale», «databehandlaravtalar», «data processing agreement». */
const AGREEMENT_WORDS = lazyPattern(
  String.raw`(?<![\p{L}])(?:databehandl[ae]r?avtal\p{L}*|(?:data\s+)?process(?:ing|or)\s+agreements?|DPAs?)(?![\p{L}])`,
  'iu',
);
/** The processors' group nouns in Norwegian («leverandørene», «tenestetilbydarane», «databehandlerne»). */
const GROUP_NOUN_NO = String.raw`(?:tenestetilbydar\p{L}*|tjenestetilbyder\p{L}*|tjenesteleverandør\p{L}*|tenesteleverandør\p{L}*|leverandør\p{L}*|underleverandør\p{L}*|databehandl[ae]r(?:e|ar|ne|ane|ere|arar|erne|arane))`;
/** In English, plural («suppliers», «vendors», «service providers», «processors»). */
const GROUP_NOUN_EN = String.raw`(?:(?:sub)?processors|suppliers|vendors|(?:service\s+)?providers)`;
const GROUP_NOUN = String.raw`(?:${GROUP_NOUN_NO}|${GROUP_NOUN_EN})`;
/**
 * The processors as a group, in a sentence that says there are agreements with them («med tenestetilbydarane», «with our
 * suppliers»: an English noun after a determiner, not «cloud providers» at large), or «all» of them without a noun («med
 * alle», «with each of them», «hver av dem»).
 */
const PROCESSORS_AS_GROUP = lazyPattern(
  String.raw`(?<![\p{L}])${GROUP_NOUN_NO}(?![\p{L}])|(?<![\p{L}])(?:our|the|its|their|these|all|each\s+of\s+(?:our|the|its|their)|every\s+one\s+of\s+(?:our|the|its|their))\s+(?:\p{L}+\s+)?${GROUP_NOUN_EN}(?![\p{L}])|(?<![\p{L}])(?:(?:med|with|hos|for)\s+(?:alle|samtlige|all|every|each|hver|kvar)(?:\s+(?:enkelt|einskild|one))?(?=\s*(?:[,;:!?)]|\.|$|og\s|and\s))|(?:alle|samtlige|all|every|each|hver|kvar)(?:\s+(?:enkelt|einskild|one))?\s+(?:av|of)\s+(?:dem|dei|them|these|disse|desse))(?![\p{L}])`,
  'iu',
);
/** «Almost» or an exception to «all» («nesten alle», «alle unntatt», «all but one», «except», «bortsett fra»). */
const ALMOST_OR_EXCEPT = String.raw`(?<![\p{L}])(?:nesten|nærmest|tilnærmet|almost|nearly|virtually|practically|stort\s+sett|så\s+godt\s+som|unntatt|untatt|unnateke|unnteke|bortsett\s+fr[aå]|med\s+unntak\s+av|utenom|utanom|except|excluding|apart\s+from|other\s+than|with\s+the\s+exception\s+of|all\s+but)(?![\p{L}])`;
/**
 * The group cut to some of it (L1, session 36): a quantifier before the group noun («noen leverandører», «enkelte av
 * leverandørene», «de fleste tenestetilbydarane», «some of our vendors», «two of the providers»). «With all» beside it
 * says all again («Vi bruker flere leverandører, og det er inngått databehandleravtale med alle»).
 */
const SOME_OF_GROUP = lazyPattern(
  String.raw`(?<![\p{L}])(?:noen|nokre|nokon|enkelte|somme|visse|utvalgte|utvalde|some|few|several|certain|selected|most|many|mange|flere|fleire|de\s+fleste|dei\s+fleste|de\s+aller\s+fleste|flertallet|fleirtalet|majoriteten|the\s+majority|a\s+number|(?:one|two|three|en|ein|ett|eitt|to|tre|\d+)(?=\s+(?:av|of)\s))\s+(?:(?:av|of)\s+)?(?:(?:våre|vore|dei|de|our|the|these|disse|desse|its|their|sine)\s+)?(?:\p{L}+\s+)?${GROUP_NOUN}(?![\p{L}])`,
  'iu',
);
/**
 * The group cut whatever «all» says: its main ones («de viktigste leverandørene», «alle våre viktigste leverandører», «our
 * key suppliers»), «almost all» or «all except» (ALMOST_OR_EXCEPT). Such a sentence is no agreement with each processor,
 * which Art. 28(3) asks.
 */
const PART_OF_GROUP = lazyPattern(
  String.raw`(?<![\p{L}])(?:de|dei|the|our|våre|vore|its|their)\s+(?:main|major|key|largest|biggest|principal|primary|critical|most\s+important|viktigste|viktigaste|største|sentrale|kritiske)\s+(?:\p{L}+\s+)?${GROUP_NOUN}(?![\p{L}])|${ALMOST_OR_EXCEPT}`,
  'iu',
);
/**
 * An agreement still to be made, said before the agreement's own words («Vi skal inngå databehandleravtaler med
 * leverandørene», «We plan to sign DPAs with our vendors», «tek sikte på å få på plass databehandlaravtalar»): a plan, a
 * wish or a duty, no agreement (`notDoneSaid` reads the passive «skal inngås», «to be signed»).
 */
const PLAN_MODAL = String.raw`(?<![\p{L}])(?:skal|vil|må|bør|skal\s+vi|vil\s+vi|will|shall|must|should|going\s+to|need\s+to|plan(?:s|ned)?\s+to|planlegg\p{L}*\s+å|tar\s+sikte\s+på\s+å|tek\s+sikte\s+på\s+å|aims?\s+to|intends?\s+to|wants?\s+to|would\s+like\s+to|ønsker\s+å|ønskjer\s+å|arbeider\s+med\s+å|jobber\s+med\s+å|working\s+to|expects?\s+to|forventer\s+å|tilstreb\p{L}*\s+å|strives?\s+to|seeks?\s+to|søker\s+å|søkjer\s+å|forsøker\s+å|prøver\s+å|freistar\s+å|tr(?:y|ies)\s+to)`;
/** The making of the agreement after the modal; «ha», «have», «få», «get» only with the agreement's own words after them. */
const PLANNED = lazyPattern(
  String.raw`${PLAN_MODAL}\s+(?:\p{L}+\s+){0,3}?(?:inngå|signere|underskrive|undertegne|underteikne|skrive\s+under|etablere|opprette|conclude|sign|enter\s+into|put\s+in\s+place|set\s+up|establish|draw\s+up|få\s+på\s+plass|få\s+signert|få\s+inngått|get\s+signed|obtain)(?![\p{L}])|${PLAN_MODAL}\s+(?:\p{L}+\s+){0,2}?(?:ha|have|få|get)\s+(?:\p{L}+\s+){0,2}?${AGREEMENT_WORDS.source}`,
  'iu',
);
/** A sentence that plans its agreement: PLANNED before the first agreement word, or ending in it. */
const planned = (c: string): boolean => {
  const a = AGREEMENT_WORDS().exec(c);
  return a !== null && PLANNED().test(c.slice(0, a.index + a[0].length));
};
/**
 * The group, all of it, said to have agreements: a group word, nothing that cuts it to a part (PART_OF_GROUP), and no
 * quantifier before it unless «with all» says all again.
 */
const wholeGroup = (c: string): boolean =>
  (PROCESSORS_AS_GROUP().test(c) || ALL_PROCESSORS().test(c)) &&
  !PART_OF_GROUP().test(c) &&
  (!SOME_OF_GROUP().test(c) || ALL_PROCESSORS().test(c) || WITH_ALL().test(c));
const WITH_ALL = lazyPattern(String.raw`(?<![\p{L}])(?:med|with|hos)\s+(?:alle|samtlige|all|every|each|hver|kvar)(?![\p{L}])`, 'iu');
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
const statedFor = (text: string, forms: NameForms): boolean => agreementSentences(text)?.some((c) => c.whole || named(forms, c.low)) === true;
/**
 * The sentences of a text that name an agreement, neither denied nor not done yet, in their order (undefined for none), each
 * lower-cased for the names and with whether it covers the processors as a whole (wholeGroup). Remembered per text: whose
 * agreement it is depends on the names, the sentences do not, and an entry's service and the descriptions of the activities
 * that use it are read for each entry and activity (#16, session 46).
 */
const agreementSentences = byText((text: string): { low: string; whole: boolean }[] | undefined => {
  if (!AGREEMENT_WORDS().test(text)) return undefined;
  let out: { low: string; whole: boolean }[] | undefined;
  for (const c of text.split(SENTENCE_END))
    if (AGREEMENT_WORDS().test(c) && !NEGATION.test(c) && notDoneSaid(c) === undefined && !planned(c))
      (out ??= []).push({ low: c.toLowerCase(), whole: wholeGroup(c) });
  return out;
});
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
    .some(
      (c) =>
        AGREEMENT_WORDS().test(c) &&
        ALL_PROCESSORS().test(c) &&
        !NOT_ALL().test(c) &&
        !PART_OF_GROUP().test(c) &&
        !NEGATION.test(c) &&
        notDoneSaid(c) === undefined,
    );
/**
 * The organisation's notice texts say that every processor has an agreement (bodies/helsedirektoratet, G17 session 33:
 * «Helsedirektoratet inngår databehandleravtaler med alle virksomheter som behandler personopplysninger på våre vegne», in
 * notice.introduction): Art. 28(3) asks for a contract with each, and a statement that covers them all answers it for
 * each entry. Strict: all processors, not some, not an aim, not denied (allProcessorsCovered), not the main ones, not
 * «almost all» or «all except» (PART_OF_GROUP, L1 session 36).
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
