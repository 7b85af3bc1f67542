/** Calendar dates as YYYY-MM-DD strings: compared as text, shifted by whole months. */

export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  // The 31st plus one month is the last day of the next month, not the 1st of the one after.
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Whole months from `from` to `to` (0 when `to` is earlier). */
export function monthsBetween(from: string, to: string): number {
  if (to <= from) return 0;
  const months = (d: string): number => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
  const n = months(to) - months(from);
  return addMonths(from, n) > to ? n - 1 : n;
}

/** True when `date` lies more than `months` months before `today`. */
export function olderThan(date: string, months: number, today: string): boolean {
  return addMonths(date, months) < today;
}

/** Today's date on this machine's clock: only a command may ask, never a rule. */
export function clockDate(now = new Date()): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
