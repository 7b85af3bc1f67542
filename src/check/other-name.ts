import { lazyPattern } from '../util/lazy-pattern.js';

/**
 * A party's other name in a parenthesis right after it: the name in the other language («the National Register of
 * Interpreters (Nasjonalt tolkeregister)», «Statens vegvesen (the Norwegian Public Roads Administration)»), a short name
 * («Statens lånekasse for utdanning (Lånekassen)»), with or without a word that says so («(Norwegian: Statens vegvesen)»,
 * «(also known as …)», «(kalt …)»). Issue #12, session 36 (F5): variants-tingrett's base, whose source «Nasjonalt
 * tolkeregister» was named in English with its Norwegian name after it. Only a name: it opens with a capital letter and
 * holds no more than six words, no digit first (a year, a date, a section: «(2024)», «(§ 6)»), nor a word that makes it
 * something else than the party's name: an example, a reference, a channel, a denial or an addition («(see …)», «(not
 * …)», «(via …)», «(e.g. …)», «(as well as …)», «(og …)»).
 */
const OTHER_NAME = lazyPattern(
  String.raw`^\s*\(\s*(?:(?:norwegian|english|norsk|engelsk|bokmål|nynorsk|in\s+norwegian|in\s+english|på\s+norsk|på\s+engelsk)\s*:\s*|(?:also\s+known\s+as|also\s+called|known\s+as|called|kalt|også\s+kalt|kjent\s+som|kjend\s+som|kalla|òg\s+kalla|heretter|hereafter)\s*:?\s+)?(\p{Lu}[\p{L}\d.&'’-]*(?:\s+[\p{L}\d.&'’-]+){0,5})\s*\)`,
  'iu',
);
/** First words that make a parenthesis no name of the party before it. */
const NOT_NAME = lazyPattern(
  String.raw`^(?:see|se|sjå|cf|jf|eg|e\.g|f\.eks|for|not|no|ikke|ikkje|ingen|via|through|gjennom|and|og|or|eller|as|som|also|også|òg|both|både|including|inkludert|blant|except|unntatt|unless|with|med|without|uten|utan|from|fra|frå|to|til|in|i|on|på|at|by|av|the|this|that|these|those|den|det|dei|de|denne|dette|which|who|where|når|when|if|hvis|viss|only|bare|berre|mainly|mostly|usually|vanligvis|often|ofte|e\.|i\.e|dvs)$`,
  'iu',
);

/** The other names a parenthesis gives right after `named` in `words` (each place `named` stands), in order. */
export function otherNames(words: string, named: string): string[] {
  if (named === '' || !words.includes('(')) return [];
  const out: string[] = [];
  for (let at = words.indexOf(named); at >= 0; at = words.indexOf(named, at + 1)) {
    const m = OTHER_NAME().exec(words.slice(at + named.length));
    if (m === null) continue;
    // The capital decides: the pattern's «i» flag lets the language words in any case, so the name's first letter is tested here.
    const name = m[1]!.trim();
    const first = name.split(/\s+/u)[0]!.replace(/[,:;]+$/u, '');
    if (!/^\p{Lu}/u.test(name) || NOT_NAME().test(first)) continue;
    // A word to match it by: five letters or more, or an abbreviation («Lånekassen», «NAV»); not a short place («(Oslo)»).
    if (!/\p{L}{5,}/u.test(name) && !/^\p{Lu}{2,5}$/u.test(name)) continue;
    out.push(name);
  }
  return out;
}
