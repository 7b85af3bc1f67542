import type { MessageArgs } from '../model/finding.js';

/**
 * Every error a user can meet, named by its message id (`namespace.key` in locales/<lang>/<namespace>.json).
 * A code outside this list does not compile, and test/i18n/user-errors.test.ts checks each has its words.
 */
export const USER_ERROR_CODES = [
  'authoring.add.bad-file',
  'authoring.add.exists',
  'authoring.add.not-a-catalogue',
  'authoring.add.option-not-for-kind',
  'authoring.add.required',
  'authoring.fmt.not-in-registry',
  'authoring.init.bad-languages',
  'authoring.init.not-a-folder',
  'authoring.init.not-empty',
  'authoring.list.bad-country',
  'authoring.list.unknown-id',
  'authoring.list.unknown-id-suggest',
  'authoring.new.bad-id',
  'authoring.new.basis-without-purpose',
  'authoring.new.consequences-without-collection',
  'authoring.new.exists',
  'authoring.new.input-ended',
  'authoring.new.law-basis-missing',
  'authoring.new.law-without-basis',
  'authoring.new.mixed-languages',
  'authoring.new.no-registry',
  'authoring.new.outside-registry',
  'authoring.new.title-required',
  'authoring.show.unknown',
  'authoring.show.unknown-suggest',
  'authoring.write-outside',
  'cli.bad-choice',
  'cli.bad-date',
  'cli.bad-lang',
  'cli.bad-number',
  'cli.output-inside-registry',
  'cli.registry-invalid',
  'cli.registry-not-directory',
  'cli.registry-not-found',
  'cli.write-failed',
  'diff.git-failed',
  'diff.git-missing',
  'diff.no-base',
  'diff.no-revision',
  'diff.not-a-repository',
  'diff.outside-repository',
  'diff.registry-invalid',
  'diff.registry-missing',
  'diff.registry-not-folder',
  'diff.registry-symlink',
  'diff.too-many-sides',
  'diff.tree-bad-path',
  'diff.tree-duplicate',
  'formats.output-empty',
  'formats.output-twice',
  'formats.output-without-format',
  'formats.stdout-twice',
  'gaps.cli.unknown-activity',
  'gaps.cli.unknown-activity-suggest',
  'gaps.cli.unknown-rule',
  'gaps.cli.unknown-rule-suggest',
  'import.error.bad-csv',
  'import.error.bad-json',
  'import.error.bad-json-record',
  'import.error.bad-json-shape',
  'import.error.bad-map',
  'import.error.bad-map-field',
  'import.error.bad-map-yaml',
  'import.error.binary',
  'import.error.broken-quote',
  'import.error.cell-too-long',
  'import.error.empty',
  'import.error.field-count',
  'import.error.no-rows',
  'import.error.no-title-column',
  'import.error.not-a-file',
  'import.error.not-utf8',
  'import.error.not-xlsx',
  'import.error.one-column',
  'import.error.separator',
  'import.error.target-not-folder',
  'import.error.target-not-registry',
  'import.error.too-large',
  'import.error.too-large-unzipped',
  'import.error.unknown-format',
  'import.error.unknown-header',
  'import.error.unreadable',
  'notice.incomplete',
  'notice.blocked',
  'notice.unknown-activity',
  'notice.unknown-group',
  'notice.activity-and-group',
  'notice.processor-only',
  'notice.pages-scope',
  'notice.lang-not-in-registry',
  'notice.template-dir',
  'notice.template-dir-empty',
  'notice.template-error',
  'notice.template-error-column',
  'notice.template-error-noline',
  'notice.template-outside',
  'report.columns-empty',
  'report.columns-not-tabular',
  'report.unknown-column',
  'report.unknown-column-suggest',
  'report.xlsx-needs-output',
] as const;
export type UserErrorCode = (typeof USER_ERROR_CODES)[number];

/**
 * An error the user must act on, with words from the locale files. Exit code 2:
 * bad usage, or a registry that cannot be read at all.
 */
export class UserError extends Error {
  constructor(
    readonly code: UserErrorCode,
    readonly args: MessageArgs = {},
    readonly exitCode = 2,
  ) {
    super(code);
    this.name = 'UserError';
  }

  /** The message's id in the locale files: the code itself. */
  get messageId(): UserErrorCode {
    return this.code;
  }
}
