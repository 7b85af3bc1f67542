import { mkdtempSync, realpathSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { RunContext } from '../cli/context.js';
import { messageLang, oneOf } from '../cli/context.js';
import type { Lang } from '../i18n/index.js';
import type { Registry } from '../model/registry.js';
import { diffRegistries } from '../diff/index.js';
import { referenceData } from '../check/reference.js';
import { locateInRepository, materialise, resolveRevision } from '../diff/git.js';
import { DIFF_FORMATS, diffFormatter } from '../render/diff/index.js';
import type { DiffSide } from '../render/diff/types.js';
import { UserError } from '../util/errors.js';
import { t } from '../i18n/index.js';
import { openRegistry } from './shared.js';
import { buildRegistry } from '../model/build.js';
import { emitTargets, outputTargets } from './outputs.js';

interface Options {
  dir?: string;
  format?: string | string[];
  output?: string | string[];
  failOn?: string;
  lang?: string;
  force?: boolean;
}

const FAIL_ON = ['review', 'never'] as const;

/**
 * `ropa diff <base> [<head>]`: what changed in the record between two git revisions (or two
 * registry folders), each change marked for review or for information. Exit 1 with
 * `--fail-on review` when any change needs review.
 */
export async function diff(baseArg: string, headArg: string | undefined, opts: Options, ctx: RunContext): Promise<number> {
  const dir = opts.dir ?? 'registry';
  const headFolder = headArg === undefined ? resolve(ctx.cwd, dir) : folder(ctx, headArg);
  const lang = messageLang(opts.lang, ctx, headFolder ?? resolve(ctx.cwd, dir));
  const failOn = oneOf(opts.failOn ?? 'never', FAIL_ON, '--fail-on');
  const targets = outputTargets(ctx, opts, DIFF_FORMATS, 'text', headFolder ?? resolve(ctx.cwd, dir));
  const scratch = mkdtempSync(join(tmpdir(), 'ropa-diff-'));
  try {
    const open = sideOpener(ctx, lang, dir, scratch);
    const base = await open(baseArg, 'base');
    const workingTree = t(lang, 'diff.working-tree');
    const head = headArg === undefined ? { side: { label: workingTree }, registry: await valid(ctx, lang, headFolder!, workingTree) } : await open(headArg, 'head');
    const changes = diffRegistries(base.registry, head.registry, { eea: referenceData().eea.countries });
    // Folders compared directly are shown by their own paths; a registry in git by the folder named.
    const report = { base: base.side, head: head.side, dir: headArg !== undefined && headFolder ? '' : dir, changes };
    await emitTargets(ctx, targets, async (format, color) => (await diffFormatter(format))(report, { lang, color }), {
      registryRoot: headFolder ?? resolve(ctx.cwd, dir),
      ...(opts.force !== undefined ? { force: opts.force } : {}),
    });
    return failOn === 'review' && changes.some((c) => c.level === 'review') ? 1 : 0;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The folder an argument names, if it names one; otherwise it is a revision. */
function folder(ctx: RunContext, arg: string): string | undefined {
  const path = resolve(ctx.cwd, arg);
  try {
    return statSync(path).isDirectory() ? path : undefined;
  } catch {
    return undefined;
  }
}

/** Opens each side: a folder as it is, a revision from git's object store into a scratch folder. */
function sideOpener(ctx: RunContext, lang: Lang, dir: string, scratch: string): (arg: string, name: 'base' | 'head') => Promise<{ side: DiffSide; registry: Registry }> {
  let repo: ReturnType<typeof locateInRepository> | undefined;
  return async (arg, name) => {
    const path = folder(ctx, arg);
    if (path) return { side: { label: arg }, registry: await valid(ctx, lang, path, arg) };
    repo ??= locateInRepository(ctx.cwd, dir);
    const { commit, short } = resolveRevision(repo.top, arg);
    const dest = join(scratch, name);
    const side = { label: arg, commit: short };
    let root: string;
    try {
      root = materialise(repo.top, commit, repo.prefix, dest, arg);
    } catch (e) {
      // The pull request that adds the registry: at its base there is none, so everything is new.
      if (name === 'base' && e instanceof UserError && e.messageId === 'diff.registry-missing') {
        return { side, registry: buildRegistry(join(dest, repo.prefix), [], []).registry };
      }
      throw e;
    }
    // Problems are shown at the paths the files have in a checkout, as seen from here.
    const shownFrom = join(dest, relative(repo.top, realpathSync(ctx.cwd)));
    return { side, registry: await valid({ ...ctx, cwd: shownFrom }, lang, root, `${arg} (${short})`) };
  };
}

/** A registry that passes validation; its errors go to stderr and say which side they are from. */
async function valid(ctx: RunContext, lang: Lang, root: string, side: string): Promise<Registry> {
  try {
    return await openRegistry(root, ctx, lang);
  } catch (e) {
    if (e instanceof UserError && e.messageId === 'cli.registry-invalid') throw new UserError('diff.registry-invalid', { side, errors: e.args.errors ?? 0 }, 1);
    throw e;
  }
}
