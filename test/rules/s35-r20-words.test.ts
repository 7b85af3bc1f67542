import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runGaps } from '../../src/check/engine.js';
import { readText } from '../../src/check/prose-activity.js';
import { GAP_RULES } from '../../src/rules/index.js';
import { youngConsentText } from '../../src/rules/child-consent-age.js';
import { validateRegistry } from '../../src/validate/index.js';
import { table } from '../helpers/reader-table.js';

/**
 * Issue #12 (session 35, R20): automated decisions, profiling and children's consent said in words, of the KIND the blind
 * sets missed (variants-havn HV44, HV45, HV49; helsestasjon HS37; paraphrase6 PF071, PF073, PF074, PF089, PF090;
 * statsforvaltar SF47), in nb, nn and en, with the lawful near-wordings each must stay silent on. The sentences are written
 * for these tables, not taken from the sets.
 */

table(
  'automated-decision-logic: a place, a right or a membership lost automatically',
  readText.decision,
  [
    ['nb', 'Medlemmer som ikke har betalt kontingenten innen 1. mars, mister automatisk medlemskapet.'],
    ['nn', 'Søkjarar som ikkje svarar på tilbodet innan fristen, mistar plassen sin i køen automatisk.'],
    ['en', 'Tenants who are two months behind with the rent lose their parking space automatically.'],
    ['en', 'Students who miss three sessions automatically lose their place on the course.'],
    ['nb', 'Ved to uteblivelser mister du automatisk retten til å bestille time på nett.'],
  ],
  [
    ['nb', 'Når barnet fyller 6 år, mister det plassen i barnehagen automatisk.'],
    ['nb', 'Den som sier opp avtalen, mister plassen automatisk.'],
    ['nb', 'Ingen mister plassen automatisk; styret vurderer hver sak.'],
    ['nb', 'Medlemmer som ikke betaler, mister ikke plassen automatisk.'],
    ['en', 'Members who leave the club lose their place automatically.'],
    ['en', 'Members who lose their place can automatically rejoin the waiting list.'],
    ['nb', 'Leietakere som ikke betaler, mister plassen automatisk, men en saksbehandler vurderer hver sak først.'],
    ['nb', 'Når leieforholdet er over, mister leietakeren plassen automatisk.'],
  ],
);

table(
  'automated-decision-logic: a machine that itself blocks guests, tenants, passengers',
  readText.decision,
  [
    ['nb', 'Bookingsystemet sperrer selv gjester som ikke har møtt opp to ganger.'],
    ['nn', 'Utleigesystemet stenger sjølv ute leigetakarar som skuldar husleige.'],
    ['en', 'The app itself blocks guests who cancel late three times.'],
    ['en', 'The ticketing system itself blocks passengers with an unpaid fine.'],
  ],
  [
    ['nb', 'Appen sperrer selv gjesterommet når det er fullt.'],
    ['nb', 'Bookingsystemet sperrer ikke selv gjester; det gjør resepsjonen.'],
    ['nb', 'Appen sperrer selv tilgangen for gjester når oppholdet er over.'],
    ['en', 'The app itself locks the guest room door at midnight.'],
  ],
);

table(
  'automated-decision-logic: an app, a portal or a form that decides on its own about the person',
  readText.decision,
  [
    ['en', 'The online form decides on its own, from your answers, whether you get a vaccination slot.'],
    ['nb', 'Nettskjemaet avgjør selv, ut fra svarene dine, om du får time hos legen.'],
    ['nn', 'Appen avgjer sjølv om søkjaren får plass på kurset.'],
    ['en', 'The booking portal determines by itself whether a patient is offered a slot.'],
    ['en', 'The app decides on its own, based on the questionnaire, who is offered a vaccine appointment.'],
  ],
  [
    ['nb', 'Nettskjemaet avgjør ikke selv om du får time; en sykepleier ser på svarene.'],
    ['en', 'The nurse decides on her own, from your answers, whether you get an appointment.'],
    ['nb', 'Skjemaet avgjør selv om feltet for adresse vises.'],
    ['en', 'The form decides on its own whether the invoice goes by e-mail.'],
    ['en', 'The app decides on its own, from your settings, which colour theme is shown.'],
  ],
);

