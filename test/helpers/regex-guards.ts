/**
 * Reads a regular expression's source into a tree, to hold the speed rule of docs/performance.md (session 17): an
 * alternative must not open with a lookbehind that holds an alternation or a repeat (`(?<!(?:kurs|course)[^.]{0,60})`),
 * since V8 tries an opening lookbehind at every position of every text; it is guarded by a lookahead of the words the
 * alternative can start with (`(?=personskade|skad|injur)(?<!…)(?:personskade|skade…|injur…)`). The guard is a
 * hand-written copy of those words, so it can drift from them (a word added to the alternative and not to the guard is
 * silently never read): `guardMisses` generates the texts the guarded words can start with and tests the guard on each.
 *
 * Used by test/property/lookbehind-guards.test.ts. Parses the ECMAScript syntax the project writes (with or without `u`);
 * throws on what it does not know, so that a pattern it cannot read is reported rather than passed.
 */

export type Node = Alt | Seq | Group | Quant | Char | CharSet | Assert | BackRef;
export interface Alt {
  t: 'alt';
  alts: Seq[];
  start: number;
  end: number;
}
export interface Seq {
  t: 'seq';
  terms: Node[];
  start: number;
  end: number;
}
export interface Group {
  t: 'group';
  /** capturing, non-capturing, lookahead, negative lookahead, lookbehind, negative lookbehind */
  kind: 'cap' | 'non' | 'la' | 'nla' | 'lb' | 'nlb';
  body: Alt;
  start: number;
  end: number;
}
export interface Quant {
  t: 'quant';
  atom: Node;
  min: number;
  max: number;
  start: number;
  end: number;
}
export interface Char {
  t: 'char';
  ch: string;
  start: number;
  end: number;
}
/** A class, a class escape (\s \d \w \p{…}) or `.`: some character, sampled by testing candidates against its source. */
export interface CharSet {
  t: 'set';
  start: number;
  end: number;
}
export interface Assert {
  t: 'assert';
  start: number;
  end: number;
}
export interface BackRef {
  t: 'backref';
  start: number;
  end: number;
}

export class RegexParser {
  private i = 0;
  constructor(
    readonly src: string,
    private readonly unicode: boolean,
  ) {}

  parse(): Alt {
    const n = this.alt();
    if (this.i !== this.src.length) this.fail('unexpected )');
    return n;
  }

  private fail(why: string): never {
    throw new Error(`${why} at ${this.i} of /${this.src.slice(Math.max(0, this.i - 40), this.i + 40)}/`);
  }

