import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { Document } from 'yaml';
import type { FileKind } from '../parse/source.js';
import type {
  Activity,
  CatalogueKind,
  Disclosure,
  GdprBasisCode,
  LawRef,
  LegalBasis,
  LocalText,
  Retention,
  RightsRestriction,
  Transfer,
} from '../model/types.js';
import { packagePath } from '../util/paths.js';
import { SCHEMA_FILES } from '../validate/schema.js';
import { formatYaml } from './format.js';
import type { Registry } from '../model/registry.js';
import { canonicalData, rootSchema, schemaEnum, schemaNode } from './schema-order.js';

/** What `ropa new` knows about the activity, from flags and answers. */
export interface NewActivity {
  id: string;
  title?: LocalText | undefined;
  description?: LocalText | undefined;
  purpose?: LocalText | undefined;
  bases?: GdprBasisCode[] | undefined;
  /** The data categories the first purpose uses (purposes[0].dataCategories): given where the activity has several purposes. */
  purposeCategories?: string[] | undefined;
  /** The first purpose's own Art. 89(1) safeguards (purposes[0].safeguards): ids in the securityMeasures catalogue. */
  purposeSafeguards?: string[] | undefined;
  /** Further purposes, each with its own id, legal bases, laws and data categories (activity.schema.json's purposes). */
  morePurposes?: MorePurpose[] | undefined;
  /** The activity is (true) or is not (false) carried out as a public authority, where it differs from organisation.yaml. */
  publicAuthority?: boolean | undefined;
  laws?: LawRef[] | undefined;
  subjects?: string[] | undefined;
  categories?: string[] | undefined;
  /** Why the national identity number is needed (personopplysningsloven § 12): asked where a category is one. */
  nationalIdNeed?: LocalText | undefined;
  sources?: string[] | undefined;
  recipients?: string[] | 'none' | undefined;
  /** The basis of disclosing to each recipient that is a controller (activity.schema.json's disclosures). */
  disclosures?: Disclosure[] | undefined;
  /** Joint controllers (Art. 26) named in organisation.yaml, with the arrangement where given. */
  jointControllers?: NonNullable<Activity['jointControllers']> | undefined;
  processors?: string[] | undefined;
  group?: string | undefined;
  status?: Activity['status'] | undefined;
  /** The law for an Art. 9(2) or Art. 10 basis that needs one (asked per basis). */
  lawsByBasis?: Partial<Record<GdprBasisCode, LawRef[]>> | undefined;
  legitimateInterest?: LocalText | undefined;
  consentWithdrawal?: LocalText | undefined;
  /** How consent is given (A6-1-a, A9-2-a): common.schema.json's consentMethod. */
  consentMethod?: string | undefined;
  /** The age from which a child's own consent is accepted (A6-1-a, A9-2-a): common.schema.json's childConsentAge. */
  childConsentAge?: number | undefined;
  /** For A10: what allows the criminal-offence data (common.schema.json's criminalDataGround). */
  criminalDataGround?: LegalBasis['criminalDataGround'] | undefined;
  /** For A10 on personopplysningsloven § 11: the condition it applies (common.schema.json's section11Condition). */
  section11Condition?: LegalBasis['section11Condition'] | undefined;
  /** The DPIA criteria that describe the processing (activity.schema.json's riskFactors), each set to true. */
  riskFactors?: string[] | undefined;
  /** The DPIA (activity.schema.json's dpia): asked where the screening finds one required or likely. `{}`: asked, none given. */
  dpia?: Activity['dpia'] | undefined;
  /** Systems the data lives in: ids in the systems catalogue. */
  systems?: string[] | undefined;
  /** Where the entry is in its review (activity.schema.json's approval); `draft` when not given. */
  approval?: Activity['approval'] | undefined;
  /** Who keeps the entry up to date, and the unit responsible day to day (activity.schema.json's owner, responsibleUnit). */
  owner?: Activity['owner'] | undefined;
  responsibleUnit?: LocalText | undefined;
  /** The entry's last review, by whom, and the next (activity.schema.json's review). `{}`: asked, none given. */
  review?: Activity['review'] | undefined;
  securityMeasures?: string[] | undefined;
  transfers?: Transfer[] | 'none' | undefined;
  retention?: Retention[] | undefined;
  collection?: Activity['collection'] | undefined;
  information?: Activity['information'] | undefined;
  automatedDecisions?: Activity['automatedDecisions'] | undefined;
  /** The purpose is archiving, research or statistics (Art. 89(1)): asked where a restriction rests on Art. 89 or § 17. */
  researchOrStatistics?: NonNullable<Activity['purposes']>[number]['researchOrStatistics'] | undefined;
  /** The purpose is direct marketing, or is not (Art. 21(2)-(3)): asked where its words or its basis (consent, 6(1)(f)) suggest it. */
  directMarketing?: boolean | undefined;
  /** Restricted rights, each with its GDPR provision and law (Art. 23, 89(2)-(3)): src/authoring/restrictions.ts. */
  rightsRestrictions?: RightsRestriction[] | undefined;
  /** Catalogue entries added on the spot, written with the activity. */
  newEntries?: { catalogue: CatalogueKind; id: string; entry: Record<string, unknown> }[] | undefined;
}

