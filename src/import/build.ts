import { t, LANGUAGES, type Lang } from '../i18n/index.js';
import { windowsReserved } from '../util/portable.js';
import type { MessageArgs } from '../model/finding.js';
import type {
  Activity,
  CatalogueEntries,
  CatalogueKind,
  Contact,
  DataCategory,
  GdprBasisCode,
  LawRef,
  LegalBasis,
  Organisation,
  Party,
  Processor,
  Purpose,
  Retention,
  RightsRestriction,
  SecurityMeasure,
  Source,
  SourceType,
  Transfer,
} from '../model/types.js';
import { RISK_FACTORS } from '../model/types.js';
import { Ids, slug } from './slug.js';
import type { Field } from './labels.js';
import type { SourceRow, Table } from './table.js';
import { lovdataUrl } from './known-laws.js';
import {
  DPIA_STATUSES,
  EMAIL,
  MECHANISMS,
  NONE_RECIPIENTS,
  NONE_TRANSFERS,
  ORGANISATIONAL,
  PHONE,
  RECIPIENT_WORDS,
  RIGHTS,
  SOURCE_TYPES,
  SOURCE_WORDS,
  SPECIAL_WORDS,
  TECHNICAL,
  UNRECORDED,
  addressOf,
  contactOf,
  cut,
  fold,
  isoDate,
  matchTemplate,
  shorten,
  splitList,
  termOf,
  unique,
} from './vocabulary.js';
import {
  basisCitations,
  basisCodes,
  basisFromPhrase,
  countryCode,
  lawCitations,
  mechanismOf,
  onlyThese,
  readRetention,
  yesNo,
  type LawCitation,
} from './words.js';

/**
 * The imported rows turned into activities and catalogue entries. What the words say with certainty becomes
 * the model; what they do not is kept as text, with a comment at the place it was kept and a line in the
 * summary. Nothing from the source is dropped without one or the other.
 */

/** A `# import: …` comment at a path in a file's data. */
export interface Remark {
  path: (string | number)[];
  id: string;
  args: MessageArgs;
}

export interface BuiltFile {
  /** Relative to the registry root. */
  path: string;
  kind: 'organisation' | 'activity' | 'catalogue';
  data: Record<string, unknown>;
  remarks: Remark[];
  /** Extra comment lines at the top (after the schema line). */
  head: { id: string; args: MessageArgs }[];
}

/** A line of the import summary. */
export interface SummaryLine {
  row?: number;
  column?: string;
  activity?: string;
  id: string;
  args: MessageArgs;
}

export interface Existing {
  activities: ReadonlySet<string>;
  /** Per catalogue: folded name → id. */
  names: { [K in CatalogueKind]: Map<string, string> };
  ids: { [K in CatalogueKind]: Set<string> };
  jointControllers: Set<string>;
  organisation?: Organisation;
}

export interface BuildOptions {
  source: string;
  format: string;
  lang: Lang;
  publicAuthority: boolean;
  existing?: Existing;
  /** ropa's workbook: each activity's recorded risk factors (its DPIA sheet), by title. */
  riskFactors?: ReadonlyMap<string, string>;
  /** ropa's workbook: its processors sheet, by name. */
  processors?: ReadonlyMap<string, Record<string, string>>;
}

export interface Built {
  activities: BuiltFile[];
  /** Activities the registry already has: not written. */
  skipped: { id: string; row: number }[];
  catalogues: { [K in CatalogueKind]: Map<string, { entry: CatalogueEntries[K]; remarks: Remark[] }> };
  organisation?: { data: Organisation; remarks: Remark[] };
  summary: SummaryLine[];
}

class Builder {
  readonly summary: SummaryLine[] = [];
  readonly catalogues = {
    laws: new Map(),
    dataSubjects: new Map(),
    dataCategories: new Map(),
    sources: new Map(),
    recipients: new Map(),
    processors: new Map(),
    systems: new Map(),
    securityMeasures: new Map(),
    retentionPolicies: new Map(),
  } as Built['catalogues'];
  private readonly names = {} as Record<CatalogueKind, Map<string, string>>;
  private readonly ids = {} as Record<CatalogueKind, Ids>;
  private readonly activityIds: Ids;
  private organisation: { data: Organisation; remarks: Remark[] } | undefined;
  private readonly jointIds: Ids;
  private readonly jointByName = new Map<string, string>();
  /** The row being read, for summary lines. */
  private row = 0;
  private activity = '';
  private remarks: Remark[] = [];

  constructor(
    private readonly table: Table,
    private readonly opts: BuildOptions,
  ) {
    const ex = opts.existing;
    for (const kind of Object.keys(this.catalogues) as CatalogueKind[]) {
      this.names[kind] = new Map(ex?.names[kind] ?? []);
      this.ids[kind] = new Ids(ex?.ids[kind] ?? []);
    }
    this.activityIds = new Ids(ex?.activities ?? []);
    this.jointIds = new Ids(ex?.jointControllers ?? []);
  }

  private get ropa(): boolean {
    return this.table.ropa !== undefined;
  }

  /** Splits a cell into its items: ` | ` in Behandlingsoversikt, one per line elsewhere. */
  private items(value: string | undefined): string[] {
    if (value === undefined) return [];
    const v = value.trim();
    if (v === '' || v === '-' || UNRECORDED.has(fold(v))) return [];
    // Behandlingsoversikt joins lists with « | »; its free-text fields and every spreadsheet put one item a line.
    const parts = this.table.behandlingsoversikt ? v.split(' | ').flatMap((p) => p.split(/\r?\n/)) : v.split(/\r?\n/);
    return parts.map((p) => p.replace(/^\s*(?:[-•*·▪–]\s+)/, '').trim()).filter((p) => p !== '' && p !== '-');
  }

  private cell(row: SourceRow, field: Field): string | undefined {
    const v = row.cells.get(field)?.value.trim();
    if (v === undefined || v === '' || v === '-' || UNRECORDED.has(fold(v))) return undefined;
    return v;
  }

  private header(row: SourceRow, field: Field): string {
    return row.cells.get(field)?.column.header ?? field;
  }

  /** Keeps a value as text in `custom`, with a remark on it and a summary line. */
  private keep(activity: Activity, row: SourceRow, field: Field, value: string, id: string, args: MessageArgs = {}): void {
    const key = this.header(row, field);
    activity.custom = { ...(activity.custom ?? {}), [key]: value };
    this.remark(['custom', key], id, { ...args, value: shorten(value) });
    this.note(row, key, id, { ...args, value: shorten(value) });
  }

