import { knownLaw, OBJECT_MARKETING, textsOf } from '../check/facts.js';
import { claimsExpression, commercialWords, expressionExempt } from '../check/journalism.js';
import type { ReferenceData } from '../check/reference.js';
import type { Registry } from '../model/registry.js';
import { isArt6, resolveLaw, type ResolvedActivity, type ResolvedLaw, type ResolvedPurpose } from '../model/resolve.js';
import { defineRule } from '../check/rule.js';
import { join } from '../util/pointer.js';

/**
 * Art. 6(1): every purpose rests on an Art. 6 basis. An Art. 9(2) condition lifts the Art. 9(1) ban; it is not an Art. 6
 * basis. A purpose that cites personopplysningsloven § 3 (the exemption for journalistic, academic, artistic and literary
 * expression, Art. 85) while its own words are commercial (subscriptions, invoices, marketing, ads, sales, competitions,
 * comment moderation …) or say nothing of such expression is warned: § 3 follows the purpose, and for anything else an
 * Art. 6 basis is needed on its own terms (src/check/journalism.ts).
 *
 * Some laws give data for one purpose only, and say so. Data an obliged entity processes under the anti-money-laundering
 * rules (hvitvaskingsloven, carrying out Directive (EU) 2015/849) may not be processed for other purposes «such as
 * commercial purposes» (Art. 41(2) of the Directive); debt data a lender obtains from a debt-information company
 * (gjeldsinformasjonsloven § 12 first paragraph (a)) is given only «når disse skal foreta kredittvurdering i forbindelse
 * med en konkret kredittsøknad eller søknad om endring av vilkår på en løpende kreditt». An activity that obtains data
 * under such a law (a legal basis or a source cites it) and has another purpose, not citing it, whose words are
 * marketing or sales («tilby kundene produkter», «tilby refinansiering», «markedsføring») is warned (`aml-commercial`,
 * `debt-register-commercial`): further processing incompatible with the purpose the law allows (GDPR Art. 5(1)(b), 6(4)).
 */
const PURPOSE_BOUND: readonly { lovdataId: string; message: 'aml-commercial' | 'debt-register-commercial'; sourceOnly: boolean }[] = [
  { lovdataId: 'LOV-2018-06-01-23', message: 'aml-commercial', sourceOnly: false },
  // A lender cites gjeldsinformasjonsloven § 10 for reporting its own loans too: only a source under the act obtains data.
  { lovdataId: 'LOV-2017-06-16-47', message: 'debt-register-commercial', sourceOnly: true },
];
/**
 * Marketing or sales in a purpose's words (nb, nn, en): marketing, advertising, sales, cross-selling, or offering products,
 * services, loans, refinancing, insurance, credit or advice («tilby kundene rådgivning og produkter», «tilby dem
 * refinansiering», «offer products»), or «tilbud om». Offering the customer access or a payment plan is no sale; nor is
 * an estate agent marketing the client's home, the assignment itself (facts.ts OBJECT_MARKETING).
 */
const SELLING =
  /markedsf\p{L}*|marknadsf\p{L}*|(?<![\p{L}])(?:reklame|kryssalg|mersalg|salg|selge|selje|marketing|advertis\p{L}*|cross-sell\p{L}*|upsell\p{L}*|sell|sales)(?![\p{L}])|(?<![\p{L}])(?:tilby|tilbyr|tilbod|offer|offers|offering)\s+(?:\p{L}+\s+){0,4}?(?:produkt\p{L}*|tjenest\p{L}*|tenest\p{L}*|lån|refinansier\p{L}*|forsikring\p{L}*|kreditt\p{L}*|fond\p{L}*|sparing|rådgiving|rådgivning|products?|services?|loans?|refinanc\p{L}*|insurance|credit|advice)(?![\p{L}])|(?<![\p{L}])(?:tilbud|tilbod)\s+om(?![\p{L}])/iu;
const lawId = (l: ResolvedLaw, ref: ReferenceData): string | undefined => knownLaw(l, ref)?.law.lovdataId ?? l.law?.value.lovdataId;
const citesIn = (laws: readonly ResolvedLaw[], id: string, ref: ReferenceData): boolean => laws.some((l) => lawId(l, ref) === id);
const purposeCites = (p: ResolvedPurpose, id: string, ref: ReferenceData): boolean => p.legalBasis.some((b) => citesIn(b.law, id, ref));
/** The activity obtains data under the law: one of its sources cites it, or (unless `sourceOnly`) a purpose's legal basis. */
function obtainsUnder(registry: Registry, r: ResolvedActivity, id: string, ref: ReferenceData, sourceOnly: boolean): boolean {
  return (
    (!sourceOnly && r.purposes.some((p) => purposeCites(p, id, ref))) ||
    r.sources.some((s) => (s.value.law ?? []).some((l) => lawId(resolveLaw(registry, l), ref) === id))
  );
}
export default defineRule(
  {
    id: 'legal-basis-per-purpose',
    severity: 'error',
    citation: 'GDPR Art. 6(1); 13(1)(c); 14(1)(c)',
    messages: ['missing', 'only-other', 'journalism-commercial', 'journalism-unshown', 'aml-commercial', 'debt-register-commercial'],
  },
  (ctx, report) => {
    for (const r of ctx.activities) {
      for (const { lovdataId, message, sourceOnly } of PURPOSE_BOUND) {
        if (!obtainsUnder(ctx.registry, r, lovdataId, ctx.reference, sourceOnly)) continue;
        r.purposes.forEach((p, i) => {
          if (!purposeCites(p, lovdataId, ctx.reference) && textsOf(p.description).some((t) => SELLING.test(t.replace(OBJECT_MARKETING, ''))))
            report.activity(r, join('/purposes', i, 'description'), message, { purpose: p.id }, { severity: 'warning' });
        });
      }
      r.purposes.forEach((p, i) => {
        if (claimsExpression(p, ctx.reference) && !expressionExempt(p, ctx.reference))
          report.activity(
            r,
            join('/purposes', i, 'legalBasis'),
            commercialWords(p) ? 'journalism-commercial' : 'journalism-unshown',
            { purpose: p.id },
            {
              severity: 'warning',
              target: 'key',
            },
          );
        if (p.legalBasis.some((b) => isArt6(b.gdpr))) return;
        const others = p.legalBasis.map((b) => b.gdpr);
        if (others.length > 0) report.activity(r, join('/purposes', i, 'legalBasis'), 'only-other', { purpose: p.id, codes: others.join(', ') });
        else report.activity(r, join('/purposes', i), 'missing', { purpose: p.id });
      });
    }
  },
);
