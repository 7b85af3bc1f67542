import { addMonths } from '../check/dates.js';
import { knownLaw, sectionIds, textsOf } from '../check/facts.js';
import type { KnownLaw } from '../check/reference.js';
import { defineRule } from '../check/rule.js';
import { resolveLaw, type ResolvedLaw } from '../model/resolve.js';
import { join } from '../util/pointer.js';
import { lazyPattern } from '../util/lazy-pattern.js';
import { lawsNamedIn, mayNameLaw, sectionCitedAfter } from '../check/prose-law.js';

/**
 * A record that cites a repealed law rests on nothing: arkivloven of 1992 (LOV-1992-12-04-126) was
 * replaced by arkivlova (LOV-2025-06-20-96) on 1 January 2026. Each activity is reported once per
 * repealed law, where it first cites it. The laws the notice's introduction names (organisation.yaml
 * notice: laws) tell the public what the processing rests on, and are checked too. A section repealed while its law
 * stays in force (helseforskningsloven § 35, the old dispensation from confidentiality, repealed from 1 June 2021) is
 * reported where it is cited (`section-repealed`). Sections are matched by id as data/norwegian-law.json keys them («§ 35»
 * is 35, «§ 35 a» is 35a, «§ 9-1» is 9-1), not by every number in the reference («§ 19 a første ledd nr. 7» cites no § 7).
 *
 * Besides legal bases and retention, the laws an activity names for a restricted right, an automated decision and obtaining
 * laid down by law (Art. 14(5)(c)) are read (B3, variants-skatt SK27: a tipster's identity withheld
 * «under ligningsloven § 3-13»), and so is the law a disclosure to a controller is made under (`disclosures[].law`;
 * W4, session 45: helsepersonelloven § 45, repealed 1 July 2026).
 *
 * A section the law has given a new number (data/norwegian-law.json `renumbered`: skatteforvaltningsloven § 7-12, the
 * identification of the taxpayer in third-party reports, became § 7-14 on 1 January 2026, and § 7-12 now governs
 * crypto-asset exchanges) is reported where it is cited (`section-renumbered`), unless the activity's words name the
 * matter the old number now holds (`reusedFor`). A section whose number stays and whose content the law replaced
 * (`renumbered` with `now`: helseforskningsloven § 33, REK's prior approval of research on health data, holds from
 * 1 November 2026 the complaint over a refused erasure, prior approval being § 9's) is reported as such
 * (`section-replaced`), with the provision to cite instead.
 *
 * A law enacted but not yet in force rests the record on nothing either (`not-in-force`): one whose day is left to the King
 * (data/norwegian-law.json `notInForce`: inkassoloven 2026, LOV-2026-05-22-19 § 55, which repeals the 1988 act only
 * from that day), or whose `inForce` day is after the day checked.
 *
 * A law whose repeal day is set (data/norwegian-law.json `repealed`, a day the successor's text or the King's resolution
 * fixes) but not yet reached is told ahead (`replaced-ahead`, `repealed-ahead`: an info) within REPEAL_AHEAD_MONTHS of that day: the record
 * still rests on it rightly, and should be moved to the successor by then (viltloven, replaced by viltressursloven from
 * 1 July 2026, is told from 1 January 2026). A repeal left to the King («Fra den tiden loven trer i kraft, oppheves …» with
 * no resolution yet: the successor is `notInForce`, the old law has no `repealed` day) has no day to tell.
 *
 * A repealed law named in the activity's own words, in any free text of its file, is reported there (`prose-replaced`,
 * `prose-repealed`; L5, session 39: «Oppmøte på sesjon er en plikt etter vernepliktsloven» in collection.consequences,
 * variants-verneplikt VP71), once per law and activity as a structured citation is; a law named as history is not
 * (src/check/prose-law.ts).
 *
 * A section that only a repealed law of the same name had (data/norwegian-law.json `formerSections`: ekomloven of 2024 has
 * no lettered section, the act of 2003 had § 2-7 b on cookies) is that law's, in a structured citation and in the words
 * («the Norwegian Act regarding electronic communication, Section 2-7b», Statnett's website notice; B14, session 47).
 */
/** How long before a set repeal day a record citing the law is told (V4, session 31, issue #12). */
const REPEAL_AHEAD_MONTHS = 6;
/** A plain-words citation: one word of letters and hyphens, then the section sign and what follows. */
const PLAIN_CITATION = lazyPattern(String.raw`^\s*([\p{L}][\p{L}-]*)\s*,?\s*(§.*)$`, 'u');

