/**
 * Behandlingsoversikt's CSV export, written the way its code writes it, so that the tests read what a
 * municipality holds. Ported line for line from behandlingsoversikt/records-of-processing-activities-gui at
 * 85ee0d375f3571fe806aab42d10a6826e3451501 (2025-04-01):
 * - src/utils/csv.ts `downloadCsv`: titles joined by `;`, each value `JSON.stringify(value, nullToEmpty)`
 *   with `dataItem[key] ?? '-'`, rows joined by `\r\n`, a `\uFEFF` byte order mark, no final line break;
 * - src/components/record-list-page/record-list-page-pure.tsx `downloadCSVExport`: the columns of each
 *   variant and how each record becomes a row (`' | '`, `' :: '`, `Ja`/`Nei`, `Ja, <recipients>`);
 * - src/l10n/nb.ts: the titles.
 * The record shape is RecordDTO of behandlingsoversikt/records-of-processing-activities (model/Record.kt).
 */

export interface ContactPoint {
  name?: string;
  email?: string;
  phone?: string;
}
export interface BoRecord {
  id: string;
  status?: 'DRAFT' | 'APPROVED';
  organizationId?: string;
  purpose?: string;
  title?: string;
  categories?: { dataSubjectCategories?: string; personalDataCategories?: string[] }[];
  articleSixBasis?: { legality?: string; referenceUrl?: string }[];
  otherArticles?: {
    articleNine?: { checked?: boolean; referenceUrl?: string; legalities?: { legality: string; checked?: boolean; referenceUrl?: string }[] };
    articleTen?: { checked?: boolean; referenceUrl?: string };
  };
  businessAreas?: string[];
  relatedDatasets?: string[];
  dataProcessingAgreements?: { dataProcessorName?: string; agreementUrl?: string }[];
  dataProcessorContactDetails?: ContactPoint[];
  commonDataControllerContact?: {
    commonDataControllerChecked?: boolean;
    companies?: string;
    distributionOfResponsibilities?: string;
    contactPoints?: ContactPoint[];
  };
  personalDataSubjects?: string;
  securityMeasures?: string;
  plannedDeletion?: string;
  dataProtectionImpactAssessment?: { conducted?: boolean; assessmentReportUrl?: string };
  privacyProcessingSystems?: string;
  recipientCategories?: string[];
  dataTransfers?: { transferred?: boolean; thirdCountryRecipients?: string; guarantees?: string };
}
export interface ContactDetails {
  name?: string;
  email?: string;
  phone?: string;
  address?: string;
}
export interface Representatives {
  dataControllerRepresentative: ContactDetails;
  dataControllerRepresentativeInEU: ContactDetails;
  dataProtectionOfficer: ContactDetails;
}

