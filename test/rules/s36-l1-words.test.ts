import { table } from '../helpers/reader-table.js';
import { agreementStated, allProcessorsCovered } from '../../src/rules/processor-agreement.js';
import { controllerAddressed } from '../../src/rules/controller-contact.js';

/**
 * Issue #12 (session 36, L1): processor-agreement read «agreements with some of our suppliers» as agreements with every
 * processor of the activity. Class: a group statement whose group is cut to a part of it (a quantifier, «the main ones»,
 * «almost all», «all except») or whose agreement is still to come (a plan, a wish, a duty said before it). Wordings other
 * than any planted sentence; the near-misses that must still read (the whole group, «with all», a named processor).
 */
const NAMES = ['Visma Enterprise AS', 'Microsoft Norge AS (Microsoft)'];
const read = (t: string): boolean => agreementStated(t, NAMES);

table(
  'processor-agreement: a part of the processors, or a plan, is no agreement with each',
  (t) => !read(t),
  [
    ['nb', 'Vi har inngått databehandleravtaler med noen av leverandørene våre.'],
    ['nb', 'Databehandleravtale er på plass hos enkelte av tjenesteleverandørene.'],
    ['nn', 'Det er inngått databehandlaravtalar med nokre av tenestetilbydarane.'],
    ['nn', 'Dei fleste leverandørane har skrive under databehandlaravtale.'],
    ['nb', 'Flere av databehandlerne har signert databehandleravtale.'],
    ['nb', 'De viktigste leverandørene har databehandleravtale med oss.'],
    ['nb', 'Nesten alle leverandørene har signert databehandleravtale.'],
    ['nb', 'Databehandleravtaler er inngått med alle leverandører unntatt skytjenesten.'],
    ['en', 'We have data processing agreements with some of our vendors.'],
    ['en', 'Most of our suppliers have signed a DPA.'],
    ['en', 'DPAs are in place with our key suppliers.'],
    ['en', 'Two of the service providers have signed a data processing agreement.'],
    ['en', 'We have DPAs with all our processors except the payroll bureau.'],
    ['nb', 'Vi skal inngå databehandleravtaler med leverandørene i løpet av våren.'],
    ['nn', 'Vi tek sikte på å få på plass databehandlaravtalar med alle leverandørane.'],
    ['en', 'We plan to sign data processing agreements with all our vendors.'],
    ['nb', 'Vi skal ha databehandleravtale med alle leverandørene på plass innen mars.'],
  ],
  [
    ['nb', 'Det er inngått databehandleravtaler med leverandørene.'],
    ['nn', 'Det er inngått databehandlaravtalar med alle leverandørane.'],
    ['nb', 'Vi bruker flere leverandører, og det er inngått databehandleravtale med alle.'],
    ['nb', 'Hver av tjenesteleverandørene har signert databehandleravtale.'],
    ['en', 'A data processing agreement is in place with each of our suppliers.'],
    ['en', 'We use several vendors and have a DPA with every one of them.'],
    ['nb', 'Vi har databehandleravtale med Visma Enterprise AS og noen andre leverandører.'],
    ['en', 'Microsoft has signed a DPA; the vendor will delete the data after 30 days.'],
  ],
);

table(
  'processor-agreement: a statement that still reads after the tightening',
  read,
  [
    ['nb', 'Det er inngått databehandleravtaler med leverandørene.'],
    ['nn', 'Det er inngått databehandlaravtalar med tenestetilbydarane.'],
    ['nb', 'Alle våre leverandører har signert databehandleravtale.'],
    ['nb', 'Leverandørene har databehandleravtale og skal ha revisjon hvert år.'],
    ['en', 'Microsoft will have access to the data only under our data processing agreement.'],
    ['nb', 'Leverandøren skal bare ha tilgang til dataene etter databehandleravtalen.'],
    ['en', 'Every supplier that processes personal data for us has signed a DPA.'],
    ['en', 'DPAs are in place with all of them.'],
    ['nb', 'Vi har databehandleravtale med Visma Enterprise AS.'],
    ['en', 'Microsoft has signed our data processing agreement.'],
  ],
  [
    ['nb', 'Det er ikke inngått databehandleravtaler med leverandørene.'],
    ['nb', 'Databehandleravtaler med leverandørene skal inngås i høst.'],
    ['en', 'No DPA has been signed with our vendors yet.'],
    ['en', 'Vendors offer standard DPAs that we review once a year.'],
    ['nb', 'Vi har databehandleravtaler med noen leverandører, men ikke alle.'],
    ['en', 'We will sign a data processing agreement with Visma.'],
    ['nb', 'Vi bruker leverandører til lagring.'],
  ],
);

