import type { Activity, CatalogueKind, LocalText } from '../model/types.js';
import type { Registry } from '../model/registry.js';
import { t, type Lang } from '../i18n/index.js';
import { UserError } from '../util/errors.js';
import { idList, localTextOption } from './entry-fields.js';
import { buildActivity, type NewActivity } from './new-activity.js';
import { schemaEnum } from './schema-order.js';
import { dateOption, oneOf } from './org-facts.js';

/**
 * What `ropa new` records about the DPIA, the systems, and who keeps the entry and when it was reviewed: the fields a
 * registry kept through the commands alone could not hold (variants-fysio, route gaps RG04, RG05, RG12), so that
 * dpia-screening, dpia-required and review-overdue read them as facts.
 */
export interface RecordKeepingOptions {
  systems?: string | undefined;
  dpia?: string | undefined;
  dpiaReason?: string[] | undefined;
  dpiaReference?: string | undefined;
  dpiaDate?: string | undefined;
  highRisk?: string | undefined;
  residualRisk?: string | undefined;
  priorConsultation?: string | undefined;
  priorConsultationDate?: string | undefined;
  approval?: string | undefined;
  owner?: string | undefined;
  ownerEmail?: string | undefined;
  ownerPhone?: string | undefined;
  responsibleUnit?: string[] | undefined;
  reviewed?: string | undefined;
  reviewedBy?: string | undefined;
  nextReview?: string | undefined;
}

type Dpia = NonNullable<Activity['dpia']>;
const ASSESSED: readonly string[] = ['done', 'in-progress'];

/** The DPIA, systems, approval, owner and review given by flags; a detail without what it belongs to is refused. */
export function recordKeepingFromFlags(opts: RecordKeepingOptions): Partial<NewActivity> {
  const out: Partial<NewActivity> = {};
  const systems = idList(opts.systems);
  if (systems !== undefined) out.systems = systems;

  const details: [string, unknown][] = [
    ['--dpia-reason', opts.dpiaReason],
    ['--dpia-reference', opts.dpiaReference],
    ['--dpia-date', opts.dpiaDate],
    ['--residual-risk', opts.residualRisk],
    ['--prior-consultation', opts.priorConsultation],
    ['--prior-consultation-date', opts.priorConsultationDate],
  ];
  const detail = details.find(([, v]) => v !== undefined)?.[0];
  if (opts.dpia === undefined && detail !== undefined) throw new UserError('authoring.new.dpia-detail-without-status', { option: detail });
  if (opts.dpia !== undefined || opts.highRisk !== undefined) {
    const dpia: Dpia = {};
    if (opts.dpia !== undefined)
      dpia.status = oneOf(opts.dpia, schemaEnum('activity', 'definitions', 'dpia', 'properties', 'status'), '--dpia') as NonNullable<Dpia['status']>;
    const reason = localTextOption(opts.dpiaReason, '--dpia-reason');
    // The reason is why no DPIA is needed where the screening suggests one (activity.schema.json): said of not-required only.
    if (reason !== undefined && dpia.status !== 'not-required') throw new UserError('authoring.new.dpia-reason-not-required', { status: dpia.status ?? '' });
    if (reason !== undefined) dpia.reason = reason;
    if (opts.dpiaReference !== undefined) dpia.reference = opts.dpiaReference.trim();
    if (opts.dpiaDate !== undefined) dpia.date = dateOption(opts.dpiaDate, '--dpia-date');
    if (opts.highRisk !== undefined) dpia.highRisk = oneOf(opts.highRisk, ['yes', 'no'], '--high-risk') === 'yes';
    // Residual risk and the prior consultation (Art. 36) follow an assessment that has been made.
    const after = ['--residual-risk', '--prior-consultation', '--prior-consultation-date'].find((o) => details.find(([n]) => n === o)![1] !== undefined);
    if (after !== undefined && !ASSESSED.includes(dpia.status ?? ''))
      throw new UserError('authoring.new.dpia-not-assessed', { option: after, status: dpia.status ?? '' });
    if (opts.residualRisk !== undefined)
      dpia.residualRisk = oneOf(
        opts.residualRisk,
        schemaEnum('activity', 'definitions', 'dpia', 'properties', 'residualRisk'),
        '--residual-risk',
      ) as NonNullable<Dpia['residualRisk']>;
    if (opts.priorConsultation !== undefined || opts.priorConsultationDate !== undefined)
      dpia.priorConsultation = {
        ...(opts.priorConsultationDate !== undefined ? { date: dateOption(opts.priorConsultationDate, '--prior-consultation-date') } : {}),
        ...(opts.priorConsultation !== undefined ? { reference: opts.priorConsultation.trim() } : {}),
      };
    out.dpia = dpia;
  }

  if (opts.approval !== undefined) out.approval = oneOf(opts.approval, schemaEnum('activity', 'properties', 'approval'), '--approval') as Activity['approval'];
  if (opts.owner !== undefined || opts.ownerEmail !== undefined || opts.ownerPhone !== undefined)
    out.owner = {
      ...(opts.owner !== undefined ? { name: opts.owner.trim() } : {}),
      ...(opts.ownerEmail !== undefined ? { email: opts.ownerEmail.trim() } : {}),
      ...(opts.ownerPhone !== undefined ? { phone: opts.ownerPhone.trim() } : {}),
    };
  const unit = localTextOption(opts.responsibleUnit, '--responsible-unit');
  if (unit !== undefined) out.responsibleUnit = unit;
  if (opts.reviewedBy !== undefined && opts.reviewed === undefined) throw new UserError('authoring.new.reviewed-by-without-date');
  if (opts.reviewed !== undefined || opts.nextReview !== undefined)
    out.review = {
      ...(opts.reviewed !== undefined ? { lastReviewed: dateOption(opts.reviewed, '--reviewed') } : {}),
      ...(opts.reviewedBy !== undefined ? { reviewedBy: opts.reviewedBy.trim() } : {}),
      ...(opts.nextReview !== undefined ? { nextReview: dateOption(opts.nextReview, '--next-review') } : {}),
    };
  return out;
}

