import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { RunContext } from '../cli/context.js';
import { langOption, messageLang } from '../cli/context.js';
import { isLang, t, type Lang } from '../i18n/index.js';
import { discover, exists, type Discovered, type DiscoveryProblem } from '../load/discover.js';
import { fileFinding } from '../load/read.js';
import { readSourceFile } from '../parse/file.js';
import { displayPath } from '../util/paths.js';
import { UserError } from '../util/errors.js';
import { writeFileAtomic } from '../util/write.js';
import { formatYaml } from '../authoring/format.js';
import { reportFindings } from './shared.js';

interface Options {
  check?: boolean;
  lang?: string;
  addLanguage?: string;
}

const BOM = '\ufeff';

/**
 * `ropa fmt [paths...]`: canonical key order and quoting in every registry file. A path is a registry folder, or
 * a file in one (as a pre-commit hook passes the files a commit changes): then only that file is formatted.
 * Writes only files whose bytes change; `--check` writes nothing and exits 1 when a file would change. A file
 * that does not parse is left alone and reported (exit 1); so is a file that cannot be reordered without loss
 * (exit 1: the file is at fault, not the command). `--add-language nn` first makes every text one text per language, with placeholders.
 */
export async function fmt(paths: string[], opts: Options, ctx: RunContext): Promise<number> {
  // Messages in the language of the (first) registry named, unless --lang or ROPA_LANG says otherwise.
  const first = resolve(ctx.cwd, paths[0] ?? 'registry');
  // A file's registry is the nearest folder above it with an organisation file (activities/ has none).
  const lang = messageLang(opts.lang, ctx, existsSync(first) && statSync(first).isDirectory() ? first : (registryRootOf(first) ?? dirname(first)));
  const added = opts.addLanguage === undefined ? undefined : langOption(opts.addLanguage, 'nb');
  const { files, problems } = selectFiles(paths.length === 0 ? ['registry'] : paths, ctx);
  let changed = 0;
  const swept = new Set<string>();
  // What could not be read (a broken link, a folder named like a file) is said, as validate says it: it was passed over in silence.
  let refused = problems.length;
  if (problems.length > 0)
    await reportFindings(
      ctx,
      lang,
      problems.map((p) => fileFinding(p.path, p.rule, p.messageId, p.args)),
      [],
      'fmt',
    );
  let unsafe = 0;
  for (const { file: f, root } of files) {
    const shown = displayPath(f.path, ctx.cwd);
    const { source, findings } = readSourceFile(f.path, f.kind);
    if (!source || findings.length > 0) {
      refused++;
      await reportFindings(ctx, lang, findings, source ? [source] : [], 'fmt');
      ctx.stderr.write(`ropa: ${t(lang, 'authoring.fmt.not-parsed', { path: shown })}\n`);
      continue;
    }
    let text = source.text;
    if (added !== undefined) {
      const { addLanguage } = await import('../authoring/add-language.js');
      const result = addLanguage(text, f.kind, registryLanguages(root), added);
      if (!result.ok) {
        unsafe++;
        ctx.stderr.write(`ropa: ${t(lang, 'authoring.fmt.unsafe', { path: shown, detail: t(lang, 'authoring.fmt.reason.layout') })}\n`);
        continue;
      }
      text = result.text;
    }
    const result = formatYaml(text, f.kind);
    if (!result.ok) {
      unsafe++;
      const detail = t(lang, `authoring.fmt.reason.${result.reason === 'unsafe' ? result.detail : 'reparse'}`);
      ctx.stderr.write(`ropa: ${t(lang, 'authoring.fmt.unsafe', { path: shown, detail })}\n`);
      continue;
    }
    const before = readFileSync(f.path);
    const after = Buffer.from((before.toString('utf8').startsWith(BOM) ? BOM : '') + result.text, 'utf8');
    if (before.equals(after)) continue;
    changed++;
    if (opts.check) {
      ctx.stdout.write(`${t(lang, 'authoring.fmt.would-change', { path: shown })}\n`);
    } else {
      // A symbolic link inside the registry stays a link: the file it points to is rewritten.
      writeFileAtomic(realpathSync(f.path), after, { swept });
      ctx.stdout.write(`${t(lang, 'authoring.fmt.formatted', { path: shown })}\n`);
    }
  }
  const summary = opts.check ? 'authoring.fmt.check-summary' : 'authoring.fmt.summary';
  ctx.stderr.write(`${t(lang, summary, { changed, files: files.length })}\n`);
  return refused > 0 || unsafe > 0 || (opts.check && changed > 0) ? 1 : 0;
}

/**
 * The registry files the paths name: every file of a registry folder, or the file itself when a path is a file
 * of a registry (the nearest folder above it with an organisation file). A YAML file that is no registry file
 * (outside activities/ and catalogues/) is passed over: a hook gives every changed file that looks like one.
 */
function selectFiles(paths: string[], ctx: RunContext): { files: { file: Discovered; root: string }[]; problems: DiscoveryProblem[] } {
  const out: { file: Discovered; root: string }[] = [];
  const problems: DiscoveryProblem[] = [];
  const seen = new Set<string>();
  const byRoot = new Map<string, ReturnType<typeof discover>>();
  const registry = (root: string): ReturnType<typeof discover> => {
    let found = byRoot.get(root);
    if (!found) byRoot.set(root, (found = discover(root)));
    return found;
  };
  for (const p of paths) {
    const full = resolve(ctx.cwd, p);
    // A file, or anything in a folder's place that is no folder (a broken link is a file path that cannot be read).
    const isFile = !(existsSync(full) && statSync(full).isDirectory()) && exists(full);
    const root = isFile ? registryRootOf(full) : full;
    if (root === undefined) throw new UserError('authoring.fmt.not-in-registry', { path: displayPath(full, ctx.cwd) });
    const found = registry(root);
    for (const file of found.files) {
      if (isFile && file.path !== full) continue;
      if (seen.has(file.path)) continue;
      seen.add(file.path);
      out.push({ file, root });
    }
    for (const problem of found.problems) {
      if (isFile && problem.path !== full) continue;
      if (seen.has(problem.path)) continue;
      seen.add(problem.path);
      problems.push(problem);
    }
  }
  return { files: out, problems };
}

function registryRootOf(file: string): string | undefined {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'organisation.yaml')) || existsSync(join(dir, 'organisation.yml'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/** The languages the organisation file declares, in its order; bokmål when it declares none. */
function registryLanguages(root: string): Lang[] {
  for (const name of ['organisation.yaml', 'organisation.yml']) {
    const path = join(root, name);
    if (!existsSync(path)) continue;
    const { source } = readSourceFile(path, 'organisation');
    const declared = (source?.data as { languages?: unknown } | undefined)?.languages;
    if (Array.isArray(declared)) return declared.filter(isLang);
  }
  return ['nb'];
}
