import { existsSync, lstatSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { RunContext } from '../cli/context.js';
import { envLang, messageLang } from '../cli/context.js';
import { langTag, t, type Lang } from '../i18n/index.js';
import { displayPath } from '../util/paths.js';
import { UserError } from '../util/errors.js';
import { makeFolders, writeFileAtomic } from '../util/write.js';
import { initFiles, type InitFile } from '../authoring/init-files.js';

interface Options {
  lang?: string;
  input?: boolean;
  [fact: string]: unknown;
}

/** `--lang nb,en`: the registry's languages, the first the default. */
export function parseLanguages(value: string): Lang[] {
  const list = value.split(',').map((s) => langTag(s));
  if (list.length === 0 || list.some((l) => l === undefined) || new Set(list).size !== list.length)
    throw new UserError('authoring.init.bad-languages', { value });
  return list as Lang[];
}

/** `ropa init [dir]`: a new registry in a new or empty folder; nothing is ever replaced. */
export async function init(
  dir: string,
  opts: Options,
  ctx: RunContext,
  stdin: NodeJS.ReadableStream & { isTTY?: boolean } = ctx.stdin ?? process.stdin,
): Promise<number> {
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
  // The organisation's facts from flags, or the key ones asked at a terminal: ropa init's examples stay only where none is given.
  const org = files.find((f) => f.path === 'organisation.yaml')!;
  const { factEdits, applyOrgEdits, ORG_FACTS } = await import('../authoring/org-facts.js');
  let edits = factEdits(opts);
  if (edits.length === 0 && opts.input !== false && stdin.isTTY) {
    const [{ streamPrompter }, { askOrgFacts }, { parse }] = await Promise.all([
      import('../authoring/prompt.js'),
      import('../authoring/org-questions.js'),
      import('yaml'),
    ]);
    const prompter = streamPrompter(stdin, ctx.stdout);
    try {
      prompter.say(t(lang, 'authoring.init.ask-intro', { path: shown }));
      const example = parse(org.text) as unknown;
      edits = await askOrgFacts(
        prompter,
        example,
        languages,
        lang,
        ORG_FACTS.filter((f) => f.key === true),
        example,
      );
    } finally {
      prompter.close();
    }
  }
  if (edits.length > 0) {
    org.text = applyOrgEdits(org.text, edits)!;
    await refuseInvalid(root, files, ctx, lang);
  }
  const swept = new Set<string>();
  for (const f of files) {
    const path = join(root, f.path);
    makeFolders(dirname(path), displayPath(dirname(path), ctx.cwd));
    writeFileAtomic(path, f.text, { exclusive: true, swept });
  }
  ctx.stdout.write(`${t(lang, 'authoring.init.created', { path: shown, files: files.length })}\n`);
  return 0;
}

/**
 * The new registry as it would be written, validated before anything is: an organisation number with a wrong check digit
 * or an e-mail that is none is refused (exit 1, with file:line:col) and no file is written.
 */
async function refuseInvalid(root: string, files: readonly InitFile[], ctx: RunContext, lang: Lang): Promise<void> {
  const [{ validateDiscovered }, { parseYaml }, { SourceFile }, { reportFindings }] = await Promise.all([
    import('../validate/index.js'),
    import('../parse/yaml.js'),
    import('../parse/source.js'),
    import('./shared.js'),
  ]);
  const sources = files
    .filter((f) => f.path.endsWith('.yaml'))
    .map((f) => {
      const parsed = parseYaml(f.text);
      const kind = f.path === 'organisation.yaml' ? 'organisation' : f.path.startsWith('activities/') ? 'activity' : 'catalogue';
      return new SourceFile(join(root, f.path), kind, f.text, parsed.data, parsed.doc, parsed.lineCounter);
    });
  const errors = validateDiscovered(root, { files: [], problems: [] }, sources).findings.filter((f) => f.severity === 'error');
  if (errors.length === 0) return;
  await reportFindings(ctx, lang, errors, sources, 'init');
  throw new UserError('authoring.init.not-written', { path: displayPath(root, ctx.cwd) }, 1);
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
