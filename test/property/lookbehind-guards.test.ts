import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it, vi } from 'vitest';
import { guardMisses, openingLookbehinds, parse } from '../helpers/regex-guards.js';

/**
 * The speed rule (docs/performance.md, session 17): an alternative that can open a match must not start with a lookbehind
 * that holds an alternation or a repeat (`|(?<!(?:kurs|course)[^.;:]{0,60})skade…`): V8 tries it at every position of
 * every text (gaps went 2.97× → 4.62× validate). It is guarded by a lookahead of the words it can start with,
 * `(?=personskade|skad|injur)(?<!…)(?:personskade|skade…|injur…)`; and since the guard is a hand-written copy of those
 * words, each guard is held here to admit every text its words can start with (a word added to the alternative and not
 * to its guard would silently never be read).
 *
 * The patterns are those src/check/*.ts and src/rules/*.ts build, as built: every `lazyPattern` and `new RegExp` their
 * modules make when they load (template parts included), and their regular-expression literals. In the property project,
 * whose files each load the modules afresh (the unit project shares one module graph, where they would have loaded
 * before this file could watch them).
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIRS = ['src/check', 'src/rules'];

interface Seen {
  source: string;
  flags: string;
  where: string;
}
const seen = vi.hoisted(() => {
  const list: Seen[] = [];
  /** The module of src/check or src/rules that made the pattern (from the stack), or undefined. */
  const caller = (): string | undefined => {
    const line = (new Error().stack ?? '').split('\n').find((l) => /[/\\]src[/\\](?:check|rules)[/\\]/.test(l));
    return line?.replace(/^.*?[/\\](src[/\\][^:]*:\d+).*$/, '$1');
  };
  return { list, caller };
});

vi.mock('../../src/util/lazy-pattern.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/util/lazy-pattern.js')>();
  return {
    ...original,
    lazyPattern: (source: string, flags = '') => {
      seen.list.push({ source, flags, where: seen.caller() ?? '?' });
      return original.lazyPattern(source, flags);
    },
  };
});

// A pattern made by letterPattern (util/letters.ts) is seen as written, not with its narrow letter classes.
vi.mock('../../src/util/letters.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/util/letters.js')>();
  return {
    ...original,
    letterPattern: (source: string, flags = '') => {
      seen.list.push({ source, flags, where: seen.caller() ?? '?' });
      return original.letterPattern(source, flags);
    },
  };
});

const files = DIRS.flatMap((d) =>
  readdirSync(join(ROOT, d))
    .filter((n) => n.endsWith('.ts'))
    .map((n) => join(ROOT, d, n)),
);

/** Every `new RegExp` a module makes while it loads (the global constructor stands in for the real one meanwhile). */
async function loadAll(): Promise<void> {
  const Original = globalThis.RegExp;
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?], newTarget) {
      const where = seen.caller();
      if (where !== undefined) {
        const [p, f] = args;
        seen.list.push({ source: p instanceof Original ? p.source : String(p), flags: f ?? (p instanceof Original ? p.flags : ''), where });
      }
      return Reflect.construct(target, args, newTarget) as RegExp;
    },
  });
  try {
    for (const f of files) await import(pathToFileURL(f).href);
  } finally {
    globalThis.RegExp = Original;
  }
}

