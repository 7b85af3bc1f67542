// `npm run bench`: times ropa against ajv-cli and a bare parse on generated registries, and writes
// the results into docs/performance.md (between the bench markers; the prose around them is kept).
//
// Every figure is measured in this run, on this machine, and every comparison is a ratio of two
// figures from this run. Wall time is the median of several runs of a fresh process, after one
// unmeasured run that warms the operating system's file cache; peak memory is the process's
// maximum resident set (all threads), from /usr/bin/time or, without it, from the process itself.
//
// Environment: BENCH_SIZES (default 100,1000,10000), BENCH_RUNS (default 7, 5 at 10,000),
// BENCH_KEEP=1 keeps the generated registries, BENCH_DOC (default docs/performance.md).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem, platform, release } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generate, EXAMPLE } from './generate.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(ROOT, 'bin/ropa.js');
const AJV = join(ROOT, 'node_modules/ajv-cli/dist/index.js');
const SCHEMAS = join(ROOT, 'schemas');
const PARSE_ALL = join(ROOT, 'bench/parse-all.js');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const PEAK_HOOK = pathToFileURL(join(ROOT, 'bench/peak.js')).href;
const DOC = process.env.BENCH_DOC ?? join(ROOT, 'docs/performance.md');
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const runsFor = (size) => Number(process.env.BENCH_RUNS ?? (size >= 10000 ? 5 : 7));
/** A command that runs longer than this is stopped and reported, so that the bench always ends. */
const STEP_TIMEOUT_MS = 120_000;

const work = mkdtempSync(join(tmpdir(), 'ropa-bench-'));
const log = (s) => process.stdout.write(s + '\n');

/** One process: node with `args`, its wall time (ms), peak memory (MiB), exit code and first line of stderr. */
function measure(args, cwd = ROOT) {
  const peakFile = join(work, 'peak');
  rmSync(peakFile, { force: true });
  const [cmd, argv, env] = TIME
    ? [TIME, ['-f', '%M', '-o', peakFile, process.execPath, ...args], process.env]
    : [process.execPath, ['--import', PEAK_HOOK, ...args], { ...process.env, BENCH_PEAK_FILE: peakFile }];
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { cwd, env: { ...env, NO_COLOR: '1' }, stdio: ['ignore', 'ignore', 'pipe'], timeout: STEP_TIMEOUT_MS, encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  let peak = NaN;
  try {
    peak = Number(readFileSync(peakFile, 'utf8').trim().split('\n').pop()) / 1024;
  } catch {
    /* killed before it could say */
  }
  const stderr = (r.stderr ?? '').split('\n').find((l) => l.trim() !== '' && !l.startsWith('Command exited')) ?? '';
  return { wall, peak, code: r.status ?? (r.signal ? `killed (${r.signal})` : 'killed'), stderr };
}

/** A subject is a list of processes run one after another (ajv-cli needs one per schema): wall times add up, peaks do not. */
function runSubject(steps, cwd) {
  const results = steps.map((args) => measure(args, cwd));
  return {
    wall: results.reduce((s, r) => s + r.wall, 0),
    peak: Math.max(...results.map((r) => r.peak)),
    code: results.map((r) => r.code).find((c) => c !== 0) ?? 0,
    stderr: results.map((r) => r.stderr).find((s) => s) ?? '',
  };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Median of `runs` measured runs after one warm-up; `before` runs ahead of every run (to empty or change something). */
function bench(subject, runs) {
  subject.before?.();
  runSubject(subject.steps, subject.cwd);
  const samples = [];
  for (let i = 0; i < runs; i++) {
    subject.before?.(i);
    samples.push(runSubject(subject.steps, subject.cwd));
  }
  return {
    wall: median(samples.map((s) => s.wall)),
    peak: median(samples.map((s) => s.peak)),
    codes: [...new Set(samples.map((s) => s.code))],
    stderr: samples.map((s) => s.stderr).find((s) => s) ?? '',
  };
}

/** ajv-cli as a CI maintainer would call it: one call per schema, js-yaml for the files, the same formats. */
function ajvCli(dir) {
  const common = ['-r', join(SCHEMAS, 'common.schema.json')];
  const withActivity = [...common, '-r', join(SCHEMAS, 'activity.schema.json')];
  const call = (schema, refs, data) => [AJV, 'validate', '--all-errors', '-c', 'ajv-formats', '-s', join(SCHEMAS, schema), ...refs, '-d', data];
  return [
    call('organisation.schema.json', withActivity, join(dir, 'organisation.yaml')),
    call('activity.schema.json', common, join(dir, 'activities/*.yaml')),
    call('catalogue.schema.json', withActivity, join(dir, 'catalogues/*.yaml')),
  ];
}

/** Whether this build of ropa has `command` (the other commands are written in parallel with this bench). */
function available(command) {
  // Commander answers `ropa <unknown> --help` with the program's help: the usage line names the command.
  const help = spawnSync(process.execPath, [BIN, command, '--help'], { encoding: 'utf8' });
  return help.status === 0 && help.stdout.startsWith(`Usage: ropa ${command} `);
}

/** Each command as the bench runs it; commands this build lacks are reported as not available. */
function viewCommands(dir) {
  return [
    { id: 'gaps', args: [BIN, 'gaps', dir, '--today', '2025-06-01'] },
    // --draft: a generated registry has the example's gaps; a draft is the whole notice all the same.
    { id: 'notice', args: [BIN, 'notice', dir, '--lang', 'nb', '--format', 'md', '--draft'] },
    { id: 'report', args: [BIN, 'report', dir, '--format', 'xlsx', '-o', join(work, 'report.xlsx')] },
  ].filter((c) => {
    c.available = available(c.id);
    return true;
  });
}

/** The first activity's English title gets a new revision before each warm run: one file changed. */
function changeOneFile(dir) {
  const file = join(dir, 'activities', readdirSync(join(dir, 'activities')).sort()[0]);
  return (i = 0) => {
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/^( {2}en: .*?)(?: rev \d+)?$/m, `$1 rev ${i + 1}`));
  };
}

