import { relative, sep } from 'node:path';
import type { Registry } from '../../model/registry.js';
import { resolveLaw, type ResolvedActivity } from '../../model/resolve.js';
import type { ReportKind, ReportVariant } from './model.js';
import { INTERNAL_FIELDS } from './fields.js';

/**
 * The record as data: the organisation and each activity with every reference replaced by the
 * catalogue entry it names (`{id, value}`), as src/model/resolve.ts resolves it. Texts keep all
 * their languages. The internal working copy carries accepted gaps and custom fields (the
 * organisation's and each activity's); the official record does not (INTERNAL_FIELDS, fields.ts).
 */
export function json(
  registry: Registry,
  activities: readonly ResolvedActivity[],
  opts: { kind: ReportKind; variant: ReportVariant; date?: string; version: string },
): string {
  return [...jsonPieces(registry, activities, opts)].join('');
}

/**
 * The same text in pieces, an activity at a time: each activity's data is made, written and let go
 * (at 10,000 activities the whole is over 100 MB). The pieces join to `JSON.stringify(record, null, 2)`:
 * `activities` is the record's last key, and an element nested two levels deep is its own
 * stringification indented by four spaces (a JSON text has no line break inside a string).
 */
export function* jsonPieces(
  registry: Registry,
  activities: readonly ResolvedActivity[],
  opts: { kind: ReportKind; variant: ReportVariant; date?: string; version: string },
): Generator<string> {
  const internal = opts.variant === 'internal';
  const org = registry.organisation?.value;
  const head = {
    record: opts.kind,
    // Which activities it holds: the official record only the approved, the internal copy all (docs/report.md).
    variant: opts.variant,
    ...(opts.date !== undefined ? { date: opts.date } : {}),
    generator: { name: 'ropa', version: opts.version },
    organisation: org ? (internal ? org : withoutInternal(org)) : null,
    activities: [],
  };
  const empty = JSON.stringify(head, null, 2);
  if (activities.length === 0) {
    yield empty + '\n';
    return;
  }
  // `"activities": []\n}` becomes the list, element by element.
  yield empty.slice(0, -'[]\n}'.length) + '[\n';
  for (let i = 0; i < activities.length; i++) {
    const data = activityData(registry, activities[i]!);
    const element = JSON.stringify(internal ? data : withoutInternal(data), null, 2);
    yield '    ' + element.replaceAll('\n', '\n    ') + (i < activities.length - 1 ? ',\n' : '\n');
  }
  yield '  ]\n}\n';
}

/** An object without the fields only the internal copy carries (`acceptedGaps`, `custom`), in the same key order. */
function withoutInternal<T extends object>(data: T): Partial<T> {
  const out: Partial<T> = { ...data };
  for (const key of INTERNAL_FIELDS) delete (out as Record<string, unknown>)[key];
  return out;
}

function activityData(registry: Registry, a: ResolvedActivity): object {
  const org = registry.organisation?.value;
  return {
    file: relative(registry.root, a.located.file.path).split(sep).join('/'),
    ...a.activity,
    ...(a.activity.jointControllers
      ? {
          jointControllers: a.activity.jointControllers.map((j) => {
            const party = org?.jointControllers?.[j.controller];
            return { ...j, ...(party ? { party } : {}) };
          }),
        }
      : {}),
    purposes: a.purposes,
    dataSubjects: a.dataSubjects,
    dataCategories: a.dataCategories,
    sources: a.sources,
    ...(a.recipients !== undefined ? { recipients: a.recipients } : {}),
    processors: a.processors,
    systems: a.systems,
    ...(a.transfers !== undefined ? { transfers: a.transfers } : {}),
    retention: a.retention,
    securityMeasures: a.securityMeasures,
    ...(a.activity.rightsRestrictions
      ? { rightsRestrictions: a.activity.rightsRestrictions.map((x) => ({ ...x, law: (x.law ?? []).map((l) => resolveLaw(registry, l)) })) }
      : {}),
    specialCategories: a.specialCategories.map((d) => d.id),
    criminalOffenceData: a.criminalOffenceData.map((d) => d.id),
    nationalIdentifiers: a.nationalIdentifiers.map((d) => d.id),
  };
}
