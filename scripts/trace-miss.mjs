#!/usr/bin/env node
// A trace of the free-text readers, for developers (issue #12, session 30): at which stage does a sentence stop?
//
//   node scripts/trace-miss.mjs <set> <defectId> [--json]
//   node scripts/trace-miss.mjs --sentence "…" --set <set> --activity <id> [--rule recipients-stated] [--json]
//
// The first applies the defect's edits alone to a copy of the set's clean base (as test/corpus/variants.test.ts does),
// takes the free-text sentences the edits add or change, and reports for the rule the manifest expects; the second puts
// one sentence first in the activity's description (as /work/coord/chk.mjs does). Stage by stage, for each sentence:
//   gate     — does the clause reader's lexicon gate (check/clause.ts `mayHand`, a util/prefilter.ts gate) let it in;
//   split    — its clauses (check/clause.ts `clausesOf`: sentences, then a comma or «og»/«and» before a new subject);
//   facts    — the clause facts (kind, voice, verb, giver, thing, party and its preposition; negated, past, modal,
//              personActs);
//   kinds    — check/parties.ts `partyKind` of each party's last word (with the activity's subjects and recorded parties);
//   readers  — the receiver reader's own stop for each fact (recipients-stated clauseReceiver, through the opt-in hook
//              util/trace.ts: ROPA_TRACE=1, set here): a guard (negated, past, counts, inquiry, another gives, our staff,
//              a recorded party …), «no data word», «party kind», or FIRES; and facts.ts `discloses` on the sentence;
//   fires    — whether the rule newly fires on the activity (the variant against its base); where the base already fires
//              that (rule, activity) pair, the words are MASKED, not silent: no new finding of the pair can show.
// The last line is the STAGE where it stops, the word docs/readers-trace.md counts by. Uses dist/ (npm run build first).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

process.env.ROPA_TRACE = '1';
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { parse } = await import(join(ROOT, 'node_modules/yaml/dist/index.js'));
const { validateRegistry } = await import(join(ROOT, 'dist/validate/index.js'));
const { runGaps } = await import(join(ROOT, 'dist/check/engine.js'));
const { GAP_RULES } = await import(join(ROOT, 'dist/rules/index.js'));
const { clauseFacts, clausesOf, mayHand } = await import(join(ROOT, 'dist/check/clause.js'));
const { partyKind } = await import(join(ROOT, 'dist/check/parties.js'));
const { discloses } = await import(join(ROOT, 'dist/check/facts.js'));
const { tracedEvents, clearTrace } = await import(join(ROOT, 'dist/util/trace.js'));

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const json = args.includes('--json');
const setName = (s) => (s.startsWith('variants-') || s.startsWith('bodies/') ? s : `variants-${s}`);
const CORPUS = join(ROOT, 'test/fixtures/corpus');

/** Every string of a YAML file's values (descriptions, purposes …), split into sentences. */
const SENTENCE_GAP = /(?<=[.!?])\s+/u;
const stringsOf = (v, out = []) => {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) stringsOf(x, out);
  else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) stringsOf(x, out);
  return out;
};
const sentencesOfFile = (text) => {
  let doc;
  try {
    doc = parse(text);
  } catch {
    return [];
  }
  return stringsOf(doc)
    .flatMap((s) => s.split(SENTENCE_GAP))
    .map((s) => s.replace(/\s+/gu, ' ').trim());
};
const findingsOf = (dir, today, rule) => {
  const { registry } = validateRegistry(dir);
  const rules = GAP_RULES.filter((r) => (r.meta?.id ?? r.id) === rule);
  return { registry, findings: runGaps(registry, rules.length > 0 ? rules : GAP_RULES, { today }).findings };
};
const countAt = (fs, activity, rule) =>
  fs.filter((f) => f.rule === rule && ((f.activity ?? '-') === activity || (f.activities ?? []).includes(activity))).length;

/** The activity's party context, as recipients-stated's partyContextOf reads it (subjects, recorded parties). */
const contextOf = (registry, activity) => {
  const v = registry.activities.find((x) => x.id === activity)?.value ?? {};
  const names = (kind, ids) => (Array.isArray(ids) ? ids : []).flatMap((id) => stringsOf(registry.catalogues[kind]?.get(id)?.value?.name ?? id));
  const org = registry.organisation?.value?.name;
  return {
    subjects: names('dataSubjects', v.dataSubjects),
    recorded: [...names('recipients', v.recipients), ...names('processors', v.processors), ...names('systems', v.systems)],
    ...(org === undefined ? {} : { organisation: stringsOf(org)[0] }),
  };
};

