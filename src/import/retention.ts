import { durationWords, t, type Lang } from '../i18n/index.js';
import type { MessageArgs } from '../model/finding.js';
import type { Activity, DataCategory, Retention } from '../model/types.js';
import type { SourceRow } from './table.js';
import { fold, matchTemplate, shorten, splitList, splitNames } from './vocabulary.js';
import { lawCitations, readRetention } from './words.js';
import type { RowContext } from './context.js';
import { categoryNames } from './bases.js';

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
      // A name with a comma or «og» in it («Navn, adresse og telefonnummer») is taken whole when the activity has it.
      const ids = (rc.ropa ? splitNames(labelled.label!, categoryNames(rc, a)) : splitList(labelled.label!)).map((n) => categoryIds.get(fold(n)));
      if (ids.length > 0 && ids.every((x) => x !== undefined)) {
        r.categories = ids as string[];
        text = labelled.value!;
      }
    }
    const withLaw = matchTemplate('report.with-law', text);
    // ropa's report: «…, jf. {laws}» is the rule's law, whether or not ropa knows the law by its title.
    if (withLaw && (rc.ropa || lawCitations(withLaw.laws!).length > 0)) {
      r.law = rc.laws(withLaw.laws!, ['retention', out.length, 'law'], row, column);
      text = withLaw.value!;
    }
    // «Regel «Seks måneder»: 6 måneder» — a retention policy as ropa's report names it: a policy of that name in the
    // catalogue, holding the rule read (the same words print back), or the whole line kept as text.
    const policy = rc.ropa ? matchTemplate('report.retention.policy', text) : undefined;
    // A policy ropa's report prints by its name alone (its name says its rule, or it has no period): the catalogue's
    // policy of that name, the registry's own or one this import has made, not a rule read from its name.
    const named = rc.ropa && !policy ? rc.names.retentionPolicies.get(fold(text)) : undefined;
    if (named !== undefined) {
      r.policy = named;
      out.push(r);
      continue;
    }
    const whole = text;
    if (policy) text = policy.rule!;
    const reading = (rc.ropa ? ropaReading(rc, text) : undefined) ?? readRetention(text);
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

type Reading = NonNullable<ReturnType<typeof readRetention>>;

/**
 * A rule as ropa's report prints it (report/columns.ts, retentionLine): «Slettes ikke», the period or the event or
 * both («5 år etter avsluttet sak»), the end action and the archive («avleveres til arkiv (Arkivverket)»), joined by
 * «, ». Read back from both ends, and taken only when it prints back as the same words (`rendersAs`).
 */
function ropaReading(rc: RowContext, text: string): Reading | undefined {
  const lang = rc.table.ropa!;
  const out: Reading = {};
  let rest = text;
  const permanent = t(lang, 'report.retention.permanent');
  if (rest === permanent || rest.startsWith(`${permanent}, `)) {
    out.permanent = true;
    rest = rest.slice(permanent.length + 2);
  }
  for (const action of END_ACTIONS) {
    const term = t(lang, `terms.end-action.${action}`);
    const at = rest === term ? 0 : rest.endsWith(`, ${term}`) ? rest.length - term.length : -1;
    const archived = rest.endsWith(')') ? rest.lastIndexOf(`${term} (`) : -1;
    if (at >= 0) {
      out.endAction = action;
      rest = rest.slice(0, Math.max(0, at - 2));
      break;
    }
    if (archived >= 0 && (archived === 0 || rest.slice(archived - 2, archived) === ', ')) {
      out.endAction = action;
      out.archive = rest.slice(archived + term.length + 2, -1);
      rest = rest.slice(0, Math.max(0, archived - 2));
      break;
    }
  }
  if (rest !== '') {
    const after = matchTemplate('report.retention.after', rest);
    const period = ropaDuration(lang, after ? after.period! : rest);
    if (period !== undefined) {
      out.period = period;
      if (after) out.trigger = after.trigger!;
    } else if (/^\d/.test(rest)) return undefined;
    else out.trigger = rest;
  }
  // An event alone is no rule read: a description prints the same (columns.ts, `inline || description`).
  const rule = out.period !== undefined || out.permanent === true || out.endAction !== undefined;
  return rule && rendersAs(rc, out, text) ? out : undefined;
}

const END_ACTIONS = ['delete', 'anonymise', 'archive'] as const;

/** The units of an ISO 8601 duration, as durationWords names them (src/i18n/index.ts), and where each goes. */
const UNITS = [
  ['year', 'Y', false],
  ['month', 'M', false],
  ['week', 'W', false],
  ['day', 'D', false],
  ['hour', 'H', true],
  ['minute', 'M', true],
  ['second', 'S', true],
] as const;

/**
 * A period in the report's words (report/text.ts `duration`: «5 år», «1 måned», «1 år og 6 måneder», «6 timer»): P5Y,
 * P1M, P1Y6M, PT6H. Each «n unit» is matched to a unit by the words the report prints, and the whole is read only where
 * the report prints that very duration back as `text` (else words, as any other text).
 */
function ropaDuration(lang: Lang, text: string): string | undefined {
  const found = new Map<number, number>();
  for (const m of text.matchAll(/(\d+) (\p{L}+)/gu)) {
    const n = Number(m[1]);
    const unit = UNITS.findIndex(([u]) => t(lang, `words.duration.${u}.${n === 1 ? 'one-digit' : 'other'}`, { n }) === m[0]);
    if (unit < 0 || found.has(unit) || n <= 0) return undefined;
    found.set(unit, n);
  }
  if (found.size === 0) return undefined;
  const part = (time: boolean): string => UNITS.map(([, letter, inTime], i) => (inTime === time && found.has(i) ? `${found.get(i)}${letter}` : '')).join('');
  const iso = `P${part(false)}${part(true) === '' ? '' : `T${part(true)}`}`;
  return durationWords(iso, lang, { digits: true }) === text ? iso : undefined;
}

/** Whether ropa's report prints this reading as `text`: only then is reading it back the same record. */
function rendersAs(rc: RowContext, r: ReturnType<typeof readRetention> & object, text: string): boolean {
  const lang = rc.table.ropa!;
  const words = (key: string, args?: MessageArgs): string => t(lang, `report.${key}`, args);
  const duration = (iso: string): string => durationWords(iso, lang, { digits: true }) ?? iso;
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
