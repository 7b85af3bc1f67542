import { basesWithPointers, citesProvision, negatedBetween, publishes, STOP, textsOf } from '../check/facts.js';
import { activityReveals, revealedNationalId } from '../check/prose-category.js';
import { activityTexts } from '../check/prose-activity.js';
import { defineRule } from '../check/rule.js';
import { LANGUAGES } from '../i18n/index.js';
import { localText } from '../model/registry.js';
import { join } from '../util/pointer.js';
import { lazyPattern } from '../util/lazy-pattern.js';

/**
 * personopplysningsloven § 12: national identity numbers only where there is a real need for secure
 * identification and the method is necessary. § 12 is a condition, not a legal basis: the record states
 * the need in `nationalIdNeed`, once for the activity or once per national-identifier data category (the
 * need for fødselsnummer and for D-nummer may differ). Each national-identifier category the activity
 * uses without a stated need is a finding of its own. A record that cites § 12 in a legal basis shows the
 * need was considered (no warning), but the notice would print a condition as a basis (info: move it).
 *
 * A stated need that is convenience, or the use of the number as a customer, member or user number, is no
 * need for secure identification (`convenience`): § 12 asks for «saklig behov for sikker identifisering»
 * and that «metoden er nødvendig for å oppnå slik identifisering». Read clause by clause: a clause that denies such use
 * («Det vises ikke på faktura og brukes ikke som kundenummer», «never used as a customer number») is no convenience.
 *
 * A purpose that publishes the data («publisere», «legge ut på nett», «legge ut til offentlig ettersyn», «publish»)
 * and lists a national-identifier category among its own `dataCategories` is reported whatever need is stated
 * (`published`): publication to everyone identifies no one securely for the controller, and spreads the number
 * that secure identification elsewhere relies on. Only the purpose's own list counts, not the activity's. A purpose
 * whose words say the number is left out of what is published («uten fødselsnummer») is not reported.
 */
/** Laying a list out for public inspection («legge ut til offentlig ettersyn», eigedomsskattelova § 15): publication too. */
const PUBLIC_INSPECTION = lazyPattern(String.raw`(?<![\p{L}])(?:offentlig|offentleg)\s+(?:ettersyn|gjennomsyn)(?![\p{L}])|public inspection`, 'iu');
/**
 * The purpose's words say the number is left out of what is published («(uten fødselsnummer)», «men ikkje
 * fødselsnummer», «without national ID numbers», «fødselsnummeret publiseres ikke»): a negation, «uten/utan/without» or
 * «except/unntatt» and the number's name in one clause. The purpose may use the number for what it does besides
 * publishing (writing out the tax to the right owner).
 */
const NUMBER = lazyPattern(
  String.raw`fødselsnummer\p{L}*|personnummer\p{L}*|d-nummer\p{L}*|id-nummer\p{L}*|identitetsnummer\p{L}*|national (?:identity |id |identification )?(?:numbers?|ids?)|identity numbers?|personal (?:identity |id )?numbers?|(?<![\p{L}])fnr(?![\p{L}])`,
  'iu',
);
const LEFT_OUT = lazyPattern(
  String.raw`(?<![\p{L}])(?:uten|utan|without|except|excluding|unntatt|utanom|bortsett|ikke|ikkje|aldri|never|not)(?![\p{L}])|n't(?![\p{L}])|(?<![\p{L}])no\s+(?=national|personal|identity|id(?![\p{L}]))`,
  'iu',
);
const leftOut = (text: string): boolean => text.split(/[.;:!?()]/).some((c) => NUMBER().test(c) && LEFT_OUT().test(c));
/**
 * Convenience: the words of it («praktisk», «enklere», «convenient»), or the number used as a customer, member or user
 * number («som kundenummer», «er kundenummeret vårt», «as the customer number», «kundenummeret er fødselsnummeret»). Not a
 * customer number of its own («vi bruker et eget kundenummer», «kundenummeret er et eget løpenummer»).
 */
