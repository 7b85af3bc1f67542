import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isScalar, parseDocument, visit, type Pair } from 'yaml';

/** Directions a registry text opens and leaves open: an RLO, an RLI, an RLE inside an LRI, an LRO. */
const OPENERS = ['\u202e', '\u2067', '\u202b\u2066', '\u202d'];
const CLOSER: Record<string, string> = { '\u202e': '\u202c', '\u202b': '\u202c', '\u202d': '\u202c', '\u2067': '\u2069', '\u2066': '\u2069' };

/**
 * The registry at `dir` (a scratch copy) with every string value `poisoned` picks (by its key, and the path of nodes above
 * it) ending in «evil» after a direction it opens and leaves open.
 */
export function openDirectionsIn(dir: string, poisoned: (key: string, path: readonly unknown[]) => boolean): string {
  let n = 0;
  for (const sub of ['', 'activities', 'catalogues']) {
    for (const name of readdirSync(join(dir, sub)).filter((f) => f.endsWith('.yaml'))) {
      const file = join(dir, sub, name);
      const doc = parseDocument(readFileSync(file, 'utf8'));
      visit(doc, {
        Pair(_, pair: Pair, path) {
          if (!isScalar(pair.key) || !isScalar(pair.value) || typeof pair.value.value !== 'string' || !poisoned(String(pair.key.value), path)) return;
          pair.value.value = `${pair.value.value} ${OPENERS[n++ % OPENERS.length]}evil`;
          pair.value.type = 'QUOTE_DOUBLE';
        },
      });
      writeFileSync(file, doc.toString({ lineWidth: 0 }));
    }
  }
  return dir;
}

/** Each place a registry text's «evil» is not closed right where the text ends: the words of ropa's that follow it. */
export function leftOpen(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/([\u202a-\u202e\u2066-\u2068]+)evil(.{0,40})/gsu)) {
    const closers = [...m[1]!]
      .reverse()
      .map((c) => CLOSER[c]!)
      .join('');
    if (!m[2]!.startsWith(closers)) out.push(JSON.stringify(m[0]));
  }
  return [...new Set(out)];
}
