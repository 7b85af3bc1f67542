import type { ResolvedActivity } from '../../model/resolve.js';
import { r, text, type TextContext } from './text.js';

/**
 * Where the data flows: sources → activities → recipients and processors. Nodes get short
 * generated keys (s0, a0, t0) so that no registry text ever becomes an identifier in a diagram.
 */
export interface MapNode {
  key: string;
  label: string;
}

export interface MapTarget extends MapNode {
  kind: 'recipient' | 'processor';
}

export interface MapEdge {
  from: string;
  to: string;
  /** Into an activity from a source, or out of it to a recipient or a processor. */
  kind: 'source' | 'recipient' | 'processor';
}

export interface DataMap {
  /** The diagram's title, a caption that says how to read it, and the titles of its three columns. */
  title: string;
  caption: string;
  titles: { sources: string; activities: string; targets: string };
  sources: MapNode[];
  activities: MapNode[];
  targets: MapTarget[];
  edges: MapEdge[];
}

/**
 * Activities keep their order; sources and targets are ordered by the mean position of the
 * activities they connect to (then by first use), which keeps most lines short and few crossing.
 */
export function buildDataMap(activities: readonly ResolvedActivity[], ctx: TextContext): DataMap {
  const sources = new Map<string, MapNode>();
  const targets = new Map<string, MapTarget>();
  const map: DataMap = {
    title: r(ctx, 'datamap.title'),
    caption: r(ctx, 'datamap.caption'),
    titles: { sources: r(ctx, 'datamap.sources'), activities: r(ctx, 'datamap.activities'), targets: r(ctx, 'datamap.targets') },
    sources: [],
    activities: [],
    targets: [],
    edges: [],
  };
  activities.forEach((a, i) => {
    const key = `a${i}`;
    map.activities.push({ key, label: text(ctx, a.activity.title) });
    for (const s of a.sources) {
      let node = sources.get(s.id);
      if (!node) {
        node = { key: `s${sources.size}`, label: text(ctx, s.value.name) };
        sources.set(s.id, node);
        map.sources.push(node);
      }
      map.edges.push({ from: node.key, to: key, kind: 'source' });
    }
    const out = [
      ...(Array.isArray(a.recipients)
        ? a.recipients.map((x) => ({ id: `recipient:${x.id}`, label: text(ctx, x.value.name), kind: 'recipient' as const }))
        : []),
      ...a.processors.map((x) => ({ id: `processor:${x.id}`, label: text(ctx, x.value.name), kind: 'processor' as const })),
    ];
    for (const o of out) {
      let node = targets.get(o.id);
      if (!node) {
        node = { key: `t${targets.size}`, label: o.label, kind: o.kind };
        targets.set(o.id, node);
        map.targets.push(node);
      }
      map.edges.push({ from: key, to: node.key, kind: o.kind });
    }
  });
  const position = new Map(map.activities.map((a, i) => [a.key, i]));
  const mean = (key: string, end: 'from' | 'to'): number => {
    const linked = map.edges.filter((e) => e[end] === key).map((e) => position.get(end === 'from' ? e.to : e.from)!);
    return linked.reduce((x, y) => x + y, 0) / linked.length;
  };
  const byMean = <T extends MapNode>(nodes: T[], end: 'from' | 'to'): T[] =>
    nodes
      .map((n, i) => ({ n, i, m: mean(n.key, end) }))
      .sort((a, b) => a.m - b.m || a.i - b.i)
      .map((x) => x.n);
  map.sources = byMean(map.sources, 'from');
  map.targets = byMean(map.targets, 'to');
  return map;
}
