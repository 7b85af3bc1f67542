import { describe, expect, it } from 'vitest';
import { table } from '../helpers/reader-table.js';
import { discloses, publishes } from '../../src/check/facts.js';
import { readText } from '../../src/check/prose-activity.js';
import { controlText } from '../../src/rules/employee-control.js';

/**
 * W5's readings of session 20 (#12, recall on free text), each with the lawful wordings that share its words (nb, nn, en)
 * and must not read: a passive «gitt til» a party or a company, a parish or member magazine as a recipient, what is sent
 * named by five to ten words (facts.ts discloses); «lagd ut på Facebook-sida» (facts.ts publishes); data bought from a
 * «…selskap», neighbours asked about the family, a genitive with an apostrophe before a site
 * (prose-activity.ts readText.source); a step taken before anyone has looked (readText.decision); a routine reading of
 * employees' mailboxes and «følger med på», «follow how» (employee-control controlText).
 */

table(
  'a passive «gitt til», a magazine, a long object (facts.ts discloses)',
  (t) => discloses(t),
  [
    ['nn', 'Namn, adresse og gravstad for stellkundane blir gitt til Lindvik Blomster AS, som leverer og plantar blomane.'],
    ['en', 'The names and addresses of customers are given to Lindvik Flowers Ltd, which plants the flowers.'],
    ['nn', 'Namna på festarar som ikkje har fornya, blir sende til kyrkjelydsbladet for kunngjering.'],
    ['en', 'The names of new lease holders are sent to the parish magazine.'],
    ['nb', 'Etter møtet sender vi et kort referat av samtalen til NAV.'],
    ['nb', 'Til jul sender vi navn og adresse på beboerne til kommunen.'],
    ['nb', 'Vi sender julekort med navn og adresse på alle beboerne til kommunen.'],
    ['nb', 'Vi sender en liste over de pågrepne til politiet.'],
    ['nn', 'Me sender lista med namna på alle deltakarane til kommunen.'],
  ],
  [
    ['nn', 'Oppdraget med å plante blomar blir gitt til Lindvik Blomster AS etter anbod.'],
    ['nn', 'Informasjon om tenestetilbodet blir gitt til pårørande.'],
    ['nn', 'Statistikk over talet på avtalar blir gitt til Lindvik Blomster AS.'],
    ['nn', 'Namn og adresse blir ikkje gitt til Lindvik Blomster AS.'],
    ['en', 'The contract is given to them as a reward.'],
    ['nn', 'Vi sender ei generell påminning om fornying til kyrkjelydsbladet, utan namn.'],
    ['nb', 'Vi sender nyhetsbrev og informasjon om spilltilbudet til kunder.'],
    ['nb', 'Vi sender en oversikt over antall deltakere per kurs til kommunen.'],
    ['nb', 'Vi sender statistikk over antall besøk i året til kommunen.'],
    ['nb', 'Alvorlige saker sendes til NIFs påtalenemnd eller meldes til politiet.'],
    ['nn', 'Vi sender ikkje lista med namna på festarane til kommunen.'],
    ['nn', 'Vi sender årsrapporten med tal for alle gravplassane til kommunestyret.'],
    // N4's review (session 20): things and the controller's own details given or sent; a magazine as the thing sent.
    ['nn', 'Ei oversikt over ledige gravstader blir gitt til Lindvik Blomster AS.'],
    ['en', 'The list of vacant plots is given to Lindvik Blomster AS.'],
    ['nn', 'Kontaktinformasjonen til gravplassforvaltninga blir gitt til Lindvik Blomster AS, så dei kan ringje oss.'],
    ['nn', 'Rapporten om tilstanden til kyrkjegardsmuren blir gitt til Lindvik Mur AS.'],
    ['nn', 'Ein kopi av leigeavtalen for reiskapsboden blir gitt til Lindvik Eigedom AS.'],
    ['nn', 'Kommunebladet blir sendt til alle husstandar i Lindvik.'],
    ['nn', 'Vi sender pressemeldingar om nye gravfelt til lokalbladet.'],
    ['nn', 'Til jul sender vi julekort med logoen og adressa vår til samarbeidspartnarane.'],
    ['nn', 'Opningstidene blir sende til menighetsbladet.'],
    ['en', 'We send a notice about the new fees to the parish magazine.'],
  ],
);

