import { describe, expect, it } from 'vitest';
import { closeSync, existsSync, lstatSync, openSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, ropaProcess } from '../helpers/cli.js';
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
    // Seen before any work is done: -o names a folder.
    expect(r.stderr).toContain('is a folder, not a file');
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

/** A private device node (a copy of /dev/null made with mknod, never the machine's own), or undefined where mknod is not allowed. */
function privateNull(dir: string): string | undefined {
  const path = join(dir, 'null');
  return spawnSync('mknod', [path, 'c', '1', '3']).status === 0 ? path : undefined;
}
const canMknod = ((): boolean => {
  const t = mkdtempSync(join(tmpdir(), 'ropa-mknod-'));
  try {
    return privateNull(t) !== undefined;
  } finally {
    rmSync(t, { recursive: true, force: true });
  }
})();

describe('-o onto something that is not a regular file writes into it, and never replaces it', () => {
  const minimal = join(FIXTURES, 'validate', 'minimal');

  it.skipIf(!canMknod)('a device, and a symbolic link to one', () => {
    const out = temp();
    const dev = privateNull(out)!;
    symlinkSync(dev, join(out, 'link'));
    for (const target of [dev, join(out, 'link')]) {
      const r = hostileRun(['validate', minimal, '-f', 'json', '-o', target]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(lstatSync(dev).isCharacterDevice()).toBe(true);
      expect(lstatSync(join(out, 'link')).isSymbolicLink()).toBe(true);
      expect(tree(out)).toEqual(['link', 'null']);
    }
  });

  it('a FIFO: the reader gets the report, and the FIFO stays', async () => {
    const out = temp();
    const fifo = join(out, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const sink = openSync(join(out, 'read.json'), 'w');
    const reader = spawn('cat', [fifo], { stdio: ['ignore', sink, 'ignore'] });
    const done = new Promise((ok) => reader.on('exit', ok));
    const r = hostileRun(['validate', minimal, '-f', 'json', '-o', fifo]);
    // Had the FIFO been replaced, the reader would wait for a writer for ever.
    const stop = setTimeout(() => reader.kill(), 10_000);
    await done;
    clearTimeout(stop);
    closeSync(sink);
    expect(r.code).toBe(0);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(JSON.parse(readFileSync(join(out, 'read.json'), 'utf8')).summary.errors).toBe(0);
    expect(tree(out)).toEqual(['pipe', 'read.json']);
  });

  it('a link to this process’s standard output (what /dev/stdout is)', () => {
    const out = temp();
    symlinkSync('/proc/self/fd/1', join(out, 'stdout'));
    // A process of its own: in-process, fd 1 would be the test runner's.
    const r = ropaProcess(['validate', minimal, '-f', 'json', '-o', join(out, 'stdout')]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).summary.errors).toBe(0);
    expect(lstatSync(join(out, 'stdout')).isSymbolicLink()).toBe(true);
  });
});

describe('temporary files a killed run left behind are removed by the next', () => {
  /** A process id that was in use and is no longer. */
  const deadPid = (): number => {
    const p = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    return Number(p.stdout);
  };

  it('beside an -o file, and in activities/ after fmt; a live run’s file and other files stay', () => {
    const out = temp();
    const stale = `.report.json.${deadPid()}.0badc0de.tmp`;
    const live = `.report.json.${process.pid === 1 ? 2 : 1}.0badc0de.tmp`; // pid 1 is always alive (init)
    for (const name of [stale, live, '.notes.txt', 'report.json.1.0badc0de.tmp']) writeFileSync(join(out, name), 'x');
    const r = hostileRun(['validate', join(FIXTURES, 'validate', 'minimal'), '-f', 'json', '-o', join(out, 'report.json')]);
    expect(r.code).toBe(0);
    expect(tree(out)).toEqual(['.notes.txt', live, 'report.json', 'report.json.1.0badc0de.tmp'].sort());

    const dir = copy(join(FIXTURES, 'validate', 'minimal'));
    const killed = `.payroll.yaml.${deadPid()}.12345678.tmp`;
    writeFileSync(join(dir, 'activities', killed), 'id: half-writ');
    const payroll = join(dir, 'activities', 'payroll.yaml');
    // Out of canonical order, so that fmt writes the file (through a temporary file beside it).
    writeFileSync(payroll, readFileSync(payroll, 'utf8').replace('status: active\n', '').replace('id: payroll\n', 'status: active\nid: payroll\n'));
    const f = hostileRun(['fmt', dir]);
    expect(f.stdout).toContain('payroll.yaml');
    expect(f.code).toBe(0);
    expect(readdirSync(join(dir, 'activities'))).toEqual(['payroll.yaml']);
  });

  it('a batch of writes sweeps each folder once, so writing n files costs n, not n²', () => {
    const out = temp();
    const first = `.a.${deadPid()}.0badc0de.tmp`;
    writeFileSync(join(out, first), 'x');
    const swept = new Set<string>();
    writeFileAtomic(join(out, 'a'), 'a', { swept });
    expect(readdirSync(out)).toEqual(['a']);
    // Left by a run that died after this batch swept the folder: the next batch, or a single write, removes it.
    const later = `.b.${deadPid()}.0badc0de.tmp`;
    writeFileSync(join(out, later), 'x');
    writeFileAtomic(join(out, 'b'), 'b', { swept });
    expect(readdirSync(out).sort()).toEqual([later, 'a', 'b'].sort());
    writeFileAtomic(join(out, 'c'), 'c');
    expect(readdirSync(out).sort()).toEqual(['a', 'b', 'c']);
  });
});
