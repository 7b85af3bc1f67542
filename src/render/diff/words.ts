import { t, type Lang } from '../../i18n/index.js';
import { periodWords, textIn } from '../words/index.js';
import type { LocalText } from '../../model/types.js';
import { isTerm, type Change, type ChangeArg, type RetentionArg } from '../../diff/types.js';
import type { DiffReport, DiffSide } from './types.js';

/** How a format shows what a message names: registry values (ids, codes, periods), registry text, and our words. */
export interface Show {
  value: (s: string) => string;
  text: (s: string) => string;
  words: (s: string) => string;
}

/** The message of a change, with every value it names shown the format's way. */
export function changeMessage(change: Change, lang: Lang, show: Show): string {
  const args: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(change.args)) args[k] = showArg(v, lang, show);
  return t(lang, `diff.change.${change.id}`, args);
}

/**
 * An ISO 8601 period, as a retention's length is passed (JSON keeps it so): shown in words, «6 måneder», not «P6M», to
 * a reader who is no programmer. No id or code has this form (ids start with a lower-case letter).
 */
const PERIOD = /^P(?=\d)(?:\d+Y)?(?:\d+M)?(?:\d+W)?(?:\d+D)?$/;

function showArg(a: ChangeArg, lang: Lang, show: Show): string | number {
  if (typeof a === 'number') return a;
  if (typeof a === 'string') return PERIOD.test(a) ? show.words(periodWords(a, lang)) : show.value(a);
  if (isTerm(a)) return show.words(t(lang, a.key));
  return retentionWords(a, lang, show);
}

/** "P5Y from collection, then deleted"; "permanent, then transferred to the archive". */
function retentionWords({ retention: r }: RetentionArg, lang: Lang, show: Show): string {
  const trigger = r.trigger === undefined ? undefined : show.text(titleIn(r.trigger, lang));
  let rule: string;
  if (r.permanent) rule = show.words(t(lang, 'diff.retention-permanent'));
  else if (r.period !== undefined && trigger !== undefined)
    rule = t(lang, 'diff.retention-period-from', { period: show.words(periodWords(r.period, lang)), trigger });
  else if (r.period !== undefined) rule = show.words(periodWords(r.period, lang));
  else rule = trigger ?? show.words(t(lang, 'diff.retention-event'));
  return r.endAction === undefined ? rule : t(lang, 'diff.retention-then', { rule, action: show.words(t(lang, `terms.end-action.${r.endAction}`)) });
}

/** A title in the report's language, else in any language it has. */
export function titleIn(title: LocalText, lang: Lang): string {
  return textIn(title, lang) ?? '';
}

export function counts(changes: readonly Change[]): { review: number; info: number } {
  const review = changes.filter((c) => c.level === 'review').length;
  return { review, info: changes.length - review };
}

export interface Group {
  /** Undefined for organisation.yaml and for the catalogues. */
  activity?: NonNullable<Change['activity']>;
  /** organisation.yaml. */
  organisation?: NonNullable<Change['organisation']>;
  /** Review first, then info, each in the order found. */
  changes: Change[];
}

/** Changes by activity in the report's order, then organisation.yaml, the catalogues last. */
export function groups(report: DiffReport): Group[] {
  const out: Group[] = [];
  const byActivity = new Map<string, Group>();
  let organisation: Group | undefined;
  let catalogues: Group | undefined;
  for (const c of report.changes) {
    let g: Group | undefined;
    if (c.activity) {
      g = byActivity.get(c.activity.id);
      if (!g) byActivity.set(c.activity.id, (g = { activity: c.activity, changes: [] }));
    } else if (c.organisation) g = organisation ??= { organisation: c.organisation, changes: [] };
    else g = catalogues ??= { changes: [] };
    g.changes.push(c);
  }
  out.push(...byActivity.values());
  if (organisation) out.push(organisation);
  if (catalogues) out.push(catalogues);
  for (const g of out) g.changes.sort((a, b) => Number(a.level === 'info') - Number(b.level === 'info'));
  return out;
}

/** The commit to show beside a side's name: none when the name is that commit already. */
export function shownCommit(side: DiffSide): string | undefined {
  const { label, commit } = side;
  return commit === undefined || commit.startsWith(label) || label.startsWith(commit) ? undefined : commit;
}

/** `main (1a2b3c4)`, or a commit, `the folder ./registry`, or the working tree. */
export function sideLabel(side: DiffSide, lang: Lang): string {
  if (side.kind === 'folder') return t(lang, 'diff.side-folder', { path: side.label });
  const commit = shownCommit(side);
  return commit ? `${side.label} (${commit})` : side.label;
}

/** A registry file as the user sees it: inside the registry folder they named. */
export function shownFile(report: DiffReport, file: string): string {
  return report.dir === '' || report.dir === '.' ? file : `${report.dir.replace(/\/+$/, '')}/${file}`;
}
