import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { validateRegistry } from '../../src/validate/index.js';
import { runGaps } from '../../src/check/engine.js';
import { GAP_RULES } from '../../src/rules/index.js';
import { FIXTURES } from '../helpers/cli.js';
import { editedBase } from '../helpers/edited-base.js';

/**
 * Session 46, W6: the one structured miss of variants-forvaltning's first sight (FV03). A retention entry with no period
 * whose trigger names only the event the period counts from («etter at vervet er avsluttet», «after the case is closed»)
 * says when the clock starts, not when keeping ends (Art. 30(1)(f), 13(2)(a)): retention-defined `start-without-period`
 * (a warning). A trigger that names the end («når …», «til …», «until …», «senest …»), says «according to» («etter
 * instruks», «etter reglene») or gives a number is a criterion and stays silent. Each trigger is written into the board
 * contacts' retention entry of a copy of the set's clean base, and the whole registry is checked.
 *
 * And a free-text miss of the same set (FV58): «når vi ikke lenger trenger henvendelsen» keeps the enquiry as long as it
 * is needed, the storage-limitation principle restated (`as-long-as-necessary`), as «… trenger saken» already was: the
 * case named by what started it (the enquiry, request or application) is a noun of data too. A need of the person or a
 * thing («til kunden ikke lenger trenger tjenesten») stays a criterion.
 */
const BASE = join(FIXTURES, 'corpus/variants-forvaltning/base');
const FILE = 'activities/styrekontakter.yaml';
const LINE = '    trigger: etter at vervet er avsluttet\n';
const edited = editedBase(BASE, 'ropa-s46-w6-start-', '2026-12-05');
/** The retention-defined message ids on the board contacts' activity, with `trigger` as its only entry's trigger and no period. */
const startFindings = (trigger: string): string[] =>
  edited(FILE, `  - period: P1Y\n${LINE}`, `  - trigger: ${JSON.stringify(trigger)}\n`, 'retention-defined', 'styrekontakter');

describe('retention-defined: a trigger that names only where the period starts', () => {
  it.each([
    'etter at vervet er avsluttet',
    'Etter at styremedlemmet har gått av.',
    'etter endt verv',
    'etter utløpet av funksjonstida',
    'after the board member leaves the board',
    'after the term of office ends',
    'regnet fra fratredelsen',
  ])('reports «%s»', (trigger) => {
    expect(startFindings(trigger)).toEqual(['gaps.retention-defined.start-without-period']);
  });

  it.each([
    'når vervet er avsluttet',
    'til vervet er avsluttet',
    'until the board member leaves the board',
    'when the term of office ends',
    'etter at vervet er avsluttet, og senest når årsmøtet har valt nytt styre',
    'etter instruks frå styret i borettslaget',
    'etter reglene i borettslagets vedtekter',
    'straks etter at vervet er avsluttet',
    'after the term of office ends, at the latest 3 months after',
  ])('stays silent on «%s»', (trigger) => {
    expect(startFindings(trigger)).toEqual([]);
  });

  it('stays silent where the period is given (the clean base)', () => {
    const { registry } = validateRegistry(BASE);
    expect(runGaps(registry, GAP_RULES, { today: '2026-12-05' }).findings.filter((f) => f.rule === 'retention-defined')).toEqual([]);
  });
});

describe('retention-defined: the enquiry, request or application no longer needed', () => {
  it.each([
    'når vi ikke lenger trenger henvendelsen',
    'til vi ikkje lenger treng førespurnaden',
    'until we no longer need the enquiry',
    'when we no longer need the request',
    'til vi ikke lenger trenger søknaden',
  ])('reports «%s»', (trigger) => {
    expect(startFindings(trigger)).toEqual(['gaps.retention-defined.as-long-as-necessary']);
  });

  it.each(['når henvendelsen er besvart og saken avsluttet', 'til kunden ikke lenger trenger tjenesten', 'until the request has been answered'])(
    'stays silent on «%s»',
    (trigger) => {
      expect(startFindings(trigger)).toEqual([]);
    },
  );
});
