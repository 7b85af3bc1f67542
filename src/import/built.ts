import type { Lang } from '../i18n/index.js';
import type { MessageArgs } from '../model/finding.js';
import type { CatalogueEntries, CatalogueKind, LawRef, Organisation } from '../model/types.js';

/** What `build` (build.ts) takes and makes: the files of the imported registry, their remarks and the summary. */

/** A `# import: …` comment at a path in a file's data. */
export interface Remark {
  path: (string | number)[];
  id: string;
  args: MessageArgs;
}

export interface BuiltFile {
  /** Relative to the registry root. */
  path: string;
  kind: 'organisation' | 'activity' | 'catalogue';
  data: Record<string, unknown>;
  remarks: Remark[];
  /** Extra comment lines at the top (after the schema line). */
  head: { id: string; args: MessageArgs }[];
}

/** A line of the import summary. */
export interface SummaryLine {
  row?: number;
  column?: string;
  activity?: string;
  id: string;
  args: MessageArgs;
}

export interface Existing {
  activities: ReadonlySet<string>;
  /** Per catalogue: folded name → id. */
  names: { [K in CatalogueKind]: Map<string, string> };
  ids: { [K in CatalogueKind]: Set<string> };
  jointControllers: Set<string>;
  organisation?: Organisation;
}

export interface BuildOptions {
  source: string;
  format: string;
  lang: Lang;
  publicAuthority: boolean;
  existing?: Existing;
  /** ropa's workbook: each activity's recorded risk factors (its DPIA sheet), by title. */
  riskFactors?: ReadonlyMap<string, string>;
  /** ropa's workbook: its processors sheet, by name. */
  processors?: ReadonlyMap<string, Record<string, string>>;
}

export interface Built {
  activities: BuiltFile[];
  /** Activities the registry already has: not written. */
  skipped: { id: string; row: number }[];
  catalogues: { [K in CatalogueKind]: Map<string, { entry: CatalogueEntries[K]; remarks: Remark[] }> };
  organisation?: { data: Organisation; remarks: Remark[] };
  summary: SummaryLine[];
  /**
   * A law as the record prints it («personopplysningsloven § 9») as references, each to the laws catalogue the rows
   * made (an entry made when there is none): undefined when the text is not only citations.
   */
  lawRefs(text: string): LawRef[] | undefined;
}
