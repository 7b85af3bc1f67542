import { describe } from 'vitest';
import { readsAndSilent } from '../helpers/sentence-matrix.js';
import { ruleMatrix } from '../helpers/rule-matrix.js';

/**
 * Issue #12, session 40 (R34): the clause reader's structure where a source or a receiver is read. Sentences written for this
 * file (a school, a hospital, a shop, a bank, a municipality), none from a test set; the planted ones (variants-sameting SM38,
 * SM43; variants-lading EV34, EV38) are caught as a consequence.
 * - E: what is got is said ABOUT the person («uttalelser om søkeren», «comments on the applicant») from an outside party
 *   (notice-source).
 * - F: what is got is the head of a relative clause of «we» («the credit scores about our customers that we buy from X»,
 *   «opplysningane om elevane som vi hentar frå X»): the noun phrase before «som», «that» is what we get (notice-source).
 * - G: data broken down per person («the session logs per account», «besøkslista per pasient») is people's data
 *   (recipients-stated).
 * - H: a body named by a name that ends in the country's («Innovasjon Norge», «Helse Noreg», «Innovation Norway») is a body
 *   outside (recipients-stated).
 */
const sources = ruleMatrix('notice-source', { title: 'Saksbehandling', purpose: 'behandle søknader' });
const recipients = sources.with({ rule: 'recipients-stated' });

describe('E. what is said about the person, got from an outside party (notice-source)', () =>
  readsAndSilent(
    sources.at('Fjellvik kommune', 'nb', { subjects: ['Søkere'] }),
    [
      'Saksbehandleren innhenter også uttalelser om søkeren fra lokale idrettslag.',
      'Sakshandsamaren hentar inn fråsegner om søkjaren frå lokale idrettslag.',
      'Vi innhenter kommentarer om søkerne fra tidligere utleiere.',
      'The committee obtains statements about the applicant from local sports clubs.',
      'We collect comments on the applicants from their former landlords.',
      'Rektor innhenter vurderinger om eleven fra den forrige skolen.',
      'We obtain remarks about each candidate from the local business association.',
      'Utvalet hentar inn merknader om kandidatane frå dei lokale idrettslaga.',
    ],
    [
      'Saksbehandleren innhenter uttalelser om søknadsfristen fra departementet.',
      'We obtain statements about the building from the fire service.',
      'Vi innhenter ikke uttalelser om søkeren fra andre.',
      'Søkeren legger selv ved uttalelser om seg fra lokale idrettslag.',
      'The applicant may attach statements about themselves from local clubs.',
      'Utvalet hentar inn fråsegner om planen frå lokale lag.',
    ],
  ));

describe('F. what is got is the head of a relative clause of «we» (notice-source)', () =>
  readsAndSilent(
    sources.at('Butikken AS', 'en', { subjects: ['Customers'] }),
    [
      'We add credit scores about our customers that we buy from Kredittdata AS, a credit agency.',
      'We enrich the profiles with income bands about our customers that we buy from Datamegleren AS.',
      'Vi legger til opplysninger om kundene som vi kjøper fra Adressefirmaet AS.',
      'Vi supplerer med adresser som vi henter fra Bisnode AS.',
      'Vi legg til opplysningar om kundane som vi hentar frå Datameklaren AS.',
      'The list is completed with phone numbers that we buy from a data broker.',
      'We use the addresses of the customers that we obtain from Adressefirmaet AS.',
      'Me legg til telefonnummer som me kjøper frå eit adressefirma.',
    ],
    [
      'We add product prices that we buy from the wholesaler.',
      'Vi legger til varer som vi kjøper fra grossisten.',
      'We use the addresses that the customers give us.',
      'We add the goods that we buy from Engros AS to the catalogue.',
      'Vi legg til prislister som vi hentar frå grossisten.',
      'We add the opening hours that we fetch from the shopping centre.',
    ],
  ));

describe('G. data broken down per person (recipients-stated)', () =>
  readsAndSilent(
    recipients.at('Nordlys HF', 'en', { subjects: ['Patients'] }),
    [
      'Every quarter the local insurance company Trygg AS is given the session logs per account.',
      'The visit logs per patient are sent to the insurance company Trygg AS.',
      'Besøksloggane per pasient blir sende til forsikringsselskapet Trygg AS.',
      'Tidsbruken per pasient sendes til forsikringsselskapet Trygg AS.',
      'The waiting times for each patient are forwarded to the Norwegian Red Cross.',
      'Timebruken for kvar pasient blir send til Vestvik Avis.',
      'We send the consumption per customer to the insurance company Trygg AS.',
      'Kostnadene per pasient sendes hver måned til forsikringsselskapet Trygg AS.',
    ],
    [
      'The visit logs per ward are sent to the insurance company Trygg AS.',
      'Ventetida per avdeling blir send til styret.',
      'The total costs per patient group, without names, are sent to the insurance company Trygg AS.',
      'The session logs per account are sent to our own IT department.',
      'The session logs per account are not sent to the insurance company Trygg AS.',
      'Kostnadene per pasient sendes til pasienten selv.',
    ],
  ));

