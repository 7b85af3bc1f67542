import { describe, expect, it } from 'vitest';
import { keptForeverIn } from '../../src/check/kept-forever.js';
import { emptyCriterion } from '../../src/rules/retention-defined.js';
import { ruleMatrix } from '../helpers/rule-matrix.js';

/**
 * Session 40, R36 (the class of variants-lading EV49, EV51, EV52 and variants-sameting SM55): retention said in words that
 * set no end or say the data are never cleared —
 * - a trigger that keeps the data while they may «still» be of use («as long as they might still be useful to the
 *   practice», «så lenge dei framleis kan vere nyttige»): the controller's judgement with an adverb before «be»;
 * - a modal before the need («for as long as we may need them», «så lenge vi kan ha nytte av dei»), no longer «of use»,
 *   deleted «ved behov», «as needed»;
 * - as long as needed for a purpose named by its noun («for collection purposes», «for innkrevingsformål»,
 *   «til rekneskapsføremål»): the storage-limitation principle restated, not a criterion (Art. 5(1)(e), 13(2)(a));
 * - nothing deleted («nothing is ever erased», «ingenting blir sletta»), a clearing denied («vi rydder ikke i
 *   søknadene», «we do not clear out the files»);
 * - words in a retention entry's own description, not only its trigger.
 * Cells from a school, a hospital, a shop, a bank and a municipality (not the planted sentences).
 */
const triggerRead = [
  'as long as they might still be useful to the practice',
  'for as long as the files may still be of value to the bank',
  'så lenge dei framleis kan vere nyttige for skulen',
  'så lenge journalkopiene fortsatt kan være til nytte',
  'as long as needed for marketing purposes',
  'så lenge det er nødvendig for innkrevingsformål',
  'så lenge det er naudsynt for rekneskapsføremål',
  'we keep the loan files for as long as they could still be of use to us',
  'for as long as we may need them',
  'så lenge vi kan ha nytte av dei',
  'until they are no longer of use',
  'slettes ved behov',
  'deleted as needed',
];
const triggerSilent = [
  'så lenge kundeforholdet varer',
  'as long as needed to handle the complaint',
  'until the account is closed',
  'så lenge det er nødvendig for å behandle klagen',
  'as long as the pupil attends the school',
  'til lånet er nedbetalt',
  'så lenge vi trenger dem til å levere varen',
  'deleted as needed when the customer asks',
  'slettes ved behov, og senest etter tre år',
];
describe('a trigger that sets no end in words (R36 session 40; EV49, EV51)', () => {
  it.each(triggerRead)('reads «%s»', (t) => expect(emptyCriterion(t)).toBeDefined());
  it.each(triggerSilent)('stays silent on «%s»', (t) => expect(emptyCriterion(t)).toBeUndefined());
});

const neverRead = [
  'Nothing is ever erased from the pupil register.',
  'Ingenting blir sletta frå journalsystemet.',
  'Ingenting slettes fra kundeklubben.',
  'Vi rydder ikke i byggesakene.',
  'Me ryddar ikkje i elevmappene.',
  'We do not clear out the loan files.',
  'The case files are never weeded out.',
  'Saksmappene ryddes ikke.',
];
const neverSilent = [
  'Nothing is deleted before the appeal period has run out.',
  'Ingenting blir sletta utan at leiaren godkjenner det.',
  'Vi rydder ikke i byggesakene før de er avsluttet.',
  'We do not clear out the loan files until the loan is repaid.',
  'Vi rydder i kundeklubben hvert år.',
  'Nothing is ever erased by mistake.',
  'Ingenting slettes fra journalen, som skal bevares etter arkivlova.',
];
describe('nothing deleted, clearing denied (R36 session 40; EV52, SM55)', () => {
  it.each(neverRead)('reads «%s»', (t) => expect(keptForeverIn(t)).toBeDefined());
  it.each(neverSilent)('stays silent on «%s»', (t) => expect(keptForeverIn(t)).toBeUndefined());
});

const registers = ruleMatrix('permanent-retention-basis', {
  org: 'Nordvik kommune',
  language: 'nb',
  title: 'Registre',
  purpose: 'Føre lister over deltakere.',
});
const findingsOf = (description: string) =>
  registers.with({ extra: `retention:\n  - trigger: saken er avsluttet\n    description: ${JSON.stringify(description)}\n    endAction: delete\n` })({
    a: 'Vi fører lister over dei som er med.',
  });
const entryRead = [
  'Søknadene blir liggende i fagsystemet, slik at vi kan se tidligere vedtak.',
  'We hold on to every pupil record for good; nothing is ever erased.',
  'Journalane vert aldri sletta.',
  'Kundelistene tas vare på for alltid.',
  'Vi rydder ikke i søknadene.',
  'The loan files are kept indefinitely in the back office of the bank.',
];
const entrySilent = [
  'Søknadene slettes når saken er avsluttet.',
  'We hold on to every pupil record until the pupil leaves the school.',
  'Journalane vert aldri sletta før fristen er ute.',
  'Kundelistene tas vare på i fem år.',
  'Søknadene avleveres til arkivdepotet og bevares for alltid etter arkivlova.',
  'Vi rydder i søknadene hvert år.',
];
describe('a retention entry whose description says the data are kept for ever (R36 session 40; SM55, EV52)', () => {
  it.each(entryRead)('reads «%s»', (t) => expect(findingsOf(t).length).toBeGreaterThan(0));
  it.each(entrySilent)('stays silent on «%s»', (t) => expect(findingsOf(t)).toHaveLength(0));
});
