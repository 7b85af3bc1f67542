import type { MessageArgs } from '../model/finding.js';

/**
 * Every error a user can meet, named by its message id (`namespace.key` in locales/<lang>/<namespace>.json).
 * A code outside this list does not compile, and test/i18n/user-errors.test.ts checks each has its words.
 */
export const USER_ERROR_CODES = [
  'authoring.init.bad-languages',
  'authoring.init.not-a-folder',
  'authoring.init.not-empty',
  'authoring.list.bad-country',
  'authoring.list.unknown-id',
  'authoring.list.unknown-id-suggest',
  'authoring.new.bad-id',
  'authoring.new.basis-without-purpose',
  'authoring.new.exists',
  'authoring.new.input-ended',
  'authoring.new.law-without-basis',
  'authoring.new.mixed-languages',
  'authoring.new.no-registry',
  'authoring.new.outside-registry',
  'authoring.new.title-required',
  'authoring.show.unknown',
  'authoring.show.unknown-suggest',
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
  'formats.output-twice',
  'formats.output-without-format',
  'formats.stdout-twice',
  'gaps.cli.unknown-activity',
  'gaps.cli.unknown-activity-suggest',
  'gaps.cli.unknown-rule',
  'gaps.cli.unknown-rule-suggest',
  'notice.incomplete',
  'notice.blocked',
  'notice.unknown-activity',
  'notice.unknown-group',
  'notice.activity-and-group',
  'notice.lang-not-in-registry',
  'notice.template-dir',
  'notice.template-dir-empty',
  'notice.template-error',
  'notice.template-outside',
  'notice.template-error-noline',
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
