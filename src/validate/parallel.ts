import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { SourceFile } from '../parse/source.js';
import { readText, textOfDecodedBytes } from '../parse/file.js';
import { checkFile, type CheckedFile, type FileTask } from './file.js';

/** Below this many files per thread, starting a thread (50–100 ms) costs more than it saves. */
export const MIN_FILES_PER_THREAD = 1000;
/** Files taken from the shared counter at a time, and handed back in one message. */
const CHUNK = 32;
/** A worker that has not answered by then is given up on; what it took is checked here instead. */
const WORKER_TIMEOUT_MS = 120_000;

const WORKER = new URL('./worker.js', import.meta.url);

/**
 * Threads to use by default: one per core that nothing else is using (the cores less the load
 * average, rounded), less one, at least this one and at most four. The one left out is for V8's own
 * threads (garbage collection, compiling), which a busy main thread keeps busy: on a two-core machine
 * a second thread never saved wall time, idle or loaded, and always cost CPU (its start, its own
 * warm-up of the compiled code, and the copy of each file's data back to this thread: 10,000 files
 * took 2.4–2.8 s of CPU with one thread and 2.9–3.4 s with two; docs/performance.md, «Threads»).
 * `ROPA_JOBS` sets the number.
 */
export function defaultJobs(cores = availableParallelism(), load = loadavg()[0] ?? 0): number {
  return Math.max(1, Math.min(4, cores, Math.round(cores - load) - 1));
}

type Result = { checked: CheckedFile; source?: SourceFile };

/**
 * Checks every file, in up to `jobs` threads when there are enough files to pay for them.
 * Synchronous: this thread and the workers take files from one shared counter (so a worker that
 * starts late simply takes fewer); between its own chunks this thread takes in what the workers
 * have sent, and at the end it blocks until they are done. The results come back in the order of
 * `tasks`.
 */
export function checkFiles(tasks: FileTask[], jobs: number): Result[] {
  const threads = Math.min(jobs, Math.floor(tasks.length / MIN_FILES_PER_THREAD));
  // Worker threads run compiled code: from the TypeScript sources (the tests) everything stays here.
  if (threads <= 1 || !existsSync(fileURLToPath(WORKER))) return tasks.map((t) => checkFile(t));
  const shared = new Int32Array(new SharedArrayBuffer(4 * threads));
  const results = new Array<Result | undefined>(tasks.length);
  const workers = Array.from({ length: threads - 1 }, (_, w) => start(tasks, shared, w + 1, results));
  for (let i = Atomics.add(shared, 0, CHUNK); i < tasks.length; i = Atomics.add(shared, 0, CHUNK)) {
    for (let k = i; k < Math.min(i + CHUNK, tasks.length); k++) results[k] = checkFile(tasks[k]!);
    for (const w of workers) w.drain();
  }
  for (const w of workers) w.finish();
  // Whatever a failed worker had taken and not answered for.
  return results.map((r, k) => r ?? checkFile(tasks[k]!));
}

function start(tasks: FileTask[], shared: Int32Array, slot: number, results: (Result | undefined)[]): { drain: () => void; finish: () => void } {
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(WORKER, { workerData: { tasks, port: port2, shared, slot, chunk: CHUNK }, transferList: [port2 as MessagePort] });
  worker.unref();
  const drain = (): void => {
    for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) {
      for (const [k, checked] of (m.message as { results?: [number, CheckedFile][] }).results ?? []) {
        // A valid file's text is not sent back: it is read again if a message needs it, from the bytes
        // the task came with (`ropa diff` reads a revision from git, not from disk), else from disk.
        const bytes = tasks[k]?.bytes;
        const text = checked.text ?? (checked.valid ? (bytes ? () => textOfDecodedBytes(bytes) : () => readText(checked.path)) : undefined);
        const source =
          text === undefined
            ? undefined
            : checked.plain
              ? SourceFile.plain(checked.path, checked.kind, text, checked.data)
              : new SourceFile(checked.path, checked.kind, text, checked.data);
        results[k] = { checked, ...(source ? { source } : {}) };
      }
    }
  };
  return {
    drain,
    finish() {
      Atomics.wait(shared, slot, 0, WORKER_TIMEOUT_MS);
      drain();
      void worker.terminate();
      port1.close();
    },
  };
}
