import { describe, expect, it } from 'vitest';
import { asksAndNot } from '../helpers/sentence-matrix.js';
import { table } from '../helpers/reader-table.js';
import { ruleMatrix } from '../helpers/rule-matrix.js';
import { emptyCriterion } from '../../src/rules/retention-defined.js';

/**
 * Session 29's blind real bodies (G9, bodies/udir): «så lenge det er nødvendig for å oppnå formålet med tilsynet» restates
 * the storage-limitation principle (Art. 5(1)(e)); a purpose achieved is no criterion. An event of its own («for å
 * behandle klaga», «to handle the complaint») stays one.
 */
table(
  'a trigger that sets no end: necessary «to achieve the purpose (of …)» (retention-defined, G9 udir)',
  (t) => emptyCriterion(t) !== undefined,
  [
    ['nb', 'så lenge det er nødvendig for å oppnå formålet med tilsynet'],
    ['nb', 'så lenge det er nødvendig for å oppfylle formålet'],
    ['nn', 'så lenge det er naudsynt for å oppnå føremålet med behandlinga'],
    ['en', 'as long as necessary to achieve the purpose of the processing'],
    ['en', 'for as long as necessary to fulfil the purposes'],
  ],
  [
    ['nb', 'så lenge det er nødvendig for å behandle klagen'],
    ['nn', 'så lenge det er naudsynt for å handsame klaga'],
    ['en', 'as long as necessary to handle the complaint'],
    ['en', 'as long as necessary to achieve the purpose, and at the latest five years after the case is closed'],
    ['nb', 'så lenge det er nødvendig for å oppnå formålet, og senest tre år etter at tilsynet er avsluttet'],
  ],
);

/**
 * variants-landbruk's clean base (G8, session 29, a blind control that fired): a person or an outside party who hands data
 * to a third under a duty of their own («Bilførere … skal melde fra til politiet») is no disclosure of ours; our own staff
 * by title, «vi» and the body itself stay ours. Each sentence is the only one of an activity whose `recipients` is none.
 */
const findingsOf = ruleMatrix('recipients-stated', { org: 'Vestdal kommune', language: 'nb', title: 'Landbrukssak', purpose: 'behandle saker' });

const ours = [
  'Vi melder fra til politiet med navn og adresse på bilføreren.',
  'Saksbehandleren sender saken med søkerens navn til politiet.',
  'The caseworker must report the applicant’s name to the police.',
  'Kommunen sender søknaden med navn og adresse til forsikringsselskapet.',
  'Hvis vi finner feil, sender vi saken med navnet til politiet.',
  // The receiver as the object of a verb of telling (variants-landbruk LB23's shape, after the measure).
  'Vi orienterer megleren om kjøperens navn og adresse.',
  'Ved avvik varsler vi også forsikringsselskapet om søkerens navn og adresse.',
  // «foretak» (enterprise) as a body word beside «selskap», «firma» (landbruk LB22, after the measure).
  'Meglerforetaket som har formidlet salget, blir orientert om utfallet med kopi av vedtaket.',
];
const theirs = [
  'Bilførere som har kjørt på elg, hjort eller rådyr, skal melde fra til politiet, som varsler kommunens ettersøksvakt.',
  'The farmer must report the workers’ names to the police within eight days.',
  'Søkeren sender kopi av søknaden med navn og adresse til banken.',
  'Naboen må sende merknaden med navnet sitt til utbyggeren.',
  'Foreldrene sender legeerklæringen til forsikringsselskapet.',
  'Vi informerer søkeren om opplysningene vi har om ham.',
  'Vi orienterer ikke megleren om kjøperens navn.',
  'Vi orienterer de ansatte om opplysningene i saken.',
];
describe('who hands over: a person or another party under their own duty is no disclosure of ours (recipients-stated)', () => {
  asksAndNot(findingsOf, ours, theirs, ['o', 't']);
});

/** variants-landbruk LB44 (after the blind measure): a renamed body after the participle with no «til». */
describe('a renamed body after «oversendt»/«oversend» (renamed-body, variants-landbruk LB44)', () => {
  const texts = {
    r0: 'Klagen blir, om vi ikke gir medhold, oversendt Fylkesmannen i Sogn og Fjordane.',
    r1: 'Klaga vert oversend Fylkesmannen i Hordaland.',
    s0: 'Før 2019 ble klagene oversendt Fylkesmannen i Sogn og Fjordane.',
    s1: 'Klagen blir oversendt Statsforvalteren i Vestland.',
  };
  const findings = findingsOf.with({ title: 'Klagesak', purpose: 'behandle klager', rule: 'renamed-body' })(texts);
  const on = (id: string) => findings.filter((f) => f.activity === id).length;
  it('reads the former County Governor after the participle', () => {
    expect(on('r0')).toBe(1);
    expect(on('r1')).toBe(1);
  });
  it('not a past practice, nor the current name', () => {
    expect(on('s0')).toBe(0);
    expect(on('s1')).toBe(0);
  });
});
