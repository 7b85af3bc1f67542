import { resolve } from 'node:path';
import type { RunContext } from '../cli/context.js';
import { messageLang, oneOf } from '../cli/context.js';
import type { Lang } from '../i18n/index.js';
import type { Registry } from '../model/registry.js';
import { diffRegistries } from '../diff/index.js';
import { referenceData } from '../check/reference.js';
import { checkWorkingTreePath, locateInRepository, readRevision, resolveRevision } from '../diff/git.js';
import { discoverAtRevision } from '../diff/tree.js';
import { DIFF_FORMATS, diffFormatter } from '../render/diff/index.js';
import type { DiffSide } from '../render/diff/types.js';
import { UserError } from '../util/errors.js';
import { t } from '../i18n/index.js';
import { openRegistry, requireValid } from './shared.js';
import { buildRegistry } from '../model/build.js';
import { validateDiscovered } from '../validate/index.js';
import { registryOptions } from '../validate/options.js';
import { emitTargets, outputTargets, type OutputOptions } from './outputs.js';

interface Options extends OutputOptions {
  dir?: string;
  baseDir?: string;
  headDir?: string;
  failOn?: string;
  lang?: string;
}

const FAIL_ON = ['review', 'never'] as const;

/** What one side of the comparison is: a folder, a revision, or the registry in the working tree. */
type Side = { kind: 'folder'; path: string; label: string } | { kind: 'revision'; revision: string } | { kind: 'working-tree' };

/**
 * `ropa diff <base> [<head>]`: what changed in the record between two git revisions (or two
 * registry folders), each change marked for review or for information. Exit 1 with
 * `--fail-on review` when any change needs review.
 */
export async function diff(args: string[], opts: Options, ctx: RunContext): Promise<number> {
  const dir = opts.dir ?? 'registry';
  const { base, head } = sides(ctx, args, opts);
  const headFolder = head.kind === 'folder' ? head.path : head.kind === 'working-tree' ? resolve(ctx.cwd, dir) : undefined;
  // Messages in the language of the registry compared (the one here when the head is a revision).
  const lang = messageLang(opts.lang, ctx, headFolder ?? resolve(ctx.cwd, dir));
  const failOn = oneOf(opts.failOn ?? 'never', FAIL_ON, '--fail-on');
  const targets = outputTargets(ctx, opts, DIFF_FORMATS, 'text', headFolder ?? resolve(ctx.cwd, dir));
  const open = sideOpener(ctx, lang, dir);
  const before = await open(base, 'base');
  const after = await open(head, 'head');
  const changes = diffRegistries(before.registry, after.registry, { eea: referenceData().eea.countries });
  // Folders compared directly are shown by their own paths; a registry in git by the folder named.
  const report = { base: before.side, head: after.side, dir: head.kind === 'folder' ? '' : dir, changes };
  await emitTargets(ctx, targets, async (format, color) => (await diffFormatter(format))(report, { lang, color }));
  return failOn === 'review' && changes.some((c) => c.level === 'review') ? 1 : 0;
}

/**
 * Which side is which. A revision argument always means a revision, even when a folder of that
 * name exists (a pull request can add a folder called `origin/main`): a folder is taken only from
 * `--base-dir`/`--head-dir`, or from an argument that is plainly a path (`./…`, `../…`, `/…`).
 */
function sides(ctx: RunContext, args: string[], opts: Options): { base: Side; head: Side } {
  const rest = [...args];
  const folder = (path: string): Side => ({ kind: 'folder', path: resolve(ctx.cwd, path), label: path });
  const named = (arg: string): Side => (isPath(arg) ? folder(arg) : { kind: 'revision', revision: arg });
  const base = opts.baseDir !== undefined ? folder(opts.baseDir) : rest.length > 0 ? named(rest.shift()!) : undefined;
  if (!base) throw new UserError('diff.no-base');
  const head = opts.headDir !== undefined ? folder(opts.headDir) : rest.length > 0 ? named(rest.shift()!) : { kind: 'working-tree' as const };
  if (rest.length > 0) throw new UserError('diff.too-many-sides', { argument: rest[0]! });
  return { base, head };
}

/** An argument that can only be a path: `.`, `..`, or one starting with `./`, `../` or `/`. */
function isPath(arg: string): boolean {
  return arg === '.' || arg === '..' || arg.startsWith('./') || arg.startsWith('../') || arg.startsWith('/');
}

/** Opens each side: a folder as it is, a revision from git's object store (nothing is written). */
function sideOpener(ctx: RunContext, lang: Lang, dir: string): (side: Side, name: 'base' | 'head') => Promise<{ side: DiffSide; registry: Registry }> {
  let repo: ReturnType<typeof locateInRepository> | undefined;
  const repository = (): ReturnType<typeof locateInRepository> => (repo ??= locateInRepository(ctx.cwd, dir));
  return async (s, name) => {
    if (s.kind === 'folder') return { side: { label: s.label, kind: 'folder' }, registry: await valid(ctx, lang, s.path, s.label) };
    if (s.kind === 'working-tree') {
      const label = t(lang, 'diff.working-tree');
      // Against a revision, the working tree is that commit's successor as checked out: a registry
      // that is a link is refused there as it is at a revision.
      if (repo) checkWorkingTreePath(repo.top, repo.prefix, dir, label);
      return { side: { label, kind: 'working-tree' }, registry: await valid(ctx, lang, resolve(ctx.cwd, dir), label) };
    }
    const { top, prefix } = repository();
    const { commit, short } = resolveRevision(top, s.revision);
    const side: DiffSide = { label: s.revision, commit: short, kind: 'revision' };
    // Where the registry would be in a checkout: messages name the paths a reader knows.
    const root = resolve(top, prefix);
    const tree = readRevision(top, commit, prefix, s.revision);
    if (!tree) {
      // The pull request that adds the registry: at its base there is none, so everything is new.
      if (name === 'base') return { side, registry: buildRegistry(root, [], []).registry };
      throw new UserError('diff.registry-missing', { path: prefix === '' ? '.' : prefix, revision: s.revision });
    }
    const validated = validateDiscovered(root, discoverAtRevision(tree, root), [], registryOptions(ctx.cwd, ctx.env));
    return { side, registry: await sideError(() => requireValid(validated, ctx, lang), `${s.revision} (${short})`) };
  };
}

/** A registry folder that passes validation; its errors go to stderr and say which side they are from. */
function valid(ctx: RunContext, lang: Lang, root: string, side: string): Promise<Registry> {
  return sideError(() => openRegistry(root, ctx, lang), side);
}

async function sideError(open: () => Promise<Registry>, side: string): Promise<Registry> {
  try {
    return await open();
  } catch (e) {
    if (e instanceof UserError && e.messageId === 'cli.registry-invalid') throw new UserError('diff.registry-invalid', { side, errors: e.args.errors ?? 0 }, 1);
    throw e;
  }
}
