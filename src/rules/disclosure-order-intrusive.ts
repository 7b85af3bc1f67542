import { citesProvision, lawCitation, saidUnnegated, sectionIds, textsOf } from '../check/facts.js';
import { CONSIDERED_DROPPED } from '../check/prose-activity.js';
import type { DisclosureOrder } from '../check/reference.js';
import { defineRule } from '../check/rule.js';
import { resolveLaw, type ResolvedLaw } from '../model/resolve.js';
import { join } from '../util/pointer.js';
import { lazyPattern } from '../util/lazy-pattern.js';
import { byText } from '../util/memo.js';

/**
 * Art. 6(3), Datatilsynet case 22/03622 (2023): an order to hand over data (statistikkloven § 10) was
 * not a clear and foreseeable enough basis for SSB's collection of grocery receipts and bank
 * transactions. Warns when a public task rests on such an order for a new private-sector source, or
 * rests on nothing but such an order for large-scale matching.
 *
 * A purpose whose own words collect transaction-type data of a private kind (card or bank transactions, receipts,
 * purchase data, power use) for everyone («for samtlige personer bosatt i regionen», «fra alle husholdninger», «for every
 * resident») is such a new private-sector source though `riskFactors` does not say so (B3, variants-skatt SK26: all card
 * transactions from Norwegian banks on skatteforvaltningsloven § 10-2). Both must be said: a control of the persons picked
 * out («for skattepliktige som er tatt ut til kontroll»), or all persons in registers already held («koble registre for
 * alle personer bosatt i Norge»), is not.
 */
const EVERYONE = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:alle|samtlige|samtlege|all|every)\s+(?:[\p{L}-]+\s+){0,2}?(?:personer|personar|innbyggere|innbyggjarar|skattepliktige|skattytere|skattytarar|kunder|kundar|husholdninger|hushald|husstander|bosatte|nordmenn|residents?|persons|people|taxpayers|customers|households|inhabitants|\p{L}*(?:pensjonister|pensjonistar|fiskere|fiskarar|medlemmer|medlemar|mottakere|mottakarar|søkere|søkjarar|studenter|studentar|låntakere|låntakarar|pasienter|pasientar|bevillingshavere|bevillingshavarar|løyvehavere|løyvehavarar|innehavere|innehavarar|pensioners|fishers|fishermen|members|claimants|recipients|applicants|students|borrowers|patients)|(?:licen[cs]e|permit)[- ]holders?|licensees?)|hele befolkningen|heile befolkninga|the whole population|the entire population)(?![\p{L}])`,
  'iu',
);
const PRIVATE_TRANSACTIONS = lazyPattern(
  String.raw`(?:kort|bank|konto)transaksjon|kontoopplysning\p{L}*|kontoopplysing\p{L}*|bankopplysning\p{L}*|bankopplysing\p{L}*|(?:bank[- ])?account (?:data|details|information)|transaksjonsdata|kontoutskrift|handlekvittering|dagligvarekvittering|kassalapp|kvitteringer (?:for|fra) (?:[\p{L}-]+ ){0,2}?(?:kjøp|dagligvare\p{L}*|butikk\p{L}*|handel)|handledata|kjøpsdata|dagligvarekjøp|strømforbruk|(?:reise|passasjer|bestillings|booking)\p{L}* (?:fra|frå) (?:[\p{L}-]+ ){0,2}?flyselskap|(?:card|bank|account) transactions?|(?:bank|account) statements?|(?:grocery|shopping|purchase|till) receipts|receipts (?:for|from) (?:[\p{L}-]+ ){0,2}?(?:purchases|shops|stores|groceries)|purchase data|grocery purchases|electricity (?:use|consumption)|(?:travel|passenger|booking) (?:data|records) from (?:[\p{L}-]+ ){0,2}?airlines?`,
  'iu',
);
/**
 * Words that narrow «all» to the persons picked out for a control («tatt ut til kontroll», «selected for audit», «som
 * kontrollen gjelder»), to the counterparties of one controlled business («banktransaksjoner til og fra alle kunder»,
 * «virksomhetens egne kassadata»), or to a sample or aggregates («et utvalg», «aggregert»): no bulk collection (P's
 * review, 2026-12-01: 9 of 10 lawful purposes of the tax administration and a statistics office fired).
 */
const NARROWED = lazyPattern(
  String.raw`(?:tatt|tekne|teke|valgt|valt|plukket|plukka|trukket|trekt)\s+ut|(?<![\p{L}])(?:selected|picked|sampled)(?![\p{L}])|under (?:kontroll|audit)|kontrollen gjelder|subject to (?:an )?audit|(?:til og fr[aå]|to and from|med|with)\s+(?:alle|all)\s+(?:[\p{L}-]+\s+)?(?:kunder|kundar|customers)|virksomhetens|verksemda sine|verksemdas|selskapets|den kontrollerte|kontrollobjekt\p{L}*|the (?:audited|controlled) (?:business|company)|(?:business|company)'s own|(?<![\p{L}])utval(?:g|et)?(?![\p{L}])|(?<![\p{L}])(?:a |et |eit )?sample(?![\p{L}])|aggreger\p{L}*|aggregated` +
    // The people give their own details, for a refund or a payment to them (N8's review, 2026-12-02: «Alle
    // bevillingshavere oppgir selv kontoopplysninger for tilbakebetaling av gebyr», «All licence holders give their own bank
    // account details for refunds»): no collection from anyone else.
    String.raw`|(?<![\p{L}])(?:oppgir|oppgjev|gir|gjev|sender|sendar|registrerer|registrerar|legger\s+inn|legg\s+inn)\s+(?:\p{L}+\s+)?(?:selv|sjølv|sjølve|sjøl)(?![\p{L}])|(?<![\p{L}])(?:give|gives|provide|provides|enter|enters|submit|submits|register|registers)\s+their\s+own(?![\p{L}])|tilbakebetal\p{L}*|refusjon\p{L}*|(?<![\p{L}])refunds?(?![\p{L}])|utbetal\p{L}*|(?<![\p{L}])pay(?:ing|s)?\s+out(?![\p{L}])|payouts?` +
    // A practice that has ended («Fram til 2022 ba kommunen hvert år om …; praksisen ble stanset», «Until 2022 we …»).
    String.raw`|(?<![\p{L}])(?:(?:fram|frem)\s+til|until|till)\s+(?:19|20)\d\d(?![\d])|(?<![\p{L}])(?:ikke|ikkje|no)\s+lenger(?![\p{L}])|(?<![\p{L}])no\s+longer(?![\p{L}])|(?<![\p{L}])(?:avsluttet|avslutta|stanset|stansa|stoppet|stoppa|opphørt|opphørte|avviklet|avvikla|discontinued|stopped|ended)(?![\p{L}])`,
  'iu',
);
export const saysBulkPrivate = (texts: readonly string[]): boolean => texts.some(bulkPrivateIn);
/** Whether one text says so (saysBulkPrivate), remembered per text: a record's activities share their words (#16, session 46). */
const bulkPrivateIn = byText((t: string): boolean =>
  saidUnnegated(t, (clause) => EVERYONE().test(clause) && PRIVATE_TRANSACTIONS().test(clause) && !NARROWED().test(clause) && !CONSIDERED_DROPPED.test(clause)),
);
/**
 * Matching in the purpose's own words (session 17, M: variants-fiskeri FI31 «hente inntektsopplysningar frå Skatteetaten
 * for alle fiskarar i manntalet og samkøyre dei med alle landingssetlane», riskFactors saying large scale but not
 * matching): a matching verb and everyone in one clause, not negated and not narrowed to those picked out (as above).
 * «Koble» alone is no matching verb («koble til»); «koble … med/mot» is.
 */
