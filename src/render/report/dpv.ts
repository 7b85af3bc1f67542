import type { Registry } from '../../model/registry.js';
import type { ResolvedActivity, ResolvedLaw, Ref } from '../../model/resolve.js';
import type { Address, Contact, GdprBasisCode, LocalText, Party, TransferMechanism } from '../../model/types.js';
import { LANGUAGES, t } from '../../i18n/index.js';
import type { ReportKind, ReportVariant } from './model.js';

/**
 * The record as JSON-LD in the W3C Data Privacy Vocabulary (https://w3id.org/dpv#) and its GDPR
 * extension (https://w3id.org/dpv/legal/eu/gdpr#): one dpv:Process per activity with its purposes,
 * legal bases, data subjects, personal data, sources, recipients, processors, transfers, storage
 * conditions and measures; catalogue entries once each. DPV has no Norwegian legal module, so
 * national statutes are dpv:Law nodes named by their Lovdata address. Our own nodes get `urn:ropa:`
 * identifiers built from registry ids, which the schema restricts to [a-z0-9-].
 */
type Node = Record<string, unknown>;

export const DPV_CONTEXT = {
  dpv: 'https://w3id.org/dpv#',
  'eu-gdpr': 'https://w3id.org/dpv/legal/eu/gdpr#',
  loc: 'https://w3id.org/dpv/loc#',
  dct: 'http://purl.org/dc/terms/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

const ORG = 'urn:ropa:organisation';
const iri = (kind: string, id: string): string => `urn:ropa:${kind}:${id}`;
const ref = (id: string): Node => ({ '@id': id });
const country = (code: string): Node => ref(`loc:${code}`);

/** A registry text as language-tagged literals; one plain string stays plain. */
function lit(value: LocalText | undefined): unknown {
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  return Object.entries(value).map(([lang, v]) => ({ '@value': v, '@language': lang }));
}

/** Drops undefined values and empty lists, so that absent facts are absent triples. */
function node(fields: Record<string, unknown>): Node {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
}

/** GDPR codes in the registry's form map onto DPV's eu-gdpr terms; A10 and A9-1 have none. */
function basisNode(code: GdprBasisCode): Node {
  if (code === 'A10' || code === 'A9-1') {
    return { '@type': 'dpv:LegalBasis', 'skos:prefLabel': { '@value': t('en', `terms.basis.${code}.cite`), '@language': 'en' } };
  }
  return ref(`eu-gdpr:${code}`);
}

/** DPV names the Art. 49(1) second-subparagraph case A49-2. */
function mechanismNode(m: TransferMechanism): Node {
  return ref(`eu-gdpr:${m === 'A49-1-subpara2' ? 'A49-2' : m}`);
}

function lawIri(law: ResolvedLaw): string | undefined {
  if (typeof law.ref === 'string') return undefined;
  return law.law?.value.url ?? iri('law', law.ref.law);
}

/** A citation: the law itself, or the section as a part of it. */
function lawNode(law: ResolvedLaw): Node {
  const whole = lawIri(law);
  if (whole === undefined) return { '@type': 'dpv:Law', 'skos:prefLabel': law.ref as string };
  if (law.section === undefined) return ref(whole);
  return { '@type': 'dpv:Law', 'skos:prefLabel': law.section, 'dct:isPartOf': ref(whole) };
}

function addressText(a: Address | undefined): string | undefined {
  if (a === undefined) return undefined;
  return [...a.lines, [a.postalCode, a.city].filter(Boolean).join(' '), a.country].filter((s) => s !== undefined && s !== '').join(', ');
}

function contactFields(c: Contact | undefined): Record<string, unknown> {
  if (c === undefined) return {};
  return {
    'dpv:hasName': c.name,
    'dpv:hasContact': [
      c.email !== undefined ? `mailto:${c.email}` : undefined,
      c.phone !== undefined ? `tel:${c.phone.replace(/[^0-9+]/g, '')}` : undefined,
      c.url,
    ].filter(Boolean),
    'dpv:hasAddress': addressText(c.address),
  };
}

function party(id: string, type: string, p: Party): Node {
  return node({
    '@id': id,
    '@type': type,
    'dpv:hasName': p.name,
    'dpv:hasIdentifier': p.organisationNumber,
    'dpv:hasCountry': p.country !== undefined ? country(p.country) : undefined,
    ...(p.contact ? { 'dpv:hasContact': contactFields(p.contact)['dpv:hasContact'] } : {}),
    'dpv:hasDataProtectionOfficer': p.dpo ? node({ '@type': 'dpv:DataProtectionOfficer', ...contactFields(p.dpo) }) : undefined,
    'dpv:hasRepresentative': p.representative ? node({ '@type': 'dpv:Representative', ...contactFields(p.representative) }) : undefined,
  });
}

function storage(a: ResolvedActivity): Node[] {
  return a.retention.map((r, i) =>
    node({
      '@id': `${iri('activity', a.activity.id)}:retention:${i + 1}`,
      '@type': ['dpv:StorageCondition', 'dpv:StorageDuration'],
      'dct:title': r.policy ? lit(r.policy.value.name as LocalText) : undefined,
      'dct:description': lit(r.description),
      'dpv:hasPersonalData': r.categories.map((c) => ref(iri('data', c.id))),
      'dpv:hasDuration': node({
        '@type': r.permanent ? 'dpv:EndlessDuration' : r.period !== undefined ? 'dpv:TemporalDuration' : 'dpv:UntilEventDuration',
        'rdf:value': r.period !== undefined ? { '@value': r.period, '@type': 'xsd:duration' } : undefined,
        'dct:description': lit(r.trigger),
      }),
      'dpv:hasApplicableLaw': r.law.map(lawNode),
    }),
  );
}

function processNode(a: ResolvedActivity, kind: ReportKind, registry: Registry): Node {
  const id = iri('activity', a.activity.id);
  const joint = (a.activity.jointControllers ?? []).map((j) => ref(iri('joint-controller', j.controller)));
  const measures = (type: 'technical' | 'organisational'): Node[] =>
    a.securityMeasures.filter((m) => m.value.type === type).map((m) => ref(iri('measure', m.id)));
  const bases = a.purposes.flatMap((p) => p.legalBasis);
  const controllers =
    kind === 'processor' ? (a.activity.processorFor?.controllers ?? []).map((p, i) => party(`${id}:controller:${i + 1}`, 'dpv:DataController', p)) : [ref(ORG)];
  return node({
    '@id': id,
    '@type': 'dpv:Process',
    'dct:identifier': a.activity.id,
    'dct:title': lit(a.activity.title),
    'dct:description': lit(a.activity.description),
    'dpv:hasDataController': controllers,
    'dpv:hasJointDataControllers': joint.length > 0 ? node({ '@type': 'dpv:JointDataControllers', 'dpv:hasDataController': [ref(ORG), ...joint] }) : undefined,
    'dpv:hasDataProcessor': [...(kind === 'processor' ? [ref(ORG)] : []), ...a.processors.map((p) => ref(iri('processor', p.id)))],
    'dpv:hasPurpose': a.purposes.map((p) => ref(`${id}:purpose:${p.id}`)),
    'dpv:hasLegalBasis': dedupe(bases.map((b) => basisNode(b.gdpr))),
    'dpv:hasApplicableLaw': dedupe(bases.flatMap((b) => b.law.map(lawNode))),
    'dpv:hasDataSubject': a.dataSubjects.map((s) => ref(iri('subject', s.id))),
    'dpv:hasPersonalData': a.dataCategories.map((d) => ref(iri('data', d.id))),
    'dpv:hasDataSource': a.sources.map((s) => ref(iri('source', s.id))),
    'dpv:hasRecipient': Array.isArray(a.recipients) ? a.recipients.map((x) => ref(iri('recipient', x.id))) : undefined,
    'dpv:hasTechnicalMeasure': measures('technical'),
    'dpv:hasOrganisationalMeasure': measures('organisational'),
    'dpv:hasStorageCondition': storage(a),
    'dpv:hasLocation': (a.activity.dataLocation ?? []).map(country),
    'dpv:hasImpactAssessment':
      a.activity.dpia && (a.activity.dpia.reference !== undefined || a.activity.dpia.status === 'done' || a.activity.dpia.status === 'in-progress')
        ? node({
            '@type': 'dpv:DPIA',
            'dct:identifier': a.activity.dpia.reference,
            'dct:date': a.activity.dpia.date !== undefined ? { '@value': a.activity.dpia.date, '@type': 'xsd:date' } : undefined,
          })
        : undefined,
    'dpv:hasProcess': [
      // One sub-process per purpose ties each purpose to its own legal bases.
      ...a.purposes.map((p) =>
        node({
          '@id': `${id}:purpose:${p.id}`,
          '@type': ['dpv:Process', 'dpv:Purpose'],
          'dct:description': lit(p.description),
          'dpv:hasLegalBasis': p.legalBasis.map((b) => basisNode(b.gdpr)),
          'dpv:hasApplicableLaw': dedupe(p.legalBasis.flatMap((b) => b.law.map(lawNode))),
          'dpv:hasTechnicalOrganisationalMeasure': p.safeguards.map((m) => ref(iri('measure', m.id))),
        }),
      ),
      ...(Array.isArray(a.transfers) ? a.transfers : []).map((tr, i) =>
        node({
          '@id': `${id}:transfer:${i + 1}`,
          '@type': 'dpv:Process',
          'dpv:hasProcessing': ref('dpv:Transfer'),
          'dpv:hasRecipient': tr.party ? ref(iri(registry.catalogues.recipients.has(tr.party.id) ? 'recipient' : 'processor', tr.party.id)) : undefined,
          'dpv:hasThirdCountry': tr.country !== undefined ? country(tr.country) : undefined,
          'dct:title': tr.organisation,
          'dpv:hasLegalBasis': tr.mechanism !== undefined ? [mechanismNode(tr.mechanism)] : undefined,
          'dct:description': [tr.reference, ...(tr.safeguards !== undefined ? [lit(tr.safeguards)] : [])].filter((x) => x !== undefined).flat(),
        }),
      ),
    ],
  });
}

function dedupe(nodes: Node[]): Node[] {
  const seen = new Set<string>();
  return nodes.filter((n) => {
    const key = JSON.stringify(n);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function catalogueNodes(registry: Registry, activities: readonly ResolvedActivity[]): Node[] {
  const used = <T>(pick: (a: ResolvedActivity) => readonly Ref<T>[]): Ref<T>[] => {
    const byId = new Map<string, Ref<T>>();
    for (const a of activities) for (const x of pick(a)) byId.set(x.id, x);
    return [...byId.values()].sort((x, y) => (x.id < y.id ? -1 : 1));
  };
  const org = registry.organisation?.value;
  const joint = [...new Set(activities.flatMap((a) => (a.activity.jointControllers ?? []).map((j) => j.controller)))].sort();
  return [
    ...joint.flatMap((j) => (org?.jointControllers?.[j] ? [party(iri('joint-controller', j), 'dpv:DataController', org.jointControllers[j])] : [])),
    ...used((a) => a.dataSubjects).map((s) =>
      node({ '@id': iri('subject', s.id), '@type': 'dpv:DataSubject', 'dct:title': lit(s.value.name), 'dct:description': lit(s.value.description) }),
    ),
    ...used((a) => [...a.dataCategories, ...a.retention.flatMap((r) => r.categories)]).map((d) =>
      node({
        '@id': iri('data', d.id),
        '@type': [
          'dpv:PersonalData',
          ...(d.value.specialCategory !== undefined ? ['dpv:SpecialCategoryPersonalData'] : []),
          ...(d.value.criminalOffence ? ['dpv:SensitivePersonalData'] : []),
        ],
        'dct:title': lit(d.value.name),
        'dct:description': lit(d.value.description),
      }),
    ),
    ...used((a) => a.sources).map((s) =>
      node({ '@id': iri('source', s.id), '@type': 'dpv:DataSource', 'dct:title': lit(s.value.name), 'dct:description': lit(s.value.description) }),
    ),
    ...used((a) => (Array.isArray(a.recipients) ? a.recipients : [])).map((x) =>
      node({
        '@id': iri('recipient', x.id),
        '@type': 'dpv:Recipient',
        'dpv:hasName': lit(x.value.name),
        'dpv:hasCountry': x.value.country !== undefined ? country(x.value.country) : undefined,
      }),
    ),
    ...used((a) => a.processors).flatMap((p) => [
      node({
        '@id': iri('processor', p.id),
        '@type': 'dpv:DataProcessor',
        'dpv:hasName': p.value.name,
        'dpv:hasIdentifier': p.value.organisationNumber,
        'dpv:hasCountry': p.value.country !== undefined ? country(p.value.country) : undefined,
        'dct:description': lit(p.value.service),
      }),
      ...(p.value.agreement !== undefined
        ? [
            node({
              '@id': iri('agreement', p.id),
              '@type': 'dpv:DataProcessingAgreement',
              'dct:identifier': p.value.agreement,
              'dpv:hasDataController': ref(ORG),
              'dpv:hasDataProcessor': ref(iri('processor', p.id)),
            }),
          ]
        : []),
    ]),
    ...used((a) => [...a.securityMeasures, ...a.purposes.flatMap((p) => p.safeguards)]).map((m) =>
      node({
        '@id': iri('measure', m.id),
        '@type': m.value.type === 'technical' ? 'dpv:TechnicalMeasure' : 'dpv:OrganisationalMeasure',
        'dct:title': lit(m.value.name),
        'dct:description': lit(m.value.description),
      }),
    ),
    ...used((a) =>
      [...a.purposes.flatMap((p) => p.legalBasis.flatMap((b) => b.law)), ...a.retention.flatMap((r) => r.law)].flatMap((l) => (l.law ? [l.law] : [])),
    ).map((l) =>
      node({
        '@id': l.value.url ?? iri('law', l.id),
        '@type': 'dpv:Law',
        'dct:title': lit(l.value.title),
        'dct:alternative': lit(l.value.fullTitle),
        'dct:identifier': l.value.lovdataId,
      }),
    ),
  ];
}

export function dpv(registry: Registry, activities: readonly ResolvedActivity[], opts: { kind: ReportKind; variant: ReportVariant; date?: string }): string {
  const org = registry.organisation?.value;
  const graph: Node[] = [
    node({
      '@id': 'urn:ropa:record',
      '@type': 'dpv:DataProcessingRecord',
      'dct:title': LANGUAGES.map((l) => ({ '@value': `${t(l, `report.title.${opts.kind}`)} – ${t(l, `report.subtitle.${opts.kind}`)}`, '@language': l })),
      'dct:date': opts.date !== undefined ? { '@value': opts.date, '@type': 'xsd:date' } : undefined,
      // The official record (approved activities only) or the internal working copy: ropa's words, not DPV's.
      'dct:type': opts.variant,
      'dct:hasPart': activities.map((a) => ref(iri('activity', a.activity.id))),
    }),
    node({
      '@id': ORG,
      '@type': opts.kind === 'controller' ? 'dpv:DataController' : 'dpv:DataProcessor',
      'dpv:hasName': lit(org?.name),
      'dpv:hasIdentifier': org?.organisationNumber,
      'dpv:hasAddress': addressText(org?.address),
      'dpv:hasContact': contactFields(org?.contact)['dpv:hasContact'],
      'dpv:hasDataProtectionOfficer': org?.dpo ? node({ '@id': 'urn:ropa:dpo', '@type': 'dpv:DataProtectionOfficer', ...contactFields(org.dpo) }) : undefined,
      'dpv:hasRepresentative': org?.representative ? party('urn:ropa:representative', 'dpv:Representative', org.representative) : undefined,
      'dpv:hasRecordOfActivity': ref('urn:ropa:record'),
    }),
    ...activities.map((a) => processNode(a, opts.kind, registry)),
    ...catalogueNodes(registry, activities),
  ];
  return JSON.stringify({ '@context': DPV_CONTEXT, '@graph': graph }, null, 2) + '\n';
}
