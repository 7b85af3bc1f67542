import type { Lang } from '../../i18n/index.js';
import type { Change } from '../../diff/types.js';

/** One side of a comparison as the user named it: a revision (with its commit) or a folder. */
export interface DiffSide {
  label: string;
  commit?: string;
}

export interface DiffReport {
  base: DiffSide;
  head: DiffSide;
  /** The registry folder as the user named it; file paths are shown inside it. */
  dir: string;
  changes: readonly Change[];
}

export interface DiffFormatContext {
  lang: Lang;
  color: boolean;
}

export type DiffFormatter = (report: DiffReport, ctx: DiffFormatContext) => string;
