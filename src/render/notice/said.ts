/**
 * What the notice has already said. Registry texts are written by many hands and often repeat one
 * another (a measure's description restates the security text, a system's description the
 * measure's); the notice says each sentence once. Texts are offered in the order the notice shows
 * them; a sentence said before is left out, and an entry mentioned before is named, not described.
 */
export class Said {
  private readonly sentences = new Set<string>();
  private readonly entries = new Set<string>();
  /** Every run of PASSAGE words said so far: a sentence that repeats one is a repetition too. */
  private readonly passages = new Set<string>();
  /** The content words of every sentence said so far, in order (for `restated`). */
  private readonly said: Set<string>[] = [];

  /**
   * Texts that had nothing new to say. What is said only grows, so they never will have: a large
   * registry repeats its texts (each unit's copy of an activity), and each is looked at once.
   */
  private readonly spent = new Set<string>();

  /** The sentences of `text` not said before, joined; null when nothing new is left. */
  fresh(text: string | null | undefined): string | null {
    if (text === null || text === undefined || this.spent.has(text)) return null;
    const kept = sentences(text).filter((s) => {
      const key = normalise(s);
      if (key.length === 0) return false;
      if (this.sentences.has(key)) return false;
      const runs = passages(s);
      if (runs.some((r) => this.passages.has(r))) return false;
      this.sentences.add(key);
      for (const r of runs) this.passages.add(r);
      this.said.push(contentWords(s));
      return true;
    });
    if (kept.length > 0) return kept.join(' ');
    this.spent.add(text);
    return null;
  }

  /**
   * A catalogue description that only says again, in other words, what was just said: every one of
   * its sentences has (nearly) all its content words in three sentences said in a row before
   * («Det er strenge betingelser for databehandleres tilgang …, arbeidet utføres under streng kontroll
   * av SSB, og leverandørene er pålagt taushetsplikt» after the organisation's own three sentences
   * saying so). Null then; otherwise what `fresh` gives. Numbers and conditions («senest», «som
   * hovedregel», «fem») are content words, so a description that adds one is kept.
   */
  freshDescription(text: string | null | undefined): string | null {
    if (text === null || text === undefined || this.spent.has(text)) return null;
    if (sentences(text).every((s) => this.restated(s))) return null;
    return this.fresh(text);
  }

  private restated(sentence: string): boolean {
    const words = contentWords(sentence);
    if (words.size < RESTATED_MIN) return false;
    for (let i = 0; i < this.said.length; i++) {
      const window = new Set([...this.said[i]!, ...(this.said[i + 1] ?? []), ...(this.said[i + 2] ?? [])]);
      if (covered(words, window)) return true;
    }
    return false;
  }

  /** Paragraphs, each less what was said before; empty paragraphs are dropped. */
  freshParagraphs(list: readonly string[]): string[] {
    return list.flatMap((p) => {
      const f = this.fresh(p);
      return f === null ? [] : [f];
    });
  }

  /** Marks sentences as said without showing them (words the notice prints elsewhere). */
  mark(text: string | null | undefined): void {
    this.fresh(text);
  }

  /**
   * The organisation's own statements (introduction, security, disclosure, rights) are said where
   * the notice puts them, in full; marking them first keeps catalogue descriptions from saying
   * them again earlier. Returns the paragraphs to print.
   */
  reserve(list: readonly string[]): string[] {
    for (const p of list) this.mark(p);
    return [...list];
  }

  private readonly lists = new Map<string, string>();

  /** Who first gave this list (of names) under this kind; records `owner` when nobody did. */
  listOwner(kind: string, list: readonly string[], owner: string): string | null {
    const key = `${kind}\u0000${list.join('\u0000')}`;
    const before = this.lists.get(key);
    if (before !== undefined) return before;
    this.lists.set(key, owner);
    return null;
  }