/**
 * A purpose after the first: `ropa new --also-purpose ID=TEXT` with --also-basis, --also-law, --also-categories,
 * --also-research and --also-safeguards, or asked.
 */
export interface MorePurpose {
  id: string;
  description: LocalText;
  bases?: GdprBasisCode[] | undefined;
  /** The Art. 6(3) law of its A6-1-c or A6-1-e basis. */
  laws?: LawRef[] | undefined;
  /** The law of each Art. 9(2) or Art. 10 basis that needs one. */
  lawsByBasis?: Partial<Record<GdprBasisCode, LawRef[]>> | undefined;
  categories?: string[] | undefined;
  /** Archiving in the public interest, research or statistics (Art. 89(1)), and that purpose's own safeguards. */
  researchOrStatistics?: NewActivity['researchOrStatistics'];
  safeguards?: string[] | undefined;
}

/** Every legal basis the activity's purposes rest on: the first purpose's and those of --also-purpose. */
export const allBases = (n: NewActivity): GdprBasisCode[] => [...new Set([...(n.bases ?? []), ...(n.morePurposes ?? []).flatMap((p) => p.bases ?? [])])];

/** The bases that need a supplementary law setting out the purpose (Art. 6(3)): the national law goes with them. */
export const NEEDS_LAW: readonly string[] = ['A6-1-c', 'A6-1-e'];

/**
 * The Art. 9(2) and Art. 10 bases that apply only as provided by Union or national law: (b), (g), (h), (i),
 * (j), and Art. 10 (processing not under official authority must be authorised by law). `ropa new` asks for
 * the law of each.
 */
export const NEEDS_LAW_ART9_10: readonly string[] = ['A9-2-b', 'A9-2-g', 'A9-2-h', 'A9-2-i', 'A9-2-j', 'A10'];
export const CONSENT: readonly string[] = ['A6-1-a', 'A9-2-a'];

/** `statistikkloven § 10`: the law's id in the laws catalogue, then the section as printed. */
export function parseLawRef(text: string): LawRef {
  const [law = '', ...rest] = text.trim().split(/\s+/);
  const section = rest.join(' ');
  return section ? { law, section } : { law };
}

