import { resolve } from 'node:path';
import { compareFindings, type Finding } from '../model/finding.js';
import { buildRegistry } from '../model/build.js';
import type { Registry } from '../model/registry.js';
import type { SourceFile } from '../parse/source.js';
import { loadFiles } from '../load/index.js';
import { validateSchema } from './schema.js';
import { checkIntegrity } from './integrity.js';

export interface Validated {
  registry: Registry;
  /** Sorted; every one an error unless it says otherwise. */
  findings: Finding[];
}

/**
 * load → parse → schema → model → integrity. Every command starts here. `extra` are files not yet on disk
 * (`ropa new` checks the file it is about to write), validated as if they were.
 */
export function validateRegistry(dir: string, extra: readonly SourceFile[] = []): Validated {
  const root = resolve(dir);
  const { files, findings } = loadFiles(root);
  files.push(...extra);
  const valid: SourceFile[] = [];
  for (const file of files) {
    if (file.data === undefined) continue;
    const problems = validateSchema(file.kind, file.data);
    for (const p of problems) {
      findings.push({ rule: 'schema', severity: 'error', file: file.path, pointer: p.pointer, range: file.locate(p.pointer, p.target), messageId: p.messageId, args: p.args });
    }
    if (problems.length === 0) valid.push(file);
  }
  const { registry, duplicates } = buildRegistry(root, valid, files);
  findings.push(...checkIntegrity(registry, duplicates, valid));
  findings.sort(compareFindings);
  return { registry, findings };
}