table(
  'lagd ut på Facebook-sida (facts.ts publishes)',
  (t) => publishes(t),
  [
    ['nn', 'Lista med namna på festarane blir òg lagd ut på Facebook-sida til kommunen.'],
    ['nb', 'Navnene på vinnerne blir lagt ut på kommunens Facebook-side.'],
    ['en', "The names of the lease holders are posted on the municipality's Facebook page."],
  ],
  [
    ['nn', 'Opningstidene blir lagde ut på Facebook-sida til kommunen.'],
    ['nn', 'Statistikk over talet på ustøe gravminne blir lagd ut på nettsida til kommunen.'],
    ['nn', 'Lista med namna blir ikkje lagd ut på Facebook.'],
    ['en', "We have posted the opening hours on the municipality's Facebook page."],
    ['nn', 'Kunngjeringa om kontrollen blir lagd ut på Facebook-sida til kommunen, utan namn.'],
  ],
);

table(
  'bought from a company, neighbours asked about the family, an apostrophe (readText.source); references are not read',
  (t) => readText.source(t),
  [
    ['nn', 'Når festaren har flytta, kjøper vi ny adresse frå eit kommersielt adresseselskap.'],
    ['en', 'We buy updated addresses from a commercial data provider.'],
    ['nn', 'Om ingen kan syte for gravferda, spør naboar og heimetenesta om kven som var familien til den avlidne.'],
    ['en', 'We ask the neighbours who the next of kin are.'],
    ['en', "We check the applicants' profiles on LinkedIn."],
  ],
  [
    ['nn', 'Vi kjøper adresseetikettar frå trykkeriet.'],
    ['nn', 'Vi kjøper ikkje adresser frå nokon.'],
    ['nn', 'Vi får straum frå kraftselskapet.'],
    ['en', 'We ask the funeral agency about family graves in general.'],
    ['nn', 'Dei etterlatne kan spørje oss om kven som har ansvaret for grava.'],
    ['nn', 'Vi spør ikkje naboane om familien.'],
    ['en', 'Rules on references to the law are in the staff handbook.'],
    ['en', 'We do not take up references.'],
    ['en', 'Applicants may upload references with their application.'],
    ['nb', 'Søkerne kan legge ved referanser i søknaden.'],
    ['en', 'The reference number of each case is kept in the HR system.'],
    ['en', "Applicants can check our company's profile on LinkedIn."],
    // N4's review (session 20): references the applicant sends are collected from the person.
    ['en', 'Applicants send us references themselves; we do not contact referees.'],
    ['en', 'The applicant sends us the references and certificates they want us to read.'],
  ],
);

table(
  'a step taken before anyone has looked (readText.decision)',
  (t) => readText.decision(t),
  [
    ['en', 'A positive screen is sent automatically by the system to the employer as "not fit for duty" before any physician has looked at it.'],
    ['en', 'The worker is suspended automatically before any physician has looked at the result.'],
  ],
  [
    ['en', 'Positive screens are confirmed before our physician assesses the result.'],
    ['en', 'The sample is sent to the laboratory before anyone has looked at it.'],
    ['en', 'The employer is told "not fit for duty" only after our physician has reviewed the result.'],
    ['nb', 'Prøven blir sendt til laboratoriet før noen har sett på den.'],
    ['nb', 'Svaret blir ikke sendt til arbeidsgiveren før en lege har vurdert det.'],
    ['en', 'Our physician decides whether the worker is unfit for duty.'],
  ],
);

describe('a routine reading of employees’ mailboxes, «følger med på», «follow how» (employee-control controlText)', () => {
  const yes: [string, string][] = [
    ['nb', 'Lederen går jevnlig gjennom e-postkassene til de ansatte for å kontrollere hvordan de svarer de etterlatte.'],
    ['en', "read a sample of employees' e-mails every month to check how they communicate with clients"],
    ['nb', 'Lederne følger med på hvor effektive de enkelte ansatte er gjennom dagen.'],
    ['en', 'Managers follow how busy each employee is from the logs.'],
  ];
  const no: [string, string][] = [
    ['nn', 'Vi går aldri rutinemessig gjennom e-postkassene til dei tilsette.'],
    ['en', 'We review the shared mailbox every morning.'],
    ['en', 'The mail system scans every message for viruses and spam every day.'],
    ['en', "We open an employee's mailbox regularly when daily operations require it during a long absence."],
    ['nb', 'Lederne følger med på hvor effektive de ulike verktøyene er.'],
    ['nb', 'Utstyret som følger med bilene har GPS.'],
    ['en', 'We follow how busy the reception is during the day.'],
    ['en', 'We follow how the law develops.'],
    // N4's review (session 20): a mailbox the unit or all staff share.
    ['nb', 'Lederen går jevnlig gjennom e-postkassen til gravplassforvaltningen, som alle ansatte deler.'],
    ['en', 'The shared client mailbox is read every day by the staff on duty.'],
  ];
  it.each(yes)('reads %s «%s»', (_l, t) => expect(controlText(t)).toBe(true));
  it.each(no)('does not read %s «%s»', (_l, t) => expect(controlText(t)).toBe(false));
});
