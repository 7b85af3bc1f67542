// How many activities one import takes; apart from read.ts so that `ropa import --help` can name them without loading it.

/**
 * The most rows (activities) one import takes unless `--max-activities` says more: a body's record has
 * hundreds. Import costs about 3 ms of CPU and 16 KB of memory per activity (linear from 1,000 to 20,000),
 * so a file of hundreds of thousands of rows, hostile or mistaken, is refused before any is worked through.
 */
export const MAX_ROWS = 20_000;
/**
 * The most `--max-activities` allows: a whole government's record, which imports in about 10 minutes and
 * 3.5 GB. Beyond it node's own heap (about 4 GB) would run out after minutes of work.
 */
export const MAX_ROWS_ALLOWED = 200_000;
