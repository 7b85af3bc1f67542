/**
 * `f` remembered per argument: each object is computed once, by identity. For what a rule finds about a catalogue
 * entry (a data-subject group, a source, a recipient), which every activity that names it shares (src/model/resolve.ts):
 * made once per rule run, so that nothing outlives the run or depends on another run's date.
 */
export function memo<K extends object, V>(f: (k: K) => V): (k: K) => V {
  const seen = new Map<K, V>();
  return (k) => {
    if (seen.has(k)) return seen.get(k) as V;
    const v = f(k);
    seen.set(k, v);
    return v;
  };
}

/**
 * `read` remembered per text, by its value: a reading that depends on nothing but the text (and the module's own
 * patterns) is made once for every activity whose field holds the same words. A record of many activities repeats its
 * texts (a body's standard wording of a purpose, a legal basis, a recipient, copied into each activity of a kind): each
 * such text is read once per process. The answer is shared: callers only read it (copy it before changing it).
 * Bounded, in two generations: the texts read since the memory last filled up, and those of the time before; a text asked
 * for again is kept in the newer one. Past `max` texts the older generation goes and the newer becomes it, so a memory holds
 * at most 2 × `max` texts, and a text that keeps coming back within `max` new texts is never read twice. On a record whose
 * texts never repeat, most readings are asked for once or by one rule in a row: a memory of every text (up to 100,000 each,
 * about sixty memories) held about 60 MB of answers nobody asked for again, and the peak of `gaps` at 10,000 activities with
 * distinct texts passed 400 MB (docs/performance.md, session 36). A reading that several rules ask for at different times
 * (each rule reads every activity before the next one starts) gives the `max` of a whole record.
 */
export function byText<V>(read: (text: string) => V, max = TEXTS_KEPT): (text: string) => V {
  const memory: Memory<V> = { newer: new Map(), older: new Map() };
  MEMORIES.push(memory);
  return (text) => {
    const hit = memory.newer.get(text);
    if (hit !== undefined) return (hit === NONE ? undefined : hit) as V;
    const before = memory.older.get(text);
    const v = before !== undefined ? before : read(text);
    if (memory.newer.size >= max) {
      memory.older = memory.newer;
      memory.newer = new Map();
    }
    // An undefined answer is kept as NONE: a reading that finds nothing in most texts (the sentence that says something, or
    // undefined) is then not read again either (session 42).
    memory.newer.set(text, v === undefined ? NONE : v);
    return (v === NONE ? undefined : v) as V;
  };
}
/** What a `byText` memory keeps for an undefined answer. */
const NONE: unknown = Symbol('none');
/**
 * The texts of one generation of a memory: a text a reading meets again within this many others is read once. On the
 * bench's record (the example's 20 activities repeated) every repeat comes within a few hundred texts.
 */
const TEXTS_KEPT = 4_096;
/** A reading's `max` for a record of 10,000 activities with distinct texts: one generation holds all their texts. */
export const RECORD_TEXTS = 100_000;

interface Memory<V> {
  newer: Map<string, V | typeof NONE>;
  older: Map<string, V | typeof NONE>;
}

/** Every `byText` memory of the process (about sixty, one per reading: module-level, made when their modules load). */
const MEMORIES: Memory<unknown>[] = [];

/**
 * Empties every `byText` memory: for a command whose readings are all made (`ropa gaps`, once its view is built), so that
 * what the readers remembered (on a record whose texts never repeat, 80,000 texts and their readings at 1,000 activities)
 * is not carried through the output. A reading asked for again afterwards is made again, with the same answer.
 */
export function forgetTexts(): void {
  for (const memory of MEMORIES) {
    memory.newer = new Map();
    memory.older = new Map();
  }
}

/**
 * `read` remembered for the last text only: for a reading asked again and again of one clause while its parts are read
 * one by one (a clause that is a list of thousands of comma parts was read whole for each part: quadratic). Holds one
 * text, so nothing builds up.
 */
export function lastText<V>(read: (text: string) => V): (text: string) => V {
  let last: string | undefined;
  let answer: V;
  return (text) => {
    if (text !== last) {
      answer = read(text);
      last = text;
    }
    return answer;
  };
}
