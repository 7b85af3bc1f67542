/**
 * The restricted rights `ropa new` records (`rightsRestrictions`, activity.schema.json), from `--restrict` or the
 * questions: which right, under which GDPR provision, by which law. A provision is offered for a right only where
 * rights-restriction-reference's table says it restricts that right (Art. 89(2): Arts. 15, 16, 18, 21; Art. 89(3) adds
 * 19 and 20; Art. 17(3) erasure; Art. 14(5) information; Art. 21(6) objection; Art. 20(3) portability; Art. 23 any right,
 * through a national law). A restriction is judged by that rule itself before it is recorded, so that one it would
 * flag (no national law for Art. 89 or 23, personopplysningsloven § 17 for erasure, § 17 without an Art. 89 purpose) is
 * refused where it is given, with the rule's own words as the reason, and never written.
 */
import { referenceData } from '../check/reference.js';
import type { RuleContext } from '../check/types.js';
import { t, type Lang } from '../i18n/index.js';
import type { Registry } from '../model/registry.js';
import { resolveActivity } from '../model/resolve.js';
import type { RightsRestriction, Right } from '../model/types.js';
import { SourceFile } from '../parse/source.js';
import rightsRestrictionReference, { GDPR_PROVISIONS, gdprProvision } from '../rules/rights-restriction-reference.js';
import { UserError } from '../util/errors.js';
import { buildActivity, parseLawRef, type NewActivity } from './new-activity.js';
import { schemaEnum } from './schema-order.js';

/** The provisions offered, as they are written into the record. */
export const RESTRICTION_PROVISIONS: readonly string[] = [
  'Art. 89(2)',
  'Art. 89(3)',
  'Art. 17(3)(b)',
  'Art. 17(3)(d)',
  'Art. 14(5)(b)',
  'Art. 14(5)(c)',
  'Art. 14(5)(d)',
  'Art. 21(6)',
  'Art. 20(3)',
  'Art. 23',
];

/** The rights a record may restrict: the schema's enum. */
export function restrictableRights(): Right[] {
  return schemaEnum('activity', 'properties', 'rightsRestrictions', 'items', 'properties', 'right') as Right[];
}

/** The provisions that can restrict `right`: those the rule's table gives it, and Art. 23 (a national law) for any. */
export function provisionsFor(right: Right): string[] {
  return RESTRICTION_PROVISIONS.filter((g) => {
    const rights = GDPR_PROVISIONS[gdprProvision(g) ?? ''];
    return rights === undefined || rights.includes(right);
  });
}

/** `Art. 17(3)(b)` → `17-3-b`: the provision's locale key. */
export const provisionKey = (gdpr: string): string =>
  gdpr
    .replace(/^Art\.\s*/, '')
    .replace(/\)\(/g, '-')
    .replace(/[()]/g, '-')
    .replace(/-+$/, '');

/** Whether the provision is one of Art. 89's: those apply only to archiving, research or statistics (Art. 89(1)). */
export const isArt89 = (gdpr: string): boolean => /^Art\. 89\(/.test(gdpr);

/** `89(2)`, `art. 89(2)`, `A89-2`, `Art.89 (2)` → the offered provision, or undefined. */
export function offeredProvision(text: string): string | undefined {
  const code = /^\s*A(\d+)-(\d+)(?:-([a-z]))?\s*$/i.exec(text);
  const written = code ? `${code[1]}(${code[2]})${code[3] ? `(${code[3]})` : ''}` : text;
  const norm = (s: string): string =>
    s
      .toLowerCase()
      .replace(/^\s*(?:art(?:ikkel|icle)?\.?|gdpr)\s*/, '')
      .replace(/\s+/g, '');
  return RESTRICTION_PROVISIONS.find((g) => norm(g) === norm(written));
}

/**
 * `--restrict access=Art. 89(2):personopplysningsloven § 17`: the right (the schema's word), `=`, the GDPR provision,
 * and after `:` the law and section (several separated by `;`), as `--law` takes them.
 */
export function restrictOption(value: string): RightsRestriction {
  const m = /^\s*([a-z-]+)\s*=\s*([^:]*?)\s*(?::\s*(.*?)\s*)?$/i.exec(value);
  if (!m) throw new UserError('authoring.new.bad-restrict', { value });
  const rights = restrictableRights();
  const right = rights.find((r) => r === m[1]!.toLowerCase());
  if (right === undefined) throw new UserError('cli.bad-choice', { option: '--restrict', value: m[1]!, allowed: rights.join(', ') });
  const gdpr = offeredProvision(m[2]!);
  if (gdpr === undefined) throw new UserError('cli.bad-choice', { option: `--restrict ${right}=`, value: m[2]!, allowed: RESTRICTION_PROVISIONS.join(', ') });
  const law = (m[3] ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map(parseLawRef);
  return { right, gdpr, ...(law.length > 0 ? { law } : {}) };
}

/**
 * One entry per right and GDPR provision: a restriction given twice (`--restrict` repeated, or answered twice) is one
 * restriction, with the laws of both (as `;` writes them in one `--restrict`), never two entries saying the same. The
 * same right under another provision stays its own entry: Art. 17(3)(b) and 17(3)(d) are two grounds.
 */
export function mergeRestrictions(list: readonly RightsRestriction[]): RightsRestriction[] {
  const out = new Map<string, RightsRestriction>();
  for (const x of list) {
    const key = `${x.right}\u0000${x.gdpr ?? ''}`;
    const had = out.get(key);
    if (had === undefined) {
      out.set(key, { ...x, ...(x.law ? { law: [...x.law] } : {}) });
      continue;
    }
    const laws = [...(had.law ?? []), ...(x.law ?? [])];
    const seen = new Set<string>();
    const law = laws.filter((l) => {
      const k = typeof l === 'string' ? l : `${l.law}\u0000${l.section ?? ''}`;
      return !seen.has(k) && (seen.add(k), true);
    });
    if (law.length > 0) had.law = law;
  }
  return [...out.values()];
}

/**
 * Why rights-restriction-reference would flag the restriction on the activity as drafted (its message, in `lang`), or
 * undefined when it would not. Run on the draft alone: the registry's catalogues resolve its laws.
 */
export function restrictionRefusal(registry: Registry, draft: NewActivity, x: RightsRestriction, lang: Lang, path: string): string | undefined {
  const activity = buildActivity({ ...draft, rightsRestrictions: [x] });
  const file = new SourceFile(path, 'activity', '', activity);
  const r = resolveActivity(registry, { id: draft.id, value: activity, file, pointer: '' });
  const ctx: RuleContext = {
    registry,
    today: '',
    reference: referenceData(),
    activities: [r],
    screening: () => {
      throw new Error('the restriction rule reads no screening');
    },
  };
  const found = rightsRestrictionReference.check(ctx, []).find((f) => f.pointer.startsWith('/rightsRestrictions/0'));
  return found === undefined ? undefined : t(lang, found.messageId, found.args);
}
