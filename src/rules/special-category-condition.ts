import { basesWithPointers, textsOf } from '../check/facts.js';
import { defineRule } from '../check/rule.js';
import { isArt9Condition } from '../model/resolve.js';
import { join } from '../util/pointer.js';

/**
 * Art. 9: special categories are prohibited (9(1)) unless an Art. 9(2) condition applies. Citing
 * "Art. 9(1)" as if it were a basis cites the prohibition. The condition is per purpose: a condition
 * on one purpose does not clear another purpose of the same activity. Where a purpose lists the data
 * categories it uses (`dataCategories`), that is checked (an error if it uses a special category with
 * no condition, nothing if it uses none); where it does not, a warning, as the record does not say. A special
 * category the record itself scopes to other purposes (listed in their `dataCategories`, each such purpose with
 * an Art. 9(2) condition) is not asked of a purpose that lists nothing: the record has said where it is used.
 * Art. 9(2)(d) (a not-for-profit body's members) as the only condition of an activity that discloses outside the body
 * is a warning.
 */
/** Words that say a purpose discloses data to others (nb, nn, en). */
const DISCLOSES =
  /(?<![\p{L}])(?:dele|deler|deles|dela|utlevere|utleverer|utleveres|utlevering|gi videre|gje vidare|overføre|overfører|overføring|sende|sender|share|shares|sharing|disclose|discloses|disclosure|pass on|transfer)(?![\p{L}])/iu;

export default defineRule(
  {
    id: 'special-category-condition',
    severity: 'error',
    citation: 'GDPR Art. 9(1)-(2)',
    messages: ['art9-1', 'no-condition', 'purpose', 'purpose-uses', 'not-for-profit-disclosure'],
  },
  (ctx, report) => {
    for (const r of ctx.activities) {
      const bases = basesWithPointers(r);
      for (const { basis, pointer, purpose } of bases) {
        if (basis.gdpr === 'A9-1') report.activity(r, pointer, 'art9-1', { purpose: purpose.id });
      }
      const first = r.specialCategories[0];
      if (!first) continue;
      const categories = r.specialCategories.map((c) => c.id).join(', ');
      if (!bases.some(({ basis }) => isArt9Condition(basis.gdpr))) {
        report.activity(r, join('/dataCategories', (r.activity.dataCategories ?? []).indexOf(first.id)), 'no-condition', { categories });
        continue;
      }
      // Art. 9(2)(d): a not-for-profit body with a political, philosophical, religious or trade-union aim may process
      // its members' data «on condition … that the personal data are not disclosed outside that body without the consent
      // of the data subjects». Where (d) is the activity's only Art. 9 condition and the activity discloses to someone
      // outside the body (a recipient that is not internal), the condition does not cover the disclosure.
      const outside = Array.isArray(r.recipients) ? r.recipients.filter((x) => x.value.type !== 'internal') : [];
      const conditions = bases.filter(({ basis }) => isArt9Condition(basis.gdpr));
      // Disclosure «with» consent is what (d) allows: a purpose on the members' consent whose words say it discloses.
      const consentedDisclosure = r.purposes.some(
        (p) => p.legalBasis.some((b) => b.gdpr === 'A6-1-a') && textsOf(p.description).some((t) => DISCLOSES.test(t)),
      );
      if (outside.length > 0 && !consentedDisclosure && conditions.every(({ basis }) => basis.gdpr === 'A9-2-d')) {
        const d = conditions[0]!;
        report.activity(
          r,
          d.pointer,
          'not-for-profit-disclosure',
          { purpose: d.purpose.id, recipients: outside.map((x) => x.id).join(', ') },
          { severity: 'warning' },
        );
      }
      const special = new Set(r.specialCategories.map((c) => c.id));
      /** Special categories that a purpose with an Art. 9(2) condition names in its own `dataCategories`. */
      const scoped = new Set(
        r.purposes.filter((p) => p.legalBasis.some((b) => isArt9Condition(b.gdpr))).flatMap((p) => (p.dataCategories ?? []).filter((c) => special.has(c))),
      );
      const unscoped = r.specialCategories.map((c) => c.id).filter((c) => !scoped.has(c));
      r.purposes.forEach((purpose, p) => {
        if (purpose.legalBasis.length === 0 || purpose.legalBasis.some((b) => isArt9Condition(b.gdpr))) return;
        if (purpose.dataCategories !== undefined) {
          // The purpose says which categories it uses: then ropa knows.
          const used = purpose.dataCategories.filter((c) => special.has(c));
          if (used.length > 0)
            report.activity(r, join('/purposes', p, 'legalBasis'), 'purpose-uses', { purpose: purpose.id, categories: used.join(', ') }, { target: 'key' });
          return;
        }
        if (unscoped.length === 0) return;
        report.activity(
          r,
          join('/purposes', p, 'legalBasis'),
          'purpose',
          { purpose: purpose.id, categories: unscoped.join(', ') },
          { severity: 'warning', target: 'key' },
        );
      });
    }
  },
);
