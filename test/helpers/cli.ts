import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mkdtempSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'bin/ropa.js');
export const FIXTURES = join(ROOT, 'test/fixtures');
export const EXAMPLE = join(ROOT, 'registry');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  /** `ROPA_LANG: undefined` unsets the English default: messages are then in the registry's first language. */
  env?: Record<string, string | undefined>;
  input?: string;
}

/**
 * The environment of a run: the path, the home folder, no colour and messages in English
 * (ROPA_LANG=en; by default they are in the registry's first language), unless the test says otherwise.
 */
function runEnv(opts: CliOptions): Record<string, string> {
  const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NO_COLOR: '1', ROPA_LANG: 'en', ...opts.env };
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
}

/**
 * Runs the built CLI (`run` in src/cli.ts) as a user would, in-process: in a worker thread of this
 * test file, one run at a time, each with its own arguments, folder, environment, stdin and
 * captured stdout, stderr and exit code. Starting node once per file instead of once per run is
 * what makes the CLI tests fast; test/cli/process.test.ts keeps what only a real process shows
 * (the binary, exit on a closed pipe, stack traces).
 */
export function ropa(args: string[], opts: CliOptions = {}): CliResult {
  const r = ropaInThread(args, opts);
  return { code: r.code ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** What a run in a thread ended with: `code` null when it was stopped (out of time or out of memory), as a killed process's status is. */
export interface ThreadResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `ropa()` with limits: `heapMb` caps the thread's heap (a run that needs more is stopped, as
 * `node --max-old-space-size` would stop a process), `timeoutMs` how long a run may take.
 */
export function ropaInThread(args: string[], opts: CliOptions = {}, limits: { heapMb?: number; timeoutMs?: number } = {}): ThreadResult {
  const key = limits.heapMb ?? 0;
  let thread = threads.get(key);
  if (!thread) threads.set(key, (thread = startThread(limits.heapMb)));
  return thread.run({ args, cwd: opts.cwd ?? ROOT, env: runEnv(opts), input: opts.input ?? '' }, limits.timeoutMs ?? RUN_TIMEOUT_MS);
}

/** Runs the built CLI in a fresh node process: for what only a process shows. */
export function ropaProcess(args: string[], opts: CliOptions = {}): CliResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    env: runEnv(opts),
    input: opts.input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

interface Request {
  args: string[];
  cwd: string;
  env: Record<string, string>;
  input: string;
}

/** A run that has not ended by then is given up on (its thread is stopped): a safety net, not a claim about speed. */
const RUN_TIMEOUT_MS = 60_000;

/**
 * The thread runs wait on synchronously, so that `ropa()` keeps the signature of a spawned process:
 * the request goes out on a port, this thread sleeps on a shared flag until the run ends, and the
 * result is taken off the port without the event loop.
 */
function startThread(heapMb: number | undefined): { run: (r: Request, timeoutMs: number) => ThreadResult } {
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(new URL('./cli-worker.mjs', import.meta.url), {
    workerData: { port: port2, flag, cli: pathToFileURL(join(ROOT, 'dist/cli.js')).href },
    transferList: [port2],
    ...(heapMb === undefined ? {} : { resourceLimits: { maxOldGenerationSizeMb: heapMb } }),
    stdout: true,
    stderr: true,
  });
  worker.unref();
  port1.unref();
  return {
    run(request, timeoutMs) {
      Atomics.store(flag, 0, 0);
      port1.postMessage(request);
      // A thread that ran out of memory never answers either: both end here, and the next run gets a new thread.
      if (Atomics.wait(flag, 0, 0, timeoutMs) === 'timed-out') {
        void worker.terminate();
        threads.delete(heapMb ?? 0);
        return { code: null, stdout: '', stderr: `ropa ${request.args.join(' ')}: stopped, no answer in ${timeoutMs} ms (or out of memory)\n` };
      }
      const answer = receiveMessageOnPort(port1);
      if (!answer) throw new Error('the CLI thread ended a run without its result');
      return answer.message as ThreadResult;
    },
  };
}

/** One thread per heap limit, started on first use and kept for the test file's runs. */
const threads = new Map<number, ReturnType<typeof startThread>>();

/** A scratch copy of a registry, so a test may change it. */
export function scratchCopy(src: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'ropa-test-'));
  cpSync(src, dir, { recursive: true });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'ropa-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