table(
  'automated-decision-logic: people taken off the rota by the machine (active voice; «automatically» after the step)',
  readText.decision,
  [
    ['nb', 'Hvis en vikar får dårlig vurdering tre ganger, fjerner systemet vikaren automatisk fra vaktlisten.'],
    ['nn', 'Tolkar som får låg skår, strykar systemet automatisk frå tolkelista.'],
    ['en', 'Interpreters with an average score below 3 are struck off the booking list automatically.'],
    ['en', 'The scheduling system removes drivers automatically from the shift schedule when they get two complaints.'],
  ],
  [
    ['nb', 'Vakter som ikke blir fylt, fjerner systemet automatisk fra vaktplanen.'],
    ['en', 'Staff who leave are removed from the rota automatically.'],
    ['nb', 'Systemet fjerner ikke legen automatisk fra vaktplanen; det gjør vaktsjefen.'],
    ['nb', 'Vaktsjefen fjerner vikaren fra vaktlisten etter en samtale.'],
  ],
);

table(
  'automated-decision-logic: an exam set to failed or annulled by the machine',
  readText.decision,
  [
    ['nb', 'Hvis studenten åpner et annet program, stenger systemet besvarelsen automatisk og eksamen registreres som ikke bestått.'],
    ['nn', 'Programmet set prøva til ikkje bestått automatisk når kameraet ikkje ser studenten.'],
    ['en', 'If the webcam loses the candidate, the exam is automatically marked as failed.'],
    ['en', 'The proctoring software automatically records the test as a fail when a second face appears.'],
  ],
  [
    ['nn', 'Studentar som får stryk, blir automatisk melde opp til ny eksamen.'],
    ['nb', 'Systemet flagger hendelsen automatisk, og sensor vurderer om eksamen skal registreres som ikke bestått.'],
    ['en', 'Students whose exam is marked as failed are automatically offered a resit.'],
    ['nb', 'Eksamen registreres ikke automatisk som ikke bestått; eksamenskommisjonen avgjør saken.'],
    ['nb', 'Systemet sender automatisk en kvittering når besvarelsen er levert.'],
  ],
);

table(
  'automated-decision-logic (profiling): an interest or purchase profile made, three words between the verb and the profile',
  readText.profiling,
  [
    ['nn', 'Ut frå lånehistorikken lagar vi òg ein interesseprofil for kvar lånar.'],
    ['nb', 'Basert på det du kjøper, lager vi så en kjøpsprofil og anbefaler deg varer.'],
    ['en', 'We also make a detailed new interest profile of each visitor from the pages they read.'],
  ],
  [
    ['nb', 'Vi lager også en felles interesseprofil for hele fagfeltet.'],
    ['nn', 'Ut frå samla utlånstal lagar vi òg ein interesseprofil for kvart fagfelt.'],
    ['nb', 'Du kan selv lage en interesseprofil i appen.'],
    ['nb', 'Vi lager ikke lenger en interesseprofil for deg.'],
  ],
);

table(
  'child-consent-age: a child under 13 consenting alone to an online service (bare age after the noun, «on their own and agree», a digital survey)',
  youngConsentText,
  [
    ['en', 'Children from 11 can register in the app on their own and consent to us posting their drawings.'],
    ['nb', 'Barn fra 10 kan melde seg på i appen selv og godtar der at vi publiserer bildene deres.'],
    ['nn', 'Born frå 11 år samtykkjer sjølve når dei svarar på den elektroniske spørjeundersøkinga vår.'],
    ['en', 'Pupils from the age of 10 consent themselves in our digital survey.'],
    ['nb', 'Elever fra 9 år kan selv samtykke til at svarene deres brukes i den digitale spørreundersøkelsen.'],
  ],
  [
    ['en', 'Children from 11 can sign up in the app on their own, and their parents agree to the photos.'],
    ['en', 'Children from 14 can sign up in the app on their own and agree to the terms.'],
    ['en', 'Parents of children from 10 sign up in the app themselves and agree to the terms.'],
    ['nn', 'Elevar frå 10 år kan ikkje sjølve samtykkje i den digitale spørjeundersøkinga.'],
    ['nb', 'Elever fra 10 år svarer på den digitale spørreundersøkelsen; foreldrene samtykker for dem.'],
    ['nb', 'Barn fra 10 år kan samtykke selv til at tegningene henges opp på skolen.'],
    ['nb', 'Kurset for barn fra 11.30 til 13.00 er på nett, og deltakerne samtykker selv til opptak.'],
  ],
);