/** Keys whose strings are references or codes, not words: a structured law is read above, an id names nothing. */
const NOT_PROSE = new Set([
  'law',
  'id',
  'gdpr',
  'lovdataId',
  'url',
  'categories',
  'dataCategories',
  'dataSubjects',
  'sources',
  'recipients',
  'processors',
  'securityMeasures',
]);
/**
 * Every free text of an activity file (a string with a space in it) that may name a law (check/prose-law.ts `mayNameLaw`), and
 * its JSON pointer, in the file's order. The pointer is made only for such a text (#16, session 42: a pointer for every value
 * of every activity was most of this walk).
 */
function proseOf(activity: object): { pointer: string; text: string }[] {
  const out: { pointer: string; text: string }[] = [];
  const path: (string | number)[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (/\s/.test(v) && mayNameLaw(v)) out.push({ pointer: join('', ...path), text: v });
    } else if (Array.isArray(v))
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        walk(v[i]);
        path.pop();
      }
    else if (v !== null && typeof v === 'object') {
      // By its keys, not `Object.entries`: no pair made for every value of every activity (#16, session 43).
      const o = v as Record<string, unknown>;
      for (const k of Object.keys(o)) {
        if (NOT_PROSE.has(k)) continue;
        path.push(k);
        walk(o[k]);
        path.pop();
      }
    }
  };
  walk(activity);
  return out;
}

