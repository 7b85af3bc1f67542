import { describe } from 'vitest';
import { textRegistry } from '../helpers/sentence-registry.js';
import { cellMatrix } from '../helpers/sentence-matrix.js';

/**
 * Session 46, FW (issue #12; variants-ferje FJ61, written blind by W5): consent-withdrawal `harder-than-giving` where the
 * record sets no `consentMethod` but its words say the consent or the data it covers are given in an app, on the web, by
 * phone or e-mail, and the withdrawal is only by letter (Art. 7(3): as easy to withdraw as to give). Silent: a withdrawal
 * that also names an electronic way, consent given on a paper form or in a meeting, an app named for another use.
 */
const run = textRegistry('ropa-s46-fw-withdraw-');
const assistance = (cells: Record<string, string>) =>
  run(cells, {
    org: 'Fjordlinja Ferjer AS',
    publicAuthority: false,
    rule: 'consent-withdrawal',
    activity: (id, cell) => {
      const [description, withdrawal] = cell.split(' || ');
      return `id: ${id}
title: Assistanse til reisende
description: ${JSON.stringify(description)}
status: active
purposes:
  - id: gi-assistanse
    description: gi den reisende hjelpen hun eller han har bedt om
    legalBasis:
      - gdpr: A6-1-a
        consentWithdrawal: ${JSON.stringify(withdrawal)}
recipients: none
`;
    },
  });

describe('withdrawal only by letter where consent is given electronically (consent-withdrawal harder-than-giving)', () => {
  cellMatrix(assistance, [
    {
      id: 'r',
      name: 'reads %s: %s',
      gives: 1,
      cells: [
        'Reisende kan melde behov for assistanse i appen, på telefon eller på kaien. || Samtykket kan trekkes tilbake ved brev til hovedkontoret i Bergen.',
        'Kunden samtykker på nettsiden vår når reisen bestilles. || Samtykket kan trekkast tilbake ved å sende eit signert brev til oss.',
        'Passengers give their consent in the app when they book. || Consent may be withdrawn by letter to our head office.',
      ],
    },
    {
      id: 's',
      name: 'stays silent on %s: %s',
      gives: 0,
      cells: [
        'Reisende kan melde behov for assistanse i appen. || Samtykket kan trekkes tilbake i appen eller ved brev til hovedkontoret.',
        'Den reisende fyller ut et skjema på papir og leverer det på kaien. || Samtykket kan trekkes tilbake ved brev til hovedkontoret.',
        'Den reisende gir samtykke i et møte med kundesenteret. || Samtykket kan trekkes tilbake ved brev til hovedkontoret.',
        'Reisende får varsler i appen om forsinkelser. || Samtykket kan trekkes tilbake ved brev til hovedkontoret.',
        'Reisende kan melde behov for assistanse i appen. || Samtykket kan trekkes tilbake på telefon til kundesenteret.',
      ],
    },
  ]);
});
