import { table } from '../helpers/reader-table.js';
import { controllerAddressed } from '../../src/rules/controller-contact.js';
import { consequenceAnswered } from '../../src/rules/notice-mandatory.js';
import { allProcessorsCovered } from '../../src/rules/processor-agreement.js';
import { vaguePeriod } from '../../src/rules/retention-defined.js';
import type { Organisation } from '../../src/model/types.js';

/**
 * Issue #12 (session 35, F3): three false alarms on real bodies (bodies/atb-kollektivtrafikk, helsedirektoratet, written
 * blind by G17 in session 33), each reading held to other writers' wordings and the near-misses that must still fire.
 */

/** The DPO's address, its lines split at « | », as the controller's postal address (controller-contact). */
const org = (name: string, shortName?: string): Organisation => ({
  name,
  ...(shortName === undefined ? {} : { shortName }),
  publicAuthority: true,
  languages: ['nb'],
});
const address = (t: string) => ({ lines: t.split(' | '), postalCode: '7012', city: 'Trondheim' });
table(
  'controller-contact: the DPO address is the controller’s own, for the DPO’s attention',
  (t) => controllerAddressed(org('AtB AS'), address(t)),
  [
    ['nb', 'AtB AS v/personvernombud | Prinsens gate 39'],
    ['nb', 'AtB v/ personvernombudet | Postboks 100'],
    ['nb', 'Personvernombudet | c/o AtB AS | Prinsens gate 39'],
    ['nb', 'Att.: personvernombudet, AtB AS | Prinsens gate 39'],
    ['nn', 'Personvernombodet i AtB AS | Prinsens gate 39'],
    ['nn', 'AtB AS, att. personvernombodet | Postboks 4'],
    ['en', 'Attn: Data Protection Officer, AtB AS | Prinsens gate 39'],
    ['en', 'AtB AS - Data protection officer | Prinsens gate 39'],
    ['nb', 'ATB AS | Prinsens gate 39'],
  ],
  [
    // Another organisation: a law firm, the owner, a shared DPO service.
    ['nb', 'Personvernombud Kari Hansen | Advokatfirmaet Hjort DA | Postboks 471'],
    ['nb', 'AtB AS c/o Advokatfirma Wiersholm AS | Dokkveien 1'],
    ['nb', 'Personvernombudet | c/o Trøndelag fylkeskommune | Postboks 2560'],
    ['nn', 'Personvernombodet for AtB AS hos Trøndelag fylkeskommune | Postboks 2560'],
    ['en', 'Data Protection Officer | c/o DPO Services Ltd | 1 High Street'],
    // No name of the controller at all.
    ['nb', 'Personvernombudet | Prinsens gate 39'],
    ['nb', 'Kari Hansen | Prinsens gate 39'],
    // The controller's name only inside another's («AtB-kontoret i Ruter AS»).
    ['nb', 'Ruter AS | Postboks 1030 Sentrum'],
  ],
);
table(
  'controller-contact: the controller by its short name or without the legal form',
  (t) => controllerAddressed(org('Høgskulen i Vestfjord', 'HVF'), address(t)),
  [
    ['nn', 'HVF v/personvernombodet | Postboks 420'],
    ['nn', 'Høgskulen i Vestfjord, personvernombodet | Postboks 420'],
    ['en', 'Attn: DPO | Høgskulen i Vestfjord | PO Box 420'],
  ],
  [
    ['nn', 'Personvernombodet | Postboks 420'],
    ['nn', 'HVF v/personvernombodet c/o Sikt AS | Postboks 420'],
  ],
);

