import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { markers as expectMarkers } from '../helpers/markers.js';

/**
 * Gap fixtures carry their expectations inline (test/helpers/markers.ts): a line ending in
 * `# expect: rule/variant, rule` expects those findings to start on that line (the variant is
 * optional). A fixture folder is a registry, or a folder of registries (fail/, pass/ …). A `runs.json` in the folder replaces the inline markers with
 * explicit runs: `[{"today": "…", "expect": [{"file": "data/x.json", "line": 4, "rule": "…"}]}]`, files
 * relative to the repository.
 */
export interface Expected {
  file: string;
  line: number;
  rule: string;
  variant?: string;
}

export function markers(dir: string): Expected[] {
  return expectMarkers(dir).map(({ file, line, item }) => {
    const [rule, variant] = item.split('/');
    return { file, line, rule: rule!, ...(variant ? { variant } : {}) };
  });
}

/** A folder is a fixture registry when it has an organisation file or activities (it may share the organisation file). */
const isRegistry = (dir: string): boolean => existsSync(join(dir, 'organisation.yaml')) || existsSync(join(dir, 'activities'));

/** The registries in a fixture folder: itself, or its sub-folders. */
export function registriesIn(dir: string): string[] {
  if (isRegistry(dir)) return [dir];
  return readdirSync(dir)
    .sort()
    .map((n) => join(dir, n))
    .filter((p) => statSync(p).isDirectory() && isRegistry(p));
}

export const sortExpected = (a: Expected, b: Expected): number =>
  a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule) || (a.variant ?? '').localeCompare(b.variant ?? '');
