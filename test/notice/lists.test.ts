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

describe('a source that is another person (next of kin, a guardian, a witness)', () => {
  const CARE = join(ROOT, 'test/fixtures/corpus/variants-omsorg/base');

  it('gets its own heading, and no question whether it is publicly accessible (that is asked of registers and bodies)', () => {
    const copy = scratchCopy(CARE);
    try {
      const file = join(copy.dir, 'catalogues/catalogues.yaml');
      const text = readFileSync(file, 'utf8');
      const before = '    name: Pårørande og verje\n    type: other-controller\n';
      expect(text).toContain(before);
      writeFileSync(file, text.replace(before, '    name: Pårørande og verje\n    type: other-person\n'));
      expect(ropa(['validate', copy.dir]).code).toBe(0);
      const r = ropa(['notice', '--draft', '--complete', copy.dir]);
      expect(r.code).toBe(0);
      const others = r.stdout.slice(r.stdout.indexOf('### Andre verksemder'), r.stdout.indexOf('### Andre personar'));
      expect(others).toContain('**Fastlege og spesialisthelsetenesta**');
      expect(others).not.toContain('Pårørande og verje');
      const people = r.stdout.slice(r.stdout.indexOf('### Andre personar'));
      expect(people.split('\n').slice(0, 4)).toEqual([
        '### Andre personar',
        '',
        '- **Pårørande og verje**: Opplysningar pårørande eller verja gir om pasienten når pasienten ikkje kan gi dei sjølv.',
        '',
      ]);
    } finally {
      copy.cleanup();
    }
  });
});
