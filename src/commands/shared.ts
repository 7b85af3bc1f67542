import { resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import type { RunContext } from '../cli/context.js';
import { toolVersion, useColor } from '../cli/context.js';
import type { Lang } from '../i18n/index.js';
import type { Registry } from '../model/registry.js';
import type { Finding } from '../model/finding.js';
import type { SourceFile } from '../parse/source.js';
import { validateRegistry, type Validated } from '../validate/index.js';
import { readText } from '../parse/file.js';
import { registryOptions } from '../validate/options.js';
import { UserError } from '../util/errors.js';

/**
 * The registry for a command that is a view of it (gaps, notice, report, …). A registry with
 * validation errors cannot be read reliably: its problems go to stderr and the command exits 1.
 */
export async function openRegistry(dir: string, ctx: RunContext, lang: Lang): Promise<Registry> {
  const root = resolve(ctx.cwd, dir);
  // Its warnings are nobody's here: only errors stop a view, so the checks that can only warn are left to `ropa validate`.
  const options = { ...registryOptions(ctx.cwd, ctx.env), errorsOnly: true };
  const registry = await requireValid(validateRegistry(root, [], options), ctx, lang);
  growHeapSlowly();
  return registry;
}

/**
 * For what a view runs after validation (the rules, the screening, the notice, the report, and their outputs): V8 lets
 * the old generation grow by a fixed share of what was live at its last full collection (20 %), instead of by the share
 * it works out from how fast it collects against how fast the program allocates. On a loaded machine its collector's
 * threads get little of a core, it reads its collecting as slow, and it let the heap grow to three and four times what was
 * live: `ropa gaps -f json` on 10,000 activities with distinct texts peaked at 378–395 MiB at load 20 and 307 MiB on an
 * idle machine, about 170 MiB of it live (docs/performance.md, session 42). Idle, V8 chooses 1.1–1.2 itself, so this costs
 * about nothing there. Set after validation, as `optimiseLater` is: `ropa validate` is left to V8. The answer is the same;
 * only when the collector runs differs.
 */
export function growHeapSlowly(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

/** How much the old generation may grow past what its last full collection left live, in per cent (measured: session 42). */
const HEAP_GROWING_PERCENT = 20;

/**
 * For what a command runs after validation (`ropa gaps`: the rules, placing, the view, the list; `ropa report`: the
 * screening, the model, the workbook; `ropa notice`: the blocking run, the view, the layout), mostly code that runs once
 * over the registry: V8 lets a function run longer before its optimising compiler takes it up, so that fewer are compiled
 * for a pass that is nearly over. Set after validation, so that validation runs as in `ropa validate`; the answer is the
 * same, only the CPU time differs (docs/performance.md, «Optimised later»). Not `--no-regexp-tier-up`, though it saved ~0.15 s: flipped at run time it
 * crashed a process whose worker threads had compiled expressions (session 11). For `ropa notice` too since session 47 (its
 * blocking run and view: 2.14× → 1.82× `validate`; no gain measured in session 11, before either was as large).
 */
export function optimiseLater(): void {
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
}

/**
 * For a command that runs the rules (`ropa gaps`, `ropa report`, `ropa notice`: consent-valid), called before its modules load: every regular expression
 * created after this is compiled once, to machine code, on its first use, instead of to V8's bytecode first and again to
 * machine code on its second use (V8's tier-up). The rules hold about 300 expressions that a run uses, many of them large
 * `/iu` patterns whose compiling costs more than their matching on a small registry: compiling each once saves about 0.4–0.5 s
 * of CPU per run (docs/performance.md, session 15). An expression created before keeps V8's own tier-up; one created after
 * starts in the state V8 gives an expression it has decided to tier up, so no expression is ever half-way between the two
 * (unlike `--no-regexp-tier-up` flipped at run time, which crashed, session 11). The answers are the same, only the CPU time differs.
 */
export function compileOnce(): void {
  setFlagsFromString('--regexp-tier-up-ticks=0');
}

/** V8's default (V8 11.3, Node 20) is 66 KiB of bytecode run; eight times that, measured. */
const INTERRUPT_BUDGET = 8 * 67_584;

/**
 * For a command that places nothing more (notice, report): the texts go, and so do the bytes they
 * would be had again from; a message that shows a line after all reads its file again (at 10,000
 * activities the bytes are about 50 MB). Not for `ropa diff`, whose texts are a revision's, not the disk's.
 */
export function releaseFiles(registry: Registry): void {
  for (const file of registry.files) {
    file.textFrom(() => readText(file.path));
    file.releaseText();
  }
}

/** A validated registry, or its errors on stderr and exit 1. */
export async function requireValid({ registry, findings }: Validated, ctx: RunContext, lang: Lang): Promise<Registry> {
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) {
    await reportFindings(ctx, lang, errors, registry.files, 'validate');
    throw new UserError('cli.registry-invalid', { errors: errors.length }, 1);
  }
  return registry;
}

/** Validation findings for a person at a terminal, on stderr, with the lines they point at. */
export async function reportFindings(ctx: RunContext, lang: Lang, findings: Finding[], files: readonly SourceFile[], command: string): Promise<void> {
  const { stylish } = await import('../render/findings/stylish.js');
  const byPath = new Map(files.map((f) => [f.path, f]));
  ctx.stderr.write(
    stylish(findings, {
      cwd: ctx.cwd,
      lang,
      color: useColor(ctx, ctx.stderr),
      sourceText: (p) => byPath.get(p)?.text,
      tool: { name: 'ropa', version: toolVersion() },
      command,
    }),
  );
}

/** `--today`/`--date`: a fixed date makes output reproducible; the clock is the fallback only where allowed. */
export function parseDate(value: string, option: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined;
  if (!m || !d || d.toISOString().slice(0, 10) !== value) throw new UserError('cli.bad-date', { option, value });
  return value;
}
