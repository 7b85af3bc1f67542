import type { Finding } from '../model/finding.js';
import { DOCS_BASE } from '../model/rule.js';
import type { Reporter, Rule, RuleContext, RuleMeta } from './types.js';

export const RULE_DOCS_BASE = `${DOCS_BASE}rules/`;

/**
 * Declares a gap rule: its metadata and a check that reports through a `Reporter`. The message id
 * of a finding is `gaps.<rule id>.<variant>`; its words live in locales/<lang>/gaps.json.
 */
export function defineRule<const M extends string>(
  meta: Pick<RuleMeta, 'id' | 'severity' | 'citation' | 'blocksNotice' | 'processorRecords'> & { messages: readonly M[] },
  check: (ctx: RuleContext, report: Reporter<M>) => void,
): Rule {
  const full: RuleMeta = { ...meta, descriptionId: `gaps.rule.${meta.id}`, docsUrl: `${RULE_DOCS_BASE}${meta.id}.md` };
  return {
    meta: full,
    check(ctx) {
      const out: Finding[] = [];
      const base = (variant: string, args: Finding['args'] | undefined, severity: Finding['severity'] | undefined) => ({
        rule: full.id,
        severity: severity ?? full.severity,
        messageId: `gaps.${full.id}.${variant}`,
        args: args ?? {},
      });
      const report: Reporter<M> = {
        activity(r, pointer, variant, args, opts) {
          const { file } = r.located;
          out.push({ ...base(variant, args, opts?.severity), file: file.path, pointer, range: file.locate(pointer, opts?.target), activity: r.activity.id });
        },
        organisation(registry, pointer, variant, args, opts) {
          const org = registry.organisation;
          if (!org) return;
          out.push({ ...base(variant, args, opts?.severity), file: org.file.path, pointer, range: org.file.locate(pointer, opts?.target) });
        },
        file(path, line, variant, args, opts) {
          out.push({ ...base(variant, args, opts?.severity), file: path, pointer: '', range: { line, column: 1, endLine: line, endColumn: 1 } });
        },
      };
      // A controller's duty is not the processor's: an Art. 30(2) record is checked only by the rules that apply to it.
      check(full.processorRecords === true ? ctx : { ...ctx, activities: ctx.activities.filter((r) => r.activity.role !== 'processor') }, report);
      return out;
    },
  };
}
