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

  /** The sentences of `text` not said before, joined; null when nothing new is left. */
  fresh(text: string | null | undefined): string | null {
    if (text === null || text === undefined) return null;
    const kept = sentences(text).filter((s) => {
      const key = normalise(s);
      if (key.length === 0) return false;
      if (this.sentences.has(key)) return false;
      const runs = passages(s);
      if (runs.some((r) => this.passages.has(r))) return false;
      this.sentences.add(key);
      for (const r of runs) this.passages.add(r);
      return true;
    });
    return kept.length > 0 ? kept.join(' ') : null;
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

/** The runs of PASSAGE words of a sentence, lower case, without what stands in parentheses (citations). */
export function passages(text: string): string[] {
  const words =
    withoutParentheses(text)
      .toLocaleLowerCase('nb')
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
    .toLocaleLowerCase('nb')
    .replace(/\s+/g, ' ')
    .replace(/[.!?\s]+$/, '')
    .trim();
}
