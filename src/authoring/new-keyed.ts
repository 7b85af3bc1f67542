import type { Activity, GdprBasisCode, LawRef, LocalText, Transfer } from '../model/types.js';
import { UserError } from '../util/errors.js';
import { idList, localTextOption } from './entry-fields.js';
import { NEEDS_LAW, NEEDS_LAW_ART9_10, parseLawRef, type MorePurpose, type NewActivity } from './new-activity.js';
import { schemaEnum, schemaNode } from './schema-order.js';

/**
 * `ropa new`'s keyed options: each value names what it belongs to before `=` (a purpose's id, a joint controller's id, a
 * transfer's country), so that options given in any order, or one left out, can never attach a basis, a law or a text to
 * the wrong purpose, controller or transfer. Pairing repeated options by their order could: commander collects each option
 * on its own, and one missing --basis would move every later basis to the purpose before it without a word.
 */

/** One of the allowed values, or the usage error cli/context.ts's oneOf gives (authoring sits below the CLI layer). */
function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UserError('cli.bad-choice', { option, value, allowed: allowed.join(', ') });
}

/** `KEY=VALUE`: the key (before the first `=`) and the value; a usage error naming the option otherwise. */
function keyed(value: string, option: string): [string, string] {
  const m = /^\s*([^=\s]+)\s*=\s*([\s\S]*)$/.exec(value);
  if (!m || m[2]!.trim() === '') throw new UserError('authoring.new.bad-keyed', { option, value });
  return [m[1]!, m[2]!];
}

/** GDPR basis codes, comma-separated, each as the schema spells it (case is forgiven). */
export function basisCodes(value: string, option: string): GdprBasisCode[] {
  const codes = schemaEnum('common', 'definitions', 'gdprBasis');
  return (idList(value) ?? []).map((b) => {
    const code = codes.find((c) => c.toLowerCase() === b.toLowerCase());
    if (!code) throw new UserError('cli.bad-choice', { option, value: b, allowed: codes.join(', ') });
    return code as GdprBasisCode;
  });
}

/** `statistikkloven § 10` (the Art. 6(3) law) or `A9-2-g=helseregisterloven § 11` (the law of that Art. 9(2) or Art. 10 basis). */
export function addLawOption(ref: string, to: { laws?: LawRef[] | undefined; lawsByBasis?: MorePurpose['lawsByBasis'] }, option: string): void {
  const m = /^\s*([A-Za-z0-9-]+)\s*=\s*(.+)$/.exec(ref);
  if (m) {
    const code = NEEDS_LAW_ART9_10.find((c) => c.toLowerCase() === m[1]!.toLowerCase());
    if (!code) throw new UserError('cli.bad-choice', { option: `${option} CODE=`, value: m[1]!, allowed: NEEDS_LAW_ART9_10.join(', ') });
    to.lawsByBasis = { ...to.lawsByBasis, [code]: [...(to.lawsByBasis?.[code as GdprBasisCode] ?? []), parseLawRef(m[2]!)] };
  } else to.laws = [...(to.laws ?? []), parseLawRef(ref)];
}

const ID = (): RegExp => new RegExp((schemaNode('common', 'definitions', 'id') as { pattern: string }).pattern);

/** The options of the purposes after the first. */
export interface MorePurposeOptions {
  alsoPurpose?: string[];
  alsoBasis?: string[];
  alsoLaw?: string[];
  alsoCategories?: string[];
  alsoResearch?: string[];
  alsoSafeguards?: string[];
}

/** What a purpose of Art. 89(1) is, as `researchOrStatistics` spells it. */
export const ART89_KINDS = ['research', 'statistics', 'archiving'] as const;

/**
 * `--also-purpose ID=TEXT` (repeat for nb:, nn:, en: texts of the same ID), `--also-basis ID=CODES`, `--also-law
 * ID=[CODE=]LAW § N`, `--also-categories ID=IDS`, `--also-research ID=KIND` and `--also-safeguards ID=IDS` (Art. 89(1)):
 * each further purpose by its id. A basis, law or category list for an
 * id no --also-purpose gives is refused, as is a law for a basis the purpose does not have (as --law is).
 */
