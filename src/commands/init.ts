import { existsSync, lstatSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { RunContext } from '../cli/context.js';
import { envLang, messageLang } from '../cli/context.js';
import { langTag, t, type Lang } from '../i18n/index.js';
import { displayPath } from '../util/paths.js';
import { UserError } from '../util/errors.js';
import { makeFolders, writeFileAtomic } from '../util/write.js';
import { initFiles } from '../authoring/init-files.js';

interface Options {
  lang?: string;
}

/** `--lang nb,en`: the registry's languages, the first the default. */
export function parseLanguages(value: string): Lang[] {
  const list = value.split(',').map((s) => langTag(s));
  if (list.length === 0 || list.some((l) => l === undefined) || new Set(list).size !== list.length)
    throw new UserError('authoring.init.bad-languages', { value });
  return list as Lang[];
}

/** `ropa init [dir]`: a new registry in a new or empty folder; nothing is ever replaced. */
export async function init(dir: string, opts: Options, ctx: RunContext): Promise<number> {
  const languages = parseLanguages(opts.lang ?? 'nb');
  const lang = envLang(ctx) === undefined ? languages[0]! : messageLang(undefined, ctx);
  ctx.lang = lang; // its errors too: `ropa init taken --lang nn` says in nynorsk that the folder is taken
  const root = resolve(ctx.cwd, dir);
  const shown = displayPath(root, ctx.cwd);
  // A link to nothing: mkdir would fail on it, and the folder it names is not there to fill.
  if (!existsSync(root) && isLink(root)) throw new UserError('authoring.init.not-a-folder', { path: shown });
  if (existsSync(root)) {
    if (!statSync(root).isDirectory()) throw new UserError('authoring.init.not-a-folder', { path: shown });
    if (readdirSync(root).length > 0) throw new UserError('authoring.init.not-empty', { path: shown });
  }
  const files = initFiles(root, languages);
  const swept = new Set<string>();
  for (const f of files) {
    const path = join(root, f.path);
    makeFolders(dirname(path), displayPath(dirname(path), ctx.cwd));
    writeFileAtomic(path, f.text, { exclusive: true, swept });
  }
  ctx.stdout.write(`${t(lang, 'authoring.init.created', { path: shown, files: files.length })}\n`);
  return 0;
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
