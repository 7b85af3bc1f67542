import { resolve } from 'node:path';
import type { RunContext } from '../cli/context.js';
import { langOption, messageLang, oneOf } from '../cli/context.js';
import { compareFindings } from '../model/finding.js';
import { displayPath } from '../util/paths.js';
import { UserError } from '../util/errors.js';
import { emit, openRegistry, parseDate, reportFindings } from './shared.js';

interface Options {
  lang?: string;
  format?: string;
  output?: string;
  draft?: boolean;
  template?: string;
  date?: string;
  force?: boolean;
}

const FORMATS = ['md', 'html'] as const;

/**
 * `ropa notice [dir]`: the public privacy notice (Art. 13 and 14). Exit 0 when written; 1 when
 * the registry is invalid or lacks a mandatory item (unless --draft); 2 on bad usage or a broken template.
 */
export async function notice(dir: string, opts: Options, ctx: RunContext): Promise<number> {
  const lang = langOption(opts.lang, 'nb');
  const format = oneOf(opts.format ?? 'md', FORMATS, '--format');
  const date = opts.date === undefined ? undefined : parseDate(opts.date, '--date');
  const messages = messageLang(undefined, ctx, resolve(ctx.cwd, dir));
  const registry = await openRegistry(dir, ctx, messages);
  if (!registry.languages.includes(lang)) {
    throw new UserError('notice.lang-not-in-registry', { lang, languages: registry.languages.join(', ') });
  }

  const { buildNoticeView, loadTemplates, missingFindings, renderNotice, TemplateError, TemplateFolderError } = await import('../render/notice/index.js');
  let templates;
  try {
    templates = loadTemplates(format, opts.template === undefined ? undefined : resolve(ctx.cwd, opts.template));
  } catch (e) {
    if (e instanceof TemplateFolderError) {
      const id = ({ empty: 'notice.template-dir-empty', 'not-found': 'notice.template-dir', outside: 'notice.template-outside' } as const)[e.reason];
      throw new UserError(id, { path: displayPath(e.path, ctx.cwd), format });
    }
    throw e;
  }

  const { view, missing } = buildNoticeView(registry, { lang, format, draft: opts.draft === true, ...(date !== undefined ? { date } : {}) });
  const mandatory = missing.filter((m) => m.mandatory);
  if (opts.draft !== true && mandatory.length > 0) {
    await reportFindings(ctx, messages, missingFindings(mandatory).sort(compareFindings), registry.files, 'notice');
    throw new UserError('notice.incomplete', { count: mandatory.length }, 1);
  }

  let text: string;
  try {
    text = renderNotice(view, templates);
  } catch (e) {
    if (e instanceof TemplateError) {
      const file = displayPath(e.file, ctx.cwd);
      throw e.line !== undefined
        ? new UserError('notice.template-error', { file, line: e.line, message: e.detail })
        : new UserError('notice.template-error-noline', { file, message: e.detail });
    }
    throw e;
  }
  emit(ctx, text, { output: opts.output, force: opts.force === true, registryRoot: registry.root });
  return 0;
}
