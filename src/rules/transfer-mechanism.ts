import { isThirdCountryTransfer, transfersOf } from '../check/facts.js';
import { defineRule } from '../check/rule.js';
import { join } from '../util/pointer.js';
import { lazyPattern } from '../util/lazy-pattern.js';

/**
 * Art. 44: a transfer outside the EEA rests on an adequacy decision (45), safeguards (46) or a derogation (49).
 *
 * A transfer the record lists with neither a country nor an organisation («databehandlere utenfor EU/EØS») is still a
 * transfer: the record says data leaves the EEA, only not where. Its mechanism is asked all the same
 * (`unknown-destination`); not knowing the country exempts nothing from Chapter V, and the notice must name the
 * safeguards (Art. 13(1)(f)). transfer-destination asks for the country. Where the receiving recipient or processor
 * has a country or `dataLocation` in the catalogue, that answers where: a third country there is reported as
 * `missing` with its name; a party placed only in the EEA receives no Chapter V transfer as far as the record says,
 * so nothing is asked here (transfer-destination still asks the entry for its country).
 *
 * A party outside the EEA told only in the activity's words lists no transfer at all: processor-location reports it
 * (`described-transfer`, M, session 15), as it reports a recipient or processor abroad with no transfer listed.
 *
 * The contract derogations (Art. 49(1)(b), (c)) cover only transfers with a close and substantial connection
 * to a contract with or for the person, and only occasional ones (rec. 111; EDPB Guidelines 2/2018, section
 * 2.2). A transfer to the controller's own processor is the controller's choice of where to process, not
 * something the contract needs (EDPB: a group that centralises its payroll in a third country cannot use
 * 49(1)(b)); it needs Art. 45 or 46. A warning: the record cannot show that no contract needs it.
 */
const CONTRACT_DEROGATIONS = new Set(['A49-1-b', 'A49-1-c']);
/**
 * Standard contractual clauses of the repealed decisions: 2001/497/EC (controller to controller, with its set II added
 * by 2004/915/EC) and 2010/87/EU (controller to processor, which had replaced 2002/16/EC; that repeal not re-read). Commission Implementing
 * Decision (EU) 2021/914 Art. 4: «From 27 September 2021, Commission Decisions 2001/497/EC and 2010/87/EU are repealed»,
 * and contracts concluded before that on their basis gave appropriate safeguards only «until 27 December 2022». A
 * reference that names only an old decision names no safeguard in force; one that names 2021/914 too (a contract
 * moved to the new clauses) passes.
 */
const REPEALED_SCC = lazyPattern(String.raw`(?<![\d/])(?:2001\/497|2002\/16|2004\/915|2010\/87)(?![\d])`);
/**
 * The 2021 clauses named without their number: their modules (module one to four; the old sets had none), or «new»
 * clauses that replaced the old («replaced by the new SCCs», «erstattet av nye standardkontrakter»).
 */
const CURRENT_SCC = lazyPattern(
  String.raw`(?<![\d/])2021\/914(?![\d])|(?<![\p{L}])(?:modul|module)\s*(?:[1-4]|one|two|three|four|en|ein|to|tre|fire)(?![\p{L}\d])|(?<![\p{L}])(?:new|nye|nyere)\s+(?:\p{L}+\s+){0,1}?(?:scc|sccs|standard contractual clauses|standardkontrakt\p{L}*|standardpersonvernbestemmelse\p{L}*|standardavtale\p{L}*)(?![\p{L}])`,
  'iu',
);

export default defineRule(
  {
    id: 'transfer-mechanism',
    processorRecords: true,
    severity: 'error',
    citation: 'GDPR Art. 44-46, 49; 13(1)(f); 14(1)(f)',
    messages: ['missing', 'unknown-destination', 'derogation-to-processor', 'repealed-scc'],
  },
  (ctx, report) => {
    for (const r of ctx.activities) {
      const processors = new Set(r.processors.map((p) => p.id));
      transfersOf(r).forEach((t, i) => {
        if (t.country === undefined && t.organisation === undefined) {
          if (t.mechanism !== undefined) return;
          // Where the record places the receiving party (its catalogue country and dataLocation) answers «where».
          const v = t.party?.value;
          const places = [...(v?.country !== undefined ? [v.country] : []), ...((v !== undefined && 'dataLocation' in v ? v.dataLocation : undefined) ?? [])];
          const third = places.filter((l) => l !== 'EEA' && l !== 'EEA-or-adequate' && !ctx.reference.eea.countries.has(l));
          if (third.length > 0) report.activity(r, join('/transfers', i), 'missing', { destination: third });
          else if (places.length === 0 || places.includes('EEA-or-adequate')) report.activity(r, join('/transfers', i), 'unknown-destination');
          return;
        }
        if (!isThirdCountryTransfer(t, ctx.reference)) return;
        if (t.mechanism === undefined) report.activity(r, join('/transfers', i), 'missing', { destination: t.country ?? t.organisation ?? '' });
        else if (t.mechanism.startsWith('A46-') && t.reference !== undefined && REPEALED_SCC().test(t.reference) && !CURRENT_SCC().test(t.reference))
          report.activity(r, join('/transfers', i, 'reference'), 'repealed-scc', { destination: t.country ?? t.organisation ?? '', reference: t.reference });
        else if (CONTRACT_DEROGATIONS.has(t.mechanism) && t.recipient !== undefined && processors.has(t.recipient))
          report.activity(
            r,
            join('/transfers', i, 'mechanism'),
            'derogation-to-processor',
            { recipient: t.recipient, mechanism: t.mechanism },
            { severity: 'warning' },
          );
      });
    }
  },
);