table(
  'notice-mandatory: a consequence of not giving the data, said in words (requirement set, no consequences)',
  consequenceAnswered,
  [
    ['nb', 'Disse opplysningene kreves registrert i din brukerprofil for å kunne tilby en tjeneste med sikker innlogging.'],
    ['nb', 'Uten disse opplysningene kan vi ikke behandle søknaden din.'],
    ['nn', 'Utan kontonummer kan vi ikkje betale ut stønaden.'],
    ['nn', 'Vi treng namnet og adressa di for å kunne sende deg svar.'],
    ['en', 'Without your address we cannot send you the card.'],
    ['en', 'Your e-mail address is required to be able to send you the ticket.'],
    ['en', 'If you do not provide your phone number, we will not be able to verify your login.'],
    ['nb', 'Dersom du ikke oppgir fødselsnummer, får du ikke svar på søknaden.'],
    ['nb', 'Mobilnummer er nødvendig for at vi skal kunne sende deg billetten.'],
    ['nb', 'Vi trenger fødselsnummeret ditt for å kunne behandle søknaden.'],
  ],
  [
    ['nb', 'Vi behandler opplysningene for å kunne tilby tjenesten.'],
    ['nb', 'Behandlingen er nødvendig for å kunne oppfylle avtalen med deg.'],
    ['nn', 'Opplysningane krevst ikkje for å kunne bruke tenesta.'],
    ['en', 'Your phone number is not required to be able to use the app.'],
    ['nb', 'Uten at du merker det, lagres informasjonskapsler på maskinen.'],
    ['en', 'Without cookies the site still works as before.'],
    ['nb', 'Opplysningene lagres i fem år, som er nødvendig for å kunne dokumentere betalingen.'],
    ['nb', 'Vi kan ikke garantere at e-post er sikker.'],
    ['en', 'Processing is necessary in order to perform the contract.'],
    ['nb', 'Vi trenger å behandle opplysningene for å kunne levere varene.'],
  ],
);

table(
  'processor-agreement: an organisation-wide statement that every processor has an agreement',
  allProcessorsCovered,
  [
    ['nb', 'Helsedirektoratet inngår databehandleravtaler med alle virksomheter som behandler personopplysninger på våre vegne.'],
    ['nb', 'Vi har databehandleravtale med alle våre leverandører som behandler personopplysninger.'],
    ['nn', 'Vi har databehandlaravtale med alle leverandørane våre.'],
    ['nn', 'Det er inngått databehandlaravtalar med alle verksemder som handsamar personopplysningar for oss.'],
    ['en', 'We have a data processing agreement with all our processors.'],
    ['en', 'Every supplier who processes personal data on our behalf has signed a data processing agreement with us.'],
    ['nb', 'Samtlige databehandlere har inngått databehandleravtale med kommunen.'],
  ],
  [
    ['nb', 'Vi har databehandleravtaler med noen av våre leverandører.'],
    ['nb', 'Vi tilstreber å ha databehandleravtale med alle leverandører.'],
    ['nb', 'Det er ikke inngått databehandleravtale med alle leverandører.'],
    ['nn', 'Vi skal inngå databehandlaravtalar med alle leverandørane.'],
    ['en', 'We aim to have a data processing agreement with all our suppliers.'],
    ['en', 'Most of our suppliers have signed a data processing agreement.'],
    ['en', 'Where necessary, we enter into data processing agreements with all suppliers.'],
    ['nb', 'Vi har databehandleravtale med Visma.'],
    ['nb', 'Alle leverandører må følge våre retningslinjer for informasjonssikkerhet.'],
  ],
);

table(
  'retention-defined: a length said only vaguely (vague-period), not a period tied to an event',
  (t) => vaguePeriod(t) !== undefined,
  [
    ['nb', 'i en begrenset periode'],
    ['nb', 'lagres i en begrenset periode'],
    ['nb', 'en periode'],
    ['nb', 'i kort tid'],
    ['nb', 'midlertidig'],
    ['nn', 'lagrast i ei avgrensa tid'],
    ['nn', 'i ein viss periode'],
    ['en', 'for a limited time'],
    ['en', 'kept for a reasonable period'],
    ['en', 'for some time'],
  ],
  [
    ['nb', 'til saken er avsluttet'],
    ['en', 'until the case is closed'],
    ['nb', 'i en begrenset periode etter at saken er avsluttet, senest tre år'],
    ['en', 'for a limited period of six months'],
    ['nb', 'lagres i tre måneder'],
    ['nb', 'i ansettelsesperioden'],
    ['nn', 'i skuleåret'],
    ['nb', 'så lenge det er nødvendig'],
    ['en', 'for the period of the contract'],
  ],
);
