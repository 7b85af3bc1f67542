/**
 * What the notice has already said. Registry texts are written by many hands and often repeat one
 * another (a measure's description restates the security text, a system's description the
 * measure's); the notice says each sentence once. Texts are offered in the order the notice shows
 * them; a sentence said before is left out, and an entry mentioned before is named, not described.
 */
export class Said {
  private readonly sentences = new Set<string>();
  private readonly entries = new Set<string>();

  /** The sentences of `text` not said before, joined; null when nothing new is left. */
  fresh(text: string | null | undefined): string | null {
    if (text === null || text === undefined) return null;
    const kept = sentences(text).filter((s) => {
      const key = normalise(s);
      if (key.length === 0) return false;
      if (this.sentences.has(key)) return false;
      this.sentences.add(key);
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

  /** True the first time an entry (kind and id) is mentioned. */
  first(kind: string, id: string): boolean {
    const key = `${kind}\u0000${id}`;
    if (this.entries.has(key)) return false;
    this.entries.add(key);
    return true;
  }
}

/** Sentences: a full stop, question or exclamation mark followed by space and a capital, digit or quote. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[\p{Lu}\p{N}«"(])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function normalise(s: string): string {
  return s.toLocaleLowerCase('nb').replace(/\s+/g, ' ').replace(/[.!?\s]+$/, '').trim();
}
