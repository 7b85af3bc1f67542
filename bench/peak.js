// Preloaded (`node --import`) into a measured process when /usr/bin/time is not there: writes the
// process's CPU time (user and system, seconds) and peak resident memory (KiB), all threads, to
// $BENCH_PEAK_FILE at exit, in /usr/bin/time's `%U %S %M` form.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

if (isMainThread && process.env.BENCH_PEAK_FILE) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(process.env.BENCH_PEAK_FILE, `${u.userCPUTime / 1e6} ${u.systemCPUTime / 1e6} ${u.maxRSS}`);
  });
}
