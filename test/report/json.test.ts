import { describe, expect, it } from 'vitest';
import { json } from '../../src/render/report/json.js';
import { recordActivities } from '../../src/render/report/model.js';
import { BASIC, load } from './helpers.js';

describe('json', () => {
  const registry = load(BASIC);
  // Every activity (the internal copy): BASIC's «statistics» is in review.
  const out = json(registry, recordActivities(registry, 'controller', 'nb', false, true), {
    kind: 'controller',
    variant: 'internal',
    date: '2026-03-01',
    version: '1.2.3',
  });
  const data = JSON.parse(out) as {
    record: string;
    date: string;
    generator: unknown;
    organisation: { name: unknown };
    activities: Record<string, unknown>[];
  };

  it('is the resolved record: the organisation and the activities, with the record kind and date', () => {
    expect(out.endsWith('}\n')).toBe(true);
    // Written an activity at a time, laid out as JSON.stringify(record, null, 2) lays out the whole.
    expect(out).toBe(JSON.stringify(data, null, 2) + '\n');
    const none = json(registry, [], { kind: 'processor', variant: 'official', version: '1.2.3' });
    expect(none).toBe(JSON.stringify(JSON.parse(none), null, 2) + '\n');
    expect((JSON.parse(none) as { activities: unknown[] }).activities).toEqual([]);
    expect(data.record).toBe('controller');
    expect(data.date).toBe('2026-03-01');
    expect(data.generator).toEqual({ name: 'ropa', version: '1.2.3' });
    expect(data.organisation.name).toEqual({ nb: 'Eksempeletaten', en: 'The Example Agency' });
    expect(data.activities.map((a) => [a.id, a.file])).toEqual([
      ['payroll', 'activities/payroll.yaml'],
      ['statistics', 'activities/statistics.yaml'],
    ]);
  });

  it('holds the approved activities only unless asked for all, each with its approval', () => {
    const official = JSON.parse(
      json(registry, recordActivities(registry, 'controller', 'nb', false), { kind: 'controller', variant: 'official', version: '1.2.3' }),
    ) as typeof data & { variant: string };
    expect(official.activities.map((a) => [a.id, a.approval])).toEqual([['payroll', 'approved']]);
    // Which copy it is, at document level: a reader of the file alone can tell.
    expect(official.variant).toBe('official');
    expect((data as typeof data & { variant: string }).variant).toBe('internal');
    expect(data.activities.map((a) => [a.id, a.approval])).toEqual([
      ['payroll', 'approved'],
      ['statistics', 'in-review'],
    ]);
  });

  it('expands every reference into the catalogue entry it names', () => {
    const payroll = data.activities[0]!;
    expect(payroll.dataSubjects).toEqual([{ id: 'employees', value: { name: { nb: 'Ansatte', en: 'Employees' }, vulnerable: true } }]);
    expect(payroll.recipients).toEqual([
      { id: 'nav', value: { name: { nb: 'NAV', en: 'The Norwegian Labour and Welfare Administration' }, type: 'public-authority', country: 'NO' } },
    ]);
    expect((payroll.processors as { value: { agreement: string } }[])[0]!.value.agreement).toBe('DBA 2021/77');
    expect((payroll.purposes as { legalBasis: { law: unknown[] }[] }[])[1]!.legalBasis[0]!.law).toEqual([
      {
        ref: { law: 'folketrygdloven', section: '§ 8-7' },
        law: { id: 'folketrygdloven', value: { title: 'folketrygdloven', lovdataId: 'LOV-1997-02-28-19' } },
        section: '§ 8-7',
      },
    ]);
    expect(payroll.specialCategories).toEqual(['sick-leave']);
    const statistics = data.activities[1]!;
    expect(statistics.recipients).toBe('none');
    expect((statistics.retention as { policy: { id: string }; permanent: boolean }[])[0]).toMatchObject({
      policy: { id: 'statistics-permanent' },
      permanent: true,
      endAction: 'archive',
    });
    expect((statistics.transfers as { party: { id: string } }[])[0]!.party.id).toBe('cloudco');
    expect((statistics.jointControllers as { party: { name: string } }[])[0]!.party.name).toBe('Arbeids- og velferdsetaten');
    expect((payroll.rightsRestrictions as { law: { law: { id: string } }[] }[])[0]!.law[0]!.law.id).toBe('arkivloven');
  });
});
