import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { validateRegistry } from '../../src/validate/index.js';
import { referenceData } from '../../src/check/reference.js';
import { diffRegistries, type Change } from '../../src/diff/index.js';
import { isTerm } from '../../src/diff/types.js';
import { FIXTURES } from '../helpers/cli.js';

const reference = { eea: referenceData().eea.countries };

/**
 * test/fixtures/diff/base and head are one registry before and after a change that touches
 * everything `ropa diff` looks at; compared the other way round, the same pair shows removals.
 */
function changes(from: string, to: string): [string, string, string, Record<string, unknown>][] {
  const open = (name: string) => {
    const { registry, findings } = validateRegistry(join(FIXTURES, 'diff', name));
    expect(findings).toEqual([]);
    return registry;
  };
  return diffRegistries(open(from), open(to), reference).map((c: Change) => [
    c.activity?.id ?? (c.organisation ? 'organisation' : `${c.entry!.kind}:${c.entry!.id}`),
    c.id,
    c.level,
    Object.fromEntries(Object.entries(c.args).map(([k, v]) => [k, isTerm(v) ? v.code : v])),
  ]);
}

describe('diffRegistries', () => {
  it('reports what a reviewer must look at, and what is for information, activity by activity', () => {
    expect(changes('base', 'head')).toEqual([
      ['canteen', 'activity-removed', 'review', { activity: 'canteen' }],
      ['case-archive', 'activity-moved', 'info', { from: 'activities/case-archive.yaml', to: 'activities/case-archive.yml' }],
      ['case-archive', 'status-changed', 'info', { before: 'active', after: 'retired' }],
      ['case-archive', 'special-category-added', 'review', { category: 'dna-sample', special: 'genetic' }],
      ['case-archive', 'legal-basis-law-changed', 'review', { purpose: 'archive', basis: 'A6-1-c' }],
      ['case-archive', 'retention-lengthened', 'review', { category: 'contact-details', before: 'P10Y', after: 'permanent' }],
      [
        'case-archive',
        'retention-changed',
        'review',
        {
          category: 'cv',
          before: { retention: { trigger: { nb: 'til arbeidsforholdet opphører', en: 'until employment ends' }, endAction: 'delete' } },
          after: { retention: { trigger: { nb: 'til saken er avsluttet', en: 'until the case is closed' }, endAction: 'delete' } },
        },
      ],
      ['door-access', 'approval-changed', 'review', { before: 'in-review', after: 'approved' }],
      ['door-access', 'role-changed', 'review', { before: 'controller', after: 'joint-controller' }],
      ['door-access', 'automated-decisions-added', 'review', {}],
      ['door-access', 'rights-restriction-added', 'review', { right: 'access' }],
      ['door-access', 'risk-factor-added', 'review', { factor: 'employeeMonitoring' }],
      ['door-access', 'risk-factor-removed', 'review', { factor: 'systematicMonitoring' }],
      ['door-access', 'system-added', 'info', { system: 'door-system' }],
      ['door-access', 'system-removed', 'info', { system: 'hr-system' }],
      // Storage outside the EEA is for review.
      ['door-access', 'data-location-added', 'review', { location: 'US' }],
      // A field no other change speaks for is still named: nothing changes silently.
      ['door-access', 'fields-changed', 'info', { fields: 'description' }],
      // Renamed with its file unchanged, but police-certificate became criminal-offence data in the catalogue.
      ['hiring', 'activity-renamed', 'info', { from: 'recruitment', to: 'hiring' }],
      ['hiring', 'criminal-offence-data-added', 'review', { category: 'police-certificate' }],
      // sick-leave was listed before and has become special in the catalogue; health-data is new.
      ['payroll', 'special-category-added', 'review', { category: 'sick-leave', special: 'health' }],
      ['payroll', 'special-category-added', 'review', { category: 'health-data', special: 'health' }],
      ['payroll', 'criminal-offence-data-added', 'review', { category: 'criminal-record' }],
      ['payroll', 'data-category-added', 'info', { category: 'employee-number' }],
      ['payroll', 'data-subject-added', 'review', { subject: 'former-employees' }],
      ['payroll', 'purpose-changed', 'review', { purpose: 'pay' }],
      ['payroll', 'legal-basis-added', 'review', { purpose: 'pay', basis: 'A6-1-c' }],
      ['payroll', 'purpose-added', 'review', { purpose: 'sick-pay' }],
      ['payroll', 'source-added', 'review', { source: 'a-ordningen' }],
      ['payroll', 'recipient-added', 'review', { recipient: 'pension-fund' }],
      ['payroll', 'processor-added', 'review', { processor: 'cloud-host' }],
      ['payroll', 'security-measure-added', 'info', { measure: 'encryption' }],
      ['payroll', 'security-measure-removed', 'review', { measure: 'access-control' }],
      ['payroll', 'transfer-mechanism-changed', 'review', { to: 'mail-service, US', before: 'A45-3', after: 'A46-2-c' }],
      // DPF certification is what an A45-3 transfer to the US rests on: once hidden behind the mechanism's change.
      ['payroll', 'transfer-changed', 'review', { to: 'mail-service, US', fields: 'dpfCertified' }],
      ['payroll', 'transfer-added-eea', 'info', { to: 'cloud-host, IE' }],
      ['payroll', 'transfer-added', 'review', { to: 'pension-fund, IN', mechanism: 'A46-2-c' }],
      ['payroll', 'retention-lengthened', 'review', { category: 'contact-details', before: 'P5Y', after: 'P10Y' }],
      // P36M is three years: shorter than the accounting policy's P5Y it had before.
      ['payroll', 'retention-shortened', 'info', { category: 'bank-account', before: 'P5Y', after: 'P36M' }],
      ['payroll', 'retention-added', 'info', { category: 'cv', after: { retention: { period: 'P5Y', endAction: 'delete' } } }],
      ['payroll', 'dpia-status-changed', 'review', { before: 'not-screened', after: 'done' }],
      ['payroll', 'fields-changed', 'info', { fields: 'title, dpia.date' }],
      ['whistleblowing', 'activity-added', 'review', { activity: 'whistleblowing' }],
      ['organisation', 'organisation-changed', 'review', { field: 'dpo' }],
      ['organisation', 'organisation-fields-changed', 'info', { fields: 'shortName' }],
      ['dataSubjects:former-employees', 'entry-added', 'info', { kind: 'dataSubjects', entry: 'former-employees' }],
      ['dataCategories:criminal-record', 'entry-added', 'info', { kind: 'dataCategories', entry: 'criminal-record' }],
      ['dataCategories:dna-sample', 'category-special-changed', 'review', { category: 'dna-sample', before: 'biometric', after: 'genetic' }],
      ['dataCategories:employee-number', 'entry-added', 'info', { kind: 'dataCategories', entry: 'employee-number' }],
      ['dataCategories:health-data', 'entry-added', 'info', { kind: 'dataCategories', entry: 'health-data' }],
      ['dataCategories:police-certificate', 'category-became-criminal', 'review', { category: 'police-certificate' }],
      ['dataCategories:sick-leave', 'category-became-special', 'review', { category: 'sick-leave', special: 'health' }],
      ['sources:a-ordningen', 'entry-added', 'info', { kind: 'sources', entry: 'a-ordningen' }],
      ['recipients:pension-fund', 'entry-added', 'info', { kind: 'recipients', entry: 'pension-fund' }],
      ['processors:cloud-host', 'entry-added', 'info', { kind: 'processors', entry: 'cloud-host' }],
      ['processors:payroll-vendor', 'party-country-changed', 'review', { kind: 'processors', entry: 'payroll-vendor', before: 'NO', after: 'US' }],
      ['processors:payroll-vendor', 'entry-changed', 'info', { kind: 'processors', entry: 'payroll-vendor', fields: 'agreement' }],
      ['systems:door-system', 'entry-added', 'info', { kind: 'systems', entry: 'door-system' }],
    ]);
  });

  it('reports removals, mostly for information, when compared the other way round', () => {
    expect(changes('head', 'base')).toEqual([
      ['canteen', 'activity-added', 'review', { activity: 'canteen' }],
      ['case-archive', 'activity-moved', 'info', { from: 'activities/case-archive.yml', to: 'activities/case-archive.yaml' }],
      ['case-archive', 'status-changed', 'info', { before: 'retired', after: 'active' }],
      ['case-archive', 'special-category-added', 'review', { category: 'dna-sample', special: 'biometric' }],
      ['case-archive', 'legal-basis-law-changed', 'review', { purpose: 'archive', basis: 'A6-1-c' }],
      ['case-archive', 'retention-shortened', 'info', { category: 'contact-details', before: 'permanent', after: 'P10Y' }],
      [
        'case-archive',
        'retention-changed',
        'review',
        {
          category: 'cv',
          before: { retention: { trigger: { nb: 'til saken er avsluttet', en: 'until the case is closed' }, endAction: 'delete' } },
          after: { retention: { trigger: { nb: 'til arbeidsforholdet opphører', en: 'until employment ends' }, endAction: 'delete' } },
        },
      ],
      ['door-access', 'approval-changed', 'info', { before: 'approved', after: 'in-review' }],
      ['door-access', 'role-changed', 'review', { before: 'joint-controller', after: 'controller' }],
      ['door-access', 'automated-decisions-removed', 'info', {}],
      ['door-access', 'rights-restriction-removed', 'info', { right: 'access' }],
      ['door-access', 'risk-factor-added', 'review', { factor: 'systematicMonitoring' }],
      ['door-access', 'risk-factor-removed', 'review', { factor: 'employeeMonitoring' }],
      ['door-access', 'system-added', 'info', { system: 'hr-system' }],
      ['door-access', 'system-removed', 'info', { system: 'door-system' }],
      ['door-access', 'data-location-removed', 'info', { location: 'US' }],
      ['door-access', 'fields-changed', 'info', { fields: 'description' }],
      ['payroll', 'special-category-removed', 'info', { category: 'sick-leave', special: 'health' }],
      ['payroll', 'special-category-removed', 'info', { category: 'health-data', special: 'health' }],
      ['payroll', 'criminal-offence-data-removed', 'info', { category: 'criminal-record' }],
      ['payroll', 'data-category-removed', 'info', { category: 'employee-number' }],
      ['payroll', 'data-subject-removed', 'info', { subject: 'former-employees' }],
      ['payroll', 'purpose-changed', 'review', { purpose: 'pay' }],
      ['payroll', 'legal-basis-removed', 'review', { purpose: 'pay', basis: 'A6-1-c' }],
      ['payroll', 'purpose-removed', 'info', { purpose: 'sick-pay' }],
      ['payroll', 'source-removed', 'info', { source: 'a-ordningen' }],
      ['payroll', 'recipient-removed', 'info', { recipient: 'pension-fund' }],
      ['payroll', 'processor-removed', 'info', { processor: 'cloud-host' }],
      ['payroll', 'security-measure-added', 'info', { measure: 'access-control' }],
      ['payroll', 'security-measure-removed', 'review', { measure: 'encryption' }],
      ['payroll', 'transfer-mechanism-changed', 'review', { to: 'mail-service, US', before: 'A46-2-c', after: 'A45-3' }],
      // DPF certification is what an A45-3 transfer to the US rests on: once hidden behind the mechanism's change.
      ['payroll', 'transfer-changed', 'review', { to: 'mail-service, US', fields: 'dpfCertified' }],
      ['payroll', 'transfer-removed', 'info', { to: 'cloud-host, IE' }],
      ['payroll', 'transfer-removed', 'info', { to: 'pension-fund, IN' }],
      ['payroll', 'retention-shortened', 'info', { category: 'contact-details', before: 'P10Y', after: 'P5Y' }],
      ['payroll', 'retention-lengthened', 'review', { category: 'bank-account', before: 'P36M', after: 'P5Y' }],
      ['payroll', 'retention-removed', 'review', { category: 'cv', before: { retention: { period: 'P5Y', endAction: 'delete' } } }],
      ['payroll', 'dpia-status-changed', 'review', { before: 'done', after: 'not-screened' }],
      ['payroll', 'fields-changed', 'info', { fields: 'title, dpia.date' }],
      ['recruitment', 'activity-renamed', 'info', { from: 'hiring', to: 'recruitment' }],
      ['recruitment', 'criminal-offence-data-removed', 'info', { category: 'police-certificate' }],
      ['whistleblowing', 'activity-removed', 'review', { activity: 'whistleblowing' }],
      ['organisation', 'organisation-changed', 'review', { field: 'dpo' }],
      ['organisation', 'organisation-fields-changed', 'info', { fields: 'shortName' }],
      ['dataSubjects:former-employees', 'entry-removed', 'info', { kind: 'dataSubjects', entry: 'former-employees' }],
      ['dataCategories:dna-sample', 'category-special-changed', 'review', { category: 'dna-sample', before: 'genetic', after: 'biometric' }],
      ['dataCategories:police-certificate', 'category-no-longer-criminal', 'info', { category: 'police-certificate' }],
      ['dataCategories:sick-leave', 'category-no-longer-special', 'info', { category: 'sick-leave', special: 'health' }],
      ['dataCategories:criminal-record', 'entry-removed', 'info', { kind: 'dataCategories', entry: 'criminal-record' }],
      ['dataCategories:employee-number', 'entry-removed', 'info', { kind: 'dataCategories', entry: 'employee-number' }],
      ['dataCategories:health-data', 'entry-removed', 'info', { kind: 'dataCategories', entry: 'health-data' }],
      ['sources:a-ordningen', 'entry-removed', 'info', { kind: 'sources', entry: 'a-ordningen' }],
      ['recipients:pension-fund', 'entry-removed', 'info', { kind: 'recipients', entry: 'pension-fund' }],
      // Moving a processor into the EEA needs no review.
      ['processors:payroll-vendor', 'party-country-changed', 'info', { kind: 'processors', entry: 'payroll-vendor', before: 'US', after: 'NO' }],
      ['processors:payroll-vendor', 'entry-changed', 'info', { kind: 'processors', entry: 'payroll-vendor', fields: 'agreement' }],
      ['processors:cloud-host', 'entry-removed', 'info', { kind: 'processors', entry: 'cloud-host' }],
      ['systems:door-system', 'entry-removed', 'info', { kind: 'systems', entry: 'door-system' }],
    ]);
  });

  it('finds nothing between a registry and itself', () => {
    expect(changes('base', 'base')).toEqual([]);
    expect(changes('head', 'head')).toEqual([]);
  });

  it('names each change by a message that exists in every language', async () => {
    const { hasMessage, LANGUAGES } = await import('../../src/i18n/index.js');
    const ids = new Set([...changes('base', 'head'), ...changes('head', 'base')].map((c) => c[1]));
    for (const lang of LANGUAGES) for (const id of ids) expect(hasMessage(lang, `diff.change.${id}`), `${lang} diff.change.${id}`).toBe(true);
  });
});
