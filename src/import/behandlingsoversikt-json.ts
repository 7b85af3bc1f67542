import { BEHANDLINGSOVERSIKT, type Field } from './labels.js';
import { inputError, MAX_ROWS, tooManyRows } from './read.js';
import type { Column, SourceRow, Table } from './table.js';

/**
 * Behandlingsoversikt's API JSON (behandlingsoversikt/records-of-processing-activities, model/Record.kt):
 * a record, a list of records, or a page `{hits: […]}`, optionally with `representatives` and `organization`.
 * Each record becomes the row its CSV export would have written (record-list-page-pure.tsx), so that both
 * are read by one path.
 */
type J = Record<string, unknown>;

const obj = (v: unknown): J | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as J) : undefined);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const bool = (v: unknown): boolean | undefined => (typeof v === 'boolean' ? v : undefined);
const yesNo = (b: boolean | undefined, yes = 'Ja'): string => (b === undefined ? '' : b ? yes : 'Nei');
const yesOrEmpty = (b: boolean | undefined): string => (b === true ? 'Ja' : '');

export function behandlingsoversiktJson(data: unknown, shown: string, maxRows: number = MAX_ROWS): Table {
  const top = obj(data);
  const records = Array.isArray(data)
    ? data
    : top && Array.isArray(top.hits)
      ? top.hits
      : top && Array.isArray(top.records)
        ? top.records
        : top && 'id' in top
          ? [top]
          : undefined;
  if (records === undefined) throw inputError('bad-json-shape', { file: shown });
  // Said before the records are read: each takes time, and so many are no record of processing activities.
  if (records.length > maxRows) throw tooManyRows(shown, records.length, maxRows);
  const reps = obj(top?.representatives);
  const org = obj(top?.organization);
  const rep = obj(reps?.dataControllerRepresentative);
  const eu = obj(reps?.dataControllerRepresentativeInEU);
  const dpo = obj(reps?.dataProtectionOfficer);
  const byField = new Map<Field, Column>();
  let col = 0;
  for (const [header, field] of Object.entries(BEHANDLINGSOVERSIKT)) {
    if (field === 'custom' || byField.has(field)) continue;
    byField.set(field, { col: ++col, header, field });
  }
  const rows: SourceRow[] = records.map((raw, i) => {
    const r = obj(raw);
    if (!r) throw inputError('bad-json-record', { file: shown, index: i + 1 });
    const legal = arr(r.articleSixBasis).map(obj);
    const nine = obj(obj(r.otherArticles)?.articleNine);
    const ten = obj(obj(r.otherArticles)?.articleTen);
    const legality = (code: string): J | undefined =>
      arr(nine?.legalities)
        .map(obj)
        .find((l) => l?.legality === code);
    const contacts = arr(r.dataProcessorContactDetails).map(obj);
    const agreements = arr(r.dataProcessingAgreements).map(obj);
    const common = obj(r.commonDataControllerContact);
    const points = arr(common?.contactPoints).map(obj);
    const cats = arr(r.categories).map(obj);
    const transfers = obj(r.dataTransfers);
    const dpia = obj(r.dataProtectionImpactAssessment);
    const values: Partial<Record<Field, string>> = {
      organisationName: str(org?.name),
      organisationNumber: str(r.organizationId ?? org?.organizationId),
      organisationContact: str(rep?.name),
      organisationAddress: str(rep?.address),
      organisationEmail: str(rep?.email),
      organisationPhone: str(rep?.phone),
      representativeName: str(eu?.name),
      representativeAddress: str(eu?.address),
      representativeEmail: str(eu?.email),
      representativePhone: str(eu?.phone),
      dpoName: str(dpo?.name),
      dpoAddress: str(dpo?.address),
      dpoEmail: str(dpo?.email),
      dpoPhone: str(dpo?.phone),
      title: str(r.title),
      approval: r.status === 'APPROVED' ? 'Godkjent' : r.status === 'DRAFT' ? 'Utkast' : '',
      ownerName: contacts.map((c) => str(c?.name)).join(' | '),
      ownerPhone: contacts.map((c) => str(c?.phone)).join(' | '),
      ownerEmail: contacts.map((c) => str(c?.email)).join(' | '),
      processors: agreements.map((a) => str(a?.dataProcessorName)).join(' | '),
      processorAgreements: agreements.map((a) => str(a?.agreementUrl)).join(' | '),
      jointController: yesNo(bool(common?.commonDataControllerChecked)),
      jointControllerNames: str(common?.companies),
      jointControllerResponsibilities: str(common?.distributionOfResponsibilities),
      jointControllerContact: points.map((p) => str(p?.name)).join(' | '),
      jointControllerEmail: points.map((p) => str(p?.email)).join(' | '),
      jointControllerPhone: points.map((p) => str(p?.phone)).join(' | '),
      purposes: str(r.purpose),
      legalBasis: legal.map((l) => str(l?.legality)).join(' | '),
      nationalLaw: legal.map((l) => str(l?.referenceUrl) || ' ').join(' | '),
      art9: yesNo(bool(nine?.checked)),
      art9Reference: nine?.checked === true ? str(nine.referenceUrl) : '',
      art10: yesNo(bool(ten?.checked)),
      art10Reference: ten?.checked === true ? str(ten.referenceUrl) : '',
      dataSubjects: cats.map((c) => str(c?.dataSubjectCategories)).join(' | '),
      dataCategoriesBySubject: cats.map((c) => arr(c?.personalDataCategories).map(str).join(' | ')).join(' :: '),
      retention: str(r.plannedDeletion),
      sources: str(r.personalDataSubjects),
      systems: str(r.privacyProcessingSystems),
      recipients: arr(r.recipientCategories).map(str).join(' | '),
      transfers: yesNo(bool(transfers?.transferred), `Ja, ${str(transfers?.thirdCountryRecipients)}`),
      transferSafeguards: str(transfers?.guarantees),
      securityMeasures: str(r.securityMeasures),
      dpiaConducted: yesNo(bool(dpia?.conducted)),
      dpiaReference: dpia?.conducted === true ? str(dpia.assessmentReportUrl) : '',
    };
    for (const l of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']) {
      const x = legality(`9.2.${l}`);
      values[`art9-${l}` as Field] = yesOrEmpty(bool(x?.checked));
      if (l !== 'a') values[`art9Reference-${l}` as Field] = str(x?.referenceUrl);
    }
    const row: SourceRow = { row: i + 1, cells: new Map(), custom: [] };
    for (const [field, value] of Object.entries(values) as [Field, string][]) {
      const column = byField.get(field);
      if (column && value.trim() !== '') row.cells.set(field, { value, column });
    }
    const areas = arr(r.businessAreas).map(str).join(' | ');
    if (areas !== '') row.custom.push({ column: { col: 0, header: 'Funksjons- eller virksomhetsområde', field: 'custom' }, value: areas });
    const datasets = arr(r.relatedDatasets).map(str).join(' | ');
    if (datasets !== '') row.custom.push({ column: { col: 0, header: 'Tilhørende datasett', field: 'custom' }, value: datasets });
    return row;
  });
  return { sheet: '', headerRow: 0, columns: [...byField.values()], rows, behandlingsoversikt: true };
}