export default defineRule(
  {
    id: 'repealed-law',
    processorRecords: true,
    severity: 'warning',
    citation: 'GDPR Art. 5(2), 6(3); data/norwegian-law.json',
    messages: [
      'replaced',
      'repealed',
      'notice-replaced',
      'notice-repealed',
      'section-repealed',
      'section-renumbered',
      'section-replaced',
      'not-in-force',
      'replaced-ahead',
      'repealed-ahead',
      'prose-replaced',
      'prose-repealed',
      'prose-section-repealed',
    ],
  },
  (ctx, report) => {
    const repealed = (law: ResolvedLaw) => {
      let known = knownLaw(law, ctx.reference);
      // «personopplysningsforskriften § 8-4»: the 2018 regulation has no chapters, so the number is the 2000 regulation's.
      // Its successor for the whole regulation is not that section's (the camera rules went to another regulation): the
      // finding names none.
      const former = known?.law.chapteredSectionsOf;
      const chaptered = former !== undefined && ctx.reference.law.laws[former] !== undefined && sectionIds(law.section).some((id) => /^\d+-\d+/.test(id));
      if (chaptered) known = { key: former, law: ctx.reference.law.laws[former]! };
      // «ekomloven § 2-7 b»: a section only the repealed act of the same name had (`formerSections`) is that act's.
      const was = formerOf(known?.law, law.section);
      if (was !== undefined) known = was;
      if (known !== undefined && (known.law.notInForce === true || (known.law.inForce !== undefined && known.law.inForce > ctx.today)))
        return { key: known.key, replaced: false, notInForce: true, ahead: false, args: { law: known.law.lovdataId } };
      if (!known?.law.repealed) return undefined;
      const ahead = known.law.repealed > ctx.today;
      if (ahead && known.law.repealed > addMonths(ctx.today, REPEAL_AHEAD_MONTHS)) return undefined;
      const successor = known.law.replacedBy !== undefined && !chaptered ? ctx.reference.law.laws[known.law.replacedBy] : undefined;
      const args = { law: known.law.lovdataId, date: known.law.repealed, successor: successor?.lovdataId ?? '', successorName: known.law.replacedBy ?? '' };
      return { key: known.key, replaced: successor !== undefined, notInForce: false, ahead, args };
    };
    /** A cited section the law's entry marks as repealed (the law itself in force). */
    const repealedSection = (law: ResolvedLaw) => {
      const known = knownLaw(law, ctx.reference);
      if (!known || (known.law.repealed && known.law.repealed <= ctx.today)) return undefined;
      for (const n of sectionIds(law.section)) {
        const entry = known.law.sections?.[n];
        if (entry && !Array.isArray(entry) && 'repealed' in entry) {
          const date = (entry as { repealed?: string }).repealed;
          if (date !== undefined && date <= ctx.today) return { key: `${known.key} § ${n}`, args: { law: known.law.lovdataId, section: `§ ${n}`, date } };
        }
      }
      return undefined;
    };
    /**
     * A cited section the law has since given another number (`renumbered`): the record points at the wrong provision. Where
     * the old number now holds another provision (`reusedFor`), a record whose words name that provision's matter may cite
     * it rightly, and is not judged.
     */
    const renumberedSection = (law: ResolvedLaw) => {
      const known = knownLaw(law, ctx.reference);
      if (!known?.law.renumbered || (known.law.repealed && known.law.repealed <= ctx.today)) return undefined;
      const cited = sectionIds(law.section);
      const moved = known.law.renumbered.find((m) => m.from <= ctx.today && cited.includes(m.section));
      if (!moved) return undefined;
      return {
        key: `${known.key} § ${moved.section}`,
        reusedFor: moved.reusedFor,
        replaced: moved.now !== undefined,
        args: { law: known.law.lovdataId, section: `§ ${moved.section}`, to: `§ ${moved.to}`, date: moved.from, now: moved.now ?? '' },
      };
    };
    /** The repealed law of the same name whose section is cited, where the law in force has no such section (`formerSections`). */
    const formerOf = (law: KnownLaw | undefined, section: string | undefined): { key: string; law: KnownLaw } | undefined => {
      const former = law?.formerSections;
      const was = former !== undefined ? ctx.reference.law.laws[former.law] : undefined;
      if (was === undefined || !sectionIds(section).some((id) => former!.sections.includes(id))) return undefined;
      return { key: former!.law, law: was };
    };
    const orgName = ctx.registry.organisation?.value.name;
    /** The activity's own words, lower-cased, read for a reused number's matter (once per activity, only when needed). */
    const wordsOf = (r: (typeof ctx.activities)[number]): string => {
      const a = r.activity;
      return [
        ...textsOf(a.title),
        ...textsOf(a.description),
        ...(orgName !== undefined ? textsOf(orgName) : []),
        ...r.purposes.flatMap((p) => textsOf(p.description)),
        ...r.dataCategories.flatMap((c) => [...textsOf(c.value.name), ...textsOf(c.value.description)]),
      ]
        .join('\n')
        .toLowerCase();
    };
    const noticeLaws = ctx.registry.organisation?.value.notice?.laws ?? [];
    noticeLaws.forEach((id, i) => {
      const hit = repealed(resolveLaw(ctx.registry, { law: id }));
      if (hit && !hit.notInForce && !hit.ahead)
        report.organisation(ctx.registry, join('/notice/laws', i), hit.replaced ? 'notice-replaced' : 'notice-repealed', hit.args);
    });
    // A registry cites the same laws and sections in activity after activity: each is judged once.
    // By the known law's entry (one object per law), then the section cited.
    type Judged = { section: ReturnType<typeof repealedSection>; law: ReturnType<typeof repealed>; moved: ReturnType<typeof renumberedSection> };
    const judged = new Map<ReturnType<typeof knownLaw>, Map<string, Judged>>();
    const judge = (law: ResolvedLaw): Judged => {
      const known = knownLaw(law, ctx.reference);
      let bySection = judged.get(known);
      if (!bySection) judged.set(known, (bySection = new Map()));
      const section = law.section ?? '';
      let hit = bySection.get(section);
      if (!hit) bySection.set(section, (hit = { section: repealedSection(law), law: repealed(law), moved: renumberedSection(law) }));
      return hit;
    };
    /**
     * A law cited in plain words («personopplysningsforskriften § 8-4», variants-avfall AV39) is read as the known law whose
     * id its first word is, with the section that follows; any other text is left as it is (no law ropa knows).
     */
    const asCited = (law: ResolvedLaw): ResolvedLaw => {
      if (typeof law.ref !== 'string') return law;
      const m = PLAIN_CITATION().exec(law.ref);
      if (!m) return law;
      const id = m[1]!.toLowerCase();
      if (!Object.values(ctx.reference.law.laws).some((k) => k.ids.includes(id))) return law;
      return { ref: { law: id, section: m[2]! }, section: m[2]! };
    };
    // The laws each text names, read once per text this run (#16, session 42: the same words in every activity of a kind).
    const namedIn = new Map<string, ReturnType<typeof lawsNamedIn>>();
    for (const r of ctx.activities) {
      let seen: Set<string> | undefined;
      let words: string | undefined;
      /** Each law the activity cites, in the record's order; its pointer is made only for a finding. */
      const cite = (law: ResolvedLaw, pointer: () => string): void => {
        const { section: sectionHit, law: hit, moved } = judge(asCited(law));
        if (!sectionHit && !hit && !moved) return;
        seen ??= new Set<string>();
        if (moved && !seen.has(moved.key)) {
          seen.add(moved.key);
          const reused = moved.reusedFor !== undefined && moved.reusedFor.some((w) => (words ??= wordsOf(r)).includes(w));
          if (!reused) report.activity(r, pointer(), moved.replaced ? 'section-replaced' : 'section-renumbered', moved.args);
        }
        if (sectionHit && !seen.has(sectionHit.key)) {
          seen.add(sectionHit.key);
          report.activity(r, pointer(), 'section-repealed', sectionHit.args);
        }
        if (!hit || seen.has(hit.key)) return;
        seen.add(hit.key);
        if (hit.ahead) report.activity(r, pointer(), hit.replaced ? 'replaced-ahead' : 'repealed-ahead', hit.args, { severity: 'info' });
        else report.activity(r, pointer(), hit.notInForce ? 'not-in-force' : hit.replaced ? 'replaced' : 'repealed', hit.args);
      };
      r.purposes.forEach((p, i) => p.legalBasis.forEach((b, k) => b.law.forEach((law, l) => cite(law, () => join('/purposes', i, 'legalBasis', k, 'law', l)))));
      r.retention.forEach((e, i) => e.law.forEach((law) => cite(law, () => join('/retention', i))));
      // A right restricted, a decision made by law, data obtained by law: each rests on the law it names as much as a legal
      // basis does (Art. 23(1), 22(2)(b), 14(5)(c)). A source's law is the catalogue's, judged nowhere per activity.
      const a = r.activity;
      a.rightsRestrictions?.forEach((x, i) => x.law?.forEach((law, l) => cite(resolveLaw(ctx.registry, law), () => join('/rightsRestrictions', i, 'law', l))));
      a.automatedDecisions?.law?.forEach((law, l) => cite(resolveLaw(ctx.registry, law), () => join('/automatedDecisions/law', l)));
      a.information?.law?.forEach((law, l) => cite(resolveLaw(ctx.registry, law), () => join('/information/law', l)));
      // A disclosure's law is the provision the data is handed over under (Art. 6(1)(c), 6(3)): a repealed one leaves the
      // disclosure resting on nothing (W4, session 45, variants-sykehjem LY06: helsepersonelloven § 45, repealed 1 July 2026).
      a.disclosures?.forEach((x, i) => x.law?.forEach((law, l) => cite(resolveLaw(ctx.registry, law), () => join('/disclosures', i, 'law', l))));
      // A repealed law named in the activity's own words (collection.consequences, a description, a purpose): the text tells
      // the person or the reader the processing rests on it (check/prose-law.ts; a law named as history is not read).
      for (const { pointer, text } of proseOf(a)) {
        let laws = namedIn.get(text);
        if (laws === undefined) namedIn.set(text, (laws = lawsNamedIn(text, ctx.reference)));
        for (let named of laws) {
          // The act in force named with a section only its repealed namesake had («Section 2-7b»): the text cites that act.
          const cited =
            named.law.formerSections !== undefined && (named.law.repealed === undefined || named.law.repealed > ctx.today)
              ? sectionCitedAfter(text, named)
              : undefined;
          const was = cited !== undefined ? formerOf(named.law, cited) : undefined;
          if (was !== undefined) named = { ...named, key: was.key, law: was.law, words: `${named.words.trim()} ${cited!.trim()}` };
          const gone = named.law.repealed;
          if (gone === undefined || gone > ctx.today) {
            // The law in force, a section of it cited in the words and since repealed (`sections[n].repealed`): the text
            // rests on a provision that no longer exists, as a structured citation of it would (`section-repealed`).
            const section = named.law.sections !== undefined ? sectionCitedAfter(text, named) : undefined;
            for (const n of sectionIds(section)) {
              const entry = named.law.sections?.[n];
              const date = entry && !Array.isArray(entry) && 'repealed' in entry ? (entry as { repealed?: string }).repealed : undefined;
              const key = `${named.key} § ${n}`;
              if (date === undefined || date > ctx.today || (seen ??= new Set<string>()).has(key)) continue;
              seen.add(key);
              report.activity(r, pointer, 'prose-section-repealed', {
                law: named.law.lovdataId,
                section: `§ ${n}`,
                date,
                words: `${named.words.trim()} ${section!.trim()}`,
              });
            }
            continue;
          }
          if ((seen ??= new Set<string>()).has(named.key)) continue;
          seen.add(named.key);
          const successor = named.law.replacedBy !== undefined ? ctx.reference.law.laws[named.law.replacedBy] : undefined;
          const args = {
            law: named.law.lovdataId,
            date: gone,
            successor: successor?.lovdataId ?? '',
            successorName: named.law.replacedBy ?? '',
            words: named.words.trim(),
          };
          report.activity(r, pointer, successor !== undefined ? 'prose-replaced' : 'prose-repealed', args);
        }
      }
    }
  },
);
