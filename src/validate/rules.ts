import { DOCS_BASE, type RuleInfo } from '../model/rule.js';

/**
 * The problems `ropa validate` reports. They are not compliance gaps: a registry with any of them
 * cannot be read reliably, so every other command refuses to run until they are fixed.
 * Each is described in docs/validation.md under its id.
 */
export const VALIDATION_RULES = [
  'yaml-syntax',
  'duplicate-key',
  'empty-file',
  'multiple-documents',
  'unknown-tag',
  'forbidden-key',
  'nesting-too-deep',
  'alias-limit',
  'file-too-large',
  'too-many-problems',
  'binary-file',
  'encoding',
  'line-break',
  'unreadable-file',
  'symlink-outside',
  'symlink-loop',
  'symlink-broken',
  'unread-folder',
  'missing-organisation',
  'duplicate-organisation',
  'schema',
  'unresolved-reference',
  'duplicate-id',
  'id-mismatch',
  'missing-translation',
  'invalid-check-digit',
  'untranslated-text',
] as const;

/** Rules whose findings are warnings: the registry can be read, but says less than it should. */
const WARNINGS: ReadonlySet<string> = new Set(['untranslated-text', 'unread-folder']);

export function validationRules(): Map<string, RuleInfo> {
  return new Map(
    VALIDATION_RULES.map((id) => [
      id,
      {
        id,
        severity: WARNINGS.has(id) ? ('warning' as const) : ('error' as const),
        descriptionId: `validate.rule.${id}`,
        docsUrl: `${DOCS_BASE}validation.md#${id}`,
      },
    ]),
  );
}
