import { describe, expect, it } from 'vitest';
import { table } from '../helpers/reader-table.js';
import { spokenDurations } from '../../src/check/spoken-duration.js';
import { readText } from '../../src/check/prose-activity.js';
import { emptyCriterion } from '../../src/rules/retention-defined.js';
import { needOver } from '../../src/rules/anonymisation-deadline.js';
import { controlText } from '../../src/rules/employee-control.js';

/**
 * W13's readings of session 24 (#12, paraphrase robustness: test/fixtures/corpus/variants-paraphrase2, the families session 23
 * left: retention in words, employee monitoring, health asked of applicants (read through the corpus), third countries).
 * Each table holds more ways a DPO states the fact (nb, nn, en) that must read, and lawful near-wordings that must not.
 */

describe('a period said in words past twelve, or as a quarter (retention-limit via spokenDurations)', () => {
  const said: [string, string[]][] = [
    ['We keep the recordings for sixty days before they are deleted automatically.', ['P60D']],
    ['Opptakene oppbevares i et kvartal og slettes deretter.', ['P3M']],
    ['Opptaka blir lagra i eitt kvartal.', ['P3M']],
    ['Footage is kept for one quarter, then deleted.', ['P3M']],
    ['Opptak lagres i førtifem dager.', ['P45D']],
    ['Opptaka blir lagra i fjorten dagar.', ['P14D']],
    ['Recordings are kept for twenty-one days.', ['P21D']],
    ['Opptakene lagres i et år.', ['P1Y']],
    ['Lagres i to kvartal.', ['P6M']],
  ];
  it.each(said)('%s → %j', (text, periods) => expect(spokenDurations(text)).toEqual(periods));
  const none: string[] = [
    'Kameraene dekker et kvartal i sentrum.',
    'Opptak fra et kvartal rundt butikken vises på skjermen.',
    'A quarter of the footage is reviewed by the manager.',
    'Recordings are checked once a quarter.',
    'Statistikken lages kvartalsvis.',
    'Rapporten sendes hvert kvartal.',
    'Kept for a quarter of an hour in the buffer.',
  ];
  it.each(none)('no period: %s', (text) => expect(spokenDurations(text)).toEqual([]));
});

table(
  'a trigger that sets no end: the controller no longer needing the case, or finding it useful (retention-defined)',
  (t) => emptyCriterion(t) !== undefined,
  [
    ['en', 'until we no longer need the case'],
    ['en', 'for as long as the clinic finds it useful'],
    ['nn', 'til vi ikkje lenger treng meldingane'],
    ['nn', 'så lenge legekontoret meiner det er naudsynt'],
    ['nb', 'inntil kommunen ikke har bruk for sakene lenger'],
    ['en', 'when we no longer have a use for the files'],
    ['nb', 'så lenge klinikken anser det som nødvendig'],
  ],
  [
    ['en', 'until the customer no longer needs the service'],
    ['en', 'for as long as the patient finds it useful'],
    ['en', 'until we no longer need the case, and at the latest five years after it is closed'],
    ['nn', 'til vi ikkje lenger treng båten'],
    ['nn', 'til kunden ikkje lenger treng meldingane'],
    ['en', 'for as long as the clinic finds it necessary to handle the complaint'],
    ['nb', 'til tjenesten ikke lenger trengs'],
    ['en', 'until the court no longer needs the case'],
    ['en', 'as long as the clinic is open'],
    ['nn', 'til saka er avslutta'],
  ],
);

table(
  'anonymised when the controller no longer needs the data, or its need is over (anonymisation-deadline)',
  needOver,
  [
    ['nb', 'når vi ikke har bruk for dataene lenger'],
    ['nb', 'når driftsbehovet er over'],
    ['nn', 'til kommunen ikkje treng opplysningane lenger'],
    ['en', "when we don't need the data any more"],
    ['en', 'when the operational need has passed'],
  ],
  [
    ['nb', 'når hjelpebehovet er over'],
    ['nb', 'når brukeren ikke trenger hjelpemiddelet lenger'],
    ['nb', 'når behandlingen er over'],
    ['nb', 'når prosjektet er over'],
    ['en', "when the patient doesn't need the aid any more"],
    ['en', 'when the need for the loan ends'],
  ],
);