const csvHeaders = {
  organizationName: 'Behandlingsansvarlig',
  organizationId: 'Organisasjonsnummer',
  dataControllerRepresentative: 'Behandlingsansvarliges representant',
  dataControllerRepresentativeAddress: 'Virksomhetens postadresse',
  dataControllerRepresentativeEmail: 'Virksomhetens e-post',
  dataControllerRepresentativePhone: 'Virksomhetens telefon',
  dataControllerRepresentativeInEU: 'Utenfor EU/EØS (ja/nei)',
  dataControllerRepresentativeInEUName: 'Representant behandlingsansvarlig utenfor EU/EØS - navn',
  dataControllerRepresentativeInEUAddress: 'Representant behandlingsansvarlig utenfor EU/EØS - postadresse',
  dataControllerRepresentativeInEUEmail: 'Representant behandlingsansvarlig utenfor EU/EØS - e-post',
  dataControllerRepresentativeInEUPhone: 'Representant behandlingsansvarlig utenfor EU/EØS - telefon',
  dataProtectionOfficerName: 'Personvernombud - navn',
  dataProtectionOfficerAddress: 'Personvernombud - postadresse',
  dataProtectionOfficerEmail: 'Personvernombud - e-post',
  dataProtectionOfficerPhone: 'Personvernombud - telefon',
  title: 'Behandlingen gjelder',
  dataProcessorName: 'Daglig behandlingsansvar - Navn',
  dataProcessorTlf: 'Daglig behandlingsansvar - Tlf',
  dataProcessorEmail: 'Daglig behandlingsansvar - Epost',
  dataProcessorAgreementNames: 'Databehandlere - Navn',
  dataProcessorAgreementUrls: 'Databehandleravtaler - Lenke',
  commonDataControllerChecked: 'Felles behandlingsansvar',
  commonDataControllerCompanies: 'Felles behandlingsansvar - Virksomheter',
  commonDataControllerResponsibilities: 'Felles behandlingsansvar - Ansvarsfordeling',
  commonDataControllerContact: 'Felles behandlingsansvar - Kontaktpunkt',
  commonDataControllerEmail: 'Felles behandlingsansvar - E-post',
  commonDataControllerTlf: 'Felles behandlingsansvar - Telefon',
  purpose: 'Formål med behandlingen',
  articleSixBasis: 'Behandlingsgrunnlag artikkel 6',
  articleSixReference: 'Artikkel 6 - Henvisning til annen lovgiving',
  articleNineBasis: 'Behandlingsgrunnlag artikkel 9',
  articleNineReference: 'Artikkel 9 - henvisning til annen lovgiving',
  articleTenBasis: 'Behandlingsgrunnlag artikkel 10',
  articleTenReference: 'Artikkel 10 - henvisning til annen lovgiving',
  businessAreas: 'Funksjons- eller virksomhetsområde',
  relatedDatasetsUrl: 'Tilhørende datasett - lenke',
  relatedDatasetsName: 'Tilhørende datasett - navn',
  categorySubjects: 'Personopplysninger - Kategorier av registrerte',
  categoryPersonalData: 'Personopplysninger - Kategorier tilknyttet den registrerte',
  plannedDeletion: 'Personopplysninger - Planlagte tidsfrister for sletting',
  personalDataSubjects: 'Kilder til personopplysningene',
  privacyProcessingSystems: 'System i virksomheten som behandler personopplysninger',
  recipientCategories: 'Mottakere eller kategorier av mottakere',
  internationalReceivers: 'Mottakere - tredjeland eller internasjonale organisasjoner',
  guarantees: 'Garantier ved overføring',
  securityMeasures: 'Tekniske og organisatoriske sikkerhetstiltak',
  dpiaConducted: 'Er det gjennomført DPIA?',
  dpiaReference: 'Referanse til DPIA',
  processStatus: 'Behandlingstatus',
};
const nine = {
  labels: {
    a: 'Artikkel 9(2)(a) - Samtykke',
    b: 'Artikkel 9(2)(b) - Trygde-, arbeids- og sosialrettslige forhold',
    c: 'Artikkel 9(2)(c) - Vern av noen vitale interesser',
    d: 'Artikkel 9(2)(d) - Medlemsopplysninger',
    e: 'Artikkel 9(2)(e) - Offentliggjorte opplysninger',
    f: 'Artikkel 9(2)(f) - Rettskrav/domstolsbehandling',
    g: 'Artikkel 9(2)(g) - Viktige allmenne interesser',
    h: 'Artikkel 9(2)(h) - Medisinske opplysninger',
    i: 'Artikkel 9(2)(i) - Allmenne folkehelseopplysninger',
    j: 'Artikkel 9(2)(j) - Arkiv- og forskningsformål',
  } as Record<string, string>,
  reference: (l: string) => `Artikkel 9(2)(${l}) - Henvisning til annet hjemmelsgrunnlag`,
};
const localization = { yes: 'Ja', no: 'Nei', processStatus: { APPROVED: 'Godkjent', DRAFT: 'Utkast' } as Record<string, string> };

interface CsvColumn {
  key: string;
  title: string;
}

/** src/utils/csv.ts, without the browser download: the bytes the Blob held. */
function csvText(data: Record<string, unknown>[], columns: CsvColumn[]): string {
  const nullToEmptyReplacer = (_key: string, value: unknown) => (value === null ? '' : value);
  const prepareDataItem = (dataItem: Record<string, unknown>) => columns.map((column) => JSON.stringify(dataItem[column.key] ?? '-', nullToEmptyReplacer));
  const headingsRow = columns.map((column) => column.title).join(';');
  const contentRows = data.map((dataItem) => prepareDataItem(dataItem).join(';'));
  return '\uFEFF' + [headingsRow, ...contentRows].join('\r\n');
}

