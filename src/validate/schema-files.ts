import { readFileSync } from 'node:fs';
import type { FileKind } from '../parse/source.js';
import { packagePath } from '../util/paths.js';

/** The schema files, one per file kind, plus shared definitions. A leaf: forms.ts and schema.ts both read it. */
export const SCHEMA_FILES: Record<FileKind | 'common', string> = {
  common: 'common.schema.json',
  organisation: 'organisation.schema.json',
  activity: 'activity.schema.json',
  catalogue: 'catalogue.schema.json',
};

export function readSchema(kind: FileKind | 'common'): Record<string, unknown> {
  return JSON.parse(readFileSync(packagePath('schemas', SCHEMA_FILES[kind]), 'utf8')) as Record<string, unknown>;
}
