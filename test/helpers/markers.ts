import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Fixtures carry what they expect inline: a line ending in `# expect: a, b` expects findings `a` and `b`
 * to start on that line. What an item says beyond the rule id is the suite's own syntax
 * (`rule@column` for validate, `rule/variant` for gaps); `markers` gives each item as written.
 */
export interface Marker {
  /** Relative to the fixture folder. */
  file: string;
  line: number;
  item: string;
}

/** The YAML files under a folder, depth first, in name order. */
export function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) return yamlFiles(p);
      return /\.ya?ml$/.test(name) ? [p] : [];
    });
}

export function markers(dir: string): Marker[] {
  return yamlFiles(dir).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split(/\r?\n/)
      .flatMap((text, i) => {
        const m = /# expect: (.*)$/.exec(text);
        if (!m) return [];
        return m[1]!
          .split(',')
          .map((s) => s.trim())
          .map((item) => ({ file: relative(dir, file), line: i + 1, item }));
      }),
  );
}