export function morePurposesOption(id: string, opts: MorePurposeOptions): MorePurpose[] | undefined {
  if (opts.alsoPurpose === undefined) {
    const stray = (['alsoBasis', 'alsoLaw', 'alsoCategories', 'alsoResearch', 'alsoSafeguards'] as const).find((k) => opts[k] !== undefined);
    if (stray !== undefined) throw new UserError('authoring.new.also-without-purpose', { option: optionName(stray) });
    return undefined;
  }
  const texts = new Map<string, string[]>();
  for (const v of opts.alsoPurpose) {
    const [key, text] = keyed(v, '--also-purpose');
    if (!ID().test(key)) throw new UserError('authoring.new.bad-purpose-id', { value: key });
    if (key === id) throw new UserError('authoring.new.purpose-id-taken', { value: key });
    texts.set(key, [...(texts.get(key) ?? []), text]);
  }
  const purposes = new Map<string, MorePurpose>(
    [...texts].map(([key, values]) => [key, { id: key, description: localTextOption(values, `--also-purpose ${key}=`) as LocalText }]),
  );
  const of = (v: string, option: string): [MorePurpose, string] => {
    const [key, value] = keyed(v, option);
    const p = purposes.get(key);
    if (p === undefined) throw new UserError('authoring.new.also-unknown-purpose', { option, value: key });
    return [p, value];
  };
  for (const v of opts.alsoBasis ?? []) {
    const [p, value] = of(v, '--also-basis');
    p.bases = [...new Set([...(p.bases ?? []), ...basisCodes(value, '--also-basis')])];
  }
  for (const v of opts.alsoLaw ?? []) {
    const [p, value] = of(v, '--also-law');
    addLawOption(value, p, '--also-law');
  }
  for (const v of opts.alsoCategories ?? []) {
    const [p, value] = of(v, '--also-categories');
    p.categories = [...new Set([...(p.categories ?? []), ...(idList(value) ?? [])])];
  }
  for (const v of opts.alsoResearch ?? []) {
    const [p, value] = of(v, '--also-research');
    const kind = oneOf(value.trim(), ART89_KINDS, '--also-research');
    if (p.researchOrStatistics !== undefined && p.researchOrStatistics !== kind)
      throw new UserError('authoring.new.also-research-twice', { purpose: p.id, before: String(p.researchOrStatistics), after: kind });
    p.researchOrStatistics = kind;
  }
  for (const v of opts.alsoSafeguards ?? []) {
    const [p, value] = of(v, '--also-safeguards');
    p.safeguards = [...new Set([...(p.safeguards ?? []), ...(idList(value) ?? [])])];
  }
  for (const p of purposes.values()) {
    // Art. 89(1) safeguards belong to a purpose of archiving, research or statistics, as --purpose-safeguards do.
    if (p.safeguards?.length && p.researchOrStatistics === undefined && !p.bases?.includes('A9-2-j'))
      throw new UserError('authoring.new.also-safeguards-without-research', { purpose: p.id });
    if (p.laws?.length && !p.bases?.some((b) => NEEDS_LAW.includes(b))) throw new UserError('authoring.new.also-law-without-basis', { purpose: p.id });
    for (const code of Object.keys(p.lawsByBasis ?? {}))
      if (!p.bases?.includes(code as GdprBasisCode)) throw new UserError('authoring.new.also-law-basis-missing', { purpose: p.id, code });
  }
  return [...purposes.values()];
}
const optionName = (k: string): string => `--${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/**
 * `--joint-controller ID[=ARRANGEMENT]` (repeatable): a joint controller organisation.yaml names, with the reference of the
 * Art. 26 arrangement; `--joint-responsibilities ID=TEXT` (nb:, nn:, en: texts repeated) the split of duties, in particular
 * who answers the data subjects' requests and informs them (Art. 26(1)); `--joint-contact ID=VALUE` (repeatable) the
 * contact point for data subjects the arrangement designates (Art. 26(1)).
 */
export function jointControllersOption(
  given: string[] | undefined,
  responsibilities: string[] | undefined,
  joint: Readonly<Record<string, unknown>>,
  contacts?: string[],
): NonNullable<Activity['jointControllers']> | undefined {
  if (given === undefined) {
    if (responsibilities !== undefined) throw new UserError('authoring.new.responsibilities-without-joint');
    if (contacts !== undefined) throw new UserError('authoring.new.contact-without-joint');
    return undefined;
  }
  const out = given.map((v) => {
    const m = /^\s*([^=\s]+)\s*(?:=\s*([\s\S]*\S))?\s*$/.exec(v);
    if (!m || !ID().test(m[1]!)) throw new UserError('authoring.new.bad-joint-controller', { value: v });
    // Only a controller organisation.yaml names can be referred to: said here, with where to add it, not as a dangling id.
    if (!Object.hasOwn(joint, m[1]!))
      throw new UserError('authoring.new.joint-not-in-organisation', { id: m[1]!, known: Object.keys(joint).join(', ') || '–' });
    return { controller: m[1]!, ...(m[2] !== undefined ? { arrangement: m[2] } : {}) };
  });
  const texts = new Map<string, string[]>();
  for (const v of responsibilities ?? []) {
    const [key, text] = keyed(v, '--joint-responsibilities');
    if (!out.some((j) => j.controller === key)) throw new UserError('authoring.new.also-unknown-joint', { value: key });
    texts.set(key, [...(texts.get(key) ?? []), text]);
  }
  const points = new Map<string, Contact>();
  for (const v of contacts ?? []) {
    const [key, value] = keyed(v, '--joint-contact');
    if (!out.some((j) => j.controller === key)) throw new UserError('authoring.new.contact-unknown-joint', { value: key });
    const point = points.get(key) ?? {};
    const [field, text] = contactField(value);
    if (point[field] !== undefined) throw new UserError('authoring.new.joint-contact-twice', { id: key, value: text, field });
    points.set(key, { ...point, [field]: text });
  }
  return out.map((j) => {
    const split = localTextOption(texts.get(j.controller), `--joint-responsibilities ${j.controller}=`);
    const point = points.get(j.controller);
    return { ...j, ...(split !== undefined ? { responsibilities: split } : {}), ...(point !== undefined ? { contactPoint: point } : {}) };
  });
}

type Contact = Pick<NonNullable<NonNullable<Activity['jointControllers']>[number]['contactPoint']>, 'name' | 'email' | 'phone' | 'url'>;

/**
 * What a contact point's value is, by its form as common.schema.json gives it: a web address (http or https), an e-mail
 * address, a telephone number; else the name of the person or function to turn to.
 */
export function contactField(value: string): ['url' | 'email' | 'phone' | 'name', string] {
  const text = value.trim();
  const pattern = (name: string): RegExp => new RegExp((schemaNode('common', 'definitions', name) as { pattern: string }).pattern);
  if (pattern('url').test(text)) return ['url', text];
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text)) return ['email', text];
  if (pattern('phone').test(text)) return ['phone', text];
  return ['name', text];
}

/** The options that say more of a transfer, each keyed by the transfer's country as --transfers gives it. */
export interface TransferDetailOptions {
  transferReference?: string[];
  transferRecipient?: string[];
  transferRecipientType?: string[];
  transferDpf?: string[];
  transferSafeguards?: string[];
  transferSubjectsInformed?: string[];
  transferAuthorityInformed?: string[];
}

/**
 * `--transfer-reference US=SCC 2021/914 modul 3` (where the safeguard is documented), `--transfer-recipient US=google` (the
 * recipient or processor that receives it), `--transfer-recipient-type CA=public-authority` (what the recipient is, where an
 * adequacy decision covers only some), `--transfer-dpf US=yes` (certified under the EU-US Data Privacy Framework): each on
 * the transfer to that country. A country --transfers does not name, or names twice, is refused.
 */
export function withTransferDetails(transfers: Transfer[] | 'none' | undefined, opts: TransferDetailOptions): Transfer[] | 'none' | undefined {
  const all = [
    ['--transfer-reference', opts.transferReference],
    ['--transfer-recipient', opts.transferRecipient],
    ['--transfer-recipient-type', opts.transferRecipientType],
    ['--transfer-dpf', opts.transferDpf],
    ['--transfer-safeguards', opts.transferSafeguards],
    ['--transfer-subjects-informed', opts.transferSubjectsInformed],
    ['--transfer-authority-informed', opts.transferAuthorityInformed],
  ] as const;
  const given = all.filter(([, v]) => v !== undefined);
  if (given.length === 0) return transfers;
  if (!Array.isArray(transfers)) throw new UserError('authoring.new.transfer-detail-without-transfer', { option: given[0]![0] });
  const out = transfers.map((t) => ({ ...t }));
  const types = schemaEnum('activity', 'definitions', 'transfer', 'properties', 'recipientType');
  const safeguards = new Map<Transfer, string[]>();
  for (const [option, values] of given) {
    for (const v of values!) {
      const [key, value] = keyed(v, option);
      const country = key.toUpperCase();
      const at = out.filter((t) => t.country === country);
      if (at.length !== 1) throw new UserError(at.length === 0 ? 'authoring.new.transfer-not-given' : 'authoring.new.transfer-twice', { option, country });
      const t = at[0]!;
      const text = value.trim();
      if (option === '--transfer-reference') t.reference = text;
      else if (option === '--transfer-recipient') t.recipient = text;
      else if (option === '--transfer-recipient-type') t.recipientType = oneOf(text, types, option) as NonNullable<Transfer['recipientType']>;
      else if (option === '--transfer-dpf') t.dpfCertified = oneOf(text, ['yes', 'no'], option) === 'yes';
      // Art. 49(1) second subparagraph, 49(6): the assessment and safeguards (one text per language, as --title), who was told.
      else if (option === '--transfer-safeguards') safeguards.set(t, [...(safeguards.get(t) ?? []), value]);
      else if (option === '--transfer-subjects-informed') t.informed = { ...t.informed, dataSubjects: oneOf(text, ['yes', 'no'], option) === 'yes' };
      else t.informed = { ...t.informed, supervisoryAuthority: text };
    }
  }
  for (const [t, texts] of safeguards) t.safeguards = localTextOption(texts, `--transfer-safeguards ${t.country ?? ''}=`)!;
  return out;
}

/** Only an activity with its first purpose can have more (the flags' and the questions' order). */
export function purposeRefusals(n: NewActivity): void {
  if (n.morePurposes?.length && n.purpose === undefined) throw new UserError('authoring.new.also-without-purpose', { option: '--also-purpose' });
  if (n.purposeCategories?.length && n.purpose === undefined) throw new UserError('authoring.new.also-without-purpose', { option: '--purpose-categories' });
  // Art. 89(1) safeguards belong to a purpose of archiving, research or statistics (--art89-purpose, or A9-2-j).
  if (n.purposeSafeguards?.length && n.researchOrStatistics === undefined && !n.bases?.includes('A9-2-j'))
    throw new UserError('authoring.new.safeguards-without-research');
}
