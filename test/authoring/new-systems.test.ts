import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { askMissing } from '../../src/authoring/questions.js';
import { ANSWERED, scripted } from '../helpers/scripted-prompter.js';
import { validateRegistry } from '../../src/validate/index.js';
import { FIXTURES, ropa, scratchCopy } from '../helpers/cli.js';
import { newArgs } from '../helpers/new-args.js';

/**
 * `ropa new` names the systems an activity's data lives in (activity.schema.json's systems, ids in the systems catalogue):
 * by --systems, or asked where the catalogue lists any. A registry kept through the commands alone could not
 * (variants-fysio route gap RG05: `ropa add system` existed, `ropa new` had no --systems).
 */
const SAMPLE = join(FIXTURES, 'authoring/sample');
const CANTEEN = { title: 'Kantine', purpose: 'Servere lunsj.', basis: 'A6-1-b', subjects: 'employees', categories: 'contact-details', recipients: 'none' };

describe('--systems', () => {
  it('names the systems; ropa show lists them, and the report and the notice are as before', () => {
    const { dir, cleanup } = scratchCopy(SAMPLE);
    try {
      const r = ropa(newArgs('canteen', dir, CANTEEN, ['--systems', 'websak, mail-system']));
      expect(r.code, r.stderr).toBe(0);
      expect(parse(readFileSync(join(dir, 'activities/canteen.yaml'), 'utf8')).systems).toEqual(['websak', 'mail-system']);
      const show = ropa(['show', 'canteen', dir]).stdout;
      expect(show).toMatch(/Systems\s+websak, mail-system|Systems[\s\S]*websak[\s\S]*mail-system/);
      expect(ropa(['validate', dir]).code).toBe(0);
    } finally {
      cleanup();
    }
  });

  it('a system not in the catalogue is refused by validation with exit 1, writing nothing', () => {
    const { dir, cleanup } = scratchCopy(SAMPLE);
    try {
      const r = ropa(newArgs('canteen', dir, CANTEEN, ['--systems', 'websak,fagsystem']));
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('fagsystem');
      expect(r.stderr).toMatch(/activities\/canteen\.yaml\n\s+\d+:\d+\s+error/);
      expect(ropa(['show', 'canteen', dir]).code).not.toBe(0);
    } finally {
      cleanup();
    }
  });
});

describe('the systems question', () => {
  const given = { ...ANSWERED, bases: ['A6-1-b' as const], automatedDecisions: { used: false }, riskFactors: [], systems: undefined };

  it('is asked where the catalogue lists systems, picked by number or id', async () => {
    const { registry } = validateRegistry(SAMPLE);
    for (const [lang, question] of [
      ['nb', 'Hvilke systemer ligger opplysningene i?'],
      ['nn', 'Kva system ligg opplysningane i?'],
      ['en', 'Which systems does the data live in?'],
    ] as const) {
      const p = scripted(['1, mail-system']);
      const got = await askMissing(p, registry, lang, { id: 'x', ...given });
      expect(p.log).toContain(question);
      expect(got.systems).toEqual(['websak', 'mail-system']);
    }
  });

  it('is not asked where the catalogue lists none', async () => {
    const { dir, cleanup } = scratchCopy(SAMPLE);
    try {
      const path = join(dir, 'catalogues/catalogue.yaml');
      writeFileSync(path, readFileSync(path, 'utf8').replace(/\nsystems:\n(?: {2}.*\n)+/, '\nsystems: {}\n'));
      const { registry } = validateRegistry(dir);
      expect(registry.catalogues.systems.size).toBe(0);
      const p = scripted([]);
      const got = await askMissing(p, registry, 'en', { id: 'x', ...given });
      expect(p.log.some((l) => l.includes('systems'))).toBe(false);
      expect(got.systems).toBeUndefined();
    } finally {
      cleanup();
    }
  });
});
