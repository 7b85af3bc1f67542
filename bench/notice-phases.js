#!/usr/bin/env node
// `ropa notice --draft`'s phases after validation, in one process, for one or more builds in turn: the blocking run
// (consent-valid, errors only, as src/commands/notice.ts runs it), the view, escaping, the templates and `tidy`, each
// timed with process.cpuUsage (all threads: the collector's helpers too). The registry is validated once, by the first
// build. Each round runs every build once, in an order that alternates, after a full collection (`--expose-gc`), with the
// readers' memories forgotten, so that a busy minute or the heap left by the build before falls on every build alike.
// Round 1 is each build's first use (its patterns compiled, its code made, its activities resolved); the medians are of
// the rounds after it. No verdict: for reading what a change to the notice's code does (docs/performance.md, session 46).
//
//   node --expose-gc bench/notice-phases.js [--rounds 5] [--registry /tmp/r10k] [BUILD...]
//   BUILD: a worktree whose dist/ is built (default: this one), as label=PATH or PATH.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { optionReader } from './options.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = optionReader(argv);
const rounds = Number(opt('--rounds', '5'));
const registryDir = opt('--registry', '/tmp/r10k');
if (!existsSync(registryDir)) throw new Error(`no registry at ${registryDir}: node bench/generate.js 10000 ${registryDir}`);
if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc');
const builds = (argv.length > 0 ? argv : [ROOT]).map((a) => {
  const m = /^([^=]+)=(.+)$/s.exec(a);
  const path = resolve(m ? m[2] : a);
  return { label: m ? m[1] : path, path };
});
const load = (build, module) => import(pathToFileURL(join(build.path, 'dist', module)).href);

// As `ropa notice` does: expressions compiled once (before the modules load), validation of errors only, then the
// collector's setting and the later optimising (session 47) for what follows validation. Both are process-wide: every
// build compared runs under them.
const shared = await load(builds[0], 'commands/shared.js');
shared.compileOnce();
const { validateRegistry } = await load(builds[0], 'validate/index.js');
const { registryOptions } = await load(builds[0], 'validate/options.js');
const registry = validateRegistry(resolve(registryDir), [], { ...registryOptions(process.cwd(), process.env), errorsOnly: true }).registry;
shared.growHeapSlowly();
shared.optimiseLater();
const today = registry.organisation?.value.notice?.lastUpdated ?? new Date().toISOString().slice(0, 10);

for (const build of builds) {
  build.notice = await load(build, 'commands/notice.js');
  build.engine = await load(build, 'check/engine.js');
  build.render = await load(build, 'render/notice/index.js');
  build.templates = await load(build, 'render/notice/templates.js');
  build.escape = await load(build, 'render/notice/escape.js');
  build.memo = await load(build, 'util/memo.js');
  build.rounds = [];
}

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
for (let round = 1; round <= rounds; round++) {
  for (const build of round % 2 === 1 ? builds : [...builds].reverse()) {
    build.memo.forgetTexts();
    globalThis.gc();
    const times = {};
    let at = cpu();
    const lap = (phase) => {
      const now = cpu();
      times[phase] = now - at;
      at = now;
    };
    const rules = await build.notice.noticeBlockingRules();
    const blockers = build.engine.runGaps(registry, rules, { today, place: false, errorsOnly: true, intern: false }).findings;
    lap('blocking');
    const built = build.render.buildNoticeView(registry, { lang: registry.languages[0] ?? 'nb', format: 'md', draft: true, blockers, layered: true });
    lap('view');
    const escaped = build.escape.escapeView(built.view, 'md', true);
    lap('escape');
    const text = build.templates.renderTemplates(build.render.loadTemplates('md'), escaped);
    lap('templates');
    let chars = 0;
    for (const piece of build.render.tidy(text)) chars += piece.length;
    lap('tidy');
    times.total = Object.values(times).reduce((a, b) => a + b, 0);
    build.rounds.push(times);
    const phases = Object.entries(times).map(([k, v]) => `${k} ${v.toFixed(0)}`);
    console.log(`round ${round} ${build.label}: ${phases.join(', ')} ms CPU (${chars} characters)`);
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
console.log('medians of rounds 2 on (round 1: first use):');
for (const build of builds) {
  const later = build.rounds.slice(1);
  if (later.length === 0) continue;
  const phases = Object.keys(later[0]).map((k) => `${k} ${median(later.map((r) => r[k])).toFixed(0)}`);
  console.log(`${build.label}: ${phases.join(', ')} ms CPU`);
}
