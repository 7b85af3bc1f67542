import { relative, sep } from 'node:path';
import { t, type Lang } from '../../i18n/index.js';
import type { Finding, MessageArgs } from '../../model/finding.js';
import type { SourceFile } from '../../parse/source.js';
import type { MissingItemView, Placeholder } from './view.js';

/**
 * Something the notice must or should say and the registry does not. The id names the notice
 * item; its words are `notice.missing.<id>` (full) and `notice.missing.<id>.short` (placeholder).
 */
export interface MissingItem {
  id: MissingId;
  /** Required by Art. 13/14: without --draft the notice is not written. */
  mandatory: boolean;
  file: SourceFile;
  /** Where the field belongs (it may not exist). */
  pointer: string;
  args: MessageArgs;
  activity?: string;
}

/** Notice items the registry can lack. Mandatory ones stop the notice unless --draft. */
export const MISSING_ITEMS = {
  'controller-contact': true,
  'dpo-contact': true,
  'supervisory-authority': true,
  translation: true,
  'notice-group': true,
  purposes: true,
  'legal-basis': true,
  'national-law': true,
  'legitimate-interest': true,
  'consent-withdrawal': true,
  'special-category-condition': true,
  'criminal-offence-basis': true,
  'data-categories': true,
  sources: true,
  collection: true,
  'collection-consequences': true,
  recipients: true,
  retention: true,
  'retention-categories': true,
  'retention-rule': true,
  'transfer-destination': true,
  'transfer-mechanism': true,
  'automated-logic': true,
  'joint-arrangement': true,
  'last-updated': false,
  'source-access': false,
  'restriction-reference': false,
  'transfers-unstated': false,
  'automated-unstated': false,
} as const;

export type MissingId = keyof typeof MISSING_ITEMS;

/** Collects what is missing while the view model is built; hands out placeholders in a draft. */
export class MissingCollector {
  readonly items: MissingItem[] = [];
  /** Each item's number by its file's path, then by its id and pointer. */
  private readonly numbers = new Map<string, Map<string, number>>();

  constructor(
    private readonly lang: Lang,
    private readonly draft: boolean,
  ) {}

  note(id: MissingId, file: SourceFile, pointer: string, args: MessageArgs = {}, activity?: string): Placeholder | null {
    let numbers = this.numbers.get(file.path);
    if (numbers === undefined) this.numbers.set(file.path, (numbers = new Map()));
    const key = `${id}\u0000${pointer}`;
    let number = numbers.get(key);
    if (number === undefined) {
      this.items.push({ id, mandatory: MISSING_ITEMS[id], file, pointer, args, ...(activity !== undefined ? { activity } : {}) });
      number = this.items.length;
      numbers.set(key, number);
    }
    if (!this.draft) return null;
    return {
      number,
      anchor: missingAnchor(number),
      text: t(this.lang, 'notice.placeholder', { number, text: t(this.lang, `notice.missing.${id}.short`, this.items[number - 1]!.args) }),
    };
  }

  get mandatory(): MissingItem[] {
    return this.items.filter((i) => i.mandatory);
  }

  /** The list at the end of a draft. */
  view(root: string): MissingItemView[] {
    if (!this.draft) return [];
    // Each file's path once: a large registry's draft lists tens of thousands of items in a few hundred files.
    const paths = new Map<string, string>();
    const pathOf = (path: string): string => {
      let shown = paths.get(path);
      if (shown === undefined)
        paths.set(path, (shown = (path.startsWith(root + sep) ? path.slice(root.length + 1) : relative(root, path)).split('\\').join('/')));
      return shown;
    };
    return this.items.map((item, i) => ({
      number: i + 1,
      anchor: missingAnchor(i + 1),
      text: t(this.lang, `notice.missing.${item.id}`, item.args),
      where: t(this.lang, 'notice.missing-where', { file: pathOf(item.file.path), pointer: item.pointer || '/' }),
      mandatory: item.mandatory,
    }));
  }
}

export function missingAnchor(n: number): string {
  return `missing-${n}`;
}

/** Mandatory items as findings, so that the command reports them with file, line and field. */
export function missingFindings(items: readonly MissingItem[]): Finding[] {
  return items.map((item) => ({
    rule: item.id,
    severity: 'error',
    file: item.file.path,
    pointer: item.pointer,
    range: item.file.locate(item.pointer),
    messageId: `notice.missing.${item.id}`,
    args: item.args,
    ...(item.activity !== undefined ? { activity: item.activity } : {}),
  }));
}
