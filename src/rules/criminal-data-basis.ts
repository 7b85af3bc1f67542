import { actsAsPublicAuthority, basesWithPointers, citesProvision, isLaw, lawCitation, lawOrgFor, lawsFit, someLawHasRole, textsOf } from '../check/facts.js';
import type { ResolvedActivity } from '../model/resolve.js';
import { defineRule } from '../check/rule.js';
import { join } from '../util/pointer.js';

/**
 * Art. 10: criminal-offence data is processed only under the control of official authority, or where
 * law authorises it (in Norway personopplysningsloven § 11, which covers processing not under official
 * authority). A public authority processing such data as part of its task relies on its official
 * authority and the task law: a public task (6(1)(e)) or legal obligation (6(1)(c)) with its law suffices.
 * § 11 first paragraph does not itself permit: it applies «personvernforordningen artikkel 9 nr. 2 bokstav a og
 * c til f samt §§ 6, 7 og 9» to such processing. An Art. 10 basis resting on personopplysningsloven § 11 alone
 * therefore needs one of those conditions on the same purpose (warning `section-11-condition`), given as a basis, a
 * cited section, or named in the words of a basis's note.
 * An Art. 10 basis whose every law ropa knows cannot authorise such processing (data/norwegian-law.json) is
 * reported: politiregisterloven governs the police's and the prosecution's processing, so an organisation
 * recorded as no public authority cannot rest on it (`public-bodies-only`; a police certificate is demanded
 * under the special law that requires one for the post); free text naming the organisation's own rules is no
 * law (`internal-rules`); any other known law with no such role (`not-a-basis`; for a public authority a warning,
 * since its own processing may be under the control of official authority, unless it is a police certificate).
 * An unknown law is not judged.
 */
/** Words that name a police certificate or a check of someone's record (nb, nn, en). */
const POLICE_CERTIFICATE = /politiattest|vandel|police certificate|criminal record check|certificate of conduct/i;

function policeCertificate(r: ResolvedActivity): boolean {
  return [r.activity.title, r.activity.description, ...r.purposes.map((p) => p.description), ...r.dataCategories.map((c) => c.value.name)]
    .flatMap(textsOf)
    .some((t) => POLICE_CERTIFICATE.test(t));
}

const SECTION_11_CONDITIONS = new Set(['A9-2-a', 'A9-2-c', 'A9-2-d', 'A9-2-e', 'A9-2-f']);
/**
 * A condition named in the words of a basis's note: «jf. § 6», «§§ 6 og 11» (personopplysningsloven §§ 6, 7, 9), or
 * «artikkel 9 nr. 2 bokstav f», «Art. 9(2)(f)» (one of the letters § 11 applies). The note is the record's own
 * reasoning; a DPO who names the condition there has answered what the warning asks.
 */
const NAMED_CONDITION =
  /§+\s*(?:\d+\s*(?:,|og|and)\s*)*[679](?![\d-])|9\s*(?:\(\s*2\s*\)|nr\.?\s*2|no\.?\s*2)\s*(?:bokstav\s*|letter\s*|point\s*)?\(?\s*[acdef](?![\p{L}])/iu;
export default defineRule(
  {
    id: 'criminal-data-basis',
    severity: 'error',
    citation: 'GDPR Art. 10; personopplysningsloven § 11',
    messages: ['missing', 'no-law', 'section-11-condition', 'not-a-basis', 'public-bodies-only', 'internal-rules', 'sets-conditions'],
  },
  (ctx, report) => {
    const orgLaw = { publicAuthority: ctx.registry.organisation?.value.publicAuthority };
    for (const r of ctx.activities) {
      const publicAuthority = actsAsPublicAuthority(ctx.registry, r) === true;
      const lawOrg = lawOrgFor(orgLaw, r);
      const first = r.criminalOffenceData[0];
      if (!first) continue;
      const bases = basesWithPointers(r);
      // The task law must be one that can cover such data: a law ropa knows to have no Art. 10 role
      // (arbeidsmiljøloven for police certificates) does not; a law it does not know is not judged.
      const officialAuthority =
        publicAuthority &&
        bases.some(
          ({ basis }) =>
            (basis.gdpr === 'A6-1-e' || basis.gdpr === 'A6-1-c') && basis.law.length > 0 && someLawHasRole(basis.law, 'art10-basis', ctx.reference) !== 'no',
        );
      if (officialAuthority) continue;
      const art10 = bases.filter(({ basis }) => basis.gdpr === 'A10');
      const categories = r.criminalOffenceData.map((c) => c.id).join(', ');
      if (art10.length === 0) report.activity(r, join('/dataCategories', (r.activity.dataCategories ?? []).indexOf(first.id)), 'missing', { categories });
      const pol = ctx.reference.law.provisions.criminalOffences.law;
      const cites = (b: (typeof bases)[number]['basis'], section: number) => b.law.some((l) => citesProvision(l, { law: pol, section }, ctx.reference));
      for (const { basis, pointer, purpose } of art10) {
        if (basis.law.length === 0) {
          report.activity(r, pointer, 'no-law', { categories });
          continue;
        }
        const fit = lawsFit(basis.law, 'art10-basis', ctx.reference, lawOrg);
        if (fit.answer === 'no') {
          const variant =
            fit.why === 'public-bodies'
              ? 'public-bodies-only'
              : fit.why === 'internal'
                ? 'internal-rules'
                : fit.why === 'limits'
                  ? 'sets-conditions'
                  : 'not-a-basis';
          // A public body's own processing may be under the control of official authority (Art. 10) though the law
          // it names carries no Art. 10 role (an employer's duty to protect staff from threats): a warning asking for
          // the reasoning. A police certificate is never that: it needs a law that requires one (politiregisterloven § 36).
          const softened = variant === 'not-a-basis' && publicAuthority && !policeCertificate(r);
          report.activity(r, pointer, variant, { categories, laws: basis.law.map(lawCitation).join(', ') }, softened ? { severity: 'warning' } : undefined);
          continue;
        }
        // § 11 alone (no other law that might authorise the processing itself): a condition it refers to must be given.
        const onlySection11 = cites(basis, 11) && basis.law.every((l) => isLaw(l, pol, ctx.reference));
        if (!onlySection11) continue;
        const own = bases.filter((b) => b.purpose === purpose).map((b) => b.basis);
        const condition = own.some(
          (b) => SECTION_11_CONDITIONS.has(b.gdpr) || cites(b, 6) || cites(b, 7) || cites(b, 9) || textsOf(b.note).some((t) => NAMED_CONDITION.test(t)),
        );
        if (!condition) report.activity(r, pointer, 'section-11-condition', { purpose: purpose.id }, { severity: 'warning' });
      }
    }
  },
);
