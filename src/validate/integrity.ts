import type { Finding } from '../model/finding.js';
import type { Located, Registry } from '../model/registry.js';
import type { Activity, CatalogueKind, LawRef } from '../model/types.js';
import type { Duplicate } from '../model/build.js';
import { fileId } from '../model/build.js';
import type { FileKind, SourceFile } from '../parse/source.js';
import { CATALOGUE_KINDS } from '../model/types.js';
import { join, pointer } from '../util/pointer.js';
import { SuggestIndex, suggestBudget } from '../util/suggest.js';
import { LANGUAGES } from '../i18n/index.js';
import { createHash } from 'node:crypto';

/** The message of a reference that resolves to nothing: [without a suggestion, with one]. */
const UNRESOLVED = {
  activity: ['validate.unresolved-activity', 'validate.unresolved-activity-suggest'],
  reference: ['validate.unresolved-reference', 'validate.unresolved-reference-suggest'],
} as const;

/** Problems the schema cannot see: references, ids, translations, check digits. */
export function checkIntegrity(registry: Registry, duplicates: Duplicate[], valid: readonly SourceFile[], opts: IntegrityOptions = {}): Finding[] {
  const out: Finding[] = [];
  // A catalogue file that could not be read may hold any id: "not in the catalogue" would be a guess.
  const cataloguesComplete = !opts.unread?.has('catalogue');
  const report = (
    file: SourceFile,
    ptr: string,
    rule: string,
    messageId: string,
    args: Finding['args'],
    target: 'value' | 'key' = 'value',
    activity?: string,
  ): void => {
    out.push({ rule, severity: 'error', file: file.path, pointer: ptr, range: file.locate(ptr, target), messageId, args, ...(activity ? { activity } : {}) });
  };

  for (const d of duplicates) {
    // An activity whose id differs from its file name is reported as id-mismatch; that explains the clash.
    if (d.kind === 'activities' && fileId(d.second.file) !== d.id) continue;
    const first = `${relativeName(d.first.file)}`;
    report(
      d.second.file,
      d.second.pointer,
      'duplicate-id',
      'validate.duplicate-id',
      { id: d.id, kind: d.kind, first },
      d.kind === 'activities' ? 'value' : 'key',
    );
  }

  const cat = registry.catalogues;
  const ids = (kind: CatalogueKind): Map<string, unknown> => cat[kind] as Map<string, unknown>;
  const org = registry.organisation?.value;
  const groups = new Map(Object.entries(record(org?.noticeGroups)));
  const joint = new Map(Object.entries(record(org?.jointControllers)));

  // "Did you mean": each catalogue's ids indexed once, and one budget for the whole run.
  const budget = suggestBudget();
  const indexes = new Map<Map<string, unknown>, SuggestIndex>();
  /** One reference: `id` at `ptr` must be a key of `known`. */
  const ref = (file: SourceFile, ptr: string, what: string, id: unknown, known: Map<string, unknown>, activity?: string): void => {
    // A value of the wrong type is the schema's to report.
    if (typeof id !== 'string' || known.has(id)) return;
    if (!cataloguesComplete && (CATALOGUE_KINDS as readonly string[]).includes(what)) return;
    let index = indexes.get(known);
    if (!index) indexes.set(known, (index = new SuggestIndex(known.keys())));
    const hint = index.suggest(id, budget);
    report(
      file,
      ptr,
      'unresolved-reference',
      UNRESOLVED[what === 'activities' ? 'activity' : 'reference'][hint ? 1 : 0],
      { id, kind: what, ...(hint ? { suggestion: hint } : {}) },
      'value',
      activity,
    );
  };
  const refs = (file: SourceFile, base: string, list: unknown, kind: CatalogueKind, activity?: string): void => {
    // Most references resolve: the pointer is made only for one that does not.
    items<string>(list).forEach((id, i) => {
      if (!ids(kind).has(id)) ref(file, join(base, i), kind, id, ids(kind), activity);
    });
  };
  const lawRefs = (file: SourceFile, base: string, list: unknown, activity?: string): void => {
    items<LawRef>(list).forEach((l, i) => {
      if (isRecord(l) && !ids('laws').has(l.law)) ref(file, join(base, i, 'law'), 'laws', l.law, ids('laws'), activity);
    });
  };

  /** What an activity's checks read: its summary from the cache where there is one (`integrityView`), else its data. */
  const dataOf = (file: SourceFile): unknown => opts.views?.get(file) ?? file.data;
  for (const file of valid) {
    if (file.kind !== 'activity') continue;
    // A file whose data is still in the cache says its id without being read (its summary's, kept beside it).
    const id = file.isLazy ? file.lazyId : field(dataOf(file), 'id');
    const expected = fileId(file);
    if (typeof id === 'string' && id !== expected) report(file, '/id', 'id-mismatch', 'validate.id-mismatch', { id, expected }, 'value', id);
  }
  for (const a of registry.activities) {
    // Its references all resolved under the same ids (`refsKey`), and its file is untouched since: they still do.
    if (opts.refsClean?.has(a.file)) {
      opts.refsOk?.add(a.file);
      continue;
    }
    const before = out.length;
    checkActivity(a);
    if (out.length === before) opts.refsOk?.add(a.file);
  }

  function checkActivity(a: Located<Activity>): void {
    const { file, id } = a;
    const v = (opts.views?.get(file) ?? a.value) as Activity;
    refs(file, '/dataSubjects', v.dataSubjects, 'dataSubjects', id);
    refs(file, '/dataCategories', v.dataCategories, 'dataCategories', id);
    refs(file, '/sources', v.sources, 'sources', id);
    if (Array.isArray(v.recipients)) refs(file, '/recipients', v.recipients, 'recipients', id);
    refs(file, '/processors', v.processors, 'processors', id);
    refs(file, '/systems', v.systems, 'systems', id);
    refs(file, '/securityMeasures', v.securityMeasures, 'securityMeasures', id);
    // Without an organisation file there is nothing to resolve these against; missing-organisation says so.
    if (v.noticeGroup !== undefined && org) ref(file, '/noticeGroup', 'noticeGroups', v.noticeGroup, groups, id);
    if (org) items(v.jointControllers).forEach((j, i) => ref(file, join('/jointControllers', i, 'controller'), 'jointControllers', j?.controller, joint, id));
    const purposeIds = new Set<string>();
    items(v.purposes).forEach((p, i) => {
      if (!isRecord(p)) return;
      if (typeof p.id === 'string' && purposeIds.has(p.id))
        report(file, join('/purposes', i, 'id'), 'duplicate-id', 'validate.duplicate-purpose', { id: p.id }, 'value', id);
      purposeIds.add(p.id);
      refs(file, join('/purposes', i, 'safeguards'), p.safeguards, 'securityMeasures', id);
      items(p.legalBasis).forEach((b, j) => lawRefs(file, join('/purposes', i, 'legalBasis', j, 'law'), b?.law, id));
    });
    const listed = new Map(items<string>(v.dataCategories).map((c) => [c, true] as const));
    // Categories named inside the activity (by a purpose, by a retention rule) are catalogue ids the activity lists.
    const subsetOfListed = (base: string, list: unknown, messageId: string): void =>
      items<string>(list).forEach((c, j) => {
        if (!ids('dataCategories').has(c)) ref(file, join(base, j), 'dataCategories', c, ids('dataCategories'), id);
        else if (typeof c === 'string' && !listed.has(c)) report(file, join(base, j), 'unresolved-reference', messageId, { id: c }, 'value', id);
      });
    items(v.purposes).forEach((p, i) => {
      if (isRecord(p)) subsetOfListed(join('/purposes', i, 'dataCategories'), p.dataCategories, 'validate.purpose-category-not-listed');
    });
    items(v.retention).forEach((r, i) => {
      if (!isRecord(r)) return;
      subsetOfListed(join('/retention', i, 'categories'), r.categories, 'validate.retention-category-not-listed');
      if (r.policy !== undefined) ref(file, join('/retention', i, 'policy'), 'retentionPolicies', r.policy, ids('retentionPolicies'), id);
      lawRefs(file, join('/retention', i, 'law'), r.law, id);
    });
    if (Array.isArray(v.nationalIdNeed))
      items(v.nationalIdNeed).forEach((n, i) => {
        const c: unknown = isRecord(n) ? n.category : undefined;
        if (typeof c !== 'string') return;
        const ptr = join('/nationalIdNeed', i, 'category');
        if (!ids('dataCategories').has(c)) ref(file, ptr, 'dataCategories', c, ids('dataCategories'), id);
        else if (!listed.has(c)) report(file, ptr, 'unresolved-reference', 'validate.need-category-not-listed', { id: c }, 'value', id);
      });
    items(v.rightsRestrictions).forEach((r, i) => lawRefs(file, join('/rightsRestrictions', i, 'law'), r?.law, id));
    items(v.disclosures).forEach((d, i) => {
      ref(file, join('/disclosures', i, 'recipient'), 'recipients', d?.recipient, ids('recipients'), id);
      lawRefs(file, join('/disclosures', i, 'law'), d?.law, id);
    });
    lawRefs(file, '/automatedDecisions/law', isRecord(v.automatedDecisions) ? v.automatedDecisions.law : undefined, id);
    if (Array.isArray(v.transfers)) {
      const parties = new Map<string, unknown>([...ids('recipients'), ...ids('processors')]);
      items(v.transfers).forEach((t, i) => {
        if (t?.recipient !== undefined) ref(file, join('/transfers', i, 'recipient'), 'recipients', t.recipient, parties, id);
      });
    }
  }

  // Entries of a file that failed its schema are here too: any value may have any shape.
  for (const s of cat.sources.values()) lawRefs(s.file, join(s.pointer, 'law'), field(s.value, 'law'));
  for (const r of cat.retentionPolicies.values()) lawRefs(r.file, join(r.pointer, 'law'), field(r.value, 'law'));
  for (const s of cat.systems.values()) {
    const processor = field(s.value, 'processor');
    if (processor !== undefined) ref(s.file, join(s.pointer, 'processor'), 'processors', processor, ids('processors'));
  }
  // A sub-processor that serves some activities only names them (`subprocessors[].activities`): each an activity of the
  // record. Where an activity file could not be read, any id may be its: "no such activity" would be a guess.
  if (!opts.unread?.has('activity')) {
    let activityIds: Map<string, unknown> | undefined;
    for (const p of cat.processors.values())
      items(field(p.value, 'subprocessors')).forEach((s, i) =>
        items(field(s, 'activities')).forEach((id, j) => {
          activityIds ??= new Map(registry.activities.map((a) => [a.id, a] as const));
          ref(p.file, join(p.pointer, 'subprocessors', i, 'activities', j), 'activities', id, activityIds);
        }),
      );
  }
  for (const c of cat.dataCategories.values()) {
    const retention = field(c.value, 'retention');
    if (retention !== undefined) ref(c.file, join(c.pointer, 'retention'), 'retentionPolicies', retention, ids('retentionPolicies'));
  }
  if (registry.organisation) {
    const o = registry.organisation;
    refs(o.file, '/notice/laws', field(field(o.value, 'notice'), 'laws'), 'laws');
  }

  // One walk over every value of every valid file, for two checks:
  // organisation numbers carry a mod-11 check digit (a typo is caught here, not by Datatilsynet);
  // every localised text has every declared language.
  const declared = registry.languages;
  // Without a readable organisation file the declared languages are not known.
  const languagesKnown = !opts.unread?.has('organisation');
  for (const file of valid) {
    // A file the cache knows this walk finds nothing in, under these languages (`walkKey`).
    if (opts.clean?.has(file)) continue;
    // Data that failed its schema may even be circular (an alias inside itself): each value once.
    const seen = opts.flawed?.has(file) ? new Set<object>() : undefined;
    walk(file.data, seen, {
      text(value, at) {
        if (!languagesKnown) return;
        const missing = declared.filter((l) => !Object.hasOwn(value, l));
        if (missing.length > 0) report(file, at(), 'missing-translation', 'validate.missing-translation', { languages: missing.join(', ') });
      },
      scalar(key, value, at) {
        if (key === 'organisationNumber' && typeof value === 'string' && /^[0-9]{9}$/.test(value) && !validOrganisationNumber(value)) {
          report(file, at(), 'invalid-check-digit', 'validate.invalid-check-digit', { value });
        }
      },
    });
  }
  return out;
}

