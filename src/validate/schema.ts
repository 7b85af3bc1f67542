import { readFileSync } from 'node:fs';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { FileKind } from '../parse/source.js';
import type { MessageArgs } from '../model/finding.js';
import { packagePath } from '../util/paths.js';
import { join, pointerAndAbove } from '../util/pointer.js';
import { suggest } from '../util/suggest.js';
import { wholeAt } from '../util/terminal.js';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { exampleText, formatHint, patternHint } from './forms.js';

export { SCHEMA_FILES, readSchema } from './schema-files.js';
import { SCHEMA_FILES, readSchema } from './schema-files.js';

let validators: Record<FileKind, ValidateFunction> | undefined;

const KINDS = ['organisation', 'activity', 'catalogue'] as const;

/** The validators compiled at build time (dist/validate/validators.cjs), when they were built from these schemas. */
export const PRECOMPILED = packagePath('dist', 'validate', 'validators.cjs');

/** Identifies the schemas a compiled validator was made from: a stale build is never used. */
export function schemasHash(): string {
  const h = createHash('sha256');
  for (const kind of Object.keys(SCHEMA_FILES) as (FileKind | 'common')[]) h.update(readFileSync(packagePath('schemas', SCHEMA_FILES[kind])));
  return h.digest('hex');
}

/** The one ajv configuration, for compiling at run time and for the standalone code made at build time. */
export function createAjv(standalone = false): import('ajv').default {
  // ajv is CommonJS; loaded only by commands that validate.
  const require = createRequire(import.meta.url);
  const Ajv = require('ajv').default as typeof import('ajv').default;
  const addFormats = require('ajv-formats').default as typeof import('ajv-formats').default;
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, verbose: true, code: { source: standalone } });
  addFormats(ajv, ['date', 'email', 'uri']);
  for (const kind of Object.keys(SCHEMA_FILES) as (FileKind | 'common')[]) ajv.addSchema(readSchema(kind));
  return ajv;
}

/** Export names of the standalone module, one per file kind. */
export const STANDALONE_EXPORTS: Record<FileKind, string> = { organisation: 'organisation', activity: 'activity', catalogue: 'catalogue' };

function compile(): Record<FileKind, ValidateFunction> {
  // Compiling the schemas costs a quarter of a second; the build does it once (src/validate/standalone.ts).
  try {
    const require = createRequire(import.meta.url);
    const mod = require(PRECOMPILED) as { schemasHash: string } & Record<string, ValidateFunction>;
    if (mod.schemasHash === schemasHash()) {
      return Object.fromEntries(KINDS.map((k) => [k, mod[STANDALONE_EXPORTS[k]]!])) as Record<FileKind, ValidateFunction>;
    }
  } catch {
    /* not built, or built from other schemas: compile below */
  }
  const ajv = createAjv();
  const get = (kind: FileKind): ValidateFunction => ajv.getSchema(SCHEMA_FILES[kind])!;
  return { organisation: get('organisation'), activity: get('activity'), catalogue: get('catalogue') };
}

/** A schema problem, before it has a file and a position. */
export interface SchemaProblem {
  pointer: string;
  target: 'value' | 'key';
  messageId: string;
  args: MessageArgs;
}

export function validateSchema(kind: FileKind, data: unknown): SchemaProblem[] {
  validators ??= compile();
  const validate = validators[kind];
  if (validate(data)) return [];
  return simplify(validate.errors ?? []).map(toProblem);
}

/**
 * ajv reports every branch of a oneOf. A reader wants the branch that fits the data's type:
 * drop `type` errors of a branch when another branch at the same place failed for a better reason,
 * and drop the oneOf summary when anything more precise was said.
 */
