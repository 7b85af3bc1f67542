import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Registry } from '../model/registry.js';
import { displayPath } from '../util/paths.js';
import { UserError } from '../util/errors.js';
import { validateRegistry } from '../validate/index.js';
import { schemaNode } from './schema-order.js';

/**
 * Where `ropa new` and `ropa add` start: an id the schema accepts, and a registry at `dir` (resolved
 * from `cwd`) with an organisation file. The registry is read as it is, problems and all.
 */
export function openForAuthoring(id: string, dir: string, cwd: string): { root: string; registry: Registry } {
  const idSchema = schemaNode('common', 'definitions', 'id') as { pattern: string; maxLength: number };
  if (!new RegExp(idSchema.pattern).test(id) || id.length > idSchema.maxLength) throw new UserError('authoring.new.bad-id', { id });
  const root = resolve(cwd, dir);
  const { registry } = validateRegistry(root);
  if (!registry.organisation && !existsSync(join(root, 'organisation.yaml')))
    throw new UserError('authoring.new.no-registry', { path: displayPath(root, cwd) });
  return { root, registry };
}
