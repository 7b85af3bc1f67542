import { table } from '../helpers/reader-table.js';
import { saysBulkPrivate } from '../../src/rules/disclosure-order-intrusive.js';
import { readText } from '../../src/check/prose-activity.js';

/**
 * W10's readings (session 22), each with the lawful wordings that share its words (nb, nn, en) and must not read.
 */

table(
  'bulk collection of account data about every licence holder (disclosure-order-intrusive saysBulkPrivate)',
  (t) => saysBulkPrivate([t]),
  [
    // variants-bevilling BV22, and the same family in other words and languages.
    ['nb', 'Hvert år ber kommunen Skatteetaten om fullstendige skatte- og kontoopplysninger for alle bevillingshavere og deres nærstående.'],
    ['nb', 'Kommunen henter bankopplysninger om samtlige skjenkebevillingshavere hvert år.'],
    ['nn', 'Kvart år hentar kommunen kontoopplysningar for alle bevillingshavarar frå Skatteetaten.'],
    ['nn', 'Kommunen ber om bankopplysingar for alle løyvehavarar.'],
    ['en', 'Each year we request full tax and bank account details for all licence holders and their relatives.'],
    ['en', 'The municipality obtains account information on every licensee from the tax authorities.'],
  ],
  [
    // One case, one applicant, a renewal's statements, a denial, the holders' own register data.
    ['nb', 'Der finansieringen er uklar, ber vi om kontoopplysninger for søkeren.'],
    ['nb', 'Etter kommunevalget innhenter kommunen uttalelse fra politiet om alle bevillingshavere som søker fornyelse.'],
    ['nb', 'Vi henter ikke kontoopplysninger for alle bevillingshavere.'],
    ['nb', 'Melding om alle nye bevillingshavere sendes politiet og Skatteetaten.'],
    ['nn', 'Vi ber om kontoopplysningar for søkjaren når saka krev det.'],
    ['nn', 'Kommunen hentar ikkje bankopplysningar om alle løyvehavarar.'],
    ['en', 'We ask for the bank account details of the applicant where the financing is unclear.'],
    ['en', 'All licence holders receive a letter about the new opening hours.'],
    ['en', 'We never collect account information on all licence holders.'],
    // N8's review (2026-12-02): the holders' own details for a refund, a practice that has ended.
    ['nb', 'Alle bevillingshavere oppgir selv kontoopplysninger for tilbakebetaling av gebyr.'],
    ['en', 'All licence holders give their own bank account details for refunds of the fee.'],
    ['nn', 'Alle løyvehavarar gir sjølve opp kontoopplysningar for refusjon av gebyret.'],
    ['nb', 'Fram til 2022 ba kommunen hvert år om kontoopplysninger for alle bevillingshavere; praksisen ble stanset.'],
    ['en', 'Until 2022 we asked for the bank account details of all licence holders each year; the practice has ended.'],
    ['nn', 'Kommunen hentar ikkje lenger kontoopplysningar for alle løyvehavarar.'],
    ['nb', 'Et forslag om å hente kontoopplysninger for alle bevillingshavere hvert år ble vurdert i 2025 og forkastet.'],
    ['en', 'Collecting bank account details for all licence holders each year was considered in 2025 and rejected.'],
  ],
);

table(
  'a decision considered and dropped is none (prose-activity decisionIn, CONSIDERED_DROPPED)',
  (t) => readText.decisionWords(t) !== undefined,
  [
    // PP27 and its kin still read: the machine rejects.
    ['nn', 'Fagsystemet gir kvar tilvising ein risikoskår, og tilvisingar med låg skår blir avviste automatisk utan manuell vurdering.'],
    ['nb', 'Søknader med lav skår blir avvist automatisk.'],
    ['en', 'Applications below the threshold are rejected automatically without anyone assessing them.'],
  ],
  [
    // N8's review (2026-12-02), and the same in nb and en.
    ['nn', 'Automatisk avslag på tilvisingar med låg skåre vart vurdert i 2025 og forkasta.'],
    ['nb', 'Automatisk avslag på søknader med lav skår ble vurdert i 2025, men lagt bort.'],
    ['en', 'Automatic rejection of low-scoring referrals was considered in 2025 and rejected.'],
  ],
);
