import { existsSync, lstatSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { isWithin } from '../util/within.js';
import type { RunContext } from '../cli/context.js';
import { authoringLang, oneOf, viewLang } from '../cli/context.js';
import { t, type Lang } from '../i18n/index.js';
import type { Activity, CatalogueKind, Disclosure, GdprBasisCode, Retention, Transfer, TransferMechanism } from '../model/types.js';
import { idList as list, localTextOption } from '../authoring/entry-fields.js';
import { displayPath } from '../util/paths.js';
import { UserError } from '../util/errors.js';
import { windowsReserved } from '../util/portable.js';
import { kindOfCatalogue } from '../authoring/catalogue-add.js';
import { Staged } from '../authoring/staged.js';
import {
  allBases,
  buildActivity,
  CONSENT,
  consentMethods,
  childConsentAgeOf,
  criminalDataGrounds,
  automatedExceptions,
  humanReviewKinds,
  NEEDS_LAW,
  parseLawRef,
  riskFactorKeys,
  section11Conditions,
  section11Ref,
  yamlText,
  type NewActivity,
} from '../authoring/new-activity.js';
import { schemaEnum, schemaNode } from '../authoring/schema-order.js';
import { mergeRestrictions, restrictionRefusal, restrictOption } from '../authoring/restrictions.js';
import { sectionIds } from '../check/facts.js';
import type { Registry } from '../model/registry.js';
import { openForAuthoring } from '../authoring/open.js';
import { reportFindings } from './shared.js';
import { recordKeepingFromFlags, type RecordKeepingOptions } from '../authoring/new-record-keeping.js';
import {
  addLawOption,
  basisCodes,
  jointControllersOption,
  morePurposesOption,
  purposeRefusals,
  withTransferDetails,
  type MorePurposeOptions,
  type TransferDetailOptions,
} from '../authoring/new-keyed.js';

interface OwnOptions extends MorePurposeOptions, TransferDetailOptions {
  title?: string[];
  description?: string[];
  purpose?: string[];
  basis?: string[];
  law?: string[];
  purposeCategories?: string;
  purposeSafeguards?: string;
  jointController?: string[];
  jointResponsibilities?: string[];
  jointContact?: string[];
  publicAuthority?: string;
  subjects?: string;
  categories?: string;
  sources?: string;
  recipients?: string;
  disclosure?: string[];
  processors?: string;
  group?: string;
  status?: string;
  legitimateInterest?: string[];
  consentWithdrawal?: string[];
  consentMethod?: string;
  childConsentAge?: string;
  nationalIdNeed?: string[];
  criminalDataGround?: string;
  section11Condition?: string;
  risk?: string;
  collection?: string;
  consequences?: string[];
  transfers?: string;
  retention?: string[];
  securityMeasures?: string;
  information?: string;
  automatedDecisions?: string;
  restrict?: string[];
  art89Purpose?: string;
  directMarketing?: string;
  humanReview?: string;
  automatedException?: string;
  automatedLaw?: string[];
  input?: boolean;
  lang?: string;
}
type Options = OwnOptions & RecordKeepingOptions;

/**
 * `ropa new <id> [dir]`: a new activity file, from flags, or from answers when stdin is a terminal and a
 * main field is missing. The file is validated with the registry before it is written, and an existing file
 * is never replaced.
 */
export async function newActivity(
  id: string,
  dir: string,
  opts: Options,
  ctx: RunContext,
  stdin: NodeJS.ReadableStream & { isTTY?: boolean } = ctx.stdin ?? process.stdin,
): Promise<number> {
  const flagLang = authoringLang(opts.lang, ctx, dir);
  const { root, registry } = openForAuthoring(id, dir, ctx.cwd);
  // The id is the file's name: one that Windows keeps for a device could not be checked out there.
  if (windowsReserved(id)) throw new UserError('authoring.new.reserved-id', { id });
  // --lang, then ROPA_LANG, then the registry's first language, as `ropa add` and the views choose.
  const lang: Lang = viewLang(flagLang, ctx, registry);
  const path = join(root, 'activities', `${id}.yaml`);
  // activities/ may be a link: followed only while it stays inside the registry, as the loader does.
  if (!insideRegistry(join(root, 'activities'), root))
    throw new UserError('authoring.new.outside-registry', { path: displayPath(join(root, 'activities'), ctx.cwd) }, 1);
  const taken = [path, join(root, 'activities', `${id}.yml`)].find((p) => existsSync(p)) ?? registry.activities.find((a) => a.id === id)?.file.path;
  if (taken) throw new UserError('authoring.new.exists', { id, path: displayPath(taken, ctx.cwd) });

  let given = fromFlags(id, opts);
  const joint = jointControllersOption(
    opts.jointController,
    opts.jointResponsibilities,
    registry.organisation?.value.jointControllers ?? {},
    opts.jointContact,
  );
  if (joint !== undefined) given.jointControllers = joint;
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
  given = withArt10(given, registry);
  if (given.rightsRestrictions !== undefined) given = { ...given, rightsRestrictions: mergeRestrictions(given.rightsRestrictions) };
  for (const d of given.disclosures ?? [])
    if (!(Array.isArray(given.recipients) && given.recipients.includes(d.recipient)))
      throw new UserError('authoring.new.disclosure-not-recipient', { recipient: d.recipient });
  if (given.title === undefined) throw new UserError('authoring.new.title-required');
  if (given.bases?.length && given.purpose === undefined) throw new UserError('authoring.new.basis-without-purpose');
  purposeRefusals(given);
  if (given.laws?.length && !given.bases?.some((b) => NEEDS_LAW.includes(b))) throw new UserError('authoring.new.law-without-basis');
  for (const code of Object.keys(given.lawsByBasis ?? {})) {
    if (!given.bases?.includes(code as GdprBasisCode)) throw new UserError('authoring.new.law-basis-missing', { code });
  }
  if (opts.consequences !== undefined && opts.collection === undefined) throw new UserError('authoring.new.consequences-without-collection');
  if (given.consentMethod !== undefined && !allBases(given).some((b) => CONSENT.includes(b)))
    throw new UserError('authoring.new.consent-method-without-consent');
  if (given.researchOrStatistics !== undefined && given.purpose === undefined) throw new UserError('authoring.new.art89-without-purpose');
  if (given.directMarketing !== undefined && given.purpose === undefined) throw new UserError('authoring.new.direct-marketing-without-purpose');
  // A restriction rights-restriction-reference would flag is refused here, with its reason: never written to be flagged later.
  for (const x of given.rightsRestrictions ?? []) {
    const reason = restrictionRefusal(registry, given, x, lang, path);
    if (reason !== undefined) throw new UserError('authoring.new.restriction-refused', { value: `${x.right}=${x.gdpr ?? ''}`, reason });
  }
  if (given.childConsentAge !== undefined && !allBases(given).some((b) => CONSENT.includes(b)))
    throw new UserError('authoring.new.child-consent-age-without-consent');

  const text = yamlText(buildActivity(given), 'activity', path, root);
  const staged = new Staged(root, registry);
  const entryFiles = (given.newEntries ?? []).map((e) => ({ ...e, path: staged.addEntry(e.catalogue, e.id, e.entry) }));
  staged.addFile(path, 'activity', text);
  const { errors, sources } = staged.newErrors();
  if (errors.length > 0) {
    await reportFindings(ctx, lang, errors, [...registry.files, ...sources], 'new');
    ctx.stderr.write(`ropa: ${t(lang, 'authoring.new.not-written', { path: displayPath(path, ctx.cwd) })}\n`);
    return 1;
  }
  staged.write();
  for (const e of entryFiles) {
    ctx.stdout.write(
      `${t(lang, 'authoring.add.added', { kind: t(lang, `authoring.kind.${kindOfCatalogue(e.catalogue)}`), id: e.id, path: displayPath(e.path, ctx.cwd) })}\n`,
    );
  }
  const shown = { id, path: displayPath(path, ctx.cwd), dir: displayPath(root, ctx.cwd) };
  ctx.stdout.write(`${t(lang, 'authoring.new.created', shown)}\n`);
  // Not yet approved (a draft unless --approval or the question said otherwise): the official record leaves it out.
  const approval = given.approval ?? 'draft';
  if (approval !== 'approved')
    ctx.stdout.write(`${t(lang, 'authoring.new.not-approved', { ...shown, approval: t(lang, `authoring.approval.${approval}`) })}\n`);
  return 0;
}

function fromFlags(id: string, opts: Options): NewActivity {
  const bases = opts.basis?.flatMap((b) => basisCodes(b, '--basis'));
  const recipients = opts.recipients === undefined ? undefined : opts.recipients.trim() === 'none' ? 'none' : list(opts.recipients);
  const out: NewActivity = { id };
  const title = localTextOption(opts.title, '--title');
  const description = localTextOption(opts.description, '--description');
  const purpose = localTextOption(opts.purpose, '--purpose');
  if (title !== undefined) out.title = title;
  if (description !== undefined) out.description = description;
  if (purpose !== undefined) out.purpose = purpose;
  if (bases !== undefined) out.bases = bases;
  // `A9-2-g=helseregisterloven § 11`: the law of that Art. 9(2) or Art. 10 basis; otherwise the Art. 6(3) law.
  for (const ref of opts.law ?? []) addLawOption(ref, out, '--law');
  const morePurposes = morePurposesOption(id, opts);
  if (morePurposes !== undefined) out.morePurposes = morePurposes;
  const purposeCategories = list(opts.purposeCategories);
  if (purposeCategories !== undefined) out.purposeCategories = purposeCategories;
  const purposeSafeguards = list(opts.purposeSafeguards);
  if (purposeSafeguards !== undefined) out.purposeSafeguards = purposeSafeguards;
  if (opts.publicAuthority !== undefined) out.publicAuthority = oneOf(opts.publicAuthority, ['yes', 'no'], '--public-authority') === 'yes';
  const legitimateInterest = localTextOption(opts.legitimateInterest, '--legitimate-interest');
  if (legitimateInterest !== undefined) out.legitimateInterest = legitimateInterest;
  const nationalIdNeed = localTextOption(opts.nationalIdNeed, '--national-id-need');
  if (nationalIdNeed !== undefined) out.nationalIdNeed = nationalIdNeed;
  const consentWithdrawal = localTextOption(opts.consentWithdrawal, '--consent-withdrawal');
  if (consentWithdrawal !== undefined) out.consentWithdrawal = consentWithdrawal;
  if (opts.consentMethod !== undefined) {
    out.consentMethod = oneOf(opts.consentMethod, consentMethods(), '--consent-method');
  }
  if (opts.childConsentAge !== undefined) {
    out.childConsentAge = childConsentAgeOf(opts.childConsentAge);
    if (out.childConsentAge === undefined) throw new UserError('authoring.new.bad-child-consent-age', { value: opts.childConsentAge });
  }
  if (opts.criminalDataGround !== undefined)
    out.criminalDataGround = oneOf(opts.criminalDataGround, criminalDataGrounds(), '--criminal-data-ground') as NewActivity['criminalDataGround'];
  if (opts.section11Condition !== undefined) {
    out.section11Condition = oneOf(opts.section11Condition, section11Conditions(), '--section-11-condition') as NewActivity['section11Condition'];
    if (out.criminalDataGround !== 'section-11') throw new UserError('authoring.new.condition-without-section-11');
  }
  if (opts.risk !== undefined) {
    // Each criterion by its schema key (employeeMonitoring) or in kebab case (employee-monitoring).
    const keys = riskFactorKeys();
    const kebab = (k: string): string => k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    out.riskFactors = (list(opts.risk) ?? []).map((r) => keys.find((k) => k === r || kebab(k) === r) ?? oneOf(r, keys.map(kebab), '--risk'));
  }
  if (opts.collection !== undefined) {
    const requirement = oneOf(opts.collection, schemaEnum('activity', 'properties', 'collection', 'properties', 'requirement'), '--collection') as NonNullable<
      Activity['collection']
    >['requirement'];
    const consequences = localTextOption(opts.consequences, '--consequences');
    out.collection = { requirement, ...(consequences !== undefined ? { consequences } : {}) };
  }
  if (opts.transfers !== undefined) out.transfers = transfersOption(opts.transfers);
  out.transfers = withTransferDetails(out.transfers, opts);
  if (out.transfers === undefined) delete out.transfers;
  if (opts.retention !== undefined) out.retention = opts.retention.map(retentionOption);
  const measures = list(opts.securityMeasures);
  if (measures !== undefined) out.securityMeasures = measures;
  if (opts.information !== undefined) {
    const methods = schemaEnum('activity', 'properties', 'information', 'properties', 'method', 'items');
    out.information = {
      method: (list(opts.information) ?? []).map((m) => oneOf(m, methods, '--information')) as NonNullable<Activity['information']>['method'],
    };
  }
  if (opts.automatedDecisions !== undefined)
    out.automatedDecisions = { used: oneOf(opts.automatedDecisions, ['yes', 'no'], '--automated-decisions') === 'yes' };
  // `none`: no right is restricted, so the question is not asked (nothing is written, as for an activity that restricts nothing).
  if (opts.restrict !== undefined) {
    const given = opts.restrict.filter((x) => x.trim() !== 'none');
    // Both said at once: which was meant is not for ropa to guess (the right was written and `none` dropped).
    if (given.length > 0 && given.length < opts.restrict.length) throw new UserError('authoring.new.restrict-none-and-rights', { value: given[0]! });
    out.rightsRestrictions = given.map(restrictOption);
  }
  if (opts.art89Purpose !== undefined) out.researchOrStatistics = oneOf(opts.art89Purpose, ['research', 'statistics', 'archiving'] as const, '--art89-purpose');
  if (opts.directMarketing !== undefined) out.directMarketing = oneOf(opts.directMarketing, ['yes', 'no'], '--direct-marketing') === 'yes';
  // Said of the decisions --automated-decisions records: without it there is no block to put them in.
  if ((opts.humanReview !== undefined || opts.automatedException !== undefined) && out.automatedDecisions === undefined)
    throw new UserError('authoring.new.human-review-without-automated');
  if (opts.automatedException !== undefined && out.automatedDecisions !== undefined) {
    const exception = oneOf(opts.automatedException, automatedExceptions(), '--automated-exception') as NonNullable<
      NonNullable<Activity['automatedDecisions']>['exception']
    >;
    const law = exception === 'law' ? (opts.automatedLaw ?? []).map(parseLawRef) : [];
    out.automatedDecisions = { ...out.automatedDecisions, exception, ...(law.length > 0 ? { law } : {}) };
  }
  if (opts.automatedLaw !== undefined && out.automatedDecisions?.exception !== 'law') throw new UserError('authoring.new.automated-law-without-exception');
  if (opts.humanReview !== undefined && out.automatedDecisions !== undefined) {
    const humanReview = oneOf(opts.humanReview, humanReviewKinds(), '--human-review') as NonNullable<
      NonNullable<Activity['automatedDecisions']>['humanReview']
    >;
    out.automatedDecisions = { ...out.automatedDecisions, humanReview };
  }
  for (const [key, value] of [
    ['subjects', opts.subjects],
    ['categories', opts.categories],
    ['sources', opts.sources],
    ['processors', opts.processors],
  ] as const) {
    const ids = list(value);
    if (ids !== undefined) out[key] = ids;
  }
  if (recipients !== undefined) out.recipients = recipients;
  if (opts.disclosure !== undefined) out.disclosures = opts.disclosure.map(disclosureOption);
  Object.assign(out, recordKeepingFromFlags(opts));
  if (opts.group !== undefined) out.group = opts.group;
  if (opts.status !== undefined) out.status = oneOf(opts.status, schemaEnum('activity', 'properties', 'status'), '--status') as Activity['status'];
  return out;
}

/**
 * A ground for criminal-offence data makes the purpose rest on A10: personopplysningsloven § 11 is cited for `section-11`
 * (added to the laws catalogue where it is not there), and official authority takes the task law of A6-1-c or A6-1-e
 * where --law A10= gives none.
 */
function withArt10(given: NewActivity, registry: Registry): NewActivity {
  const ground = given.criminalDataGround;
  if (ground === undefined) return given;
  const out: NewActivity = { ...given, bases: given.bases?.includes('A10') ? given.bases : [...(given.bases ?? []), 'A10'] };
  const own = given.lawsByBasis?.A10 ?? [];
  let law = own;
  if (ground === 'section-11') {
    const added = new Map<string, { catalogue: CatalogueKind; id: string; entry: Record<string, unknown> }>();
    const pol = section11Ref(registry, added) as { law: string; section: string };
    const cited = own.some((l) => typeof l !== 'string' && l.law === pol.law && sectionIds(l.section).includes('11'));
    if (!cited) {
      law = [pol, ...own];
      const staged = new Set((given.newEntries ?? []).map((e) => `${e.catalogue}/${e.id}`));
      out.newEntries = [...(given.newEntries ?? []), ...[...added.values()].filter((e) => !staged.has(`${e.catalogue}/${e.id}`))];
    }
  }
  if (ground === 'official-authority' && own.length === 0 && given.laws?.length) law = given.laws;
  if (law.length > 0) out.lawsByBasis = { ...given.lawsByBasis, A10: law };
  return out;
}
/** `skatteetaten=A6-1-c:skatteforvaltningsloven § 7-2`: the recipient, the Art. 6(1) basis of the disclosure, its laws (`;` between). */
function disclosureOption(value: string): Disclosure {
  const m = /^\s*([^=\s]+)\s*=\s*(A6-1-[a-f])\s*(?::\s*(.+))?$/i.exec(value);
  if (!m) throw new UserError('authoring.new.bad-disclosure', { value });
  const law = (m[3] ?? '')
    .split(';')
    .map((x) => x.trim())
    .filter((x) => x !== '')
    .map(parseLawRef);
  return {
    recipient: m[1]!,
    basis: m[2]!.toUpperCase().replace(/-([A-F])$/, (_, c: string) => `-${c.toLowerCase()}`) as Disclosure['basis'],
    ...(law.length > 0 ? { law } : {}),
  };
}

/** `none`, or countries outside the EEA with their Chapter V mechanism: `US:A46-2-c,IN`. */
function transfersOption(value: string): Transfer[] | 'none' {
  if (value.trim() === 'none') return 'none';
  const mechanisms = schemaEnum('activity', 'definitions', 'transfer', 'properties', 'mechanism');
  return (list(value) ?? []).map((item) => {
    const [country = '', mechanism] = item.split(':').map((x) => x.trim());
    return { country: country.toUpperCase(), ...(mechanism ? { mechanism: oneOf(mechanism, mechanisms, '--transfers') as TransferMechanism } : {}) };
  });
}

/** `P5Y`, `permanent` or a retention policy's id, for every data category or, as `category=P5Y`, for one. */
function retentionOption(value: string): Retention {
  const m = /^\s*([^=]+?)\s*=\s*(.+?)\s*$/.exec(value);
  const [categories, rule] = m ? [[m[1]!], m[2]!] : [undefined, value.trim()];
  const duration = new RegExp((schemaNode('common', 'definitions', 'duration') as { pattern: string }).pattern);
  const what: Retention = rule === 'permanent' ? { permanent: true } : duration.test(rule) ? { period: rule } : { policy: rule };
  return { ...(categories ? { categories } : {}), ...what };
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
