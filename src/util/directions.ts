/**
 * Directional formatting characters (Unicode bidirectional algorithm, UAX #9): the embeddings and overrides LRE,
 * RLE, LRO, RLO and their closer PDF (U+202A–U+202E), the isolates LRI, RLI, FSI and their closer PDI
 * (U+2066–U+2069). One left open in a registry text reorders what follows it in the same paragraph: put into a
 * notice's sentence or beside ropa's own words in an HTML or Markdown document, an RLO in a purpose turned «(Art.
 * 6(1)(a))» and the rest of a sentence of ropa's backwards ("Trojan Source" in a published document).
 */
const DIRECTIONAL = /[\u202a-\u202e\u2066-\u2069]/;

/**
 * The text with every embedding, override and isolate it opens closed at its end, and every closer that closes
 * nothing it opened left out, so that its directions end where it ends: what it shows of itself is as written.
 * A text without such characters, nearly every one, is given back as it is.
 */
export function closeDirections(text: string): string {
  if (!DIRECTIONAL.test(text)) return text;
  // What is open, innermost last: 'e' an embedding or override (closed by PDF), 'i' an isolate (closed by PDI,
  // which also closes the embeddings opened inside it).
  const open: ('e' | 'i')[] = [];
  let out = '';
  for (const ch of text) {
    if (ch === '\u202c') {
      if (open[open.length - 1] !== 'e') continue;
      open.pop();
    } else if (ch === '\u2069') {
      const at = open.lastIndexOf('i');
      if (at < 0) continue;
      open.length = at;
    } else if (ch >= '\u202a' && ch <= '\u202e') open.push('e');
    else if (ch >= '\u2066' && ch <= '\u2068') open.push('i');
    out += ch;
  }
  for (let i = open.length - 1; i >= 0; i--) out += open[i] === 'e' ? '\u202c' : '\u2069';
  return out;
}

/** Whether a file's text has a directional formatting character anywhere: nearly none has, and its data is then left as it is. */
export const hasDirections = (text: string): boolean => DIRECTIONAL.test(text);

/**
 * Every string in a file's data closed (`closeDirections`), in place, once, where it is loaded: every output then
 * prints a registry text with its directions ended where it ends, whatever renderer prints it and whatever field it
 * is in (a restriction's `gdpr`, a law's `section`, a custom value), not only the texts a renderer closes itself.
 * Keys are left as they are: an id's form is the schema's to check, and a key changed could meet another.
 */
export function closeDirectionsIn(data: unknown, seen: WeakSet<object> = new WeakSet()): unknown {
  if (typeof data === 'string') return closeDirections(data);
  // An alias shares its node: each object is walked once (and a cycle, were one ever made, ends).
  if (data === null || typeof data !== 'object' || seen.has(data)) return data;
  seen.add(data);
  if (Array.isArray(data)) {
    for (let i = 0; i < data.length; i++) data[i] = closeDirectionsIn(data[i], seen);
  } else {
    const record = data as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = closeDirectionsIn(record[key], seen);
  }
  return data;
}