/** The DPO's address, its lines split at « | », as the controller's postal address (controller-contact). */
const company = { name: 'Fjordvik Renovasjon IKS', publicAuthority: false, languages: ['nb'] } as const;
const address = (t: string) => ({ lines: t.split(' | '), postalCode: '6800', city: 'Førde' });
table(
  'controller-contact: the controller named by a definite word for itself («selskapet») is no other organisation',
  (t) => controllerAddressed({ ...company, languages: ['nb'] }, address(t)),
  [
    ['nb', 'Personvernombudet i selskapet | Postboks 12'],
    ['nb', 'Selskapets personvernombud | Postboks 12'],
    ['nb', 'Selskapet v/personvernombudet | Postboks 12'],
    ['nb', 'Att.: personvernombudet, virksomheten | Storgata 3'],
    ['nn', 'Personvernombodet i verksemda | Postboks 12'],
    ['nn', 'Verksemda sitt personvernombod | Postboks 12'],
    ['en', "The company's data protection officer | PO Box 12"],
    ['en', 'Data Protection Officer of the company | PO Box 12'],
    ['nb', 'Fjordvik Renovasjon v/personvernombud | Postboks 12'],
  ],
  [
    ['nb', 'Personvernombud | Postboks 12'],
    ['nb', 'Personvernombudet, c/o Advokatfirmaet Hjort DA | Postboks 12'],
    ['nb', 'Personvernombud hos Sunnfjord kommune | Postboks 12'],
    ['nb', 'Personvernombudet i selskapet Hjort DA | Postboks 12'],
    ['nb', 'Personvernombudet, c/o kommunen | Postboks 12'],
    ['nb', 'Selskapet Renovasjonsdrift AS v/personvernombud | Postboks 12'],
    ['en', "The company's auditor, Deloitte AS | PO Box 12"],
  ],
);

table(
  'processor-agreement: an organisation-wide «all» cut to the main ones, «almost» or an exception covers no processor',
  (t) => !allProcessorsCovered(t),
  [
    ['nb', 'Vi inngår databehandleravtaler med alle leverandører unntatt de som bare leverer maskinvare.'],
    ['nb', 'Nesten alle våre leverandører har signert databehandleravtale.'],
    ['nb', 'Alle våre viktigste leverandører har databehandleravtale.'],
    ['nn', 'Vi har databehandlaravtalar med alle leverandørane bortsett frå to.'],
    ['nn', 'Så godt som alle databehandlarane våre har skrive under databehandlaravtale.'],
    ['en', 'We have data processing agreements with all our key vendors.'],
    ['en', 'All processors except the payroll bureau have signed a DPA.'],
    ['en', 'Nearly every supplier that processes personal data for us has signed a DPA.'],
  ],
  [
    ['nb', 'Helsedirektoratet inngår databehandleravtaler med alle virksomheter som behandler personopplysninger på våre vegne.'],
    ['nn', 'Det er inngått databehandlaravtalar med alle leverandørane.'],
    ['nb', 'Samtlige databehandlere har signert databehandleravtale med oss.'],
    ['en', 'We have a data processing agreement with all our processors.'],
    ['en', 'Every supplier who processes personal data on our behalf has signed a DPA.'],
    ['nb', 'Alle leverandører, også de største, har databehandleravtale med oss.'],
  ],
);