export interface IntegrityOptions {
  /** Kinds of file of which one or more could not be read or parsed. */
  unread?: ReadonlySet<FileKind>;
  /** Files among those checked that failed their schema: their data may have any shape. */
  flawed?: ReadonlySet<SourceFile>;
  /** Activities' summaries (`integrityView`), read in place of their data. */
  views?: ReadonlyMap<SourceFile, unknown>;
  /** Files in which the walk over every value finds nothing under this run's `walkKey`: not walked. */
  clean?: ReadonlySet<SourceFile>;
  /** Activities whose references all resolved under this run's `refsKey`, untouched since: not looked at. */
  refsClean?: ReadonlySet<SourceFile>;
  /** Filled with the activities whose references were looked at (or were clean) and all resolved. */
  refsOk?: Set<SourceFile>;
}

/**
 * What an activity's references are resolved against (`checkActivity`): every catalogue's ids, the organisation's
 * notice groups and joint controllers, whether there is an organisation and whether every catalogue could be read.
 * An untouched activity whose references all resolved under the same key resolves them all again.
 */
export function refsKey(registry: Registry, opts: IntegrityOptions = {}): string {
  const h = createHash('sha1');
  const org = registry.organisation?.value;
  h.update(`${org ? 'org' : '-'}:${opts.unread?.has('catalogue') ? '-' : 'all'}\n`);
  const keys = (name: string, ids: Iterable<string>): void => {
    h.update(`\0${name}${JSON.stringify([...ids])}`);
  };
  keys('noticeGroups', Object.keys(record(org?.noticeGroups)));
  keys('jointControllers', Object.keys(record(org?.jointControllers)));
  for (const kind of CATALOGUE_KINDS) keys(kind, (registry.catalogues[kind] as Map<string, unknown>).keys());
  // 72 bits: on every line of the cache, and two keys of one registry's catalogues do not meet by chance.
  return h.digest('base64').slice(0, 12);
}

