import type { CatalogueKind, LocalText } from '../model/types.js';

/** `review`: a data protection officer must look before this is merged. `info`: worth knowing. */
export type ChangeLevel = 'review' | 'info';

/** A code from the registry that is shown in words: the locale key of its words, and the code. */
export interface Term {
  key: string;
  code: string;
}

/** A retention rule as it decides when data goes; the format puts it in words. */
export interface RetentionArg {
  retention: { period?: string; permanent?: boolean; trigger?: LocalText; endAction?: string };
}

/** Ids, codes and rules named in a change's message; each output format decides how to show them. */
export type ChangeArg = string | number | Term | RetentionArg;

export interface ActivityRef {
  id: string;
  /** Relative to the registry root, forward slashes. */
  file: string;
  title: LocalText;
}

/** One change between two versions of a registry, as data. Its words are `diff.change.<id>`. */
export interface Change {
  id: string;
  level: ChangeLevel;
  /** The activity concerned (as it is at head, or at base when it was removed). */
  activity?: ActivityRef;
  /** The catalogue entry concerned, for changes to a catalogue. */
  entry?: { kind: CatalogueKind; id: string; file: string };
  /** organisation.yaml, for changes to the controller's own record. */
  organisation?: { file: string };
  /** Activities at head that use the changed catalogue entry. */
  activities?: string[];
  args: Record<string, ChangeArg>;
}

export const term = (key: string, code: string): Term => ({ key, code });

export function isTerm(a: ChangeArg): a is Term {
  return typeof a === 'object' && 'key' in a;
}
