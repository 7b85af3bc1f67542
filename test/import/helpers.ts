import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** A file of an imported registry, as text and as data. */
export const read = (dir: string, p: string): string => readFileSync(join(dir, p), 'utf8');
/** YAML data of any shape, for assertions that walk into it. */
export type Data = Record<string, any>;
export const yaml = (dir: string, p: string): Data => parse(read(dir, p)) as Data;

/** Every file under a folder with its text, for comparing two imports or a registry before and after. */
export function snapshot(dir: string, sub = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(join(dir, sub), { withFileTypes: true })) {
    const p = sub ? `${sub}/${e.name}` : e.name;
    if (e.isDirectory()) Object.assign(out, snapshot(dir, p));
    else out[p] = read(dir, p);
  }
  return out;
}
