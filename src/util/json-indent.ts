/** How many characters `depth` arrays around a value add before and after it in `JSON.stringify(…, null, 2)`, by depth. */
const brackets = new Map<number, [number, number]>();

function arrayBrackets(depth: number): [number, number] {
  let b = brackets.get(depth);
  if (b === undefined) {
    let wrapped: unknown = 0;
    for (let d = 0; d < depth; d++) wrapped = [wrapped];
    const text = JSON.stringify(wrapped, null, 2);
    const before = text.indexOf('0');
    brackets.set(depth, (b = [before, text.length - before - 1]));
  }
  return b;
}

/**
 * `value` as `JSON.stringify(…, null, 2)` writes it `depth` levels down inside a whole: its inner lines indented further,
 * its first line not. Stringified inside `depth` arrays, which indents it as the whole would, and the arrays' brackets cut
 * off again: cheaper than indenting its lines afterwards (the JSON and SARIF lists written in pieces,
 * src/render/gaps/json.ts and src/render/findings/sarif.ts).
 */
export function stringifyAt(value: unknown, depth: number): string {
  let wrapped = value;
  for (let d = 0; d < depth; d++) wrapped = [wrapped];
  const [before, after] = arrayBrackets(depth);
  const text = JSON.stringify(wrapped, null, 2);
  return text.slice(before, text.length - after);
}
