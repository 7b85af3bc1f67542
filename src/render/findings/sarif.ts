import type { Severity } from '../../model/finding.js';
import { t } from '../../i18n/index.js';
import type { FindingFormatter, RuleInfo } from './types.js';
import { relativePath } from '../../util/paths.js';

/**
 * SARIF 2.1.0, as GitHub code scanning takes it: every known rule described once (so ruleIds are
 * stable and each has help), results pointing at files relative to the working directory
 * (the checkout root in CI) with 1-based regions.
 */
export const sarif: FindingFormatter = (findings, ctx) => {
  const rules: RuleInfo[] = [...(ctx.rules?.values() ?? [])];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  // A finding from a rule nobody described still needs a descriptor to point at.
  for (const id of [...new Set(findings.map((f) => f.rule))].sort()) {
    if (index.has(id)) continue;
    const severity = findings.find((f) => f.rule === id)!.severity;
    index.set(id, rules.length);
    rules.push({ id, severity, descriptionId: `${ctx.command}.rule.${id}` });
  }
  const driver = {
    name: ctx.tool.name,
    version: ctx.tool.version,
    ...(ctx.tool.informationUri ? { informationUri: ctx.tool.informationUri } : {}),
    rules: rules.map((r) => {
      const description = t(ctx.lang, r.descriptionId);
      return {
        id: r.id,
        shortDescription: { text: description },
        fullDescription: { text: r.citation ? t(ctx.lang, 'formats.rule-full', { description, citation: r.citation }) : description },
        help: { text: r.docsUrl ? t(ctx.lang, 'formats.rule-help', { description, url: r.docsUrl }) : description },
        ...(r.docsUrl ? { helpUri: r.docsUrl } : {}),
        defaultConfiguration: { level: LEVEL[r.severity] },
      };
    }),
  };
  const results = findings.map((f) => ({
    ruleId: f.rule,
    ruleIndex: index.get(f.rule)!,
    level: LEVEL[f.severity],
    message: { text: t(ctx.lang, f.messageId, f.args) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: fileUri(relativePath(f.file, ctx.cwd)), uriBaseId: '%SRCROOT%' },
          region: f.range ? { startLine: f.range.line, startColumn: f.range.column, endLine: f.range.endLine, endColumn: f.range.endColumn } : { startLine: 1 },
        },
      },
    ],
    // The activity a finding concerns; a catalogue entry's finding, the activities that use the entry.
    ...(f.activity !== undefined
      ? { properties: { activity: f.activity } }
      : f.activities !== undefined
        ? { properties: { activities: [...f.activities] } }
        : {}),
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver }, columnKind: 'utf16CodeUnits', results }],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** A relative URI reference: each path segment percent-encoded, so spaces and `#` survive. */
export function fileUri(path: string): string {
  return path
    .split('/')
    .map((s) => (s === '..' || s === '.' ? s : encodeURIComponent(s)))
    .join('/');
}
