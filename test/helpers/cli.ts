import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, cpSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';

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
  const { worker, port, flag } = cliThread({}, heapMb);
  let next = 0;
  /** The thread is given up on: the next run gets a new one. */
  const stop = (request: Request, why: string): ThreadResult => {
    void worker.terminate();
    if (threads.get(heapMb ?? 0) === self) threads.delete(heapMb ?? 0);
    return { code: null, stdout: '', stderr: `ropa ${request.args.join(' ')}: stopped, ${why}\n` };
  };
  const self = {
    run(request: Request, timeoutMs: number): ThreadResult {
      const id = ++next;
      port.postMessage({ ...request, id });
      // The answer is this run's, by its id: one left over from an earlier run is dropped, never taken for this one.
      // The flag is lowered before the port is looked at, so no answer is missed; and the wait wakes now and then,
      // for an answer that follows its flag by a moment under a heavy load.
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        Atomics.store(flag, 0, 0);
        const answer = receiveMessageOnPort(port);
        if (answer !== undefined) {
          const message = answer.message as ThreadResult & { id: number };
          if (message.id === id) return { code: message.code, stdout: message.stdout, stderr: message.stderr };
          continue;
        }
        const left = deadline - Date.now();
        // A thread that ran out of memory never answers either: both end here, and the next run gets a new thread.
        if (left <= 0) return stop(request, `no answer in ${timeoutMs} ms (or out of memory)`);
        Atomics.wait(flag, 0, 0, Math.min(left, 100));
      }
    },
  };
  return self;
}

/** A thread running test/helpers/cli-worker.mjs on dist/cli.js; it answers on `port` and raises `flag`. */
function cliThread(data: Record<string, unknown>, heapMb?: number): { worker: Worker; port: MessagePort; flag: Int32Array } {
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(new URL('./cli-worker.mjs', import.meta.url), {
    workerData: { ...data, port: port2, flag, cli: pathToFileURL(join(ROOT, 'dist/cli.js')).href },
    transferList: [port2],
    ...(heapMb === undefined ? {} : { resourceLimits: { maxOldGenerationSizeMb: heapMb } }),
    stdout: true,
    stderr: true,
  });
  worker.unref();
  port1.unref();
  return { worker, port: port1, flag };
}

/** One thread per heap limit, started on first use and kept for the test file's runs. */
const threads = new Map<number, ReturnType<typeof startThread>>();

/**
 * A folder with a `ropa` command in it, for the shell scripts a test runs (CI recipes, hooks): put on
 * PATH, it runs each call in a thread of this test file, as `ropa()` does, instead of starting node.
 * It is a bash script that hands its folder, arguments and environment to the thread over a local
 * socket, then writes out what the run wrote and exits with its code. Its stdin is empty (no recipe
 * pipes into ropa). test/cli/process.test.ts holds it to the binary it stands for; what only a process
 * shows stays with `ropaProcess` there, and the e2e tests keep the binary for one run of each recipe.
 */
export function ropaOnPath(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'ropa-bin-'));
  const token = randomUUID();
  const { worker, port, flag } = cliThread({ listen: { dir, token } });
  if (Atomics.wait(flag, 0, 0, RUN_TIMEOUT_MS) === 'timed-out') throw new Error('the CLI thread did not start listening');
  const { port: tcp } = receiveMessageOnPort(port)!.message as { port: number };
  const script = `#!/usr/bin/env bash
# ropa, run in a thread of the test that wrote this file (test/helpers/cli.ts, ropaOnPath).
exec 3<>/dev/tcp/127.0.0.1/${tcp} || exit 2
cd -P . || exit 2
{
  printf '%s\\0%s\\0%s\\0' ${token} "$PWD" "$#"
  [ "$#" -eq 0 ] || printf '%s\\0' "$@"
  while IFS= read -r name; do printf '%s=%s\\0' "$name" "\${!name}"; done < <(compgen -e)
  printf '\\0'
} >&3
read -r code name <&3 || exit 2
cat "${dir}/$name.out" && cat "${dir}/$name.err" >&2
rm -f "${dir}/$name.out" "${dir}/$name.err"
exit "$code"
`;
  writeFileSync(join(dir, 'ropa'), script, { mode: 0o755 });
  return {
    dir,
    cleanup: () => {
      void worker.terminate();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

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
