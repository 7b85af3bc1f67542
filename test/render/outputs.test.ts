import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, readFileSync } from 'node:fs';
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
    [['-f', 'json', '-o', ''], '-o needs a file name (or - for stdout); it was given an empty one'],
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

  it('works the same for report: one run writes several formats, each as a run of its own would', () => {
    const tmp = tempDir();
    try {
      const BASIC = 'test/fixtures/report/basic';
      const xlsx = join(tmp.dir, 'protokoll.xlsx');
      const html = join(tmp.dir, 'protokoll.html');
      const args = ['report', BASIC, '--date', '2025-06-01'];
      const r = ropa([...args, '-f', 'xlsx', '-o', xlsx, '-f', 'html', '-o', html, '-f', 'md']);
      // The official record leaves out BASIC's activity in review, and says so once for the run.
      expect(r.stderr).toBe('ropa: 1 processing activity that is not approved is left out of the official record; --internal includes them all\n');
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(ropa(args).stdout);
      expect(readFileSync(html, 'utf8')).toBe(ropa([...args, '-f', 'html']).stdout);
      const alone = join(tmp.dir, 'alone.xlsx');
      expect(ropa([...args, '-f', 'xlsx', '-o', alone]).code).toBe(0);
      expect(readFileSync(xlsx).equals(readFileSync(alone))).toBe(true);
      // --columns belongs to the tabular formats: asked with json too, it is refused before anything is written.
      const columns = ropa([...args, '--columns', 'name', '-f', 'md', '-o', join(tmp.dir, 'c.md'), '-f', 'json']);
      expect(columns.code).toBe(2);
      expect(columns.stderr).toContain('not json');
      expect(existsSync(join(tmp.dir, 'c.md'))).toBe(false);
    } finally {
      tmp.cleanup();
    }
  });

  it('works the same for notice, and writes nothing when one format cannot be rendered', () => {
    const tmp = tempDir();
    try {
      const COMPLETE = 'test/fixtures/notice/complete';
      const html = join(tmp.dir, 'notice.html');
      const md = join(tmp.dir, 'notice.md');
      const r = ropa(['notice', COMPLETE, '-f', 'html', '-o', html, '-f', 'md']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(ropa(['notice', COMPLETE]).stdout);
      expect(readFileSync(html, 'utf8')).toBe(ropa(['notice', COMPLETE, '-f', 'html']).stdout);
      // A folder whose html layout renders and whose md layout does not.
      const layouts = join(tmp.dir, 'layouts');
      cpSync('test/fixtures/notice/templates/html-only', layouts, { recursive: true });
      cpSync('test/fixtures/notice/templates/broken-field', layouts, { recursive: true });
      const broken = ropa(['notice', COMPLETE, '--template', layouts, '-f', 'html', '-o', html + '.2', '-f', 'md', '-o', md]);
      expect(broken.code).toBe(1);
      expect(broken.stderr).toContain('notice.md.hbs, line 3, column 3: "tittel" not defined');
      expect(existsSync(html + '.2')).toBe(false);
      expect(existsSync(md)).toBe(false);
    } finally {
      tmp.cleanup();
    }
  });

  it.each([
    ['list', []],
    ['show', ['payroll']],
  ])('works the same for %s', (command, before) => {
    const tmp = tempDir();
    try {
      const args = [command, ...before, 'test/fixtures/e2e/after'];
      const json = join(tmp.dir, 'out.json');
      const r = ropa([...args, '-f', 'json', '-o', json, '-f', command === 'list' ? 'table' : 'text', '-o', '-']);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(ropa(args).stdout);
      expect(readFileSync(json, 'utf8')).toBe(ropa([...args, '-f', 'json']).stdout);
      expect(ropa([...args, '-f', 'json', '-f', 'json']).stderr).toContain('two reports would go to stdout (the second is json)');
      expect(ropa([...args, '-f', 'yaml']).stderr).toContain(`--format must be one of ${command === 'list' ? 'table' : 'text'}, json, not "yaml"`);
    } finally {
      tmp.cleanup();
    }
  });
});
