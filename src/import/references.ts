import { t, LANGUAGES } from '../i18n/index.js';
import {
  SOURCE_TYPES,
  type Activity,
  type Disclosure,
  type Processor,
  type Purpose,
  type SecurityMeasure,
  type Source,
  type SourceType,
} from '../model/types.js';
import { Ids } from './slug.js';
import type { SourceRow } from './table.js';
import {
  NONE_RECIPIENTS,
  ORGANISATIONAL,
  RECIPIENT_WORDS,
  SOURCE_WORDS,
  TECHNICAL,
  contactOf,
  fold,
  matchTemplate,
  splitNames,
  termOf,
  unique,
} from './vocabulary.js';
import { schemaEnum } from '../authoring/schema-order.js';
import { basisCodes, countryCode } from './words.js';
import type { Remark } from './built.js';
import type { RowContext } from './context.js';

/**
 * What an activity refers to in the catalogues: purposes, data subjects and categories, recipients, security
 * measures, systems, sources and processors.
 */

export function purposes(rc: RowContext, a: Activity, row: SourceRow): void {
  const texts = rc.table.behandlingsoversikt ? [rc.cell(row, 'purposes')].filter((x): x is string => x !== undefined) : rc.items(rc.cell(row, 'purposes'));
  if (texts.length === 0) return;
  const ids = new Ids();
  a.purposes = texts.map((description): Purpose => ({ id: ids.next(description.split(/\s+/).slice(0, 6).join(' '), 'purpose'), description }));
}

export function subjectsAndCategories(rc: RowContext, a: Activity, row: SourceRow): void {
  const subjects = rc.items(rc.cell(row, 'dataSubjects'));
  if (subjects.length > 0) a.dataSubjects = unique(subjects.map((n) => rc.entry('dataSubjects', n, () => ({ name: n }))));
  const direct = rc.items(rc.cell(row, 'dataCategories'));
  const grouped = rc.cell(row, 'dataCategoriesBySubject');
  const names = [...direct];
  if (grouped !== undefined) {
    const groups = grouped.split(' :: ').map((g) => rc.items(g));
    names.push(...groups.flat());
    // The model lists categories per activity; which group each came with is said in a comment.
    if (groups.filter((g) => g.length > 0).length > 1) {
      const pairs = groups.map((g, i) => `${subjects[i] ?? '?'}: ${g.join(', ')}`).join('; ');
      rc.remark(['dataCategories'], 'import.remark.categories-by-subject', { value: pairs });
    }
  }
  if (names.length > 0) a.dataCategories = unique(names.map((n) => rc.entry('dataCategories', n, () => ({ name: n }))));
}

export function recipients(rc: RowContext, a: Activity, row: SourceRow): void {
  const all = rc.items(rc.cell(row, 'recipients'));
  // «Utlevering til Skatteetaten: art. 6 nr. 1 bokstav c (…), jf. skatteforvaltningsloven § 7-2» (report.disclosure): the
  // basis of a disclosure, not a recipient.
  const said = all.map((line) => ({ line, d: matchTemplate('report.disclosure', line) }));
  const items = said.filter((x) => x.d === undefined).map((x) => x.line);
  if (items.length === 0) return;
  if (items.length === 1 && NONE_RECIPIENTS.has(fold(items[0]!))) {
    a.recipients = 'none';
    return;
  }
  a.recipients = unique(items.map((n) => rc.entry('recipients', n, () => ({ name: n, type: RECIPIENT_WORDS.find(([re]) => re.test(n))?.[1] ?? 'other' }))));
  const disclosures: Disclosure[] = [];
  for (const { line, d } of said) {
    if (d === undefined) continue;
    const recipient = rc.names.recipients.get(fold(d.recipient!));
    const withLaw = matchTemplate('report.with-law', d.basis!);
    const [basis] = basisCodes(withLaw?.value ?? d.basis!).filter((c) => /^A6-1-[a-f]$/.test(c));
    if (recipient === undefined || basis === undefined || !a.recipients.includes(recipient)) {
      rc.keep(a, row, 'recipients', line, 'import.remark.not-read');
      continue;
    }
    const law = withLaw ? rc.laws(withLaw.laws!, ['disclosures'], row, rc.header(row, 'recipients')) : [];
    disclosures.push({ recipient, basis: basis as Disclosure['basis'], ...(law.length > 0 ? { law } : {}) });
  }
  if (disclosures.length > 0) a.disclosures = disclosures;
}

/** The security measure of this name, made (technical or organisational by its words, asked where unsure) when there is none. */
export function measure(rc: RowContext, n: string): string {
  const technical = TECHNICAL.test(n);
  const organisational = ORGANISATIONAL.test(n);
  const type: SecurityMeasure['type'] = technical && !organisational ? 'technical' : 'organisational';
  const remarks: Remark[] = technical === organisational ? [{ path: ['type'], id: 'import.remark.measure-type', args: {} }] : [];
  return rc.entry('securityMeasures', n, () => ({ name: n, type }), remarks);
}