/** The regular-expression literals of the files, and the pieces of their templates and strings that hold a lookbehind. */
function fromFiles(): { literals: Seen[]; pieces: { piece: string; where: string }[] } {
  const literals: Seen[] = [];
  const pieces: { piece: string; where: string }[] = [];
  for (const file of files) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const where = (n: ts.Node): string => `${file.slice(ROOT.length)}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
    const visit = (n: ts.Node): void => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = n.getText(sf);
        const slash = text.lastIndexOf('/');
        literals.push({ source: text.slice(1, slash), flags: text.slice(slash + 1), where: where(n) });
      }
      const raw = n.parent !== undefined && ts.isTaggedTemplateExpression(n.parent) && n.parent.tag.getText(sf) === 'String.raw';
      const parts: string[] = ts.isNoSubstitutionTemplateLiteral(n)
        ? [raw ? (n.rawText ?? '') : n.text]
        : ts.isTemplateExpression(n)
          ? [n.head, ...n.templateSpans.map((s) => s.literal)].map((p) => (raw ? (p.rawText ?? '') : p.text))
          : ts.isStringLiteral(n)
            ? [n.text]
            : [];
      // A lookbehind of more than one class (`(?<![\p{L}])` is one): the kind the rule is about.
      for (const piece of parts) if (/\(\?<[!=](?!\[[^\]]*\]\))/.test(piece)) pieces.push({ piece, where: where(n) });
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return { literals, pieces };
}

await loadAll();
const { literals, pieces } = fromFiles();
const patterns = [...new Map([...seen.list, ...literals].map((p) => [`${p.flags}/${p.source}`, p])).values()];

/**
 * Costly opening lookbehinds not guarded yet, in patterns other helpers of session 18 were changing at the same time
 * (SOURCE_SAID, employee-control, consent-valid, facts.ts's PASSIVE_SENT): guard each (a lookahead of the words it can
 * start with) and take it off this list, which must hold exactly what is found. The module and the lookbehind's start.
 */
const PENDING: string[] = [
  String.raw`src/check/facts.ts (?<!(?<![\p{L}])(?:til|to|fra|frå|from|om|about|av|of)\s+(?:`,
  String.raw`src/check/prose-activity.ts (?<!(?:sender|sendar|sende|senda|sendes|sendast|videresender`,
  String.raw`src/rules/consent-valid.ts (?<!(?<![\p{L}])(?:uten|utan|without)\s+(?:\p{L}+\s+){0,2})(`,
  String.raw`src/rules/consent-valid.ts (?<=(?:box\p{L}*|checkbox\p{L}*|fields?|options?|consent\p{L`,
  String.raw`src/rules/employee-control.ts (?<!(?<![\p{L}])(?:uten|utan|without)\s+(?:å\s+)?(?:knytte|k`,
];

describe('lookbehind guards: the patterns of src/check and src/rules', () => {
  it('sees the patterns the modules build, template parts included', () => {
    expect(patterns.length).toBeGreaterThan(500);
    // Each piece of a template or string that holds a lookbehind is in a pattern seen here: a pattern built only when a
    // function runs would otherwise escape this test (build it when the module loads, with lazyPattern).
    const unseen = pieces.filter(({ piece }) => !patterns.some((p) => p.source.includes(piece))).map((p) => `${p.where}: ${p.piece.slice(0, 80)}`);
    expect(unseen).toEqual([]);
  });

  it('opens no alternative with a costly lookbehind unless a lookahead of its words guards it', () => {
    const found = patterns.flatMap((p) =>
      openingLookbehinds(parse(p.source, p.flags), p.source, p.flags).unguarded.map((f) => ({
        key: `${p.where.replace(/:\d+$/, '')} ${p.source.slice(f.start, f.start + 60)}`,
        shown: `${p.where}: ${p.source.slice(Math.max(0, f.start - 30), f.end + 40)}`,
      })),
    );
    const bad = found.filter((f) => !PENDING.includes(f.key)).map((f) => f.shown);
    expect(bad).toEqual([]);
    // A pending one that is guarded now leaves the list.
    expect(PENDING.filter((k) => !found.some((f) => f.key === k))).toEqual([]);
  });

  it('guards admit every text the guarded words can start with', () => {
    let guards = 0;
    const drift = patterns.flatMap((p) =>
      openingLookbehinds(parse(p.source, p.flags), p.source, p.flags).guarded.flatMap((g) => {
        guards++;
        const { made, texts, misses } = guardMisses(g, p.source, p.flags);
        const guard = p.source.slice(g.guard.start, g.guard.end);
        // Nearly every text made for the words is one they match (else the texts would say little of the guard).
        if (texts < made * 0.9) return [`${p.where}: ${guard} guards words the texts made for them do not match (${texts} of ${made})`];
        return misses.length === 0 ? [] : [`${p.where}: ${guard} does not admit ${JSON.stringify(misses.slice(0, 6))}`];
      }),
    );
    expect(drift).toEqual([]);
    expect(guards).toBeGreaterThanOrEqual(15);
  });
});

describe('lookbehind guards: the check itself', () => {
  const LONG = String.raw`(?<!(?:kurs\p{L}*|courses?|statisti\p{L}*)[^.;:]{0,60})`;
  const check = (source: string) => {
    const tree = parse(source, 'iu');
    const { unguarded, guarded } = openingLookbehinds(tree, source, 'iu');
    return { unguarded: unguarded.length, misses: guarded.flatMap((g) => guardMisses(g, source, 'iu').misses) };
  };

  it('fails an unguarded costly lookbehind at the opening of an alternative, at any depth', () => {
    expect(check(String.raw`(?<![\p{L}])(?:helse\p{L}*|${LONG}(?:skade|injury))`).unguarded).toBe(1);
    expect(check(String.raw`${LONG}personskade`).unguarded).toBe(1);
    // After an optional part the lookbehind still stands where a match begins.
    expect(check(String.raw`(?:\s+)?${LONG}skade`).unguarded).toBe(1);
    // A short lookbehind (one class), one after consumed words, and a guarded one are fine.
    expect(check(String.raw`(?<![\p{L}])skade|fra\s+${LONG}skade|(?=skad)${LONG}skade`).unguarded).toBe(0);
  });

  it('rejects a guard that drifted from its words, and passes one that holds', () => {
    // «personskade» added to the words and not to the guard.
    expect(check(String.raw`(?=skad|injur)${LONG}(?:personskade(?:r|n)?|(?:skade|skader|injur(?:y|ies))\s+(?:på|to)\s+\p{L}+)`).misses).toEqual(
      expect.arrayContaining([expect.stringMatching(/^personskade/)]),
    );
    // A guard that needs more than a word gives: «whether\s» where the words allow «whether» then a tab.
    expect(check(String.raw`(?=whether |if )${LONG}(?:whether|if)\s+\p{L}+`).misses.length).toBeGreaterThan(0);
    // Through a group after the guard (asTopicNot's shape), and a word only a nested alternative gives.
    expect(check(String.raw`(?=rusbruk)(?:${LONG}(?:rusbruk|rus(?:misbruk|middelbruk))\p{L}*|x)`).misses).toEqual(
      expect.arrayContaining([expect.stringMatching(/^rusmisbruk/), expect.stringMatching(/^rusmiddelbruk/), expect.stringMatching(/^x/)]),
    );
    expect(check(String.raw`(?=personskade|skad|injur)${LONG}(?:personskade(?:r|n)?|(?:skade|skader|injur(?:y|ies))\s+(?:på|to)\s+\p{L}+)`)).toEqual({
      unguarded: 0,
      misses: [],
    });
  });
});
