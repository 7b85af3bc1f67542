import { expect, it } from 'vitest';
import type { Finding } from '../../src/model/finding.js';
import { sentenceRegistry } from './sentence-registry.js';

/** What sentenceRegistry writes for a matrix: the body, the record's language, the activity's title and purpose, … */
export type MatrixOptions = Parameters<ReturnType<typeof sentenceRegistry>>[1];

/**
 * The findings of one rule on one activity per text (`matrix(texts)`), in a record sentenceRegistry writes from `options`
 * (org, language, title, purpose, subjects, …). `matrix.with(more)` is the same set-up with some options changed (another
 * rule, title, purpose), `matrix.at(org, language, more)` the same for another body; both write in the same folder, so
 * that a file's matrices share one set-up, not a closure each. `matrix.perCell(optionsOf)` runs the texts in one record
 * per set of options `optionsOf(id)` gives (cells of another body or other data subjects beside the rest). Every option
 * sentenceRegistry requires must be given by the time a matrix is run.
 */
export interface RuleMatrix {
  (texts: Record<string, string>): Finding[];
  with(more: Partial<MatrixOptions>): RuleMatrix;
  at(org: string, language: MatrixOptions['language'], more?: Partial<MatrixOptions>): RuleMatrix;
  perCell(optionsOf: (id: string) => Partial<MatrixOptions>): (texts: Record<string, string>) => Finding[];
}

export function ruleMatrix(rule: string, options: Partial<Omit<MatrixOptions, 'rule'>>): RuleMatrix {
  const registryOf = sentenceRegistry(`ropa-${rule}-`);
  const make = (o: Partial<MatrixOptions>): RuleMatrix => {
    const run = (texts: Record<string, string>): Finding[] => {
      for (const k of ['rule', 'org', 'language', 'title', 'purpose'] as const) if (o[k] === undefined) throw new Error(`ruleMatrix(${o.rule}): no ${k}`);
      return registryOf(texts, o as MatrixOptions);
    };
    return Object.assign(run, {
      with: (more: Partial<MatrixOptions>) => make({ ...o, ...more }),
      at: (org: string, language: MatrixOptions['language'], more: Partial<MatrixOptions> = {}) => make({ ...o, org, language, ...more }),
      perCell: (optionsOf: (id: string) => Partial<MatrixOptions>) => (texts: Record<string, string>) => {
        const groups = new Map<string, { more: Partial<MatrixOptions>; texts: Record<string, string> }>();
        for (const [id, text] of Object.entries(texts)) {
          const more = optionsOf(id);
          const key = JSON.stringify(more);
          const g = groups.get(key) ?? { more, texts: {} };
          g.texts[id] = text;
          groups.set(key, g);
        }
        return [...groups.values()].flatMap((g) => make({ ...o, ...g.more })(g.texts));
      },
    });
  };
  return make({ ...options, rule });
}

/**
 * Records built cell by cell (not one sentence each): each cell of `fires` gives one finding whose JSON contains
 * `contains`, each of `silent` none; the tests are named `fires: <name>` and `silent: <name>`. `findings` gives a cell's
 * findings as JSON strings.
 */
export function firesAndSilent<C>(
  findings: (cell: C) => string[],
  fires: readonly (readonly [string, C])[],
  silent: readonly (readonly [string, C])[],
  contains: string,
): void {
  for (const [name, cell] of fires)
    it(`fires: ${name}`, () => {
      const m = findings(cell);
      expect(m).toHaveLength(1);
      expect(m[0]).toContain(contains);
    });
  for (const [name, cell] of silent) it(`silent: ${name}`, () => expect(findings(cell)).toEqual([]));
}

/** The volunteer centre whose one activity the receiver matrices write (R6, R10, R18). */
export const VOLUNTEER_CENTRE = {
  org: 'Nordvik frivilligsentral',
  language: 'nb',
  title: 'Aktiviteter for eldre',
  purpose: 'organisere aktiviteter for eldre og frivillige',
} as const satisfies Partial<MatrixOptions>;

/** The school's pupil file of the clause-structure matrices (R31, R34); their hospital is the same with patients. */
export const PUPIL_FILE = {
  org: 'Fjellvik kommune',
  language: 'nb',
  title: 'Elevmappe',
  purpose: 'følge opp elevene',
  subjects: ['Elever'],
} as const satisfies Partial<MatrixOptions>;

/** The intermunicipal archive's recruitment of the receiver tables T1 and T2 (sessions 30, 31). */
export const ARCHIVE_RECRUITMENT = {
  org: 'Nordvik interkommunale arkiv IKS',
  language: 'nb',
  title: 'Rekruttering',
  purpose: 'rekruttere nye medarbeidere',
} as const satisfies Partial<MatrixOptions>;
