import { describe, expect, it } from 'vitest';
import { hasMessage, LANGUAGES } from '../../src/i18n/index.js';
import { USER_ERROR_CODES, UserError } from '../../src/util/errors.js';

/** Every error a user can meet has its words in every language, and is known by its typed code. */
describe('user errors', () => {
  it.each(LANGUAGES)('each code has a message in %s', (lang) => {
    expect(USER_ERROR_CODES.filter((code) => !hasMessage(lang, code))).toEqual([]);
  });

  it('carry their code, arguments and exit code', () => {
    const e = new UserError('cli.bad-lang', { value: 'de' });
    expect([e.code, e.messageId, e.args, e.exitCode]).toEqual(['cli.bad-lang', 'cli.bad-lang', { value: 'de' }, 2]);
    expect(new UserError('cli.registry-invalid', { errors: 3 }, 1).exitCode).toBe(1);
  });
});
