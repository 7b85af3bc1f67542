import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/cli.js';
import { VALIDATION_RULES } from '../../src/validate/rules.js';
import { hasMessage } from '../../src/i18n/index.js';

describe('validation rules', () => {
  const page = readFileSync(join(ROOT, 'docs/validation.md'), 'utf8');
  const headings = [...page.matchAll(/^### ([a-z-]+)$/gm)].map((m) => m[1]);

  it('each has a section in docs/validation.md, and the page describes no other', () => {
    expect([...headings].sort()).toEqual([...VALIDATION_RULES].sort());
  });

  it('each has a description in every language', () => {
    for (const lang of ['en', 'nb', 'nn'] as const) {
      for (const id of VALIDATION_RULES) expect(hasMessage(lang, `validate.rule.${id}`), `${lang} ${id}`).toBe(true);
    }
  });
});
