import { activityExempt } from '../check/journalism.js';
import { textsOf } from '../check/facts.js';
import { isArt6, isTaskBasis } from '../model/resolve.js';
import type { ResolvedActivity } from '../model/resolve.js';
import { defineRule } from '../check/rule.js';
import { dpiaCovered, dpiaPointer } from '../check/screening.js';
import { lazyPattern } from '../util/lazy-pattern.js';

/**
 * Art. 35(10): where processing under Art. 6(1)(c) or (e) has its legal basis in a law that regulates the specific
 * processing, and a DPIA was carried out as part of a general impact assessment when that law was adopted, paragraphs
 * 1 to 7 do not apply (unless the state deems it necessary). A record that says so — `dpia.status: not-required` with a
 * reason citing Art. 35(10) («personvernforordninga artikkel 35 nr. 10», «Art. 35(10)») — on an activity whose every Art.
 * 6 basis is (c) or (e) with its law named has answered the finding: the record carries the controller's reasoning
 * (Art. 5(2)), which a reviewer may weigh. A municipality's statutory reporting to a national health register under its
 * regulation is such processing (H12A, variants-omsorg kpr-reporting).
 */
const ART35_10 = lazyPattern(String.raw`35\s*(?:\(\s*10\s*\)|nr\.?\s*10|no\.?\s*10|paragraph\s*10)(?![\d])`, 'i');
function lawMadeAssessment(r: ResolvedActivity): boolean {
  const dpia = r.activity.dpia;
  if (dpia?.status !== 'not-required' || !textsOf(dpia.reason).some((t) => ART35_10().test(t))) return false;
  const art6 = r.purposes.flatMap((p) => p.legalBasis.filter((b) => isArt6(b.gdpr)));
  return art6.length > 0 && art6.every((b) => isTaskBasis(b.gdpr) && b.law.length > 0);
}

/**
 * Art. 35(1), (3), (4): where an Art. 35(3) trigger or an item of Datatilsynet's list applies, or the
 * record itself says the processing is likely high-risk (`dpia.highRisk`) or that a DPIA is required
 * (`dpia.status: required`), a DPIA is carried out before the processing. A planned activity may have
 * it in progress. Art. 35 is lifted for an activity whose every purpose is journalistic (academic, artistic,
 * literary) expression under personopplysningsloven § 3 (src/check/journalism.ts).
 */
export default defineRule(
  {
    id: 'dpia-required',
    severity: 'error',
    citation: 'GDPR Art. 35(1), (3), (4); Datatilsynet 2019-03-16',
    messages: ['art35', 'list', 'both', 'high-risk', 'status-required'],
  },
  (ctx, report) => {
    for (const r of ctx.activities) {
      if (dpiaCovered(r) || activityExempt(r, ctx.reference) || lawMadeAssessment(r)) continue;
      const s = ctx.screening(r);
      const dpia = r.activity.dpia;
      if (s.required) {
        const art35 = s.art35.map((c) => c.id.slice('35-3-'.length));
        const list = s.datatilsynet.map((c) => c.id);
        const variant = art35.length > 0 && list.length > 0 ? 'both' : art35.length > 0 ? 'art35' : 'list';
        report.activity(r, dpiaPointer(r), variant, { art35, list, status: dpia?.status ?? '' });
      } else if (dpia?.highRisk === true) report.activity(r, '/dpia/highRisk', 'high-risk', { status: dpia.status ?? '' });
      else if (dpia?.status === 'required') report.activity(r, '/dpia/status', 'status-required');
    }
  },
);