/**
 * The youngAlone path of child-consent-age: a newsletter on consent, whose description lets the young sign up by themselves
 * (a relative age «som har fylt 12 år», «who have turned 11»; a bare act «can subscribe too, once they are 12»). One
 * activity per sentence, on a purpose whose consent names the newsletter.
 */
describe('child-consent-age: the young signing up to a newsletter on consent (relative age, bare sign-up)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'r20-young-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const reading: readonly (readonly [string, string])[] = [
    ['nn', 'Også ungdom som har fylt 11 år, kan melde seg på nyheitsbrevet sjølve.'],
    ['nb', 'Ungdom som har fylt 12 år, kan melde seg på nyhetsbrevet på egen hånd.'],
    ['en', 'Young people who have turned 11 can subscribe to the newsletter themselves.'],
    ['en', 'Kids can sign up too, once they are 10.'],
    ['nb', 'Barn kan også abonnere, fra de er 12 år.'],
  ];
  const silent: readonly (readonly [string, string])[] = [
    ['nb', 'Ungdom som har fylt 13 år, kan melde seg på nyhetsbrevet selv.'],
    ['en', 'Teenagers can subscribe too, once they are 14.'],
    ['nb', 'Ungdom som har fylt 12 år, og foreldrene deres kan melde seg på nyhetsbrevet.'],
    ['en', 'Kids can sign up too, once they are 10, with a parent who consents for them.'],
    ['nb', 'Barn kan ikke abonnere, selv om de har fylt 12 år.'],
  ];
  const texts = Object.fromEntries([...reading.map((c, i) => [`d${i}`, c[1]]), ...silent.map((c, i) => [`s${i}`, c[1]])]);
  mkdirSync(join(dir, 'activities'), { recursive: true });
  mkdirSync(join(dir, 'catalogues'), { recursive: true });
  writeFileSync(
    join(dir, 'organisation.yaml'),
    'name: Fjordklubben\npublicAuthority: false\nlanguages: [nb]\naddress:\n  lines: [Postboks 1]\n  postalCode: "6800"\n  city: Førde\ndpo:\n  name: DPO\n  email: dpo@example.no\nsupervisoryAuthority:\n  name: Datatilsynet\n',
  );
  writeFileSync(join(dir, 'catalogues', 'data-subjects.yaml'), 'dataSubjects:\n  abonnenter:\n    name: Abonnenter\n');
  for (const [id, text] of Object.entries(texts))
    writeFileSync(
      join(dir, 'activities', `${id}.yaml`),
      `id: ${id}
title: Nyhetsbrev
description: ${JSON.stringify(text)}
status: active
purposes:
  - id: nyhetsbrev
    description: sende nyhetsbrevet til dem som har meldt seg på
    legalBasis:
      - gdpr: A6-1-a
        consentMethod: opt-in
recipients: none
dataSubjects:
  - abonnenter
`,
    );
  const { registry } = validateRegistry(dir);
  const findings = runGaps(
    registry,
    GAP_RULES.filter((x) => x.meta.id === 'child-consent-age'),
    { today: '2026-12-03' },
  ).findings;
  const on = (id: string): number => findings.filter((f) => f.activity === id).length;
  it.each(reading.map((c, i) => [`d${i}`, ...c]))('reads %s (%s, %s)', (id) => expect(on(id)).toBe(1));
  it.each(silent.map((c, i) => [`s${i}`, ...c]))('stays silent on %s (%s, %s)', (id) => expect(on(id)).toBe(0));
});
