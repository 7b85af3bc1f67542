import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { LAYERS, importCycles, layerOf, wrongImports } from './layers.js';

/**
 * The pipeline order of docs/architecture.md, enforced: a module imports only from its own layer
 * or from layers below it (static and lazy imports, types included), and the doc names every folder.
 */
const SRC = join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Every relative module a file imports, as a path under src/ (`from '…'`, `import('…')`, `export … from '…'`). */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm)].map((m) => m[1]!);
  return specifiers.map((s) => relative(SRC, resolve(dirname(file), s)).replace(/\.js$/, '.ts'));
}

const files = sourceFiles(SRC).map((f) => relative(SRC, f));

/** The modules a file imports for their values when it loads: `import type` and lazy `import('…')` left out. */
function loadImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?\bfrom\s+['"](\.{1,2}\/[^'"]+)['"]/gm)].map((m) => m[1]!);
  return specifiers.map((s) => relative(SRC, resolve(dirname(file), s)).replace(/\.js$/, '.ts'));
}

describe('layers', () => {
  it('every source file belongs to a layer', () => {
    expect(files.filter((f) => layerOf(f) === undefined)).toEqual([]);
  });

  it('no module imports from a layer above its own', () => {
    expect(wrongImports(files.map((f) => [f, imports(join(SRC, f))]))).toEqual([]);
  });

  it('sees a wrong import when there is one', () => {
    expect(imports(join(SRC, 'cli.ts'))).toContain('cli/context.ts');
    expect(
      wrongImports([
        ['render/gaps/view.ts', ['check/engine.ts', 'commands/gaps.ts']],
        ['model/finding.ts', ['model/build.ts']],
        ['commands/gaps.ts', ['cli/context.ts']],
      ]),
    ).toEqual(['render/gaps/view.ts (render) imports commands/gaps.ts (commands)', 'model/finding.ts (base) imports model/build.ts (model)']);
  });

  it('no two modules import each other, directly or around a circle', () => {
    expect(importCycles(new Map(files.map((f) => [f, loadImports(join(SRC, f))])))).toEqual([]);
  });

  it('sees an import cycle when there is one, and not a type-only or lazy one', () => {
    expect(
      importCycles(
        new Map([
          ['import/bases.ts', ['import/references.ts', 'i18n/index.ts']],
          ['import/references.ts', ['import/vocabulary.ts', 'import/bases.ts']],
          ['import/vocabulary.ts', []],
          ['a.ts', ['b.ts']],
          ['b.ts', ['c.ts']],
          ['c.ts', ['a.ts']],
        ]),
      ),
    ).toEqual([
      ['a.ts', 'b.ts', 'c.ts'],
      ['import/bases.ts', 'import/references.ts'],
    ]);
    expect(loadImports(join(SRC, 'validate/forms.ts'))).toContain('validate/schema-files.ts');
    expect(loadImports(join(SRC, 'cli.ts')).some((f) => f.startsWith('commands/'))).toBe(false);
  });

  it('docs/architecture.md names every folder of src/ and every layer', () => {
    const doc = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8');
    const folders = [...new Set(files.filter((f) => f.includes('/')).map((f) => f.slice(0, f.lastIndexOf('/'))))].sort();
    expect(folders.filter((f) => !doc.includes(`src/${f}/`))).toEqual([]);
    expect(LAYERS.filter((l) => !doc.includes(`| ${l.name} |`)).map((l) => l.name)).toEqual([]);
  });
});