const OWN_NUMBER = String.raw`(?:kunde|medlems|bruker|brukar|abonnements|tilsett|ansatt|saks)-?nummer\p{L}*`;
const CONVENIENCE = lazyPattern(
  String.raw`(?<![\p{L}])(?:praktisk|praktiske|enklere|enklest|enklare|enklast|lettvint|bekvemt?|convenient|convenience|practical|easier|easiest|simpler|simplest)(?![\p{L}])` +
    String.raw`|(?<![\p{L}])(?:som|as|til|for|er|is|blir|vert|becomes)\s+(?:(?:et|eit|en|ein|a|an|the|vårt|vår|our)\s+)?${OWN_NUMBER}` +
    String.raw`|(?<![\p{L}])(?:as|is|for)\s+(?:(?:a|an|the|our)\s+)?(?:customer|member|user|account|employee|case)\s+(?:number|id)(?![\p{L}])` +
    String.raw`|${OWN_NUMBER}\s+(?:er|is)\s+(?:\p{L}+\s+)?(?:fødselsnummer|personnummer|d-nummer|(?:the\s+)?national)`,
  'iu',
);
/** «verken/hverken/korkje … eller», «neither … nor» before the words: NEGATION reads the pair only when «eller» comes before them. */
const EITHER = lazyPattern(String.raw`(?<![\p{L}])(?:verken|hverken|korkje|neither)(?![\p{L}])`, 'iu');
/**
 * Convenience said and not denied: clause by clause, a CONVENIENCE word with no negation before it in its clause («brukes
 * ikke som kundenummer», «is never used as a customer number», «brukes verken som kundenummer eller …» deny it; «brukes
 * som kundenummer fordi det ikke finnes noe annet» does not).
 */
/**
 * A clause whose ease is that of identifying someone securely: «enklere å skille mellom personer med samme navn», «easier
 * to tell apart people with the same name», «avoids mixing up», «sikker identifisering». That is the need § 12 asks for,
 * put as a comparison (M, session 18, when the superlatives and nynorsk forms were added: «enklest», «enklare», «enklast»).
 */
const IDENTIFYING = lazyPattern(
  String.raw`skille\s+mellom|skilje\s+mellom|skille\s+\p{L}+\s+fra|identifiser\p{L}*|identifisering\p{L}*|forveksl\p{L}*|samme\s+navn|same\s+namn|sikker\p{L}*\s+identif\p{L}*|tell\s+(?:\p{L}+\s+){0,2}?apart|distinguish\p{L}*|same\s+name|mix(?:ing|ed)?\s+up|confus\p{L}*|identif(?:y|ied|ying|ication)|identifikator\p{L}*|bankid|id-porten|idporten|innlogg\p{L}*|log(?:ging)?\s+in|login|autentiser\p{L}*|authenticat\p{L}*`,
  'iu',
);
const saysConvenience = (text: string): boolean =>
  text.split(STOP).some((c) => {
    const m = CONVENIENCE().exec(c);
    return m !== null && !negatedBetween(c, 0, m.index) && !EITHER().test(c.slice(0, m.index)) && !IDENTIFYING().test(c);
  });
/**
 * The number shown where others see it (`displayed`; W5, session 46, variants-ferje FJ63: «Fødselsnummeret står også på
 * vaktlistene om bord, slik at mannskapet med like navn kan skilles fra hverandre»): printed on or shown on a list, a
 * notice, a badge, a card, a label or an envelope. § 12 asks that the method be necessary for secure identification;
 * a number everyone around can read identifies no one securely, and spreads what secure identification relies on
 * (Datatilsynet's guidance keeps it off envelopes and lists). Read clause by clause in the description and purposes,
 * with the number and the place in one clause; not denied («står ikke på», «never printed on»), not removed («fjernet
 * fra», «taken off»). Told whatever need is stated: the stated need cannot cover showing it.
 */
const SHOWN_ON = lazyPattern(
  String.raw`(?<![\p{L}])(?:står|stod|står\s+også|vises|synast|visast|skrives|skrivast|trykkes|trykkast|printes|printed|shown|displayed|appears?|written|står\s+òg)\s+(?:\p{L}+\s+){0,2}?(?:på|on)\s+(?:\p{L}+\s+){0,2}?(?:\p{L}*list(?:e|a|en|er|ene|ar|ane)|\p{L}*oppslag\p{L}*|\p{L}*skilt\p{L}*|navnelapp\p{L}*|namnelapp\p{L}*|\p{L}*etikett\p{L}*|\p{L}*lapp(?:en|ar|er)?|konvolutt\p{L}*|adgangskort\p{L}*|id-kort\p{L}*|badges?|name\s*tags?|labels?|envelopes?|lists?|rosters?|rotas?|notices?|notice\s+boards?|id\s+cards?|access\s+cards?)(?![\p{L}])`,
  'iu',
);
const REMOVED = lazyPattern(
  String.raw`(?<![\p{L}])(?:fjern\p{L}*|tatt\s+bort|teke\s+bort|removed|taken\s+off|masked|maskert\p{L}*|skjult\p{L}*|hidden)(?![\p{L}])`,
  'iu',
);
/** The national number by its own name (not «id-nummer», «ID number»: an employee's or a card's number may be meant). */
const NATIONAL = lazyPattern(
  String.raw`(?<![\p{L}-])(?:fødselsnummer\p{L}*|personnummer\p{L}*|d-nummer\p{L}*|national\s+(?:identity\s+|id\s+|identification\s+)?numbers?|fnr(?![\p{L}]))`,
  'iu',
);
export const shownAt = (text: string): string | undefined => {
  for (const c of text.split(STOP)) {
    const n = NATIONAL().exec(c);
    if (n === null) continue;
    const m = SHOWN_ON().exec(c);
    if (m === null || REMOVED().test(c) || negatedBetween(c, 0, m.index + m[0].length) || EITHER().test(c)) continue;
    return c.trim();
  }
  return undefined;
};