  private remark(path: (string | number)[], id: string, args: MessageArgs = {}): void {
    this.remarks.push({ path, id, args });
  }

  private note(row: SourceRow | undefined, column: string | undefined, id: string, args: MessageArgs = {}): void {
    this.summary.push({ ...(row ? { row: row.row } : {}), ...(column ? { column } : {}), ...(this.activity ? { activity: this.activity } : {}), id, args });
  }

  /** The id of the catalogue entry with this name, made when there is none. */
  private entry<K extends CatalogueKind>(kind: K, name: string, make: () => CatalogueEntries[K], remarks: Remark[] = []): string {
    const key = fold(name);
    const found = this.names[kind].get(key);
    if (found !== undefined) return found;
    const id = this.ids[kind].next(name, kind === 'laws' ? 'law' : 'entry');
    this.names[kind].set(key, id);
    this.catalogues[kind].set(id, { entry: make(), remarks });
    return id;
  }

  private law(c: LawCitation): LawRef {
    const id = this.entry(
      'laws',
      c.title,
      () => ({
        title: c.title,
        ...(c.lovdataId ? { lovdataId: c.lovdataId, url: lovdataUrl(c.lovdataId) } : {}),
      }),
      /^(LOV|FOR)-/.test(c.title) ? [{ path: ['title'], id: 'import.remark.law-title', args: { id: c.title } }] : [],
    );
    return { law: id, ...(c.section ? { section: c.section } : {}), ...(c.url && c.section ? { url: c.url } : {}) };
  }

  /** Law references from a text: each citation, or the whole text as a free-text reference. */
  private laws(text: string, path: (string | number)[], row: SourceRow, column: string): LawRef[] {
    const cites = lawCitations(text);
    if (cites.length > 0 && onlyThese(text, cites)) return cites.map((c) => this.law(c));
    this.remark(path, 'import.remark.law-text', { value: shorten(text) });
    this.note(row, column, 'import.remark.law-text', { value: shorten(text) });
    return [text];
  }

  organisationFrom(row: SourceRow): void {
    const get = (f: Field): string | undefined => this.cell(row, f);
    const name = get('organisationName');
    if (name === undefined && this.organisation !== undefined) return;
    const contactOf = (n?: string, address?: string, email?: string, phone?: string): Contact | undefined => {
      const c: Contact = {
        ...(n ? { name: n } : {}),
        ...(email && EMAIL.test(email) ? { email } : {}),
        ...(phone && PHONE.test(phone) ? { phone } : {}),
        ...(address ? { address: { lines: [address] } } : {}),
      };
      return Object.keys(c).length > 0 ? c : undefined;
    };
    if (this.organisation === undefined) {
      const number = get('organisationNumber')?.replace(/\s/g, '');
      const contact = contactOf(get('organisationContact'), undefined, get('organisationEmail'), get('organisationPhone'));
      const address = get('organisationAddress');
      const dpo = contactOf(get('dpoName'), get('dpoAddress'), get('dpoEmail'), get('dpoPhone'));
      const repName = get('representativeName');
      const representative: Party | undefined = repName
        ? {
            name: repName,
            ...(contactOf(undefined, get('representativeAddress'), get('representativeEmail'), get('representativePhone'))
              ? { contact: contactOf(undefined, get('representativeAddress'), get('representativeEmail'), get('representativePhone'))! }
              : {}),
          }
        : undefined;
      const data: Organisation = {
        name: name ?? this.opts.source,
        ...(number && /^[0-9]{9}$/.test(number) ? { organisationNumber: number } : {}),
        publicAuthority: this.opts.publicAuthority,
        ...(address ? { address: { lines: [address] } } : {}),
        ...(contact ? { contact } : {}),
        ...(dpo ? { dpo } : {}),
        ...(representative ? { representative } : {}),
        supervisoryAuthority: { name: 'Datatilsynet', url: 'https://www.datatilsynet.no/' },
        languages: [this.opts.lang],
      };
      const remarks: Remark[] = [
        { path: ['publicAuthority'], id: this.opts.publicAuthority ? 'import.remark.public-authority' : 'import.remark.private', args: {} },
      ];
      if (name === undefined) remarks.push({ path: ['name'], id: 'import.remark.organisation-name', args: {} });
      for (const [f, v] of [
        ['organisationEmail', get('organisationEmail')],
        ['organisationPhone', get('organisationPhone')],
        ['dpoEmail', get('dpoEmail')],
        ['dpoPhone', get('dpoPhone')],
      ] as const) {
        if (v !== undefined && !(f.endsWith('Email') ? EMAIL : PHONE).test(v)) {
          data.custom = { ...(data.custom ?? {}), [this.header(row, f)]: v };
          remarks.push({ path: ['custom', this.header(row, f)], id: 'import.remark.not-read', args: { value: v } });
          this.note(row, this.header(row, f), 'import.remark.not-read', { value: v });
        }
      }
      if (number !== undefined && !/^[0-9]{9}$/.test(number)) {
        data.custom = { ...(data.custom ?? {}), [this.header(row, 'organisationNumber')]: number };
        remarks.push({ path: ['custom', this.header(row, 'organisationNumber')], id: 'import.remark.not-read', args: { value: number } });
      }
      this.organisation = { data, remarks };
    }
  }

