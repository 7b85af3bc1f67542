import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { validateRegistry } from '../../src/validate/index.js';
import { selectActivities, type ActivityFilter } from '../../src/render/list/view.js';
import { referenceData } from '../../src/check/reference.js';
import { reviewDueDate } from '../../src/check/review.js';
import { FIXTURES, ropa } from '../helpers/cli.js';

const SAMPLE = join(FIXTURES, 'authoring/sample');

describe('the filters of ropa list', () => {
  const { registry, findings } = validateRegistry(SAMPLE);
  const eea = referenceData().eea.countries;
  const ids = (f: ActivityFilter): string[] => selectActivities(registry, f, eea).map((s) => s.resolved.activity.id);

  it('runs on a valid registry', () => expect(findings).toEqual([]));

  it.each<[string, ActivityFilter, string[]]>([
    ['no filter', {}, ['background-checks', 'newsletter', 'payroll', 'web-analytics']],
    [
      'outside the EEA: a transfer, a recipient, a processor, a system or a sub-processor there',
      { outsideEea: true },
      ['background-checks', 'newsletter', 'web-analytics'],
    ],
    ['a country, wherever it appears', { country: 'IE' }, ['background-checks', 'payroll']],
    ['a data category', { category: 'contact-details' }, ['newsletter', 'payroll']],
    ['any special category', { special: true }, ['payroll']],
    ['one special category', { special: 'health' }, ['payroll']],
    ['a special category nobody uses', { special: 'genetic' }, []],
    ['criminal-offence data', { criminal: true }, ['background-checks']],
    ['a processor used directly', { processor: 'acos' }, ['payroll']],
    ['a processor behind a system', { processor: 'mailer' }, ['newsletter']],
    ['a source', { source: 'browser' }, ['web-analytics']],
    ['a recipient', { recipient: 'nav' }, ['payroll']],
    ['a basis code', { basis: 'A6-1-a' }, ['newsletter', 'web-analytics']],
    ['a basis prefix: every Art. 9 condition', { basis: 'A9' }, ['payroll']],
    ['Art. 10', { basis: 'a10' }, ['background-checks']],
    ['a status', { status: 'planned' }, ['newsletter']],
    ['reviews due: past the date, or never reviewed', { reviewDueOn: '2026-06-01' }, ['newsletter', 'payroll']],
    ['reviews due on the day itself', { reviewDueOn: '2027-03-01' }, ['background-checks', 'newsletter', 'payroll']],
    ['every filter given must hold', { outsideEea: true, basis: 'A6-1-a', status: 'active' }, ['web-analytics']],
  ])('%s', (_name, filter, expected) => {
    expect(ids(filter)).toEqual(expected);
  });

  it('says where the data goes', () => {
    const s = selectActivities(registry, { outsideEea: true }, eea).find((x) => x.resolved.activity.id === 'newsletter')!;
    expect(s.places).toEqual([
      { via: 'processor', country: 'US', id: 'mailer' },
      { via: 'system', country: 'US', id: 'mail-system' },
    ]);
  });

  it('knows the EEA from data/eea.json, as the gap rules do: the EU 27 and Norway, Iceland, Liechtenstein', () => {
    expect(eea.size).toBe(30);
    for (const c of ['NO', 'IS', 'LI', 'SE', 'GR', 'IE']) expect(eea.has(c)).toBe(true);
    for (const c of ['GB', 'CH', 'US', 'EL']) expect(eea.has(c)).toBe(false);
  });

  it('counts a review due twelve months after the last, unless a next review is set', () => {
    expect(reviewDueDate({ lastReviewed: '2025-01-10' })).toBe('2026-01-10');
    expect(reviewDueDate({ lastReviewed: '2024-02-29' })).toBe('2025-02-28'); // as the review-overdue rule counts (test/authoring/review.test.ts)
    expect(reviewDueDate({ lastReviewed: '2025-01-10', nextReview: '2025-06-01' })).toBe('2025-06-01');
    expect(reviewDueDate(undefined)).toBeUndefined();
  });
});

describe('ropa list', () => {
  it('answers "which activities send data outside the EEA" in one command', () => {
    const r = ropa(['list', SAMPLE, '--outside-eea', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        'ID                 STATUS   BASIS       WHERE                                                            TITLE',
        'background-checks  retired  A6-1-c A10  US (sub-processor Cloudco Inc)                                   Police certificates',
        'newsletter         planned  A6-1-a      US (processor mailer), US (system mail-system)                   Newsletter',
        'web-analytics      active   A6-1-a      US (transfer analytics-vendor), US (recipient analytics-vendor)  Web analytics',
        '3 of 4 activities',
        '',
      ].join('\n'),
    );
  });

  it('shows titles and words in the registry language by default', () => {
    const r = ropa(['list', SAMPLE, '--status', 'planned'], { env: { ROPA_LANG: undefined } });
    expect(r.stdout).toContain('ID          STATUS    GRUNNLAG  TITTEL');
    expect(r.stdout).toContain('newsletter  planlagt  A6-1-a    Nyhetsbrev');
  });

  it('shows when reviews are due, counting from --today', () => {
    const r = ropa(['list', SAMPLE, '--review-due', '--today', '2026-06-01', '--lang', 'en']);
    expect(r.stdout.split('\n').slice(1, 3)).toEqual([
      'newsletter  planned  A6-1-a         never reviewed  Newsletter',
      'payroll     active   A6-1-b A9-2-b  2026-01-10      Payroll',
    ]);
  });

  it('gives JSON for programs', () => {
    const r = ropa(['list', SAMPLE, '--criminal', '--format', 'json'], { env: { ROPA_LANG: undefined } });
    expect(JSON.parse(r.stdout)).toEqual([
      {
        id: 'background-checks',
        title: 'Politiattester',
        status: 'retired',
        noticeGroup: 'operations',
        legalBases: ['A6-1-c', 'A10'],
        file: 'activities/background-checks.yaml',
      },
    ]);
    expect(JSON.parse(ropa(['list', SAMPLE, '--country', 'xx', '--format', 'json']).stdout)).toEqual([]);
  });

  it('says so when nothing matches', () => {
    expect(ropa(['list', SAMPLE, '--special', 'genetic', '--lang', 'en']).stdout).toBe('No activity matches (of 4).\n');
  });

  it.each([
    [['--category', 'contact-detail'], /--category contact-detail: there is no such entry .*did you mean contact-details\?/],
    [['--processor', 'nobody'], /--processor nobody: there is no such entry in the catalogues$/m],
    [['--country', 'USA'], /two-letter country code/],
    [['--basis', 'A7'], /--basis must be one of/],
    [['--special', 'sporty'], /--special must be one of/],
    [['--status', 'done'], /--status must be one of planned, active, retired/],
    [['--today', '2026-02-30', '--review-due'], /--today takes a date/],
    [['--format', 'xml'], /--format must be one of table, json/],
  ])('refuses %j', (args, message) => {
    const r = ropa(['list', SAMPLE, ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('refuses a registry with errors, pointing at them', () => {
    const r = ropa(['list', join(FIXTURES, 'validate/unresolved-references')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/unresolved-reference/);
  });
});