  private alt(): Alt {
    const start = this.i;
    const alts = [this.seq()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.seq());
    }
    return { t: 'alt', alts, start, end: this.i };
  }

  private seq(): Seq {
    const start = this.i;
    const terms: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') terms.push(this.term());
    return { t: 'seq', terms, start, end: this.i };
  }

  private term(): Node {
    const start = this.i;
    const atom = this.atom();
    const q = this.quantifier();
    return q === undefined ? atom : { t: 'quant', atom, min: q.min, max: q.max, start, end: this.i };
  }

  private quantifier(): { min: number; max: number } | undefined {
    const s = this.src;
    const c = s[this.i];
    let q: { min: number; max: number } | undefined;
    if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '?') q = { min: 0, max: 1 };
    if (q !== undefined) this.i++;
    else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(s.slice(this.i, this.i + 24));
      if (m === null) {
        if (this.unicode) this.fail('lone {');
        return undefined;
      }
      this.i += m[0].length;
      const min = Number(m[1]);
      q = { min, max: m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]) };
    } else return undefined;
    if (s[this.i] === '?') this.i++;
    return q;
  }

  private atom(): Node {
    const s = this.src;
    const start = this.i;
    const c = s[this.i]!;
    if (c === '^' || c === '$') {
      this.i++;
      return { t: 'assert', start, end: this.i };
    }
    if (c === '(') {
      const opening = /^\((?:\?(?::|=|!|<=|<!|<[^>=!]+>)?)?/.exec(s.slice(this.i))![0];
      const kinds: Record<string, Group['kind']> = { '(?:': 'non', '(?=': 'la', '(?!': 'nla', '(?<=': 'lb', '(?<!': 'nlb' };
      const kind: Group['kind'] = kinds[opening] ?? 'cap';
      if (opening === '(?') this.fail('unknown group');
      this.i += opening.length;
      const body = this.alt();
      if (s[this.i] !== ')') this.fail('unclosed group');
      this.i++;
      return { t: 'group', kind, body, start, end: this.i };
    }
    if (c === '[') {
      this.i++;
      if (s[this.i] === '^') this.i++;
      // `[]` and `[^]` are complete classes: a `]` right after the opening closes them.
      while (s[this.i] !== ']') {
        if (this.i >= s.length) this.fail('unclosed class');
        if (s[this.i] === '\\') this.i += 2;
        else this.i += this.unicode ? String.fromCodePoint(s.codePointAt(this.i)!).length : 1;
      }
      this.i++;
      // A \p{…} inside a class was stepped over two characters at a time: its braces hold no `]`.
      return { t: 'set', start, end: this.i };
    }
    if (c === '.') {
      this.i++;
      return { t: 'set', start, end: this.i };
    }
    if (c === '\\') {
      const e = s[this.i + 1];
      if (e === undefined) this.fail('trailing backslash');
      if (e === 'b' || e === 'B') {
        this.i += 2;
        return { t: 'assert', start, end: this.i };
      }
      if ('dDwWsS'.includes(e)) {
        this.i += 2;
        return { t: 'set', start, end: this.i };
      }
      if ((e === 'p' || e === 'P') && this.unicode) {
        const end = s.indexOf('}', this.i);
        if (end < 0) this.fail('unclosed \\p');
        this.i = end + 1;
        return { t: 'set', start, end: this.i };
      }
      if (/[1-9]/.test(e) || (e === 'k' && s[this.i + 2] === '<')) {
        this.i += 2;
        if (e === 'k') this.i = s.indexOf('>', this.i) + 1;
        else while (/[0-9]/.test(s[this.i] ?? '')) this.i++;
        return { t: 'backref', start, end: this.i };
      }
      // Any other escape stands for one character: what it is, ask the engine.
      const m = /^\\(?:u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}(?:\\u[dD][c-fC-F][0-9a-fA-F]{2})?|x[0-9a-fA-F]{2}|c[A-Za-z]|0|[\s\S])/.exec(s.slice(this.i));
      this.i += m![0].length;
      const ch = charOf(s.slice(start, this.i), this.unicode);
      return ch === undefined ? { t: 'set', start, end: this.i } : { t: 'char', ch, start, end: this.i };
    }
    if (c === ')' || c === '|' || c === '*' || c === '+' || c === '?') this.fail(`unexpected ${c}`);
    const ch = this.unicode ? String.fromCodePoint(s.codePointAt(this.i)!) : c;
    this.i += ch.length;
    return { t: 'char', ch, start, end: this.i };
  }
}

/** The one character an escape matches (case kept), or undefined when it is not one. */
function charOf(escape: string, unicode: boolean): string | undefined {
  const key = `${unicode ? 'u' : ''}${escape}`;
  if (!ESCAPED.has(key)) ESCAPED.set(key, firstChar(escape, unicode));
  return ESCAPED.get(key);
}
const ESCAPED = new Map<string, string | undefined>();
function firstChar(escape: string, unicode: boolean): string | undefined {
  const re = new RegExp(`^${escape}$`, unicode ? 'u' : '');
  for (let cp = 0; cp < 0x3000; cp++) {
    const ch = String.fromCodePoint(cp);
    if (re.test(ch)) return ch;
  }
  return undefined;
}

export const parse = (source: string, flags: string): Alt => new RegexParser(source, flags.includes('u') || flags.includes('v')).parse();

/** Whether the node can match without consuming a character. */
export function nullable(n: Node): boolean {
  switch (n.t) {
    case 'alt':
      return n.alts.some(nullable);
    case 'seq':
      return n.terms.every(nullable);
    case 'group':
      return n.kind === 'cap' || n.kind === 'non' ? nullable(n.body) : true;
    case 'quant':
      return n.min === 0 || nullable(n.atom);
    case 'char':
    case 'set':
      return false;
    default:
      return true;
  }
}

/**
 * A lookbehind the speed rule is about: it holds an alternation and a repeat that reaches back over more than one word
 * (`[^.;:]{0,60}`, `(?:\p{L}+\s+){0,4}`, `[^]*`), so that V8 tries the alternation at each of many places behind each
 * position. One that reaches back over white space and at most one word (`(?<!(?:ikke|not)\s+(?:\p{L}+\s+)?)`) fails
 * at once wherever no white space stands before the position, and is not counted.
 */