const LOCATIONS = ['EEA', 'EEA-or-adequate'] as const;

/** «Lagres i: Norge og EØS» (report.data-location) as the activity's dataLocation; whether the line was one. */
function dataLocation(a: Activity, line: string): boolean {
  const value = matchTemplate('report.data-location', line)?.value;
  if (value === undefined) return false;
  const words = LOCATIONS.flatMap((l) => LANGUAGES.map((lang) => t(lang, `report.data-location.${l}`)));
  const places = splitNames(value, words).map(
    (n) => LOCATIONS.find((l) => LANGUAGES.some((lang) => t(lang, `report.data-location.${l}`) === n)) ?? countryCode(n),
  );
  if (places.length === 0 || places.some((p) => p === undefined)) return false;
  a.dataLocation = unique(places as string[]);
  return true;
}

/** A line of ropa's sources column on collection from the person (report.collection, report.collection.consequences); whether it was one. */
function collection(a: Activity, line: string): boolean {
  const requirement = matchTemplate('report.collection', line)?.value;
  const need = requirement !== undefined ? termOf('terms.requirement', REQUIREMENTS, requirement) : undefined;
  if (need !== undefined) {
    a.collection = { ...a.collection, requirement: need };
    return true;
  }
  const consequences = a.collection !== undefined ? matchTemplate('report.collection.consequences', line)?.value : undefined;
  if (consequences === undefined) return false;
  a.collection = { ...a.collection!, consequences };
  return true;
}

const REQUIREMENTS = schemaEnum('activity', 'properties', 'collection', 'properties', 'requirement') as NonNullable<Activity['collection']>['requirement'][];

export function simpleRefs(rc: RowContext, a: Activity, row: SourceRow): void {
  const sec = rc.items(rc.cell(row, 'securityMeasures'));
  if (sec.length > 0) {
    a.securityMeasures = unique(sec.map((n) => measure(rc, n)));
  }
  const systemLines = rc.items(rc.cell(row, 'systems'));
  // «Lagres i: Norge og EØS» (report.data-location): where the data is stored, not a system.
  const systems = systemLines.filter((line) => !dataLocation(a, line));
  if (systems.length > 0) a.systems = unique(systems.map((n) => rc.entry('systems', n, () => ({ name: n }))));
  // «Plikt til å gi opplysningene …: lovpålagt», «Følger av å ikke gi dem: …» (report.collection): Art. 13(2)(e), not sources.
  const sources = rc.items(rc.cell(row, 'sources')).filter((line) => !(rc.ropa && collection(a, line)));
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
        return rc.entry('sources', name, (): Source => ({ name, type: type ?? 'other-controller' }), remarks);
      }),
    );
  }
  // «Ansvarlig for oppføringen: …» (report.owner) under the unit: who keeps the entry.
  const unitLines = rc.items(rc.cell(row, 'responsibleUnit'));
  const owner = rc.ropa ? unitLines.map((l) => matchTemplate('report.owner', l)?.value).find((v) => v !== undefined) : undefined;
  if (owner !== undefined && a.owner === undefined) a.owner = contactOf(owner);
  const unit = owner !== undefined ? unitLines.filter((l) => matchTemplate('report.owner', l) === undefined).join('\n') : rc.cell(row, 'responsibleUnit');
  if (unit !== undefined && unit !== '') a.responsibleUnit = unit;
  // Processors, with their agreements: Behandlingsoversikt lists names and agreement links side by side.
  const names = rc.items(rc.cell(row, 'processors'));
  const agreements = rc.table.behandlingsoversikt ? (rc.cell(row, 'processorAgreements') ?? '').split(' | ') : rc.items(rc.cell(row, 'processorAgreements'));
  if (names.length > 0) {
    a.processors = unique(
      names.map((line, i) => {
        let name = line;
        let agreement: string | undefined = agreements[i]?.trim() || undefined;
        if (rc.ropa) {
          const parts = line.split(' – ');
          const last = parts.at(-1)!;
          const no = LANGUAGES.some((l) => t(l, 'report.processor.no-agreement') === last);
          const yes = matchTemplate('report.processor.agreement', last);
          if (parts.length > 1 && (no || yes)) {
            name = parts.slice(0, -1).join(' – ');
            agreement = no ? undefined : yes?.value;
          }
        }
        const id = rc.entry('processors', name, () => ({ name, ...(agreement ? { agreement } : {}), ...processorDetails(rc, name) }));
        const made = rc.catalogues.processors.get(id);
        if (made && agreement && (made.entry as { agreement?: string }).agreement === undefined) (made.entry as { agreement?: string }).agreement = agreement;
        return id;
      }),
    );
  } else if (agreements.some((x) => x.trim() !== '')) rc.keep(a, row, 'processorAgreements', rc.cell(row, 'processorAgreements')!, 'import.remark.not-read');
}

/** What ropa's processors sheet says of a processor besides its agreement. */
function processorDetails(rc: RowContext, name: string): Partial<Processor> {
  const p = rc.opts.processors?.get(name);
  if (!p || !rc.ropa) return {};
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