const yesNoOrEmpty = (bool: boolean | undefined, yesText: string = localization.yes) => (typeof bool === 'boolean' ? (bool ? yesText : localization.no) : '');
const yesOrEmpty = (bool: boolean | undefined, yesText: string = localization.yes) => (typeof bool === 'boolean' && bool ? yesText : '');
const LETTERS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];

/** `downloadCSVExport(requiredFieldsOnly)`: false is «Behandlingsoversikt CSV», true is «Protokoll CSV». */
export function behandlingsoversiktCsv(
  records: BoRecord[],
  organization: { name: string },
  organizationId: string,
  representatives: Representatives,
  requiredFieldsOnly: boolean,
): string {
  const variableHeaders: CsvColumn[] = requiredFieldsOnly
    ? [
        { key: 'purpose', title: csvHeaders.purpose },
        { key: 'commonDataControllerChecked', title: csvHeaders.commonDataControllerChecked },
        { key: 'commonDataControllerCompanies', title: csvHeaders.commonDataControllerCompanies },
        { key: 'commonDataControllerContact', title: csvHeaders.commonDataControllerContact },
        { key: 'categorySubjects', title: csvHeaders.categorySubjects },
        { key: 'categoryPersonalData', title: csvHeaders.categoryPersonalData },
        { key: 'plannedDeletion', title: csvHeaders.plannedDeletion },
        { key: 'recipientCategories', title: csvHeaders.recipientCategories },
        { key: 'internationalReceivers', title: csvHeaders.internationalReceivers },
        { key: 'guarantees', title: csvHeaders.guarantees },
        { key: 'securityMeasures', title: csvHeaders.securityMeasures },
      ]
    : [
        { key: 'processStatus', title: csvHeaders.processStatus },
        { key: 'dataProcessorName', title: csvHeaders.dataProcessorName },
        { key: 'dataProcessorTlf', title: csvHeaders.dataProcessorTlf },
        { key: 'dataProcessorEmail', title: csvHeaders.dataProcessorEmail },
        { key: 'dataProcessorAgreementNames', title: csvHeaders.dataProcessorAgreementNames },
        { key: 'dataProcessorAgreementUrls', title: csvHeaders.dataProcessorAgreementUrls },
        { key: 'commonDataControllerChecked', title: csvHeaders.commonDataControllerChecked },
        { key: 'commonDataControllerCompanies', title: csvHeaders.commonDataControllerCompanies },
        { key: 'commonDataControllerResponsibilities', title: csvHeaders.commonDataControllerResponsibilities },
        { key: 'commonDataControllerContact', title: csvHeaders.commonDataControllerContact },
        { key: 'commonDataControllerEmail', title: csvHeaders.commonDataControllerEmail },
        { key: 'commonDataControllerTlf', title: csvHeaders.commonDataControllerTlf },
        { key: 'purpose', title: csvHeaders.purpose },
        { key: 'articleSixBasis', title: csvHeaders.articleSixBasis },
        { key: 'articleSixReference', title: csvHeaders.articleSixReference },
        { key: 'articleNineBasis', title: csvHeaders.articleNineBasis },
        { key: 'articleNineReference', title: csvHeaders.articleNineReference },
        { key: 'articleNineLegalityA', title: nine.labels.a! },
        ...LETTERS.slice(1).flatMap((l) => [
          { key: `articleNineLegality${l.toUpperCase()}`, title: nine.labels[l]! },
          { key: `articleNineLegality${l.toUpperCase()}Reference`, title: nine.reference(l) },
        ]),
        { key: 'articleTenBasis', title: csvHeaders.articleTenBasis },
        { key: 'articleTenReference', title: csvHeaders.articleTenReference },
        { key: 'businessAreas', title: csvHeaders.businessAreas },
        { key: 'relatedDatasets', title: csvHeaders.relatedDatasetsUrl },
        { key: 'relatedDatasetNames', title: csvHeaders.relatedDatasetsName },
        { key: 'categorySubjects', title: csvHeaders.categorySubjects },
        { key: 'categoryPersonalData', title: csvHeaders.categoryPersonalData },
        { key: 'plannedDeletion', title: csvHeaders.plannedDeletion },
        { key: 'personalDataSubjects', title: csvHeaders.personalDataSubjects },
        { key: 'privacyProcessingSystems', title: csvHeaders.privacyProcessingSystems },
        { key: 'recipientCategories', title: csvHeaders.recipientCategories },
        { key: 'internationalReceivers', title: csvHeaders.internationalReceivers },
        { key: 'guarantees', title: csvHeaders.guarantees },
        { key: 'securityMeasures', title: csvHeaders.securityMeasures },
        { key: 'dpiaConducted', title: csvHeaders.dpiaConducted },
        { key: 'dpiaReference', title: csvHeaders.dpiaReference },
      ];
  const headers: CsvColumn[] = [
    { key: 'organizationName', title: csvHeaders.organizationName },
    { key: 'organizationId', title: csvHeaders.organizationId },
    { key: 'dataControllerRepresentative', title: csvHeaders.dataControllerRepresentative },
    { key: 'dataControllerRepresentativeAddress', title: csvHeaders.dataControllerRepresentativeAddress },
    { key: 'dataControllerRepresentativeEmail', title: csvHeaders.dataControllerRepresentativeEmail },
    { key: 'dataControllerRepresentativePhone', title: csvHeaders.dataControllerRepresentativePhone },
    { key: 'outsideEU', title: csvHeaders.dataControllerRepresentativeInEU },
    { key: 'euRepresentativeName', title: csvHeaders.dataControllerRepresentativeInEUName },
    { key: 'euRepresentativeAddress', title: csvHeaders.dataControllerRepresentativeInEUAddress },
    { key: 'euRepresentativeEmail', title: csvHeaders.dataControllerRepresentativeInEUEmail },
    { key: 'euRepresentativePhone', title: csvHeaders.dataControllerRepresentativeInEUPhone },
    { key: 'dataProtectionOfficerName', title: csvHeaders.dataProtectionOfficerName },
    { key: 'dataProtectionOfficerAddress', title: csvHeaders.dataProtectionOfficerAddress },
    { key: 'dataProtectionOfficerEmail', title: csvHeaders.dataProtectionOfficerEmail },
    { key: 'dataProtectionOfficerPhone', title: csvHeaders.dataProtectionOfficerPhone },
    { key: 'title', title: csvHeaders.title },
    ...variableHeaders,
  ];
  const reps = representatives;
  const eu = reps.dataControllerRepresentativeInEU;
  const hasEuRepresentative = !!(eu?.name || eu?.address || eu?.email || eu?.phone);
  const common = (record: BoRecord) => ({
    organizationName: organization?.name ?? '',
    organizationId,
    dataControllerRepresentative: reps?.dataControllerRepresentative?.name ?? '',
    dataControllerRepresentativeAddress: reps?.dataControllerRepresentative?.address ?? '',
    dataControllerRepresentativeEmail: reps?.dataControllerRepresentative?.email ?? '',
    dataControllerRepresentativePhone: reps?.dataControllerRepresentative?.phone ?? '',
    outsideEU: hasEuRepresentative ? localization.yes : localization.no,
    euRepresentativeName: eu?.name ?? '',
    euRepresentativeAddress: eu?.address ?? '',
    euRepresentativeEmail: eu?.email ?? '',
    euRepresentativePhone: eu?.phone ?? '',
    dataProtectionOfficerName: reps?.dataProtectionOfficer?.name ?? '',
    dataProtectionOfficerAddress: reps?.dataProtectionOfficer?.address ?? '',
    dataProtectionOfficerEmail: reps?.dataProtectionOfficer?.email ?? '',
    dataProtectionOfficerPhone: reps?.dataProtectionOfficer?.phone ?? '',
    title: record.title ?? '',
  });
  const shared = (record: BoRecord) => ({
    purpose: record.purpose ?? '',
    commonDataControllerChecked: yesNoOrEmpty(record.commonDataControllerContact?.commonDataControllerChecked, `${localization.yes}`),
    commonDataControllerCompanies: record.commonDataControllerContact?.companies ?? '',
    commonDataControllerContact: record.commonDataControllerContact?.contactPoints?.map((item) => item.name)?.join(' | ') ?? '',
    categorySubjects: record.categories?.map((item) => item.dataSubjectCategories)?.join(' | ') ?? '',
    categoryPersonalData: record.categories?.map((item) => item.personalDataCategories?.join(' | '))?.join(' :: ') ?? '',
    plannedDeletion: record.plannedDeletion ?? '',
    recipientCategories: record.recipientCategories?.join(' | ') ?? '',
    internationalReceivers: yesNoOrEmpty(record.dataTransfers?.transferred, `${localization.yes}, ${record.dataTransfers?.thirdCountryRecipients}`),
    guarantees: record.dataTransfers?.guarantees ?? '',
    securityMeasures: record.securityMeasures ?? '',
  });
  const legality = (record: BoRecord, l: string) => record.otherArticles?.articleNine?.legalities?.find(({ legality: x }) => x === `9.2.${l}`);
  const csvData = records
    .filter((record) => (requiredFieldsOnly ? record.status === 'APPROVED' : true))
    .map((record): Record<string, unknown> =>
      requiredFieldsOnly
        ? { ...common(record), ...shared(record) }
        : {
            ...common(record),
            processStatus: localization.processStatus[`${record.status}`],
            dataProcessorName: record.dataProcessorContactDetails?.map((item) => item.name)?.join(' | ') ?? '',
            dataProcessorTlf: record.dataProcessorContactDetails?.map((item) => item.phone)?.join(' | ') ?? '',
            dataProcessorEmail: record.dataProcessorContactDetails?.map((item) => item.email)?.join(' | ') ?? '',
            dataProcessorAgreementNames: record.dataProcessingAgreements?.map((item) => item.dataProcessorName)?.join(' | ') ?? '',
            dataProcessorAgreementUrls: record.dataProcessingAgreements?.map((item) => item.agreementUrl)?.join(' | ') ?? '',
            ...shared(record),
            commonDataControllerResponsibilities: record.commonDataControllerContact?.distributionOfResponsibilities ?? '',
            commonDataControllerEmail: record.commonDataControllerContact?.contactPoints?.map((item) => item.email)?.join(' | ') ?? '',
            commonDataControllerTlf: record.commonDataControllerContact?.contactPoints?.map((item) => item.phone)?.join(' | ') ?? '',
            articleSixBasis: record.articleSixBasis?.map((item) => item.legality)?.join(' | ') ?? '',
            articleSixReference: record.articleSixBasis?.map((item) => item.referenceUrl ?? ' ')?.join(' | ') ?? '',
            articleNineBasis: yesNoOrEmpty(record.otherArticles?.articleNine?.checked),
            articleNineReference:
              record.otherArticles?.articleNine?.checked && record.otherArticles?.articleNine?.referenceUrl !== null
                ? record.otherArticles?.articleNine?.referenceUrl
                : '',
            ...Object.fromEntries(
              LETTERS.flatMap((l) => [
                [`articleNineLegality${l.toUpperCase()}`, yesOrEmpty(legality(record, l)?.checked)],
                ...(l === 'a' ? [] : [[`articleNineLegality${l.toUpperCase()}Reference`, legality(record, l)?.referenceUrl ?? '']]),
              ]),
            ),
            articleTenBasis: yesNoOrEmpty(record.otherArticles?.articleTen?.checked),
            articleTenReference: record.otherArticles?.articleTen?.checked ? record.otherArticles?.articleTen?.referenceUrl : '',
            businessAreas: record.businessAreas?.join(' | ') ?? '',
            relatedDatasets: record.relatedDatasets?.map((id) => `https://data.norge.no/datasets/${id}`)?.join(' | ') ?? '',
            relatedDatasetNames: record.relatedDatasets?.map(() => '')?.join(' | ') ?? '',
            personalDataSubjects: record.personalDataSubjects ?? '',
            privacyProcessingSystems: record.privacyProcessingSystems ?? '',
            dpiaConducted: yesNoOrEmpty(record.dataProtectionImpactAssessment?.conducted),
            dpiaReference: record.dataProtectionImpactAssessment?.conducted ? record.dataProtectionImpactAssessment?.assessmentReportUrl : '',
          },
    );
  return csvText(csvData, headers);
}
