import type { Severity } from './finding.js';
import { toolHomepage } from '../util/tool.js';

/**
 * What a rule says about itself, validation rule or gap rule alike: formats that describe rules
 * (SARIF), the docs and the README table are built from it. Below every stage, so that each may use it.
 */
export interface RuleInfo {
  id: string;
  severity: Severity;
  /** Locale key of a one-line description. */
  descriptionId: string;
  citation?: string;
  docsUrl?: string;
}

/** Rule pages live in the repository's docs/ folder. */
export const DOCS_BASE = `${toolHomepage()}/blob/main/docs/`;
