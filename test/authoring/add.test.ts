import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { EXAMPLE, FIXTURES, ropa, scratchCopy, tempDir } from '../helpers/cli.js';
import { ENTRY_KINDS } from '../../src/authoring/catalogue-add.js';
import { entryFields } from '../../src/authoring/entry-fields.js';

const SAMPLE = join(FIXTURES, 'authoring/sample');

/** `after` is `before` with some lines put in at one place: what was there is kept byte for byte. */
function inserted(before: string, after: string): string {
  let head = 0;
  while (head < before.length && before[head] === after[head]) head++;
  head = before.lastIndexOf('\n', head - 1) + 1;
  let tail = 0;
  while (tail < before.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  expect(before.slice(0, head) + after.slice(head, after.length - tail) + before.slice(before.length - tail)).toBe(after);
  expect(before.slice(0, head) + before.slice(before.length - tail)).toBe(before);
  return after.slice(head, after.length - tail);
}

describe('ropa add', () => {
  it('adds a law with its Lovdata id and link at the end of the laws, keeping every comment of the file', () => {
    const { dir, cleanup } = scratchCopy(EXAMPLE);
    try {
      const file = join(dir, 'catalogues/laws.yaml');
      const before = readFileSync(file, 'utf8');
      const r = ropa([
        'add',
        'law',
        'barnehageloven',
        dir,
        '--title',
        'nb:barnehageloven',
        '--title',
        'nn:barnehagelova',
        '--title',
        'en:Kindergarten Act (barnehageloven)',
        '--lovdata-id',
        'LOV-2005-06-17-64',
        '--lang',
        'en',
      ]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Added law barnehageloven to .*catalogues\/laws\.yaml\.\n$/);
      const after = readFileSync(file, 'utf8');
      const added = inserted(before, after);
      expect(added).toBe(
        '  barnehageloven:\n    title:\n      nb: barnehageloven\n      nn: barnehagelova\n      en: Kindergarten Act (barnehageloven)\n    lovdataId: LOV-2005-06-17-64\n    url: https://lovdata.no/lov/2005-06-17-64\n',
      );
      expect(Object.keys(parse(after).laws).at(-1)).toBe('barnehageloven');
      expect(ropa(['validate', dir]).code).toBe(0);
      // Written as ropa fmt writes: fmt has nothing to change.
      expect(ropa(['fmt', '--check', dir, '--lang', 'en']).stdout).not.toContain('laws.yaml');
      expect(readdirSync(join(dir, 'catalogues')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    } finally {
      cleanup();
    }
  });

  it('puts an entry of a catalogue that shares its file with others before the next catalogue', () => {
    const { dir, cleanup } = scratchCopy(SAMPLE);
    try {
      const file = join(dir, 'catalogues/catalogue.yaml');
      const before = readFileSync(file, 'utf8');
      const r = ropa(['add', 'subject', 'pupils', dir, '--name', 'nb:Elever', '--name', 'en:Pupils', '--children', '--vulnerable'], {
        env: { ROPA_LANG: undefined },
      });
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^La til kategori av registrerte pupils i /);
      const added = inserted(before, readFileSync(file, 'utf8'));
      expect(added).toBe('  pupils:\n    name:\n      nb: Elever\n      en: Pupils\n    vulnerable: true\n    children: true\n');
      expect(Object.keys(parse(readFileSync(file, 'utf8')))).toEqual(Object.keys(parse(before)));
      expect(ropa(['validate', dir]).code).toBe(0);
    } finally {
      cleanup();
    }
  });

  it('fills an empty catalogue of a new registry, and starts a new file for a catalogue no file holds', () => {
    const { dir, cleanup } = tempDir();
    try {
      const reg = join(dir, 'registry');
      expect(ropa(['init', reg]).code).toBe(0);
      const processors = join(reg, 'catalogues/processors.yaml');
      const before = readFileSync(processors, 'utf8');
      expect(before).toContain('\nprocessors: {}\n');
      expect(ropa(['add', 'processor', 'payroll-co', reg, '--name', 'Lønn AS', '--country', 'NO', '--agreement', 'DBA 2026-02']).code).toBe(0);
      const after = readFileSync(processors, 'utf8');
      // The comments above the empty catalogue stay; `{}` gives way to the entry.
      expect(after).toBe(before.replace('processors: {}\n', 'processors:\n  payroll-co:\n    name: Lønn AS\n    country: "NO"\n    agreement: DBA 2026-02\n'));

      const r = ropa(['add', 'retention', 'five-years', reg, '--name', 'Fem år', '--period', 'P5Y', '--end-action', 'delete', '--law', 'bokforingsloven § 13']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const created = readFileSync(join(reg, 'catalogues/retention-policies.yaml'), 'utf8');
      expect(created).toBe(
        '# yaml-language-server: $schema=../schemas/catalogue.schema.json\nretentionPolicies:\n  five-years:\n    name: Fem år\n    period: P5Y\n    endAction: delete\n    law:\n      - law: bokforingsloven\n        section: § 13\n',
      );
      expect(ropa(['validate', reg]).code).toBe(0);
    } finally {
      cleanup();
    }
  });

  it.each([
    [['law', 'arbeidsmiljoloven', '--title', 'x'], /arbeidsmiljoloven is already in the catalogue .*catalogue\.yaml/],
    [['source', 'register', '--name', 'Register'], /a new source needs --type/],
    [['source', 'register', '--name', 'Register', '--type', 'register'], /--type must be one of data-subject, public-register/],
    [['subject', 'pupils', '--name', 'Pupils', '--country', 'NO'], /--country does not apply to a subject/],
    [['lawyer', 'x', '--name', 'x'], /kind must be one of law, subject, category/],
    [['law', 'Barnehageloven', '--title', 'x'], /cannot be an id/],
  ])('refuses %j with a usage error and changes nothing', (args, message) => {
    const { dir, cleanup } = scratchCopy(SAMPLE);
    try {
      const [kind, id, ...flags] = args;
      const r = ropa(['add', kind!, id!, dir, ...flags], { env: { ROPA_LANG: 'en' } });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(readFileSync(join(dir, 'catalogues/catalogue.yaml'), 'utf8')).toBe(readFileSync(join(SAMPLE, 'catalogues/catalogue.yaml'), 'utf8'));
    } finally {
      cleanup();
    }
  });

  // Refused before the registry is opened, yet said in the registry's language as the rest of the answer is (session 37).
  it.each([
    [['add', 'lawyer', 'x'], /^ropa: kind må være en av law, subject, category, .*ikke «lawyer»\n$/],
    [['add', 'law', 'Barnehageloven', '--title', 'x'], /^ropa: «Barnehageloven» kan ikke være en id: /],
    [['new', 'Bad_Id'], /^ropa: «Bad_Id» kan ikke være en id: /],
  ])("says %j in the registry's first language, without --lang or ROPA_LANG", (args, message) => {
    const { dir, cleanup } = scratchCopy(SAMPLE);
    try {
      const r = ropa([...args.slice(0, args[0] === 'new' ? 2 : 3), dir, ...args.slice(args[0] === 'new' ? 2 : 3)], { env: { ROPA_LANG: '' } });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      // --lang still wins.
      expect(ropa([...args.slice(0, args[0] === 'new' ? 2 : 3), dir, '--lang', 'nn']).stderr).toMatch(/ikkje|kan ikkje vere/);
    } finally {
      cleanup();
    }
  });

  it('validates before writing: an entry with a wrong value is shown with its line, and the file is not changed', () => {
    const { dir, cleanup } = scratchCopy(SAMPLE);
    try {
      const file = join(dir, 'catalogues/catalogue.yaml');
      const before = readFileSync(file);
      const r = ropa(['add', 'recipient', 'acme', dir, '--name', 'Acme', '--type', 'private', '--country', 'usa', '--lang', 'en']);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/catalogue\.yaml\n\s+\d+:\d+\s+error\s+.*usa.*schema/);
      expect(r.stderr).toMatch(/catalogue\.yaml was not changed: the new entry has the problems above/);
      // Only the entry's own problem: not every activity that uses the file's other entries.
      expect(r.stderr).not.toMatch(/unresolved-reference/);
      expect(readFileSync(file).equals(before)).toBe(true);
    } finally {
      cleanup();
    }
  });

  it("writes to --file only inside the registry's catalogues", () => {
    const { dir, cleanup } = scratchCopy(SAMPLE);
    try {
      const outside = join(dir, 'elsewhere.yaml');
      const r = ropa(['add', 'measure', 'mfa', dir, '--name', 'MFA', '--type', 'technical', '--file', outside], { env: { ROPA_LANG: 'en' } });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/is not a catalogue file of this registry/);
      expect(existsSync(outside)).toBe(false);
      // A catalogue in flow style is not rewritten: that would change how it is written.
      const flow = join(dir, 'catalogues/flow.yaml');
      writeFileSync(flow, 'securityMeasures: {tls: {name: TLS, type: technical}}\n');
      const inFlow = ropa(['add', 'measure', 'mfa', dir, '--name', 'MFA', '--type', 'technical', '--file', flow], { env: { ROPA_LANG: 'en' } });
      expect(inFlow.code).toBe(2);
      expect(inFlow.stderr).toMatch(/flow\.yaml has no securityMeasures mapping ropa can add to/);
      expect(readFileSync(flow, 'utf8')).toBe('securityMeasures: {tls: {name: TLS, type: technical}}\n');
      const own = join(dir, 'catalogues/security.yaml');
      expect(ropa(['add', 'measure', 'mfa', dir, '--name', 'MFA', '--type', 'technical', '--file', own]).code).toBe(0);
      expect(parse(readFileSync(own, 'utf8'))).toEqual({ securityMeasures: { mfa: { name: 'MFA', type: 'technical' } } });
      expect(ropa(['validate', dir]).code).toBe(0);
    } finally {
      cleanup();
    }
  });

  it('writes nothing through a catalogues folder that links out of the registry', () => {
    const { dir, cleanup } = scratchCopy(SAMPLE);
    const outside = tempDir();
    try {
      renameSync(join(dir, 'catalogues'), join(outside.dir, 'catalogues'));
      symlinkSync(join(outside.dir, 'catalogues'), join(dir, 'catalogues'));
      const r = ropa(['add', 'measure', 'mfa', dir, '--name', 'MFA', '--type', 'technical', '--lang', 'en'], { env: { ROPA_LANG: 'en' } });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/security-measures\.yaml was not written: its folder is a link that leads out of the registry/);
      expect(readdirSync(join(outside.dir, 'catalogues'))).toEqual(['catalogue.yaml']);
    } finally {
      cleanup();
      outside.cleanup();
    }
  });

  it('keeps a byte-order mark and CRLF line ends', () => {
    const { dir, cleanup } = scratchCopy(SAMPLE);
    try {
      const file = join(dir, 'catalogues/catalogue.yaml');
      const crlf = '\ufeff' + readFileSync(file, 'utf8').replace(/\n/g, '\r\n');
      writeFileSync(file, crlf);
      expect(ropa(['add', 'system', 'hr', dir, '--name', 'HR', '--location', 'NO,SE']).code).toBe(0);
      const after = readFileSync(file, 'utf8');
      expect(after.startsWith('\ufeff')).toBe(true);
      expect(after.replace(/\r\n/g, '')).not.toContain('\n');
      expect(parse(after.slice(1)).systems.hr).toEqual({ name: 'HR', location: ['NO', 'SE'] });
    } finally {
      cleanup();
    }
  });

  it('says what each option gives, from the schema, for each kind of entry that has the field', () => {
    for (const args of [
      ['add', '--help'],
      ['help', 'add'],
    ]) {
      const help = ropa(args).stdout.replace(/\s+/g, ' ');
      expect(help).toContain("--lovdata-id <value> law: Lovdata's identifier");
      expect(help).toMatch(/--type <value> source: data-subject .*; recipient: internal, .*; measure: technical or organisational/);
      expect(help).toContain('--name <text> law: the same as --title;');
      expect(help).toContain('--special-category <value> category: The Art. 9(1) special category this data belongs to, if any (racial-or-ethnic-origin,');
      expect(help).toContain('--location <codes> system: Countries where it stores data, or EEA / EEA-or-adequate (comma-separated)');
    }
  });

  it('has an option for every field of every catalogue that is not a nested object', () => {
    const { stdout } = ropa(['add', '--help']);
    for (const { catalogue } of Object.values(ENTRY_KINDS)) {
      for (const f of entryFields(catalogue)) expect(stdout, `${catalogue}.${f.key}`).toContain(`--${f.option}`);
    }
  });
});