  /**
   * The block above the table (ropa's workbook, Datatilsynet's template): the controller's name, number,
   * address, contact and DPO, where its labels say so.
   */
  organisationFromBlock(): void {
    const block = this.table.above ?? [];
    if (block.length === 0) return;
    const is = (label: string, key: string, extra: string[] = []): boolean =>
      [...LANGUAGES.map((l) => t(l, `report.header.${key}`)), ...extra].some((x) => fold(x) === fold(label.replace(/:$/, '')));
    const used = new Set<string>();
    const get = (key: string, extra: string[] = []): string | undefined => {
      const b = block.find((x) => is(x.label, key, extra));
      if (b) used.add(b.label);
      return b?.value;
    };
    const name = get('controller', ['Virksomhet', 'Virksomhetens navn', 'Behandlingsansvarlig virksomhet', 'Organisation', 'Name of controller']);
    if (name === undefined) return;
    const number = get('organisation-number', ['Org.nr.', 'Org.nr', 'Organisasjonsnr.'])?.replace(/\s/g, '');
    const responsible = get('responsible');
    const address = get('address', ['Adresse']);
    const contact = get('contact', ['Kontaktinformasjon']);
    const dpo = get('dpo', ['Personvernombudet', 'DPO']);
    const data: Organisation = {
      name,
      ...(number && /^[0-9]{9}$/.test(number) ? { organisationNumber: number } : {}),
      publicAuthority: this.opts.publicAuthority,
      ...(responsible ? { responsible } : {}),
      ...(address ? { address: addressOf(address) } : {}),
      ...(contact ? { contact: contactOf(contact) } : {}),
      ...(dpo ? { dpo: contactOf(dpo) } : {}),
      supervisoryAuthority: { name: 'Datatilsynet', url: 'https://www.datatilsynet.no/' },
      languages: [this.opts.lang],
    };
    const remarks: Remark[] = [
      { path: ['publicAuthority'], id: this.opts.publicAuthority ? 'import.remark.public-authority' : 'import.remark.private', args: {} },
    ];
    // The report's date is when it was made, not a fact of the record; every other line is kept.
    get('date', ['Dato']);
    for (const b of block.filter((x) => !used.has(x.label))) {
      data.custom = { ...(data.custom ?? {}), [b.label]: b.value };
      remarks.push({ path: ['custom', b.label], id: 'import.remark.not-read', args: { value: shorten(b.value) } });
      this.summary.push({ row: b.row, column: b.label, id: 'import.remark.not-read', args: { value: shorten(b.value) } });
    }
    this.organisation = { data, remarks };
  }

  organisationResult(): Built['organisation'] {
    return this.organisation;
  }

  activityFrom(row: SourceRow): BuiltFile | { skipped: string } {
    this.row = row.row;
    this.remarks = [];
    const title = this.cell(row, 'title')!;
    const wanted = this.cell(row, 'id');
    const existing = this.opts.existing?.activities;
    let id: string;
    if (wanted !== undefined && /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(wanted) && wanted.length <= 80 && !windowsReserved(wanted)) {
      if (existing?.has(wanted)) return { skipped: wanted };
      id = this.activityIds.has(wanted) ? this.activityIds.next(wanted) : (this.activityIds.next(wanted), wanted);
    } else {
      const base = slug(title, 'activity');
      if (existing?.has(base)) return { skipped: base };
      id = this.activityIds.next(title, 'activity');
    }
    this.activity = id;
    const a: Activity = { id, title, status: 'active' };
    const desc = this.cell(row, 'description');
    if (desc) a.description = desc;
    this.status(a, row);
    this.purposes(a, row);
    this.subjectsAndCategories(a, row);
    this.bases(a, row);
    this.special(a, row);
    this.recipients(a, row);
    this.transfers(a, row);
    this.retention(a, row);
    this.simpleRefs(a, row);
    this.owner(a, row);
    this.joint(a, row);
    this.dpia(a, row);
    this.review(a, row);
    this.rights(a, row);
    this.automated(a, row);
    this.riskFactors(a, title);
    for (const c of row.custom) {
      if (c.value.trim() === '' || (this.table.behandlingsoversikt && c.value.trim() === '-')) continue;
      a.custom = { ...(a.custom ?? {}), [c.column.header]: c.value };
      if (c.formula) this.remark(['custom', c.column.header], 'import.remark.formula', {});
    }
    for (const cell of row.cells.values()) if (cell.formula) this.note(row, cell.column.header, 'import.remark.formula', {});
    return {
      path: `activities/${id}.yaml`,
      kind: 'activity',
      data: a as unknown as Record<string, unknown>,
      remarks: this.remarks,
      head: [{ id: 'import.head.row', args: { row: row.row, file: this.opts.source, format: this.opts.format } }],
    };
  }

  private status(a: Activity, row: SourceRow): void {
    const s = this.cell(row, 'status');
    if (s !== undefined) {
      // The report writes «aktiv – godkjent» (joinParts); a comma is what a person types.
      const parts = s.split(/\s+–\s+|,\s*/);
      const [st, ap] = parts.length > 2 ? [s] : parts;
      const status =
        termOf('terms.status', ['planned', 'active', 'retired'] as const, st ?? '') ??
        (/^(aktiv|active|i bruk|in use)$/i.test(s)
          ? 'active'
          : /^(planlagt|planned)$/i.test(s)
            ? 'planned'
            : /^(avsluttet|avslutta|retired|ikke i bruk|ikkje i bruk)$/i.test(s)
              ? 'retired'
              : undefined);
      const approval = ap !== undefined ? termOf('report.approval', ['draft', 'in-review', 'approved'] as const, ap) : undefined;
      if (status !== undefined && (ap === undefined || approval !== undefined)) {
        a.status = status;
        if (approval) a.approval = approval;
      } else this.keep(a, row, 'status', s, 'import.remark.not-read');
    }
    const ap = this.cell(row, 'approval');
    if (ap !== undefined) {
      const v = fold(ap);
      const term = termOf('report.approval', ['draft', 'in-review', 'approved'] as const, ap);
      if (v === 'godkjent' || v === 'approved') a.approval = 'approved';
      else if (v === 'utkast' || v === 'draft') a.approval = 'draft';
      else if (term !== undefined) a.approval = term;
      else this.keep(a, row, 'approval', ap, 'import.remark.not-read');
    }
    if (this.table.behandlingsoversikt && !row.cells.has('approval')) a.approval = 'approved';
  }

  private purposes(a: Activity, row: SourceRow): void {
    const texts = this.table.behandlingsoversikt
      ? [this.cell(row, 'purposes')].filter((x): x is string => x !== undefined)
      : this.items(this.cell(row, 'purposes'));
    if (texts.length === 0) return;
    const ids = new Ids();
    a.purposes = texts.map((description): Purpose => ({ id: ids.next(description.split(/\s+/).slice(0, 6).join(' '), 'purpose'), description }));
  }

