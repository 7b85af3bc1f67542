import { escapeView } from './escape.js';
import { renderTemplates, type TemplateSet } from './templates.js';
import type { NoticeView } from './view.js';

export { buildNoticeView, type BuiltNotice, type NoticeOptions } from './build.js';
export { loadTemplates, MAX_NOTICE_CHARS, TemplateError, TemplateFolderError, type TemplateSet } from './templates.js';
export { missingFindings, type MissingItem } from './missing.js';
export { NOTICE_FORMATS, type NoticeFormat, type NoticeView } from './view.js';

/** The notice as text: the view model escaped for its format, laid out by the templates, tidied. */
export function renderNotice(view: NoticeView, templates: TemplateSet): string {
  return tidy(renderTemplates(templates, escapeView(view, view.format)));
}

/** No trailing spaces, at most one blank line in a row, one final line break. */
function tidy(text: string): string {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '')
    .replace(/\n*$/, '\n');
}
