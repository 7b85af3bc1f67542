import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Gap fixtures carry their expectations inline: a line ending in `# expect: rule/variant, rule` expects
 * those findings to start on that line (the variant is optional). A fixture folder is a registry, or a
 * folder of registries (fail/, pass/ …). A `runs.json` in the folder replaces the inline markers with
 * explicit runs: `[{"today": "…", "expect": [{"file": "data/x.json", "line": 4, "rule": "…"}]}]`, files
 * relative to the repository.
 */
export interface Expected {
  file: string;
  line: number;
  rule: string;
  variant?: string;
}

export function yamlFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return yamlFiles(p);
    return /\.ya?ml$/.test(name) ? [p] : [];
  });
}

export function markers(dir: string): Expected[] {
  const out: Expected[] = [];
  for (const file of yamlFiles(dir)) {
    readFileSync(file, 'utf8').split(/\r?\n/).forEach((text, i) => {
      const m = /# expect: (.*)$/.exec(text);
      if (!m) return;
      for (const item of m[1]!.split(',').map((s) => s.trim())) {
        const [rule, variant] = item.split('/');
        out.push({ file: relative(dir, file), line: i + 1, rule: rule!, ...(variant ? { variant } : {}) });
      }
    });
  }
  return out;
}

/** The registries in a fixture folder: itself, or its sub-folders. */
export function registriesIn(dir: string): string[] {
  if (existsSync(join(dir, 'organisation.yaml'))) return [dir];
  return readdirSync(dir).sort().map((n) => join(dir, n)).filter((p) => statSync(p).isDirectory() && existsSync(join(p, 'organisation.yaml')));
}

export const sortExpected = (a: Expected, b: Expected): number =>
  a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule) || (a.variant ?? '').localeCompare(b.variant ?? '');