  private subjectsAndCategories(a: Activity, row: SourceRow): void {
    const subjects = this.items(this.cell(row, 'dataSubjects'));
    if (subjects.length > 0) a.dataSubjects = unique(subjects.map((n) => this.entry('dataSubjects', n, () => ({ name: n }))));
    const direct = this.items(this.cell(row, 'dataCategories'));
    const grouped = this.cell(row, 'dataCategoriesBySubject');
    const names = [...direct];
    if (grouped !== undefined) {
      const groups = grouped.split(' :: ').map((g) => this.items(g));
      names.push(...groups.flat());
      // The model lists categories per activity; which group each came with is said in a comment.
      if (groups.filter((g) => g.length > 0).length > 1) {
        const pairs = groups.map((g, i) => `${subjects[i] ?? '?'}: ${g.join(', ')}`).join('; ');
        this.remark(['dataCategories'], 'import.remark.categories-by-subject', { value: pairs });
      }
    }
    if (names.length > 0) a.dataCategories = unique(names.map((n) => this.entry('dataCategories', n, () => ({ name: n }))));
  }

  /** The purposes a line of a per-purpose column is about, and the line without its «purpose: » prefix. */
  private target(a: Activity, line: string): { purposes: Purpose[]; text: string } {
    const all = a.purposes ?? [];
    for (const p of all) {
      const d = typeof p.description === 'string' ? p.description : '';
      const g = matchTemplate('report.per-purpose', line);
      if (g && g.purpose === d) return { purposes: [p], text: g.value! };
      if (d !== '' && line.startsWith(`${d}: `)) return { purposes: [p], text: line.slice(d.length + 2) };
    }
    // ropa prints no prefix when one purpose has such bases: the first.
    return { purposes: this.ropa ? all.slice(0, 1) : all, text: line };
  }

  private addBasis(purposes: readonly Purpose[], b: LegalBasis): void {
    for (const p of purposes) {
      p.legalBasis ??= [];
      if (!p.legalBasis.some((x) => x.gdpr === b.gdpr)) p.legalBasis.push(structuredClone(b));
    }
  }

  /** A line of a legal-basis column: its codes (or its phrase), and the laws it cites. */
  private basisLine(a: Activity, row: SourceRow, field: Field, line: string, allowed: (code: GdprBasisCode) => boolean): void {
    const column = this.header(row, field);
    const { purposes, text } = this.target(a, line);
    const withLaw = matchTemplate('report.with-law', text);
    const main = withLaw?.value ?? text;
    let codes = basisCodes(main).filter(allowed);
    if (codes.length === 0) {
      const phrase = basisFromPhrase(main);
      if (phrase && allowed(phrase)) codes = [phrase];
    }
    if (codes.length === 0 || purposes.length === 0) {
      this.keep(a, row, field, line, purposes.length === 0 ? 'import.remark.basis-without-purpose' : 'import.remark.basis', {});
      return;
    }
    // What the line says besides the codes, the laws, «GDPR», and the basis' own name (ropa prints it in
    // brackets) is kept as the basis' note: nothing is dropped.
    let rest = main;
    for (const code of codes) for (const l of LANGUAGES) rest = rest.split(t(l, `terms.basis.${code}.name`)).join(' ');
    const spans = basisCitations(rest);
    const lawText = withLaw ? withLaw.laws! : rest;
    const cites = lawCitations(lawText);
    const lawRefs = withLaw ? this.laws(withLaw.laws!, ['purposes'], row, column) : cites.map((c) => this.law(c));
    const residual = cut(rest, [...spans, ...(withLaw ? [] : cites)]).replace(/\b(gdpr|personvernforordningen|jf|jfr|cf|og|and|se)\b\.?/gi, ' ');
    const said = residual.replace(/[\s,;.:()[\]–|/-]+/g, '') === '' || basisFromPhrase(residual) !== undefined;
    for (const code of codes) {
      const b: LegalBasis = { gdpr: code, ...(lawRefs.length > 0 && (codes.length === 1 || code === 'A6-1-c' || code === 'A6-1-e') ? { law: lawRefs } : {}) };
      if (!said) b.note = text;
      this.addBasis(purposes, b);
    }
    if (!said) {
      const i = (a.purposes ?? []).indexOf(purposes[0]!);
      this.remark(['purposes', i, 'legalBasis'], 'import.remark.basis-note', { value: shorten(text) });
      this.note(row, column, 'import.remark.basis-note', { value: shorten(text) });
    }
  }

  private bases(a: Activity, row: SourceRow): void {
    const isArt6 = (c: GdprBasisCode): boolean => c.startsWith('A6');
    const lines = this.items(this.cell(row, 'legalBasis'));
    let lastF: LegalBasis[] = [];
    for (const line of lines) {
      const li = matchTemplate('report.legitimate-interest', line.replace(/^.*?: (?=\S+ \S+: )/, ''));
      const ia = matchTemplate('report.interest-assessment', line.replace(/^.*?: (?=\S+: )/, ''));
      if ((li || ia) && lastF.length > 0) {
        for (const b of lastF) {
          if (li) b.legitimateInterest = li.value!;
          if (ia) b.interestAssessment = ia.value!;
        }
        continue;
      }
      this.basisLine(a, row, 'legalBasis', line, isArt6);
      lastF = (a.purposes ?? []).flatMap((p) => (p.legalBasis ?? []).filter((b) => b.gdpr === 'A6-1-f'));
    }
    // Supplementary law: Behandlingsoversikt gives one reference per Art. 6 basis, in the same order.
    const law = this.table.behandlingsoversikt ? row.cells.get('nationalLaw')?.value : this.cell(row, 'nationalLaw');
    if (law !== undefined && law.trim() !== '' && law.trim() !== '-') {
      const column = this.header(row, 'nationalLaw');
      if (this.table.behandlingsoversikt) {
        const refs = law.split(' | ');
        const codes = lines.map((l) => basisCodes(l)[0]);
        refs.forEach((ref, i) => {
          if (ref.trim() === '') return;
          const code = codes[i];
          const target = (a.purposes ?? []).flatMap((p) => (p.legalBasis ?? []).filter((b) => b.gdpr === code));
          if (target.length === 0) {
            this.keep(a, row, 'nationalLaw', ref, 'import.remark.law-without-basis');
            return;
          }
          const refsOut = this.laws(ref.trim(), ['purposes'], row, column);
          for (const b of target) b.law = [...(b.law ?? []), ...refsOut];
        });
      } else {
        for (const line of this.items(law)) {
          const { purposes, text } = this.target(a, line);
          const target = purposes.flatMap((p) => {
            const art6 = (p.legalBasis ?? []).filter((b) => isArt6(b.gdpr));
            return art6
              .filter((b) => b.gdpr === 'A6-1-c' || b.gdpr === 'A6-1-e')
              .slice(0, 1)
              .concat(art6.length > 0 && !art6.some((b) => b.gdpr === 'A6-1-c' || b.gdpr === 'A6-1-e') ? [art6[0]!] : []);
          });
          if (target.length === 0) {
            this.keep(a, row, 'nationalLaw', line, 'import.remark.law-without-basis');
            continue;
          }
          const refs = this.laws(text, ['purposes'], row, column);
          for (const b of target) b.law = [...(b.law ?? []), ...refs];
        }
      }
    }
  }

