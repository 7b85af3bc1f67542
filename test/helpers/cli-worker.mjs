// The thread test/helpers/cli.ts runs the built CLI in: one run at a time, each with its own
// arguments, folder, environment, stdin and output, as a fresh `node bin/ropa.js` would see them.
// Plain JavaScript, because a worker thread loads files as node does, without vitest's TypeScript.
//
// Runs are asked for either on a message port (`ropa()`, which waits on `flag`), or, when `listen`
// is given, over a local socket by the `ropa` script that `ropaOnPath()` writes: that is how a shell
// script run by a test (a CI recipe, a hook) calls this thread instead of starting node.
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { workerData } from 'node:worker_threads';

const { port, flag, cli, listen } = workerData;
const { run } = await import(cli);

/** The run under way: what it wrote, and how to end it once. */
let current;

/** Ends the run `which` (the one under way unless said), once: a run already ended by an uncaught throw stays ended. */
function finish(code, which = current) {
  if (!which || which !== current) return;
  const { stdout, stderr, done } = current;
  current = undefined;
  done({ code, stdout: Buffer.concat(stdout), stderr: Buffer.concat(stderr) });
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

/** One run: `{ code, stdout, stderr }` (Buffers), as the process would have ended. */
function runOnce({ args, cwd, env, input }) {
  return new Promise((done) => {
    current = { stdout: [], stderr: [], done };
    // The thread's process.env is its own copy: it becomes the run's environment, as for a new process.
    for (const key of Object.keys(process.env)) delete process.env[key];
    Object.assign(process.env, env);
    const stdin = Readable.from(input === '' ? [] : [Buffer.from(input, 'utf8')]);
    stdin.isTTY = undefined;
    const ctx = { cwd, env: { ...env }, stdout: sink(current.stdout), stderr: sink(current.stderr), stdin, verbose: args.includes('--verbose') };
    const mine = current;
    run(['node', 'ropa', ...args], ctx).then(
      (code) => finish(code, mine),
      (e) => {
        mine.stderr.push(Buffer.from(`${e instanceof Error ? e.stack : String(e)}\n`));
        finish(1, mine);
      },
    );
  });
}

/** Runs one after another, in the order asked, whichever front asked. */
let queue = Promise.resolve();
const enqueue = (request) => (queue = queue.then(() => runOnce(request)));

port.on('message', async ({ id, ...request }) => {
  const { code, stdout, stderr } = await enqueue(request);
  port.postMessage({ id, code, stdout: stdout.toString('utf8'), stderr: stderr.toString('utf8') });
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});

if (listen) {
  // The `ropa` script sends: the token, its folder, the number of arguments, the arguments, then its
  // environment as NAME=value, each ended by a NUL, and an empty field last. It is answered with
  // "<code> <name>\n"; what the run wrote is in <dir>/<name>.out and .err, for the script to copy.
  const server = createServer((socket) => {
    let data = Buffer.alloc(0);
    socket.on('data', async (chunk) => {
      data = Buffer.concat([data, chunk]);
      const fields = data.toString('utf8').split('\0');
      const [token, cwd, count] = fields;
      // Complete when the environment (after the arguments) ends with the empty field: "…\0\0".
      const rest = fields.slice(3 + Number(count));
      if (fields.length < 3 || rest.length < 2 || rest.at(-1) !== '' || rest.at(-2) !== '') return;
      if (token !== listen.token || cwd === undefined || !/^\d+$/.test(count)) return socket.destroy();
      const args = fields.slice(3, 3 + Number(count));
      const env = Object.fromEntries(rest.filter(Boolean).map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)]));
      const { code, stdout, stderr } = await enqueue({ args, cwd, env, input: '' });
      const name = randomUUID();
      writeFileSync(join(listen.dir, `${name}.out`), stdout);
      writeFileSync(join(listen.dir, `${name}.err`), stderr);
      socket.end(`${code} ${name}\n`);
    });
  });
  server.listen(0, '127.0.0.1', () => {
    port.postMessage({ port: server.address().port });
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  });
}