/** Apply (or, for a sentence, place) the change; return base and variant findings, the changed sentences and the context. */
function prepare() {
  const sentence = opt('--sentence');
  const set = setName(sentence !== undefined ? opt('--set') : args[0]);
  const dir = join(CORPUS, set);
  const m = parse(readFileSync(join(dir, 'manifest.yaml'), 'utf8'));
  let d;
  if (sentence === undefined) {
    d = m.defects.find((x) => x.id === args[1]);
    if (d === undefined) throw new Error(`${set}: no defect ${args[1]}`);
  } else d = { id: 'sentence', activity: opt('--activity'), rule: opt('--rule') ?? 'recipients-stated' };
  const baseDir = join(dir, d.base ?? m.base ?? '.');
  const today = m.today ?? '2026-06-01';
  const work = mkdtempSync(join(tmpdir(), 'trace-'));
  cpSync(baseDir, work, { recursive: true });
  const base = findingsOf(work, today, d.rule);
  const before = new Map();
  if (sentence === undefined)
    for (const e of d.edits) {
      const p = join(work, e.file);
      const t = readFileSync(p, 'utf8');
      if (!before.has(p)) before.set(p, t);
      writeFileSync(
        p,
        t.replace(e.find, () => e.replace),
      );
    }
  else {
    const p = join(work, 'activities', `${d.activity}.yaml`);
    const orig = readFileSync(p, 'utf8');
    before.set(p, orig);
    let t = orig.replace(/^description: *(>-?|\|-?) *\n( +)/m, (x, a, ind) => `${x}${sentence}\n${ind}`);
    if (t === orig) t = orig.replace(/^description: *\n +(?:nb|nn|en): *(>-?|\|-?) *\n( +)/m, (x, a, ind) => `${x}${sentence}\n${ind}`);
    if (t === orig) throw new Error(`could not place the sentence in ${d.activity}`);
    writeFileSync(p, t);
  }
  clearTrace();
  const variant = findingsOf(work, today, d.rule);
  const events = [...tracedEvents()];
  const changed = [];
  for (const [p, old] of before) {
    const was = new Set(sentencesOfFile(old));
    // A sentence: three words at the least (not a changed id or «none»), not a YAML comment's words.
    for (const s of sentencesOfFile(readFileSync(p, 'utf8')))
      if (!was.has(s) && !changed.includes(s) && s.split(' ').length >= 3 && !s.startsWith('#')) changed.push(s);
  }
  rmSync(work, { recursive: true, force: true });
  const baseCount = countAt(base.findings, d.activity, d.rule);
  const fires = countAt(variant.findings, d.activity, d.rule) > baseCount;
  return { set, d, fires, baseCount, events, changed, ctx: contextOf(variant.registry, d.activity) };
}

const norm = (s) => String(s).replace(/\s+/gu, ' ').trim().toLowerCase();
const lastWord = (p) => (p.trim().split(/\s+/u).pop() ?? '').replace(/[^\p{L}-]/gu, '');
const RECEIVER_RULES = new Set(['recipients-stated']);
const SOURCE_RULES = new Set(['notice-source', 'notice-art14']);

/** The stage a sentence stops at (the first that applies), from its facts and the readers' events. */
function stageOf(rule, sentence, facts, events, ctx, fires) {
  if (fires) return 'caught';
  if (!mayHand(sentence)) return 'gate: no verb of the clause lexicon';
  if (facts.length === 0) return 'verb/clause shape: a lexicon word, no clause fact';
  const live = (f) => !f.negated && !f.past && !f.modal && !f.personActs;
  if (RECEIVER_RULES.has(rule)) {
    const gives = facts.filter((f) => f.kind === 'give' || f.kind === 'access');
    if (gives.length === 0) return `verb kind: read as «get» only (${facts.map((f) => f.verb).join(', ')})`;
    const mine = events.filter((e) => e.why !== 'a get clause');
    if (mine.some((e) => e.why === 'FIRES')) return 'rule path: clauseReceiver fires, the rule reports nothing (another reading decided first)';
    if (mine.length === 0) return gives.every((f) => !live(f)) ? `guard: ${guardOf(gives[0])}` : 'rule path: clauseReceiver never read the sentence';
    // The stop of the fact that came furthest: data and kind stops after the guards.
    const order = ['party kind: no body, not outside', 'recorded or own (known)', 'no data word'];
    const best = mine.map((e) => e.why).sort((a, b) => order.indexOf(b) - order.indexOf(a))[0];
    return best.startsWith('party kind') || best === 'no data word' ? best : `guard: ${best}`;
  }
  if (SOURCE_RULES.has(rule)) {
    const gets = facts.filter((f) => f.kind === 'get');
    if (gets.length === 0) return `verb kind: no «get» fact (${facts.map((f) => `${f.kind} ${f.verb}`).join(', ')})`;
    const liveGets = gets.filter(live);
    if (liveGets.length === 0) return `guard: ${guardOf(gets[0])}`;
    const kinds = liveGets.map((f) => partyKind(lastWord(f.party), ctx));
    if (kinds.every((k) => k !== 'outside' && k !== 'unknown')) return `party kind: ${kinds.join(', ')}`;
    if (liveGets.every((f) => f.party.trim() === '')) return 'clause shape: a get fact with no source';
    return 'source reader: a get fact with a party, notice-source stays silent (its own readings; untraced)';
  }
  return 'other rule (untraced)';
}
const guardOf = (f) => (f.negated ? 'negated' : f.past ? 'past' : f.modal ? 'modal' : f.personActs ? 'the person acts' : 'none');

