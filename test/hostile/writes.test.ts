import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../helpers/cli.js';
import { writeFileAtomic } from '../../src/util/write.js';
import { UserError } from '../../src/util/errors.js';
import { hostileRun, scratch, STACK_FRAME } from './run.js';

/** Writes happen whole or not at all, and never inside the registry unless forced. */
const { temp, copy } = scratch();
const registry = (): string => copy(join(FIXTURES, 'validate', 'schema-errors'));
/** Every file under `dir`, relative, sorted. */
function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

describe('-o never writes inside the registry unless forced', () => {
  it.each([
    ['a file at the root', (r: string) => join(r, 'report.json')],
    ['a file in a folder of it', (r: string) => join(r, 'activities', 'report.yaml')],
    ['a path that leaves and comes back', (r: string) => join(r, 'activities', '..', '..', r.split('/').pop()!, 'report.json')],
    ['a registry file itself', (r: string) => join(r, 'activities', 'payroll.yaml')],
  ])('%s', (_, target) => {
    const dir = registry();
    const before = tree(dir);
    const payroll = readFileSync(join(dir, 'activities', 'payroll.yaml'), 'utf8');
    const r = hostileRun(['validate', dir, '-f', 'json', '-o', target(dir)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('inside the registry');
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(tree(dir)).toEqual(before);
    expect(readFileSync(join(dir, 'activities', 'payroll.yaml'), 'utf8')).toBe(payroll);
  });

  it('a folder outside that is a symbolic link into the registry', () => {
    const dir = registry();
    const out = temp();
    symlinkSync(join(dir, 'activities'), join(out, 'link'));
    const before = tree(dir);
    const r = hostileRun(['validate', dir, '-o', join(out, 'link', 'report.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('inside the registry');
    expect(tree(dir)).toEqual(before);
  });

  it('a symbolic link outside that points at a registry file is replaced, not written through', () => {
    const dir = registry();
    const out = temp();
    const payroll = join(dir, 'activities', 'payroll.yaml');
    const before = readFileSync(payroll, 'utf8');
    symlinkSync(payroll, join(out, 'report.json'));
    const r = hostileRun(['validate', dir, '-f', 'json', '-o', join(out, 'report.json')]);
    expect(r.code).toBe(1);
    expect(readFileSync(payroll, 'utf8')).toBe(before);
    expect(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')).summary.errors).toBeGreaterThan(0);
  });

  it('--force writes there', () => {
    const dir = registry();
    const r = hostileRun(['validate', dir, '-f', 'json', '-o', join(dir, 'report.json'), '--force']);
    expect(r.code).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).summary.errors).toBeGreaterThan(0);
  });
});

describe('a failed run leaves no partial file and no temporary file', () => {
  it('an unreadable registry keeps the old report as it was', () => {
    const out = temp();
    writeFileSync(join(out, 'report.json'), 'the old report\n');
    const r = hostileRun(['validate', join(out, 'no-registry-here'), '-f', 'json', '-o', join(out, 'report.json')]);
    expect(r.code).toBe(2);
    expect(readFileSync(join(out, 'report.json'), 'utf8')).toBe('the old report\n');
    expect(tree(out)).toEqual(['report.json']);
  });

  it('a usage error writes nothing', () => {
    const out = temp();
    const r = hostileRun(['validate', join(FIXTURES, 'validate', 'minimal'), '-f', 'xml', '-o', join(out, 'report.xml')]);
    expect(r.code).toBe(2);
    expect(tree(out)).toEqual([]);
  });

  it('a report that cannot be put in place (a folder is in the way) is a message, and nothing is left behind', () => {
    const out = temp();
    mkdirSync(join(out, 'report.json'));
    writeFileSync(join(out, 'report.json', 'keep'), 'x');
    const r = hostileRun(['validate', join(FIXTURES, 'validate', 'minimal'), '-f', 'json', '-o', join(out, 'report.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nothing was written');
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(tree(out)).toEqual(['report.json', 'report.json/keep']);
  });

  it('a folder that does not exist is a message', () => {
    const out = temp();
    const r = hostileRun(['validate', join(FIXTURES, 'validate', 'minimal'), '-o', join(out, 'missing', 'report.txt')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nothing was written');
    expect(tree(out)).toEqual([]);
  });

  it('writeFileAtomic: a failed rename removes its temporary file and says so as a UserError', () => {
    const out = temp();
    mkdirSync(join(out, 'target'));
    writeFileSync(join(out, 'target', 'inside'), 'x');
    expect(() => writeFileAtomic(join(out, 'target'), 'data')).toThrow(UserError);
    expect(tree(out)).toEqual(['target', 'target/inside']);
  });

  it('writeFileAtomic: replaces a file whole', () => {
    const out = temp();
    writeFileSync(join(out, 'f'), 'old content that is longer than the new one\n');
    writeFileAtomic(join(out, 'f'), 'new\n');
    expect(readFileSync(join(out, 'f'), 'utf8')).toBe('new\n');
    expect(tree(out)).toEqual(['f']);
    expect(existsSync(join(out, 'f'))).toBe(true);
  });
});
