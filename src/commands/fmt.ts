import { readFileSync, realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RunContext } from '../cli/context.js';
import { messageLang } from '../cli/context.js';
import { t } from '../i18n/index.js';
import { discover } from '../load/discover.js';
import { readSourceFile } from '../parse/file.js';
import { displayPath } from '../util/paths.js';
import { writeFileAtomic } from '../util/write.js';
import { formatYaml } from '../authoring/format.js';
import { reportFindings } from './shared.js';

interface Options {
  check?: boolean;
  lang?: string;
}

const BOM = '\ufeff';

/**
 * `ropa fmt [dir]`: canonical key order and quoting in every registry file. Writes only files whose bytes
 * change; `--check` writes nothing and exits 1 when a file would change. A file that does not parse is left
 * alone and reported (exit 1); so is a file that cannot be reordered without loss (exit 1: the file is at fault, not the command).
 */
export async function fmt(dir: string, opts: Options, ctx: RunContext): Promise<number> {
  const lang = messageLang(opts.lang, ctx);
  const root = resolve(ctx.cwd, dir);
  const { files } = discover(root);
  let changed = 0;
  let refused = 0;
  let unsafe = 0;
  for (const f of files) {
    const shown = displayPath(f.path, ctx.cwd);
    const { source, findings } = readSourceFile(f.path, f.kind);
    if (!source || findings.length > 0) {
      refused++;
      await reportFindings(ctx, lang, findings, source ? [source] : [], 'fmt');
      ctx.stderr.write(`ropa: ${t(lang, 'authoring.fmt.not-parsed', { path: shown })}\n`);
      continue;
    }
    const result = formatYaml(source.text, f.kind);
    if (!result.ok) {
      unsafe++;
      const detail = t(lang, `authoring.fmt.reason.${result.reason === 'unsafe' ? result.detail : 'reparse'}`);
      ctx.stderr.write(`ropa: ${t(lang, 'authoring.fmt.unsafe', { path: shown, detail })}\n`);
      continue;
    }
    const before = readFileSync(f.path);
    const after = Buffer.from((before.toString('utf8').startsWith(BOM) ? BOM : '') + result.text, 'utf8');
    if (before.equals(after)) continue;
    changed++;
    if (opts.check) {
      ctx.stdout.write(`${t(lang, 'authoring.fmt.would-change', { path: shown })}\n`);
    } else {
      // A symbolic link inside the registry stays a link: the file it points to is rewritten.
      writeFileAtomic(realpathSync(f.path), after);
      ctx.stdout.write(`${t(lang, 'authoring.fmt.formatted', { path: shown })}\n`);
    }
  }
  const summary = opts.check ? 'authoring.fmt.check-summary' : 'authoring.fmt.summary';
  ctx.stderr.write(`${t(lang, summary, { changed, files: files.length })}\n`);
  return refused > 0 || unsafe > 0 || (opts.check && changed > 0) ? 1 : 0;
}
