/**
 * The layers of src/, lowest first (docs/architecture.md explains each). A module may import from its
 * own layer and from the layers below it. `paths` are folders or files under src/; the longest match
 * decides, so a file can sit below the rest of its folder (the shared vocabulary in model/).
 */
export const LAYERS: { name: string; paths: string[] }[] = [
  { name: 'base', paths: ['util', 'i18n', 'model/finding.ts', 'model/types.ts', 'model/rule.ts'] },
  { name: 'load', paths: ['load'] },
  { name: 'parse', paths: ['parse'] },
  { name: 'model', paths: ['model'] },
  { name: 'validate', paths: ['validate'] },
  { name: 'check', paths: ['check', 'rules'] },
  { name: 'diff', paths: ['diff'] },
  { name: 'render', paths: ['render'] },
  { name: 'authoring', paths: ['authoring'] },
  { name: 'import', paths: ['import'] },
  { name: 'context', paths: ['cli/context.ts'] },
  { name: 'commands', paths: ['commands'] },
  { name: 'cli', paths: ['cli', 'cli.ts'] },
];

/** The index in LAYERS of a path under src/ (`render/gaps/view.ts`). */
export function layerOf(path: string): number | undefined {
  let best: { layer: number; length: number } | undefined;
  LAYERS.forEach((l, layer) => {
    for (const p of l.paths) {
      const hit = path === p || path.startsWith(`${p}/`);
      if (hit && (!best || p.length > best.length)) best = { layer, length: p.length };
    }
  });
  return best?.layer;
}

/** Each import that goes up a layer, as `from (layer) imports to (layer)`. */
export function wrongImports(edges: readonly (readonly [from: string, to: readonly string[]])[]): string[] {
  const name = (path: string): string => LAYERS[layerOf(path)!]!.name;
  return edges.flatMap(([from, tos]) => tos.filter((to) => layerOf(to)! > layerOf(from)!).map((to) => `${from} (${name(from)}) imports ${to} (${name(to)})`));
}

/**
 * The import cycles among modules: each strongly connected group of more than one module (Tarjan), sorted. Two modules
 * that import each other cannot be read, tested or moved alone, and which one is evaluated first depends on who imports
 * them first.
 */
export function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const group: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      group.push(w);
    } while (w !== v);
    if (group.length > 1) groups.push(group.sort());
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return groups.sort((a, b) => a[0]!.localeCompare(b[0]!));
}
