// `npm run bench`: times ropa against ajv-cli and a bare parse on generated registries, and writes
// the results into docs/performance.md (between the bench markers; the prose around them is kept).
//
// Every figure is measured in this run, on this machine, and every comparison is a ratio of two
// figures from this run. Each figure is the median of several runs of a fresh process, after one
// unmeasured run that warms the operating system's file cache. The runs of one size are
// interleaved: round 1 runs every subject once, then round 2, and so on, so that a change in the
// machine's load falls on all of them alike rather than on one subject's runs. Cost is CPU time
// (user + system, all threads): on a shared machine it moves far less than wall time, which is
// shown beside it. Peak memory is the process's maximum resident set (all threads). Both come from
// /usr/bin/time or, without it, from the process itself (bench/peak.js). Beside each median the
// page gives the spread of the runs (lowest and highest) and, for the commands measured against
// `validate`, the ratio within each round; their verdict is the median of those ratios (`render`).
//
// ropa picks its number of threads from the load at the moment it starts (`defaultJobs`): left to
// itself, a `validate` run could use two threads and the `gaps` run beside it one, as others' work
// comes and goes, and their ratio would measure that. So every run of one bench gets the same
// ROPA_JOBS: what ropa picks by itself at the load the bench starts at (one on a two-core machine;
// BENCH_JOBS sets it).
//
// Environment: BENCH_SIZES (default 100,1000,10000), BENCH_LARGE=1 adds 100,000 activities for
// `validate`, warm `validate --cache` and `gaps` (minutes; not in CI), BENCH_RUNS (default 5, 1 at 100,000: five rounds at 10,000 too, so that
// the median of the rounds' ratios to `validate` is not one round's reading;
// BENCH_RUNS=1 is one run of each), BENCH_JOBS (ROPA_JOBS for every ropa run), BENCH_TIMEOUT (seconds a run may take before it is
// stopped: 600, and 3,600 at 100,000 activities), BENCH_KEEP=1 keeps the generated registries (else each size's goes once measured), BENCH_DOC
// (default docs/performance.md), BENCH_DISTINCT (default 1: at 10,000 activities, or the largest size below 100,000, a
// second registry whose free texts never repeat, `generate(…, { distinct: true })`, measured for `validate` and the
// commands judged against it, in BENCH_DISTINCT_RUNS rounds (default 3: its `gaps` takes about ten times the repeated
// registry's); 0 leaves it out).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, readdirSync } from 'node:fs';
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
const LARGE = 100_000;
const SIZES = [...(process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number), ...(process.env.BENCH_LARGE === '1' ? [LARGE] : [])]
  .filter((n, i, all) => n > 0 && all.indexOf(n) === i)
  .sort((a, b) => a - b);
const runsFor = (size) => Number(process.env.BENCH_RUNS ?? (size >= LARGE ? 1 : 5));
/**
 * At 100,000 activities only these are run: the registry check, the command with the most findings, and the warm cache
 * (its cost per activity is judged from 1,000→10,000 to 10,000→100,000: below 1,000 activities the difference between
 * two sizes is within the noise).
 */
/** The commands judged against `validate` (≤ 2×). */
const VIEWS = ['gaps', 'gaps-json', 'notice', 'report'];
const LARGE_SUBJECTS = new Set(['validate', 'validate-cache-warm', 'gaps']);
/**
 * On the registry of distinct texts: `validate` and the commands judged against it. The bench's registry repeats the
 * example's 20 activities, so the readers' memories (src/util/memo.ts) read each text once; a real record, written by many
 * hands, does not repeat its texts, and there `gaps` cost about six times `validate` in session 36 (docs/performance.md).
 */
const DISTINCT_SUBJECTS = new Set(['validate', ...VIEWS]);
const DISTINCT = process.env.BENCH_DISTINCT !== '0';
const DISTINCT_RUNS = Number(process.env.BENCH_DISTINCT_RUNS ?? 3);
/**
 * A command that runs longer than this (wall time) is stopped and reported, so that the bench always ends: 10 minutes,
 * and 60 at 100,000 activities, where `gaps` takes about a minute of CPU on an idle core and ten times that in wall time
 * on this two-core machine at load 20 (session 42). `BENCH_TIMEOUT` (seconds) sets it for every size.
 */
