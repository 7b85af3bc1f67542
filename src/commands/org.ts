import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import type { RunContext } from '../cli/context.js';
import { authoringLang, viewLang } from '../cli/context.js';
import { t, type Lang } from '../i18n/index.js';
import { displayPath } from '../util/paths.js';
import { UserError } from '../util/errors.js';
import { validateRegistry } from '../validate/index.js';
import { Staged } from '../authoring/staged.js';
import { applyOrgEdits, factEdits, ORG_FACTS, type OrgEdit } from '../authoring/org-facts.js';
import { reportFindings } from './shared.js';

/**
 * `ropa org [dir]`: the organisation's facts (organisation.yaml) set from flags, or asked one by one at a terminal when
 * no flag gives one. organisation.yaml keeps its comments and order; the registry with the new file is validated before
 * it is written (nothing is written when the change brings an error), and the file is replaced atomically.
 */
export async function setOrganisation(
  dir: string,
  opts: Record<string, unknown>,
  ctx: RunContext,
  stdin: NodeJS.ReadableStream & { isTTY?: boolean } = ctx.stdin ?? process.stdin,
): Promise<number> {
  const flagLang = authoringLang(opts.lang === undefined ? undefined : String(opts.lang), ctx, dir);
  const root = resolve(ctx.cwd, dir);
  const path = ['organisation.yaml', 'organisation.yml'].map((n) => join(root, n)).find((p) => existsSync(p));
  if (path === undefined) throw new UserError('authoring.new.no-registry', { path: displayPath(root, ctx.cwd) });
  const { registry } = validateRegistry(root);
  const lang = viewLang(flagLang, ctx, registry);
  const staged = new Staged(root, registry);
  const source = staged.current(path);

  let edits = factEdits(opts);
  const given = edits.length > 0;
  if (!given && opts.input !== false && stdin.isTTY) {
    const [{ streamPrompter }, { askOrgFacts }, { initFiles }] = await Promise.all([
      import('../authoring/prompt.js'),
      import('../authoring/org-questions.js'),
      import('../authoring/init-files.js'),
    ]);
    const example = parse(
      initFiles(root, registry.languages.length > 0 ? registry.languages : [lang]).find((f) => f.path === 'organisation.yaml')!.text,
    ) as unknown;
    const prompter = streamPrompter(stdin, ctx.stdout);
    try {
      prompter.say(t(lang, 'authoring.org.intro', { path: displayPath(path, ctx.cwd) }));
      edits = await askOrgFacts(prompter, parse(source) as unknown, registry.languages, lang, ORG_FACTS, example);
    } finally {
      prompter.close();
    }
  }
  return writeOrgEdits(ctx, lang, staged, path, source, edits);
}

/** The edits made to organisation.yaml, validated with the registry, written atomically; exit 1 writing nothing on an error. */
export async function writeOrgEdits(ctx: RunContext, lang: Lang, staged: Staged, path: string, source: string, edits: readonly OrgEdit[]): Promise<number> {
  const shown = displayPath(path, ctx.cwd);
  const text = edits.length === 0 ? source : applyOrgEdits(source, edits);
  if (text === undefined) throw new UserError('authoring.org.not-a-mapping', { path: shown }, 1);
  if (text === source) {
    ctx.stdout.write(`${t(lang, 'authoring.org.unchanged', { path: shown })}\n`);
    return 0;
  }
  staged.replaceFile(path, 'organisation', text);
  const { errors, sources } = staged.newErrors();
  if (errors.length > 0) {
    await reportFindings(ctx, lang, errors, [...staged.registry.files, ...sources], 'org');
    ctx.stderr.write(`ropa: ${t(lang, 'authoring.org.not-written', { path: shown })}\n`);
    return 1;
  }
  staged.write();
  const fields = [...new Set(edits.map((e) => e.path.join('.')))].join(', ');
  ctx.stdout.write(`${t(lang, 'authoring.org.written', { path: shown, fields })}\n`);
  return 0;
}
