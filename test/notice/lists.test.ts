import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, ropa, scratchCopy } from '../helpers/cli.js';

// A catalogue name set into a list in running text loses its capital («Tidligere medlemmer og tillitsvalgte»)
// only when the registry's own catalogue texts write that word in small letters; a name keeps its capital.
const UNION = join(ROOT, 'test/fixtures/corpus/variants-forbund/base');
const MEDIA = join(ROOT, 'test/fixtures/corpus/variants-media/base');

describe('catalogue names inside a list of the notice', () => {
  it('are written in small letters after the first when the registry writes the word so itself', () => {
    const r = ropa(['notice', '--draft', '--complete', UNION]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Tidligere medlemmer og tillitsvalgte:');
    expect(r.stdout).not.toContain('Tidligere medlemmer og Tillitsvalgte');
    // A list that starts a cell still starts with a capital.
    expect(r.stdout).toContain('| Tillitsvalgte: ');
  });

  it('keep the capital of a word the registry never writes in small letters (a name)', () => {
    const copy = scratchCopy(UNION);
    try {
      const file = join(copy.dir, 'catalogues/catalogues.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('      nb: Tillitsvalgte\n', '      nb: Samforbundets tillitsvalgte\n'));
      const r = ropa(['notice', '--draft', '--complete', copy.dir]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Tidligere medlemmer og Samforbundets tillitsvalgte:');
    } finally {
      copy.cleanup();
    }
  });
});

describe('the sources of the notice', () => {
  it('say once what two catalogue entries that read the same say (the media house records «Deltakeren selv» twice)', () => {
    for (const args of [['--complete'], []]) {
      const r = ropa(['notice', '--draft', ...args, MEDIA]);
      expect(r.code).toBe(0);
      expect(r.stdout.split('- **Deltakeren selv**').length - 1).toBe(1);
      expect(r.stdout).toContain('- **Brukeren selv**');
    }
  });
});
