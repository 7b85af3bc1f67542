import type { MessageArgs } from '../model/finding.js';

/**
 * An error the user must act on, with words from the locale files. Exit code 2:
 * bad usage, or a registry that cannot be read at all.
 */
export class UserError extends Error {
  constructor(
    readonly messageId: string,
    readonly args: MessageArgs = {},
    readonly exitCode = 2,
  ) {
    super(messageId);
    this.name = 'UserError';
  }
}