/**
 * The DPIA screening of the activity as answered so far (src/check/screening.ts, as dpia-required and dpia-screening
 * compute it), with the catalogue entries added on the spot: whether a DPIA is required or likely, and the WP248
 * criteria met. `ropa new` asks for the DPIA only then.
 */
export async function draftScreening(
  registry: Registry,
  n: NewActivity,
  added: ReadonlyMap<string, { catalogue: CatalogueKind; id: string; entry: Record<string, unknown> }>,
): Promise<{ required: boolean; likely: boolean; criteria: string[] }> {
  const [{ resolveActivity }, { screenActivity }, { referenceData }] = await Promise.all([
    import('../model/resolve.js'),
    import('../check/screening.js'),
    import('../check/reference.js'),
  ]);
  const file = registry.organisation?.file ?? registry.files[0];
  const catalogues = { ...registry.catalogues } as Record<string, Map<string, unknown>>;
  for (const a of added.values()) {
    const map = new Map(catalogues[a.catalogue]);
    map.set(a.id, { id: a.id, value: a.entry, file, pointer: '' });
    catalogues[a.catalogue] = map;
  }
  const draft = { ...registry, catalogues } as unknown as Registry;
  const activity = buildActivity(n);
  const r = resolveActivity(draft, { id: n.id, value: activity, file: file!, pointer: '' });
  const s = screenActivity(draft, r, referenceData());
  return { required: s.required, likely: s.likely, criteria: s.wp248.map((c) => c.id) };
}

/** What the questions of src/authoring/questions.ts lend to these: asking, picking, texts in every language. */
export interface Asking {
  answer(question: string): Promise<string>;
  pickOne(question: string, choices: { id: string; label: string }[]): Promise<string | undefined>;
  localText(key: string): Promise<LocalText | undefined>;
  say(text: string): void;
  tr(key: string, args?: Record<string, string>): string;
  lang: Lang;
}

