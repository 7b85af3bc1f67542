/**
 * Every region name Intl knows in nb, nn and en, in lower case, to the two-letter codes that carry it, in the order
 * asked (language, then code). Made once, when first asked: the readers of places (prose-activity) and of parties
 * (recipients-stated) share it.
 */
let regionNames: Map<string, string[]> | undefined;
export function regionCodes(): ReadonlyMap<string, readonly string[]> {
  if (regionNames === undefined) {
    regionNames = new Map();
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    for (const lang of ['nb', 'nn', 'en']) {
      const names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
      for (const a of letters)
        for (const b of letters) {
          const n = names.of(a + b);
          if (n === undefined) continue;
          const key = n.toLowerCase();
          const codes = regionNames.get(key);
          if (codes === undefined) regionNames.set(key, [a + b]);
          else codes.push(a + b);
        }
    }
  }
  return regionNames;
}
