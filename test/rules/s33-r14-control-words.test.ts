import { describe, expect, it } from 'vitest';
import { controlText } from '../../src/rules/employee-control.js';

/**
 * R14, session 33 (#12): employee-control, an indirect question whether staff actually work («to see whether staff are
 * working»), asked of a log, a clock, GPS, access cards or e-mail: a check of the employees' work by technical means, a
 * control measure (arbeidsmiljøloven § 9-1). A MATRIX of the languages' own words, written for the reading (none from a
 * test set): verbs of seeing or checking (se, sjå, sjekke, kontrollere, finne ut, følge med på; see, check, find out,
 * verify) × the staff nouns × the data (log-ins, time stamps, GPS, access cards, e-mail) × shapes (active, passive «blir
 * brukt», «vert nytta», fronted object, English phrasal); with SILENCE beside: no staff named (a break-in), the
 * employee's own view, an aggregate (enough staff on duty), a negation, a hypothetical, the past, no data at all.
 */
const reads: string[] = [
  // bokmål
  'Loggen fra kassesystemet brukes til å se om de ansatte i butikken jobber mellom kundene.',
  'Lederen sjekker tidsstemplene for å se om medarbeiderne virkelig arbeider hele vakten.',
  'GPS-posisjonen til bilene blir brukt til å kontrollere at sjåførene og de andre ansatte faktisk jobber når de er ute.',
  'Adgangskortloggen gjennomgås for å finne ut om de ansatte er i arbeid i kjernetiden.',
  'Vi følger med på påloggingsloggen for å se om de ansatte jobber når de sier at de jobber.',
  // nynorsk
  'Tidsstempla på e-postane vert nytta til å sjekke om sakshandsamarane og dei andre tilsette verkeleg arbeider fram til klokka fire.',
  'Leiaren går gjennom tidsstempla for å sjekke om medarbeidarane verkeleg jobbar heile dagen.',
  'Kortlesaren viser kven som kjem inn, og loggen blir brukt til å finne ut om dei tilsette er i arbeid.',
  // English
  'Log-in times are used to check whether employees really work when they are at home.',
  'The manager reviews the access-card log to see if staff are actually working during core hours.',
  'We look at the GPS data to find out whether the drivers and other employees are working between jobs.',
  'E-mail time stamps are reviewed to verify that staff actually work their full hours.',
];
const silent: string[] = [
  // no staff named: security logging
  'Innloggingene logges for å se om noen prøver å bryte seg inn i systemet.',
  'Loggen vert nytta til å sjå om nokon har freista å logge inn utan løyve.',
  'Log-ins are logged to see whether anyone tries to break into the system.',
  // the employee's own view
  'Den ansatte kan selv se i loggen om han har jobbet nok timer denne måneden.',
  'Employees can check in the time log whether they have worked enough hours.',
  // an aggregate
  'Vi bruker tall fra systemet for å se om avdelingen har nok folk på jobb i helgene.',
  'System data are used to see whether the unit has enough staff on duty at weekends.',
  // a negation
  'Innloggingene brukes ikke til å se om de ansatte faktisk jobber.',
  'Loggen vert ikkje nytta til å sjå om dei tilsette arbeider.',
  'Log-in times are never used to check whether employees really work.',
  // a hypothetical
  'Dersom vi skulle bruke loggen til å se om de ansatte jobber, vil vi drøfte det med de tillitsvalgte først.',
  'If we were to use the log to check whether staff are working, we would discuss it with the union first.',
  // no data at all: a manager's everyday direction of work
  'Leiaren snakkar med dei tilsette for å sjå om dei trivst i arbeidet.',
];

describe('employee-control reads «to see whether staff actually work» from a log', () => {
  it('reads every cell', () => expect(reads.filter((t) => !controlText(t))).toEqual([]));
  it('stays silent beside them', () => expect(silent.filter((t) => controlText(t))).toEqual([]));
});
