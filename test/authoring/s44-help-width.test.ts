import { describe, expect, it } from 'vitest';
import { ropa } from '../helpers/cli.js';

/**
 * Session 44: `ropa org --help` printed each option's description on one line of up to 200 characters: its long option
 * names (`--large-scale-special-categories <yes|no>`) left less than commander's 40 columns to wrap in at 80. Such a
 * command's descriptions now go under their option, wrapped at the width; one with short names keeps them beside.
 */
describe('--help fits the width for a command with long option names', () => {
  const widest = (out: string): number => Math.max(...out.split('\n').map((l) => [...l].length));

  it.each(['org', 'init', 'new', 'add'])('ropa %s --help: no line wider than 80, every option still described (en, nb)', (command) => {
    for (const lang of ['en', 'nb']) {
      const r = ropa([command, '--help', '--lang', lang]);
      expect(r.code).toBe(0);
      expect(widest(r.stdout)).toBeLessThanOrEqual(80);
    }
    const flat = ropa([command, '--help']).stdout.replace(/\s+/g, ' ');
    if (command === 'org') {
      expect(flat).toContain(
        '--large-scale-special-categories <yes|no> do the core activities consist of large-scale processing of special categories or criminal-offence data (Art. 37(1)(c))?',
      );
    }
  });

  it('org: the description under its option, indented; gaps keeps the description beside its option', () => {
    const org = ropa(['org', '--help']).stdout;
    expect(org).toMatch(/\n {2}--public-authority <yes\|no>\n {6}is the organisation a public authority or body\?\n/);
    const gaps = ropa(['gaps', '--help']).stdout;
    expect(gaps).toMatch(/\n {2}-f, --format <format> +\S/);
  });
});
