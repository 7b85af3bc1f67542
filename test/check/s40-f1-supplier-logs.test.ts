import { describe, expect, it } from 'vitest';
import { textRegistry } from '../helpers/sentence-registry.js';

/**
 * Session 40, F1 (risk named by session 39's review of R31, «logs are data»): logs sent to the supplier of a system, named by
 * its role («Feilloggene sendes til leverandøren av journalsystemet», «error logs go to our IT vendor»), in an activity that
 * records its processor: the processor, which the record lists, not an unlisted recipient. The supplier of something else
 * («leverandøren av skoleskyss») is still read as a party; so is any supplier where the activity records no processor.
 * Cells from a municipality's case work, a school, a hospital and a shop, bokmål, nynorsk and English.
 */
const registryOf = textRegistry('ropa-s40-f1-supplier-');
const PROCESSORS =
  'processors:\n  visma:\n    name: Visma Enterprise AS\n    country: "NO"\n    dataLocation:\n      - EEA\n    service: Fagsystem og saksbehandlingssystem\n    agreement: DBA 2024/1\n';
const findings = (texts: Record<string, string>, processor: boolean) =>
  registryOf(texts, {
    org: 'Nordvik kommune',
    rule: 'recipients-stated',
    catalogues: { 'processors.yaml': PROCESSORS },
    activity: (id, text) =>
      `id: ${id}\ntitle: Saksbehandling\ndescription: ${JSON.stringify(text)}\nstatus: active\npurposes:\n  - id: sak\n    description: behandle søknader\nrecipients: none\n${processor ? 'processors:\n  - visma\n' : ''}`,
  });
const toSupplier = [
  'Feilloggene sendes til leverandøren av journalsystemet.',
  'Feilloggane vert sende til leverandøren av fagsystemet når noko går gale.',
  'Ved feil sendes loggene til leverandøren av saksbehandlingssystemet.',
  'Error logs are sent to the supplier of the case system.',
  'Loggane frå skuleportalen vert sende til leverandøren av portalen ved feil.',
  'Feilmeldinger med brukerens navn sendes til leverandøren av appen.',
  'Crash reports from the booking app are sent to the software supplier.',
  'Loggfilene oversendes leverandøren av lønnssystemet ved feilsøking.',
];
const toOthers = [
  'Søknadene sendes til leverandøren av skoleskyss.',
  'Lister over allergier sendes til leverandøren av skolemat.',
  'Namnelistene vert sende til leverandøren av skuleskyss.',
];
const on = (f: ReturnType<typeof findings>, id: string) => f.filter((x) => x.activity === id).length;
describe('logs to the supplier of a system, where the activity records its processor (F1 session 40)', () => {
  const ids = (xs: string[], p: string) => Object.fromEntries(xs.map((t, i) => [`${p}${i}`, t]));
  const withProcessor = findings({ ...ids(toSupplier, 's'), ...ids(toOthers, 'o') }, true);
  const without = findings({ ...ids(toSupplier, 's'), ...ids(toOthers, 'o') }, false);
  it.each(toSupplier.map((t, i) => [`s${i}`, t]))('stays silent on %s with the processor recorded: %s', (id) => expect(on(withProcessor, id)).toBe(0));
  it.each(toSupplier.map((t, i) => [`s${i}`, t]))('reads %s with no processor recorded: %s', (id) => expect(on(without, id)).toBeGreaterThan(0));
  it.each(toOthers.map((t, i) => [`o${i}`, t]))('reads %s, the supplier of no system: %s', (id) => expect(on(withProcessor, id)).toBeGreaterThan(0));
});
