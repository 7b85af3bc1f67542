import { readFileSync, writeFileSync } from 'node:fs';

import { packagePath } from '../util/paths.js';

/**
 * Every region name Intl knows in nb, nn and en, in lower case, to the two-letter codes that carry it, in the order
 * asked (language, then code). Made once, when first asked: the readers of places (prose-activity) and of parties
 * (recipients-stated) share it. Asking Intl for 2,028 names costs about 140 million instructions (#16, session 24: more
 * than a tenth of a second of every run that reads a place), so `npm run build` writes the map beside this module
 * (REGION_FILE, by src/check/gate-table.ts) and a run reads it there when it was made by the same Intl data (`regionKey`);
 * otherwise (the tests, which run the sources, or another node) it is made as before.
 */
let regionNames: Map<string, string[]> | undefined;
export function regionCodes(): ReadonlyMap<string, readonly string[]> {
  regionNames ??= withFormerNames(regionTable() ?? askIntl());
  return regionNames;
}

/**
 * English names Intl gives no more, still in use («Turkey»: its English name is now «Türkiye»; «Czech Republic» is «Czechia»;
 * «Ivory Coast», «Burma», «Myanmar», «Swaziland»): R2, session 25, patched them into prose-activity's
 * short forms only, so recipients-stated did not know them for countries. Added where Intl has not the name. Not «Macedonia»: also the Greek region («Our partner in Macedonia,
 * Greece»: N12's review, session 26); North Macedonia is «North Macedonia» in Intl.
 */
const FORMER_NAMES: readonly (readonly [string, string])[] = [
  ['turkey', 'TR'],
  ['czech republic', 'CZ'],
  ['the czech republic', 'CZ'],
  ['ivory coast', 'CI'],
  ['burma', 'MM'],
  ['myanmar', 'MM'],
  ['swaziland', 'SZ'],
];
function withFormerNames(names: Map<string, string[]>): Map<string, string[]> {
  for (const [name, code] of FORMER_NAMES) if (!names.has(name)) names.set(name, [code]);
  return names;
}

function askIntl(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const lang of ['nb', 'nn', 'en']) {
    const names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
    for (const a of letters)
      for (const b of letters) {
        const n = names.of(a + b);
        if (n === undefined) continue;
        const key = n.toLowerCase();
        const codes = out.get(key);
        if (codes === undefined) out.set(key, [a + b]);
        else codes.push(a + b);
      }
  }
  return out;
}

const REGION_FILE = new URL('./regions.json', import.meta.url);
/** The Intl data the names come from: node's version, its ICU and CLDR, and an ICU data file given at start. */
const regionKey = (): string =>
  [process.version, process.versions.icu ?? '', process.versions.cldr ?? '', process.versions.unicode ?? '', process.env.NODE_ICU_DATA ?? ''].join(' ');
interface RegionFile {
  key: string;
  names: [string, string[]][];
}
function regionTable(): Map<string, string[]> | undefined {
  try {
    const file = JSON.parse(readFileSync(REGION_FILE, 'utf8')) as RegionFile;
    return file.key === regionKey() ? new Map(file.names) : undefined;
  } catch {
    /* not built (as under the tests, which run the sources), or unreadable: asked of Intl */
    return undefined;
  }
}
/** For the build (src/check/gate-table.ts): the map asked of Intl, written beside this module. */
export function writeRegionTable(): void {
  const file: RegionFile = { key: regionKey(), names: [...askIntl()] };
  writeFileSync(REGION_FILE, JSON.stringify(file));
}

/**
 * A city of a third country to its ISO code (data/third-country-cities.json: capitals and the largest cities of the third
 * countries records most often name, in en, nb and nn forms; dated reference data, each checked against GeoNames by V4,
 * session 31), for a place written as a city where a country's name is not («the recruitment agency in Kyiv»:
 * variants-landbruk LB40; R2, session 30). Read once, when first asked. No EEA city is listed (no transfer), nor a common
 * word; a name GeoNames also gives a city of 15,000 or more in another country, or a place of 1,000 or more in the EEA
 * («London», Ontario; «Boston», Lincolnshire; «Montréal», Aude), is kept apart in the file's `ambiguous` and not read.
 */
let cities: ReadonlyMap<string, string> | undefined;
export function cityCountry(name: string): string | undefined {
  cities ??= new Map(
    Object.entries((JSON.parse(readFileSync(packagePath('data', 'third-country-cities.json'), 'utf8')) as { cities: Record<string, string> }).cities),
  );
  return cities.get(name.toLowerCase());
}
