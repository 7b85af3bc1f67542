/**
 * How many characters `depth` arrays around a value add before and after it in `JSON.stringify(…, null, 2)`: a value
 * stringified inside `depth` arrays is indented as it would be that deep in a whole, and these cut the brackets off again
 * (the JSON and SARIF lists written in pieces, src/render/gaps/json.ts and src/render/findings/sarif.ts).
 */
export function arrayBrackets(depth: number): [number, number] {
  let wrapped: unknown = 0;
  for (let d = 0; d < depth; d++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  const before = text.indexOf('0');
  return [before, text.length - before - 1];
}
