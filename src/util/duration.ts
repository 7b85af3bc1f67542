/**
 * ISO 8601 durations as the schema allows them (PnYnMnWnDTnHnMnS), compared by their approximate
 * length: a year is 365.2425 days and a month a twelfth of that, so P12M equals P1Y.
 */
const UNITS: [RegExp, number][] = [
  [/(\d+)Y/, 365.2425 * 86400],
  [/(\d+)M/, (365.2425 / 12) * 86400],
  [/(\d+)W/, 7 * 86400],
  [/(\d+)D/, 86400],
];
const TIME_UNITS: [RegExp, number][] = [
  [/(\d+)H/, 3600],
  [/(\d+)M/, 60],
  [/(\d+)S/, 1],
];

/** Approximate seconds; undefined when the text is not a duration. */
export function durationSeconds(iso: string): number | undefined {
  const m = /^P(?!$)((?:\d+[YMWD])*)(?:T((?:\d+[HMS])+))?$/.exec(iso);
  if (!m) return undefined;
  const sum = (part: string | undefined, units: [RegExp, number][]): number =>
    units.reduce((s, [re, secs]) => s + Number(re.exec(part ?? '')?.[1] ?? 0) * secs, 0);
  return sum(m[1], UNITS) + sum(m[2], TIME_UNITS);
}
