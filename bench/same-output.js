#!/usr/bin/env node
// Every output of a build, written down to be compared with another build's: for a change that must not change what ropa
// prints (a cache, a shared reading, a cheaper loop; docs/performance.md). Runs the built CLI (`run` in dist/cli.js) in
// this one process, over the example registry and every corpus registry (the bodies', the variant sets' bases, the planted
// ones), each command below on each, and writes one file per output, stdout then stderr and the exit code, into OUT; then
// `diff -r OUT_A OUT_B` (or `--compare OUT_A OUT_B`, which names the outputs that differ). The registries are read in
// one order in one process, so what a reader remembered from one registry is there for the next, as in the test suite.
// The large generated registries are better run as processes (bin/ropa.js), one command each.
//
//   node bench/same-output.js OUT [BUILD] [--commands 'gaps -f json;gaps;notice --draft'] [--registries DIR,DIR]
//   node bench/same-output.js --compare OUT_A OUT_B
//
// BUILD is a worktree with dist/ built (default: this one). Run from the same folder for both builds: the outputs hold paths
// relative to it.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { optionReader } from './options.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = optionReader(argv);

if (argv[0] === '--compare') {
  const [a, b] = argv.slice(1).map((p) => resolve(p));
  const names = [...new Set([...readdirSync(a), ...readdirSync(b)])].sort();
  let differ = 0;
  for (const name of names) {
    const [x, y] = [a, b].map((dir) => (existsSync(join(dir, name)) ? readFileSync(join(dir, name)) : undefined));
    if (x !== undefined && y !== undefined && x.equals(y)) continue;
    differ++;
    console.log(`differs: ${name}${x === undefined ? ' (only in the second)' : y === undefined ? ' (only in the first)' : ''}`);
  }
  console.log(`${names.length} outputs, ${differ} differ`);
  process.exit(differ === 0 ? 0 : 1);
}

const commands = opt('--commands', 'gaps -f json --today 2025-06-01;gaps --today 2025-06-01;notice --draft --lang nb')
  .split(';')
  .map((c) => c.trim().split(/\s+/));
const listed = opt('--registries', undefined);
const [out, build = ROOT] = argv;
if (!out) throw new Error('usage: node bench/same-output.js OUT [BUILD]');
mkdirSync(out, { recursive: true });

/** The example, then every corpus registry (bodies, variant bases, planted), in a fixed order. */
function registries() {
  if (listed) return listed.split(',').map((p) => resolve(p));
  const corpus = join(ROOT, 'test/fixtures/corpus');
  const found = [join(ROOT, 'registry')];
  for (const body of readdirSync(join(corpus, 'bodies')).sort()) {
    const dir = join(corpus, 'bodies', body, 'registry');
    if (existsSync(dir)) found.push(dir);
  }
  for (const set of readdirSync(corpus).sort()) {
    for (const sub of ['base', 'registry']) {
      const dir = join(corpus, set, sub);
      if (set !== 'bodies' && existsSync(join(dir, 'organisation.yaml'))) found.push(dir);
    }
  }
  return found;
}

const { run } = await import(pathToFileURL(join(build, 'dist/cli.js')).href);
const sink = () => {
  const chunks = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
};
const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', ROPA_LANG: 'en', ROPA_JOBS: '1' };
let n = 0;
for (const dir of registries()) {
  const name = dir.replace(ROOT, '').replace(/^\/+/, '').replace(/[/\\]/g, '_') || 'root';
  for (const command of commands) {
    const stdout = sink();
    const stderr = sink();
    const ctx = { cwd: process.cwd(), env, stdout: stdout.stream, stderr: stderr.stream, verbose: false };
    const code = await run(['node', 'ropa', ...command, dir], ctx);
    writeFileSync(join(out, `${name}__${command.join('_')}`), `${stdout.text()}\n--- stderr\n${stderr.text()}\n--- exit ${code}\n`);
    n++;
  }
}
console.log(`${n} outputs in ${out}`);
