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
 * distinct text is read once per process. The answer is shared: callers only read it (copy it before changing it).
 * Bounded: past `max` texts the memory starts again, so that a run over millions of distinct texts holds no more.
 */
export function byText<V>(read: (text: string) => V, max = TEXTS_KEPT): (text: string) => V {
  const seen = new Map<string, V>();
  MEMORIES.push(seen);
  return (text) => {
    const hit = seen.get(text);
    if (hit !== undefined) return hit;
    const v = read(text);
    if (seen.size >= max) seen.clear();
    // An undefined answer is read again each time (rare: the readings that use this give an object or an array).
    seen.set(text, v);
    return v;
  };
}
/** About the distinct texts of a record of 10,000 activities that the readers read. */
const TEXTS_KEPT = 100_000;

/** Every `byText` memory of the process (about sixty, one per reading: module-level, made when their modules load). */
const MEMORIES: Map<string, unknown>[] = [];

/**
 * Empties every `byText` memory: for a command whose readings are all made (`ropa gaps`, once its view is built), so that
 * what the readers remembered (on a record whose texts never repeat, 80,000 texts and their readings at 1,000 activities)
 * is not carried through the output. A reading asked for again afterwards is made again, with the same answer.
 */
export function forgetTexts(): void {
  for (const seen of MEMORIES) seen.clear();
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