export function simplify(errors: ErrorObject[]): ErrorObject[] {
  const oneOfPaths = new Set(errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf').map((e) => e.instancePath));
  const enumPaths = new Set(errors.filter((e) => e.keyword === 'enum').map((e) => e.instancePath));
  // Each place a precise error was said at or below: the place itself and every place above it. Sets, so that a
  // file of 40,000 wrong values costs as many steps, not 40,000 squared.
  const precisePaths = new Set<string>();
  for (const e of errors) {
    if (e.keyword === 'type' || e.keyword === 'oneOf' || e.keyword === 'anyOf' || e.keyword === 'const') continue;
    for (const path of pointerAndAbove(e.instancePath)) {
      if (precisePaths.has(path)) break; // and every place above it
      precisePaths.add(path);
    }
  }
  const out = errors.filter((e) => {
    // At a oneOf, branch errors of the wrong type are noise: the precise error, or else the oneOf itself, says it.
    if ((e.keyword === 'type' || e.keyword === 'const') && oneOfPaths.has(e.instancePath)) return false;
    if ((e.keyword === 'oneOf' || e.keyword === 'anyOf') && precisePaths.has(e.instancePath)) return false;
    if (e.keyword === 'propertyNames') return false; // the inner pattern error names the key
    // A value of the wrong type where a code is expected: the list of codes says it better.
    if (e.keyword === 'type' && enumPaths.has(e.instancePath)) return false;
    return true;
  });
  // Several branches may say the same thing about one place.
  const seen = new Set<string>();
  return out.filter((e) => {
    const k = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}|${(e as { propertyName?: string }).propertyName ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function toProblem(e: ErrorObject): SchemaProblem {
  const p = e.params as Record<string, unknown>;
  const at = e.instancePath;
  switch (e.keyword) {
    case 'required':
      return { pointer: at, target: 'value', messageId: 'validate.schema.required', args: { property: String(p.missingProperty) } };
    case 'additionalProperties': {
      const property = String(p.additionalProperty);
      // `<<: *defaults`, YAML 1.1's merge key, which YAML 1.2 and ropa read as a key of its own.
      if (property === '<<') return { pointer: join(at, property), target: 'key', messageId: 'validate.schema.merge-key', args: {} };
      const known = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const hint = suggest(property, known);
      return {
        pointer: join(at, property),
        target: 'key',
        messageId: hint ? 'validate.schema.additional-property-suggest' : 'validate.schema.additional-property',
        args: hint ? { property, suggestion: hint } : { property },
      };
    }
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String);
      const hint = typeof e.data === 'string' ? suggest(e.data, allowed) : undefined;
      return {
        pointer: at,
        target: 'value',
        messageId: hint ? 'validate.schema.enum-suggest' : 'validate.schema.enum',
        args: { value: show(e.data), allowed: allowed.join(', '), ...(hint ? { suggestion: hint } : {}) },
      };
    }
    case 'const':
      return { pointer: at, target: 'value', messageId: 'validate.schema.const', args: { value: show(e.data), allowed: String(p.allowedValue) } };
    case 'type':
      return { pointer: at, target: 'value', ...typeHint(String(p.type), e.data, examples(e.parentSchema)) };
    case 'pattern': {
      // A key that is no id (ajv names it on the error): placed at the key itself, not at the mapping that holds it.
      const key = (e as { propertyName?: string }).propertyName;
      if (key !== undefined) {
        const hint = patternHint(key, String(p.pattern), undefined, undefined);
        return { pointer: join(at, key), target: 'key', messageId: hint.messageId, args: { ...hint.args, value: show(key) } };
      }
      if (p.propertyName !== undefined || /propertyNames/.test(e.schemaPath)) {
        return { pointer: at, target: 'value', messageId: 'validate.schema.id-pattern', args: { value: show(e.data) } };
      }
      const hint = patternHint(e.data, String(p.pattern), lastSegment(at), examples(e.parentSchema));
      return { pointer: at, target: 'value', messageId: hint.messageId, args: { ...hint.args, value: show(e.data) } };
    }
    case 'format': {
      const hint = formatHint(e.data, String(p.format), examples(e.parentSchema));
      return { pointer: at, target: 'value', messageId: hint.messageId, args: { ...hint.args, value: show(e.data) } };
    }
    case 'minItems':
      return { pointer: at, target: 'value', messageId: 'validate.schema.min-items', args: { limit: Number(p.limit) } };
    case 'minLength':
      return { pointer: at, target: 'value', messageId: 'validate.schema.min-length', args: { limit: Number(p.limit) } };
    case 'maxLength':
      return { pointer: at, target: 'value', messageId: 'validate.schema.max-length', args: { limit: Number(p.limit) } };
    case 'minProperties':
      return { pointer: at, target: 'value', messageId: 'validate.schema.min-properties', args: { limit: Number(p.limit) } };
    case 'uniqueItems':
      return {
        pointer: join(at, Number(p.i)),
        target: 'value',
        messageId: 'validate.schema.unique-items',
        args: { value: show((e.data as unknown[])[Number(p.i)]) },
      };
    case 'oneOf':
    case 'anyOf': {
      const example = exampleText(examples(e.parentSchema));
      return example
        ? { pointer: at, target: 'value', messageId: 'validate.schema.one-of', args: { example } }
        : { pointer: at, target: 'value', messageId: 'validate.form.wrong', args: { value: show(e.data) } };
    }
    default:
      return { pointer: at, target: 'value', messageId: 'validate.schema.other', args: { detail: e.message ?? e.keyword } };
  }
}

function show(v: unknown): string {
  let s: string;
  try {
    s = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  } catch {
    s = '…'; // circular: an alias inside itself
  }
  return s.length > 60 ? s.slice(0, wholeAt(s, 57)) + '…' : s;
}

function examples(schema: unknown): unknown {
  return (schema as { examples?: unknown } | undefined)?.examples;
}

function lastSegment(pointer: string): string | undefined {
  const seg = pointer
    .slice(pointer.lastIndexOf('/') + 1)
    .replace(/~1/g, '/')
    .replace(/~0/g, '~');
  return seg === '' || /^[0-9]+$/.test(seg) ? undefined : seg;
}

/**
 * A value of the wrong type, said by what should be there and shown in the right form: a list
 * made of the text that was written, a quoted text, `true`/`false`, the schema's example.
 */
const YAML11_BOOLEAN = /^(?:(y|Y|yes|Yes|YES|on|On|ON)|n|N|no|No|NO|off|Off|OFF)$/;

function typeHint(expected: string, data: unknown, example: unknown): { messageId: string; args: MessageArgs } {
  if (expected === 'array') {
    const items = typeof data === 'string' ? data.split(/\s*[,;]\s*/).filter((x) => x !== '') : [];
    // The schema's example is shown only when its items are plain values: a list of mappings (law references) would
    // print as «[object Object]».
    const sample = Array.isArray(example) && Array.isArray(example[0]) ? (example[0] as unknown[]) : [];
    const plain = sample.every((x) => typeof x === 'string' || typeof x === 'number');
    const shown = items.length > 0 ? items : plain ? sample.map(String) : [];
    return shown.length > 0
      ? { messageId: 'validate.form.list', args: { items: shown.map((x) => `\`- ${x}\``).join(' ') } }
      : { messageId: 'validate.form.list-plain', args: {} };
  }
  if (expected === 'boolean') {
    // `yes`, `no`, `on`, `off`: YAML 1.1's booleans, which YAML 1.2 (and ropa) reads as text.
    const word = typeof data === 'string' ? YAML11_BOOLEAN.exec(data) : null;
    if (word) return { messageId: 'validate.form.boolean-yaml11', args: { value: data as string, fixed: word[1] ? 'true' : 'false' } };
    return { messageId: 'validate.form.boolean', args: { value: show(data) } };
  }
  if (expected === 'string')
    return data !== null && typeof data === 'object'
      ? { messageId: 'validate.form.string-plain', args: {} }
      : { messageId: 'validate.form.string', args: { value: show(data) } };
  if (expected === 'number' || expected === 'integer') return { messageId: 'validate.form.number', args: { value: show(data) } };
  const shown = exampleText(example);
  if (expected === 'object')
    return shown ? { messageId: 'validate.form.object-example', args: { example: shown } } : { messageId: 'validate.form.object', args: {} };
  return shown
    ? { messageId: 'validate.form.example', args: { value: show(data), example: shown } }
    : { messageId: 'validate.form.wrong', args: { value: show(data) } };
}
