import { relative, sep } from 'node:path';
import type { Registry } from '../../model/registry.js';
import { resolveLaw, type ResolvedActivity } from '../../model/resolve.js';
import type { ReportKind, ReportVariant } from './model.js';

/**
 * The record as data: the organisation and each activity with every reference replaced by the
 * catalogue entry it names (`{id, value}`), as src/model/resolve.ts resolves it. Texts keep all
 * their languages; custom fields are carried over.
 */
export function json(
  registry: Registry,
  activities: readonly ResolvedActivity[],
  opts: { kind: ReportKind; variant: ReportVariant; date?: string; version: string },
): string {
  const org = registry.organisation?.value;
  const record = {
    record: opts.kind,
    // Which activities it holds: the official record only the approved, the internal copy all (docs/report.md).
    variant: opts.variant,
    ...(opts.date !== undefined ? { date: opts.date } : {}),
    generator: { name: 'ropa', version: opts.version },
    organisation: org ?? null,
    activities: activities.map((a) => ({
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
    })),
  };
  return JSON.stringify(record, null, 2) + '\n';
}
