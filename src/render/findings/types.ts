import type { Finding } from '../../model/finding.js';
import type { Lang } from '../../i18n/index.js';
import type { RuleInfo } from '../../model/rule.js';

export type { RuleInfo };

/** What a findings formatter is given besides the findings. Formatters are pure: data in, text out. */
export interface FormatContext {
  /** Paths are printed relative to this. */
  cwd: string;
  lang: Lang;
  color: boolean;
  /** The text of a file, for code frames. */
  sourceText?: (path: string) => string | undefined;
  /** Every file checked, findings or not: formats that list files (JUnit) show the clean ones too. */
  files?: readonly string[];
  /** Rule metadata, for formats that describe rules (SARIF). */
  rules?: ReadonlyMap<string, RuleInfo>;
  tool: { name: string; version: string; informationUri?: string };
  /** Which command produced the findings: validate or gaps. */
  command: string;
}

export type FindingFormatter = (findings: readonly Finding[], ctx: FormatContext) => string;