/** A date answer: YYYY-MM-DD, asked again until it is one; empty skips. */
async function askDate(q: Asking, key: string): Promise<string | undefined> {
  for (;;) {
    const a = await q.answer(q.tr(key));
    if (a === '') return undefined;
    try {
      return dateOption(a, key);
    } catch {
      q.say(q.tr('bad-date', { value: a }));
    }
  }
}

/**
 * The DPIA, asked where the screening finds one required or likely: its status, then for a DPIA not needed the reason,
 * for one made its reference, date and residual risk (and the prior consultation, Art. 36, where that risk is high),
 * and whether the processing is likely to result in a high risk.
 */
export async function askDpia(q: Asking, screening: { required: boolean; criteria: string[] }): Promise<Dpia> {
  const criteria = screening.criteria.map((c) => t(q.lang, `gaps.screening.wp248.${c}`)).join('; ');
  q.say(q.tr(screening.required ? 'dpia-required' : 'dpia-likely', { criteria }));
  const statuses = schemaEnum('activity', 'definitions', 'dpia', 'properties', 'status')
    .filter((s) => s !== 'not-screened')
    .map((id) => ({ id, label: t(q.lang, `terms.dpia.${id}`) }));
  const status = (await q.pickOne(q.tr('pick-optional'), statuses)) as Dpia['status'];
  if (status === undefined) return {};
  const dpia: Dpia = { status };
  if (status === 'not-required') {
    const reason = await q.localText('dpia-reason');
    if (reason !== undefined) dpia.reason = reason;
    return dpia;
  }
  if (ASSESSED.includes(status)) {
    const reference = await q.answer(q.tr('dpia-reference'));
    if (reference !== '') dpia.reference = reference;
    const date = await askDate(q, 'dpia-date');
    if (date !== undefined) dpia.date = date;
    q.say(q.tr('dpia-residual-risk'));
    const levels = schemaEnum('activity', 'definitions', 'dpia', 'properties', 'residualRisk').map((id) => ({
      id,
      label: t(q.lang, `authoring.show.risk-${id}`),
    }));
    const risk = (await q.pickOne(q.tr('pick-optional'), levels)) as Dpia['residualRisk'];
    if (risk !== undefined) dpia.residualRisk = risk;
    if (risk === 'high') {
      const ref = await q.answer(q.tr('dpia-prior-consultation'));
      const when = await askDate(q, 'dpia-prior-consultation-date');
      if (ref !== '' || when !== undefined)
        dpia.priorConsultation = { ...(when !== undefined ? { date: when } : {}), ...(ref !== '' ? { reference: ref } : {}) };
    }
  }
  return dpia;
}

/** Who keeps the entry up to date, its approval and its last review: asked of every new activity (review-overdue reads them). */
export async function askRecordKeeping(q: Asking, out: NewActivity): Promise<void> {
  if (out.approval === undefined) {
    q.say(q.tr('approval'));
    const states = schemaEnum('activity', 'properties', 'approval').map((id) => ({ id, label: t(q.lang, `authoring.approval.${id}`) }));
    out.approval = ((await q.pickOne(q.tr('pick-default', { default: 'draft' }), states)) ?? 'draft') as Activity['approval'];
  }
  if (out.owner === undefined) {
    const name = await q.answer(q.tr('owner'));
    const email = name === '' ? '' : await q.answer(q.tr('owner-email'));
    out.owner = { ...(name !== '' ? { name } : {}), ...(email !== '' ? { email } : {}) };
  }
  if (out.review === undefined) {
    const last = await askDate(q, 'reviewed');
    const by = last === undefined ? '' : await q.answer(q.tr('reviewed-by'));
    out.review = { ...(last !== undefined ? { lastReviewed: last } : {}), ...(by !== '' ? { reviewedBy: by } : {}) };
  }
}
