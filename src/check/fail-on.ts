/** `--fail-on`: the lowest severity that fails the run, or never. */
export const FAIL_LEVELS = ['error', 'warning', 'never'] as const;
export type FailOn = (typeof FAIL_LEVELS)[number];

/** Whether findings of these counts fail the run at `level` (exit 1): an exit-code rule, decided here and nowhere else. */
export function failsAt(counts: { errors: number; warnings: number }, level: FailOn): boolean {
  if (level === 'never') return false;
  return counts.errors > 0 || (level === 'warning' && counts.warnings > 0);
}
