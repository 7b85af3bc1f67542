import { describe } from 'vitest';
import { firesAndSilent } from '../helpers/rule-matrix.js';
import { textRegistry } from '../helpers/sentence-registry.js';

/**
 * R14, session 33 (#12): Art. 35(3)(b) read from the record's structured fields. An organisation that records its core
 * activities as special categories on a large scale (`coreActivities.largeScaleSpecialCategories`, Art. 37(1)(c)) has
 * said the scale; an activity of it that keeps a health register (a basis in helseregisterloven, or a health register in
 * its title) with special categories marked needs a DPIA. Silent: no such organisation flag, no special category, the
 * activity's own `largeScale: false`, an activity that keeps no register (sick leave of staff), a DPIA done, Art. 35(10).
 */
const run = textRegistry('ropa-r14-dpia-');
interface Cell {
  core?: boolean;
  title: string;
  law?: boolean;
  category?: 'health' | 'none';
  extra?: string;
}
const findings = (cell: Cell): string[] =>
  run(
    { a: cell.title },
    {
      org: 'Nordvik helseinstitutt',
      organisation: cell.core === false ? '' : 'coreActivities:\n  largeScaleSpecialCategories: true\n',
      rule: 'dpia-required',
      catalogues: {
        'catalogues.yaml': `laws:
  helseregisterloven:
    title: helseregisterloven
    lovdataId: LOV-2014-06-20-43
  folketrygdloven:
    title: folketrygdloven
    lovdataId: LOV-1997-02-28-19
dataCategories:
  health:
    name: Helseopplysninger
    specialCategory: health
  contact:
    name: Navn og adresse
`,
      },
      activity: (id, title) => `id: ${id}
title: ${title}
status: active
purposes:
  - id: p
    description: føre og forvalte registeret
    legalBasis:
      - gdpr: A6-1-e
        law:
          - law: ${cell.law === false ? 'folketrygdloven' : 'helseregisterloven'}
dataCategories: [${cell.category === 'none' ? 'contact' : 'health'}]
${cell.extra ?? ''}`,
    },
  ).map((f) => JSON.stringify(f.args));

describe('dpia-required reads Art. 35(3)(b) from coreActivities.largeScaleSpecialCategories', () => {
  const fires: [string, Cell][] = [
    ['a basis in helseregisterloven (nb)', { title: 'Nasjonalt vaksinasjonsregister' }],
    ['a health register in the title, nynorsk, no register law', { title: 'Helseregistra våre', law: false }],
    ['a health registry in the title, English, no register law', { title: 'Population health registry', law: false }],
    ['a quality register in the title', { title: 'Medisinsk kvalitetsregister for hjerteinfarkt', law: false }],
  ];
  const quiet: [string, Cell][] = [
    ['the organisation does not record large-scale special categories', { core: false, title: 'Nasjonalt vaksinasjonsregister' }],
    ['no special category is marked', { title: 'Nasjonalt vaksinasjonsregister', category: 'none' }],
    ['the activity says it is not on a large scale', { title: 'Nasjonalt vaksinasjonsregister', extra: 'riskFactors:\n  largeScale: false\n' }],
    ['no register: sick leave of staff under folketrygdloven', { title: 'Sykefravær', law: false }],
    ['a register named only as a source, not kept', { title: 'Oppslag i pasientjournal', law: false }],
    ['a DPIA done', { title: 'Nasjonalt vaksinasjonsregister', extra: 'dpia:\n  status: done\n  date: 2025-01-10\n  reference: Sak 2025/1\n' }],
    [
      'Art. 35(10) claimed for a task in law',
      {
        title: 'Nasjonalt vaksinasjonsregister',
        extra: 'dpia:\n  status: not-required\n  reason: Vurdert da forskriften ble gitt, jf. personvernforordningen artikkel 35 nr. 10.\n',
      },
    ],
  ];
  firesAndSilent(findings, fires, quiet, '"art35":["b"]');
});