/** The activity a new entry starts as: a draft, with one purpose (named like the activity) carrying the legal bases. */
export function buildActivity(n: NewActivity): Activity {
  // The details of a basis kind (the legitimate interest, consent's withdrawal and method, A10's ground) are the activity's,
  // written on every purpose that rests on that basis; the laws are each purpose's own.
  const basisOf = (code: GdprBasisCode, laws: LawRef[] | undefined, lawsByBasis: MorePurpose['lawsByBasis']): LegalBasis => {
    const law = lawsByBasis?.[code] ?? (NEEDS_LAW.includes(code) ? laws : undefined);
    return {
      gdpr: code,
      ...(law?.length ? { law } : {}),
      ...(code === 'A6-1-f' && n.legitimateInterest !== undefined ? { legitimateInterest: n.legitimateInterest } : {}),
      ...(CONSENT.includes(code) && n.consentWithdrawal !== undefined ? { consentWithdrawal: n.consentWithdrawal } : {}),
      ...(CONSENT.includes(code) && n.consentMethod !== undefined ? { consentMethod: n.consentMethod as NonNullable<LegalBasis['consentMethod']> } : {}),
      ...(CONSENT.includes(code) && n.childConsentAge !== undefined ? { childConsentAge: n.childConsentAge } : {}),
      ...(code === 'A10' && n.criminalDataGround !== undefined ? { criminalDataGround: n.criminalDataGround } : {}),
      ...(code === 'A10' && n.section11Condition !== undefined ? { section11Condition: n.section11Condition } : {}),
    };
  };
  const basis = (code: GdprBasisCode): LegalBasis => basisOf(code, n.laws, n.lawsByBasis);
  const more = (n.morePurposes ?? []).map((p) => ({
    id: p.id,
    description: p.description,
    ...(p.bases?.length ? { legalBasis: p.bases.map((code) => basisOf(code, p.laws, p.lawsByBasis)) } : {}),
    ...(p.researchOrStatistics !== undefined ? { researchOrStatistics: p.researchOrStatistics } : {}),
    ...(p.safeguards?.length ? { safeguards: p.safeguards } : {}),
    ...(p.categories?.length ? { dataCategories: p.categories } : {}),
  }));
  const activity: Activity = {
    id: n.id,
    title: n.title ?? n.id,
    ...(n.description !== undefined ? { description: n.description } : {}),
    status: n.status ?? 'active',
    approval: n.approval ?? 'draft',
    ...(n.group !== undefined ? { noticeGroup: n.group } : {}),
    ...(n.responsibleUnit !== undefined ? { responsibleUnit: n.responsibleUnit } : {}),
    ...(n.owner !== undefined && Object.keys(n.owner).length > 0 ? { owner: n.owner } : {}),
    // Joint controllers make the activity's role joint-controller (Art. 26): the notice gives the arrangement's essence then.
    ...(n.jointControllers?.length ? { role: 'joint-controller' as const } : {}),
    ...(n.publicAuthority !== undefined ? { publicAuthority: n.publicAuthority } : {}),
    ...(n.purpose !== undefined
      ? {
          purposes: [
            {
              id: n.id,
              description: n.purpose,
              ...(n.bases?.length ? { legalBasis: n.bases.map(basis) } : {}),
              ...(n.researchOrStatistics !== undefined ? { researchOrStatistics: n.researchOrStatistics } : {}),
              ...(n.directMarketing !== undefined ? { directMarketing: n.directMarketing } : {}),
              ...(n.purposeSafeguards?.length ? { safeguards: n.purposeSafeguards } : {}),
              ...(n.purposeCategories?.length ? { dataCategories: n.purposeCategories } : {}),
            },
            ...more,
          ],
        }
      : {}),
    ...(n.subjects?.length ? { dataSubjects: n.subjects } : {}),
    ...(n.categories?.length ? { dataCategories: n.categories } : {}),
    ...(n.nationalIdNeed !== undefined ? { nationalIdNeed: n.nationalIdNeed } : {}),
    ...(n.sources?.length ? { sources: n.sources } : {}),
    ...(n.recipients !== undefined && (n.recipients === 'none' || n.recipients.length > 0) ? { recipients: n.recipients } : {}),
    ...(n.disclosures?.length ? { disclosures: n.disclosures } : {}),
    ...(n.jointControllers?.length ? { jointControllers: n.jointControllers } : {}),
    ...(n.processors?.length ? { processors: n.processors } : {}),
    ...(n.systems?.length ? { systems: n.systems } : {}),
    ...(n.collection !== undefined ? { collection: n.collection } : {}),
    ...(n.transfers !== undefined ? { transfers: n.transfers } : {}),
    ...(n.retention?.length ? { retention: n.retention } : {}),
    ...(n.securityMeasures?.length ? { securityMeasures: n.securityMeasures } : {}),
    ...(n.automatedDecisions !== undefined ? { automatedDecisions: n.automatedDecisions } : {}),
    ...(n.riskFactors?.length ? { riskFactors: Object.fromEntries(n.riskFactors.map((k) => [k, true])) as NonNullable<Activity['riskFactors']> } : {}),
    ...(n.dpia !== undefined && Object.keys(n.dpia).length > 0 ? { dpia: n.dpia } : {}),
    ...(n.information !== undefined ? { information: n.information } : {}),
    ...(n.rightsRestrictions?.length ? { rightsRestrictions: n.rightsRestrictions } : {}),
    ...(n.review !== undefined && Object.keys(n.review).length > 0 ? { review: n.review } : {}),
  };
  return canonicalData(activity, rootSchema('activity')) as Activity;
}

