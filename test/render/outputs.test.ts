import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, ropa, tempDir } from '../helpers/cli.js';

const MINIMAL = 'test/fixtures/validate/minimal';

describe('several --format/-o pairs in one run', () => {
  it('writes each format to the output at the same place, and a format without one to stdout', () => {
    const tmp = tempDir();
    try {
      const sarif = join(tmp.dir, 'validate.sarif');
      const xml = join(tmp.dir, 'validate.xml');
      const r = ropa(['validate', MINIMAL, '-f', 'sarif', '-o', sarif, '-f', 'junit', '-o', xml, '-f', 'github']);
      expect(r).toMatchObject({ code: 0, stdout: '✔ The registry is valid.\n', stderr: '' });
      expect(JSON.parse(readFileSync(sarif, 'utf8'))).toMatchObject({ version: '2.1.0' });
      expect(readFileSync(xml, 'utf8')).toMatch(/^<\?xml /);
    } finally {
      tmp.cleanup();
    }
  });

  it.each([
    [['-f', 'github', '-f', 'json'], 'two reports would go to stdout (the second is json)'],
    [['-f', 'json', '-o', '-', '-o', 'x.json'], '-o x.json has no --format to go with it'],
    [['-f', 'json', '-o', 'x.json', '-f', 'sarif', '-o', 'x.json'], '-o x.json is given twice'],
    [['-f', 'xml'], '--format must be one of stylish, json, github, sarif, junit, not "xml"'],
  ])('refuses %j as a usage error before writing anything', (args, message) => {
    const tmp = tempDir();
    try {
      const r = ropa(['validate', join(ROOT, MINIMAL), ...args], { cwd: tmp.dir });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(message);
      expect(existsSync(join(tmp.dir, 'x.json'))).toBe(false);
    } finally {
      tmp.cleanup();
    }
  });

  it('still refuses to write a report inside the registry', () => {
    const r = ropa(['validate', MINIMAL, '-f', 'github', '-f', 'sarif', '-o', '-', '-o', `${MINIMAL}/out.sarif`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('inside the registry');
    expect(existsSync(`${MINIMAL}/out.sarif`)).toBe(false);
  });

  it('works the same for ropa gaps, with its own formats and the three CI formats', () => {
    const tmp = tempDir();
    try {
      const sarif = join(tmp.dir, 'gaps.sarif');
      const xml = join(tmp.dir, 'gaps.xml');
      const md = join(tmp.dir, 'gaps.md');
      const args = ['gaps', 'test/fixtures/e2e/after', '--today', '2026-01-01', '--rule', 'special-category-condition'];
      const r = ropa([...args, '-f', 'github', '-o', '-', '-f', 'sarif', '-o', sarif, '-f', 'junit', '-o', xml, '-f', 'markdown', '-o', md]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(
        /^::error file=test\/fixtures\/e2e\/after\/activities\/payroll\.yaml,line=12,col=35,endLine=12,endColumn=46,title=special-category-condition::/,
      );
      const log = JSON.parse(readFileSync(sarif, 'utf8')) as { runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string }[] }[] };
      expect(log.runs[0]!.results.map((x) => x.ruleId)).toEqual(['special-category-condition']);
      expect(log.runs[0]!.tool.driver.rules.map((x) => x.id)).toContain('special-category-condition');
      expect(readFileSync(xml, 'utf8')).toContain('<testsuites name="ropa gaps" tests="3" failures="1" errors="0">');
      expect(readFileSync(md, 'utf8')).toContain('special-category-condition');
      expect(ropa([...args, '-f', 'github', '--fail-on', 'error']).code).toBe(1);
      const clean = ropa(['gaps', 'test/fixtures/e2e/before', '--today', '2026-01-01', '--rule', 'special-category-condition', '-f', 'github']);
      expect(clean).toMatchObject({ code: 0, stdout: '✔ No open gaps.\n' });
    } finally {
      tmp.cleanup();
    }
  });
});
