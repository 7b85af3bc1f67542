import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, stringify } from 'yaml';
import { ROOT, ropa, scratchCopy } from '../helpers/cli.js';
import { yamlFiles } from '../helpers/markers.js';
import { fixture, plain } from './helpers.js';

/**
 * The promise of issue 13: every field of the schema either reaches the reader or is documented as
 * internal-only (docs/notice.md, «Internal-only fields»). The schemas' property paths are walked
 * (through $refs into common.schema.json, down to leaf types and localText); each path is either
 * covered by a path in that table, or the `fields` fixture gives it a value that the notice prints
 * in nb, nn and en, in Markdown and HTML. A value that is not printed as written (a code, a date,
 * an id, a yes/no) names in SHOWN_AS the words that show it.
 */

type Json = Record<string, unknown>;
const KINDS = ['activity', 'catalogue', 'organisation'] as const;
type Kind = (typeof KINDS)[number];
const LANGS = ['nb', 'nn', 'en'] as const;
type Lang = (typeof LANGS)[number];

const schemas: Record<string, Json> = Object.fromEntries(
  [...KINDS, 'common'].map((k) => [k, JSON.parse(readFileSync(join(ROOT, 'schemas', `${k}.schema.json`), 'utf8')) as Json]),
);

interface Leaf {
  path: string;
  /** A localText: one string, or one per language. */
  localText: boolean;
  /** The schema node: its enum, type and pattern decide how a value is changed. */
  node?: Json;
}

/** Every property path of a file kind: `purposes[].legalBasis[].gdpr`, `laws.*.title`. */
function schemaPaths(kind: Kind): Leaf[] {
  const leaves = new Map<string, Leaf>();
  const walk = (node: Json, file: string, path: string, seen: ReadonlySet<string>): void => {
    const ref = node.$ref as string | undefined;
    if (ref !== undefined) {
      const [refFile, pointer] = ref.startsWith('#') ? [file, ref.slice(2)] : [ref.split('#')[0]!.replace('.schema.json', ''), ref.split('#')[1]!.slice(1)];
      if (pointer.endsWith('/localText')) {
        leaves.set(path, { path, localText: true });
        return;
      }
      if (seen.has(`${refFile}#${pointer}`)) throw new Error(`${kind}: a cycle at ${path}`);
      let target: unknown = schemas[refFile];
      for (const part of pointer.split('/')) target = (target as Json)[part];
      walk(target as Json, refFile, path, new Set([...seen, `${refFile}#${pointer}`]));
      return;
    }
    for (const comb of ['oneOf', 'anyOf', 'allOf']) for (const n of (node[comb] as Json[] | undefined) ?? []) walk(n, file, path, seen);
    const props = node.properties as Record<string, Json> | undefined;
    for (const [k, v] of Object.entries(props ?? {})) if (k !== '$schema') walk(v, file, path === '' ? k : `${path}.${k}`, seen);
    if (typeof node.additionalProperties === 'object') walk(node.additionalProperties as Json, file, `${path}.*`, seen);
    for (const v of Object.values((node.patternProperties as Record<string, Json> | undefined) ?? {})) walk(v, file, `${path}.*`, seen);
    if (typeof node.items === 'object') walk(node.items as Json, file, `${path}[]`, seen);
    const structured =
      props !== undefined || typeof node.items === 'object' || typeof node.additionalProperties === 'object' || node.patternProperties !== undefined;
    const combined = ['oneOf', 'anyOf', 'allOf'].some((c) => node[c] !== undefined);
    if (!structured && (!combined || ['string', 'boolean', 'integer', 'number'].includes(node.type as string)) && path !== '') {
      if (!leaves.has(path)) leaves.set(path, { path, localText: false, node });
    }
  };
  walk(schemas[kind]!, kind, '', new Set());
  return [...leaves.values()];
}