const { set, d, fires, baseCount, events, changed, ctx } = prepare();
// A pair the base already fires on: a reading of the new words may fire and still add nothing the count can see (session
// 45: W4's LY34 hid so; FR2, session 46). Said, not called «silent».
const masked = !fires && baseCount > 0;
const MASKED = `masked: the base already fires ${d.rule} on ${d.activity} (${baseCount}); the words add no finding of the pair`;
const report = { set, defect: d.id, rule: d.rule, activity: d.activity, fires, baseFires: baseCount, sentences: [] };
for (const s of changed) {
  const facts = clauseFacts(s);
  const mine = events.filter((e) => {
    const c = norm(e.clause ?? '');
    return c !== '' && (norm(s).includes(c.slice(0, 40)) || c.includes(norm(s).slice(0, 40)));
  });
  report.sentences.push({
    sentence: s,
    gate: mayHand(s),
    clauses: clausesOf(s)
      .flat()
      .map((c) => c.trim())
      .filter((c) => c !== ''),
    facts: facts.map((f) => ({
      kind: f.kind,
      voice: f.voice,
      verb: f.verb,
      giver: f.giver,
      thing: f.thing,
      party: f.party,
      prep: f.prep,
      flags: ['negated', 'past', 'modal', 'personActs'].filter((k) => f[k]),
      partyKind: f.party === '' ? '' : `${lastWord(f.party)}: ${partyKind(lastWord(f.party), ctx)}`,
    })),
    readers: mine.map(({ reader, why, party, thing, kinds }) => ({
      reader,
      why,
      party,
      ...(thing === undefined ? {} : { thing }),
      ...(kinds === undefined ? {} : { kinds }),
    })),
    discloses: discloses(s),
    stage: stageOf(d.rule, s, facts, mine, ctx, fires),
  });
}
if (masked) report.stage = MASKED;
else if (report.sentences.length === 0) report.stage = fires ? 'caught' : 'no free-text sentence changed (a structured defect)';
else report.stage = fires ? 'caught' : (report.sentences.map((x) => x.stage).find((x) => !x.startsWith('gate')) ?? report.sentences[0].stage);

if (json) console.log(JSON.stringify(report, null, 1));
else {
  console.log(`${set} ${d.id}: ${d.rule} on ${d.activity} — ${fires ? 'FIRES' : masked ? `MASKED (the base already fires it: ${baseCount})` : 'silent'}`);
  for (const x of report.sentences) {
    console.log(`\n  «${x.sentence}»`);
    console.log(`    gate (clause lexicon): ${x.gate ? 'in' : 'OUT'}`);
    console.log(`    clauses: ${x.clauses.map((c) => `[${c}]`).join(' ')}`);
    for (const f of x.facts)
      console.log(
        `    fact: ${f.kind}/${f.voice} verb «${f.verb}» giver «${f.giver}» thing «${f.thing}» party «${f.party}»${f.prep ? ` (${f.prep})` : ''}${f.flags.length ? ` [${f.flags.join(', ')}]` : ''}${f.partyKind ? ` kind ${f.partyKind}` : ''}`,
      );
    if (x.facts.length === 0) console.log('    fact: none');
    for (const r of x.readers)
      console.log(
        `    ${r.reader}: ${r.why}${r.party ? ` — party «${r.party}»` : ''}${r.thing !== undefined ? ` thing «${r.thing}»` : ''}${r.kinds ? ` kinds ${r.kinds.join('; ')}` : ''}`,
      );
    console.log(`    facts.ts discloses: ${x.discloses ? 'yes' : 'no'}`);
    console.log(`    stage: ${x.stage}`);
  }
  console.log(`\nSTAGE: ${report.stage}`);
}
