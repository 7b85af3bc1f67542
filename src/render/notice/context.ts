import { t, type Lang } from '../../i18n/index.js';
import type { MessageArgs } from '../../model/finding.js';
import { localText, type Registry } from '../../model/registry.js';
import type { Address, CatalogueKind, Contact, LocalText } from '../../model/types.js';
import type { SourceFile } from '../../parse/source.js';
import type { MissingCollector } from './missing.js';
import type { ContactView } from './view.js';
import { paragraphs, textIn } from '../words/index.js';
import { Said } from './said.js';
import { referenceData, type ReferenceData } from '../../check/reference.js';

/** Catalogues whose entries have a name. */
export type NamedKind = Exclude<CatalogueKind, 'laws'>;

/** A name's first word when it is a capital and then small letters only (hyphenated parts too): «Fødselsnummer». */
const CAPITALISED_FIRST_WORD = /^(\p{Lu})(\p{Ll}+(?:-\p{Ll}+)*)(?![\p{L}\p{N}-])/u;
/** A word in small letters only (hyphenated parts too). */
const SMALL_WORD = /(?<![\p{L}\p{N}-])\p{Ll}+(?:-\p{Ll}+)*/gu;

/** What every part of the view-model builder needs: the registry, the language, and where to note gaps. */
export class BuildContext {
  /** What the notice has said so far: each sentence and each entry's description once. */
  readonly said = new Said();
  private ref: ReferenceData | undefined;
  private common: Set<string> | undefined;

  constructor(
    readonly registry: Registry,
    readonly lang: Lang,
    readonly missing: MissingCollector,
  ) {}

  /** The organisation's name and short name, in the notice's language: how its own texts name it. */
  ownNames(): string[] {
    const org = this.registry.organisation?.value;
    if (!org) return [];
    return [localText(org.name, this.lang) ?? '', org.shortName ?? ''].filter((n) => n.length > 0);
  }

  /** ropa's reference data (data/), read when first asked for: the law names the journalism exemption is cited by. */
  get reference(): ReferenceData {
    return (this.ref ??= referenceData());
  }

  /** A word from locales/<lang>/notice.json. */
  w(key: string, args?: MessageArgs): string {
    return t(this.lang, `notice.${key}`, args);
  }

  /** A legal term from locales/<lang>/terms.json. */
  term(key: string): string {
    return t(this.lang, `terms.${key}`);
  }

  /** The name of a catalogue entry in the notice's language. */
  entryName(kind: NamedKind, id: string): string {
    const entry = this.registry.catalogues[kind].get(id);
    if (!entry) return id;
    const name: LocalText = entry.value.name;
    return this.text(name, entry.file, `${entry.pointer}/name`) ?? id;
  }

  /**
   * Catalogue names for a list in running text: «Navn, fødselsnummer og arbeidsforhold», not «Navn, Fødselsnummer og
   * Arbeidsforhold». The names after the first are written in small letters only when the registry's own catalogue
   * texts write each one's first word so; if one of them may be a name («Skatteetatens ansatte», «Norwegian
   * citizens»), the list stays as written, so that it is never half and half.
   */
  listNames(kind: NamedKind, ids: readonly string[]): string[] {
    const names = ids.map((id) => this.entryName(kind, id));
    const lowered = names.map((name, i) => {
      if (i === 0) return name;
      const first = CAPITALISED_FIRST_WORD.exec(name);
      if (first === null) return name;
      const lower = first[1]!.toLowerCase() + first[2]!;
      return this.commonWords().has(lower) ? lower + name.slice(first[0].length) : null;
    });
    return lowered.every((n) => n !== null) ? (lowered as string[]) : names;
  }

  /** Every word the catalogues' names and descriptions write in small letters, in the notice's language. */
  private commonWords(): Set<string> {
    if (this.common !== undefined) return this.common;
    const words = new Set<string>();
    const add = (t: LocalText | undefined): void => {
      const s = this.peek(t);
      if (s !== null) for (const m of s.matchAll(SMALL_WORD)) words.add(m[0]);
    };
    for (const kind of ['dataCategories', 'dataSubjects', 'recipients', 'sources', 'processors', 'systems'] as const)
      for (const entry of this.registry.catalogues[kind].values()) {
        add(entry.value.name);
        if ('description' in entry.value) add(entry.value.description);
      }
    return (this.common = words);
  }

  /**
   * A registry text in the notice's language. Validation makes sure every declared language is
   * there; if one is not, it is noted and the registry's first language stands in.
   */
  text(value: LocalText | undefined, file: SourceFile, pointer: string): string | null {
    if (value !== undefined && localText(value, this.lang) === undefined)
      this.missing.note('translation', file, pointer, { language: this.lang, field: pointer || '/' });
    return this.peek(value);
  }

  /** The text as `text` gives it, noting nothing: for a text the notice notes where it prints it (a missing item keeps its number). */
  peek(value: LocalText | undefined): string | null {
    if (value === undefined) return null;
    return localText(value, this.lang) ?? textIn(value, this.lang, this.registry.languages) ?? null;
  }

  paragraphs(value: LocalText | undefined, file: SourceFile, pointer: string): string[] {
    return paragraphs(this.text(value, file, pointer) ?? undefined);
  }

  contact(c: Contact | undefined, file: SourceFile, pointer: string): ContactView | null {
    if (!c) return null;
    return {
      name: c.name ?? null,
      role: this.text(c.role, file, `${pointer}/role`),
      email: c.email ?? null,
      emailUrl: c.email !== undefined ? `mailto:${c.email}` : null,
      phone: c.phone ?? null,
      phoneUrl: c.phone !== undefined ? `tel:${c.phone.replace(/[^0-9+]/g, '')}` : null,
      url: c.url ?? null,
      address: addressLines(c.address),
    };
  }
}

/** Address lines, then postal code and town on one line. */
export function addressLines(a: Address | undefined): string[] {
  if (!a) return [];
  const town = [a.postalCode, a.city].filter((x) => x !== undefined).join(' ');
  return [...a.lines, town].filter((l) => l.length > 0);
}

/** Whether a contact gives a way to reach someone, not just a name. */
export function reachable(c: Contact | undefined): boolean {
  return c !== undefined && (c.email !== undefined || c.phone !== undefined || c.url !== undefined || c.address !== undefined);
}
