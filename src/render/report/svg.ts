import type { DataMap, MapNode } from './datamap.js';
import { escapeHtml } from '../escape.js';
import { wrapWords } from './text.js';

/**
 * The data map as an inline SVG: three columns (sources, activities, recipients and processors),
 * boxes stacked in the map's order and centred on the tallest column, curved edges between them.
 * Integer arithmetic only, so the same map gives the same bytes.
 */
const BOX_WIDTH = 250;
const GAP = 110;
const LINE = 15;
const PAD = 8;
const SPACING = 10;
const TOP = 40;
const MAX_CHARS = 36;
const MAX_LINES = 3;

/** Word wrap to at most MAX_LINES lines; the last line ends with … when text is cut. */
export function wrap(label: string, maxChars = MAX_CHARS, maxLines = MAX_LINES): string[] {
  const lines = wrapWords(label.replace(/\s+/g, ' '), maxChars);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const tail = kept[maxLines - 1]!;
  kept[maxLines - 1] = (tail.length >= maxChars ? tail.slice(0, maxChars - 1) : tail) + '…';
  return kept;
}

interface Placed {
  node: MapNode;
  lines: string[];
  x: number;
  y: number;
  height: number;
}

function column(nodes: readonly MapNode[], x: number): { placed: Placed[]; height: number } {
  let y = 0;
  const placed = nodes.map((node) => {
    const lines = wrap(node.label);
    const height = lines.length * LINE + 2 * PAD;
    const p = { node, lines, x, y, height };
    y += height + SPACING;
    return p;
  });
  return { placed, height: Math.max(0, y - SPACING) };
}

export function svg(map: DataMap): string {
  const cols = [map.sources, map.activities, map.targets].map((nodes, i) => column(nodes, i * (BOX_WIDTH + GAP)));
  const tallest = Math.max(...cols.map((c) => c.height));
  const at = new Map<string, Placed>();
  for (const c of cols) {
    const shift = TOP + Math.floor((tallest - c.height) / 2);
    for (const p of c.placed) {
      p.y += shift;
      at.set(p.node.key, p);
    }
  }
  const width = 3 * BOX_WIDTH + 2 * GAP;
  const height = TOP + tallest + 10;
  const titles = [map.titles.sources, map.titles.activities, map.titles.targets];
  const kindOf = new Map(map.targets.map((t) => [t.key, t.kind]));

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="datamap" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="datamap-title">`,
    `<title id="datamap-title">${escapeHtml(map.title)}</title>`,
  );
  titles.forEach((title, i) => {
    out.push(`<text class="col-title" x="${i * (BOX_WIDTH + GAP) + BOX_WIDTH / 2}" y="18" text-anchor="middle">${escapeHtml(title)}</text>`);
  });
  for (const e of map.edges) {
    const a = at.get(e.from);
    const b = at.get(e.to);
    if (!a || !b) continue;
    const x1 = a.x + BOX_WIDTH;
    const y1 = a.y + Math.floor(a.height / 2);
    const x2 = b.x;
    const y2 = b.y + Math.floor(b.height / 2);
    const mid = x1 + Math.floor((x2 - x1) / 2);
    out.push(`<path class="edge edge-${e.kind}" d="M${x1} ${y1} C${mid} ${y1} ${mid} ${y2} ${x2} ${y2}"/>`);
  }
  for (const [i, c] of cols.entries()) {
    for (const p of c.placed) {
      const kind = i === 0 ? 'source' : i === 1 ? 'activity' : (kindOf.get(p.node.key) ?? 'recipient');
      out.push(
        `<g class="node node-${kind}">`,
        `<title>${escapeHtml(p.node.label)}</title>`,
        `<rect x="${p.x}" y="${p.y}" width="${BOX_WIDTH}" height="${p.height}" rx="4"/>`,
        ...p.lines.map((l, j) => `<text x="${p.x + PAD}" y="${p.y + PAD + (j + 1) * LINE - 3}">${escapeHtml(l)}</text>`),
        '</g>',
      );
    }
  }
  out.push('</svg>');
  return out.join('\n');
}