const stepTimeoutMs = (size) => Number(process.env.BENCH_TIMEOUT ?? (size >= LARGE ? 3600 : 600)) * 1000;

const work = mkdtempSync(join(tmpdir(), 'ropa-bench-'));
const log = (s) => process.stdout.write(s + '\n');

/**
 * One process: node with `args`; its wall time and CPU time (user + system, all threads) in ms,
 * peak memory (MiB), exit code and first line of stderr.
 */
function measure(args, cwd = ROOT, timeout = stepTimeoutMs(0)) {
  const statFile = join(work, 'stat');
  rmSync(statFile, { force: true });
  const [cmd, argv, env] = TIME
    ? [TIME, ['-f', '%U %S %M', '-o', statFile, process.execPath, ...args], process.env]
    : [process.execPath, ['--import', PEAK_HOOK, ...args], { ...process.env, BENCH_PEAK_FILE: statFile }];
  const start = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, {
    cwd,
    env: { ...env, NO_COLOR: '1', ...(JOBS !== undefined ? { ROPA_JOBS: JOBS } : {}) },
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout,
    encoding: 'utf8',
  });
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  let cpu = NaN;
  let peak = NaN;
  try {
    // "user system peak": seconds, seconds, KiB (the last line: /usr/bin/time may say more before it).
    const [user, system, kib] = readFileSync(statFile, 'utf8').trim().split('\n').pop().trim().split(/\s+/).map(Number);
    cpu = (user + system) * 1000;
    peak = kib / 1024;
  } catch {
    /* killed before it could say */
  }
  const stderr = (r.stderr ?? '').split('\n').find((l) => l.trim() !== '' && !l.startsWith('Command exited')) ?? '';
  return { wall, cpu, peak, code: r.status ?? (r.signal ? `killed (${r.signal})` : 'killed'), stderr };
}

/** The size of a folder's files, in MiB (the generated registry: what the bench puts in the temporary folder). */
function folderMiB(dir) {
  let bytes = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile()) bytes += statSync(join(e.parentPath ?? e.path, e.name)).size;
  return bytes / 2 ** 20;
}

/** A subject is a list of processes run one after another (ajv-cli needs one per schema): times add up, peaks do not. */
function runSubject(steps, cwd, timeout) {
  const results = steps.map((args) => measure(args, cwd, timeout));
  return {
    wall: results.reduce((s, r) => s + r.wall, 0),
    cpu: results.reduce((s, r) => s + r.cpu, 0),
    peak: Math.max(...results.map((r) => r.peak)),
    code: results.map((r) => r.code).find((c) => c !== 0) ?? 0,
    stderr: results.map((r) => r.stderr).find((s) => s) ?? '',
  };
}

/** "lowest–highest" of a list of milliseconds, or "one run". */
const spread = (xs) => (xs.length < 2 ? 'one run' : `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}`);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** The median and the spread (lowest, highest) of measured runs. */
function summarise(samples) {
  const of = (k) => samples.map((s) => s[k]).filter(Number.isFinite);
  return {
    wall: median(of('wall')),
    cpu: median(of('cpu')),
    peak: median(of('peak')),
    cpuRuns: samples.map((s) => s.cpu),
    peakMax: Math.max(...of('peak')),
    codes: [...new Set(samples.map((s) => s.code))],
    stderr: samples.map((s) => s.stderr).find((s) => s) ?? '',
  };
}

/** Median of `runs` measured runs of one subject after one warm-up (none at 100,000); `before` runs ahead of every run (to empty or change something). */
function bench(subject, runs, warm = true) {
  return interleaved([subject], runs, warm)[0];
}

/**
 * Runs `subjects` in rounds: in each round every subject once, in the order given, so that the
 * machine's load, which drifts, weighs on every subject's runs alike. One unmeasured round first
 * (unless `warm` is false) warms the file cache and ropa's own cache where a subject uses one.
 * Returns each subject's summary, with its CPU time in each round (`cpuRuns`).
 */