/**
 * What the walk over every value of a file depends on besides the file: the declared languages, when they are
 * known, and the languages ropa knows. A file the walk found nothing in finds nothing again under the same key.
 */
export function walkKey(registry: Registry, opts: IntegrityOptions = {}): string {
  // ropa's own languages decide what a localised text is (isLocalisedMap).
  return `${LANGUAGES.join(',')}:${opts.unread?.has('organisation') ? '-' : registry.languages.join(',')}`;
}

/** The rules the walk over every value reports (`checkIntegrity`): a file with none of them under a key is clean under it. */
export const WALK_RULES: ReadonlySet<string> = new Set(['missing-translation', 'invalid-check-digit']);

/**
 * An activity as `checkActivity` reads it, without what it never reads (texts, descriptions): kept in the cache
 * beside the activity's data, so that an unchanged activity's references are checked without reading its data.
 * Every value `checkActivity` looks at is here, at the same place; test/validate/integrity-view.test.ts holds the
 * two to the same findings.
 */
export function integrityView(data: unknown): unknown {
  if (!isRecord(data)) return data;
  const v: Record<string, unknown> = {};
  for (const key of VIEW_KEYS) if (data[key] !== undefined) v[key] = data[key];
  let x: unknown;
  if ((x = data.jointControllers) !== undefined) v.jointControllers = Array.isArray(x) ? x.map((j) => (isRecord(j) ? only(j, 'controller') : j)) : x;
  if ((x = data.purposes) !== undefined) v.purposes = Array.isArray(x) ? x.map(purposeView) : x;
  if ((x = data.retention) !== undefined) v.retention = Array.isArray(x) ? x.map(retentionView) : x;
  if ((x = data.nationalIdNeed) !== undefined) v.nationalIdNeed = Array.isArray(x) ? x.map((n) => (isRecord(n) ? only(n, 'category') : n)) : x;
  if ((x = data.rightsRestrictions) !== undefined) v.rightsRestrictions = Array.isArray(x) ? x.map(lawsView) : x;
  if ((x = data.disclosures) !== undefined)
    v.disclosures = Array.isArray(x) ? x.map((d) => (isRecord(d) ? { ...only(d, 'recipient'), ...(lawsView(d) as Record<string, unknown>) } : d)) : x;
  if ((x = data.automatedDecisions) !== undefined) v.automatedDecisions = lawsView(x);
  if ((x = data.transfers) !== undefined) v.transfers = Array.isArray(x) ? x.map((t) => (isRecord(t) ? only(t, 'recipient') : t)) : x;
  return v;
}

