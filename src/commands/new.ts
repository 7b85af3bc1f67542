import { existsSync, lstatSync, mkdirSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { isWithin } from '../util/within.js';
import type { RunContext } from '../cli/context.js';
import { messageLang, oneOf } from '../cli/context.js';
import { LANGUAGES, t, type Lang } from '../i18n/index.js';
import type { Activity, GdprBasisCode, LocalText } from '../model/types.js';
import { parseYaml } from '../parse/yaml.js';
import { SourceFile } from '../parse/source.js';
import { displayPath } from '../util/paths.js';
import { UserError } from '../util/errors.js';
import { writeFileAtomic } from '../util/write.js';
import { validateRegistry } from '../validate/index.js';
import { buildActivity, NEEDS_LAW, parseLawRef, yamlText, type NewActivity } from '../authoring/new-activity.js';
import { schemaEnum, schemaNode } from '../authoring/schema-order.js';
import { reportFindings } from './shared.js';

interface Options {
  title?: string[];
  description?: string[];
  purpose?: string[];
  basis?: string[];
  law?: string[];
  subjects?: string;
  categories?: string;
  sources?: string;
  recipients?: string;
  processors?: string;
  group?: string;
  status?: string;
  input?: boolean;
  lang?: string;
}

/**
 * `ropa new <id> [dir]`: a new activity file, from flags, or from answers when stdin is a terminal and a
 * main field is missing. The file is validated with the registry before it is written, and an existing file
 * is never replaced.
 */
export async function newActivity(id: string, dir: string, opts: Options, ctx: RunContext, stdin: NodeJS.ReadableStream & { isTTY?: boolean } = ctx.stdin ?? process.stdin): Promise<number> {
  const flagLang = opts.lang === undefined ? undefined : messageLang(opts.lang, ctx);
  const idSchema = schemaNode('common', 'definitions', 'id') as { pattern: string; maxLength: number };
  if (!new RegExp(idSchema.pattern).test(id) || id.length > idSchema.maxLength) throw new UserError('authoring.new.bad-id', { id });
  const root = resolve(ctx.cwd, dir);
  const { registry } = validateRegistry(root);
  if (!registry.organisation && !existsSync(join(root, 'organisation.yaml'))) throw new UserError('authoring.new.no-registry', { path: displayPath(root, ctx.cwd) });
  const lang: Lang = flagLang ?? registry.languages[0] ?? 'en';
  const path = join(root, 'activities', `${id}.yaml`);
  // activities/ may be a link: followed only while it stays inside the registry, as the loader does.
  if (!insideRegistry(join(root, 'activities'), root)) throw new UserError('authoring.new.outside-registry', { path: displayPath(join(root, 'activities'), ctx.cwd) }, 1);
  const taken = [path, join(root, 'activities', `${id}.yml`)].find((p) => existsSync(p)) ?? registry.activities.find((a) => a.id === id)?.file.path;
  if (taken) throw new UserError('authoring.new.exists', { id, path: displayPath(taken, ctx.cwd) });

  let given = fromFlags(id, opts);
  const missing = [given.title, given.purpose, given.bases, given.subjects, given.categories, given.status].some((v) => v === undefined);
  if (missing && opts.input !== false && stdin.isTTY) {
    const [{ streamPrompter }, { askMissing }] = await Promise.all([import('../authoring/prompt.js'), import('../authoring/questions.js')]);
    const prompter = streamPrompter(stdin, ctx.stdout);
    try {
      prompter.say(t(lang, 'authoring.ask.intro', { id, path: displayPath(path, ctx.cwd) }));
      given = await askMissing(prompter, registry, lang, given);
    } finally {
      prompter.close();
    }
  }
  if (given.title === undefined) throw new UserError('authoring.new.title-required');
  if (given.bases?.length && given.purpose === undefined) throw new UserError('authoring.new.basis-without-purpose');
  if (given.laws?.length && !given.bases?.some((b) => NEEDS_LAW.includes(b))) throw new UserError('authoring.new.law-without-basis');

  const text = yamlText(buildActivity(given), 'activity', path, root);
  const parsed = parseYaml(text);
  const source = new SourceFile(path, 'activity', text, parsed.data, parsed.doc, parsed.lineCounter);
  const problems = validateRegistry(root, [source]).findings.filter((f) => f.file === path && f.severity === 'error');
  if (problems.length > 0) {
    await reportFindings(ctx, lang, problems, [source], 'new');
    ctx.stderr.write(`ropa: ${t(lang, 'authoring.new.not-written', { path: displayPath(path, ctx.cwd) })}\n`);
    return 1;
  }
  mkdirSync(join(root, 'activities'), { recursive: true });
  writeFileAtomic(path, text, { exclusive: true });
  ctx.stdout.write(`${t(lang, 'authoring.new.created', { id, path: displayPath(path, ctx.cwd), dir: displayPath(root, ctx.cwd) })}\n`);
  return 0;
}

function fromFlags(id: string, opts: Options): NewActivity {
  const list = (s: string | undefined): string[] | undefined => (s === undefined ? undefined : s.split(',').map((x) => x.trim()).filter((x) => x !== ''));
  const codes = schemaEnum('common', 'definitions', 'gdprBasis');
  const bases = opts.basis?.flatMap((b) => list(b) ?? []).map((b) => {
    const code = codes.find((c) => c.toLowerCase() === b.toLowerCase());
    if (!code) throw new UserError('cli.bad-choice', { option: '--basis', value: b, allowed: codes.join(', ') });
    return code as GdprBasisCode;
  });
  const recipients = opts.recipients === undefined ? undefined : opts.recipients.trim() === 'none' ? 'none' : list(opts.recipients);
  const out: NewActivity = { id };
  const title = localTextOption(opts.title, '--title');
  const description = localTextOption(opts.description, '--description');
  const purpose = localTextOption(opts.purpose, '--purpose');
  if (title !== undefined) out.title = title;
  if (description !== undefined) out.description = description;
  if (purpose !== undefined) out.purpose = purpose;
  if (bases !== undefined) out.bases = bases;
  if (opts.law !== undefined) out.laws = opts.law.map(parseLawRef);
  for (const [key, value] of [['subjects', opts.subjects], ['categories', opts.categories], ['sources', opts.sources], ['processors', opts.processors]] as const) {
    const ids = list(value);
    if (ids !== undefined) out[key] = ids;
  }
  if (recipients !== undefined) out.recipients = recipients;
  if (opts.group !== undefined) out.group = opts.group;
  if (opts.status !== undefined) out.status = oneOf(opts.status, schemaEnum('activity', 'properties', 'status'), '--status') as Activity['status'];
  return out;
}

/** `--title Lønn` serves every language; `--title nb:Lønn --title en:Payroll` gives one text per language. */
function localTextOption(values: string[] | undefined, option: string): LocalText | undefined {
  if (values === undefined || values.length === 0) return undefined;
  const tagged = values.map((v) => /^(nb|nn|en):\s*([\s\S]*)$/.exec(v));
  if (values.length === 1 && !tagged[0]) return values[0]!;
  if (tagged.some((m) => !m)) throw new UserError('authoring.new.mixed-languages', { option, languages: LANGUAGES.join(', ') });
  const text: Partial<Record<Lang, string>> = {};
  for (const m of tagged) text[m![1] as Lang] = m![2]!;
  return text;
}

/** Whether a folder of the registry (if it is there at all) is inside it once links are followed. */
function insideRegistry(folder: string, root: string): boolean {
  try {
    lstatSync(folder);
  } catch {
    return true; // not there: it is made inside
  }
  try {
    return isWithin(realpathSync(root), realpathSync(folder));
  } catch {
    return false; // a link to nothing
  }
}
