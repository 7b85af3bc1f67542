// The thread test/helpers/cli.ts runs the built CLI in: one run at a time, each with its own
// arguments, folder, environment, stdin and output, as a fresh `node bin/ropa.js` would see them.
// Plain JavaScript, because a worker thread loads files as node does, without vitest's TypeScript.
import { Readable, Writable } from 'node:stream';
import { workerData } from 'node:worker_threads';

const { port, flag, cli } = workerData;
const { run } = await import(cli);

/** The run under way: what it wrote, and how to end it once. */
let current;

function finish(code) {
  if (!current) return;
  const { stdout, stderr } = current;
  current = undefined;
  port.postMessage({ code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') });
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
}

/** Keeps what is written, as the pipe of a spawned process would. */
function keep(chunks, chunk, encoding) {
  chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8') : Buffer.from(chunk));
}

/** A stream that is not a terminal and keeps what is written. */
function sink(chunks) {
  return new Writable({
    write(chunk, encoding, callback) {
      keep(chunks, chunk, encoding);
      callback();
    },
  });
}

// What the code writes to the process's own streams is the run's output too: nothing is lost, nothing leaks.
for (const name of ['stdout', 'stderr']) {
  process[name].write = (chunk, encoding, callback) => {
    if (current) keep(current[name], chunk, encoding);
    const done = typeof encoding === 'function' ? encoding : callback;
    if (done) queueMicrotask(() => done());
    return true;
  };
}
// A throw that nothing catches ends a process with code 1 and its trace on stderr; here it ends the run the same way.
for (const event of ['uncaughtException', 'unhandledRejection']) {
  process.on(event, (e) => {
    if (!current) throw e;
    current.stderr.push(Buffer.from(`${e instanceof Error ? e.stack : String(e)}\n`));
    finish(1);
  });
}

port.on('message', async ({ args, cwd, env, input }) => {
  current = { stdout: [], stderr: [] };
  // The thread's process.env is its own copy: it becomes the run's environment, as for a new process.
  for (const key of Object.keys(process.env)) delete process.env[key];
  Object.assign(process.env, env);
  const stdin = Readable.from(input === '' ? [] : [Buffer.from(input, 'utf8')]);
  stdin.isTTY = undefined;
  const ctx = { cwd, env: { ...env }, stdout: sink(current.stdout), stderr: sink(current.stderr), stdin, verbose: args.includes('--verbose') };
  let code;
  try {
    code = await run(['node', 'ropa', ...args], ctx);
  } catch (e) {
    current?.stderr.push(Buffer.from(`${e instanceof Error ? e.stack : String(e)}\n`));
    code = 1;
  }
  finish(code);
});