describe('H. a body named by a name that ends in the country’s (recipients-stated)', () =>
  readsAndSilent(
    recipients.at('Fjellvik kommune', 'nb', { subjects: ['Søkere'] }),
    [
      'Søknader om mer enn 500 000 kroner legger vi også fram for Innovasjon Norge.',
      'Søknadene med namn og adresse blir sende til Innovasjon Noreg.',
      'Vi sender søknadene med navn og adresse til Innovasjon Norge.',
      'The applications with names and addresses are sent to Innovation Norway.',
      'We forward the applications of the applicants to Innovation Norway.',
      'Søkerlisten med navn sendes til Visit Norway.',
      'Lista over søkjarane blir send til Helse Noreg.',
      'We share the list of applicants with Statistics Norway every year.',
    ],
    [
      'Søknader om mer enn 500 000 kroner legger vi ikke fram for Innovasjon Norge.',
      'Vi sender budsjettet for kommunen til Innovasjon Norge.',
      'The number of applications, without names, is sent to Innovation Norway.',
      'Søkerne kommer fra hele Norge.',
      'Applicants from all over Norway may apply.',
      'Søknader om mer enn 500 000 kroner legger vi også fram for styret.',
    ],
  ));

/**
 * I: a decision by a machine as the agent of a passive with a by-phrase, in the verb's other words («shut» as «close», a case
 * «settled by» a model as «decided by»), and no person looking with the actor placed between «noen» and the verb and the
 * case named by a pronoun («uten at noen i seksjonen ser på dem»: variants-sameting SM57; lading EV55)
 * (automated-decision-logic).
 */
const decisions = sources.with({ org: 'Vestvik sparebank', title: 'Kontoer', purpose: 'behandle søknader om konto', rule: 'automated-decision-logic' });
describe('I. a machine decides in the passive, a by-phrase; no one looks, the actor placed (automated-decision-logic)', () =>
  readsAndSilent(
    decisions.with({ language: 'en' }),
    [
      'Whether a new account is opened is settled automatically by a credit model from our payment provider.',
      'Whether a loan is granted is settled automatically by the scoring model.',
      'Accounts on the list are shut automatically by the system.',
      'Memberships in arrears are shut down automatically by the system.',
      'Søknader under 40 poeng får avslag uten at noen i seksjonen ser på dem.',
      'Søknader under 40 poeng får avslag utan at nokon i seksjonen ser på dei.',
      'Søknadene blir avslått av systemet uten at noen hos oss ser på dem.',
      'Kontoane vert stengde automatisk av systemet utan at nokon på kontoret går gjennom dei.',
    ],
    [
      'Invoices are settled automatically by direct debit.',
      'The door is shut automatically by the system at night.',
      'Whether a new account is opened is settled by our credit officer.',
      'Søknader under 40 poeng blir lest av en saksbehandler før vi svarer.',
      'Søknadene blir sendt videre uten at noen i seksjonen ser på dem.',
      'Whether a new account is opened is not settled automatically; a caseworker decides.',
    ],
  ));

/**
 * J: where a service is run from, and a back office placed in a country (processor-location): «en bildebank som driftes fra
 * Sør-Afrika», «a portal operated from India», «the hub's back office in Hyderabad, India» (variants-sameting SM69; lading
 * EV69). Near misses: a place the person comes from, a service run from an EEA or Norwegian town, the past, a denial.
 */
const placesOf = sources.at('Vestvik bustadkontor', 'nn', { title: 'Søknader', purpose: 'handsame søknader', rule: 'processor-location' });
describe('J. a service run from a country; a back office placed (processor-location)', () =>
  readsAndSilent(
    placesOf,
    [
      'Søknadene ligg i eit saksarkiv som blir drifta frå India.',
      'Søknadene ligger i et saksarkiv som driftes fra India.',
      'Bildene med navn lagres i en bildebank som drives fra USA.',
      'Søknadene blir lagra i ein portal som vert driven frå Filippinene.',
      'The applications are kept in a portal that is operated from India.',
      'The case files sit in an archive that is managed from the Philippines.',
      'Disputed applications are looked into by the supplier’s back office in Hyderabad, India.',
      'Søknadene blir gått gjennom av back office-avdelinga til leverandøren i Manila på Filippinene.',
    ],
    [
      'Søkjarane kjem frå India.',
      'Søknadene ligger i et saksarkiv som driftes fra Bergen.',
      'Søknadene ligger i et saksarkiv som driftes fra Sverige.',
      'The back office staff travel to India once a year.',
      'Søknadene ligger ikke i noe arkiv som driftes fra India.',
      'We have looked into moving the archive to an office in India.',
    ],
  ));
