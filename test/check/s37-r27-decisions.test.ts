import { describe } from 'vitest';
import { ruleMatrix } from '../helpers/rule-matrix.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 37, R27, class B (variants-vassverk VV51, VV52, variants-tingrett VT46): an automated decision said without
 * «automatisk»: the system as the subject of a step against what the person has (the water supply to their home, their
 * account), in either order («Systemet stenger …», «…, stengjer systemet … sjølv»); a fee put on the invoice with no one
 * looking at the case (the invoice only where the fee stands); struck off a list or panel of people by the system as the
 * passive's agent («strykes av systemet fra medlemsregisteret», «struck off the panel by the system itself»). Sentences
 * written for this matrix, none from a test set: READ (nb, nn, en; inverted order after a condition, passive with «av
 * systemet», «by the system itself») and SILENT (a proposal a caseworker decides, a reminder, a pipe break on the main, a
 * sorting for a case officer, the person's own step in the app, the system closed for maintenance, a denial, people who
 * move, doors, the person's request, cases struck off a list, an invoice filed, a notice put on the invoice).
 */
const findingsOf = ruleMatrix('automated-decision-logic', {
  org: 'Fjordvik vassverk',
  language: 'nb',
  title: 'Fakturering',
  purpose: 'fakturere abonnenter',
});

export const reads: readonly string[] = [
  'Bruker målaren meir enn 3 000 liter i døgnet, stengjer systemet vasstilførselen til bustaden.',
  'Systemet stenger vanntilførselen til boligen når forbruket har vært høyt i tre døgn.',
  'The system cuts off the water supply to the home when consumption stays high for three days.',
  'Kunder som ikke har betalt innen fristen, får et purregebyr lagt på regningen av systemet uten at noen ser på saken.',
  'Customers who miss the deadline get a surcharge added to their invoice by the system without anyone looking at the case.',
  'Medlemmer som ikke har betalt kontingent, strykes av systemet fra medlemsregisteret.',
  'Medlemar som ikkje har betalt, vert stroke frå medlemsregisteret av systemet sjølv.',
  'Lay judges who miss two sittings are struck off the panel by the system itself.',
  'Appen sperrer kontoen til brukere som har tre ubetalte bøter.',
  'Har kunden ikke betalt etter to purringer, stenger systemet kontoen.',
  'Søkjarar som står på ventelista og ikkje svarar, blir fjerna frå ventelista av systemet sjølv.',
];
export const silent: readonly string[] = [
  'Systemet foreslår å stenge kontoen, og en saksbehandler avgjør saken.',
  'Systemet sender en påminnelse når fakturaen ikke er betalt.',
  'Ved røyrbrot stengjer systemet ventilen på hovudleidningen sjølv.',
  'Systemet sorterer sakene for saksbehandleren.',
  'I appen stenger du kontoen selv.',
  'Vi stenger systemet for vedlikehold hver natt.',
  'Systemet stenger ikke kontoen; en rådgiver vurderer hver sak.',
  'Meddommere som har flyttet, strykes av systemet fra utvalget.',
  'Systemet stenger dørene klokka 22.',
  'Kunder som ber om det, får kontoen stengt av systemet.',
  'Saker som er ferdige, strykes automatisk fra lista.',
  'Systemet legger fakturaen i nettbanken uten at noen ser på den.',
  'The system closes the valve on the water main when a pipe bursts.',
  'Systemet legg varselet på fakturaen utan at nokon ser på saka.',
];

describe('an automated decision said without «automatisk» (R27 session 37, class B)', () => {
  readsAndSilent(findingsOf, reads, silent);
});
