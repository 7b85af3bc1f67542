import type { Finding } from '../model/finding.js';
import type { SourceFile } from '../parse/source.js';
import { discover } from './discover.js';
import { readSourceFile, fileFinding } from './read.js';

/** Every file of the registry, read and parsed, with the problems met on the way. */
export function loadFiles(root: string): { files: SourceFile[]; findings: Finding[] } {
  const { files: found, problems } = discover(root);
  const findings: Finding[] = problems.map((p) => fileFinding(p.path, p.rule, p.messageId, p.args));
  const files: SourceFile[] = [];
  for (const f of found) {
    const r = readSourceFile(f.path, f.kind);
    findings.push(...r.findings);
    if (r.source) files.push(r.source);
  }
  return { files, findings };
}
