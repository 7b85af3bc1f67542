import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { runGaps } from '../../src/check/engine.js';
import type { Finding } from '../../src/model/finding.js';
import { GAP_RULES } from '../../src/rules/index.js';
import { validateRegistry } from '../../src/validate/index.js';

/**
 * One activity per sentence: each text is the only description of an activity whose `recipients` is none (or the one
 * `listed` for it), in a body's
 * record (`org`, `language`; a public authority unless told otherwise), and the findings of one rule are returned. For the reader tables that need a whole
 * record (a party's kind is read against the record's own names). The folder is removed after the file's tests.
 */
export function sentenceRegistry(prefix: string): (
  texts: Record<string, string>,
  /**
   * `subjects`: the activity's data subjects by name (a catalogue of them is written), where a reading depends on whom the
   * record is about; `publicAuthority` (default true) and `today` (default 2026-12-03) as the record and the run say.
   */
  options: {
    org: string;
    language: 'nb' | 'nn' | 'en';
    title: string;
    purpose: string;
    rule: string;
    subjects?: readonly string[];
    /**
     * `sources`: recorded sources by name (type other-controller), each activity listing all of them; `[name, controller]`
     * also records the body that holds it.
     */
    sources?: readonly (string | readonly [string, string])[];
    /** The catalogue's subjects are the body's employees (`employees: true`). */
    employees?: boolean;
    /** The purpose's legal basis, as YAML list items under `legalBasis:` (none by default). */
    legalBasis?: string;
    /** The activity's data categories as [name, description?] (a catalogue of them is written). */
    categories?: readonly (readonly [string, string?])[];
    publicAuthority?: boolean;
    today?: string;
    /** More of each activity, as top-level YAML lines (`riskFactors:\n  evaluationOrScoring: true\n`). */
    extra?: string;
    /** One recipient listed per activity, by the activity's id: its name (a catalogue of them is written); else `recipients: none`. */
    listed?: Readonly<Record<string, string>>;
  },
) => Finding[] {
  const run = textRegistry(prefix);
  return (
    texts,
    {
      org,
      language,
      title,
      purpose,
      rule,
      subjects = [],
      sources = [],
      employees = false,
      legalBasis,
      categories = [],
      publicAuthority = true,
      today = '2026-12-03',
      extra = '',
      listed,
    },
  ) => {
    const catalogues: Record<string, string> = {};
    if (subjects.length > 0)
      catalogues['data-subjects.yaml'] =
        `dataSubjects:\n${subjects.map((n, i) => `  s${i}:\n    name: ${JSON.stringify(n)}\n${employees ? '    employees: true\n' : ''}`).join('')}`;
    if (sources.length > 0)
      catalogues['sources.yaml'] = `sources:\n${sources
        .map((s, i) => {
          const [n, controller] = typeof s === 'string' ? [s] : s;
          return `  k${i}:\n    name: ${JSON.stringify(n)}\n    type: other-controller\n${controller ? `    controller: ${JSON.stringify(controller)}\n` : ''}`;
        })
        .join('')}`;
    const sourceRefs = sources.length > 0 ? `sources:\n${sources.map((_, i) => `  - k${i}\n`).join('')}` : '';
    if (categories.length > 0)
      catalogues['data-categories.yaml'] = `dataCategories:\n${categories
        .map(([n, t], i) => `  c${i}:\n    name: ${JSON.stringify(n)}\n${t === undefined ? '' : `    description: ${JSON.stringify(t)}\n`}`)
        .join('')}`;
    if (listed !== undefined)
      catalogues['recipients.yaml'] = `recipients:\n${Object.entries(listed)
        .map(([id, name]) => `  to-${id}:\n    name: ${JSON.stringify(name)}\n    type: public-authority\n`)
        .join('')}`;
    const subjectRefs =
      (subjects.length > 0 ? `dataSubjects:\n${subjects.map((_, i) => `  - s${i}\n`).join('')}` : '') +
      (categories.length > 0 ? `dataCategories:\n${categories.map((_, i) => `  - c${i}\n`).join('')}` : '');
    const activity = (id: string, text: string): string => `id: ${id}
title: ${title}
description: ${JSON.stringify(text)}
status: active
purposes:
  - id: sak
    description: ${purpose}
${legalBasis !== undefined ? `    legalBasis:\n${legalBasis}` : ''}recipients: ${listed?.[id] !== undefined ? `[to-${id}]` : 'none'}
${subjectRefs}${sourceRefs}${extra}`;
    return run(texts, { org, language, publicAuthority, rule, activity, catalogues, today });
  };
}

/**
 * sentenceRegistry for the plain case of session 44's matrices (FT): each text the only description of a municipality's
 * activity (nb, «Tjeneste», one purpose «gi tjenesten» on Art. 6(1)(e)), the findings of `rule`; `more` adds or overrides
 * options (data subjects, information, a public authority or not).
 */
export function taskSentences(
  prefix: string,
  rule: string,
  more: Partial<Parameters<ReturnType<typeof sentenceRegistry>>[1]> = {},
): (texts: Record<string, string>) => Finding[] {
  const registryOf = sentenceRegistry(prefix);
  return (texts) =>
    registryOf(texts, {
      org: 'Vestvik kommune',
      language: 'nb',
      title: 'Tjeneste',
      purpose: 'gi tjenesten',
      rule,
      legalBasis: '      - gdpr: A6-1-e\n',
      ...more,
    });
}

/**
 * One activity per text, written by `activity(id, text)` (for matrices whose text is not a description: a withdrawal
 * text, a measure's name, a cited section, an activity with a processor), in a record of `org` (`language`, nb by
 * default; a public authority unless told otherwise; `organisation`: more top-level lines of its file) with the
 * `catalogues` given (file name → YAML); the findings of `rule`. The folder is removed after the file's tests.
 */
export function textRegistry(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  return (
    texts: Record<string, string>,
    o: {
      org: string;
      language?: 'nb' | 'nn' | 'en';
      publicAuthority?: boolean;
      organisation?: string;
      rule: string;
      activity: (id: string, text: string) => string;
      catalogues?: Readonly<Record<string, string>>;
      today?: string;
    },
  ): Finding[] => {
    const d = join(dir, String(n++));
    mkdirSync(join(d, 'activities'), { recursive: true });
    mkdirSync(join(d, 'catalogues'), { recursive: true });
    writeFileSync(
      join(d, 'organisation.yaml'),
      `name: ${o.org}
publicAuthority: ${o.publicAuthority ?? true}
languages: [${o.language ?? 'nb'}]
address:
  lines: [Postboks 1]
  postalCode: "6800"
  city: Førde
dpo:
  name: DPO
  email: dpo@example.no
supervisoryAuthority:
  name: Datatilsynet
${o.organisation ?? ''}`,
    );
    for (const [file, yaml] of Object.entries(o.catalogues ?? {})) writeFileSync(join(d, 'catalogues', file), yaml);
    for (const [id, text] of Object.entries(texts)) writeFileSync(join(d, 'activities', `${id}.yaml`), o.activity(id, text));
    const { registry } = validateRegistry(d);
    return runGaps(
      registry,
      GAP_RULES.filter((x) => x.meta.id === o.rule),
      { today: o.today ?? '2026-12-03' },
    ).findings;
  };
}
