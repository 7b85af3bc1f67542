import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RunContext } from '../cli/context.js';
import { messageLang, notOptionLike, oneOf } from '../cli/context.js';
import { t } from '../i18n/index.js';
import { displayPath } from '../util/paths.js';
import { packagePath } from '../util/paths.js';
import { makeFolders, writeFileAtomic } from '../util/write.js';
import { SCHEMA_FILES } from '../validate/schema.js';
import { emit } from './outputs.js';

interface Options {
  output?: string;
  force?: boolean;
  dir?: string;
  lang?: string;
}

export const SCHEMA_KINDS = ['organisation', 'activity', 'catalogue', 'common'] as const;
type Kind = (typeof SCHEMA_KINDS)[number];

/** The schema file's text exactly as ropa ships it. */
export function schemaText(kind: Kind): string {
  return readFileSync(packagePath('schemas', SCHEMA_FILES[kind]), 'utf8');
}

/**
 * `ropa schema [kind]`: prints one JSON Schema, or lists the kinds. `--dir` writes all of them into a folder,
 * for editors: the files refer to each other by name, so they are kept together.
 */
export async function schema(kind: string | undefined, opts: Options, ctx: RunContext): Promise<number> {
  const lang = messageLang(opts.lang, ctx);
  if (opts.dir !== undefined) {
    notOptionLike(opts.dir, '--dir');
    const dir = resolve(ctx.cwd, opts.dir);
    makeFolders(dir, displayPath(dir, ctx.cwd));
    for (const k of kind === undefined ? SCHEMA_KINDS : [oneOf(kind, SCHEMA_KINDS, 'kind')]) {
      const path = join(dir, SCHEMA_FILES[k]);
      const text = schemaText(k);
      if (existsSync(path) && readFileSync(path, 'utf8') === text) continue;
      writeFileAtomic(path, text);
      ctx.stdout.write(`${t(lang, 'authoring.schema.written', { path: displayPath(path, ctx.cwd) })}\n`);
    }
    return 0;
  }
  if (kind === undefined) {
    const rows = SCHEMA_KINDS.map((k) => {
      const s = JSON.parse(schemaText(k)) as { title?: string };
      return `${k.padEnd(14)} ${SCHEMA_FILES[k].padEnd(26)} ${s.title ?? ''}`;
    });
    emit(ctx, `${rows.join('\n')}\n`, opts, 'text');
    return 0;
  }
  emit(ctx, schemaText(oneOf(kind, SCHEMA_KINDS, 'kind')), opts);
  return 0;
}
