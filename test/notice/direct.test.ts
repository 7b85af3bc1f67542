import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { runGaps } from '../../src/check/engine.js';
import { GAP_RULES } from '../../src/rules/index.js';
import { directRuntime, directSource, type DirectFactory, type DirectTemplate } from '../../src/render/notice/direct.js';
import { escapeView } from '../../src/render/notice/escape.js';
import { buildNoticeView, loadTemplates, NOTICE_FORMATS, type NoticeOptions } from '../../src/render/notice/index.js';
import { renderTemplates, TEMPLATE_OPTIONS } from '../../src/render/notice/templates.js';
import { validateRegistry } from '../../src/validate/index.js';
import { EXAMPLE, FIXTURES, ROOT } from '../helpers/cli.js';

/**
 * The notice's templates run as plain functions made from them at build time (src/render/notice/direct.ts,
 * docs/performance.md). They must give what Handlebars gives: the same text, or the same error.
 */

type Outcome = { text: string } | { error: string; line?: number; column?: number };

/** What Handlebars makes of `source` (strict, no escaping, as the notice compiles) with these partials. */
function viaHandlebars(source: string, context: unknown, partials: Record<string, string>): Outcome {
  const hb = Handlebars.create();
  for (const [name, p] of Object.entries(partials)) hb.registerPartial(name, hb.compile(p, TEMPLATE_OPTIONS));
  // Inherited properties are refused, as by default, without Handlebars' warning on the console.
  return outcome(() => hb.compile(source, TEMPLATE_OPTIONS)(context, { allowProtoPropertiesByDefault: false }));
}

/** What the direct forms make of it; undefined when a template has none. */
function viaDirect(source: string, context: unknown, partials: Record<string, string>): Outcome | undefined {
  const factory = (s: string): DirectFactory | undefined => {
    const code = directSource(Handlebars.parse(s) as Parameters<typeof directSource>[0]);
    return code === undefined ? undefined : (new Function(`return ${code};`)() as DirectFactory);
  };
  const made = new Map<string, DirectTemplate>();
  const rt = directRuntime((name, c, d) => {
    const p = made.get(name);
    if (!p) throw new Error(`The partial ${name} could not be found`);
    return p(c, d);
  });
  for (const [name, p] of Object.entries(partials)) {
    const f = factory(p);
    if (!f) return undefined;
    made.set(name, f(rt));
  }
  const main = factory(source);
  if (!main) return undefined;
  return outcome(() => main(rt)(context, { root: context }));
}

function outcome(run: () => string): Outcome {
  try {
    return { text: run() };
  } catch (e) {
    const err = e as Error & { lineNumber?: number; column?: number };
    return { error: err.message, ...(err.lineNumber !== undefined ? { line: err.lineNumber, column: err.column } : {}) };
  }
}

const CONTEXTS: unknown[] = [
  {},
  { a: 'A', b: 0, list: [], obj: {} },
  { a: '', b: 1, list: ['x', '', 0, null, 'y'], obj: { k: 'v', l: 'w' }, n: { m: { o: 'deep' } } },
  {
    a: 0,
    b: 'B',
    list: [
      { text: 't1', items: ['i', 'j'] },
      { text: '', items: [] },
    ],
    obj: { only: 1 },
    n: { m: {} },
  },
  { a: () => 'called', b: () => '', list: new Set(['s1', 's2']), obj: new Map([['k', 'v']]), n: null },
  { a: [1, 2], b: [], list: 'not a list', obj: 'text', n: { m: { o: 5 } } },
  { a: { toString: () => 'object' }, b: NaN, list: [[]], obj: [], n: { m: { o: null } } },
  Object.assign(Object.create({ a: 'inherited' }) as object, { b: 'own' }),
  // Made text by `+` in Handlebars' message for a missing field: valueOf, not toString.
  { a: 0, b: 'B', n: { valueOf: () => 7, toString: () => 'text' } },
];