/** The lists of ids `checkActivity` reads as they are. */
const VIEW_KEYS = ['id', 'dataSubjects', 'dataCategories', 'sources', 'recipients', 'processors', 'systems', 'securityMeasures', 'noticeGroup'] as const;

/** A mapping with only `key` (none when it has none). */
function only(value: Record<string, unknown>, key: string): Record<string, unknown> {
  return value[key] === undefined ? {} : { [key]: value[key] };
}

/** A list of law references with only each one's `law`. */
function lawList(list: unknown): unknown {
  return Array.isArray(list) ? list.map((l) => (isRecord(l) ? only(l, 'law') : l)) : list;
}

/** A mapping with only its `law` list. */
function lawsView(value: unknown): unknown {
  if (!isRecord(value)) return value;
  return value.law === undefined ? {} : { law: lawList(value.law) };
}

function purposeView(p: unknown): unknown {
  if (!isRecord(p)) return p;
  const out: Record<string, unknown> = {};
  if (p.id !== undefined) out.id = p.id;
  if (p.safeguards !== undefined) out.safeguards = p.safeguards;
  if (p.legalBasis !== undefined) out.legalBasis = Array.isArray(p.legalBasis) ? p.legalBasis.map(lawsView) : p.legalBasis;
  if (p.dataCategories !== undefined) out.dataCategories = p.dataCategories;
  return out;
}

