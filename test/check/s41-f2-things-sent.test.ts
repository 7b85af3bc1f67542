import { describe } from 'vitest';
import { sentenceRegistry } from '../helpers/sentence-registry.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

const registryOf = sentenceRegistry('ropa-s41-f2-things-');
const school = (texts: Record<string, string>) =>
  registryOf(texts, { org: 'Nordvik kommune', language: 'nb', title: 'Skoleplasser', purpose: 'tildele skoleplass', rule: 'recipients-stated' });
const hospital = (texts: Record<string, string>) =>
  registryOf(texts, { org: 'Helse Vestfjord HF', language: 'nn', title: 'Romplanlegging', purpose: 'planleggje bruken av romma', rule: 'recipients-stated' });
const gym = (texts: Record<string, string>) =>
  registryOf(texts, {
    org: 'Vestfjord Fitness AS',
    language: 'en',
    title: 'Members',
    purpose: 'run the gym',
    rule: 'recipients-stated',
    publicAuthority: false,
  });

describe('things listed (places, rooms, premises)', () => {
  readsAndSilent(
    school,
    [
      'Lista over søkerne sendes til Utdanningsdirektoratet.',
      'Lista over elevene sendes til Statped.',
      'Oversikten over ledige plasser med navn på søkerne sendes til Utdanningsdirektoratet.',
    ],
    [
      'Lista over ledige plasser sendes til Utdanningsdirektoratet.',
      'Oversikten over ledige lokaler sendes til Frivilligsentralen.',
      'Lista over ledige rom sendes til Nordvik reiselivslag.',
      'Tidsbruken per avdeling sendes til ledelsen.',
      'Tidsbruken per avdeling sendes til Statsforvalteren.',
      'Ei liste over ledige plassar vert send til Statsforvaltaren.',
      'Rapporten om tilstanden til lokalene sendes til Statsbygg.',
      'Oversikt over antall ledige plasser per skole sendes til Statistisk sentralbyrå.',
    ],
  );
});
describe('nn hospital', () => {
  readsAndSilent(
    hospital,
    ['Lista over pasientane vert send til Helsedirektoratet.'],
    [
      'Lista over ledige rom vert send til Helsedirektoratet.',
      'Ei oversikt over ledige senger vert send til Helsedirektoratet.',
      'Tidsbruken per avdeling vert send til Helsedirektoratet.',
      'Rapporten om tilstanden til lokala vert send til Sykehusbygg HF.',
      'Ventetida per avdeling vert send til Helsedirektoratet.',
      'Lista over ledige plassar vert send til kommunane.',
    ],
  );
});
describe('en gym', () => {
  readsAndSilent(
    gym,
    ['A list of the members is sent to Vestfjord Insurance AS.'],
    [
      'A report on the state of the gym is sent to the landlord.',
      'A list of free places on the courses is sent to the municipality.',
      'A list of the available rooms is sent to the tourist office.',
      'The overview of our premises is sent to the insurance company.',
      'The time spent per department is sent to the owners.',
      'A report on the state of the premises is sent to Vestfjord Property AS.',
    ],
  );
});
describe('a body whose name holds a data word («health») is not what is handed', () => {
  readsAndSilent(
    hospital,
    ['Helseopplysningane om pasientane vert sende til helsetilsynet i fylket.'],
    [
      'Ventetida per post vert send til helseføretaket.',
      'Ventetida per avdeling vert send til Helsetilsynet.',
      'Lista over ledige senger vert send til helsetilsynet i fylket.',
      'Waiting times per ward are sent to the health authority.',
      'A list of free beds is sent to the Norwegian Directorate of Health.',
      'The costs per department are sent to the health ministry.',
    ],
  );
});