/**
 * The schema a new file's modeline points at: the registry's own copy (`ropa init` writes one into
 * `schemas/`), else the schemas of the installed ropa.
 */
export function modelinePath(fileDir: string, root: string, kind: FileKind): string {
  const own = join(root, 'schemas', SCHEMA_FILES[kind]);
  return schemaRef(fileDir, existsSync(own) ? own : packagePath('schemas', SCHEMA_FILES[kind]));
}

/** A schema path relative to a YAML file's folder, as yaml-language-server reads it: forward slashes, `./` or `../` first. */
export function schemaRef(fileDir: string, schema: string): string {
  const r = relative(fileDir, schema).split(sep).join('/');
  return r.startsWith('../') ? r : `./${r}`;
}

export const modeline = (schemaPath: string): string => ` yaml-language-server: $schema=${schemaPath}`;

/** YAML text for new data: the modeline, keys in canonical order, canonical quoting. */
export function yamlText(data: unknown, kind: FileKind, file: string, root: string): string {
  const doc = new Document(data);
  // On the mapping rather than the document: a document comment is printed with a blank line after it.
  (doc.contents as { commentBefore?: string }).commentBefore = modeline(modelinePath(dirname(file), root, kind));
  const text = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  const formatted = formatYaml(text, kind);
  if (!formatted.ok) throw new Error(`new ${kind} file does not format: ${formatted.reason}`);
  return formatted.text;
}

/** How consent may be recorded as given: common.schema.json's consentMethod. */
export function consentMethods(): string[] {
  return schemaEnum('common', 'definitions', 'legalBasis', 'properties', 'consentMethod');
}

/** A child's consent age as `ropa new` takes it (flag or answer): a whole number of years from 1 to 18, else undefined. */
export function childConsentAgeOf(text: string): number | undefined {
  const n = /^\s*(\d{1,2})\s*$/.exec(text);
  const age = n ? Number(n[1]) : NaN;
  return age >= 1 && age <= 18 ? age : undefined;
}

/** What allows criminal-offence data (A10): common.schema.json's criminalDataGround. */
export function criminalDataGrounds(): string[] {
  return schemaEnum('common', 'definitions', 'legalBasis', 'properties', 'criminalDataGround');
}

/** The conditions personopplysningsloven § 11 applies: common.schema.json's section11Condition. */
export function section11Conditions(): string[] {
  return schemaEnum('common', 'definitions', 'legalBasis', 'properties', 'section11Condition');
}

/**
 * personopplysningsloven § 11 as a reference into the registry's laws catalogue: the entry with its Lovdata id, or named
 * `personopplysningsloven`; where there is none, one is added (staged with the activity).
 */
export function section11Ref(registry: Registry, added: Map<string, { catalogue: CatalogueKind; id: string; entry: Record<string, unknown> }>): LawRef {
  const laws = [...registry.catalogues.laws.values()];
  const id =
    laws.find((e) => (e.value as { lovdataId?: string }).lovdataId === POL_LOVDATA_ID)?.id ??
    laws.find((e) => e.id === 'personopplysningsloven')?.id ??
    'personopplysningsloven';
  if (!registry.catalogues.laws.has(id))
    added.set(`laws/${id}`, {
      catalogue: 'laws',
      id,
      entry: { title: 'personopplysningsloven', lovdataId: POL_LOVDATA_ID, url: 'https://lovdata.no/lov/2018-06-15-38' },
    });
  return { law: id, section: '§ 11' };
}
const POL_LOVDATA_ID = 'LOV-2018-06-15-38';

/** The Art. 22(2) exceptions: activity.schema.json's automatedDecisions.exception. */
export function automatedExceptions(): string[] {
  return schemaEnum('activity', 'properties', 'automatedDecisions', 'properties', 'exception');
}

/** Whether a person looks at automated decisions: activity.schema.json's automatedDecisions.humanReview. */
export function humanReviewKinds(): string[] {
  return schemaEnum('activity', 'properties', 'automatedDecisions', 'properties', 'humanReview');
}

/** The DPIA criteria an activity records: activity.schema.json's riskFactors, in the schema's order. */
export function riskFactorKeys(): string[] {
  return Object.keys(schemaNode('activity', 'properties', 'riskFactors', 'properties') as Record<string, unknown>);
}
