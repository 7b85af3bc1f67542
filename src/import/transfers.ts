import { t, LANGUAGES } from '../i18n/index.js';
import type { Activity, Transfer } from '../model/types.js';
import type { SourceRow } from './table.js';
import { MECHANISMS, NONE_TRANSFERS, RECIPIENT_WORDS, fold, matchTemplate, termOf, unique } from './vocabulary.js';

/** The templates of a transfer line's parts that ropa prints after its recipient (report/columns.ts TRANSFERS). */
const TRANSFER_PARTS = [
  'report.transfer.recipient-type',
  'report.transfer.dpf',
  'report.transfer.reference',
  'report.transfer.informed-subjects',
  'report.transfer.not-informed-subjects',
  'report.transfer.informed-authority',
];
import { countryCode, mechanismOf, yesNo } from './words.js';
import type { RowContext } from './context.js';
import { schemaEnum } from '../authoring/schema-order.js';

/**
 * Transfers to third countries: one per country named, or ropa's own lines with their mechanism, recipient and
 * safeguards.
 */

export function transfers(rc: RowContext, a: Activity, row: SourceRow): void {
  const v = rc.cell(row, 'transfers');
  const guarantees = rc.cell(row, 'transferSafeguards');
  if (v === undefined) {
    if (guarantees !== undefined) rc.keep(a, row, 'transferSafeguards', guarantees, 'import.remark.not-read');
    return;
  }
  const yes = yesNo(v);
  if (yes === false || NONE_TRANSFERS.has(fold(v))) {
    a.transfers = 'none';
    if (guarantees !== undefined) rc.keep(a, row, 'transferSafeguards', guarantees, 'import.remark.not-read');
    return;
  }
  // «Ja, USA og Storbritannia»: one transfer per country named. ropa's own report: one transfer a line,
  // its parts joined by « – ».
  const body = v.replace(/^(ja|yes)\s*[,:]\s*/i, '');
  const out: Transfer[] = [];
  let whole = true;
  if (rc.ropa) {
    for (const line of rc.items(body)) {
      const tr: Transfer = {};
      const leftover: string[] = [];
      const parts = line.split(' – ').map((x) => x.trim());
      // The parts ropa prints after the recipient's name (report/columns.ts TRANSFERS): a part before any of them, after
      // the country, is the recipient, known or not; the safeguards' words come last.
      const said = parts.map(
        (p) =>
          termOf('terms.mechanism', MECHANISMS, p) !== undefined ||
          TRANSFER_PARTS.some((key) => matchTemplate(key, p) !== undefined || LANGUAGES.some((l) => t(l, key) === p)),
      );
      parts.forEach((p, i) => {
        const code = countryCode(p);
        const mech = termOf('terms.mechanism', MECHANISMS, p);
        const ref = matchTemplate('report.transfer.reference', p);
        const organisation = matchTemplate('report.transfer.organisation', p);
        const kind = matchTemplate('report.transfer.recipient-type', p);
        const informed = matchTemplate('report.transfer.informed-authority', p);
        const recipientType = kind
          ? (termOf(
              'terms.recipient-type',
              schemaEnum('activity', 'definitions', 'transfer', 'properties', 'recipientType'),
              kind.value!,
            ) as Transfer['recipientType'])
          : undefined;
        if (code && tr.country === undefined) tr.country = code;
        else if (mech) tr.mechanism = mech;
        else if (LANGUAGES.some((l) => t(l, 'report.transfer.dpf') === p)) tr.dpfCertified = true;
        else if (ref) tr.reference = ref.value!;
        else if (recipientType) tr.recipientType = recipientType;
        // Who was told of a transfer on compelling legitimate interests (Art. 49(1) second subparagraph).
        else if (LANGUAGES.some((l) => t(l, 'report.transfer.informed-subjects') === p)) tr.informed = { ...tr.informed, dataSubjects: true };
        else if (LANGUAGES.some((l) => t(l, 'report.transfer.not-informed-subjects') === p)) tr.informed = { ...tr.informed, dataSubjects: false };
        else if (informed) tr.informed = { ...tr.informed, supervisoryAuthority: informed.value! };
        // The party the data goes to, a recipient or a processor of the catalogues: a processor is a recipient too
        // (Art. 4(9)), and a transfer's `recipient` names either (activity.schema.json).
        else if ((rc.names.recipients.has(fold(p)) || rc.names.processors.has(fold(p))) && !(i === 0 && parts[1] === p))
          tr.recipient = rc.names.recipients.get(fold(p)) ?? rc.names.processors.get(fold(p))!;
        // The organisation the data goes to (report/columns.ts): named as such after its country («USA – organisasjon:
        // Acme Inc.»), or first where there is no country (an international organisation, «UNHCR»).
        else if (organisation && tr.country !== undefined && tr.organisation === undefined) tr.organisation = organisation.value!;
        else if (i === 0 && p !== '') tr.organisation = p;
        // A recipient the catalogues do not name here (the activity lists no such recipient or processor): made a recipient.
        else if (i === 1 && p !== '' && said.slice(2).some(Boolean) && !said[1]) {
          tr.recipient = rc.entry('recipients', p, () => ({ name: p, type: RECIPIENT_WORDS.find(([re]) => re.test(p))?.[1] ?? 'other' }));
          rc.note(row, rc.header(row, 'transfers'), 'import.remark.transfer-recipient', { value: p });
        } else if (p !== '') leftover.push(p);
      });
      if (leftover.length > 0) tr.safeguards = leftover.join(' – ');
      if (tr.country === undefined && tr.organisation === undefined) whole = false;
      else out.push(tr);
    }
  } else {
    const parts = rc
      .items(body)
      .flatMap((l) => l.split(/\s*[,;/]\s*|\s+og\s+|\s+and\s+/))
      .map((p) => p.trim())
      .filter((p) => p !== '');
    const codes = parts.map((p) => countryCode(p));
    for (const code of unique(codes.filter((c): c is string => c !== undefined))) out.push({ country: code });
    whole = codes.every((c) => c !== undefined);
  }
  if (guarantees !== undefined) {
    const mechanism = mechanismOf(guarantees);
    for (const tr of out) {
      tr.safeguards = guarantees;
      if (mechanism && tr.mechanism === undefined) tr.mechanism = mechanism;
    }
    if (out.length === 0) rc.keep(a, row, 'transferSafeguards', guarantees, 'import.remark.not-read');
  }
  if (out.length > 0) a.transfers = out;
  if (!whole || out.length === 0) rc.keep(a, row, 'transfers', v, 'import.remark.transfer');
}
