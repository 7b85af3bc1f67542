import { table } from '../helpers/reader-table.js';
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