function interleaved(subjects, runs, warm = true, onRun = () => {}) {
  const samples = subjects.map(() => []);
  // A subject that reads what an earlier run left (the warm cache) gets its unmeasured run even where the others do not.
  for (const s of subjects)
    if (warm || s.primed) {
      s.before?.();
      runSubject(s.steps, s.cwd, s.timeout);
    }
  for (let i = 0; i < runs; i++)
    subjects.forEach((s, k) => {
      s.before?.(i);
      samples[k].push(runSubject(s.steps, s.cwd, s.timeout));
      onRun(s, i, samples[k][i]);
    });
  return samples.map(summarise);
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
    // The JSON list is the largest output (50 million characters at 10,000 activities): its peak is measured too.
    { id: 'gaps-json', command: 'gaps', args: [BIN, 'gaps', dir, '--format', 'json', '--today', '2025-06-01'] },
    // --draft: a generated registry has the example's gaps; a draft is the whole notice all the same.
    { id: 'notice', args: [BIN, 'notice', dir, '--lang', 'nb', '--format', 'md', '--draft'] },
    { id: 'report', args: [BIN, 'report', dir, '--format', 'xlsx', '-o', join(work, 'report.xlsx')] },
  ].filter((c) => {
    c.available = available(c.command ?? c.id);
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
      primed: true,
    },
  ];
  for (const c of viewCommands(dir))
    list.push({
      id: c.id,
      label: `\`ropa ${c.args.slice(1).join(' ').replace(dir, '<dir>').replace(work, '<tmp>')}\``,
      steps: [c.args],
      unavailable: !c.available,
    });
  const timeout = stepTimeoutMs(parseInt(String(size), 10));
  for (const s of list) s.timeout = timeout;
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
const { defaultJobs } = await import(pathToFileURL(join(ROOT, 'dist/validate/parallel.js')).href);
const JOBS = process.env.BENCH_JOBS ?? String(defaultJobs());
const started = Date.now();
const loadBefore = loadavg()[0];
const results = { sizes: {}, startup: {}, example: {}, jobs: JOBS };
const cacheHelp = spawnSync(process.execPath, [BIN, 'validate', '--help'], { encoding: 'utf8' }).stdout.includes('--cache');

log(`ropa bench: ${cpus().length} cores, node ${process.version}, ROPA_JOBS=${JOBS} for every ropa run, work in ${work}`);

// Start-up: `ropa --version` against an empty node process.
results.startup.node = bench({ steps: [['-e', '']] }, 15);
results.startup.version = bench({ steps: [[BIN, '--version']] }, 15);
log(`start-up: node -e '' ${results.startup.node.cpu.toFixed(0)} ms CPU, ropa --version ${results.startup.version.cpu.toFixed(0)} ms CPU`);

// The example registry.
results.example.ajv = bench({ steps: ajvCli(EXAMPLE) }, 9);
results.example.validate = bench({ steps: [[BIN, 'validate', EXAMPLE]] }, 9);
log(`example: ajv-cli ${results.example.ajv.cpu.toFixed(0)} ms CPU, ropa validate ${results.example.validate.cpu.toFixed(0)} ms CPU`);

