import { lazyPattern } from '../util/lazy-pattern.js';

/**
 * The subject of an active handing-over, as the words a reader of parties can place (issue #12, session 36, F5;
 * variants-tingrett's clean base: «Kommunene i rettskretsen velger meddommerutvalget og rapporterer det til
 * Domstoladministrasjonens portal»). check/clause.ts gives as the giver all the words before the verb: a subject with a
 * place after it («Kommunene i rettskretsen», «Politiet i Vest», «The ministry of justice»), or a subject with a verb of
 * its own before «og», «and» (a second verb of the same subject: «Kommunene … velger utvalget og rapporterer det …»,
 * «The municipalities elect the panel and report it …»). The heads, first the words as given: the giver itself, then
 * without what follows its first preposition, then, for a shared subject, its first one to three words. Where the words
 * name us or ours anywhere («Vi og kommunene rapporterer», «Kommunene og vi»), or open with a subordinate clause («Når
 * kommunene har valt utvalet, og …»), only the giver itself: the reader decides as before.
 */
const PLACE_AFTER = lazyPattern(String.raw`\s(?:i|in|på|ved|hos|for|of|at|within|across|innen|innan|innenfor|innanfor)\s`, 'iu');
const WE_ANYWHERE = lazyPattern(String.raw`(?<![\p{L}])(?:vi|me|we|oss|us|our|ours|vår|vårt|våre)(?![\p{L}])`, 'iu');
const SUBORDINATE = lazyPattern(
  String.raw`^(?:om|hvis|dersom|viss|når|da|fordi|etter|før|så\s+snart|if|when|where|once|after|before|unless|as|since|because|while|mens|medan)(?![\p{L}])`,
  'iu',
);
const SHARED_SUBJECT = lazyPattern(String.raw`^([^,;:]+?)\s+(?:og|and)$`, 'iu');

export function giverHeads(giver: string): string[] {
  const g = giver.trim();
  if (g === '' || WE_ANYWHERE().test(g) || SUBORDINATE().test(g)) return g === '' ? [] : [g];
  const out = [g];
  const add = (h: string): void => {
    const t = h.trim();
    if (t !== '' && !out.includes(t)) out.push(t);
  };
  add(g.split(PLACE_AFTER())[0]!);
  const shared = SHARED_SUBJECT().exec(g);
  if (shared !== null) {
    const words = shared[1]!.split(PLACE_AFTER())[0]!.trim().split(/\s+/u);
    // The subject, then its verb and what that verb takes: at least one word after the subject.
    for (let n = 1; n <= Math.min(3, words.length - 1); n++) add(words.slice(0, n).join(' '));
  }
  return out;
}
