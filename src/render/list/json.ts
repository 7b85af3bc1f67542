import type { ListView } from './view.js';

/** Machine-readable: one object per activity, stable order (by id). */
export function listJson(view: ListView): string {
  const rows = view.rows.map((row) => ({
    id: row.id,
    title: row.title,
    status: row.status,
    ...(row.approval ? { approval: row.approval } : {}),
    ...(row.noticeGroup ? { noticeGroup: row.noticeGroup } : {}),
    legalBases: row.legalBases,
    file: row.file,
    ...(view.places ? { places: row.places } : {}),
    ...(view.review ? { reviewDue: row.reviewDue ?? null } : {}),
  }));
  return JSON.stringify(rows, null, 2) + '\n';
}