function subjectsFor(dir, size) {
  const cache = join(work, `cache-${size}`);
  const validate = [BIN, 'validate', dir];
  const list = [
    { id: 'ajv-cli', label: 'ajv-cli (3 calls: organisation, activities, catalogues)', steps: ajvCli(dir) },
    { id: 'yaml', label: 'bare `yaml` parseDocument of every file', steps: [[PARSE_ALL, 'yaml', dir]] },
    { id: 'js-yaml', label: 'bare `js-yaml` load of every file', steps: [[PARSE_ALL, 'js-yaml', dir]] },
    { id: 'validate', label: '`ropa validate` (no cache)', steps: [validate] },
    {
      id: 'validate-cache-cold',
      label: '`ropa validate --cache`, cache empty',
      steps: [[...validate, '--cache', '--cache-location', cache]],
      before: () => rmSync(cache, { recursive: true, force: true }),
    },
    {
      id: 'validate-cache-warm',
      label: '`ropa validate --cache`, one file changed',
      steps: [[...validate, '--cache', '--cache-location', cache]],
      before: changeOneFile(dir),
    },
  ];
  for (const c of viewCommands(dir))
    list.push({
      id: c.id,
      label: `\`ropa ${c.args.slice(1).join(' ').replace(dir, '<dir>').replace(work, '<tmp>')}\``,
      steps: [c.args],
      unavailable: !c.available,
    });
  return list;
}

// ---------------------------------------------------------------------------------------------

// `node bench/run.js --render` writes the page again from the last run's figures (bench/out/results.json).
const RESULTS = join(ROOT, 'bench/out/results.json');
if (process.argv.includes('--render')) {
  const saved = JSON.parse(readFileSync(RESULTS, 'utf8'));
  writeDoc(render(saved.results, saved.load));
  rmSync(work, { recursive: true, force: true });
  log(`written to ${DOC} from ${RESULTS}`);
  process.exit(0);
}

if (!existsSync(join(ROOT, 'dist/cli.js'))) {
  log('ropa is not built: run `npm run bench` (it builds first).');
  process.exit(2);
}
const started = Date.now();
const loadBefore = loadavg()[0];
const results = { sizes: {}, startup: {}, example: {} };
const cacheHelp = spawnSync(process.execPath, [BIN, 'validate', '--help'], { encoding: 'utf8' }).stdout.includes('--cache');

log(`ropa bench: ${cpus().length} cores, node ${process.version}, work in ${work}`);

// Start-up: `ropa --version` against an empty node process.
results.startup.node = bench({ steps: [['-e', '']] }, 15);
results.startup.version = bench({ steps: [[BIN, '--version']] }, 15);
log(`start-up: node -e '' ${results.startup.node.wall.toFixed(0)} ms, ropa --version ${results.startup.version.wall.toFixed(0)} ms`);

