import type { MessageArgs } from '../model/finding.js';
import type { Activity, CatalogueEntries, CatalogueKind, LawRef, LegalBasis, Organisation, Party, Purpose } from '../model/types.js';
import { Ids } from './slug.js';
import type { Field } from './labels.js';
import type { SourceRow, Table } from './table.js';
import { lovdataUrl } from './known-laws.js';
import { UNRECORDED, fold, matchTemplate, shorten } from './vocabulary.js';
import { lawCitations, onlyThese, type LawCitation } from './words.js';
import type { Remark, SummaryLine, BuildOptions, Built } from './built.js';

/**
 * What the reading of one import shares between its rows: the catalogue entries made so far (by folded name,
 * so that the same name in two rows is one entry), the ids handed out, the organisation, the summary, and the
 * row and activity being read with their remarks. The field readers (organisation.ts, references.ts, bases.ts,
 * transfers.ts, retention.ts, accountability.ts) take it as `rc`.
 */
export class RowContext {
  readonly summary: SummaryLine[] = [];
  readonly catalogues = {
    laws: new Map(),
    dataSubjects: new Map(),
    dataCategories: new Map(),
    sources: new Map(),
    recipients: new Map(),
    processors: new Map(),
    systems: new Map(),
    securityMeasures: new Map(),
    retentionPolicies: new Map(),
  } as Built['catalogues'];
  readonly names = {} as Record<CatalogueKind, Map<string, string>>;
  readonly ids = {} as Record<CatalogueKind, Ids>;
  readonly activityIds: Ids;
  organisation: { data: Organisation; remarks: Remark[] } | undefined;
  readonly jointIds: Ids;
  readonly jointByName = new Map<string, string>();
  /** The row being read, for summary lines. */
  row = 0;
  activity = '';
  remarks: Remark[] = [];

  constructor(
    readonly table: Table,
    readonly opts: BuildOptions,
  ) {
    const ex = opts.existing;
    for (const kind of Object.keys(this.catalogues) as CatalogueKind[]) {
      this.names[kind] = new Map(ex?.names[kind] ?? []);
      this.ids[kind] = new Ids(ex?.ids[kind] ?? []);
    }
    this.activityIds = new Ids(ex?.activities ?? []);
    this.jointIds = new Ids(ex?.jointControllers ?? []);
  }

  get ropa(): boolean {
    return this.table.ropa !== undefined;
  }

  /** Splits a cell into its items: ` | ` in Behandlingsoversikt, one per line elsewhere. */
  items(value: string | undefined): string[] {
    if (value === undefined) return [];
    const v = value.trim();
    if (v === '' || v === '-' || UNRECORDED.has(fold(v))) return [];
    // Behandlingsoversikt joins lists with « | »; its free-text fields and every spreadsheet put one item a line.
    const parts = this.table.behandlingsoversikt ? v.split(' | ').flatMap((p) => p.split(/\r?\n/)) : v.split(/\r?\n/);
    return parts.map((p) => p.replace(/^\s*(?:[-•*·▪–]\s+)/, '').trim()).filter((p) => p !== '' && p !== '-');
  }

  cell(row: SourceRow, field: Field): string | undefined {
    const v = row.cells.get(field)?.value.trim();
    if (v === undefined || v === '' || v === '-' || UNRECORDED.has(fold(v))) return undefined;
    return v;
  }

  header(row: SourceRow, field: Field): string {
    return row.cells.get(field)?.column.header ?? field;
  }

  /** Keeps a value as text in `custom`, with a remark on it and a summary line. */
  keep(activity: Activity, row: SourceRow, field: Field, value: string, id: string, args: MessageArgs = {}): void {
    const key = this.header(row, field);
    activity.custom = { ...(activity.custom ?? {}), [key]: value };
    this.remark(['custom', key], id, { ...args, value: shorten(value) });
    this.note(row, key, id, { ...args, value: shorten(value) });
  }

  remark(path: (string | number)[], id: string, args: MessageArgs = {}): void {
    this.remarks.push({ path, id, args });
  }

  note(row: SourceRow | undefined, column: string | undefined, id: string, args: MessageArgs = {}): void {
    this.summary.push({ ...(row ? { row: row.row } : {}), ...(column ? { column } : {}), ...(this.activity ? { activity: this.activity } : {}), id, args });
  }

  /** The id of the catalogue entry with this name, made when there is none. */
  entry<K extends CatalogueKind>(kind: K, name: string, make: () => CatalogueEntries[K], remarks: Remark[] = []): string {
    const key = fold(name);
    const found = this.names[kind].get(key);
    if (found !== undefined) return found;
    const id = this.ids[kind].next(name, kind === 'laws' ? 'law' : 'entry');
    this.names[kind].set(key, id);
    this.catalogues[kind].set(id, { entry: make(), remarks });
    return id;
  }

  law(c: LawCitation): LawRef {
    const id = this.entry(
      'laws',
      c.title,
      () => ({
        title: c.title,
        ...(c.lovdataId ? { lovdataId: c.lovdataId, url: lovdataUrl(c.lovdataId) } : {}),
      }),
      /^(LOV|FOR)-/.test(c.title) ? [{ path: ['title'], id: 'import.remark.law-title', args: { id: c.title } }] : [],
    );
    return { law: id, ...(c.section ? { section: c.section } : {}), ...(c.url && c.section ? { url: c.url } : {}) };
  }

  /** Law references from a text: each citation, or the whole text as a free-text reference. */
  laws(text: string, path: (string | number)[], row: SourceRow, column: string): LawRef[] {
    const cites = lawCitations(text);
    if (cites.length > 0 && onlyThese(text, cites)) return cites.map((c) => this.law(c));
    this.remark(path, 'import.remark.law-text', { value: shorten(text) });
    this.note(row, column, 'import.remark.law-text', { value: shorten(text) });
    return [text];
  }

  /** The purposes a line of a per-purpose column is about, and the line without its «purpose: » prefix. */
  target(a: Activity, line: string): { purposes: Purpose[]; text: string } {
    const all = a.purposes ?? [];
    for (const p of all) {
      const d = typeof p.description === 'string' ? p.description : '';
      const g = matchTemplate('report.per-purpose', line);
      if (g && g.purpose === d) return { purposes: [p], text: g.value! };
      if (d !== '' && line.startsWith(`${d}: `)) return { purposes: [p], text: line.slice(d.length + 2) };
    }
    // ropa prints no prefix when one purpose has such bases: the first.
    return { purposes: this.ropa ? all.slice(0, 1) : all, text: line };
  }

  addBasis(purposes: readonly Purpose[], b: LegalBasis): void {
    for (const p of purposes) {
      p.legalBasis ??= [];
      if (!p.legalBasis.some((x) => x.gdpr === b.gdpr)) p.legalBasis.push(structuredClone(b));
    }
  }

  readonly joints = new Map<string, Party>();
}
