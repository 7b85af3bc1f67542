import { existsSync, rmdirSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { RunContext } from '../cli/context.js';
import { langOption, messageLang } from '../cli/context.js';
import { compareFindings, type Finding } from '../model/finding.js';
import { isApproved } from '../model/resolve.js';
import { t, type Lang } from '../i18n/index.js';
import { clockDate } from '../check/dates.js';
import { displayPath } from '../util/paths.js';
import { UserError } from '../util/errors.js';
import { checkOutputPath, makeFolders, stageChunksAtomic, type StagedFile } from '../util/write.js';
import { openRegistry, optimiseLater, parseDate, releaseFiles, reportFindings } from './shared.js';
import { emitTargets, outputTargets, type OutputOptions } from './outputs.js';
import { NOTICE_FORMATS, type NoticeFormat } from '../render/notice/view.js';
import type { BuiltNotice, TemplateSet } from '../render/notice/index.js';
import type { Rule } from '../check/types.js';
import type { Registry } from '../model/registry.js';
import type { SourceFile } from '../parse/source.js';
import { forgetTexts } from '../util/memo.js';

type NoticeScope = typeof import('../render/notice/index.js').noticeScope;
type MissingAsFindings = typeof import('../render/notice/index.js').missingFindings;

interface Options extends OutputOptions {
  lang?: string;
  draft?: boolean;
  template?: string;
  date?: string;
  activity?: string;
  group?: string;
  complete?: boolean;
}

/** `-o DIR/` (a trailing slash, or a folder that exists): the layered notice's pages written together. */
function isFolder(cwd: string, output: string | undefined): boolean {
  if (output === undefined || output === '-') return false;
  if (output.endsWith('/') || output.endsWith(sep)) return true;
  const path = resolve(cwd, output);
  return existsSync(path) && statSync(path).isDirectory();
}

/**
 * The gap rules marked `blocksNotice`, loaded alone: the notice runs no other rule, and loading all of
 * them would cost it most of a tenth of a second. test/rules/rules.test.ts holds this list to the marks.
 */
export async function noticeBlockingRules(): Promise<readonly Rule[]> {
  return [(await import('../rules/consent-valid.js')).default];
}

/**
 * Error findings of the gap rules marked `blocksNotice`: the record states something that is not valid
 * in law, so the notice must not publish it. Rules never read the clock; the notice's date or
 * today is their day.
 */
async function noticeBlockers(registry: Parameters<typeof import('../check/engine.js').runGaps>[0], date: string | undefined, draft: boolean) {
  const rules = await noticeBlockingRules();
  if (rules.length === 0) return [];
  const { runGaps } = await import('../check/engine.js');
  // Only errors block: a warning of such a rule (consent-valid's signs of marketing or cookies) asks for judgement, so
  // the rule reads only what can give an error, over texts not interned (the one rule would not repay it: session 44).
  // A draft only words them; a final notice that has them reports them where they are.
  const today = date ?? registry.organisation?.value.notice?.lastUpdated ?? clockDate();
  return runGaps(registry, rules, { today, place: !draft, errorsOnly: true, intern: false }).findings;
}

/**
 * What the notice is asked to cover is there: not work done only as a processor, an activity or a group the registry has.
 * A function of its own, so that no list of the registry's activities stays in `notice`'s frame (the registry is let go
 * there once the last view is built).
 */
function checkScope(registry: Registry, opts: Options, noticeScope: NoticeScope, ctx: RunContext, messages: Lang): void {
  // Work done only as a processor (Art. 30(2)) has no notice of its own to give: the controllers it is done for give it.
  const active = registry.activities.filter((a) => a.value.status === 'active');
  if (active.length > 0 && active.every((a) => a.value.role === 'processor')) throw new UserError('notice.processor-only', { count: active.length }, 1);
  if (opts.activity !== undefined) {
    const a = registry.activities.find((x) => x.value.id === opts.activity);
    if (!a || a.value.status !== 'active' || a.value.role === 'processor') throw new UserError('notice.unknown-activity', { id: opts.activity }, 2);
  }
  if (opts.group !== undefined && !Object.hasOwn(registry.organisation?.value.noticeGroups ?? {}, opts.group)) {
    throw new UserError('notice.unknown-group', { id: opts.group, groups: Object.keys(registry.organisation?.value.noticeGroups ?? {}).join(', ') }, 2);
  }
  // A final notice describes approved activities only: those it leaves out are named by number, as `ropa report` does
  // (a newcomer's notice of draft activities came out empty without a word).
  if (opts.draft !== true) {
    const leftOut = noticeScope(registry, opts).filter((a) => !isApproved(a.value)).length;
    if (leftOut > 0) ctx.stderr.write(`ropa: ${t(messages, 'notice.left-out', { count: leftOut })}\n`);
  }
}

/**
 * A final notice refused: the record states something unlawful (a blocking rule's error) or lacks a mandatory item, said
 * with file, line and field. A function of its own, as `checkScope`: the missing items hold their files.
 */
async function refuse(built: BuiltNotice, files: readonly SourceFile[], asFindings: MissingAsFindings, ctx: RunContext, messages: Lang): Promise<void> {
  const report = (findings: Finding[]): Promise<void> => reportFindings(ctx, messages, [...findings].sort(compareFindings), files, 'notice');
  if (built.blocked.length > 0) {
    await report(built.blocked);
    throw new UserError('notice.blocked', { count: built.blocked.length }, 1);
  }
  const mandatory = built.missing.filter((m) => m.mandatory);
  if (mandatory.length > 0) {
    await report(asFindings(mandatory));
    throw new UserError('notice.incomplete', { count: mandatory.length }, 1);
  }
}

/**
 * `ropa notice [dir]`: the public privacy notice (Art. 13 and 14). Exit 0 when written; 1 when
 * the registry is invalid or lacks a mandatory item (unless --draft); 2 on bad usage or a broken template.
 */
export async function notice(dir: string, opts: Options, ctx: RunContext): Promise<number> {
  // The messages' language first (ROPA_LANG, then the registry's first language; --lang is the notice's): a usage error is said in it too.
  const messages = messageLang(undefined, ctx, resolve(ctx.cwd, dir));
  const targets = outputTargets(ctx, opts, NOTICE_FORMATS, 'md', resolve(ctx.cwd, dir), true);
  const rawOutputs = opts.output === undefined ? [] : Array.isArray(opts.output) ? opts.output : [opts.output];
  const folders = targets.map((_, i) => isFolder(ctx.cwd, rawOutputs[i]));
  // `-o FILE/` where FILE is no folder: said before any work is done.
  targets.forEach((target, i) => {
    const path = target.path;
    if (folders[i] && path !== undefined && existsSync(path) && !statSync(path).isDirectory())
      throw new UserError('cli.write-failed', { path: displayPath(path, ctx.cwd), code: 'ENOTDIR' });
  });
  // Checked before any work; without --lang, the notice is in the registry's first language.
  const asked = opts.lang === undefined ? undefined : langOption(opts.lang, 'nb');
  const date = opts.date === undefined ? undefined : parseDate(opts.date, '--date');
  // Let go once the last view is built (below): the registry's data is most of what a large notice's run holds.
  let registry: Registry | undefined = await openRegistry(dir, ctx, messages);
  // What follows validation (the blocking run, the view, the layout) runs once over the registry: V8 optimises later, as
  // for `gaps` and `report`. At 10,000 activities about 0.7 s less CPU (a sixth of the command) on the compiler's
  // thread, the main thread's time within its noise, the same bytes (docs/performance.md, session 47).
  optimiseLater();
  const firstLang = registry.languages[0] ?? 'nb';
  const lang = asked ?? firstLang;
  if (!registry.languages.includes(lang)) {
    throw new UserError('notice.lang-not-in-registry', { lang, languages: registry.languages.join(', '), first: firstLang });
  }

  const { buildNoticeView, noticeScope, loadTemplates, MAX_NOTICE_CHARS, missingFindings, renderNoticePieces, TemplateError, TemplateFolderError } =
    await import('../render/notice/index.js');
  const templates = (format: NoticeFormat): TemplateSet => {
    try {
      return loadTemplates(format, opts.template === undefined ? undefined : resolve(ctx.cwd, opts.template));
    } catch (e) {
      if (e instanceof TemplateFolderError) {
        if (e.reason === 'too-large') throw new UserError('notice.template-file-too-large', { path: displayPath(e.path, ctx.cwd), max: 1 }, 1);
        const id = ({ empty: 'notice.template-dir-empty', 'not-found': 'notice.template-dir', outside: 'notice.template-outside' } as const)[e.reason];
        throw new UserError(id, { path: displayPath(e.path, ctx.cwd), format });
      }
      throw e;
    }
  };
  // Each format's templates, read before anything else is done: a broken --template folder is said first.
  const layouts = new Map(targets.map((t) => [t.format, templates(t.format)]));

  if (opts.activity !== undefined && opts.group !== undefined) throw new UserError('notice.activity-and-group', {}, 2);
  const folderAt = folders.indexOf(true);
  if (folderAt >= 0 && (opts.activity !== undefined || opts.group !== undefined))
    throw new UserError('notice.pages-scope', { output: rawOutputs[folderAt]! }, 2);
  checkScope(registry, opts, noticeScope, ctx, messages);
  const blockers = await noticeBlockers(registry, date, opts.draft === true);
  releaseFiles(registry);
  // The whole registry's notice is layered unless --complete: a first document, and a page per activity.
  const layered = opts.complete !== true && opts.activity === undefined && opts.group === undefined;
  const build = (format: NoticeFormat, page: { layered?: boolean; activity?: string; pages?: boolean } = {}): BuiltNotice =>
    buildNoticeView(registry!, {
      lang,
      format,
      draft: opts.draft === true,
      blockers,
      layered: page.layered ?? layered,
      ...(page.pages === true ? { pages: true } : {}),
      ...(date !== undefined ? { date } : {}),
      ...((page.activity ?? opts.activity) !== undefined ? { activity: (page.activity ?? opts.activity)! } : {}),
      ...(opts.group !== undefined ? { group: opts.group } : {}),
    });
  // What the notice lacks or must not say is the same in every format: the first one's view tells.
  let first: BuiltNotice | undefined = build(targets[0]!.format);
  // A final notice is refused when the record states something unlawful or lacks a mandatory item.
  if (opts.draft !== true) await refuse(first, registry.files, missingFindings, ctx, messages);

  const render = (view: BuiltNotice['view']): Iterable<string> => {
    try {
      return renderNoticePieces(view, layouts.get(view.format)!, true);
    } catch (e) {
      if (e instanceof TemplateError) {
        const file = displayPath(e.file, ctx.cwd);
        if (e.kind === 'too-large') throw new UserError('notice.template-too-large', { file, max: MAX_NOTICE_CHARS / 1024 / 1024 }, 1);
        // The template is the user's own file: a mistake in it is bad input (exit 1), as in a registry file.
        if (e.line !== undefined && e.column !== undefined)
          throw new UserError('notice.template-error-column', { file, line: e.line, column: e.column, message: e.detail }, 1);
        throw e.line !== undefined
          ? new UserError('notice.template-error', { file, line: e.line, message: e.detail }, 1)
          : new UserError('notice.template-error-noline', { file, message: e.detail }, 1);
      }
      throw e;
    }
  };
  // A folder gets the layered notice's pages: index (the first document), complete, and activity-<id> per activity.
  // Each page is written beside its place as soon as it is made, and all are put in place once every one was made.
  const registryRoot = resolve(ctx.cwd, dir);
  const staged: StagedFile[] = [];
  const made: string[] = [];
  const swept = new Set<string>();
  if (folders.every((f) => f)) first = undefined;
  // The targets written to a file or stdout: once the last one's view is built, nothing reads the registry again.
  const emitted = targets.filter((_, i) => !folders[i]);
  let viewsLeft = emitted.length;
  try {
    targets.forEach((target, i) => {
      if (!folders[i]) return;
      const folder = target.path!;
      made.push(...makeFolders(folder, displayPath(folder, ctx.cwd)));
      const add = (name: string, view: BuiltNotice['view']): void => {
        staged.push(stageChunksAtomic(checkOutputPath(join(folder, name), registryRoot, opts.force), render(view), { swept }));
      };
      const index = build(target.format, { layered: true, pages: true }).view;
      // Read before the index is rendered (which escapes its view).
      const activities = index.groups.flatMap((g) => g.activities).map((a) => ({ id: a.id, page: a.page! }));
      add(`index.${target.format}`, index);
      add(`complete.${target.format}`, build(target.format, { layered: false, pages: true }).view);
      for (const a of activities) add(a.page, build(target.format, { activity: a.id, pages: true }).view);
    });
    await emitTargets(ctx, emitted, (format) => {
      // The first view is let go once rendered: a large notice's view model is tens of megabytes.
      const view = first !== undefined && format === first.view.format ? first.view : build(format).view;
      first = undefined;
      // The last view is built: the registry (its data, the resolved activities) and what the readers remembered go
      // before the view is laid out (at 30,000 activities with distinct texts about 145 of 400 MiB live: session 44).
      if (--viewsLeft === 0) {
        registry = undefined;
        forgetTexts();
      }
      return render(view);
    });
  } catch (e) {
    for (const file of staged) file.abort();
    // Folders made for pages that were never put there go too (if nothing else came into them).
    for (const folder of made.reverse()) {
      try {
        rmdirSync(folder);
      } catch {
        /* not empty, or gone */
      }
    }
    throw e;
  }
  for (const file of staged) file.commit();
  return 0;
}