/** The paths docs/notice.md lists as internal-only: `activity:dpia` covers `dpia.status` and the rest. */
function internalPaths(): string[] {
  const doc = readFileSync(join(ROOT, 'docs', 'notice.md'), 'utf8');
  const section = doc.split('### Internal-only fields')[1]!.split('\n## ')[0]!;
  const rows = section.split('\n').filter((l) => l.startsWith('| `'));
  return rows.flatMap((row) => [...row.split('|')[1]!.matchAll(/`([a-z]+:[^`]+)`/g)].map((m) => m[1]!));
}
const covers = (pattern: string, path: string): boolean => path === pattern || path.startsWith(`${pattern}.`) || path.startsWith(`${pattern}[]`);

/**
 * An id shows the name of what it names: the catalogue (or organisation) section its entries are in.
 * The name printed is checked instead of the id.
 */
const REFERS_TO: Record<string, string> = {
  'activity:noticeGroup': 'organisation:noticeGroups',
  'activity:jointControllers[].controller': 'organisation:jointControllers',
  'activity:dataSubjects[]': 'catalogue:dataSubjects',
  'activity:dataCategories[]': 'catalogue:dataCategories',
  'activity:sources[]': 'catalogue:sources',
  'activity:recipients[]': 'catalogue:recipients',
  'activity:processors[]': 'catalogue:processors',
  'activity:systems[]': 'catalogue:systems',
  'activity:retention[].policy': 'catalogue:retentionPolicies',
  'activity:transfers[].recipient': 'catalogue:recipients|processors',
  'activity:purposes[].legalBasis[].law[].law': 'catalogue:laws',
  'activity:retention[].law[].law': 'catalogue:laws',
  'activity:rightsRestrictions[].law[].law': 'catalogue:laws',
  'activity:information.law[].law': 'catalogue:laws',
  'activity:automatedDecisions.law[].law': 'catalogue:laws',
  'catalogue:sources.*.law[].law': 'catalogue:laws',
  'catalogue:retentionPolicies.*.law[].law': 'catalogue:laws',
  'organisation:notice.laws[]': 'catalogue:laws',
};

/**
 * Text printed in other words: a section sign in English («section 1»), a GDPR article in full, a
 * description shortened to follow its name. Changing or removing it must change the notice.
 */
const WORDED = new Set([
  'activity:purposes[].legalBasis[].law[].section',
  'activity:retention[].law[].section',
  'activity:rightsRestrictions[].law[].section',
  'activity:automatedDecisions.law[].section',
  'catalogue:sources.*.law[].section',
  'catalogue:retentionPolicies.*.law[].section',
  'activity:rightsRestrictions[].gdpr',
  'activity:purposes[].legalBasis[].law[]',
  'activity:retention[].law[]',
  'activity:rightsRestrictions[].law[]',
  'activity:automatedDecisions.law[]',
  'catalogue:sources.*.law[]',
  'catalogue:retentionPolicies.*.law[]',
  'catalogue:dataCategories.*.description',
]);

/** The values the fixture gives each path, file by file. */
function fixtureValues(dir: string): Map<string, unknown[]> {
  const values = new Map<string, unknown[]>();
  const leafSets = Object.fromEntries(KINDS.map((k) => [k, new Map(schemaPaths(k).map((l) => [l.path, l]))])) as Record<Kind, Map<string, Leaf>>;
  const add = (key: string, v: unknown): void => {
    values.set(key, [...(values.get(key) ?? []), v]);
  };
  for (const file of yamlFiles(dir)) {
    const rel = relative(dir, file);
    const kind: Kind = rel.startsWith('activities') ? 'activity' : rel.startsWith('catalogues') ? 'catalogue' : 'organisation';
    const leaves = leafSets[kind];
    const prefixes = new Set([...leaves.keys()].flatMap((p) => p.split(/(?=[.[])/).map((_, i, parts) => parts.slice(0, i + 1).join(''))));
    const walk = (v: unknown, path: string): void => {
      const leaf = leaves.get(path);
      const isLocalText =
        leaf?.localText === true &&
        (typeof v === 'string' ||
          (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).every((k) => (LANGS as readonly string[]).includes(k))));
      if (isLocalText || (leaf !== undefined && (typeof v !== 'object' || v === null))) {
        add(`${kind}:${path}`, v);
        return;
      }
      if (Array.isArray(v)) for (const x of v) walk(x, `${path}[]`);
      else if (typeof v === 'object' && v !== null)
        for (const [k, x] of Object.entries(v)) {
          const named = path === '' ? k : `${path}.${k}`;
          walk(x, prefixes.has(named) ? named : `${path}.*`);
        }
      else add(`${kind}:${path}`, v);
    };
    walk(parse(readFileSync(file, 'utf8')), '');
  }
  return values;
}

const FIELDS = fixture('fields');
const decode = (html: string): string =>
  html.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e]!);

describe('every field of the schema is in the notice or documented as internal-only', () => {
  const internal = internalPaths();
  const values = fixtureValues(FIELDS);
  const outputs = new Map(
    LANGS.flatMap((lang) =>
      (['md', 'html'] as const).map((format) => {
        const r = ropa(['notice', FIELDS, '--complete', '--lang', lang, '--format', format]);
        const text = format === 'md' ? plain(r.stdout) : decode(r.stdout);
        return [`${lang} ${format}`, { lang, r, text }] as const;
      }),
    ),
  );

  it('the fixture gives a complete notice in every language and format', () => {
    for (const [key, { r }] of outputs) expect({ key, code: r.code, stderr: r.stderr }).toEqual({ key, code: 0, stderr: '' });
  });

  it('the internal-only table names only fields the schema has', () => {
    const all = KINDS.flatMap((k) => schemaPaths(k).map((l) => `${k}:${l.path}`));
    for (const pattern of internal)
      expect(
        all.some((p) => covers(pattern, p)),
        `docs/notice.md lists ${pattern}, which no schema has`,
      ).toBe(true);
  });

  const shown = KINDS.flatMap((k) => schemaPaths(k).map((l) => ({ ...l, key: `${k}:${l.path}` }))).filter((l) => !internal.some((p) => covers(p, l.key)));

  const todoFor = (key: string): string =>
    `${key} is neither shown nor internal-only. Decide: either the notice prints it (render it in src/render/notice and give it a ` +
    `distinctive value in test/fixtures/notice/fields; an id also in REFERS_TO of this test), or add it to the table ` +
    `«Internal-only fields» in docs/notice.md with the reason the public need not see it.`;
  const lower = new Map([...outputs].map(([k, o]) => [k, { ...o, text: o.text.toLowerCase() }]));
  const inAll = (words: (lang: Lang) => string[]): string[] =>
    [...lower.values()].flatMap(({ lang, text }) =>
      words(lang)
        .filter((w) => !text.includes(w.toLowerCase()))
        .map((w) => `«${w}» (${lang})`),
    );
  const inLang = (v: unknown, lang: Lang): string | undefined =>
    typeof v === 'object' && v !== null ? (v as Record<string, string>)[lang] : typeof v === 'string' ? v : undefined;
  const baseline = ropa(['notice', FIELDS, '--complete', '--draft']).stdout;

  it.each(shown.map((l) => [l.key, l] as const))('%s reaches the reader', (key, leaf) => {
    const given = values.get(key);
    expect(given, `${todoFor(key)}\n(the fixture gives ${key} no value)`).toBeDefined();
    const target = REFERS_TO[key];
    if (target !== undefined) {
      // An id: the name of the entry it names is printed.
      const [kind, sections] = target.split(':') as [string, string];
      const names = (lang: Lang): string[] =>
        given!.map((id) => {
          const name = sections
            .split('|')
            .map((section) =>
              values.get(`${kind}:${section}.*.name`) !== undefined || values.get(`${kind}:${section}.*.title`) !== undefined
                ? entryName(FIELDS, kind, section, String(id), lang)
                : undefined,
            )
            .find((n) => n !== undefined);
          if (name === undefined) throw new Error(`${key}: ${String(id)} names nothing in ${target}`);
          return name;
        });
      expect(inAll(names), `${key}: names not in the notice:\n${todoFor(key)}`).toEqual([]);
      return;
    }
    const asText = inAll((lang) => given!.map((v) => inLang(v, lang)).filter((v): v is string => v !== undefined));
    if (asText.length === 0 && given!.every((v) => typeof v === 'string' || (typeof v === 'object' && v !== null))) return;
    const node = leaf.node ?? {};
    const freeText =
      leaf.localText || (node.type === 'string' && node.enum === undefined && node.const === undefined && node.pattern === undefined && node.format !== 'date');
    if (freeText && !WORDED.has(key)) {
      expect(asText, `${key}: not in the notice:\n${todoFor(key)}`).toEqual([]);
      return;
    }
    // A code, a yes/no, a date or a country: printed in words. Changing it must change the notice.
    const changed = alternatives(leaf, given!);
    // The first alternative that changes it settles the question: the rest need not be rendered.
    const changes = changed.some((alt) => {
      const copy = withValue(FIELDS, key, alt);
      try {
        const r = ropa(['notice', copy.dir, '--complete', '--draft']);
        return r.code === 0 && r.stdout !== baseline;
      } finally {
        copy.cleanup();
      }
    });
    expect(changes, `changing ${key} (to ${JSON.stringify(changed)}) does not change the notice:\n${todoFor(key)}`).toBe(true);
  });
});

/** The name (or title) of an entry in a catalogue or organisation section, in a language. */
function entryName(dir: string, kind: string, section: string, id: string, lang: Lang): string | undefined {
  for (const file of yamlFiles(dir)) {
    const rel = relative(dir, file);
    if ((kind === 'catalogue') !== rel.startsWith('catalogues')) continue;
    const entry = ((parse(readFileSync(file, 'utf8')) as Json)[section] as Record<string, Json> | undefined)?.[id];
    if (entry === undefined) continue;
    const name = entry.name ?? entry.title;
    return typeof name === 'string' ? name : (name as Record<string, string>)[lang];
  }
  return undefined;
}

/** Other values a code can take: another of its enum, the other boolean, another date or country; or none at all. */
function alternatives(leaf: Leaf, given: unknown[]): unknown[] {
  const v = given[0];
  const node = leaf.node ?? {};
  const enumerated = (node.enum as unknown[] | undefined)?.filter((x) => !given.includes(x)).slice(0, 2) ?? [];
  if (typeof v === 'boolean') return [!v, undefined];
  if (enumerated.length > 0) return [...enumerated, undefined];
  if (node.format === 'date') return ['2020-02-29'];
  if (typeof v === 'string' && node.enum === undefined && node.pattern === undefined) return [undefined, 'Zqx'];
  if (node.pattern === '^[A-Z]{2}$') return [v === 'SE' ? 'DK' : 'SE'];
  if (String(node.pattern ?? '').startsWith('^P')) return ['P7Y', undefined];
  return [undefined];
}

/** A copy of the registry in which every value at a path is replaced (`undefined`: removed). */
function withValue(dir: string, key: string, value: unknown): { dir: string; cleanup: () => void } {
  const copy = scratchCopy(dir);
  const [kind, path] = key.split(':') as [Kind, string];
  const leaves = new Set(schemaPaths(kind).map((l) => l.path));
  const prefixes = new Set([...leaves].flatMap((p) => p.split(/(?=[.[])/).map((_, i, parts) => parts.slice(0, i + 1).join(''))));
  for (const file of yamlFiles(copy.dir)) {
    const rel = relative(copy.dir, file);
    const fileKind: Kind = rel.startsWith('activities') ? 'activity' : rel.startsWith('catalogues') ? 'catalogue' : 'organisation';
    if (fileKind !== kind) continue;
    const data = parse(readFileSync(file, 'utf8')) as unknown;
    const walk = (v: unknown, at: string): void => {
      if (Array.isArray(v)) v.forEach((x, i) => (`${at}[]` === path ? (value === undefined ? v.splice(i, 1) : (v[i] = value)) : walk(x, `${at}[]`)));
      else if (typeof v === 'object' && v !== null)
        for (const [k, x] of Object.entries(v)) {
          const named = at === '' ? k : `${at}.${k}`;
          const next = prefixes.has(named) ? named : `${at}.*`;
          if (next === path) {
            if (value === undefined) delete (v as Json)[k];
            else (v as Json)[k] = value;
          } else walk(x, next);
        }
    };
    walk(data, '');
    writeFileSync(file, stringify(data));
  }
  return copy;
}

describe('automated decisions: the Art. 22(2) exception', () => {
  it('a contract or explicit consent brings the Art. 22(3) rights; a law is cited instead', () => {
    const words = {
      nb: [
        'bygger på ditt uttrykkelige samtykke (art. 22 nr. 2 bokstav c)',
        'vurdert av et menneske hos oss, til å si din mening og til å bestride avgjørelsen (art. 22 nr. 3)',
      ],
      nn: [
        'byggjer på det uttrykkelege samtykket ditt (art. 22 nr. 2 bokstav c)',
        'vurdert av eit menneske hos oss, til å seie meininga di og til å bestride avgjerda (art. 22 nr. 3)',
      ],
      en: [
        'based on your explicit consent (Art. 22(2)(c))',
        'reviewed by a person at our organisation, to express your point of view and to contest the decision (Art. 22(3))',
      ],
    };
    const copy = withValue(FIELDS, 'activity:automatedDecisions.exception', 'explicit-consent');
    try {
      for (const lang of LANGS) {
        const r = ropa(['notice', copy.dir, '--complete', '--lang', lang]);
        expect(r.code).toBe(0);
        for (const w of words[lang]) expect(plain(r.stdout)).toContain(w);
      }
    } finally {
      copy.cleanup();
    }
    const law = plain(ropa(['notice', FIELDS, '--complete', '--lang', 'en']).stdout);
    expect(law).toContain('authorised by Criminal Procedure Act section 3 and forskrift om rabattkontroll section 2 (Art. 22(2)(b)).');
    expect(law).not.toContain('(Art. 22(3))');
  });

  it('a law with a review on request offers the review without citing Art. 22(3), which gives it only for a contract or consent', () => {
    const offered = {
      nb: 'Du kan be om at et menneske hos oss vurderer avgjørelsen, si din mening og bestride avgjørelsen.',
      nn: 'Du kan be om at eit menneske hos oss vurderer avgjerda, seie meininga di og bestride avgjerda.',
      en: 'You can ask for a person at our organisation to review the decision, express your point of view and contest the decision.',
    };
    const cited = { nb: '(art. 22 nr. 3)', nn: '(art. 22 nr. 3)', en: '(Art. 22(3))' };
    const copy = withValue(FIELDS, 'activity:automatedDecisions.humanReview', 'on-request');
    try {
      for (const lang of LANGS)
        for (const format of ['md', 'html']) {
          const r = ropa(['notice', copy.dir, '--complete', '--lang', lang, '--format', format]);
          expect(r.code).toBe(0);
          expect(plain(r.stdout)).toContain(offered[lang]);
          expect(r.stdout).not.toContain(cited[lang]);
        }
    } finally {
      copy.cleanup();
    }
  });
});

describe('the archive institution: a name in one string or per language', () => {
  it('one string is valid without an untranslated-text warning, and is printed in every language', () => {
    const copy = withValue(FIELDS, 'activity:retention[].archive', 'Nasjonalarkivet');
    try {
      const v = ropa(['validate', copy.dir, '--format', 'json']);
      expect(v.code).toBe(0);
      expect(v.stdout).not.toContain('untranslated-text');
      for (const lang of LANGS) expect(plain(ropa(['notice', copy.dir, '--complete', '--lang', lang]).stdout)).toContain('Nasjonalarkivet');
    } finally {
      copy.cleanup();
    }
    // Per language, English reads as English (the fixture's survey.yaml).
    expect(plain(ropa(['notice', FIELDS, '--complete', '--lang', 'en']).stdout)).toContain('then transferred to the Vestfold county archive if');
  });
});