  /** Art. 9 and Art. 10: Behandlingsoversikt's yes/no columns, or ropa's text columns. */
  private special(a: Activity, row: SourceRow): void {
    const purposes = a.purposes ?? [];
    const letters = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;
    let any9 = false;
    for (const l of letters) {
      const v = this.cell(row, `art9-${l}` as Field);
      if (v === undefined) continue;
      const yes = yesNo(v);
      if (yes === undefined) {
        this.keep(a, row, `art9-${l}` as Field, v, 'import.remark.not-read');
        continue;
      }
      if (!yes) continue;
      any9 = true;
      const ref = this.cell(row, `art9Reference-${l}` as Field);
      const law = ref !== undefined ? this.laws(ref, ['purposes'], row, this.header(row, `art9Reference-${l}` as Field)) : [];
      if (purposes.length === 0) this.keep(a, row, `art9-${l}` as Field, v, 'import.remark.basis-without-purpose');
      else this.addBasis(purposes, { gdpr: `A9-2-${l}` as GdprBasisCode, ...(law.length > 0 ? { law } : {}) });
    }
    const art9 = this.cell(row, 'art9');
    const art9ref = this.cell(row, 'art9Reference');
    if (art9 !== undefined && yesNo(art9) === true && !any9) this.keep(a, row, 'art9', art9, 'import.remark.art9-without-condition');
    if (art9ref !== undefined) {
      const nine = purposes.flatMap((p) => (p.legalBasis ?? []).filter((b) => b.gdpr.startsWith('A9')));
      if (nine.length === 0) this.keep(a, row, 'art9Reference', art9ref, 'import.remark.law-without-basis');
      else {
        const law = this.laws(art9ref, ['purposes'], row, this.header(row, 'art9Reference'));
        for (const b of nine) b.law = [...(b.law ?? []), ...law];
      }
    }
    const art10 = this.cell(row, 'art10');
    if (art10 !== undefined) {
      const yes = yesNo(art10);
      if (yes === undefined) this.keep(a, row, 'art10', art10, 'import.remark.not-read');
      else if (yes) {
        const ref = this.cell(row, 'art10Reference');
        const law = ref !== undefined ? this.laws(ref, ['purposes'], row, this.header(row, 'art10Reference')) : [];
        if (purposes.length === 0) this.keep(a, row, 'art10', art10, 'import.remark.basis-without-purpose');
        else this.addBasis(purposes, { gdpr: 'A10', ...(law.length > 0 ? { law } : {}) });
      }
    }
    // ropa's columns: «Opplysninger: A og B», then one basis per line.
    for (const [field, allowed, mark] of [
      ['specialCategories', (c: GdprBasisCode) => c.startsWith('A9'), 'special'],
      ['criminalOffence', (c: GdprBasisCode) => c === 'A10', 'criminal'],
    ] as const) {
      let last: LegalBasis[] = [];
      for (const line of this.items(this.cell(row, field))) {
        const data = matchTemplate('report.special.data', line);
        if (data) {
          for (const name of splitList(data.value!)) this.markCategory(a, row, field, name, mark);
          continue;
        }
        const safeguards = matchTemplate('report.safeguards', line.replace(/^.*?: (?=\S+: )/, ''));
        if (safeguards && last.length > 0) {
          for (const b of last) b.safeguards = safeguards.value!;
          continue;
        }
        this.basisLine(a, row, field, line, allowed);
        last = (a.purposes ?? []).flatMap((p) => (p.legalBasis ?? []).filter((b) => allowed(b.gdpr)));
      }
    }
  }

  private markCategory(a: Activity, row: SourceRow, field: Field, name: string, mark: 'special' | 'criminal'): void {
    const id = this.entry('dataCategories', name, () => ({ name }));
    if (!(a.dataCategories ?? []).includes(id)) a.dataCategories = [...(a.dataCategories ?? []), id];
    const made = this.catalogues.dataCategories.get(id);
    if (!made) return;
    const entry = made.entry as DataCategory;
    if (mark === 'criminal') {
      entry.criminalOffence = true;
      return;
    }
    if (entry.specialCategory !== undefined) return;
    const kind = SPECIAL_WORDS.find(([re]) => re.test(name))?.[1];
    if (kind) entry.specialCategory = kind;
    else if (!made.remarks.some((r) => r.id === 'import.remark.special-kind')) {
      made.remarks.push({ path: ['name'], id: 'import.remark.special-kind', args: {} });
      this.note(row, this.header(row, field), 'import.remark.special-kind', { value: name });
    }
  }

  private recipients(a: Activity, row: SourceRow): void {
    const items = this.items(this.cell(row, 'recipients'));
    if (items.length === 0) return;
    if (items.length === 1 && NONE_RECIPIENTS.has(fold(items[0]!))) {
      a.recipients = 'none';
      return;
    }
    a.recipients = unique(items.map((n) => this.entry('recipients', n, () => ({ name: n, type: RECIPIENT_WORDS.find(([re]) => re.test(n))?.[1] ?? 'other' }))));
  }

