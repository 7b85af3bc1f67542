import { t } from '../i18n/index.js';
import type { MessageArgs } from '../model/finding.js';
import type { Activity, DataCategory, Retention } from '../model/types.js';
import type { SourceRow } from './table.js';
import { fold, matchTemplate, shorten, splitList } from './vocabulary.js';
import { lawCitations, readRetention } from './words.js';
import type { RowContext } from './context.js';

/**
 * Retention: periods, triggers and end actions where the words are certain (ropa's own report only where it
 * prints the same words back), the rest kept as text.
 */

export function retention(rc: RowContext, a: Activity, row: SourceRow): void {
  const column = rc.header(row, 'retention');
  const lines = rc.table.behandlingsoversikt ? [rc.cell(row, 'retention')].filter((x): x is string => x !== undefined) : rc.items(rc.cell(row, 'retention'));
  const categoryIds = new Map(
    (a.dataCategories ?? []).map((id) => {
      const e = rc.catalogues.dataCategories.get(id)?.entry as DataCategory | undefined;
      return [fold(typeof e?.name === 'string' ? e.name : id), id] as const;
    }),
  );
  for (const name of rc.names.dataCategories.keys())
    if (!categoryIds.has(name) && (a.dataCategories ?? []).includes(rc.names.dataCategories.get(name)!))
      categoryIds.set(name, rc.names.dataCategories.get(name)!);
  const out: Retention[] = [];
  for (const line of lines) {
    let text = line;
    const r: Retention = {};
    // «Svar: 2 år etter innsamling» — the categories it covers, when they are the activity's.
    const labelled = matchTemplate('report.labelled', line);
    if (labelled) {
      const ids = splitList(labelled.label!).map((n) => categoryIds.get(fold(n)));
      if (ids.length > 0 && ids.every((x) => x !== undefined)) {
        r.categories = ids as string[];
        text = labelled.value!;
      }
    }
    const withLaw = matchTemplate('report.with-law', text);
    if (withLaw && lawCitations(withLaw.laws!).length > 0) {
      r.law = rc.laws(withLaw.laws!, ['retention', out.length, 'law'], row, column);
      text = withLaw.value!;
    }
    // «Regel «Seks måneder»: 6 måneder» — a retention policy as ropa's report names it: a policy of that name in the
    // catalogue, holding the rule read (the same words print back), or the whole line kept as text.
    const policy = rc.ropa ? matchTemplate('report.retention.policy', text) : undefined;
    const whole = text;
    if (policy) text = policy.rule!;
    const reading = readRetention(text);
    if (reading && (!rc.ropa || rendersAs(rc, reading, text))) {
      if (policy) r.policy = rc.entry('retentionPolicies', policy.name!, () => ({ name: policy.name!, ...reading }));
      else Object.assign(r, reading);
    } else {
      text = whole;
      r.description = text;
      rc.remark(['retention', out.length, 'description'], 'import.remark.period', { value: shorten(text) });
      rc.note(row, column, 'import.remark.period', { value: shorten(text) });
    }
    out.push(r);
  }
  if (out.length > 0) a.retention = out;
}

/** Whether ropa's report prints this reading as `text`: only then is reading it back the same record. */
function rendersAs(rc: RowContext, r: ReturnType<typeof readRetention> & object, text: string): boolean {
  const lang = rc.table.ropa!;
  const words = (key: string, args?: MessageArgs): string => t(lang, `report.${key}`, args);
  const duration = (iso: string): string => {
    const m = /^P(\d+)([YMWD])$/.exec(iso)!;
    return words(`duration.${m[2]}.${Number(m[1]) === 1 ? 'one' : 'other'}`, { n: Number(m[1]) });
  };
  const endAction = r.endAction !== undefined ? t(lang, `terms.end-action.${r.endAction}`) : '';
  const printed = [
    r.permanent ? words('retention.permanent') : '',
    r.period === undefined
      ? (r.trigger ?? '')
      : r.trigger !== undefined
        ? words('retention.after', { period: duration(r.period), trigger: r.trigger })
        : duration(r.period),
    r.archive !== undefined && endAction !== '' ? words('retention.archive', { action: endAction, archive: r.archive }) : endAction,
  ]
    .filter((x) => x !== '')
    .join(', ');
  return printed === text;
}
