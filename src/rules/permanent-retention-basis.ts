import { lawCitation, lawFit, lawOrgFor, lawsFit, textsOf } from '../check/facts.js';
import { activityExempt, categoryExempt, citesSection3, expressionExempt } from '../check/journalism.js';
import { activityKeptForever, entryKeptForever } from '../check/kept-forever.js';
import { FORMS, formsPattern } from '../check/company-forms.js';
import { defineRule } from '../check/rule.js';
import { join } from '../util/pointer.js';
import { duties, dutyApplies, organisationNames } from './retention-duty.js';
import { durationSeconds } from '../util/duration.js';
import { lazyPattern } from '../util/lazy-pattern.js';

/**
 * Art. 5(1)(e), 89(1), 17(3)(d): data may be kept for ever only for archiving, research or statistics
 * with Art. 89 safeguards, or where archive law requires it. A law that ropa knows is no archive law
 * (arbeidsmiljøloven) does not justify it; a law it does not know is not judged. arkivlova lays its archive
 * duty on public bodies (§ 1: «dokumentasjonen i offentlege organ»; a private body only where it exercises
 * public authority): an organisation recorded as no public authority citing it is told so, as a warning,
 * since a publicly owned company may still be bound (`public-bodies-only`). personopplysningsloven § 3 lifts storage
 * limitation only for journalistic (academic, artistic, literary) expression: cited for data other purposes use too
 * (delivery lists, customers), it is no basis for keeping them for ever (`journalism-only`; src/check/journalism.ts);
 * cited for data only such expression uses, it is the answer (the archive of published stories).
 * Data handed to an archive institution (`archive`) is kept for ever by that institution under the archive law; the
 * entry is the answer whatever it cites, unless every law it cites is one ropa knows lays down no archive duty
 * (`archive-wrong-law`: «permanent, to Nasjonalarkivet, under forvaltningsloven § 13»).
 * A cited law that obliges keeping the data for a period (data/norwegian-law.json `keepFor`: bokføringsloven § 13, five
 * years after the end of the accounting year, ten for a bank's customer specifications) is a duty that ends: when it is
 * the reason given for keeping data for ever, the finding names the period after which the duty ends (`time-limited`,
 * L3, session 42) instead of saying only that the law is no archive law.
 */
/**
 * Why no cited law lays the archive duty: `role` only where every law lacks the role; a law that binds only public
 * bodies (or a private body only in its decisions) cited beside one with no such role gives its own reason (W2
 * false-alarm review, 2026-11-30: [privatskolelova § 7-9, arkivlova § 12] for a private school took privatskolelova's
 * `role` and was told neither lays an archive duty, though arkivlova § 12 cited alone passes).
 */
function misfit(fit: ReturnType<typeof lawsFit>, laws: Parameters<typeof lawsFit>[0], ref: Parameters<typeof lawsFit>[2], org: Parameters<typeof lawsFit>[3]) {
  if (fit.answer !== 'no') return fit.why;
  const other = laws.map((l) => lawFit(l, 'archive-duty', ref, org).why).find((why) => why !== 'role');
  return other ?? 'role';
}

/**
 * The longest period a cited law obliges keeping the data for (`keepFor`, with the periods a regulation sets only for
 * some controllers or material where the record names them), with the law that sets it; undefined where no cited law
 * sets a period ropa knows.
 */
function longestDuty(laws: Parameters<typeof lawsFit>[0], applies: ReturnType<typeof dutyApplies>, ref: Parameters<typeof lawsFit>[2]) {
  let best: { law: string; duty: string; from: string; seconds: number } | undefined;
  for (const l of laws)
    for (const d of duties(l, ref, applies) ?? []) {
      const seconds = durationSeconds(d.period);
      if (seconds !== undefined && (best === undefined || seconds > best.seconds)) best = { law: lawCitation(l), duty: d.period, from: d.from, seconds };
    }
  return best === undefined ? undefined : { law: best.law, duty: best.duty, from: best.from };
}

/**
 * The archive an entry hands the data to, where it is the organisation's own (W3, session 44, variants-sjoredning SR27):
 * named by one of the organisation's names, as an owner's archive is named («Kystredningens historiske arkiv», «Equinor's
 * historical archive», «Fjellstad Bils arkiv» for Fjellstad Bil AS: the names with their company form left off, FR,
 * session 45), or as the archive of the organisation («Arkivet til Kystredningen», «the archive of Kystredningen»), or as
 * ours («vårt eget arkiv», «our in-house archive»). Asked only of a body recorded as no public authority: a private body's
 * archive is no archive institution (arkivlova § 3 binds the state, counties and municipalities; a municipality's own
 * «byarkiv» is its archive institution under the act). Never the owner's own (FR, session 45: the name was matched as a
 * bare prefix): an archive institution named by its kind, whatever name it begins with («Bergen byarkiv» for a body whose
 * short name is Bergen, «Kongsberg kommunearkiv» for Kongsberg Gruppen), a private archive institution («Arbeiderbevegelsens
 * arkiv og bibliotek»), an archive said to be deposited or handed over («Kystredningens arkiv, deponert i Norsk Maritimt
 * Museum»), or another body that shares the name's opening: the name followed by an institution's own noun rather than a
 * genitive («Hurtigruten Museum», «Equinor Stiftelsen») or by a longer word («Kystredningsmuseet»). Returns the archive's
 * text as written.
 */
