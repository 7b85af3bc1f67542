import { isThirdCountryTransfer, transfersOf } from '../check/facts.js';
import { PRIVATE_ONLY } from '../check/reference.js';
import { defineRule } from '../check/rule.js';
import type { Recipient } from '../model/types.js';
import { join } from '../util/pointer.js';

/**
 * Art. 45: a transfer on adequacy goes to a country or organisation on the Commission's list
 * (data/adequacy.json), and to a recipient the decision covers: Canada's decision covers organisations
 * under PIPEDA, not federal public bodies; Japan's business operators under the APPI, not public bodies. Researchers
 * there (a university, a public research body) may be outside it too: a warning asks (`scope-researchers`).
 * (The United States' Data Privacy Framework is checked by us-dpf-certified.) A decision not yet incorporated
 * in the EEA Agreement is no finding: under personopplysningsforskriften § 2 the Commission's adequacy decisions
 * apply in Norway from the time they apply in the EU (the ministry's EEA note on Decision (EU) 2022/254).
 */
export default defineRule(
  {
    id: 'adequacy-country',
    processorRecords: true,
    severity: 'error',
    citation: 'GDPR Art. 45(1), (3)',
    messages: ['country', 'organisation', 'scope', 'scope-researchers'],
  },
  (ctx, report) => {
    const { countries, organisations, asOf } = ctx.reference.adequacy;
    const listedOrganisation = (name: string): boolean => organisations.some((o) => o.toLowerCase() === name.trim().toLowerCase());
    for (const r of ctx.activities) {
      transfersOf(r).forEach((t, i) => {
        if (t.mechanism !== 'A45-3' || !isThirdCountryTransfer(t, ctx.reference)) return;
        const pointer = join('/transfers', i, 'mechanism');
        if (t.organisation !== undefined) {
          if (!listedOrganisation(t.organisation)) report.activity(r, pointer, 'organisation', { organisation: t.organisation, date: asOf });
          return;
        }
        if (t.country === undefined) return;
        const entry = countries.get(t.country);
        if (!entry) {
          report.activity(r, pointer, 'country', { country: t.country, date: asOf });
          return;
        }
        const partyType = t.party && 'type' in t.party.value ? (t.party.value as Recipient).type : undefined;
        const kind = t.recipientType ?? partyType;
        if (entry.scope !== undefined && PRIVATE_ONLY.has(entry.scope) && (kind === 'public-authority' || kind === 'international-organisation')) {
          report.activity(r, pointer, 'scope', { country: t.country, scope: entry.scope, decision: entry.decision ?? '' });
        } else if (entry.scope !== undefined && PRIVATE_ONLY.has(entry.scope) && kind === 'researchers') {
          // A university or public research body is outside a private-sector decision (PIPEDA covers organisations in
          // commercial activities); a private research firm is inside. ropa cannot tell which: a warning that asks.
          report.activity(r, pointer, 'scope-researchers', { country: t.country, scope: entry.scope, decision: entry.decision ?? '' }, { severity: 'warning' });
        }
      });
    }
  },
);
