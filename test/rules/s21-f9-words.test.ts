import { table } from '../helpers/reader-table.js';
import { discloses } from '../../src/check/facts.js';
import { readText } from '../../src/check/prose-activity.js';
import { namedAsParty } from '../../src/rules/renamed-body.js';

/**
 * F9's readings of session 21, wave 2 (#12, recall on variants-bevilling), each with the lawful wordings that share its
 * words (nb, nn, en) and must not read.
 */

table(
  'a source named only in a genitive, or a wholesaler with sales data (prose-activity.ts GENITIVE_GOT, TRADE_PARTY)',
  (t) => readText.source(t),
  [
    ['nb', 'Kommunen henter i tillegg politiets logg over utrykninger til stedet før kontrollene planlegges.'],
    ['nb', 'Kommunen innhenter Skatteetatens opplysninger om skatt.'],
    ['en', "We also obtain the police's log of call-outs."],
    ['nb', 'Kommunen sammenligner oppgaven med opplysninger om salg til stedet som den henter fra grossistene, og beregner gebyret.'],
  ],
  [
    ['nb', 'Politiets rolle i kontrollene er å bistå ved behov.'],
    ['nb', 'Kommunen henter i tillegg politiets veileder for skjenkekontroll før kontrollene planlegges.'],
    ['nb', 'Kommunen henter Arkivverkets standard for journalføring.'],
    ['nb', 'Kommunen henter politiets statistikk over utrykninger.'],
    ['nb', 'Vi henter ikke politiets logg.'],
    ['nb', 'Kommunen henter kommunens egne registre over tidligere kontroller.'],
    ['nn', 'Kommunen hentar òg politiets rettleiing om skjenkekontroll før kontrollane vert planlagde.'],
    ['en', "We obtain the police's guidance on inspections before the inspections are planned."],
    ['nb', 'Kommunen henter varene fra grossisten til kurset.'],
    ['nb', 'Kommunen henter prislister fra grossistene for å kontrollere prisene.'],
    ['nb', 'Kommunen henter informasjonsmateriell fra distributøren.'],
    // N7's review (session 21): lists and overviews of things, reference works, rules.
    ['nb', 'Saksbehandlerne henter Lovdatas oversikt over endringer i alkoholloven hvert år.'],
    ['nb', 'Kommunen henter Helsedirektoratets liste over godkjente kunnskapsprøver.'],
    ['en', "We fetch the Directorate of Health's list of approved courses each year."],
    ['nb', 'Kommunen henter Helsedirektoratets opplysninger om nye regler.'],
  ],
);

table(
  'data sent to a party named right after a passive verb, no «til» (facts.ts passiveSentDirect)',
  (t) => discloses(t),
  [
    ['nb', 'Sakspapirene sendes også lokalavisen Elvedalsposten før møtet.'],
    ['nb', 'Kontrollrapportene sendes også lokalavisen før møtet.'],
  ],
  [
    ['nb', 'Sakspapirene sendes ut en uke før møtet.'],
    ['nb', 'Saken sendes kommunestyret som sak.'],
    ['nb', 'Sakspapirene sendes ikke lokalavisen.'],
    ['nn', 'Rapporten vert sendt ut til staden etter kontrollen.'],
    ['en', 'The report is sent out to the licence holder after the inspection.'],
    ['nb', 'Anonymisert statistikk over kontrollene sendes kvart år Helsedirektoratet.'],
  ],
);

table(
  'a renamed body after «sendes», at each place named, «kemneren» with tax beside it (renamed-body namedAsParty)',
  (t) => namedAsParty(t, '2026-12-01') !== undefined,
  [
    ['nb', 'Dokumentene journalføres etter Arkivverkets standard, og kopi av journalen sendes Arkivverket hvert år.'],
    [
      'nb',
      'Før kommunen avgjør en søknad, innhentes uttalelse fra politiet og fra kemneren om bevillingshaveren. Uttalelsene gjelder forhold etter skatte- og avgiftslovgivningen.',
    ],
  ],
  [
    ['nb', 'Før 2020 ble uttalelser om skatt innhentet fra kemneren; i dag innhentes de fra Skatteetaten.'],
    ['nb', 'Kemneren var tidligere skatteoppkrever i kommunen.'],
    ['nb', 'Journalen føres etter Arkivverkets standard, og kopi sendes Nasjonalarkivet hvert år.'],
    ['nb', 'Dokumentene sendes ikke Arkivverket.'],
    ['nb', 'Kurs om hvordan saker sendes Arkivverket holdes for nye ansatte.'],
    ['nb', 'Bevillingsgebyret sendes kemneren for innkreving.'],
    ['nn', 'Fram til 2020 kom skatteopplysningane frå kemneren.'],
    ['nn', 'Kemnerkontoret i kommunen krev inn eigedomsskatten og sender purringar.'],
    ['en', 'Before the municipality decides, we obtain statements on tax from the Tax Administration.'],
  ],
);