export function costlyLookbehind(n: Node, source: string, flags: string): boolean {
  if (n.t !== 'group' || (n.kind !== 'lb' && n.kind !== 'nlb')) return false;
  let alternation = false;
  let reach = false;
  const bare = flags.replace(/[gy]/g, '');
  const walk = (m: Node): void => {
    switch (m.t) {
      case 'alt':
        if (m.alts.length > 1) alternation = true;
        m.alts.forEach(walk);
        return;
      case 'seq':
        m.terms.forEach(walk);
        return;
      case 'group':
        walk(m.body);
        return;
      case 'quant': {
        if (m.max >= 2) {
          // The repeated part crosses words: it matches a letter and a white space, or a word and a space together.
          const atom = new RegExp(`^(?:${withoutLookarounds(m.atom, source)})$`, bare);
          if ((atom.test('a') && atom.test(' ')) || atom.test('a ') || atom.test(' a')) reach = true;
        }
        walk(m.atom);
        return;
      }
      default:
        return;
    }
  };
  walk(n.body);
  return alternation && reach;
}

/** A lookbehind that holds an alternation or a repeat: one a guard may have been written for (guards are checked). */
export function variableLookbehind(n: Node): boolean {
  const inside = (m: Node): boolean => {
    switch (m.t) {
      case 'alt':
        return m.alts.length > 1 || m.alts.some(inside);
      case 'seq':
        return m.terms.some(inside);
      case 'group':
        return inside(m.body);
      case 'quant':
        return m.max > m.min || inside(m.atom);
      default:
        return false;
    }
  };
  return n.t === 'group' && (n.kind === 'lb' || n.kind === 'nlb') && inside(n.body);
}

export interface Finding {
  /** Where the lookbehind starts and ends in the source. */
  start: number;
  end: number;
}
export interface Guarded {
  /** The guard (a positive lookahead) and what it guards: the rest of its sequence after it. */
  guard: Group;
  rest: Node[];
  lookbehinds: Group[];
}

/**
 * The lookbehinds that stand where a match can begin (nothing consumed before them on the way from the pattern's start:
 * only assertions, or parts that may match nothing): the costly ones with no positive lookahead before them are
 * `unguarded`; those with an alternation or a repeat after a lookahead are listed under the nearest lookahead before
 * them (`guarded`), whose words are then checked.
 */
export function openingLookbehinds(tree: Alt, source: string, flags: string): { unguarded: Finding[]; guarded: Guarded[] } {
  const unguarded: Finding[] = [];
  const guards = new Map<Group, Guarded>();
  const inAlt = (a: Alt, guard: Guarded | undefined): void => {
    for (const s of a.alts) inSeq(s, guard);
  };
  const inSeq = (s: Seq, outer: Guarded | undefined): void => {
    let guard = outer;
    for (let k = 0; k < s.terms.length; k++) {
      const term = s.terms[k]!;
      if (term.t === 'group' && term.kind === 'la') {
        guard = guards.get(term) ?? { guard: term, rest: s.terms.slice(k + 1), lookbehinds: [] };
        continue;
      }
      if (term.t === 'assert' || (term.t === 'group' && term.kind === 'nla')) continue;
      if (term.t === 'group' && (term.kind === 'lb' || term.kind === 'nlb')) {
        if (guard === undefined) {
          if (costlyLookbehind(term, source, flags)) unguarded.push({ start: term.start, end: term.end });
        } else if (variableLookbehind(term)) {
          guard.lookbehinds.push(term);
          guards.set(guard.guard, guard);
        }
        continue;
      }
      const atom = term.t === 'quant' ? term.atom : term;
      if (atom.t === 'group' && (atom.kind === 'cap' || atom.kind === 'non')) inAlt(atom.body, guard);
      if (!nullable(term)) return;
    }
  };
  inAlt(tree, undefined);
  return { unguarded, guarded: [...guards.values()] };
}

/** A small deterministic generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Characters a class or escape is sampled from: the first ones it admits, in this order. */
const CANDIDATES = ['a', 'e', 's', 'ø', 'å', 'æ', 'x', 'k', ' ', '1', '-', "'", '’', ',', 'é', 'z', 'A', '_', '\n'];

/**
 * Texts the nodes can start with, lookarounds left out (so a superset of what they match): for each alternative of
 * each alternation among them, texts that take it (with the alternations above it taking the way to it), the other
 * choices and the repeat counts drawn at random. `source` and `flags` are the pattern's, to sample its classes.
 */