for (const size of SIZES) {
  const dir = join(work, `registry-${size}`);
  // Named: BENCH_DISTINCT in the environment is this bench's switch, not generate's default.
  const generating = Date.now();
  generate(size, dir, EXAMPLE, { distinct: false });
  log(`${size}: generated in ${((Date.now() - generating) / 1000).toFixed(1)} s (${folderMiB(dir).toFixed(0)} MiB in ${dir})`);
  const runs = runsFor(size);
  const row = (results.sizes[size] = {});
  const measured = [];
  for (const s of subjectsFor(dir, size)) {
    if (size >= LARGE && !LARGE_SUBJECTS.has(s.id)) continue;
    if (s.unavailable || (s.id.startsWith('validate-cache') && !cacheHelp)) {
      row[s.id] = { label: s.label, unavailable: true };
      if (s.unavailable) log(`${size}: ${s.id} not available in this build`);
      continue;
    }
    measured.push(s);
  }
  const each = interleaved(measured, runs, size < LARGE, (s, i, r) =>
    log(`${size}: round ${i + 1}/${runs} ${s.id} ${r.cpu.toFixed(0)} ms CPU, ${r.wall.toFixed(0)} ms wall, ${r.peak.toFixed(0)} MiB, exit ${r.code}`),
  );
  measured.forEach((s, k) => {
    row[s.id] = { label: s.label, ...each[k] };
    const r = row[s.id];
    log(
      `${size}: ${s.id} median ${r.cpu.toFixed(0)} ms CPU (${spread(r.cpuRuns)}), ${r.wall.toFixed(0)} ms wall, ${r.peak.toFixed(0)} MiB, exit ${r.codes.join('/')}${r.stderr ? ` (${r.stderr})` : ''}`,
    );
  });
  // Each size's registry and cache go once it is measured: at 100,000 activities they are about a gigabyte of /tmp.
  if (process.env.BENCH_KEEP !== '1') for (const d of [dir, join(work, `cache-${size}`)]) rmSync(d, { recursive: true, force: true });
}

