import type { Finding, MessageArgs, Severity } from '../model/finding.js';
import type { Located, Registry } from '../model/registry.js';
import type { SourceFile } from '../parse/source.js';
import type { ResolvedActivity } from '../model/resolve.js';
import type { ReferenceData } from './reference.js';
import type { Screening } from './screening.js';

/** What a gap rule says about itself: the SARIF, docs and README table are built from this. */
export interface RuleMeta {
  id: string;
  /** The severity of the rule's findings unless a finding says otherwise. */
  severity: Severity;
  /** Locale key of the one-line description: `gaps.rule.<id>`. */
  descriptionId: string;
  /** The legal source, e.g. "GDPR Art. 30(1)(f); 13(2)(a)". */
  citation: string;
  docsUrl: string;
  /**
   * A finding of this rule means the public notice would publish something unlawful (e.g. consent
   * through browser settings): a final notice refuses, a draft shows it.
   */
  blocksNotice?: boolean;
  /**
   * The rule also checks activities where the organisation is a processor (`role: processor`, the
   * Art. 30(2) record: controllers, categories of processing, transfers, security, Art. 28). Rules
   * without it check the controller's duties (legal basis, retention, recipients, the notice, DPIA)
   * and do not see processor activities.
   */
  processorRecords?: boolean;
  /** The message variants the rule reports: `gaps.<id>.<variant>`, worded in locales/<lang>/gaps.json. */
  messages: readonly string[];
}

/** What a rule is given. `today` comes from the command (--today or the clock); rules never read the clock. */
export interface RuleContext {
  registry: Registry;
  today: string;
  reference: ReferenceData;
  /** Every activity, resolved, sorted by id. */
  activities: readonly ResolvedActivity[];
  /** The DPIA screening of an activity (computed once). */
  screening(activity: ResolvedActivity): Screening;
  /**
   * Only error findings are read (`ropa notice`'s blocking run, GapOptions.errorsOnly): a rule may leave out readings that
   * can only give a warning. Its errors must be the same as without (test/notice/blocking-errors.test.ts).
   */
  errorsOnly?: boolean;
}

export interface Rule {
  meta: RuleMeta;
  /**
   * Findings as data: rule, severity, file, pointer, range, message id `gaps.<id>.<variant>`, arguments, activity.
   * With `unplaced`, a finding in a registry file gets its range later: the rule adds it there, and
   * the caller places it (the engine places them file by file, one text at a time).
   */
  check(ctx: RuleContext, unplaced?: Unplaced[]): Finding[];
}

/** A finding whose range is still to be found: in `file`, at its pointer, its value or key. */
export interface Unplaced {
  finding: Finding;
  file: SourceFile;
  target?: 'value' | 'key';
}

/**
 * How a rule reports: the pointer is turned into a range by the file, the message id from the variant.
 * `M` is the rule's declared message variants (`meta.messages`): reporting another does not compile.
 */
export interface Reporter<M extends string = string> {
  /** A finding in an activity's file. */
  activity(r: ResolvedActivity, pointer: string, variant: M, args?: MessageArgs, opts?: ReportOptions): void;
  /**
   * A finding in a catalogue entry's file (`entry.pointer` + `pointer`), carried on activity `r`: what the entry says
   * matters to that activity (a category whose words reveal a special category, for an activity that uses it).
   */
  entry(r: ResolvedActivity, entry: Located<unknown>, pointer: string, variant: M, args?: MessageArgs, opts?: ReportOptions): void;
  /**
   * A finding in a catalogue entry's file (`entry.pointer` + `pointer`), carried on no activity: a fact the entry lacks,
   * reported once where it is fixed, however many activities use the entry (`activities`, by id; named in the message).
   */
  catalogue(entry: Located<unknown>, pointer: string, variant: M, args: MessageArgs, activities: readonly string[], opts?: ReportOptions): void;
  /** A finding in organisation.yaml. */
  organisation(registry: Registry, pointer: string, variant: M, args?: MessageArgs, opts?: ReportOptions): void;
  /** A finding in a file outside the registry (reference data), at a line. */
  file(path: string, line: number, variant: M, args?: MessageArgs, opts?: ReportOptions): void;
}

export interface ReportOptions {
  severity?: Severity;
  /** Point at the key of the property rather than its value. */
  target?: 'value' | 'key';
}