  private transfers(a: Activity, row: SourceRow): void {
    const v = this.cell(row, 'transfers');
    const guarantees = this.cell(row, 'transferSafeguards');
    if (v === undefined) {
      if (guarantees !== undefined) this.keep(a, row, 'transferSafeguards', guarantees, 'import.remark.not-read');
      return;
    }
    const yes = yesNo(v);
    if (yes === false || NONE_TRANSFERS.has(fold(v))) {
      a.transfers = 'none';
      if (guarantees !== undefined) this.keep(a, row, 'transferSafeguards', guarantees, 'import.remark.not-read');
      return;
    }
    // «Ja, USA og Storbritannia»: one transfer per country named. ropa's own report: one transfer a line,
    // its parts joined by « – ».
    const body = v.replace(/^(ja|yes)\s*[,:]\s*/i, '');
    const out: Transfer[] = [];
    let whole = true;
    if (this.ropa) {
      for (const line of this.items(body)) {
        const tr: Transfer = {};
        const leftover: string[] = [];
        for (const raw of line.split(' – ')) {
          const p = raw.trim();
          const code = countryCode(p);
          const mech = termOf('terms.mechanism', MECHANISMS, p);
          const ref = matchTemplate('report.transfer.reference', p);
          if (code && tr.country === undefined) tr.country = code;
          else if (mech) tr.mechanism = mech;
          else if (LANGUAGES.some((l) => t(l, 'report.transfer.dpf') === p)) tr.dpfCertified = true;
          else if (ref) tr.reference = ref.value!;
          else if (this.names.recipients.has(fold(p)) || this.names.processors.has(fold(p)))
            tr.recipient = this.names.recipients.get(fold(p)) ?? this.names.processors.get(fold(p))!;
          else if (p !== '') leftover.push(p);
        }
        if (leftover.length > 0) tr.safeguards = leftover.join(' – ');
        if (tr.country === undefined) whole = false;
        else out.push(tr);
      }
    } else {
      const parts = this.items(body)
        .flatMap((l) => l.split(/\s*[,;/]\s*|\s+og\s+|\s+and\s+/))
        .map((p) => p.trim())
        .filter((p) => p !== '');
      const codes = parts.map((p) => countryCode(p));
      for (const code of unique(codes.filter((c): c is string => c !== undefined))) out.push({ country: code });
      whole = codes.every((c) => c !== undefined);
    }
    if (guarantees !== undefined) {
      const mechanism = mechanismOf(guarantees);
      for (const tr of out) {
        tr.safeguards = guarantees;
        if (mechanism && tr.mechanism === undefined) tr.mechanism = mechanism;
      }
      if (out.length === 0) this.keep(a, row, 'transferSafeguards', guarantees, 'import.remark.not-read');
    }
    if (out.length > 0) a.transfers = out;
    if (!whole || out.length === 0) this.keep(a, row, 'transfers', v, 'import.remark.transfer');
  }

  private retention(a: Activity, row: SourceRow): void {
    const column = this.header(row, 'retention');
    const lines = this.table.behandlingsoversikt
      ? [this.cell(row, 'retention')].filter((x): x is string => x !== undefined)
      : this.items(this.cell(row, 'retention'));
    const categoryIds = new Map(
      (a.dataCategories ?? []).map((id) => {
        const e = this.catalogues.dataCategories.get(id)?.entry as DataCategory | undefined;
        return [fold(typeof e?.name === 'string' ? e.name : id), id] as const;
      }),
    );
    for (const name of this.names.dataCategories.keys())
      if (!categoryIds.has(name) && (a.dataCategories ?? []).includes(this.names.dataCategories.get(name)!))
        categoryIds.set(name, this.names.dataCategories.get(name)!);
    const out: Retention[] = [];
    for (const line of lines) {
      let text = line;
      const r: Retention = {};
      // «Svar: 2 år etter innsamling» — the categories it covers, when they are the activity's.
      const labelled = matchTemplate('report.labelled', line);
      if (labelled) {
        const ids = splitList(labelled.label!).map((n) => categoryIds.get(fold(n)));
        if (ids.length > 0 && ids.every((x) => x !== undefined)) {
          r.categories = ids as string[];
          text = labelled.value!;
        }
      }
      const withLaw = matchTemplate('report.with-law', text);
      if (withLaw && lawCitations(withLaw.laws!).length > 0) {
        r.law = this.laws(withLaw.laws!, ['retention', out.length, 'law'], row, column);
        text = withLaw.value!;
      }
      const reading = readRetention(text);
      if (reading && (!this.ropa || this.rendersAs(reading, text))) Object.assign(r, reading);
      else {
        r.description = text;
        this.remark(['retention', out.length, 'description'], 'import.remark.period', { value: shorten(text) });
        this.note(row, column, 'import.remark.period', { value: shorten(text) });
      }
      out.push(r);
    }
    if (out.length > 0) a.retention = out;
  }

  /** Whether ropa's report prints this reading as `text`: only then is reading it back the same record. */
  private rendersAs(r: ReturnType<typeof readRetention> & object, text: string): boolean {
    const lang = this.table.ropa!;
    const words = (key: string, args?: MessageArgs): string => t(lang, `report.${key}`, args);
    const duration = (iso: string): string => {
      const m = /^P(\d+)([YMWD])$/.exec(iso)!;
      return words(`duration.${m[2]}.${Number(m[1]) === 1 ? 'one' : 'other'}`, { n: Number(m[1]) });
    };
    const endAction = r.endAction !== undefined ? t(lang, `terms.end-action.${r.endAction}`) : '';
    const printed = [
      r.permanent ? words('retention.permanent') : '',
      r.period === undefined
        ? (r.trigger ?? '')
        : r.trigger !== undefined
          ? words('retention.after', { period: duration(r.period), trigger: r.trigger })
          : duration(r.period),
      r.archive !== undefined && endAction !== '' ? words('retention.archive', { action: endAction, archive: r.archive }) : endAction,
    ]
      .filter((x) => x !== '')
      .join(', ');
    return printed === text;
  }

