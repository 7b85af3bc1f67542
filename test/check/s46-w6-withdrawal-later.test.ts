import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { FIXTURES } from '../helpers/cli.js';
import { editedBase } from '../helpers/edited-base.js';

/**
 * Session 46, W6: a free-text miss of variants-forvaltning (FV51). A withdrawal of consent said to take effect only at
 * a later period's end or the next period («Unsubscribing takes effect from the end of the calendar year in which it was
 * asked for») lets the processing go on after the person has withdrawn: the consent is withdrawable only later, against
 * Art. 7(3) («at any time», «as easy to withdraw as to give»). consent-withdrawal `not-withdrawable`. Each text replaces
 * the newsletter's withdrawal text in a copy of the set's clean base (opt-in consent, an unsubscribe link).
 */
const BASE = join(FIXTURES, 'corpus/variants-forvaltning/base');
const FIND = `          Unsubscribe with the link at the bottom of every newsletter, or by e-mail to
          post@fjellvang-forvaltning.no.
`;
const edited = editedBase(BASE, 'ropa-s46-w6-later-', '2026-12-05');
const withdrawalFindings = (text: string): string[] => edited('activities/newsletter.yaml', FIND, `          ${text}\n`, 'consent-withdrawal', 'newsletter');

describe('consent-withdrawal: a withdrawal that takes effect only later', () => {
  it.each([
    'Unsubscribe with the link in every newsletter; unsubscribing takes effect from the end of the calendar year.',
    'Use the link in every newsletter. Withdrawal takes effect at the next renewal of the subscription.',
    'Meld deg av med lenken i nyhetsbrevet. Avmeldingen gjelder først fra utgangen av året.',
    'Meld deg av med lenkja i nyheitsbrevet. Avmeldinga gjeld frå neste kvartal.',
  ])('reports «%s»', (text) => {
    expect(withdrawalFindings(text)).toEqual(['gaps.consent-withdrawal.not-withdrawable']);
  });

  it.each([
    'Unsubscribe with the link in every newsletter; unsubscribing takes effect immediately.',
    'Unsubscribe with the link in every newsletter; the withdrawal takes effect from the time we receive it.',
    'Meld deg av med lenken i nyhetsbrevet; avmeldingen gjelder straks, også for utsendelsen ved utgangen av måneden.',
    'Unsubscribe with the link in every newsletter. A newsletter already scheduled may still arrive the next day.',
  ])('stays silent on «%s»', (text) => {
    expect(withdrawalFindings(text)).toEqual([]);
  });
});
