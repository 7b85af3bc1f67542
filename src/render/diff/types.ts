import type { Lang } from '../../i18n/index.js';
import type { Change } from '../../diff/types.js';

/** One side of a comparison as the user named it: a revision (with its commit), a folder, or the working tree. */
export interface DiffSide {
  label: string;
  commit?: string;
  /** How the side was read, which the output says: a folder is never taken for a revision, nor the reverse. */
  kind?: 'revision' | 'folder' | 'working-tree';
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