  private simpleRefs(a: Activity, row: SourceRow): void {
    const sec = this.items(this.cell(row, 'securityMeasures'));
    if (sec.length > 0) {
      a.securityMeasures = unique(
        sec.map((n) => {
          const technical = TECHNICAL.test(n);
          const organisational = ORGANISATIONAL.test(n);
          const type: SecurityMeasure['type'] = technical && !organisational ? 'technical' : 'organisational';
          const remarks: Remark[] = technical === organisational ? [{ path: ['type'], id: 'import.remark.measure-type', args: {} }] : [];
          return this.entry('securityMeasures', n, () => ({ name: n, type }), remarks);
        }),
      );
    }
    const systems = this.items(this.cell(row, 'systems'));
    if (systems.length > 0) a.systems = unique(systems.map((n) => this.entry('systems', n, () => ({ name: n }))));
    const sources = this.items(this.cell(row, 'sources'));
    if (sources.length > 0) {
      a.sources = unique(
        sources.map((line) => {
          let name = line;
          let type: SourceType | undefined;
          const m = /^(.*) \(([^()]+)\)$/.exec(line);
          const typed = m ? termOf('terms.source-type', SOURCE_TYPES, m[2]!) : undefined;
          if (m && typed) {
            name = m[1]!;
            type = typed;
          } else type = termOf('terms.source-type', SOURCE_TYPES, line) ?? SOURCE_WORDS.find(([re]) => re.test(line))?.[1];
          const remarks: Remark[] = type === undefined ? [{ path: ['type'], id: 'import.remark.source-type', args: {} }] : [];
          return this.entry('sources', name, (): Source => ({ name, type: type ?? 'other-controller' }), remarks);
        }),
      );
    }
    const unit = this.cell(row, 'responsibleUnit');
    if (unit !== undefined) a.responsibleUnit = unit;
    // Processors, with their agreements: Behandlingsoversikt lists names and agreement links side by side.
    const names = this.items(this.cell(row, 'processors'));
    const agreements = this.table.behandlingsoversikt
      ? (this.cell(row, 'processorAgreements') ?? '').split(' | ')
      : this.items(this.cell(row, 'processorAgreements'));
    if (names.length > 0) {
      a.processors = unique(
        names.map((line, i) => {
          let name = line;
          let agreement: string | undefined = agreements[i]?.trim() || undefined;
          if (this.ropa) {
            const parts = line.split(' – ');
            const last = parts.at(-1)!;
            const no = LANGUAGES.some((l) => t(l, 'report.processor.no-agreement') === last);
            const yes = matchTemplate('report.processor.agreement', last);
            if (parts.length > 1 && (no || yes)) {
              name = parts.slice(0, -1).join(' – ');
              agreement = no ? undefined : yes?.value;
            }
          }
          const id = this.entry('processors', name, () => ({ name, ...(agreement ? { agreement } : {}), ...this.processorDetails(name) }));
          const made = this.catalogues.processors.get(id);
          if (made && agreement && (made.entry as { agreement?: string }).agreement === undefined) (made.entry as { agreement?: string }).agreement = agreement;
          return id;
        }),
      );
    } else if (agreements.some((x) => x.trim() !== ''))
      this.keep(a, row, 'processorAgreements', this.cell(row, 'processorAgreements')!, 'import.remark.not-read');
  }

  /** What ropa's processors sheet says of a processor besides its agreement. */
  private processorDetails(name: string): Partial<Processor> {
    const p = this.opts.processors?.get(name);
    if (!p || !this.ropa) return {};
    const country = p.country ? countryCode(p.country) : undefined;
    const subprocessors = (p.subprocessors ?? '')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((line) => {
        const parts = line.split(' – ');
        const c = parts[1] !== undefined ? countryCode(parts[1]) : undefined;
        const rest = parts.slice(c ? 2 : 1).join(' – ');
        return { name: parts[0]!, ...(c ? { country: c } : {}), ...(rest ? { authorisation: rest } : {}) };
      });
    return {
      ...(p['organisation-number'] && /^[0-9]{9}$/.test(p['organisation-number']) ? { organisationNumber: p['organisation-number'] } : {}),
      ...(country ? { country } : {}),
      ...(p.service ? { service: p.service } : {}),
      ...(subprocessors.length > 0 ? { subprocessors } : {}),
    };
  }

  private owner(a: Activity, row: SourceRow): void {
    const names = this.items(this.cell(row, 'ownerName'));
    const phones = this.items(this.cell(row, 'ownerPhone'));
    const emails = this.items(this.cell(row, 'ownerEmail'));
    if (names.length === 0 && phones.length === 0 && emails.length === 0) return;
    const c: Contact = {
      ...(names[0] ? { name: names[0] } : {}),
      ...(emails[0] && EMAIL.test(emails[0]) ? { email: emails[0] } : {}),
      ...(phones[0] && PHONE.test(phones[0]) ? { phone: phones[0] } : {}),
    };
    if (Object.keys(c).length > 0) a.owner = c;
    const lost =
      names.length > 1 ||
      phones.length > 1 ||
      emails.length > 1 ||
      (emails[0] !== undefined && !EMAIL.test(emails[0])) ||
      (phones[0] !== undefined && !PHONE.test(phones[0]));
    if (lost) {
      for (const f of ['ownerName', 'ownerPhone', 'ownerEmail'] as const) {
        const v = this.cell(row, f);
        if (v !== undefined) this.keep(a, row, f, v, 'import.remark.owner');
      }
    }
  }

  private joint(a: Activity, row: SourceRow): void {
    const flag = this.cell(row, 'jointController');
    const names = this.cell(row, 'jointControllerNames');
    const text = this.cell(row, 'jointControllers');
    if (text !== undefined) this.keep(a, row, 'jointControllers', text, 'import.remark.joint-text');
    const yes = flag === undefined ? names !== undefined : yesNo(flag);
    if (!yes) return;
    if (names === undefined) {
      this.keep(a, row, 'jointController', flag!, 'import.remark.joint-without-name');
      return;
    }
    const key = fold(names);
    let id = this.jointByName.get(key);
    if (id === undefined) {
      id = this.jointIds.next(names, 'controller');
      this.jointByName.set(key, id);
      const contactName = this.items(this.cell(row, 'jointControllerContact'))[0];
      const email = this.items(this.cell(row, 'jointControllerEmail'))[0];
      const phone = this.items(this.cell(row, 'jointControllerPhone'))[0];
      const contact: Contact = {
        ...(contactName ? { name: contactName } : {}),
        ...(email && EMAIL.test(email) ? { email } : {}),
        ...(phone && PHONE.test(phone) ? { phone } : {}),
      };
      this.joints.set(id, { name: names, ...(Object.keys(contact).length > 0 ? { contact } : {}) });
    }
    a.role = 'joint-controller';
    const resp = this.cell(row, 'jointControllerResponsibilities');
    a.jointControllers = [{ controller: id, ...(resp ? { responsibilities: resp } : {}) }];
  }

  readonly joints = new Map<string, Party>();