function ownArchive(archive: unknown, owners: readonly string[]): string | undefined {
  if (owners.length === 0) return undefined;
  for (const t of textsOf(archive)) {
    const lower = t.trim().toLowerCase();
    if (ARCHIVE_INSTITUTION().test(lower) || DEPOSITED().test(lower)) continue;
    if (OURS().test(lower)) return t.trim();
    for (const n of owners) {
      if (lower.startsWith(n) && !WORD_CHAR().test(after(lower, n.length)) && !(lower[n.length] !== 's' && OTHER_BODY().test(lower.slice(n.length))))
        return t.trim();
      const at = lower.indexOf(n);
      if (at > 0 && ARCHIVE_OF().test(lower.slice(0, at)) && !WORD_CHAR().test(after(lower, at + n.length))) return t.trim();
    }
  }
  return undefined;
}
/**
 * An archive institution by its kind (nb, nn, en): a city, state, national, county, municipal or intermunicipal archive,
 * a depot, a national library, an archive centre, a private archive institution (arkiv og bibliotek, privatarkiv).
 */
const ARCHIVE_INSTITUTION = lazyPattern(
  String.raw`byarkiv|statsarkiv|riksarkiv|arkivverk|nasjonalarkiv|helsearkiv|interkommunal|(?<![\p{L}])ika(?![\p{L}])|arkivdepot|arkivinstitusjon|kommunearkiv|fylkesarkiv|arkivsenter|privatarkiv|digitalarkiv|nasjonalbibliotek|arkiv\s+og\s+bibliotek|(?<![\p{L}])(?:kommune|kommuna|kommunes|kommunens|fylkeskommune\p{L}*)(?![\p{L}])|(?:city|state|national|county|municipal|regional)\s+(?:archives?|library)|(?<![\p{L}])(?:the\s+)?national\s+library`,
  'iu',
);
/** An archive said to be handed to, deposited with or kept by another (nb, nn, en). */
const DEPOSITED = lazyPattern(
  String.raw`(?<![\p{L}])(?:deponert\p{L}*|deponer\p{L}*|avlevert\p{L}*|avlever\p{L}*|overført|overførd|overlevert|gitt\s+til|gjeve\s+til|hos(?!\s+(?:oss|meg))|deposited|transferred|handed\s+(?:over\s+)?to|donated|held\s+by|kept\s+by)(?![\p{L}])`,
  'iu',
);
/** The archive said to be ours (nb, nn, en). */
const OURS = lazyPattern(
  String.raw`(?<![\p{L}])(?:vårt\s+(?:eget\s+|eige\s+)?\p{L}*arkiv\p{L}*|(?:eget|eige|internt|interne)\s+\p{L}*arkiv\p{L}*|our\s+(?:own\s+|in-house\s+|internal\s+)?(?:\p{L}+\s+)?archives?|(?:in-house|internal)\s+archives?)(?![\p{L}])`,
  'iu',
);
/** The archive before the organisation's name: «arkivet til», «historisk arkiv i», «the archive of». */
const ARCHIVE_OF = lazyPattern(String.raw`(?<![\p{L}])\p{L}*arkiv(?:et|a)?\s+(?:til|i|åt|for|of|at)\s+$|archives?\s+(?:of|at)\s+(?:the\s+)?$`, 'iu');
/**
 * After the organisation's name without a genitive, a noun of another body that bears the name (a museum, a foundation,
 * a historical society, a library): «Hurtigruten Museum», «Equinor Stiftelsen».
 */
const OTHER_BODY = lazyPattern(
  String.raw`^\s+(?:museum|museet|stiftelse|stiftelsen|stiftinga|historielag|historielaget|bibliotek|biblioteket|foundation|trust|society|library|heritage)(?![\p{L}])`,
  'iu',
);
/** The character after a name at `end`, past a genitive s («Kystredningens»); a space at the end of the text. */
const after = (text: string, end: number): string => (text[end] === 's' ? (text[end + 1] ?? ' ') : (text[end] ?? ' '));
/** A letter or digit: a name followed by one (other than a genitive s) is part of a longer word. */
const WORD_CHAR = lazyPattern(String.raw`[\p{L}\d]`, 'u');
/** A name's company form at its end («Fjellstad Bil AS»), left off: the archive is named without it. */
const FORM_TAIL = lazyPattern(String.raw`\s+${formsPattern(FORMS.nameTail)}$`, 'iu');