// The registry of distinct texts, at the size the targets are judged at.
const distinctSize = SIZES.includes(10000) ? 10000 : Math.max(...SIZES.filter((s) => s < LARGE));
if (DISTINCT && Number.isFinite(distinctSize)) {
  const dir = join(work, `registry-${distinctSize}-distinct`);
  generate(distinctSize, dir, EXAMPLE, { distinct: true });
  const measured = subjectsFor(dir, `${distinctSize}-distinct`).filter((s) => DISTINCT_SUBJECTS.has(s.id) && !s.unavailable);
  const each = interleaved(measured, DISTINCT_RUNS, true, (s, i, r) =>
    log(
      `${distinctSize} distinct: round ${i + 1}/${DISTINCT_RUNS} ${s.id} ${r.cpu.toFixed(0)} ms CPU, ${r.wall.toFixed(0)} ms wall, ${r.peak.toFixed(0)} MiB, exit ${r.code}`,
    ),
  );
  const rows = {};
  measured.forEach((s, k) => (rows[s.id] = { label: s.label, ...each[k] }));
  results.distinct = { size: distinctSize, rows };
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
  const n = (x) => x.toLocaleString('en');
  const sizes = Object.keys(r.sizes)
    .map(Number)
    .sort((a, c) => a - c);
  const out = [];
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  out.push(
    `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${platform()} ${release()}, node ${process.version}. ` +
      `Median of ${[...new Set(sizes.map(runsFor))].join('/')} runs per figure (15 for start-up, 9 for the example), the runs of one size interleaved (every subject once per round); CPU time (user + system, all threads) and peak memory from ${TIME ? '/usr/bin/time' : 'the process itself'}. ` +
      (r.jobs !== undefined
        ? `Every ropa run with ROPA_JOBS=${r.jobs} (${r.jobs === '1' ? 'no thread besides the main one' : `${r.jobs} threads`}: what ropa picks by itself at the load the bench started at). `
        : '') +
      `Load average (1 min) ${load.start.toFixed(1)} at the start, ${load.end.toFixed(1)} at the end, on ${cpus().length} cores: ` +
      `above the number of cores, other work shared the machine and wall times mean little; CPU times and peaks move much less.`,
  );
  out.push('');
  out.push('### Targets');
  out.push('');
  out.push('Costs are CPU time: what a command costs the machine, whatever else runs on it.');
  out.push('');
  out.push('| target | measured | verdict |');
  out.push('|---|---|---|');
  const verdict = (ratio, limit) =>
    Number.isFinite(ratio) ? (ratio <= limit ? `met` : `missed by ${((ratio / limit - 1) * 100).toFixed(0)} %`) : 'not measured';
  const ex = r.example.validate.cpu / r.example.ajv.cpu;
  out.push(
    `| \`ropa validate\` on the example ≤ 0.6× ajv-cli | ${f0(r.example.validate.cpu)} ms / ${f0(r.example.ajv.cpu)} ms = ${f2(ex)}× | ${verdict(ex, 0.6)} |`,
  );
  const st = r.startup.version.cpu / r.startup.node.cpu;
  out.push(`| \`ropa --version\` ≤ 1.3× \`node -e ''\` | ${f0(r.startup.version.cpu)} ms / ${f0(r.startup.node.cpu)} ms = ${f2(st)}× | ${verdict(st, 1.3)} |`);
  // The targets are set at 10,000 activities (or the largest size below 100,000 that was run).
  const main = sizes.includes(10000) ? 10000 : Math.max(...sizes.filter((s) => s < LARGE));
  const b = r.sizes[main];
  if (b) {
    const cold = b.validate.cpu / b['ajv-cli'].cpu;
    out.push(`| ${n(main)} activities, cold ≤ 1.0× ajv-cli | ${f0(b.validate.cpu)} ms / ${f0(b['ajv-cli'].cpu)} ms = ${f2(cold)}× | ${verdict(cold, 1.0)} |`);
    const warmRow = b['validate-cache-warm'];
    if (warmRow && !warmRow.unavailable) {
      const warm = warmRow.cpu / b['ajv-cli'].cpu;
      out.push(`| warm, one file changed ≤ 0.3× ajv-cli | ${f0(warmRow.cpu)} ms / ${f0(b['ajv-cli'].cpu)} ms = ${f2(warm)}× | ${verdict(warm, 0.3)} |`);
    } else out.push('| warm, one file changed ≤ 0.3× ajv-cli | – | not available |');
    for (const id of VIEWS) {
      const c = b[id];
      const name = id === 'gaps-json' ? 'gaps -f json' : id;
      // Figures of a run before `gaps -f json` was measured have no row for it.
      if (!c && id === 'gaps-json') continue;
      if (!c || c.unavailable) out.push(`| \`${name}\` ≤ 2× \`validate\` | – | not available in this build |`);
      else {
        // The verdict is the median of the rounds' ratios: a command and the `validate` run of its own round share the
        // machine's load, which moves `validate` alone by up to 43 % between rounds; the ratio of the two medians can pair
        // a quiet round's `validate` with a busy round's command (or the reverse). Both are shown.
        const ofMedians = c.cpu / b.validate.cpu;
        const ok = c.codes.every((x) => x === 0 || x === 1);
        const rounds = roundRatios(c, b.validate);
        const ratio = rounds.length > 0 ? median(rounds) : ofMedians;
        const within =
          rounds.length > 1
            ? `${f2(ratio)}×, median of the rounds (each round: ${f2(Math.min(...rounds))}–${f2(Math.max(...rounds))}×); medians ${f0(c.cpu)} ms / ${f0(b.validate.cpu)} ms = ${f2(ofMedians)}×`
            : `${f0(c.cpu)} ms / ${f0(b.validate.cpu)} ms = ${f2(ofMedians)}×`;
        out.push(`| \`${name}\` ≤ 2× \`validate\` | ${within} | ${ok ? verdict(ratio, 2) : `failed (exit ${c.codes.join('/')}: ${c.stderr})`} |`);
      }
    }
    const ropaRows = Object.entries(b).filter(([id, x]) => !x.unavailable && !['ajv-cli', 'yaml', 'js-yaml'].includes(id));
    for (const [what, rows] of [
      ['`validate`, with and without cache', ropaRows.filter(([id]) => id.startsWith('validate'))],
      ['every command', ropaRows],
    ]) {
      // The highest peak of any run, not the median: memory must stay under the limit every time.
      const highest = (x) => x.peakMax ?? x.peak;
      const peak = Math.max(...rows.map(([, x]) => highest(x)));
      const peakOf = rows.find(([, x]) => highest(x) === peak)?.[0];
      out.push(
        `| ≤ 400 MB peak at ${n(main)}: ${what}, highest of any run | ${f0(peak * 1.048576)} MB = ${f0(peak)} MiB (${peakOf}) | ${verdict(peak * 1.048576, 400)} |`,
      );
    }
  }
  // Marginal cost: what one more activity costs between two sizes. A path that grows faster than
  // the registry shows as a marginal cost that grows with the size.
  const steps = sizes.slice(1).map((s, i) => [sizes[i], s]);
  const marginal = (id, [a, c]) => {
    const x = r.sizes[a]?.[id];
    const y = r.sizes[c]?.[id];
    return x && y && !x.unavailable && !y.unavailable ? ((y.cpu - x.cpu) * 1000) / (c - a) : NaN;
  };
  const ropaIds = [...new Set(sizes.flatMap((s) => Object.keys(r.sizes[s])))].filter((id) => !['ajv-cli', 'yaml', 'js-yaml'].includes(id));
  // A step is measurable when the CPU time it adds is more than the runs at either of its sizes differ among themselves:
  // warm `validate` took 360 ms at 100 activities and 370 ms at 1,000, 10 ms apart, while its runs at one size moved by
  // 100 ms or more, so a cost per activity read from that step is noise (it read «missed by 668 %» in session 8).
  const noise = (x) => (x.cpuRuns?.length > 1 ? Math.max(...x.cpuRuns) - Math.min(...x.cpuRuns) : 0);
  const measurable = (id, [a, c]) => r.sizes[c][id].cpu - r.sizes[a][id].cpu > Math.max(noise(r.sizes[a][id]), noise(r.sizes[c][id]));
  if (steps.length >= 2) {
    for (const id of ropaIds) {
      const measured = steps.filter((st2) => Number.isFinite(marginal(id, st2)));
      if (measured.length < 2) continue;
      const clear = measured.filter((st2) => measurable(id, st2));
      if (clear.length < 2) {
        // Judged only between two measurable steps: the smallest step that is not is named, with why.
        const [a, c] = measured.find((st2) => !measurable(id, st2));
        const added = r.sizes[c][id].cpu - r.sizes[a][id].cpu;
        const spreadMs = Math.max(noise(r.sizes[a][id]), noise(r.sizes[c][id]));
        const wants = LARGE_SUBJECTS.has(id) && sizes.includes(10000) && !sizes.includes(LARGE) ? '; BENCH_LARGE=1 measures 10,000→100,000' : '';
        out.push(
          `| \`${id}\`: cost per activity does not grow | ${n(a)}→${n(c)} adds ${f0(added)} ms, no more than its runs spread (${f0(spreadMs)} ms)${wants} | cannot be judged |`,
        );
        continue;
      }
      const [p, q] = clear.slice(-2);
      const m1 = marginal(id, p);
      const m2 = marginal(id, q);
      out.push(
        `| \`${id}\`: cost per activity does not grow (${n(q[0])}→${n(q[1])} ≤ 1.25× ${n(p[0])}→${n(p[1])}) | ${f0(m1)} µs → ${f0(m2)} µs per activity = ${f2(m2 / m1)}× | ${verdict(m2 / m1, 1.25)} |`,
      );
    }
  }
  out.push('');
  out.push('### All figures');
  out.push('');
  out.push(
    'CPU time in ms (median), its ratio to ajv-cli\'s CPU time on the same files, wall time in ms, and peak memory in MiB. "exit" is the exit code seen (0 is a clean registry).',
  );
  out.push('');
  out.push(`| subject | ${sizes.map((s) => `${n(s)}: CPU ms | ×ajv | wall ms | MiB`).join(' | ')} | exit |`);
  out.push(`|---|${sizes.map(() => '--:|--:|--:|--:').join('|')}|---|`);
  const ids = [...new Set(sizes.flatMap((s) => Object.keys(r.sizes[s])))];
  for (const id of ids) {
    const first = sizes.map((s) => r.sizes[s][id]).find(Boolean);
    const cells = sizes.map((s) => {
      const x = r.sizes[s][id];
      if (!x) return '– | | | ';
      if (x.unavailable) return 'not available | | | ';
      const ajv = r.sizes[s]['ajv-cli'];
      return `${f0(x.cpu)} | ${ajv ? f2(x.cpu / ajv.cpu) : '–'} | ${f0(x.wall)} | ${f0(x.peak)}`;
    });
    const codes = [...new Set(sizes.flatMap((s) => r.sizes[s][id]?.codes ?? []))].join('/') || '–';
    out.push(`| ${first.label} | ${cells.join(' | ')} | ${codes} |`);
  }
  if (b) {
    out.push('');
    out.push(`### Spread at ${n(main)} activities`);
    out.push('');
    out.push(
      "Each run's CPU time in ms, in the order of the rounds (every subject once per round, interleaved), the spread between the lowest and the highest as a share of the median, the highest peak, and for the commands measured against `validate` their ratio to the `validate` run of the same round.",
    );
    out.push('');
    out.push('| subject | runs: CPU ms | spread | highest MiB | × `validate`, each round |');
    out.push('|---|---|--:|--:|---|');
    for (const [id, x] of Object.entries(b)) {
      if (x.unavailable) continue;
      const runs = x.cpuRuns ?? [x.cpu];
      const width = runs.length > 1 ? `${f0(((Math.max(...runs) - Math.min(...runs)) / x.cpu) * 100)} %` : '–';
      const rounds = VIEWS.includes(id) ? roundRatios(x, b.validate) : [];
      out.push(`| ${x.label} | ${runs.map(f0).join(', ')} | ${width} | ${f0(x.peakMax ?? x.peak)} | ${rounds.map(f2).join(', ') || '–'} |`);
    }
  }
  const d = r.distinct;
  if (d && d.rows.validate) {
    out.push('');
    out.push(`### Distinct texts at ${n(d.size)} activities`);
    out.push('');
    out.push(
      "The same size, generated with every free text its own (`BENCH_DISTINCT=1 node bench/generate.js`): no two activities share a description or a purpose, so the readers read every text, as on a real record written by many hands (the registry above repeats the example's 20 activities, and the readers read each of their texts once). " +
        `Median of ${d.rows.validate.cpuRuns.length} interleaved rounds; the ratio to \`validate\` is the median of each round's, as above. Not a target of issue #16 (its figures are the registry above), shown beside it.`,
    );
    out.push('');
    out.push('| subject | CPU ms | × `validate` (each round) | wall ms | highest MiB | exit |');
    out.push('|---|--:|---|--:|--:|---|');
    for (const [id, x] of Object.entries(d.rows)) {
      const rounds = id === 'validate' ? [] : roundRatios(x, d.rows.validate);
      const ratio = rounds.length > 0 ? `${f2(median(rounds))}× (${rounds.map(f2).join(', ')})` : '–';
      out.push(`| ${x.label} | ${f0(x.cpu)} | ${ratio} | ${f0(x.wall)} | ${f0(x.peakMax ?? x.peak)} | ${x.codes.join('/')} |`);
    }
  }
  if (steps.length > 0) {
    out.push('');
    out.push('### Marginal cost per activity');
    out.push('');
    out.push('CPU time one more activity costs, in µs, between two sizes: (CPU at the larger − CPU at the smaller) / (difference in activities).');
    out.push('');
    out.push(`| subject | ${steps.map(([a, c]) => `${n(a)}→${n(c)}`).join(' | ')} |`);
    out.push(`|---|${steps.map(() => '--:').join('|')}|`);
    for (const id of ids) {
      const first = sizes.map((s) => r.sizes[s][id]).find(Boolean);
      out.push(`| ${first.label} | ${steps.map((st2) => f0(marginal(id, st2))).join(' | ')} |`);
    }
  }
  out.push('');
  out.push(
    `Example registry (${readdirSync(join(EXAMPLE, 'activities')).length} activities): ajv-cli ${f0(r.example.ajv.cpu)} ms CPU (${f0(r.example.ajv.wall)} ms wall), \`ropa validate\` ${f0(r.example.validate.cpu)} ms CPU (${f0(r.example.validate.wall)} ms wall, ${f0(r.example.validate.peak)} MiB). ` +
      `Start-up: \`node -e ''\` ${f0(r.startup.node.cpu)} ms CPU, \`ropa --version\` ${f0(r.startup.version.cpu)} ms CPU.`,
  );
  return out.join('\n');
}

/** CPU of `x` over CPU of `base` in each round both ran (the runs are interleaved: round i of one beside round i of the other). */
function roundRatios(x, base) {
  const a = x.cpuRuns ?? [];
  const z = base.cpuRuns ?? [];
  return a.map((v, i) => v / z[i]).filter(Number.isFinite);
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
