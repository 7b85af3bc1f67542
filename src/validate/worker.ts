/**
 * A worker thread of `checkFiles`: takes files from the shared counter until none are left, and
 * hands back what it checked (with each file's index) on the port in batches, so that neither
 * thread holds everything twice. Then it raises its flag, whatever happens.
 */
import { workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import type { CheckedFile, FileTask } from './file.js';

const { tasks, port, shared, slot, chunk } = workerData as { tasks: FileTask[]; port: MessagePort; shared: Int32Array; slot: number; chunk: number };
try {
  const { checkFile } = await import('./file.js');
  for (let i = Atomics.add(shared, 0, chunk); i < tasks.length; i = Atomics.add(shared, 0, chunk)) {
    const results: [number, CheckedFile][] = [];
    for (let k = i; k < Math.min(i + chunk, tasks.length); k++) {
      // A valid file's text is not sent (checkFile lets it go): it is read again only if a message needs it.
      results.push([k, checkFile(tasks[k]!).checked]);
    }
    port.postMessage({ results });
  }
} catch (e) {
  port.postMessage({ error: String(e) });
} finally {
  Atomics.store(shared, slot, 1);
  Atomics.notify(shared, slot);
}