export default defineRule(
  {
    id: 'permanent-retention-basis',
    severity: 'error',
    citation: 'GDPR Art. 5(1)(e); 89(1); 17(3)(d)',
    messages: ['missing', 'not-archive-law', 'time-limited', 'public-bodies-only', 'journalism-only', 'archive-wrong-law', 'in-words', 'own-archive'],
  },
  (ctx, report) => {
    const orgLaw = { publicAuthority: ctx.registry.organisation?.value.publicAuthority };
    const named = organisationNames(ctx.registry);
    // The names an archive of the organisation's own is called by: its names and its short name.
    const short = ctx.registry.organisation?.value.shortName;
    const owners = [...new Set([...named, ...named.map((n) => n.replace(FORM_TAIL(), '')), ...(short !== undefined ? [short.toLowerCase()] : [])])].filter(
      (n) => n.trim().length >= 3,
    );
    for (const r of ctx.activities) {
      const lawOrg = lawOrgFor(orgLaw, r);
      const safeguarded = r.purposes.some((p) => p.safeguards.some((s) => s.value.art89 === true));
      // Kept for ever said in words (src/check/kept-forever.ts: «slettes aldri», «på ubestemt tid», «we keep them
      // indefinitely»), while no entry records permanent keeping for the rule to judge below and no purpose carries Art. 89
      // safeguards: Art. 5(1)(e) allows keeping longer only for archiving, research or statistics under Art. 89(1).
      if (!safeguarded && r.activity.role !== 'processor' && !r.retention.some((e) => e.permanent === true)) {
        // Not where an entry cites a law ropa knows to lay a duty to keep the data for archiving (arkivlova, pasientjournal-
        // loven if its data says so): the words then restate that law's keeping, not a keeping without basis (R33, session 39).
        const lawKeeps = r.retention.some((e) => e.law.length > 0 && lawsFit(e.law, 'archive-duty', ctx.reference, lawOrg).answer === 'yes');
        const said = lawKeeps ? undefined : (activityKeptForever(r) ?? entryKeptForever(r));
        if (said !== undefined) report.activity(r, said.pointer, 'in-words', { words: said.words });
      }
      r.retention.forEach((e, i) => {
        if (e.permanent !== true) return;
        if (citesSection3(e.law, ctx.reference)) {
          const categories = e.categories.length > 0 ? e.categories.map((c) => c.id) : r.dataCategories.map((c) => c.id);
          const exempt = categories.length > 0 ? categories.every((c) => categoryExempt(r, c, ctx.reference)) : activityExempt(r, ctx.reference);
          if (!exempt) report.activity(r, join('/retention', i, 'law'), 'journalism-only', { policy: e.policy?.id ?? '' });
          return;
        }
        if (safeguarded) return;
        // A private body's own archive («Kystredningens historiske arkiv») is no archive institution: the organisation keeps
        // the data itself, and the entry is judged as one with no deposit (`own-archive` where it cites no law).
        // Not for data a journalistic (academic, artistic, literary) purpose keeps: personopplysningsloven § 3 lifts storage
        // limitation for it, and a newspaper's own archive of published photos is its answer, though the photos are also
        // sold (variants-media's clean base): the archive's keeping is the expression's, not the sale's.
        const exemptCategories = () => {
          const categories = e.categories.length > 0 ? e.categories.map((c) => c.id) : r.dataCategories.map((c) => c.id);
          return r.purposes.some(
            (p) => expressionExempt(p, ctx.reference) && (p.dataCategories === undefined || categories.some((c) => p.dataCategories!.includes(c))),
          );
        };
        const own = e.archive !== undefined && lawOrg.publicAuthority === false && !exemptCategories() ? ownArchive(e.archive, owners) : undefined;
        if (own !== undefined && e.law.length === 0) {
          report.activity(r, join('/retention', i, 'archive'), 'own-archive', { policy: e.policy?.id ?? '', archive: own });
          return;
        }
        if (e.archive !== undefined && own === undefined) {
          // Handed to an archive institution: the deposit is the answer, unless every law cited is one ropa knows
          // lays down no archive duty (forvaltningsloven § 13, a duty of confidentiality): the record then gives a
          // wrong reason for keeping the data for ever.
          if (e.law.length === 0) return;
          const fit = lawsFit(e.law, 'archive-duty', ctx.reference, lawOrg);
          if (fit.answer === 'no' && misfit(fit, e.law, ctx.reference, lawOrg) === 'role')
            report.activity(r, join('/retention', i, 'law'), 'archive-wrong-law', {
              policy: e.policy?.id ?? '',
              laws: e.law.map(lawCitation),
            });
          return;
        }
        if (e.law.length === 0) report.activity(r, join('/retention', i), 'missing', { policy: e.policy?.id ?? '' });
        else {
          const fit = lawsFit(e.law, 'archive-duty', ctx.reference, lawOrg);
          if (fit.answer !== 'no') return;
          const args = { policy: e.policy?.id ?? '', laws: e.law.map(lawCitation) };
          const why = misfit(fit, e.law, ctx.reference, lawOrg);
          if (why === 'public-bodies' || why === 'decisions-only')
            report.activity(r, join('/retention', i), 'public-bodies-only', args, { severity: 'warning' });
          else {
            const ends = longestDuty(e.law, dutyApplies(named, r, e), ctx.reference);
            if (ends !== undefined) report.activity(r, join('/retention', i), 'time-limited', { ...args, ...ends });
            else report.activity(r, join('/retention', i), 'not-archive-law', args);
          }
        }
      });
    }
  },
);
