import { describe, expect, it } from 'vitest';
// @ts-expect-error jsonld ships no types
import jsonld from 'jsonld';
import { DPV_CONTEXT, dpv } from '../../src/render/report/dpv.js';
import { recordActivities } from '../../src/render/report/model.js';
import { BASIC, load } from './helpers.js';

const DPV = 'https://w3id.org/dpv#';
const GDPR = 'https://w3id.org/dpv/legal/eu/gdpr#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

/** No network in tests: the context is inline, and any remote document is an error. */
const documentLoader = async (url: string): Promise<never> => {
  throw new Error(`the DPV export must not need a remote document: ${url}`);
};

async function triples(text: string): Promise<Set<string>> {
  // safe mode makes jsonld fail on any term it would otherwise drop silently.
  const nquads: string = await jsonld.toRDF(JSON.parse(text), { format: 'application/n-quads', documentLoader, safe: true });
  return new Set(nquads.split('\n').filter((l) => l !== ''));
}

const iri = (s: string): string => `<${s}>`;
const has = (set: Set<string>, s: string, p: string, o: string): boolean => set.has(`${iri(s)} ${iri(p)} ${o} .`);

describe('dpv', () => {
  const registry = load(BASIC);
  // Every activity (the internal copy): BASIC's «statistics» is in review.
  const controller = dpv(registry, recordActivities(registry, 'controller', 'nb', false, true), {
    kind: 'controller',
    variant: 'internal',
    date: '2026-03-01',
  });

  it('uses the DPV and GDPR-extension namespaces, inline', () => {
    const doc = JSON.parse(controller) as { '@context': unknown };
    expect(doc['@context']).toEqual(DPV_CONTEXT);
    expect(DPV_CONTEXT.dpv).toBe(DPV);
    expect(DPV_CONTEXT['eu-gdpr']).toBe(GDPR);
  });

  it('parses as JSON-LD into the record: processes, purposes, legal bases, data, recipients, transfers, measures', async () => {
    const t = await triples(controller);
    const payroll = 'urn:ropa:activity:payroll';
    const statistics = 'urn:ropa:activity:statistics';
    expect(has(t, 'urn:ropa:record', RDF_TYPE, iri(`${DPV}DataProcessingRecord`))).toBe(true);
    expect(has(t, 'urn:ropa:record', 'http://purl.org/dc/terms/hasPart', iri(payroll))).toBe(true);
    // The internal working copy says so on the record (the official one says `official`).
    expect(has(t, 'urn:ropa:record', 'http://purl.org/dc/terms/type', '"internal"')).toBe(true);
    expect(has(t, 'urn:ropa:organisation', RDF_TYPE, iri(`${DPV}DataController`))).toBe(true);
    expect(has(t, payroll, RDF_TYPE, iri(`${DPV}Process`))).toBe(true);
    expect(has(t, payroll, `${DPV}hasDataController`, iri('urn:ropa:organisation'))).toBe(true);
    // Legal bases: per activity, and per purpose through a sub-process.
    expect(has(t, payroll, `${DPV}hasLegalBasis`, iri(`${GDPR}A6-1-b`))).toBe(true);
    expect(has(t, payroll, `${DPV}hasLegalBasis`, iri(`${GDPR}A9-2-b`))).toBe(true);
    expect(has(t, `${payroll}:purpose:sick-leave`, `${DPV}hasLegalBasis`, iri(`${GDPR}A6-1-c`))).toBe(true);
    expect(has(t, payroll, `${DPV}hasPurpose`, iri(`${payroll}:purpose:pay`))).toBe(true);
    expect(has(t, `${payroll}:purpose:pay`, 'http://purl.org/dc/terms/description', '"Utbetale lønn"@nb')).toBe(true);
    // Data, subjects, sources, recipients, processors.
    expect(has(t, payroll, `${DPV}hasPersonalData`, iri('urn:ropa:data:sick-leave'))).toBe(true);
    expect(has(t, 'urn:ropa:data:sick-leave', RDF_TYPE, iri(`${DPV}SpecialCategoryPersonalData`))).toBe(true);
    expect(has(t, payroll, `${DPV}hasDataSubject`, iri('urn:ropa:subject:employees'))).toBe(true);
    expect(has(t, statistics, `${DPV}hasDataSource`, iri('urn:ropa:source:folkeregisteret'))).toBe(true);
    expect(has(t, payroll, `${DPV}hasRecipient`, iri('urn:ropa:recipient:nav'))).toBe(true);
    expect(has(t, payroll, `${DPV}hasDataProcessor`, iri('urn:ropa:processor:acos'))).toBe(true);
    expect(has(t, 'urn:ropa:agreement:acos', RDF_TYPE, iri(`${DPV}DataProcessingAgreement`))).toBe(true);
    // The transfer: third country and Chapter V mechanism.
    expect(has(t, `${statistics}:transfer:1`, `${DPV}hasThirdCountry`, iri('https://w3id.org/dpv/loc#US'))).toBe(true);
    expect(has(t, `${statistics}:transfer:1`, `${DPV}hasLegalBasis`, iri(`${GDPR}A46-2-c`))).toBe(true);
    expect(has(t, `${statistics}:transfer:1`, `${DPV}hasProcessing`, iri(`${DPV}Transfer`))).toBe(true);
    // Measures and national law.
    expect(has(t, payroll, `${DPV}hasTechnicalMeasure`, iri('urn:ropa:measure:encryption'))).toBe(true);
    expect(has(t, payroll, `${DPV}hasOrganisationalMeasure`, iri('urn:ropa:measure:access-control'))).toBe(true);
    expect(has(t, 'https://lovdata.no/lov/1992-12-04-126', RDF_TYPE, iri(`${DPV}Law`))).toBe(true);
    // Retention: a storage condition, endless for permanent archiving.
    expect(has(t, `${statistics}:retention:1`, RDF_TYPE, iri(`${DPV}StorageCondition`))).toBe(true);
    expect([...t].some((q) => q.endsWith(`<${RDF_TYPE}> <${DPV}EndlessDuration> .`))).toBe(true);
    expect([...t].some((q) => q.includes('"P5Y"^^<http://www.w3.org/2001/XMLSchema#duration>'))).toBe(true);
    // The DPIA and the DPO.
    expect([...t].some((q) => q.endsWith(`<${RDF_TYPE}> <${DPV}DPIA> .`))).toBe(true);
    expect(has(t, 'urn:ropa:dpo', `${DPV}hasName`, '"Kari Nordmann"')).toBe(true);
  });

  it('makes the organisation the processor in the record as processor', async () => {
    const t = await triples(dpv(registry, recordActivities(registry, 'processor', 'nb', false), { kind: 'processor', variant: 'official' }));
    expect(has(t, 'urn:ropa:organisation', RDF_TYPE, iri(`${DPV}DataProcessor`))).toBe(true);
    expect(has(t, 'urn:ropa:activity:hospital-support', `${DPV}hasDataProcessor`, iri('urn:ropa:organisation'))).toBe(true);
    expect([...t].some((q) => q.startsWith('<urn:ropa:activity:hospital-support:controller:1>') && q.includes('"Sykehuset HF"'))).toBe(true);
  });
});
