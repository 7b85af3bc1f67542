import { describe } from 'vitest';
import { ruleMatrix } from '../helpers/rule-matrix.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 37, R27, class C (variants-vassverk VV43, variants-paraphrase6 PF078, PF098, PF099): special categories and
 * offences implied by what is told of a person. Health (GDPR Art. 4(15), recital 35; C-184/20 «liable to disclose
 * indirectly»): medical equipment a person has, uses or depends on, or keeps at home (dialysis, home oxygen, a respirator,
 * an insulin pump, medical equipment), a dialysis patient, the injuries a person has got and how their health is, kept on
 * record. Offences (Art. 10; personopplysningsloven § 11): a judgment for a named offence, a person suspected of one. Each
 * cell is one activity's description in a private body's record with no category and no condition. Sentences written for
 * this matrix, none from a test set: READ (nb, nn, en; relative clause, «X heime», possessive, passive, a suspect named by
 * «whom … suspects», «under mistanke om») and SILENT (equipment as goods or a supplier's, oxygen in water, a dialysis ward,
 * a denial, damage to a thing, the water's quality, a course, statistics, a civil judgment, a suspected fault or leak).
 */
const customers = ruleMatrix('special-category-condition', {
  org: 'Fjordvik AS',
  language: 'nb',
  title: 'Kunderegister',
  purpose: 'følge opp kunder',
  publicAuthority: false,
});

export const healthReads: readonly string[] = [
  'Vi registrerer hvilke abonnenter som har oksygenutstyr hjemme.',
  'Kundar som er avhengige av respirator, blir førte på ei prioriteringsliste.',
  'We keep a list of customers who use home oxygen.',
  'Residents who depend on an insulin pump are flagged in the system.',
  'Vi har ei liste over dialysepasientar i forsyningsområdet.',
  'Abonnenter med medisinsk utstyr hjemme får varsel først ved avbrudd.',
  'Injuries the players have suffered are recorded by the coach.',
  'Skadane deltakarane har fått, blir registrerte i skjemaet.',
  'The nurse records how their health is after each shift.',
];
export const healthSilent: readonly string[] = [
  'Medisinsk utstyr leveres av Helsepartner AS.',
  'Vassverket måler oksygeninnhaldet i vatnet kvar veke.',
  'Dialyseavdelinga ved sjukehuset får vatn frå eiga leidning.',
  'Vi registrerer ikkje kven som har dialyseapparat heime.',
  'Skader på fartøyet blir notert av inspektøren.',
  'Skader kunden har fått på bilen, blir registrert.',
  'Vi sel medisinsk utstyr i butikken.',
  'Vi registrerer hvordan vannkvaliteten er.',
  'Alle abonnentar får varsel ved avbrot.',
];
export const offenceReads: readonly string[] = [
  'Vi registrerer tidligere dommer for bedrageri.',
  'Personer vekteren mistenker for tyveri, blir ført inn i loggen med navn.',
  'Vi noterer namn på personar som er mistenkte for innbrot.',
  'Customers suspected of fraud are flagged in the customer file.',
  'Dersom ein tilsett er under mistanke om underslag, blir det notert i personalmappa.',
  'We record previous judgments for violence against the applicant.',
  'Kunder vi har mistanke om hvitvasking hos, blir registrert med navn.',
];
export const offenceSilent: readonly string[] = [
  'Vi har kurs om mistanke om hvitvasking for alle ansatte.',
  'Statistikk over dommer for vold publiseres årlig.',
  'Vi registrerer ikke mistanke om tyveri.',
  'Dommen i tvistesaken om husleie blir arkivert.',
  'Vi har mistanke om feil i målaren og sender ein montør.',
  'Vekteren registrerer skader på bygget etter innbrudd.',
  'The guard suspects a fault in the alarm system.',
  'Vi mistenker lekkasje og stenger ventilen.',
];

const table = (name: string, rule: string, reads: readonly string[], silent: readonly string[]) =>
  describe(name, () => readsAndSilent(customers.with({ rule }), reads, silent));

table(
  'health implied by medical equipment, injuries and health kept on record (R27 session 37, class C)',
  'special-category-condition',
  healthReads,
  healthSilent,
);
table('offences implied by a judgment for an offence or a suspicion of one (R27 session 37, class C)', 'criminal-data-basis', offenceReads, offenceSilent);