const MATCH_VERB = lazyPattern(
  String.raw`(?<![\p{L}])(?:samkjør\p{L}*|samkøyr\p{L}*|samkjøyr\p{L}*|sammenstill\p{L}*|samanstill\p{L}*|(?:koble|kobler|kobla|koblet|kople|koplar|kopla|kopler|koplet|sammenligne|sammenlikne|samanlikne|samanlikna)\s+(?:[\p{L}-]+\s+){0,6}?(?:med|mot)|(?:match|matches|matched|matching|cross-check\p{L}*|cross-match\p{L}*|compare|compares|compared|comparing|link|links|linked|linking)\s+(?:[\p{L}-]+\s+){0,6}?(?:with|against|to))(?![\p{L}])`,
  'iu',
);
const saysBulkMatching = (texts: readonly string[]): boolean =>
  texts.some((t) => saidUnnegated(t, (clause) => EVERYONE().test(clause) && MATCH_VERB().test(clause) && !NARROWED().test(clause)));
/**
 * An order whose own text conditions collection to target controls on a special reason (data/norwegian-law.json
 * `specialReason`: skatteforvaltningsloven § 10-2 third paragraph, «Innhenting av opplysninger for målretting av
 * kontroller kan bare foretas når det foreligger særlig grunn»; read in Lovdata's text, K 2026-12-01): bulk collection
 * from a new private source about everyone (the purpose's words, as above) is collection to find whom to control, so the
 * finding cites the paragraph (`new-source-special-reason`) rather than Datatilsynet's decision on statistikkloven § 10;
 * a source flagged new in `riskFactors` alone may serve a control already begun, and keeps `new-source`.
 *
 * An order whose duty covers only what a case needs (`caseBound`: alkoholloven § 1-15 første ledd, «de opplysninger som er
 * nødvendige for behandlingen av salgs- og skjenkebevillinger»; serveringsloven § 11 første ledd; W10, session 22,
 * variants-bevilling BV22) carries no collection about everyone: bulk words of a private kind (bank and account data, card
 * transactions) about every licence holder («fullstendige skatte- og kontoopplysninger for alle bevillingshavere») are
 * reported as `case-bound`, citing the paragraph. The police statement on one applicant, or statements on every holder
 * at a renewal («uttalelse fra politiet om alle bevillingshavere som søker fornyelse»), name no data of that kind.
 */
