import { table } from '../helpers/reader-table.js';
import { discloses } from '../../src/check/facts.js';
import { readText } from '../../src/check/prose-activity.js';
import { revealsIn } from '../../src/check/prose-category.js';
import { consentByUseText, silencePurposeText } from '../../src/rules/consent-valid.js';
import { handedToName } from '../../src/rules/recipients-stated.js';

/**
 * G1's readings of session 23 (#12, paraphrase robustness: test/fixtures/corpus/variants-paraphrase2). Each family is the
 * fact of a caught defect in another DPO's words; each table holds the true wordings (nb, nn, en) that must read and the
 * lawful look-alikes near them (negated, another subject, a course or a rule, the person's own act) that must not.
 */

table(
  'consent taken from staying in the queue, on the site, or from using it further (consent-valid continued-use)',
  consentByUseText,
  [
    ['nb', 'Den som venter videre etter at meldingen om opptak er spilt av, har dermed godtatt opptaket.'],
    ['nn', 'Held du fram i køen etter meldinga om opptak, reknar vi det som samtykke.'],
    ['nb', 'Den som blir værende på fjordhus-eiendom.no etter at banneret er vist, anses å ha sagt ja til statistikkinformasjonskapsler.'],
    ['nb', 'Bruker du nettstedet videre, regnes det som samtykke til analysekapsler.'],
    ['en', 'Visitors who stay on the website are taken to accept the statistics cookies; this counts as consent.'],
  ],
  [
    ['nb', 'Den som venter videre etter meldingen, kan trykke 1 for å samtykke til opptak.'],
    ['nn', 'Held du fram i køen, blir samtalen ikkje teken opp før du har sagt ja.'],
    ['nb', 'Bruk av nettstedet regnes ikke som samtykke.'],
    ['nb', 'Bruker du nettstedet videre, kan du når som helst trekke samtykket under Innstillinger.'],
    ['en', 'Users who continue to use the app can withdraw their consent at any time.'],
    ['nb', 'Den som blir værende på nettstedet, får spørsmål om samtykke i banneret.'],
    ['en', 'Users who continue to use the learner app are deemed to have accepted the updated terms of use.'],
  ],
);

table(
  'consent taken from silence or an enrolment by default (consent-valid silence-purpose)',
  silencePurposeText,
  [
    ['en', 'send the newsletter to every contact person in our client register, who are signed up by default and may opt out'],
    ['en', 'send the newsletter to every contact person in our client register, all of whom receive it until they unsubscribe'],
    ['nn', 'ta vare på lånehistorikken; historikken blir lagra for alle nye lånarar med mindre dei reserverer seg i Min side'],
    ['en', 'tell the employer whether the worker is fit; if we hear nothing from the worker within 14 days, consent is assumed'],
    ['nb', 'sende nyhetsbrev til alle medlemmer med mindre de reserverer seg'],
  ],
  [
    ['en', 'send the newsletter to those who have signed up; they may opt out at any time'],
    ['en', 'send the newsletter to every contact person who ticked the box, until they unsubscribe'],
    ['nb', 'sende nyhetsbrev til alle som har samtykket, til de melder seg av'],
    ['en', 'tell the employer whether the worker is fit; consent is never assumed if we hear nothing from the worker'],
    ['nn', 'ta vare på lånehistorikken for lånarar som sjølve har slått han på; dei kan slå han av i Min side'],
    ['en', 'Members are signed up by default to the class schedule e-mails, which are part of the membership service.'],
  ],
);

table(
  'an automated decision: the machine on its own, nobody reviewing (automated-decision-logic described-decision)',
  (t) => readText.decision(t),
  [
    [
      'nb',
      'Oppdager kameraet på bilen feilsortering tre ganger, ilegger systemet selv et tilleggsgebyr på neste faktura; ingen saksbehandler kontrollerer bildene.',
    ],
    ['nn', 'FS rangerer søkjarane etter poeng og sender ut tilbod eller avslag av seg sjølv; ingen sakshandsamar går gjennom søknadene.'],
    ['nb', 'Friskus sjekker inntekten mot grensen og sender avslag av seg selv når den er for høy.'],
    [
      'en',
      'When the screening test is positive, the system immediately tells the employer that the worker is unfit for duty, without a doctor reviewing the result first.',
    ],
    ['en', 'Positive screens are reported to the employer as «not fit for work» straight from the lab system, with no medical review.'],
    ['nn', 'Søknadene blir poengsette, og dei som får under 60 poeng, får avslag utan at nokon i kommunen har lese søknaden.'],
  ],
  [
    ['nb', 'Systemet foreslår et tilleggsgebyr, men en saksbehandler kontrollerer bildene og avgjør saken.'],
    ['nn', 'Ingen søknader blir avslått av seg sjølv; ein sakshandsamar går gjennom kvar søknad.'],
    ['en', 'The system suggests who should be invited, and a doctor reviews every positive result before the employer is told.'],
    ['nb', 'Søkeren kan selv trekke søknaden, og ingen avslag sendes uten at en saksbehandler har vurdert saken.'],
    ['en', 'Payment reminders are sent automatically; no one is refused anything by the system.'],
    ['nn', 'Søkjarane får svar etter at ein sakshandsamar har lese søknaden.'],
  ],
);

table(
  "profiling: the person's history analysed for recommendations tailored to each (automated-decision-logic described-profiling)",
  (t) => readText.profiling(t),
  [
    ['nb', 'Appen analyserer lånehistorikken og alderen til hver låner og bruker det til å anbefale bøker tilpasset den enkelte.'],
    ['en', 'The app analyses what each member has booked and shows offers tailored to each member.'],
  ],
  [
    ['nb', 'Vi gir tilbud tilpasset den enkelte kundes behov når kunden ber om det.'],
    ['nb', 'Vi analyserer ikke lånehistorikken, og anbefalinger tilpasset den enkelte lages ikke.'],
    ['nn', 'Biblioteket tilrår bøker til alle lånarar på framsida, utan å sjå på kva den enkelte har lånt.'],
  ],
);

