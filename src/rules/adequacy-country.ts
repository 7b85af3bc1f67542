import { isThirdCountryTransfer, transfersOf } from '../check/facts.js';
import { defineRule } from '../check/rule.js';
import { join } from '../util/pointer.js';

/** Art. 45: a transfer on adequacy goes to a country or organisation on the Commission's list (data/adequacy.json). */
export default defineRule({ id: 'adequacy-country', severity: 'error', citation: 'GDPR Art. 45(1), (3)' }, (ctx, report) => {
  const { countries, organisations, asOf } = ctx.reference.adequacy;
  const listedOrganisation = (name: string): boolean => organisations.some((o) => o.toLowerCase() === name.trim().toLowerCase());
  for (const r of ctx.activities) {
    transfersOf(r).forEach((t, i) => {
      if (t.mechanism !== 'A45-3' || !isThirdCountryTransfer(t, ctx.reference)) return;
      const pointer = join('/transfers', i, 'mechanism');
      if (t.organisation !== undefined) {
        if (!listedOrganisation(t.organisation)) report.activity(r, pointer, 'organisation', { organisation: t.organisation, date: asOf });
      } else if (t.country !== undefined && !countries.has(t.country)) report.activity(r, pointer, 'country', { country: t.country, date: asOf });
    });
  }
});