  /** True the first time an entry (kind and id) is mentioned. */
  first(kind: string, id: string): boolean {
    const key = `${kind}\u0000${id}`;
    if (this.entries.has(key)) return false;
    this.entries.add(key);
    return true;
  }
}

/**
 * Sentences: a full stop, question or exclamation mark followed by space and a capital or a quote,
 * outside parentheses (a citation such as «(art. 6, jf. Personal Data Act …)» is one piece).
 */
export function sentences(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && '.!?'.includes(c) && /\s/.test(text[i + 1] ?? '') && /^\s+[\p{Lu}«"]/u.test(text.slice(i + 1, i + 4))) {
      out.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
}

/**
 * How many words in a row make a repeated passage: the notice promises no repeat of 12 words; the
 * filter looks for 10, so that a name or label put in front of a sentence cannot make it 12.
 */
export const PASSAGE = 10;

/**
 * The runs of PASSAGE words of a sentence, lower case, without what stands in parentheses (citations).
 * (`toLowerCase` lowers as the nb, nn and en locales do: ICU tailors only Turkish, Azeri and Lithuanian;
 * `toLocaleLowerCase('nb')` gave the same for every code point, about 20 times slower.)
 */
export function passages(text: string): string[] {
  const words =
    withoutParentheses(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}§]+/gu) ?? [];
  const out: string[] = [];
  for (let i = 0; i + PASSAGE <= words.length; i++) out.push(words.slice(i, i + PASSAGE).join(' '));
  return out;
}

/** Text without what stands in (possibly nested) parentheses. */
export function withoutParentheses(text: string): string {
  let out = text;
  for (let before = ''; before !== out;) {
    before = out;
    out = out.replace(/\([^()]*\)/g, ' ');
  }
  return out;
}

function normalise(s: string): string {
  return s
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[.!?\s]+$/, '')
    .trim();
}

/** A sentence of fewer content words is never taken for a restatement: too little to compare. */
const RESTATED_MIN = 5;

/** Function words of nb, nn and en: not what a sentence says. Numbers (to, fem, 5) are content. */
const FUNCTION_WORDS = new Set(
  (
    'og i på av er et som for til med kan det den de har vil var ved fra frå seg sin sitt sine men der her hvis om når noe noen nokre ' +
    'dei dem oss vår våre vårt deg din dine ditt du vi eg jeg han ho hun ikke ikkje eller etter under over også være vere blir bli skal ' +
    'slik dette denne disse desse dersom fordi mens medan at å så da då alle andre hver kvar sånn the a an and of to in on at by is are ' +
    'be can not you your our we us it its for with from that this have has will when which they them their there than been into only ' +
    'also other any all was who were then what such may must as or if so no'
  ).split(' '),
);

/** The content words of a sentence, lower case; long words by their first six letters (databehandlere, databehandleres). */
export function contentWords(text: string): Set<string> {
  const words =
    withoutParentheses(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}§]+/gu) ?? [];
  // «needs» and «need», «registers» and «register»: a short word's plural or verb ending aside.
  return new Set(words.filter((w) => !FUNCTION_WORDS.has(w)).map((w) => (w.length > 6 ? w.slice(0, 6) : w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w)));
}

/** Whether (nearly) all of `words` are in `pool`: at most one word in ten may be missing. */
function covered(words: ReadonlySet<string>, pool: ReadonlySet<string>): boolean {
  let missing = 0;
  for (const w of words) if (!pool.has(w)) missing++;
  return missing <= Math.floor(words.size / 10);
}

/**
 * Whether `text` says all that `sentence` says: (nearly) every content word of the sentence is in
 * the text, leaving out `same` (the organisation's own names: «SSB» in a rule is «vi» in its words).
 */
export function restates(text: string, sentence: string, same: readonly string[] = []): boolean {
  const ignore = contentWords(same.join(' '));
  const words = new Set([...contentWords(sentence)].filter((w) => !ignore.has(w)));
  return words.size > 0 && covered(words, contentWords(text));
}
