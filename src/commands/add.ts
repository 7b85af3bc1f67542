import { existsSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { RunContext } from '../cli/context.js';
import { authoringLang, viewLang } from '../cli/context.js';
import { t } from '../i18n/index.js';
import { displayPath } from '../util/paths.js';
import { UserError } from '../util/errors.js';
import { windowsReserved } from '../util/portable.js';
import { ENTRY_KINDS, type EntryKind } from '../authoring/catalogue-add.js';
import { entryFromOptions, entryOptionAttributes } from '../authoring/entry-fields.js';
import { Staged } from '../authoring/staged.js';
import { openForAuthoring } from '../authoring/open.js';
import { isRegistryFileName } from '../load/discover.js';
import { reportFindings } from './shared.js';
import { FORBIDDEN_KEYS } from '../parse/yaml.js';

/**
 * `ropa add <kind> <id> [dir]`: one catalogue entry, from options, added at the end of its catalogue in the
 * file that holds it (or `--file`). The rest of that file is kept byte for byte. The registry with the entry is
 * validated before anything is written; the file is written atomically.
 */
export async function addEntry(kindWord: string, id: string, dir: string, opts: Record<string, unknown>, ctx: RunContext): Promise<number> {
  const flagLang = authoringLang(opts.lang === undefined ? undefined : String(opts.lang), ctx, dir);
  if (!Object.hasOwn(ENTRY_KINDS, kindWord))
    throw new UserError('cli.bad-choice', { option: 'kind', value: kindWord, allowed: Object.keys(ENTRY_KINDS).join(', ') });
  const kind = kindWord as EntryKind;
  const catalogue = ENTRY_KINDS[kind].catalogue;
  const { root, registry } = openForAuthoring(id, dir, ctx.cwd);
  const lang = viewLang(flagLang, ctx, registry);
  // An entry's id is its key in the catalogue, and these keys are refused in every registry file.
  if (FORBIDDEN_KEYS.has(id)) throw new UserError('authoring.add.reserved-id', { id });
  // An option another kind of entry takes is a mistake here, not something to drop silently.
  const own = entryOptionAttributes(catalogue);
  for (const [option, value] of Object.entries(opts)) {
    if (value === undefined || ['lang', 'file'].includes(option)) continue;
    if (!own.has(option))
      throw new UserError('authoring.add.option-not-for-kind', { option: `--${option.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, kind });
  }

  const existing = registry.catalogues[catalogue].get(id);
  if (existing) throw new UserError('authoring.add.exists', { kind, id, path: displayPath(existing.file.path, ctx.cwd) });

  const entry = entryFromOptions(catalogue, opts, kind);
  const staged = new Staged(root, registry);
  let file: string | undefined;
  if (typeof opts.file === 'string') {
    file = resolve(ctx.cwd, opts.file);
    const inside =
      registry.files.some((f) => f.path === file && f.kind === 'catalogue') ||
      // A name the loader reads: a hidden file (.x.yaml) would take the entry and never be read again.
      (!existsSync(file) && resolve(file, '..') === join(root, 'catalogues') && isRegistryFileName(basename(file)));
    if (!inside) throw new UserError('authoring.add.bad-file', { path: displayPath(file, ctx.cwd) });
    // A new file named like a Windows device (catalogues/con.yaml) could not be checked out there.
    if (!existsSync(file) && windowsReserved(basename(file))) throw new UserError('authoring.add.reserved-file', { path: displayPath(file, ctx.cwd) });
  }
  const path = staged.addEntry(catalogue, id, entry, file);
  const { errors, sources } = staged.newErrors();
  if (errors.length > 0) {
    // A broken entry makes every use of it look broken too: its own problems are the ones to show.
    const own = errors.filter((f) => f.file === path);
    await reportFindings(ctx, lang, own.length > 0 ? own : errors, [...registry.files, ...sources], 'add');
    ctx.stderr.write(`ropa: ${t(lang, 'authoring.add.not-written', { path: displayPath(path, ctx.cwd) })}\n`);
    return 1;
  }
  staged.write();
  ctx.stdout.write(`${t(lang, 'authoring.add.added', { kind: t(lang, `authoring.kind.${kind}`), id, path: displayPath(path, ctx.cwd) })}\n`);
  return 0;
}
