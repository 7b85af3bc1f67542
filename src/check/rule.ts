import type { Finding, Range } from '../model/finding.js';
import { DOCS_BASE } from '../model/rule.js';
import type { SourceFile } from '../parse/source.js';
import type { ResolvedActivity } from '../model/resolve.js';
import type { Reporter, ReportOptions, Rule, RuleContext, RuleMeta } from './types.js';

export const RULE_DOCS_BASE = `${DOCS_BASE}rules/`;

/** A finding's range until it is placed: the key is there from the start, so that the object's keys keep their order. */
const UNPLACED: Range = Object.freeze({ line: 0, column: 0, endLine: 0, endColumn: 0 });

/**
 * The arguments of a finding reported without any: one object for all of them, only ever read (formats word the message
 * from it, the sort compares its JSON), instead of an empty object kept for each of tens of thousands of findings.
 */
const NO_ARGS: Finding['args'] = Object.freeze({});

/**
 * Declares a gap rule: its metadata and a check that reports through a `Reporter`. The message id
 * of a finding is `gaps.<rule id>.<variant>`; its words live in locales/<lang>/gaps.json.
 */
export function defineRule<const M extends string>(
  meta: Pick<RuleMeta, 'id' | 'severity' | 'citation' | 'blocksNotice' | 'processorRecords'> & { messages: readonly M[] },
  check: (ctx: RuleContext, report: Reporter<M>) => void,
): Rule {
  const full: RuleMeta = { ...meta, descriptionId: `gaps.rule.${meta.id}`, docsUrl: `${RULE_DOCS_BASE}${meta.id}.md` };
  // One string per message, shared by all its findings (70,000 findings at 10,000 activities).
  const messageIds = new Map<string, string>(meta.messages.map((v) => [v, `gaps.${meta.id}.${v}`]));
  return {
    meta: full,
    check(ctx, unplaced) {
      const out: Finding[] = [];
      // Plain literals of one shape (the keys in the order every format has always seen them): 70,000 findings at 10,000 activities.
      const make = (
        variant: string,
        args: Finding['args'] | undefined,
        opts: ReportOptions | undefined,
        file: string,
        pointer: string,
        range: Range,
      ): Finding => ({
        rule: full.id,
        severity: opts?.severity ?? full.severity,
        messageId: messageIds.get(variant) ?? `gaps.${full.id}.${variant}`,
        args: args ?? NO_ARGS,
        file,
        pointer,
        range,
      });
      /** In `file`: placed now, or left for the caller with what it needs. */
      const inFile = (finding: Finding, file: SourceFile, target: 'value' | 'key' | undefined): void => {
        if (unplaced) unplaced.push(target ? { finding, file, target } : { finding, file });
        else finding.range = file.locate(finding.pointer, target);
        out.push(finding);
      };
      const report: Reporter<M> = {
        activity(r, pointer, variant, args, opts) {
          const { file } = r.located;
          // The activity in the literal, last as ever: one shape from the start, no property added later.
          const finding: Finding = {
            rule: full.id,
            severity: opts?.severity ?? full.severity,
            messageId: messageIds.get(variant) ?? `gaps.${full.id}.${variant}`,
            args: args ?? NO_ARGS,
            file: file.path,
            pointer,
            range: UNPLACED,
            activity: r.activity.id,
          };
          inFile(finding, file, opts?.target);
        },
        entry(r, entry, pointer, variant, args, opts) {
          const finding: Finding = {
            rule: full.id,
            severity: opts?.severity ?? full.severity,
            messageId: messageIds.get(variant) ?? `gaps.${full.id}.${variant}`,
            args: args ?? NO_ARGS,
            file: entry.file.path,
            pointer: entry.pointer + pointer,
            range: UNPLACED,
            activity: r.activity.id,
          };
          inFile(finding, entry.file, opts?.target);
        },
        catalogue(entry, pointer, variant, args, activities, opts) {
          // A few findings per registry: the activities after the common keys.
          const finding: Finding = { ...make(variant, args, opts, entry.file.path, entry.pointer + pointer, UNPLACED), activities };
          inFile(finding, entry.file, opts?.target);
        },
        organisation(registry, pointer, variant, args, opts) {
          const org = registry.organisation;
          if (!org) return;
          inFile(make(variant, args, opts, org.file.path, pointer, UNPLACED), org.file, opts?.target);
        },
        file(path, line, variant, args, opts) {
          out.push(make(variant, args, opts, path, '', { line, column: 1, endLine: line, endColumn: 1 }));
        },
      };
      // A controller's duty is not the processor's: an Art. 30(2) record is checked only by the rules that apply to it.
      check(full.processorRecords === true ? ctx : { ...ctx, activities: controllerActivities(ctx.activities) }, report);
      return out;
    },
  };
}

/** The activities a controller's rule checks (not Art. 30(2) records): the same list for every such rule of a run. */
function controllerActivities(all: RuleContext['activities']): RuleContext['activities'] {
  let list = controllers.get(all);
  if (!list) controllers.set(all, (list = all.filter((r) => r.activity.role !== 'processor')));
  return list;
}
const controllers = new WeakMap<RuleContext['activities'], RuleContext['activities']>();

/**
 * A reporter that remembers the activities it reported on (`activity`, `entry`), for a rule whose last reading speaks only
 * where the rest of the rule said nothing (the co-occurrence readers of check/co-occurrence.ts, CO session 47).
 */
export function rememberingActivities<M extends string>(reporter: Reporter<M>): { report: Reporter<M>; spokeOn: (r: ResolvedActivity) => boolean } {
  const spoke = new Set<string>();
  const report: Reporter<M> = {
    ...reporter,
    activity: (r, ...rest) => {
      spoke.add(r.activity.id);
      reporter.activity(r, ...rest);
    },
    entry: (r, ...rest) => {
      spoke.add(r.activity.id);
      reporter.entry(r, ...rest);
    },
  };
  return { report, spokeOn: (r) => spoke.has(r.activity.id) };
}
