import { isDeepStrictEqual } from 'node:util';
import { t, type Lang } from '../i18n/index.js';
import { UserError } from '../util/errors.js';
import { currentValue, factValue, factValues, shownValue, type OrgEdit, type OrgFact } from './org-facts.js';
import type { Prompter } from './questions.js';

/**
 * The organisation's facts asked one by one, in the registry's language, each with what organisation.yaml holds now
 * (marked where it is still `ropa init`'s example); an empty answer keeps it. `example` is the data of the file `ropa
 * init` writes for the registry's languages. Returns the edits the answers make.
 */
export async function askOrgFacts(
  p: Prompter,
  data: unknown,
  languages: readonly Lang[],
  lang: Lang,
  facts: readonly OrgFact[],
  example?: unknown,
): Promise<OrgEdit[]> {
  const tr = (key: string, args?: Record<string, string>): string => t(lang, `authoring.org.${key}`, args);
  const yes = t(lang, 'authoring.ask.yes-word');
  const no = t(lang, 'authoring.ask.no-word');
  const edits: OrgEdit[] = [];
  const answer = async (question: string, value: unknown, isExample: boolean): Promise<string> => {
    const now = shownValue(value, lang, yes, no);
    const tail = now === undefined ? ':' : tr(isExample ? 'ask-example' : 'ask-current', { value: now });
    const a = await p.ask(`${question}${tail} `);
    if (a === undefined) throw new UserError('authoring.new.input-ended');
    return a.trim();
  };
  for (const fact of facts) {
    const value = currentValue(data, fact);
    const isExample = example !== undefined && value !== undefined && isDeepStrictEqual(value, currentValue(example, fact));
    const question = tr(`ask.${fact.flag}`);
    if (fact.shape === 'text' && languages.length > 1) {
      p.say(question);
      const text: Partial<Record<Lang, string>> = {};
      for (const l of languages) {
        const a = await answer(`  ${t(lang, `authoring.language.${l}`)}`, shownValue(value, l, yes, no), isExample);
        if (a !== '') text[l] = a;
      }
      if (Object.keys(text).length > 0) edits.push({ path: fact.path, value: text });
      continue;
    }
    const values = factValues(fact);
    if (fact.shape === 'enum') values.forEach((v, i) => p.say(`  ${String(i + 1).padStart(2)}  ${v}  ${tr(`${fact.flag}.${v}`)}`));
    for (;;) {
      let a = await answer(question, value, isExample);
      if (a === '') break;
      if (fact.shape === 'yes-no')
        a =
          a.toLowerCase() === yes || a.toLowerCase() === yes[0] || a.toLowerCase() === 'y'
            ? 'yes'
            : a.toLowerCase() === no || a.toLowerCase() === no[0] || a.toLowerCase() === 'n'
              ? 'no'
              : a;
      if (fact.shape === 'enum' && /^[0-9]+$/.test(a)) a = values[Number(a) - 1] ?? a;
      try {
        const raw = fact.shape === 'lines' ? a.split(';') : fact.shape === 'text' ? [a] : a;
        const got = factValue(fact, raw);
        // One language's text: the registry's only language.
        edits.push({ path: fact.path, value: fact.shape === 'text' && typeof got === 'string' && languages.length === 1 ? { [languages[0]!]: got } : got });
        break;
      } catch (e) {
        if (!(e instanceof UserError)) throw e;
        p.say(fact.shape === 'yes-no' ? t(lang, 'authoring.ask.yes-no') : tr('bad-answer', { value: a, allowed: values.join(', ') }));
      }
    }
  }
  return edits;
}
