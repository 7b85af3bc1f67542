import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { initFiles } from '../../src/authoring/init-files.js';
import { formatYaml } from '../../src/authoring/format.js';
import { t, type Lang } from '../../src/i18n/index.js';
import { parseYaml } from '../../src/parse/yaml.js';
import { validateRegistry } from '../../src/validate/index.js';
import { ROOT, ropa, tempDir } from '../helpers/cli.js';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) return yamlFiles(p);
      return name.endsWith('.yaml') ? [p] : [];
    });
}

/** Every mapping whose keys are all language codes. */
function localTexts(v: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
  if (Array.isArray(v)) v.forEach((x) => localTexts(x, out));
  else if (v && typeof v === 'object') {
    const keys = Object.keys(v);
    if (keys.length > 0 && keys.every((k) => ['nb', 'nn', 'en'].includes(k))) out.push(v as Record<string, unknown>);
    else Object.values(v).forEach((x) => localTexts(x, out));
  }
  return out;
}

const kindOf = (p: string): 'activity' | 'catalogue' | 'organisation' =>
  p.includes('/activities/') ? 'activity' : p.includes('/catalogues/') ? 'catalogue' : 'organisation';

describe('ropa init', () => {
  it.each([['nb'], ['nn'], ['en'], ['nb', 'en'], ['en', 'nb'], ['nb', 'nn', 'en']] as Lang[][])(
    'creates a valid, formatted registry in %s with comments in the first language',
    (...languages) => {
      const { dir, cleanup } = tempDir();
      try {
        const root = join(dir, 'registry');
        for (const f of initFiles(root, languages)) {
          mkdirSync(dirname(join(root, f.path)), { recursive: true });
          writeFileSync(join(root, f.path), f.text);
        }
        expect(validateRegistry(root).findings).toEqual([]);
        const org = parseYaml(readFileSync(join(root, 'organisation.yaml'), 'utf8')).data as { languages: string[] };
        expect(org.languages).toEqual(languages);
        for (const file of yamlFiles(root)) {
          const text = readFileSync(file, 'utf8');
          const formatted = formatYaml(text, kindOf(file));
          expect(formatted.ok && formatted.text, file).toBe(text);
          for (const lt of localTexts(parseYaml(text).data)) expect(Object.keys(lt).sort(), file).toEqual([...languages].sort());
          // The modeline points at a schema that is there.
          const m = /^# yaml-language-server: \$schema=(\S+)$/m.exec(text);
          expect(m, file).not.toBeNull();
          expect(existsSync(resolve(dirname(file), m![1]!)), file).toBe(true);
        }
        const activity = readFileSync(join(root, 'activities/payroll.yaml'), 'utf8');
        expect(activity).toContain(`# ${t(languages[0]!, 'authoring.init.activity.basis-contract')}`);
      } finally {
        cleanup();
      }
    },
  );

  it('from the command line: a registry `ropa validate` accepts, that `ropa fmt --check` leaves alone', () => {
    const { dir, cleanup } = tempDir();
    try {
      const root = join(dir, 'my registry');
      const r = ropa(['init', root, '--lang', 'nb,en'], { env: { ROPA_LANG: undefined } });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Opprettet en protokoll');
      expect(readdirSync(root).sort()).toEqual(['activities', 'catalogues', 'organisation.yaml', 'schemas']);
      expect(readdirSync(join(root, 'schemas')).sort()).toEqual([
        'activity.schema.json',
        'catalogue.schema.json',
        'common.schema.json',
        'organisation.schema.json',
      ]);
      expect(readFileSync(join(root, 'schemas/activity.schema.json'), 'utf8')).toBe(readFileSync(join(ROOT, 'schemas/activity.schema.json'), 'utf8'));
      expect(readFileSync(join(root, 'organisation.yaml'), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=./schemas/organisation.schema.json');
      expect(readFileSync(join(root, 'activities/payroll.yaml'), 'utf8').split('\n')[0]).toBe(
        '# yaml-language-server: $schema=../schemas/activity.schema.json',
      );
      expect(ropa(['validate', root])).toMatchObject({ code: 0 });
      expect(ropa(['fmt', '--check', root])).toMatchObject({ code: 0, stdout: '' });
    } finally {
      cleanup();
    }
  });

  it('refuses a folder that is not empty, and writes nothing there', () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(join(dir, 'notes.txt'), 'mine');
      const r = ropa(['init', dir]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/is not empty/);
      expect(readdirSync(dir)).toEqual(['notes.txt']);
      const file = join(dir, 'notes.txt');
      expect(ropa(['init', file]).code).toBe(2);
    } finally {
      cleanup();
    }
  });

  it('refuses unknown or repeated languages', () => {
    const { dir, cleanup } = tempDir();
    try {
      expect(ropa(['init', join(dir, 'a'), '--lang', 'nb,de']).code).toBe(2);
      expect(ropa(['init', join(dir, 'b'), '--lang', 'nb,nb']).code).toBe(2);
      expect(existsSync(join(dir, 'a'))).toBe(false);
    } finally {
      cleanup();
    }
  });
});
