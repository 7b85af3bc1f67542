import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runGaps } from '../../src/check/engine.js';
import { placesOf } from '../../src/check/places.js';
import { resolveActivity } from '../../src/model/resolve.js';
import { GAP_RULES } from '../../src/rules/index.js';
import { validateRegistry } from '../../src/validate/index.js';

/**
 * `subprocessors[].activities` (F5, session 36; bodies/lawful-wordings-s30-j1-trening, variants-trening's base): a
 * sub-processor whose processing agreement limits it to part of the processor's work (an app's crash reports) names the
 * activities it serves, and only those receive a transfer to its country. A sub-processor that names none still serves
 * every activity that uses its processor (the strict reading kept). Unknown ids are validate errors at their line.
 */
const dir = mkdtempSync(join(tmpdir(), 'ropa-subproc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'activities'));
mkdirSync(join(dir, 'catalogues'));
writeFileSync(
  join(dir, 'organisation.yaml'),
  `name: Kraftverk Trening AS
publicAuthority: false
languages: [en]
address:
  lines: [Storgata 1]
  postalCode: "0155"
  city: Oslo
  country: "NO"
dpo:
  name: DPO
  email: dpo@example.no
supervisoryAuthority:
  name: Datatilsynet
`,
);
writeFileSync(
  join(dir, 'catalogues', 'catalogue.yaml'),
  `processors:
  app-vendor:
    name: Appverket AS
    country: "NO"
    agreement: DPA 1
    subprocessors:
      - name: Crash Reports Inc.
        country: US
        authorisation: DPA 1, annex 2
        activities: [app]
      - name: Mail Relay Inc.
        country: US
        activities: [app, newsletter]
  host:
    name: Drift AS
    country: "NO"
    agreement: DPA 2
    subprocessors:
      - name: Cloud Inc.
        country: US
        authorisation: DPA 2, annex 1
  cloud:
    name: cloud inc.
    country: US
    dpfCertified: true
    agreement: DPA 3
  other-cloud:
    name: Other Cloud Inc.
    country: US
    dpfCertified: true
    agreement: DPA 4
`,
);
const activity = (id: string, processors: string[], transfers = 'none'): void =>
  writeFileSync(
    join(dir, 'activities', `${id}.yaml`),
    `id: ${id}
title: ${id}
status: active
processors: [${processors.join(', ')}]
transfers: ${transfers}
`,
  );
activity('app', ['app-vendor']);
activity('booking', ['app-vendor']);
activity('newsletter', ['app-vendor']);
activity('stored', ['host']);
activity('stored-too', ['host']);
// The sub-processor is also a processor of the activity in its own right, and the transfer names it (variants-verneplikt's
// appen, session 38): covered, by the same name (case-blind) and country. Another party's name, or the transfer to another
// country, covers nothing.
const toUs = (recipient: string, country = 'US') => `\n  - country: ${country}\n    recipient: ${recipient}\n    mechanism: A45-3\n    dpfCertified: true`;
activity('stored-listed', ['host', 'cloud'], toUs('cloud'));
activity('stored-other-name', ['host', 'other-cloud'], toUs('other-cloud'));
activity('stored-other-country', ['host', 'cloud'], toUs('cloud', 'GB'));

const { registry, findings: problems } = validateRegistry(dir);
const rule = (id: string) =>
  runGaps(
    registry,
    GAP_RULES.filter((r) => r.meta.id === id),
    { today: '2026-12-04' },
  ).findings;

describe('a sub-processor serves the activities it names, or every one', () => {
  it('validates', () => expect(problems).toEqual([]));

  const location = rule('processor-location').filter((f) => f.messageId.endsWith('.subprocessor'));
  const on = (a: string) => location.filter((f) => f.activity === a).map((f) => f.args.subprocessor);
  it('a sub-processor abroad counts for the activities it names', () => {
    expect(on('app')).toEqual(['Crash Reports Inc.', 'Mail Relay Inc.']);
    expect(on('newsletter')).toEqual(['Mail Relay Inc.']);
  });
  it('not for an activity of the same processor that it does not name', () => expect(on('booking')).toEqual([]));
  it('one that names no activity still counts for every activity of its processor', () => {
    expect(on('stored')).toEqual(['Cloud Inc.']);
    expect(on('stored-too')).toEqual(['Cloud Inc.']);
  });

  it("an activity's places leave out a sub-processor that does not serve it", () => {
    const places = (id: string) =>
      placesOf(
        resolveActivity(
          registry,
          registry.activities.find((a) => a.id === id)!,
        ),
      )
        .filter((p) => p.via === 'subprocessor')
        .map((p) => p.name);
    expect(places('booking')).toEqual([]);
    expect(places('app')).toEqual(['Crash Reports Inc.', 'Mail Relay Inc.']);
    expect(places('stored')).toEqual(['Cloud Inc.']);
  });

  it('a transfer to a party of the same name and country covers the sub-processor; another name or country does not', () => {
    expect(on('stored-listed')).toEqual([]);
    expect(on('stored-other-name')).toEqual(['Cloud Inc.']);
    expect(on('stored-other-country')).toEqual(['Cloud Inc.']);
  });

  it('a missing authorisation names the activities the sub-processor serves', () => {
    const missing = rule('subprocessor-authorised');
    expect(missing.map((f) => [f.args.subprocessor, f.args.activities])).toEqual([['Mail Relay Inc.', ['app', 'newsletter']]]);
  });
});

describe('the activities a sub-processor names are checked as references', () => {
  it('an unknown id is an unresolved-reference at its line and column, with a suggestion', () => {
    const bad = mkdtempSync(join(tmpdir(), 'ropa-subproc-bad-'));
    try {
      mkdirSync(join(bad, 'activities'));
      mkdirSync(join(bad, 'catalogues'));
      writeFileSync(join(bad, 'organisation.yaml'), `name: X AS\nlanguages: [en]\n`);
      writeFileSync(join(bad, 'activities', 'booking.yaml'), 'id: booking\ntitle: Booking\nstatus: active\nprocessors: [v]\n');
      writeFileSync(
        join(bad, 'catalogues', 'catalogue.yaml'),
        'processors:\n  v:\n    name: V AS\n    subprocessors:\n      - name: S\n        activities: [booking, bookin, payroll]\n',
      );
      const found = validateRegistry(bad).findings.filter((f) => f.rule === 'unresolved-reference');
      expect(found.map((f) => [f.messageId, f.args.id, f.range?.line, f.range?.column])).toEqual([
        ['validate.unresolved-activity-suggest', 'bookin', 6, 31],
        ['validate.unresolved-activity', 'payroll', 6, 39],
      ]);
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });
});
