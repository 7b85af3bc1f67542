import { describe, expect, it } from 'vitest';
import { contractCreep } from '../../src/rules/contract-necessity.js';

/**
 * Session 40, R36 (the class of variants-sameting SM74 and variants-lading EV75): a purpose on the contract basis that also
 * gives the body's customer or member list to another business, or fits offers to the person with the verb («tailor»,
 * «tilpasse», «målrette») beside partners or the person's profile — neither is objectively necessary to perform the
 * person's contract (Art. 6(1)(b); EDPB Guidelines 2/2019 paras. 25-30, section 3.3). Cells from a school, a shop, a bank, a
 * gym and a municipality; near misses give the list to the accountant or the auditor, tailor the service itself, or deny.
 */
const read = [
  'levere varer og sende kundelisten videre til leverandørene våre',
  'ta imot påmeldinger og dele medlemslisten med treningssentrene i kjeden',
  'handsame bestillingar og selje kundelista til eit reisebyrå',
  'deliver orders and pass on our customer list to the publishers we sell for',
  'run the loan accounts and share the customer database with an insurance broker',
  'register bookings and use the purchase history to tailor offers to each customer',
  'handsame abonnementet og tilpasse tilbod frå samarbeidspartnarane våre til kunden',
  'levere strøm og målrette annonser ut fra forbruksprofilen til kunden',
  'process memberships and personalise deals from partner brands for every member',
];
const silent = [
  'levere varer og sende kundelisten til regnskapsføreren ved årsslutt',
  'ta imot påmeldinger og gi medlemslisten til styret',
  'share the member list with our auditor once a year',
  'tilpasse undervisningstilbudet til elevens nivå',
  'tailor the training plan to the goals the member sets',
  'levere varer; vi gir ikke kundelisten videre til andre',
  'deliver orders and send the customer the tracking number',
];
describe('purpose creep inside a contract purpose (R36 session 40; SM74, EV75)', () => {
  it.each(read)('reads «%s»', (t) => expect(contractCreep(t)).toBe(true));
  it.each(silent)('stays silent on «%s»', (t) => expect(contractCreep(t)).toBe(false));
});
