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
});
