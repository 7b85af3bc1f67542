import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE, FIXTURES, ropa, tempDir } from '../helpers/cli.js';

const fixture = (name: string): string => join(FIXTURES, 'validate', name);

describe('ropa validate (CLI)', () => {
  it('passes the example registry with exit 0, by default from ./registry', () => {
    const r = ropa(['validate']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('The registry is valid.');
  });

  it('reports problems with file:line:column, a code frame, and exits 1', () => {
    const r = ropa(['validate', fixture('schema-errors')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('test/fixtures/validate/schema-errors/activities/payroll.yaml');
    expect(r.stdout).toMatch(/3:9\s+error\s+"actve" is not allowed here\. Did you mean "active"\?/);
    expect(r.stdout).toContain('> 3 | status: actve');
    expect(r.stdout).toMatch(/\|\s+\^\^\^\^\^/);
    expect(r.stdout).not.toMatch(/\u001b\[/); // NO_COLOR
  });

  it('colours only when asked and not when NO_COLOR is set', () => {
    const coloured = ropa(['validate', fixture('schema-errors')], { env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    expect(coloured.stdout).toMatch(/\u001b\[/);
    const plain = ropa(['validate', fixture('schema-errors')], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(plain.stdout).not.toMatch(/\u001b\[/);
  });

  it('gives json with the documented fields, paths relative to the working directory', () => {
    const r = ropa(['validate', 'schema-errors', '--format', 'json'], { cwd: join(FIXTURES, 'validate') });
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout) as { problems: Record<string, unknown>[]; summary: Record<string, number> };
    expect(j.problems[0]).toEqual({
      file: 'schema-errors/activities/payroll.yaml',
      line: 2,
      column: 1,
      endLine: 2,
      endColumn: 12,
      severity: 'error',
      rule: 'schema',
      message: 'Missing required property "title".',
      pointer: '',
    });
    expect(j.summary).toEqual({ errors: j.problems.length, warnings: 0, infos: 0, files: 1 });
  });

  it('speaks Norwegian with --lang nb', () => {
    const r = ropa(['validate', fixture('unresolved-references'), '--lang', 'nb']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('«employes»');
    expect(r.stdout).toContain('«employees»');
  });

  it('writes the report with -o, atomically, and refuses to write inside the registry', () => {
    const t = tempDir();
    try {
      const out = join(t.dir, 'report.json');
      const r = ropa(['validate', fixture('id-mismatch'), '-f', 'json', '-o', out]);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(JSON.parse(readFileSync(out, 'utf8')).problems[0].rule).toBe('id-mismatch');
      expect(readdirSync(t.dir)).toEqual(['report.json']); // no temp file left behind
      const inside = ropa(['validate', EXAMPLE, '-o', join(EXAMPLE, 'out.txt')]);
      expect(inside.code).toBe(2);
      expect(inside.stderr).toContain('inside the registry');
      expect(existsSync(join(EXAMPLE, 'out.txt'))).toBe(false);
    } finally {
      t.cleanup();
    }
  });

  it('exits 2 on usage errors and unreadable registries, without a stack trace', () => {
    for (const args of [
      ['validate', '/nonexistent/registry'],
      ['validate', '--format', 'xml'],
      ['validate', '--max-warnings', 'many'],
      ['bogus-command'],
      ['validate', '--lang', 'de'],
    ]) {
      const r = ropa(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).not.toMatch(/\n\s+at /);
    }
  });

  it('--max-warnings does not fail a clean registry', () => {
    expect(ropa(['validate', fixture('minimal'), '--max-warnings', '0']).code).toBe(0);
  });

  it('answers --version and --help with exit 0', () => {
    const v = ropa(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toBe((JSON.parse(readFileSync(join(EXAMPLE, '../package.json'), 'utf8')) as { version: string }).version);
    const h = ropa(['--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('validate');
  });
});