table(
  'staff checked: coming to work and going home, those who run the unit, staff e-mails read as a routine (employee-control)',
  controlText,
  [
    ['nb', 'Opptakene brukes også til å se når de ansatte kommer på jobb og går hjem.'],
    ['nn', 'Leiaren sjekkar opptaka for å sjå når dei tilsette møter på jobb og går heim.'],
    ['en', 'The recordings are also used to check when staff arrive at work and go home.'],
    ['nb', 'Styreren går gjennom opptakene for å kontrollere når personalet kommer til jobben og drar hjem.'],
    ['nn', 'Leiaren ser gjennom opptaka for å sjekke at dei som jobbar i krematoriet, følgjer rutinane.'],
    ['nb', 'Opptakene brukes til å kontrollere at de som driver krematoriet følger prosedyrene.'],
    ['en', 'The manager reviews the footage to check that those who run the crematorium follow the procedures.'],
    ['en', 'Every month a manager reviews a sample of staff e-mails to check how clients are addressed.'],
    ['en', 'Team leads read staff e-mails weekly to assess their tone.'],
    ['nb', 'Leder går jevnlig gjennom personalets e-post for å vurdere tonen mot kundene.'],
  ],
  [
    ['nb', 'Opptakene brukes ikke til å sjekke når de ansatte kommer på jobb og går hjem.'],
    ['nb', 'Opptakene brukes ikke til å se når de ansatte kommer og går.'],
    ['nn', 'Kameraet viser når barna kjem og går heim med foreldra.'],
    ['en', 'Staff record in the rota when they arrive at work and go home; no camera is used for this.'],
    ['en', 'We check when parents arrive at the kindergarten and go home with their children.'],
    ['nb', 'Personalet ser etter når barna kommer og går hjem, slik at ingen blir glemt.'],
    ['nn', 'Opptaka blir ikkje brukte til å sjekke at dei som driv krematoriet, følgjer prosedyrane.'],
    ['nn', 'Vi sjekkar at dei som bestiller kremasjon, følgjer prosedyrane for ID-kontroll.'],
    ['en', 'We check that those who visit the chapel follow the rules for photography.'],
    ['en', 'Staff e-mails are never read routinely; a mailbox is opened only when innsynsforskriften § 2 allows it.'],
    ['en', 'The IT supplier scans staff e-mails every day for malware and phishing.'],
    ['en', 'Staff e-mails to clients are archived monthly in the case system.'],
    ['en', 'We send a monthly staff e-mail with news from the clinic.'],
  ],
);

describe('a party outside the EEA placed by its country adjective or as a cooperating party (processor-location places)', () => {
  const said: [string, string][] = [
    ['For masteremnene får sensorer ved amerikanske partneruniversiteter tilgang til besvarelsene.', 'US'],
    ['For masteremna får sensorar ved britiske partnaruniversitet tilgang til svara.', 'GB'],
    ['Masteroppgåver blir sensurerte av sensorar ved eit samarbeidsuniversitet i USA, som får svara tilsendt.', 'US'],
    ['stille skatteopplysninger til rådighet for forskere ved Harvard University i USA som vi samarbeider med', 'US'],
    ['Besvarelsene sendes til en britisk leverandør for plagiatkontroll.', 'GB'],
    ['Support tickets are answered by an Indian subcontractor.', 'IN'],
    ['Spørsmål fra brukerne besvares av en indisk underleverandør.', 'IN'],
    ['We store backups with a US cloud provider.', 'US'],
  ];
  it.each(said)('%s → %s', (text, country) => expect(readText.place(text)).toContain(country));
  const none: [string, string][] = [
    ['Leverandøren er et norsk datterselskap av et amerikansk selskap, og dataene lagres i Norge.', 'US'],
    ['The data is stored in Norway by a supplier owned by a US company.', 'US'],
    ['Dataene lagres i Norge hos et selskap som er en del av et amerikansk konsern.', 'US'],
    ['Vi bruker ikke amerikanske leverandører; alle data lagres i Norge.', 'US'],
    ['Studentar frå amerikanske universitet kan søkje om utveksling hos oss.', 'US'],
    ['Vi brukte tidligere en amerikansk leverandør for lagring.', 'US'],
    ['Vi kjøper tjenesten av et britisk selskap, men alle data lagres i Irland.', 'GB'],
    ['Eksamenssvarene deles ikke med amerikanske partneruniversiteter.', 'US'],
    ['An American researcher visited the clinic and gave a lecture.', 'US'],
    ['Vi samarbeider med et universitet i USA om metodeutvikling.', 'US'],
    ['Vi samarbeider med forskere i USA, men ingen personopplysninger deles med dem.', 'US'],
    ['Vi kjøper amerikanske sensorer til målestasjonene fra en leverandør i Trondheim.', 'US'],
  ];
  it.each(none)('no party there: %s', (text, country) => expect(readText.place(text)).not.toContain(country));
});
