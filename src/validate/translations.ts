import type { Finding } from '../model/finding.js';
import type { FileKind, SourceFile } from '../parse/source.js';
import { join } from '../util/pointer.js';
import { readSchema } from './schema.js';

/** Where in a file of one kind a localised text may stand, read from the schemas. */
interface Slot {
  text?: boolean;
  props?: Map<string, Slot>;
  /** Any key (additionalProperties, patternProperties). */
  any?: Slot;
  items?: Slot;
}

type Schema = Record<string, unknown>;
const slots = new Map<FileKind, Slot>();

function slotsOf(kind: FileKind): Slot {
  let s = slots.get(kind);
  if (!s) {
    const files: Record<string, Schema> = {};
    const fileOf = (name: string): Schema => (files[name] ??= readSchema(name.replace('.schema.json', '') as FileKind | 'common'));
    s = build(fileOf(`${kind}.schema.json`), `${kind}.schema.json`, fileOf, new Set());
    if (kind === 'catalogue') {
      // Names may be one string: Skatteetaten, NAV or arkivloven is the same in every language.
      for (const [entries, slot] of s.props ?? []) {
        const fields = slot.any?.props;
        for (const name of entries === 'laws' ? ['name', 'title'] : ['name']) {
          const field = fields?.get(name);
          if (field?.text) fields!.set(name, { ...field, text: false });
        }
      }
    }
    // An archive institution's name may be one string too (Nasjonalarkivet); per language it can read «the National Archives».
    const rules = kind === 'activity' ? s.props?.get('retention')?.items : kind === 'catalogue' ? s.props?.get('retentionPolicies')?.any : undefined;
    const archive = rules?.props?.get('archive');
    if (archive?.text) rules!.props!.set('archive', { ...archive, text: false });
    slots.set(kind, s);
  }
  return s;
}

function build(node: Schema, file: string, fileOf: (name: string) => Schema, path: Set<string>): Slot {
  const slot: Slot = {};
  const merge = (into: Slot, from: Slot): void => {
    if (from.text) into.text = true;
    for (const [k, v] of from.props ?? []) {
      into.props ??= new Map();
      const prior = into.props.get(k);
      if (prior) merge(prior, v);
      else into.props.set(k, v);
    }
    if (from.any) merge((into.any ??= {}), from.any);
    if (from.items) merge((into.items ??= {}), from.items);
  };
  const ref = node.$ref;
  if (typeof ref === 'string') {
    if (/\/definitions\/localText$/.test(ref)) return { text: true };
    const [target = '', fragment = ''] = ref.split('#');
    const refFile = target === '' ? file : target;
    const key = `${refFile}#${fragment}`;
    if (path.has(key)) return slot;
    let sub: unknown = fileOf(refFile);
    for (const seg of fragment.split('/').filter((x) => x !== '')) sub = (sub as Schema | undefined)?.[seg];
    if (sub && typeof sub === 'object') merge(slot, build(sub as Schema, refFile, fileOf, new Set([...path, key])));
  }
  for (const k of ['oneOf', 'anyOf', 'allOf'] as const) {
    const list = node[k];
    if (Array.isArray(list)) for (const b of list) merge(slot, build(b as Schema, file, fileOf, path));
  }
  if (node.properties && typeof node.properties === 'object') {
    for (const [k, v] of Object.entries(node.properties as Record<string, Schema>)) merge(slot, { props: new Map([[k, build(v, file, fileOf, path)]]) });
  }
  for (const extra of [node.additionalProperties, ...Object.values((node.patternProperties ?? {}) as Record<string, Schema>)]) {
    if (extra && typeof extra === 'object') merge(slot, { any: build(extra as Schema, file, fileOf, path) });
  }
  if (node.items && typeof node.items === 'object') merge(slot, { items: build(node.items as Schema, file, fileOf, path) });
  return slot;
}

/**
 * A text given as one plain string where the registry declares several languages: every
 * language would print the same words (an English notice in bokmål). A warning, located at the
 * text, naming the languages it lacks.
 */
export function untranslatedTexts(files: readonly SourceFile[], languages: readonly string[]): Finding[] {
  if (languages.length < 2) return [];
  const out: Finding[] = [];
  for (const file of files) {
    // The path is kept in one array and made a pointer only for a finding: most values have none.
    const path: (string | number)[] = [];
    const visit = (value: unknown, slot: Slot): void => {
      if (slot.text && typeof value === 'string') {
        const at = join('', ...path);
        out.push({
          rule: 'untranslated-text',
          severity: 'warning',
          file: file.path,
          pointer: at,
          range: file.locate(at),
          messageId: 'validate.untranslated-text',
          args: { languages: languages.join(', '), keys: languages.map((l) => `\`${l}:\``).join(' ') },
        });
        return;
      }
      if (Array.isArray(value)) {
        const items = slot.items;
        if (items) value.forEach((v, i) => (path.push(i), visit(v, items), path.pop()));
        return;
      }
      if (value === null || typeof value !== 'object') return;
      for (const [k, v] of Object.entries(value)) {
        const next = slot.props?.get(k) ?? slot.any;
        if (next) {
          path.push(k);
          visit(v, next);
          path.pop();
        }
      }
    };
    visit(file.data, slotsOf(file.kind));
  }
  return out;
}
