import { windowsReserved } from '../util/portable.js';
import { FORBIDDEN_KEYS } from '../parse/yaml.js';

/**
 * Readable ids from names: «Barn i barnehage» → barn-i-barnehage, «Søkere til skolefritidsordning» →
 * sokere-til-skolefritidsordning. æ → ae, ø → o, å → a (as Norwegians write them in web addresses), other
 * accents dropped, everything else that is not a letter or digit becomes one hyphen.
 */
const MAX = 60;

export function slug(name: string, fallback = 'item'): string {
  const base = name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/[øö]/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  let id = base;
  if (id.length > MAX) {
    // Cut at a word boundary, so that the id still reads.
    const cut = id.slice(0, MAX + 1);
    const at = cut.lastIndexOf('-');
    id = (at > 20 ? cut.slice(0, at) : cut.slice(0, MAX)).replace(/-+$/, '');
  }
  if (id === '') id = fallback;
  if (!/^[a-z]/.test(id)) id = `${fallback}-${id}`;
  // «Con» or «Aux» would be activities/con.yaml, a name Windows keeps for a device.
  if (windowsReserved(id)) id = `${id}-${fallback}`;
  // «Constructor» or «Prototype» as a catalogue entry's key is refused by the parser (it names a part of every object).
  if (FORBIDDEN_KEYS.has(id)) id = `${id}-${fallback}`;
  return id;
}

/** Hands out ids that are unique among those already taken: name, name-2, name-3 … */
export class Ids {
  private readonly taken: Set<string>;
  constructor(taken: Iterable<string> = []) {
    this.taken = new Set(taken);
  }
  next(name: string, fallback?: string): string {
    const base = slug(name, fallback);
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
  has(id: string): boolean {
    return this.taken.has(id);
  }
}
