// Preloaded (`node --import`) into a measured process when /usr/bin/time is not there:
// writes the process's peak resident memory (KiB, all threads) to $BENCH_PEAK_FILE at exit.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

if (isMainThread && process.env.BENCH_PEAK_FILE) {
  process.on('exit', () => writeFileSync(process.env.BENCH_PEAK_FILE, String(process.resourceUsage().maxRSS)));
}
