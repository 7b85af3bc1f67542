#!/usr/bin/env node
// An A/B of ropa builds or node/V8 flags on one registry: every variant runs each command once per round, the rounds
// interleaved, so that a busy minute falls on every variant alike. CPU time (user + system, all threads), peak memory and
// minor page faults from /usr/bin/time; the load average beside every run; per round, each command's ratio to `validate`
// of the same variant. No verdict: it is for reading what a flag or a change does before the bench (docs/performance.md).
//
//   node bench/ab.js [--rounds 3] [--registry /tmp/r10k] [--commands validate,gaps,'notice --draft'] VARIANT...
//   VARIANT: label=FLAGS (node flags before bin/ropa.js, space-separated, may be empty) or label@BUILD=FLAGS (another
//   worktree's build). Example: node bench/ab.js --registry /tmp/r10k base= semi32=--max-semi-space-size=32 main@/work/main=
//
// Flags set this way are the process's from its start. A flag ropa sets at run time (src/commands/shared.ts) is set again
// over it when ropa gets there: compare builds for those.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { optionReader } from './options.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TIME = '/usr/bin/time';
const argv = process.argv.slice(2);
const opt = optionReader(argv);
const rounds = Number(opt('--rounds', '3'));
const registry = opt('--registry', '/tmp/r10k');
const commands = opt('--commands', 'validate,gaps').split(',');
if (!existsSync(TIME)) throw new Error(`${TIME} is needed (CPU of all threads, peak, page faults)`);
if (!existsSync(registry)) throw new Error(`no registry at ${registry}: node bench/generate.js 10000 ${registry}`);
const variants = argv.map((a) => {
  const m = /^([^=@]+)(?:@([^=]+))?=(.*)$/s.exec(a);
  if (!m) throw new Error(`a variant is label=FLAGS or label@BUILD=FLAGS, not ${a}`);
  return { label: m[1], build: m[2] ?? ROOT, flags: m[3].split(/\s+/).filter(Boolean) };
});
if (variants.length === 0) variants.push({ label: 'base', build: ROOT, flags: [] });

/** One run: CPU ms (user + system), peak MiB, minor faults. */
function measure(v, command) {
  // A command may carry its options («notice --draft»: a record with errors gets no notice without it).
  const [name, ...options] = command.split(/\s+/);
  const r = spawnSync(TIME, ['-f', '%U %S %M %R', process.execPath, ...v.flags, join(v.build, 'bin/ropa.js'), name, ...options, registry], {
    cwd: v.build,
    // A command's own messages on stderr can pass the default 1 MiB (2,000 errors at 10,000 activities): the run would be
    // cut off and its time line lost.
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', ROPA_JOBS: process.env.ROPA_JOBS ?? '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const [user, system, kib, faults] = r.stderr.trim().split('\n').pop().trim().split(/\s+/).map(Number);
  return { cpu: (user + system) * 1000, peak: kib / 1024, faults };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const runs = new Map(); // `${label} ${command}` → results
const ratios = new Map(); // `${label} ${command}` → per-round ratio to validate
console.log(
  `registry ${registry}, ${rounds} rounds, ROPA_JOBS=${process.env.ROPA_JOBS ?? '1'}, ${cpus().length} cores, load ${loadavg()[0].toFixed(1)} at the start`,
);
for (let round = 1; round <= rounds; round++) {
  for (const v of variants) {
    const seen = {};
    for (const command of commands) {
      const load = loadavg()[0];
      const m = measure(v, command);
      seen[command] = m.cpu;
      const key = `${v.label} ${command}`;
      runs.set(key, [...(runs.get(key) ?? []), m]);
      let ratio = '';
      if (command !== 'validate' && seen.validate) {
        ratios.set(key, [...(ratios.get(key) ?? []), m.cpu / seen.validate]);
        ratio = ` ${(m.cpu / seen.validate).toFixed(2)}× validate`;
      }
      console.log(`round ${round} ${key}: ${m.cpu.toFixed(0)} ms CPU, ${m.peak.toFixed(0)} MiB, ${m.faults} faults${ratio} (load ${load.toFixed(1)})`);
    }
  }
}
console.log(`medians (load ${loadavg()[0].toFixed(1)} at the end):`);
for (const [key, list] of runs) {
  const r = ratios.get(key);
  console.log(
    `${key}: ${median(list.map((m) => m.cpu)).toFixed(0)} ms CPU (${Math.min(...list.map((m) => m.cpu)).toFixed(0)}–${Math.max(...list.map((m) => m.cpu)).toFixed(0)}), ` +
      `peak ${Math.max(...list.map((m) => m.peak)).toFixed(0)} MiB, ${median(list.map((m) => m.faults))} faults` +
      (r ? `, ${median(r).toFixed(2)}× validate (rounds ${r.map((x) => x.toFixed(2)).join(', ')})` : ''),
  );
}
