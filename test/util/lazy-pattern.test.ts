import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { lazyPattern } from '../../src/util/lazy-pattern.js';
import { gated } from '../../src/util/prefilter.js';

describe('lazyPattern', () => {
  it('gives its source and flags without building, and the same RegExp on every call', () => {
    const p = lazyPattern(String.raw`(?<![\p{L}])hels\p{L}*`, 'giu');
    expect([p.source, p.flags]).toEqual([String.raw`(?<![\p{L}])hels\p{L}*`, 'giu']);
    expect(p()).toBe(p());
    expect(p().source).toBe(new RegExp(p.source, p.flags).source);
    // A global pattern keeps its lastIndex between calls, as a module-level literal did.
    expect(p().exec('Helse og helsa')?.[0]).toBe('Helse');
    expect(p().exec('Helse og helsa')?.[0]).toBe('helsa');
  });

  it('is built by `gated` only when a text passes its prefilter', () => {
    let built = 0;
    const source = String.raw`(?<![\p{L}])diagnose\p{L}*`;
    const p = Object.assign(() => (built++, new RegExp(source, 'iu')), { source, flags: 'iu' });
    const has = gated(p);
    expect([has('Navn og adresse'), built]).toEqual([false, 0]);
    expect([has('Diagnoser'), has('diagnosen'), has('ikke her'), built]).toEqual([true, true, false, 1]);
  });
});

/**
 * V8 parses a regular-expression literal when its module loads, and `new RegExp` when it runs: a rule's or a reader's
 * patterns are `lazyPattern(…)`, built when a text first reaches them (docs/performance.md, sessions 17 and 22: the top
 * level of src/check/facts.ts and prose-activity.ts cost about 0.15–0.2 s of CPU each to load, half of it patterns a
 * registry never reaches). An exported pattern is left alone (other modules use it as a RegExp). `node
 * scripts/lazy-patterns.cjs` converts what this finds.
 */
describe('rule and reader modules build no pattern when they load', () => {
  const eagerIn = (dir: string): string[] =>
    readdirSync(join(ROOT, dir))
      .filter((n) => n.endsWith('.ts'))
      .flatMap((name) => {
        const sf = ts.createSourceFile(name, readFileSync(join(ROOT, dir, name), 'utf8'), ts.ScriptTarget.Latest, true);
        return sf.statements
          .filter(ts.isVariableStatement)
          .filter((st) => !(st.modifiers ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword))
          .flatMap((st) =>
            st.declarationList.declarations
              .filter(
                (d) =>
                  d.initializer !== undefined &&
                  (d.initializer.kind === ts.SyntaxKind.RegularExpressionLiteral ||
                    (ts.isNewExpression(d.initializer) && d.initializer.expression.getText(sf) === 'RegExp')),
              )
              .map((d) => `${dir}/${name}: ${d.name.getText(sf)}`),
          );
      });

  it('has no module-level regular-expression literal or new RegExp in src/rules', () => {
    expect(eagerIn('src/rules')).toEqual([]);
  });

  it('has none in src/check but exported ones', () => {
    expect(eagerIn('src/check')).toEqual([]);
  });
});
