import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { askMissing } from '../../src/authoring/questions.js';
import { ANSWERED, scripted } from '../helpers/scripted-prompter.js';
import { validateRegistry } from '../../src/validate/index.js';
import { FIXTURES, ropa, scratchCopy } from '../helpers/cli.js';
import { newArgs } from '../helpers/new-args.js';

/**
 * Where the data comes from when the person is not the source (Art. 14(1)(d), (2)(f)). `ropa new` asks the sources; where
 * the answer on how people are told is Art. 14 or a public notice (data obtained elsewhere) while no source but the person
 * or a device is named, it asks again, with a new source added on the spot: the route no longer writes an activity that
 * notice-source flags for a fact the DPO could give. --sources with `ropa add source` is the same route without questions.
 */
const SAMPLE = join(FIXTURES, 'authoring/sample');

describe('the question: where data obtained elsewhere comes from', () => {
  const { registry } = validateRegistry(SAMPLE);
  const rest = {
    ...ANSWERED,
    bases: ['A6-1-b' as const],
    automatedDecisions: { used: false },
    riskFactors: [],
    information: undefined,
    collection: { requirement: 'voluntary' as const },
  };

  it('is asked again after Art. 14 information with only the person as source, and adds a new source on the spot', async () => {
    const p = scripted(['art14', 'fastlegen', 'ja', 'Fastlegen', 'The GP', 'other-controller']);
    const got = await askMissing(p, registry, 'nb', { id: 'x', ...rest, sources: ['data-subject'] });
    expect(p.log.some((l) => l.startsWith('De registrerte informeres som for opplysninger innhentet fra andre (art. 14)'))).toBe(true);
    expect(got.sources).toEqual(['data-subject', 'fastlegen']);
    expect(got.newEntries).toEqual([{ catalogue: 'sources', id: 'fastlegen', entry: { name: { nb: 'Fastlegen', en: 'The GP' }, type: 'other-controller' } }]);
  });

  it('is asked for a public notice with no source at all (nynorsk), and may be left empty (English)', async () => {
    const nn = scripted(['public-notice', '']);
    await askMissing(nn, registry, 'nn', { id: 'x', ...rest, sources: [] });
    expect(nn.log.some((l) => l.startsWith('Dei registrerte blir informerte som for opplysningar henta inn frå andre (art. 14)'))).toBe(true);
    const en = scripted(['art14', '']);
    const got = await askMissing(en, registry, 'en', { id: 'x', ...rest, sources: ['browser'] });
    expect(en.log.some((l) => l.startsWith('People are told as for data obtained elsewhere (Art. 14)'))).toBe(true);
    expect(got.sources).toEqual(['browser']);
  });

  it('is not asked for Art. 13 information, nor where a source other than the person is named', async () => {
    const copy = scratchCopy(SAMPLE);
    try {
      expect(ropa(['add', 'source', 'folkeregisteret', copy.dir, '--name', 'Folkeregisteret', '--type', 'public-register']).code).toBe(0);
      const { registry: reg } = validateRegistry(copy.dir);
      for (const [method, sources] of [
        ['art13', ['data-subject']],
        ['art14', ['data-subject', 'folkeregisteret']],
      ] as const) {
        const p = scripted([method]);
        const got = await askMissing(p, reg, 'en', { id: 'x', ...rest, sources: [...sources] });
        expect(p.log.some((l) => l.startsWith('People are told as for data obtained elsewhere'))).toBe(false);
        expect(got.sources).toEqual(sources);
      }
    } finally {
      copy.cleanup();
    }
  });
});

describe('ropa new --sources for data obtained elsewhere', () => {
  it('only the person as source under Art. 14 is reported; the source added with `ropa add source` and named closes it', () => {
    const reg = scratchCopy(SAMPLE);
    try {
      const args = (id: string, sources: string): string[] =>
        newArgs(
          id,
          reg.dir,
          {
            title: 'Hjelpemidler',
            purpose: 'Søke om hjelpemidler',
            basis: 'A6-1-b',
            subjects: 'employees',
            categories: 'contact-details',
            information: 'art14',
            sources,
          },
          ['--lang', 'en'],
        );
      const notice = (id: string): string[] =>
        (
          JSON.parse(ropa(['gaps', reg.dir, '--activity', id, '--rule', 'notice-source', '-f', 'json', '--lang', 'en']).stdout) as {
            findings: { pointer: string; severity: string }[];
          }
        ).findings.map((f) => `${f.severity} ${f.pointer}`);
      expect(ropa(args('before', 'data-subject')).code).toBe(0);
      expect(notice('before')).toEqual(['warning /sources']);
      expect(ropa(['add', 'source', 'fastlegen', reg.dir, '--name', 'nb:Fastlegen', '--name', 'en:The GP', '--type', 'other-controller']).code).toBe(0);
      expect(ropa(args('after', 'data-subject,fastlegen')).code).toBe(0);
      expect(notice('after')).toEqual([]);
      expect(ropa(['notice', reg.dir, '--activity', 'after', '--draft', '--lang', 'en']).stdout).toContain('The GP');
    } finally {
      reg.cleanup();
    }
  });
});