export default defineRule(
  {
    id: 'national-id-justified',
    severity: 'warning',
    citation: 'personopplysningsloven § 12; GDPR Art. 87',
    messages: [
      'missing',
      'in-basis',
      'convenience',
      'published',
      'displayed',
      'category-reveals',
      'category-reveals-no-need',
      'activity-reveals',
      'activity-reveals-no-need',
    ],
  },
  (ctx, report) => {
    const provision = ctx.reference.law.provisions.nationalIdentifier;
    for (const r of ctx.activities) {
      // Loops, not a list made per activity: every activity's every basis is looked at, and most cite no such section.
      let inBasis = false;
      for (const { basis, pointer } of basesWithPointers(r))
        basis.law.forEach((l, k) => {
          if (!citesProvision(l, provision, ctx.reference)) return;
          inBasis = true;
          report.activity(r, join(pointer.slice(0, -'/gdpr'.length), 'law', k), 'in-basis', {}, { severity: 'info' });
        });
      // A category whose own words name a national identity number while its entry does not say `nationalIdentifier`
      // (src/check/prose-category.ts): the record must say so, and the need must be stated as if it did (§ 12).
      // Where another category of the activity records the number, the record says it already (and `missing` asks the need).
      if (r.nationalIdentifiers.length === 0)
        for (const c of r.dataCategories) {
          const seen = revealedNationalId(c.value);
          if (seen === undefined) continue;
          const entry = ctx.registry.catalogues.dataCategories.get(c.id);
          if (entry === undefined) continue;
          const need = r.activity.nationalIdNeed;
          const stated = inBasis || (need !== undefined && (!Array.isArray(need) || need.some((n) => n.category === c.id)));
          report.entry(r, entry, seen.pointer, stated ? 'category-reveals' : 'category-reveals-no-need', { category: c.id, words: seen.words });
        }
      // The activity's or a purpose's own words that name the number while no category records it (nor a category's
      // words): the record must list it, and state the need as if it did. Once, at the first words.
      if (r.nationalIdentifiers.length === 0 && !r.dataCategories.some((c) => revealedNationalId(c.value) !== undefined)) {
        const seen = activityReveals(r.activity).find((x) => x.kind === 'national-id');
        if (seen !== undefined)
          report.activity(r, seen.pointer, inBasis || r.activity.nationalIdNeed !== undefined ? 'activity-reveals' : 'activity-reveals-no-need', {
            words: seen.words,
          });
      }
      if (r.nationalIdentifiers.length === 0) continue;
      const ids = new Set(r.nationalIdentifiers.map((c) => c.id));
      r.purposes.forEach((p, i) => {
        const own = p.dataCategories ?? [];
        const k = own.findIndex((c) => ids.has(c));
        if (k >= 0 && textsOf(p.description).some((t) => publishes(t, PUBLIC_INSPECTION())) && !textsOf(p.description).some(leftOut))
          report.activity(r, join('/purposes', i, 'dataCategories', k), 'published', { purpose: p.id, category: own[k]! });
      });
      const shown = activityTexts(r)
        .map((t) => ({ t, words: shownAt(t.text) }))
        .find((x) => x.words !== undefined);
      if (shown !== undefined) report.activity(r, shown.t.pointer, 'displayed', { words: shown.words! });
      if (inBasis) continue;
      const need = r.activity.nationalIdNeed;
      const needs =
        need === undefined
          ? []
          : Array.isArray(need)
            ? need.map((n, i) => ({ text: n.need, pointer: join('/nationalIdNeed', i, 'need') }))
            : [{ text: need, pointer: '/nationalIdNeed' }];
      for (const n of needs) {
        const texts = LANGUAGES.map((l) => localText(n.text, l)).filter((t): t is string => t !== undefined);
        const convenience = texts.find(saysConvenience);
        if (convenience !== undefined) report.activity(r, n.pointer, 'convenience', { text: convenience });
      }
      if (need !== undefined && !Array.isArray(need)) continue;
      const stated = new Set((need ?? []).map((n) => n.category));
      const listed = r.activity.dataCategories ?? [];
      for (const c of r.nationalIdentifiers) {
        if (!stated.has(c.id)) report.activity(r, join('/dataCategories', listed.indexOf(c.id)), 'missing', { category: c.id });
      }
    }
  },
);
