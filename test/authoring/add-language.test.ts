import { describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { FIXTURES, ropa, scratchCopy, tempDir } from '../helpers/cli.js';

/** A two-language registry whose texts are written every way YAML allows, with comments around them. */
const ORGANISATION = `# The agency.
name: Fjordkommune # one text for both languages
publicAuthority: true
address:
  lines: [Rådhusgata 1]
  postalCode: "6800"
  city: Førde
languages:
  - nb
  - en
noticeGroups:
  services:
    title:
      nb: Tjenester
      en: Services
`;

const ACTIVITY = `id: school-transport
# The title was never translated.
title: Skoleskyss
description: |
  Kommunen planlegger skoleskyss
  for elever som har rett til det.
status: active
purposes:
  - id: transport
    description: "Planlegge skyss: ruter og tider"
    legalBasis:
      - gdpr: A6-1-e
        law: [{law: opplaeringslova, section: § 7-1}]
dataSubjects: [pupils]
dataCategories: [address]
recipients: none
`;

const CATALOGUE = `laws:
  opplaeringslova:
    title: {nb: opplæringslova, en: Education Act}
dataSubjects:
  pupils:
    name: Elever
dataCategories:
  address:
    name:
      nb: Adresse
    # English to come.
`;

function registry(dir: string): void {
  mkdirSync(join(dir, 'activities'));
  mkdirSync(join(dir, 'catalogues'));
  writeFileSync(join(dir, 'organisation.yaml'), ORGANISATION);
  writeFileSync(join(dir, 'activities/school-transport.yaml'), ACTIVITY);
  writeFileSync(join(dir, 'catalogues/catalogue.yaml'), CATALOGUE);
}

const files = (dir: string): Buffer[] =>
  ['organisation.yaml', 'activities/school-transport.yaml', 'catalogues/catalogue.yaml'].map((f) => readFileSync(join(dir, f)));

describe('ropa fmt --add-language', () => {
  it('turns every text into one text per language, with empty placeholders, keeping every comment', () => {
    const { dir, cleanup } = tempDir();
    try {
      registry(dir);
      const check = ropa(['fmt', '--check', '--add-language', 'nn', dir, '--lang', 'en']);
      expect(check.code).toBe(1);
      expect(check.stderr).toContain('3 of 3 files would be reformatted');
      expect(files(dir).map(String)).toEqual([ORGANISATION, ACTIVITY, CATALOGUE]);

      const r = ropa(['fmt', '--add-language', 'nn', dir, '--lang', 'en']);
      expect(r.stderr).toBe('3 of 3 files reformatted\n');
      expect(r.code).toBe(0);
      expect(readFileSync(join(dir, 'organisation.yaml'), 'utf8')).toBe(
        ORGANISATION.replace('name: Fjordkommune # one text for both languages\n', 'name: # one text for both languages\n  nb: Fjordkommune\n  nn:\n  en:\n')
          .replace('  - en\n', '  - en\n  - nn\n')
          .replace('      nb: Tjenester\n', '      nb: Tjenester\n      nn:\n'),
      );
      expect(readFileSync(join(dir, 'activities/school-transport.yaml'), 'utf8')).toBe(`id: school-transport
# The title was never translated.
title:
  nb: Skoleskyss
  nn:
  en:
description:
  nb: |
    Kommunen planlegger skoleskyss
    for elever som har rett til det.
  nn:
  en:
status: active
purposes:
  - id: transport
    description:
      nb: "Planlegge skyss: ruter og tider"
      nn:
      en:
    legalBasis:
      - gdpr: A6-1-e
        law: [{law: opplaeringslova, section: § 7-1}]
dataSubjects: [pupils]
dataCategories: [address]
recipients: none
`);
      const catalogue = parse(readFileSync(join(dir, 'catalogues/catalogue.yaml'), 'utf8'));
      expect(catalogue).toEqual({
        laws: { opplaeringslova: { title: { nb: 'opplæringslova', nn: null, en: 'Education Act' } } },
        dataSubjects: { pupils: { name: { nb: 'Elever', nn: null, en: null } } },
        dataCategories: { address: { name: { nb: 'Adresse', nn: null, en: null } } },
      });
      expect(readFileSync(join(dir, 'catalogues/catalogue.yaml'), 'utf8')).toContain('    # English to come.\n');

      // Idempotent, and what it wrote is formatted.
      const again = ropa(['fmt', '--check', '--add-language', 'nn', dir, '--lang', 'en']);
      expect(again.stdout).toBe('');
      expect(again.code).toBe(0);
      expect(ropa(['fmt', '--check', dir]).code).toBe(0);
    } finally {
      cleanup();
    }
  });

  it('fails closed: until a placeholder is filled, validation names it with its line', () => {
    const { dir, cleanup } = tempDir();
    try {
      registry(dir);
      expect(ropa(['fmt', '--add-language', 'nn', dir]).code).toBe(0);
      const v = ropa(['validate', dir, '-f', 'json', '--lang', 'en']);
      expect(v.code).toBe(1);
      const findings = (JSON.parse(v.stdout) as { problems: { file: string; line: number }[] }).problems;
      const lines = (file: string): number[] => [...new Set(findings.filter((f) => f.file.endsWith(file)).map((f) => f.line))];
      // title, description and the purpose's description: each text, and each of its placeholders, is named.
      const named = lines('school-transport.yaml');
      for (const placeholder of [5, 6, 11, 12, 18, 19]) expect(named).toContain(placeholder);
      for (const line of named) expect([3, 5, 6, 7, 11, 12, 16, 18, 19]).toContain(line);
      // Filled in, the registry is valid again.
      for (const f of ['organisation.yaml', 'activities/school-transport.yaml', 'catalogues/catalogue.yaml']) {
        const path = join(dir, f);
        writeFileSync(
          path,
          readFileSync(path, 'utf8')
            .replace(/^( *)(nn|en):( *#.*)?$/gm, '$1$2: Omsett$3')
            .replace(/(nn|en): null/g, '$1: Omsett'),
        );
      }
      const ok = ropa(['validate', dir]);
      expect(ok.stderr).toBe('');
      expect(ok.code).toBe(0);
    } finally {
      cleanup();
    }
  });

  it('refuses a language ropa does not speak', () => {
    const { dir, cleanup } = tempDir();
    try {
      registry(dir);
      const r = ropa(['fmt', '--add-language', 'se', dir], { env: { ROPA_LANG: 'en' } });
      expect(r.code).toBe(2);
      expect(files(dir).map(String)).toEqual([ORGANISATION, ACTIVITY, CATALOGUE]);
    } finally {
      cleanup();
    }
  });
});

describe('ropa fmt on files, as a pre-commit hook calls it', () => {
  it('checks only the files named, and passes over YAML files that are not registry files', () => {
    const { dir, cleanup } = scratchCopy(join(FIXTURES, 'authoring/fmt/messy'));
    try {
      writeFileSync(join(dir, 'notes.yaml'), 'b: 1\na: 2\n');
      const r = ropa(['fmt', '--check', join(dir, 'activities/payroll.yaml'), join(dir, 'activities/tidy.yaml'), join(dir, 'notes.yaml')], {
        env: { ROPA_LANG: 'en' },
      });
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/^would reformat .*activities\/payroll\.yaml\n$/);
      expect(r.stderr).toContain('1 of 2 files would be reformatted');
      expect(ropa(['fmt', join(dir, 'activities/payroll.yaml')]).code).toBe(0);
      expect(ropa(['fmt', '--check', join(dir, 'activities/payroll.yaml')]).code).toBe(0);
      expect(readdirSync(join(dir, 'activities')).sort()).toEqual(readdirSync(join(FIXTURES, 'authoring/fmt/messy/activities')).sort());
    } finally {
      cleanup();
    }
  });

  it('refuses a file outside any registry', () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(join(dir, 'loose.yaml'), 'a: 1\n');
      const r = ropa(['fmt', '--check', join(dir, 'loose.yaml')], { env: { ROPA_LANG: 'en' } });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/loose\.yaml is not in a registry/);
    } finally {
      cleanup();
    }
  });
});
