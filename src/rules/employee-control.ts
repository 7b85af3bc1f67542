import { lawsFit, textsOf } from '../check/facts.js';
import { defineRule } from '../check/rule.js';
import { join } from '../util/pointer.js';

/**
 * Arbeidsmiljøloven chapter 9: a measure to check employees' work is a control measure. § 9-1 (1): it is allowed
 * only with an objective reason in the business's circumstances («saklig grunn i virksomhetens forhold») and when
 * it does not burden the employee disproportionately; § 9-2: its need and design are discussed with the employees'
 * representatives as early as possible, and those affected are told its purpose, consequences and duration before
 * it starts. The camera regulation (FOR-2018-07-02-1107 § 2) applies chapter 9 to camera surveillance at work.
 * A purpose that says it checks, measures or monitors how employees work (pace, productivity, breaks) in an
 * activity about employees gets a warning: the record should show the § 9-1 assessment, and a camera or log kept
 * for security cannot be turned to it without one (Art. 5(1)(b)). Recognised by the purpose's words (nb, nn, en).
 * A purpose whose only Art. 6 basis is a legal obligation with its law named is not judged, unless ropa knows that law
 * cannot lay down one (arbeidsmiljøloven § 9-1 sets conditions only: data/norwegian-law.json `limits`).
 */
const WHAT =
  /arbeidstempo|arbeidsinnsats|arbeidsutførelse|arbeidsutføring|arbeidsprestasjon|produktivitet|pauser|nettbruk|internettbruk|work performance|productivity|breaks|web use|internet use/i;
/** Whole words: «måle» is not «målet» (the aim), «check» not «checkout». */
const HOW =
  /kontroller|kontroll med|overvåk|overvak|(?<![\p{L}])(?:måle|måler|måles|måling|målingar|målinger)(?![\p{L}])|følge med|monitor|measur|\btrack|\bcheck(?:s|ed|ing)?\b/iu;

export default defineRule(
  {
    id: 'employee-control',
    severity: 'warning',
    citation: 'arbeidsmiljøloven §§ 9-1, 9-2; GDPR Art. 6(1)(f), 88',
    messages: ['control-measure'],
  },
  (ctx, report) => {
    const org = { publicAuthority: ctx.registry.organisation?.value.publicAuthority };
    for (const r of ctx.activities) {
      const aboutEmployees = r.dataSubjects.some((s) => s.value.employees === true) || r.activity.riskFactors?.employeeMonitoring === true;
      if (!aboutEmployees) continue;
      r.purposes.forEach((p, i) => {
        // What a law imposes (the working-hours record of arbeidsmiljøloven § 10-7, on Art. 6(1)(c)) is not the employer's
        // choice of measure. A law that only sets conditions (§ 9-1) or cannot lay down an obligation imposes nothing.
        const art6 = p.legalBasis.filter((b) => b.gdpr.startsWith('A6-'));
        const imposed = (b: (typeof art6)[number]) =>
          b.gdpr === 'A6-1-c' && b.law.length > 0 && lawsFit(b.law, 'supplementary-basis', ctx.reference, org).answer !== 'no';
        if (art6.length > 0 && art6.every(imposed)) return;
        if (textsOf(p.description).some((t) => WHAT.test(t) && HOW.test(t)))
          report.activity(r, join('/purposes', i, 'description'), 'control-measure', { purpose: p.id });
      });
    }
  },
);