  private dpia(a: Activity, row: SourceRow): void {
    const done = this.cell(row, 'dpiaConducted');
    const ref = this.cell(row, 'dpiaReference');
    if (done !== undefined) {
      const yes = yesNo(done);
      if (yes === true) a.dpia = { status: 'done', ...(ref ? { reference: ref } : {}) };
      else {
        // «Nei» says no DPIA was done — not whether one is needed. Kept as written.
        this.keep(a, row, 'dpiaConducted', done, yes === false ? 'import.remark.dpia-no' : 'import.remark.not-read');
        if (ref) this.keep(a, row, 'dpiaReference', ref, 'import.remark.not-read');
      }
    } else if (ref !== undefined) a.dpia = { reference: ref };
    const text = this.cell(row, 'dpia');
    if (text !== undefined) {
      const parts = text.split(' – ');
      const status = termOf('terms.dpia', DPIA_STATUSES, parts[0]!);
      const dpia = { ...(a.dpia ?? {}) };
      const rest = status ? parts.slice(1) : parts;
      if (status) dpia.status = status;
      const last = rest.at(-1);
      const iso = last !== undefined ? isoDate(last) : undefined;
      if (iso) {
        dpia.date = iso;
        rest.pop();
      }
      if (rest.length > 0) dpia.reference = rest.join(' – ');
      a.dpia = dpia;
      if (!status && yesNo(parts[0]!) !== undefined) {
        delete a.dpia;
        this.keep(a, row, 'dpia', text, 'import.remark.not-read');
      }
    }
    const high = this.cell(row, 'highRisk');
    if (high !== undefined) {
      const computed = matchTemplate('report.computed', high);
      if (computed) return; // ropa computed it from the record; it computes it again.
      const yes = yesNo(high);
      if (yes === undefined) this.keep(a, row, 'highRisk', high, 'import.remark.not-read');
      else a.dpia = { ...(a.dpia ?? {}), highRisk: yes };
    }
  }

  private review(a: Activity, row: SourceRow): void {
    const v = this.cell(row, 'lastReview');
    if (v === undefined) return;
    const review: NonNullable<Activity['review']> = {};
    for (const line of this.items(v)) {
      const next = matchTemplate('report.review.next', line);
      const by = matchTemplate('report.review', line);
      if (next && isoDate(next.date!)) review.nextReview = isoDate(next.date!)!;
      else if (by && isoDate(by.date!)) {
        review.lastReviewed = isoDate(by.date!)!;
        review.reviewedBy = by.by!;
      } else if (isoDate(line)) review.lastReviewed = isoDate(line)!;
      else {
        this.keep(a, row, 'lastReview', v, 'import.remark.not-read');
        return;
      }
    }
    a.review = review;
  }

  private rights(a: Activity, row: SourceRow): void {
    const v = this.cell(row, 'rightsRestrictions');
    if (v === undefined) return;
    const out: RightsRestriction[] = [];
    for (const line of this.items(v)) {
      const m = matchTemplate('report.labelled', line);
      const right = m ? termOf('terms.right', RIGHTS, m.label!) : undefined;
      if (!m || !right) {
        this.keep(a, row, 'rightsRestrictions', v, 'import.remark.not-read');
        return;
      }
      const value = m.value!;
      const cites = lawCitations(value);
      if (/^Art\.? ?\d/i.test(value) && cites.length === 0) out.push({ right, gdpr: value });
      else if (cites.length > 0 && onlyThese(value, cites)) out.push({ right, law: cites.map((c) => this.law(c)) });
      else out.push({ right, note: value });
    }
    a.rightsRestrictions = out;
  }

  private riskFactors(a: Activity, title: string): void {
    const v = this.opts.riskFactors?.get(title);
    if (v === undefined) return;
    const factors: Record<string, boolean> = {};
    for (const line of v.split('\n')) {
      const key = termOf('report.risk-factor', RISK_FACTORS, line.trim());
      if (key) factors[key] = true;
    }
    if (Object.keys(factors).length > 0) a.riskFactors = factors;
  }

  private automated(a: Activity, row: SourceRow): void {
    const v = this.cell(row, 'automatedDecisions');
    if (v === undefined) return;
    const lines = this.items(v);
    const used = yesNo(lines[0] ?? '');
    if (used === undefined) {
      this.keep(a, row, 'automatedDecisions', v, 'import.remark.not-read');
      return;
    }
    const d: NonNullable<Activity['automatedDecisions']> = { used };
    for (const line of lines.slice(1)) {
      const logic = matchTemplate('report.automated.logic', line);
      const sig = matchTemplate('report.automated.significance', line);
      if (LANGUAGES.some((l) => t(l, 'report.automated.profiling') === line)) d.profiling = true;
      else if (logic) d.logic = logic.value!;
      else if (sig) d.significance = sig.value!;
      else {
        this.keep(a, row, 'automatedDecisions', v, 'import.remark.not-read');
        return;
      }
    }
    a.automatedDecisions = d;
  }
}

export function build(table: Table, opts: BuildOptions): Built {
  const b = new Builder(table, opts);
  b.organisationFromBlock();
  const activities: BuiltFile[] = [];
  const skipped: Built['skipped'] = [];
  for (const row of table.rows) {
    b.organisationFrom(row);
    if (row.cells.get('title')?.value.trim() === undefined || row.cells.get('title')!.value.trim() === '') {
      const values = [...row.cells.values()].map((c) => c.value.trim()).filter((v) => v !== '' && v !== '-');
      if (values.length > 0) b.summary.push({ row: row.row, id: 'import.summary.no-title', args: {} });
      continue;
    }
    const out = b.activityFrom(row);
    if ('skipped' in out) skipped.push({ id: out.skipped, row: row.row });
    else activities.push(out);
  }
  // ropa's own workbook: its DPIA and processors sheets are read; its record as processor is computed.
  // ropa's record as processor is read only when it is empty (a sentence, no table): its rows are said.
  const isSheet = (key: string, name: string): boolean => LANGUAGES.some((l) => t(l, `report.${key}`) === name);
  for (const { name, rows } of table.ignoredSheets ?? []) {
    if (table.ropa && (isSheet('sheet.dpia', name) || isSheet('sheet.processors', name) || (isSheet('sheet.processor', name) && rows === 0))) continue;
    b.summary.push({ id: 'import.summary.sheet-not-read', args: { sheet: name } });
  }
  const org = b.organisationResult();
  if (org && b.joints.size > 0) org.data.jointControllers = Object.fromEntries(b.joints);
  return { activities, skipped, catalogues: b.catalogues, ...(org ? { organisation: org } : {}), summary: b.summary };
}