// The example registry.
results.example.ajv = bench({ steps: ajvCli(EXAMPLE) }, 9);
results.example.validate = bench({ steps: [[BIN, 'validate', EXAMPLE]] }, 9);
log(`example: ajv-cli ${results.example.ajv.wall.toFixed(0)} ms, ropa validate ${results.example.validate.wall.toFixed(0)} ms`);

for (const size of SIZES) {
  const dir = join(work, `registry-${size}`);
  generate(size, dir);
  const runs = runsFor(size);
  const row = (results.sizes[size] = {});
  for (const s of subjectsFor(dir, size)) {
    if (s.unavailable) {
      row[s.id] = { label: s.label, unavailable: true };
      log(`${size}: ${s.id} not available in this build`);
      continue;
    }
    if (s.id.startsWith('validate-cache') && !cacheHelp) {
      row[s.id] = { label: s.label, unavailable: true };
      continue;
    }
    row[s.id] = { label: s.label, ...bench(s, runs) };
    const r = row[s.id];
    log(`${size}: ${s.id} ${r.wall.toFixed(0)} ms, ${r.peak.toFixed(0)} MiB, exit ${r.codes.join('/')}${r.stderr ? ` (${r.stderr})` : ''}`);
  }
}

const load = { start: loadBefore, end: loadavg()[0] };
mkdirSync(join(ROOT, 'bench/out'), { recursive: true });
writeFileSync(RESULTS, JSON.stringify({ results, load }, null, 1));
const doc = render(results, load);
writeDoc(doc);
log(`\n${doc}\nwritten to ${DOC} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
if (process.env.BENCH_KEEP !== '1') rmSync(work, { recursive: true, force: true });

// ---------------------------------------------------------------------------------------------

function render(r, load) {
  const f0 = (x) => (Number.isFinite(x) ? x.toFixed(0) : '–');
  const f2 = (x) => (Number.isFinite(x) ? x.toFixed(2) : '–');
  const out = [];
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  out.push(
    `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${platform()} ${release()}, node ${process.version}. ` +
      `Median of ${[...new Set(SIZES.map(runsFor))].join('/')} runs per figure (15 for start-up, 9 for the example); peak memory from ${TIME ? '/usr/bin/time' : 'the process itself'}. ` +
      `Load average (1 min) ${load.start.toFixed(1)} at the start, ${load.end.toFixed(1)} at the end: other work on the machine slows both sides of a ratio, and ropa's parallel parsing most.`,
  );
  out.push('');
  out.push('### Targets');
  out.push('');
  out.push('| target | measured | verdict |');
  out.push('|---|---|---|');
  const verdict = (ratio, limit) =>
    Number.isFinite(ratio) ? (ratio <= limit ? `met` : `missed by ${((ratio / limit - 1) * 100).toFixed(0)} %`) : 'not measured';
  const ex = r.example.validate.wall / r.example.ajv.wall;
  out.push(
    `| \`ropa validate\` on the example ≤ 0.6× ajv-cli | ${f0(r.example.validate.wall)} ms / ${f0(r.example.ajv.wall)} ms = ${f2(ex)}× | ${verdict(ex, 0.6)} |`,
  );
  const st = r.startup.version.wall / r.startup.node.wall;
  out.push(
    `| \`ropa --version\` ≤ 1.3× \`node -e ''\` | ${f0(r.startup.version.wall)} ms / ${f0(r.startup.node.wall)} ms = ${f2(st)}× | ${verdict(st, 1.3)} |`,
  );
  const big = Math.max(...SIZES);
  const b = r.sizes[big];
  if (b) {
    const cold = b.validate.wall / b['ajv-cli'].wall;
    out.push(
      `| ${big.toLocaleString('en')} activities, cold ≤ 1.0× ajv-cli | ${f0(b.validate.wall)} ms / ${f0(b['ajv-cli'].wall)} ms = ${f2(cold)}× | ${verdict(cold, 1.0)} |`,
    );
    const warmRow = b['validate-cache-warm'];
    if (warmRow && !warmRow.unavailable) {
      const warm = warmRow.wall / b['ajv-cli'].wall;
      out.push(`| warm, one file changed ≤ 0.3× ajv-cli | ${f0(warmRow.wall)} ms / ${f0(b['ajv-cli'].wall)} ms = ${f2(warm)}× | ${verdict(warm, 0.3)} |`);
    } else out.push('| warm, one file changed ≤ 0.3× ajv-cli | – | not available |');
    for (const id of ['gaps', 'notice', 'report']) {
      const c = b[id];
      if (!c || c.unavailable) out.push(`| \`${id}\` ≤ 2× \`validate\` | – | not available in this build |`);
      else {
        const ratio = c.wall / b.validate.wall;
        const ok = c.codes.every((x) => x === 0 || x === 1);
        out.push(
          `| \`${id}\` ≤ 2× \`validate\` | ${f0(c.wall)} ms / ${f0(b.validate.wall)} ms = ${f2(ratio)}× | ${ok ? verdict(ratio, 2) : `failed (exit ${c.codes.join('/')}: ${c.stderr})`} |`,
        );
      }
    }
    const ropaRows = Object.entries(b).filter(([id, x]) => !x.unavailable && !['ajv-cli', 'yaml', 'js-yaml'].includes(id));
    for (const [what, rows] of [
      ['`validate`, with and without cache', ropaRows.filter(([id]) => id.startsWith('validate'))],
      ['every command', ropaRows],
    ]) {
      const peak = Math.max(...rows.map(([, x]) => x.peak));
      const peakOf = rows.find(([, x]) => x.peak === peak)?.[0];
      out.push(
        `| ≤ 400 MB peak at ${big.toLocaleString('en')}: ${what} | ${f0(peak * 1.048576)} MB = ${f0(peak)} MiB (${peakOf}) | ${verdict(peak * 1.048576, 400)} |`,
      );
    }
  }
  if (SIZES.length >= 3) {
    const [s0, s1, s2] = [...SIZES].sort((a, c) => a - c).slice(-3);
    const marginal = (a, c) => (r.sizes[c].validate.wall - r.sizes[a].validate.wall) / (c - a);
    const m1 = marginal(s0, s1);
    const m2 = marginal(s1, s2);
    out.push(
      `| cost linear in activities (marginal cost per activity ${s1.toLocaleString('en')}→${s2.toLocaleString('en')} ≤ 1.25× ${s0}→${s1.toLocaleString('en')}) | ${(m1 * 1000).toFixed(0)} µs → ${(m2 * 1000).toFixed(0)} µs per activity = ${f2(m2 / m1)}× | ${verdict(m2 / m1, 1.25)} |`,
    );
  }
  out.push('');
  out.push('### All figures');
  out.push('');
  out.push('Wall time in ms (median), its ratio to ajv-cli on the same files, and peak memory in MiB. "exit" is the exit code seen (0 is a clean registry).');
  out.push('');
  out.push(`| subject | ${SIZES.map((s) => `${s.toLocaleString('en')} ms | ×ajv | MiB`).join(' | ')} | exit |`);
  out.push(`|---|${SIZES.map(() => '--:|--:|--:').join('|')}|---|`);
  const ids = [...new Set(SIZES.flatMap((s) => Object.keys(r.sizes[s])))];
  for (const id of ids) {
    const first = SIZES.map((s) => r.sizes[s][id]).find(Boolean);
    const cells = SIZES.map((s) => {
      const x = r.sizes[s][id];
      if (!x || x.unavailable) return 'not available | | ';
      return `${f0(x.wall)} | ${f2(x.wall / r.sizes[s]['ajv-cli'].wall)} | ${f0(x.peak)}`;
    });
    const codes = [...new Set(SIZES.flatMap((s) => r.sizes[s][id]?.codes ?? []))].join('/') || '–';
    out.push(`| ${first.label} | ${cells.join(' | ')} | ${codes} |`);
  }
  out.push('');
  out.push(
    `Example registry (${readdirSync(join(EXAMPLE, 'activities')).length} activities): ajv-cli ${f0(r.example.ajv.wall)} ms, \`ropa validate\` ${f0(r.example.validate.wall)} ms (${f0(r.example.validate.peak)} MiB). ` +
      `Start-up: \`node -e ''\` ${f0(r.startup.node.wall)} ms, \`ropa --version\` ${f0(r.startup.version.wall)} ms.`,
  );
  return out.join('\n');
}

function writeDoc(body) {
  const start = '<!-- bench:start (written by `npm run bench`; edit outside the markers) -->';
  const end = '<!-- bench:end -->';
  let text = existsSync(DOC) ? readFileSync(DOC, 'utf8') : `# Performance\n\n${start}\n${end}\n`;
  const a = text.indexOf(start);
  const z = text.indexOf(end);
  if (a < 0 || z < a) text = `${text.trimEnd()}\n\n${start}\n${end}\n`;
  const a2 = text.indexOf(start);
  const z2 = text.indexOf(end);
  writeFileSync(DOC, `${text.slice(0, a2 + start.length)}\n${body}\n${text.slice(z2)}`);
}
