import { basisName } from '../model/legal.js';
import type { Registry } from '../model/registry.js';
import type { Activity, CatalogueKind, GdprBasisCode, LawRef, LocalText } from '../model/types.js';
import { t, type Lang } from '../i18n/index.js';
import { UserError } from '../util/errors.js';
import { suggest } from '../util/suggest.js';
import { NEEDS_LAW, parseLawRef, type NewActivity } from './new-activity.js';
import { schemaEnum } from './schema-order.js';
import { textIn } from './terminal.js';

/** Asks one question and waits for the answer; undefined when the input has ended. */
export interface Prompter {
  ask(question: string): Promise<string | undefined>;
  say(text: string): void;
}

interface Choice {
  id: string;
  label: string;
}

/**
 * The questions `ropa new` asks for what the flags did not give, in the registry's language. Catalogue
 * references are chosen from the catalogue (by number or id), so that the new file's references resolve.
 */
export async function askMissing(p: Prompter, registry: Registry, lang: Lang, given: NewActivity): Promise<NewActivity> {
  const tr = (key: string, args?: Record<string, string | number>): string => t(lang, `authoring.ask.${key}`, args);
  const out: NewActivity = { ...given };

  const answer = async (question: string): Promise<string> => {
    const a = await p.ask(`${question} `);
    if (a === undefined) throw new UserError('authoring.new.input-ended');
    return a.trim();
  };
  const required = async (question: string): Promise<string> => {
    for (;;) {
      const a = await answer(question);
      if (a !== '') return a;
      p.say(tr('required'));
    }
  };
  /** One answer per language of the registry: the question once, then one line per language. */
  const localText = async (key: string): Promise<LocalText> => {
    if (registry.languages.length === 1) return { [registry.languages[0]!]: await required(tr(key)) };
    p.say(tr(key));
    const text: Partial<Record<Lang, string>> = {};
    for (const l of registry.languages) text[l] = await required(`  ${t(lang, `authoring.language.${l}`)}:`);
    return text;
  };
  /** Ids picked from a list, by number or by id; `none` where allowed. */
  const pick = async (question: string, choices: Choice[], opts: { min: number; max?: number; none?: boolean; accept?: readonly string[] }): Promise<string[] | 'none'> => {
    choices.forEach((c, i) => p.say(`  ${String(i + 1).padStart(2)}  ${c.id}${c.label ? `  ${c.label}` : ''}`));
    for (;;) {
      const a = await answer(question);
      if (opts.none && (a === 'none' || a === tr('none-word'))) return 'none';
      const ids: string[] = [];
      let bad: string | undefined;
      for (const token of a.split(/[\s,]+/).filter((x) => x !== '')) {
        const n = /^[0-9]+$/.test(token) ? Number(token) : NaN;
        const id = n >= 1 && n <= choices.length ? choices[n - 1]!.id : token;
        if (!choices.some((c) => c.id === id) && !opts.accept?.includes(id)) {
          bad = token;
          break;
        }
        if (!ids.includes(id)) ids.push(id);
      }
      if (bad !== undefined) {
        const hint = suggest(bad, [...choices.map((c) => c.id), ...(opts.accept ?? [])]);
        p.say(hint ? tr('unknown-choice-suggest', { value: bad, suggestion: hint }) : tr('unknown-choice', { value: bad }));
      } else if (ids.length < opts.min) p.say(tr('required'));
      else if (opts.max !== undefined && ids.length > opts.max) p.say(tr('one-only'));
      else return ids;
    }
  };
  const catalogue = (kind: CatalogueKind): Choice[] =>
    [...registry.catalogues[kind].values()].map((e) => {
      const name = (e.value as { name?: LocalText }).name;
      return { id: e.id, label: name === undefined ? '' : (textIn(name, lang, registry.languages) ?? '') };
    });
  /** A list of catalogue ids; skipped with a note when the catalogue is empty. */
  const fromCatalogue = async (key: string, kind: CatalogueKind, min: number, none = false): Promise<string[] | 'none' | undefined> => {
    const choices = catalogue(kind);
    if (choices.length === 0) {
      p.say(tr('catalogue-empty', { catalogue: kind }));
      return undefined;
    }
    p.say(tr(key));
    const ids = await pick(tr(none ? 'pick-or-none' : min > 0 ? 'pick' : 'pick-optional'), choices, { min, none });
    return ids === 'none' || ids.length > 0 ? ids : undefined;
  };

  out.title ??= await localText('title');
  out.purpose ??= await localText('purpose');
  if (out.bases === undefined) {
    p.say(tr('basis'));
    const codes = schemaEnum('common', 'definitions', 'gdprBasis').filter((c) => c !== 'A9-1');
    const art6 = codes.filter((c) => c.startsWith('A6-')).map((id) => ({ id, label: basisName(id, lang) }));
    out.bases = (await pick(tr('pick'), art6, { min: 1, accept: codes })) as GdprBasisCode[];
  }
  if (out.laws === undefined && out.bases.some((b) => NEEDS_LAW.includes(b)) && registry.catalogues.laws.size > 0) {
    p.say(tr('law'));
    const laws = catalogue('laws');
    laws.forEach((c, i) => p.say(`  ${String(i + 1).padStart(2)}  ${c.id}${c.label && c.label !== c.id ? `  ${c.label}` : ''}`));
    out.laws = await askLaws(answer, p, tr, laws);
  }
  if (out.subjects === undefined) out.subjects = (await fromCatalogue('subjects', 'dataSubjects', 1)) as string[] | undefined;
  if (out.categories === undefined) out.categories = (await fromCatalogue('categories', 'dataCategories', 1)) as string[] | undefined;
  if (out.sources === undefined) out.sources = (await fromCatalogue('sources', 'sources', 0)) as string[] | undefined;
  if (out.recipients === undefined) out.recipients = await fromCatalogue('recipients', 'recipients', 0, true);
  const groups = Object.entries(registry.organisation?.value.noticeGroups ?? {});
  if (out.group === undefined && groups.length > 0) {
    p.say(tr('group'));
    const ids = await pick(tr('pick-optional'), groups.map(([id, g]) => ({ id, label: textIn(g.title, lang, registry.languages) ?? '' })), { min: 0, max: 1 });
    if (ids !== 'none' && ids[0] !== undefined) out.group = ids[0];
  }
  if (out.status === undefined) {
    p.say(tr('status'));
    const ids = await pick(tr('pick-default', { default: 'active' }), schemaEnum('activity', 'properties', 'status').map((id) => ({ id, label: t(lang, `terms.status.${id}`) })), { min: 0, max: 1 });
    out.status = ids === 'none' || ids[0] === undefined ? 'active' : (ids[0] as Activity['status']);
  }
  return out;
}

/** `statistikkloven § 10; personopplysningsloven § 8`: a law by number or id, then the section as printed. */
async function askLaws(answer: (q: string) => Promise<string>, p: Prompter, tr: (key: string, args?: Record<string, string>) => string, laws: Choice[]): Promise<LawRef[]> {
  for (;;) {
    const a = await answer(tr('law-answer'));
    if (a === '') return [];
    const refs: LawRef[] = [];
    let bad: string | undefined;
    for (const part of a.split(';').map((s) => s.trim()).filter((s) => s !== '')) {
      const ref = parseLawRef(part) as { law: string; section?: string };
      const n = /^[0-9]+$/.test(ref.law) ? Number(ref.law) : NaN;
      const id = n >= 1 && n <= laws.length ? laws[n - 1]!.id : ref.law;
      if (!laws.some((l) => l.id === id)) {
        bad = ref.law;
        break;
      }
      refs.push({ ...ref, law: id });
    }
    if (bad === undefined) return refs;
    const hint = suggest(bad, laws.map((l) => l.id));
    p.say(hint ? tr('unknown-choice-suggest', { value: bad, suggestion: hint }) : tr('unknown-choice', { value: bad }));
  }
}