function retentionView(r: unknown): unknown {
  if (!isRecord(r)) return r;
  const out: Record<string, unknown> = {};
  if (r.categories !== undefined) out.categories = r.categories;
  if (r.policy !== undefined) out.policy = r.policy;
  if (r.law !== undefined) out.law = lawList(r.law);
  return out;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- data of a file that failed its schema may have any shape
function isRecord(v: unknown): v is Record<string, any> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The items of a list, or none when the value is not a list (the schema says so). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
function items<T = any>(v: unknown): T[] {
  return Array.isArray(v) ? (v as T[]) : [];
}

function record(v: unknown): Record<string, unknown> {
  return isRecord(v) ? v : {};
}

function field(v: unknown, key: string): unknown {
  return isRecord(v) ? v[key] : undefined;
}

/** Norwegian organisation numbers: weights 3 2 7 6 5 4 3 2, check digit 11 - sum mod 11 (11 → 0, 10 → invalid). */
export function validOrganisationNumber(n: string): boolean {
  if (!/^[0-9]{9}$/.test(n)) return false;
  const w = [3, 2, 7, 6, 5, 4, 3, 2];
  const sum = w.reduce((s, x, i) => s + x * Number(n[i]), 0);
  const r = 11 - (sum % 11);
  const check = r === 11 ? 0 : r;
  return check !== 10 && check === Number(n[8]);
}

/** A mapping whose keys are all languages and whose values are all strings: a localised text. */
function isLocalisedMap(v: object): v is Record<string, string> {
  let keys = 0;
  for (const k in v) {
    if (!Object.hasOwn(v, k)) continue;
    if (!(LANGUAGES as readonly string[]).includes(k) || typeof (v as Record<string, unknown>)[k] !== 'string') return false;
    keys++;
  }
  return keys > 0;
}

/**
 * Visits every localised text (not looking inside it) and every scalar under a key, with the
 * pointer made only when a finding needs it (`at()`). Depth first, with the path kept in one array:
 * a registry of 10,000 activities has millions of values, and nothing is allocated per value.
 */
function walk(
  data: unknown,
  seen: Set<object> | undefined,
  visit: { text: (value: Record<string, string>, at: () => string) => void; scalar: (key: string, value: unknown, at: () => string) => void },
): void {
  const values: object[] = [];
  const depths: number[] = [];
  const segments: (string | number)[] = [];
  const path: (string | number)[] = [];
  const at = (): string => pointer(...path);
  if (data !== null && typeof data === 'object') {
    values.push(data);
    depths.push(0);
    segments.push('');
  }
  while (values.length > 0) {
    const v = values.pop()!;
    const depth = depths.pop()!;
    const segment = segments.pop()!;
    if (seen) {
      if (seen.has(v)) continue;
      seen.add(v);
    }
    path.length = depth;
    if (depth > 0) path[depth - 1] = segment;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const x: unknown = v[i];
        if (x === null || typeof x !== 'object') continue;
        values.push(x);
        depths.push(depth + 1);
        segments.push(i);
      }
      continue;
    }
    if (isLocalisedMap(v)) {
      visit.text(v, at);
      continue;
    }
    for (const k in v) {
      if (!Object.hasOwn(v, k)) continue;
      const x: unknown = (v as Record<string, unknown>)[k];
      if (x !== null && typeof x === 'object') {
        values.push(x);
        depths.push(depth + 1);
        segments.push(k);
      } else {
        path[depth] = k;
        path.length = depth + 1;
        visit.scalar(k, x, at);
        path.length = depth;
      }
    }
  }
}

function relativeName(file: SourceFile): string {
  return file.path.split('/').slice(-2).join('/');
}