export function startTexts(nodes: readonly Node[], source: string, flags: string, rounds = 3): string[] {
  const parent = new Map<Node, Node>();
  const alts: Alt[] = [];
  const link = (n: Node, p: Node | undefined): void => {
    if (p !== undefined) parent.set(n, p);
    if (n.t === 'group' && n.kind !== 'cap' && n.kind !== 'non') return;
    if (n.t === 'alt') {
      alts.push(n);
      n.alts.forEach((s) => link(s, n));
    } else if (n.t === 'seq') n.terms.forEach((x) => link(x, n));
    else if (n.t === 'group') link(n.body, n);
    else if (n.t === 'quant') link(n.atom, n);
  };
  nodes.forEach((n) => link(n, undefined));
  const setFlags = flags.replace(/[gy]/g, '');
  const sample = new Map<string, string[]>();
  const charsOf = (s: string): string[] => {
    let c = sample.get(s);
    if (c === undefined) {
      const re = new RegExp(`^(?:${s})$`, setFlags);
      c = CANDIDATES.filter((x) => re.test(x));
      sample.set(s, c);
    }
    return c;
  };
  const texts: string[] = [];
  for (let round = 0; round < rounds; round++) {
    const rnd = random(round + 1);
    const targets: [Alt, number][] = alts.flatMap((a) => a.alts.map((_, k) => [a, k] as [Alt, number]));
    for (const [target, k] of targets) {
      // The way to the target: each alternation above it takes the alternative that holds it; each repeat above it runs.
      const forced = new Map<Alt, number>([[target, k]]);
      const mustRun = new Set<Quant>();
      for (let n: Node = target, p = parent.get(n); p !== undefined; n = p, p = parent.get(p)) {
        if (p.t === 'alt') forced.set(p, p.alts.indexOf(n as Seq));
        if (p.t === 'quant') mustRun.add(p);
      }
      const gen = (n: Node): string => {
        switch (n.t) {
          case 'alt': {
            const i = forced.get(n) ?? Math.floor(rnd() * n.alts.length);
            return gen(n.alts[i]!);
          }
          case 'seq':
            return n.terms.map(gen).join('');
          case 'group':
            return n.kind === 'cap' || n.kind === 'non' ? gen(n.body) : '';
          case 'quant': {
            const lo = Math.max(n.min, mustRun.has(n) ? 1 : 0);
            const hi = Math.min(n.max, lo + 2);
            const count = lo + Math.floor(rnd() * (hi - lo + 1));
            return Array.from({ length: count }, () => gen(n.atom)).join('');
          }
          case 'char':
            return n.ch;
          case 'set': {
            const c = charsOf(source.slice(n.start, n.end));
            return c.length === 0 ? '' : c[Math.floor(rnd() * Math.min(c.length, 3))]!;
          }
          default:
            return '';
        }
      };
      texts.push(nodes.map(gen).join(''));
    }
    if (alts.length === 0) texts.push(nodes.map((n) => (n.t === 'char' ? n.ch : '')).join(''));
  }
  return [...new Set(texts)];
}

/**
 * The texts the guarded part can start with that its guard does not admit (empty: the guard holds). Each text is
 * checked to be one the part (lookarounds left out) matches from its start; the guard is tested at the same place.
 */
export function guardMisses(g: Guarded, source: string, flags: string): { made: number; texts: number; misses: string[] } {
  const bare = flags.replace(/[gy]/g, '');
  const guard = new RegExp(`(?:${source.slice(g.guard.body.start, g.guard.body.end)})`, `${bare}y`);
  const rest = g.rest.map((n) => withoutLookarounds(n, source)).join('');
  const part = new RegExp(`(?:${rest})`, `${bare}y`);
  const made = startTexts(g.rest, source, flags);
  const texts = made.filter((t) => {
    part.lastIndex = 0;
    return part.test(t);
  });
  const misses = texts.filter((t) => {
    guard.lastIndex = 0;
    return !guard.test(t);
  });
  return { made: made.length, texts: texts.length, misses };
}

/** A node's source with its lookarounds left out, its groups made non-capturing, and back-references dropped. */
export function withoutLookarounds(n: Node, source: string): string {
  switch (n.t) {
    case 'alt':
      return n.alts.map((s) => withoutLookarounds(s, source)).join('|');
    case 'seq':
      return n.terms.map((x) => withoutLookarounds(x, source)).join('');
    case 'group':
      return n.kind === 'cap' || n.kind === 'non' ? `(?:${withoutLookarounds(n.body, source)})` : '';
    case 'quant': {
      const atom = withoutLookarounds(n.atom, source);
      if (atom === '') return '';
      return `(?:${atom})${source.slice(n.atom.end, n.end)}`;
    }
    case 'backref':
      return '';
    default:
      return source.slice(n.start, n.end);
  }
}