const TEMPLATES: [string, string, Record<string, string>?][] = [
  ['values', '{{a}}|{{b}}|{{n.m.o}}|{{this}}', {}],
  ['if and else', '{{#if a}}yes {{a}}{{else}}no{{/if}}|{{#if b}}B{{/if}}|{{#if list}}L{{/if}}|{{#if obj}}O{{/if}}', {}],
  ['else if chains', '{{#if a}}a{{else if b}}b{{else if list}}l{{else}}none{{/if}}', {}],
  ['unless', '{{#unless a}}not a{{else}}a{{/unless}}{{#unless list.length}}empty{{/unless}}', {}],
  ['each over anything', '{{#each list}}[{{@index}}{{#if @first}}F{{/if}}{{#if @last}}L{{/if}}:{{this}}]{{else}}none{{/each}}', {}],
  ['each over objects', '{{#each obj}}{{@key}}={{this}}{{#unless @last}}, {{/unless}}{{/each}}', {}],
  ['nested each and @root', '{{#each list}}{{#each items}}{{@index}}{{this}}{{@root.b}}{{/each}}{{text}}{{/each}}', {}],
  ['blocks with nothing for a context', '{{#each list}}{{#if @root.b}}<{{this}}>{{/if}}{{/each}}', {}],
  ['partials and their context', '{{> p}}|{{> p n}}|{{#each list}}{{> q}}{{/each}}', { p: '{{#if a}}{{a}}{{/if}}', q: '({{@index}}{{this}})' }],
  ['a partial on its own line, indented', 'x\n  {{> p}}\ny\n', { p: 'one\ntwo\n' }],
  ['whitespace control and standalone lines', '{{#if a}}\n  A  \n{{/if}}\n{{~#each list~}}\n {{this}} \n{{~/each}}\n{{!-- note --~}}\nend', {}],
  ['a missing field', 'line\n  {{#if a}}{{missing}}{{/if}}{{n.absent}}', {}],
  ['a missing partial', '{{> nowhere}}', {}],
  ['a data field', '{{#each list}}{{@index}}{{@missing}}{{/each}}', {}],
];

describe('a direct form gives what Handlebars gives', () => {
  it.each(TEMPLATES)('%s', (_name, source, partials = {}) => {
    for (const context of CONTEXTS) {
      const direct = viaDirect(source, context, partials);
      expect(direct).toBeDefined();
      expect(direct).toEqual(viaHandlebars(source, context, partials));
    }
  });

  it.each([
    ['a helper with arguments', '{{lookup a b}}'],
    ['a block helper of its own', '{{#with a}}{{b}}{{/with}}'],
    ['a parent context', '{{#each list}}{{../a}}{{/each}}'],
    ['block parameters', '{{#each list as |x|}}{{x}}{{/each}}'],
    ['a hash', '{{> p a=b}}'],
    ['a literal', '{{"text"}}'],
    ['a value named as a helper', '{{log}}'],
    ['a partial block', '{{#> p}}fallback{{/p}}'],
  ])('has none for %s: Handlebars runs it', (_name, source) => {
    expect(directSource(Handlebars.parse(source) as Parameters<typeof directSource>[0])).toBeUndefined();
  });
});

/** Registries whose notices are compared: the example, the notice fixtures and every corpus registry. */
function registries(): string[] {
  const corpus = join(FIXTURES, 'corpus');
  const out = [EXAMPLE, ...['complete', 'directorate', 'escaping', 'fields', 'incomplete', 'municipality'].map((n) => join(FIXTURES, 'notice', n))];
  for (const body of readdirSync(join(corpus, 'bodies')).sort()) out.push(join(corpus, 'bodies', body, 'registry'));
  for (const set of readdirSync(corpus).sort()) {
    for (const sub of ['base', 'registry']) if (/^(variants|planted)/.test(set) && existsSync(join(corpus, set, sub))) out.push(join(corpus, set, sub));
  }
  return out;
}

describe("ropa's own templates, direct, make the notice Handlebars makes, for every corpus registry", () => {
  const blocking = GAP_RULES.filter((r) => r.meta.blocksNotice === true);
  const dirs = registries();

  it('reads the whole corpus', () => {
    expect(dirs.length).toBeGreaterThan(100);
  });

  // One test per registry, each with its own time limit: the corpus grows every session, and one test over all of it
  // came near vitest's limit on a loaded machine.
  it.each(dirs.map((dir) => [relative(ROOT, dir), dir]))('%s, in both formats, layered and complete, with the blocking findings', (_name, dir) => {
    let compared = 0;
    const { registry } = validateRegistry(dir);
    if (!registry.organisation) return;
    const blockers = runGaps(registry, blocking, { today: '2026-06-01', place: false }).findings.filter((f) => f.severity === 'error');
    const lang = registry.languages[0] ?? 'nb';
    const first = registry.activities.find((a) => a.value.status === 'active' && a.value.role !== 'processor')?.value.id;
    const group = Object.keys(registry.organisation.value.noticeGroups ?? {})[0];
    const pages: Partial<NoticeOptions>[] = [
      { layered: true },
      { layered: false },
      { layered: true, pages: true },
      { layered: false, pages: true, draft: false },
      ...(first !== undefined ? [{ activity: first, pages: true }] : []),
      ...(group !== undefined ? [{ group }] : []),
    ];
    for (const format of NOTICE_FORMATS) {
      const set = loadTemplates(format);
      for (const page of pages) {
        const { view } = buildNoticeView(registry, { lang, format, draft: true, blockers, ...page });
        const direct = renderTemplates(set, escapeView(view, format));
        expect(direct, `${dir} ${format} ${JSON.stringify(page)}`).toBe(renderTemplates(set, escapeView(view, format), { viaHandlebars: true }));
        compared++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(2 * 4);
  });
});
