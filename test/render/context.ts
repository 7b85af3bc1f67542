import { join } from 'node:path';
import type { Finding } from '../../src/model/finding.js';
import type { FindingFormatter, FormatContext } from '../../src/render/findings/types.js';
import { validateRegistry } from '../../src/validate/index.js';
import { validationRules } from '../../src/validate/rules.js';
import { FIXTURES, ROOT } from '../helpers/cli.js';

/** What `ropa validate` gives a formatter, for a fixture registry, with paths relative to the project. */
export function validated(fixture: string): { findings: Finding[]; ctx: FormatContext } {
  const { registry, findings } = validateRegistry(join(FIXTURES, fixture));
  const texts = new Map(registry.files.map((f) => [f.path, f.text]));
  return {
    findings,
    ctx: {
      cwd: ROOT,
      lang: 'en',
      color: false,
      sourceText: (p) => texts.get(p),
      files: registry.files.map((f) => f.path),
      rules: validationRules(),
      tool: { name: 'ropa', version: '9.9.9', informationUri: 'https://github.com/ropa-dev/ropa' },
      command: 'validate',
    },
  };
}

export function format(formatter: FindingFormatter, fixture: string): string {
  const { findings, ctx } = validated(fixture);
  return formatter(findings, ctx);
}

/** The finding without a position (a finding on the registry as a whole, or one whose place was not found). */
export function withoutRange(f: Finding): Finding {
  const { range: _range, ...rest } = f;
  return rest;
}