export default defineRule(
  {
    id: 'disclosure-order-intrusive',
    severity: 'warning',
    citation: 'GDPR Art. 6(3); Datatilsynet 22/03622; skatteforvaltningsloven § 10-2 (3)',
    messages: ['new-source', 'new-source-special-reason', 'case-bound', 'matching', 'matching-permission'],
  },
  (ctx, report) => {
    const orderOf = (l: ResolvedLaw) => ctx.reference.law.disclosureOrders.find((p) => citesProvision(l, p, ctx.reference));
    const isOrder = (l: ResolvedLaw): boolean => orderOf(l) !== undefined;
    /**
     * Every section the reference cites is a disclosure provision: «§§ 45 og 45 b første ledd» cites § 45 b's processing
     * authority beside the order (variants-pensjon PJ51), so it is not a bare order; «§ 49» and «§ 3-3 første ledd» are.
     */
    const onlyOrders = (l: ResolvedLaw): readonly DisclosureOrder[] | undefined => {
      const ids = sectionIds(l.section);
      if (ids.length === 0) return undefined;
      const found = ids.map((id) => ctx.reference.law.disclosureOrders.find((p) => String(p.section) === id && citesProvision(l, p, ctx.reference)));
      return found.every((o) => o !== undefined) ? (found as DisclosureOrder[]) : undefined;
    };
    for (const r of ctx.activities) {
      const rf = r.activity.riskFactors ?? {};
      const flagged = rf.newPrivateSectorSource === true;
      const matchingFlagged = rf.largeScale === true && rf.matchesDatasets === true;
      // Sources and words are read only for a purpose whose public-task basis cites an order (most cite none).
      let sourceOrder: boolean | undefined;
      const bySource = () => (sourceOrder ??= r.sources.some((s) => (s.value.law ?? []).some((l) => isOrder(resolveLaw(ctx.registry, l)))));
      // An activity with one purpose speaks of that purpose in its description too («Hvert år ber kommunen Skatteetaten om
      // … for alle bevillingshavere»: variants-bevilling BV22); beside other purposes it may speak of any of them.
      const activityWords = r.purposes.length === 1 ? textsOf(r.activity.description) : [];
      r.purposes.forEach((p, i) => {
        let words: boolean | undefined;
        let matchingWords: boolean | undefined;
        p.legalBasis.forEach((b, j) => {
          if (b.gdpr !== 'A6-1-e') return;
          const cites = b.law.length > 0 ? b.law.some(isOrder) : bySource();
          if (!cites) return;
          const bare = b.law.length > 0 ? b.law.map(onlyOrders) : [];
          const only = b.law.length > 0 ? bare.every((o) => o !== undefined) : true;
          const bulk = (words ??= saysBulkPrivate([...textsOf(p.description), ...activityWords]));
          const newSource = flagged || bulk;
          const pointer = join('/purposes', i, 'legalBasis', j, 'gdpr');
          // Information on everyone is collected to find whom to control, not for a control already begun.
          const orders = !bulk
            ? []
            : b.law.length > 0
              ? b.law.map(orderOf)
              : r.sources.flatMap((s) => (s.value.law ?? []).map((l) => orderOf(resolveLaw(ctx.registry, l))));
          const specialReason = orders.map((o) => o?.specialReason).find((c) => c !== undefined);
          const caseBound = orders.map((o) => o?.caseBound).find((c) => c !== undefined);
          if (specialReason !== undefined) report.activity(r, pointer, 'new-source-special-reason', { purpose: p.id, provision: specialReason });
          else if (caseBound !== undefined) report.activity(r, pointer, 'case-bound', { purpose: p.id, provision: caseBound });
          else if (newSource) report.activity(r, pointer, 'new-source', { purpose: p.id });
          else if (only && (matchingFlagged || (matchingWords ??= saysBulkMatching(textsOf(p.description))))) {
            // A provision that only lifts another body's secrecy (havressurslova § 49, skatteforvaltningsloven § 3-3) lays
            // no task on the receiver at all: said so where every provision cited is such a permission.
            const provisions = bare.flatMap((o) => o ?? []);
            if (provisions.length > 0 && provisions.every((o) => o.kind === 'permission'))
              report.activity(r, pointer, 'matching-permission', {
                purpose: p.id,
                provisions: b.law.map(lawCitation),
              });
            else report.activity(r, pointer, 'matching', { purpose: p.id });
          }
        });
      });
    }
  },
);