table(
  'health in other words (revealsIn, special-category-condition)',
  (t) => revealsIn(t).some((r) => r.kind === 'health'),
  [
    ['nn', 'Søkjer du fritak fordi du ligg lenge på sjukehus, må du sende med attest frå lege.'],
    ['en', 'tell us what is wrong with them, for example a bad back, tinnitus or that they are expecting a baby'],
    ['nn', 'Rapporten fortel om personen var påverka av alkohol eller narkotika eller hadde ei psykisk liding.'],
    ['nn', 'føre opp vektarar som er gravide og difor er fritekne frå nattevakter'],
    ['en', "staff notes on the visitor's drug or alcohol use and any overdose"],
    ['nb', 'Ved fravær skriver den ansatte hvorfor, for eksempel legetime eller fysioterapi.'],
    ['nn', 'Inspektøren skriv ned kva tilsette som har vore mageskjuke dei siste sju dagane.'],
    ['nb', 'Vi registrerer hvilke ansatte som nylig har hatt omgangssyke eller magesjau.'],
    ['nn', 'Stilling, løn og om den tilsette ventar barn.'],
  ],
  [
    ['nb', 'Ingen blir spurt om de er gravide.'],
    ['nn', 'Vi registrerer aldri om tilsette ventar barn.'],
    ['en', 'We do not record whether a visitor has overdosed.'],
    ['nb', 'Kurs i førstehjelp ved overdose for ansatte.'],
    ['nn', 'Tilsette får kurs om psykisk liding og rus.'],
    ['en', 'Our leaflet gives advice on back pain and training.'],
    ['nb', 'Informasjon om omgangssyke og håndvask henges opp på kjøkkenet.'],
    // N9's look-alikes of session 23 (review-N9.md, under G1): a rule for staff, anonymous guests, a risk, an animal.
    ['nb', 'Ansatte kan ta legetime i arbeidstiden uten at det registreres.'],
    ['nb', 'Kontrollørene noterer om det skjenkes til gjester som er åpenbart påvirket av alkohol, uten å registrere hvem gjestene er.'],
    ['en', 'Staff in the spinning studio wear ear plugs, as loud music can cause hearing loss.'],
    ['en', 'We offer physiotherapy for dogs with back pain.'],
  ],
);

table(
  'a disclosure: claims sold or assigned, a party receiving after the verb, a unit of the police (discloses, recipients-stated)',
  (t) => discloses(t),
  [
    ['nb', 'Mindre krav selges til inkassoselskapet Fjordinkasso AS, som overtar dem.'],
    ['nn', 'Kvar månad får politiet si førebyggjande eining ei oversikt over medlemene.'],
    ['nb', 'Politiets forebyggende enhet mottar medlemslisten hver måned.'],
    ['nb', 'Ved hendelser i fellesarealene får gårdeieren og de andre leietakerne i bygget kopi av opptakene.'],
    ['en', 'Overdue claims are sold to a debt collection agency.'],
  ],
  [
    ['nb', 'Ved feil får leverandøren tilgang til systemet.'],
    ['nn', 'Kvar veke får kundane ei oversikt over forbruket sitt.'],
    ['nb', 'Politiets forebyggende enhet mottar ingen opplysninger fra oss.'],
    ['nn', 'Kvar månad får politiet ikkje noko oversikt.'],
    ['nb', 'Kravene selges aldri til andre.'],
    ['nb', 'Varene selges til kunder i butikken.'],
  ],
);

table(
  'a party named by its proper name that receives, takes over or is handed data (recipients-stated handedToName)',
  (t) => handedToName(t) !== undefined,
  [
    ['nn', 'Lindvik Blomster AS får lista med namn, adresse og grav for alle som har stellavtale.'],
    ['nb', 'Sparebanken Innlandet og Fjord Forsikring får også kontaktlisten.'],
    ['nb', 'Krav under 5 000 kroner blir overdregne til Fjordinkasso AS.'],
    ['nn', 'Kontaktlista blir òg gitt vidare til Sparebanken Innlandet.'],
    ['nb', 'Krav som ikke betales, oversendes Kredinor for inndrivelse.'],
    ['nn', 'Betaler ikkje pasienten, overtek Kredinor kravet og krev det inn.'],
  ],
  [
    ['nb', 'Søkerne får svar innen to uker.'],
    ['nb', 'Vi får lista fra Lindvik Blomster AS.'],
    ['nb', 'Alle Ansatte får tilgang til intranettet.'],
    ['nn', 'Kvar Månad får dei tilsette ei oversikt over vaktene.'],
  ],
);

table(
  'a source: a party that sends us the data, a register the person is found in, former employers called (readText.source, notice-source)',
  (t) => readText.source(t),
  [
    ['en', 'help the worker back to work, on the basis of sick notes that NAV sends us'],
    ['nn', 'Er bilen ukjend for oss, finn vi eigaren i motorvognregisteret til Statens vegvesen.'],
    ['nn', 'Vi ringjer tidlegare arbeidsgivarar for referansar.'],
    ['nb', 'Vi tar kontakt med tidligere arbeidsgivere.'],
  ],
  [
    ['nn', 'Søkjarane finn stillinga i registeret vårt.'],
    ['nb', 'Du finner skjemaet på Min side.'],
    ['en', 'We send the worker the sick notes that they ask for.'],
    ['nb', 'Vi ringer søkeren selv.'],
  ],
);
