import { describe, expect, it } from 'vitest';
import { shapeSources } from '../../src/check/source-shapes.js';
import { sentenceMatrix } from '../helpers/sentence-matrix.js';
import { ruleMatrix } from '../helpers/rule-matrix.js';

/**
 * Issue #12, session 37 (R26): sources read from words, as CLASSES (notice-source «described-source»). Sentences written for
 * this file (a water utility and a licensing office), none from a test set; the planted ones (variants-vassverk VV35 «får vi
 * opplyst namnet … frå eigedomsmeklaren», VV36 «Telefonnummeret … undersøkjer vi hos naboane», VV39 «Om søkjarar … høyrer
 * vi òg med tidlegare arbeidsgjevarar som søkjaren ikkje har nemnt»; variants-paraphrase6 PF033, PF034, PF038, PF039) are
 * caught as a consequence. Each class beside the near misses that must stay silent.
 */
const cases = ruleMatrix('notice-source', { org: 'Fjordvik kommune', language: 'nn', title: 'Saksbehandling', purpose: 'behandle saker' });

/**
 * A. Checking a person's data with or «hos» a party, the verb family in bokmål, nynorsk and English («høre/høyre med»,
 * «undersøke/undersøkje hos», «sjekke/sjekka med», «check with»): a fronted object of a phone or account number
 * (source-shapes.ts DATA_WORD), a fronted topic on people with no comma («Om kandidatene hører vi …»: TOPIC_PERSONS), a
 * fronted «om»-clause on someone, a «kva»-clause on someone's data after the party, a fronted condition with its own denial.
 */
export const checkWith: readonly (readonly [string, string, string])[] = [
  ['undersøke hos, fronted address', 'nb', 'Adressa til eigarar som ikkje står i registeret, undersøker vi hos naboane.'],
  ['sjekka med, fronted phone number', 'nn', 'Telefonnummeret til kunden sjekkar vi med burettslaget.'],
  ['kontrollere hos, fronted mobile number', 'nn', 'Mobilnummeret til eigaren kontrollerer me hos styret i sameiget.'],
  ['høre med, fronted topic', 'nb', 'Om kandidatene hører vi også med tidligere arbeidsgivere.'],
  ['høre med, whether', 'nb', 'Vi hører med tidligere arbeidsgiver om søkeren har vært ansatt der.'],
  ['høyre med, how long', 'nn', 'Me høyrer med skulen kor lenge eleven har gått der.'],
  ['check with, phone number', 'en', "We check the applicant's phone number with the housing co-operative."],
  ['check with, whether', 'en', 'We check with the former employer whether the applicant was employed there.'],
  ['undersøkje hos, fronted account number', 'nn', 'Kontonummeret til den avdøde undersøkjer vi hos banken.'],
  ['sjekke med, fronted whether-clause', 'nn', 'Om søkjaren faktisk er tilsett, sjekkar vi med arbeidsgjevaren.'],
  ['a condition with its own denial', 'nn', 'Dersom eigaren ikkje svarar, undersøkjer vi telefonnummeret hos naboane.'],
  ['høyre med, kva-clause', 'nn', 'Vi høyrer òg med naboane kva telefonnummer eigaren har.'],
  ['passive, fronted phone number', 'nn', 'Telefonnummeret blir kontrollert med burettslaget.'],
  ['passive, English', 'en', 'The address of the witness is checked with the Tax Administration.'],
];
export const checkWithSilent: readonly (readonly [string, string])[] = [
  ['«hører med til»: belongs to', 'Dokumentasjonen som hører med til søknaden, leverer søkeren selv.'],
  ['denied', 'Vi hører ikke med tidligere arbeidsgivere.'],
  ['the person, a choice', 'Søkjaren kan sjølv høyre med banken om kontonummeret.'],
  ['a pronoun after om', 'Vi høyrer med naboane om dei vil vere med på dugnaden.'],
  ['the person', 'Vi sjekker telefonnummeret med kunden selv.'],
  ['past', 'Tidlegare høyrde vi med arbeidsgjevarane, men det gjer vi ikkje lenger.'],
  ['no one’s data', 'Vi undersøker saken hos tingretten.'],
  ['opening hours', 'We check the opening hours with the library.'],
  ['a system', 'Vi hører med leverandøren når systemet er oppe igjen.'],
  ['a system, whether', 'Vi sjekker med leverandøren om systemet er nede.'],
  ['a system, what', 'Vi sjekker med leverandøren hva systemet har av funksjoner.'],
  ['a condition, the person', 'Dersom leverandøren ikkje svarar, sjekkar vi med kundane sjølve.'],
  ['passive, a case', 'Saka blir sjekka hos tingretten.'],
  ['passive, opening hours', 'Opningstidene blir sjekka med biblioteket.'],
  ['passive, denied', 'Adressa blir ikkje sjekka hos andre.'],
];
describe('A. checking with a party, the verb family (notice-source, R26 session 37)', () => sentenceMatrix(cases, checkWith, checkWithSilent, new Set()));

/**
 * B. Told or sent a person's data by a party («få opplyst/oppgitt/tilsendt/oversendt X frå Y», «we are told/sent X by Y»:
 * source-shapes.ts TOLD_BY, a longer object between), and an estate agent no staff of ours (source-party.ts TRADE_AGENT).
 */
export const told: readonly (readonly [string, string, string])[] = [
  ['få oppgitt frå', 'nn', 'Ved eigarskifte får vi oppgitt namnet på kjøparen frå meklaren.'],
  ['få tilsendt frå', 'nn', 'Vi får tilsendt adressa til nye eigarar frå Kartverket.'],
  ['få oversendt frå, fronted', 'nn', 'Namnet på den nye eigaren får vi oversendt frå eigedomsmeklaren.'],
  ['få opplyst fra, fronted clause', 'nb', 'Når en bolig selges, får vi opplyst navnet på kjøperen fra eiendomsmegleren.'],
  ['be told by', 'en', "We are told the new owner's name by the estate agent."],
  ['tell us, fronted clause', 'en', 'When a property is sold, the estate agent tells us the name of the buyer.'],
  ['få oppgitt fra', 'nb', 'Vi får oppgitt adressen til arvingene fra tingretten.'],
  ['be sent by', 'en', "We are sent the buyer's contact details by the estate agent."],
];
export const toldSilent: readonly (readonly [string, string])[] = [
  ['the person told by us', 'Eigaren får opplyst frå oss kva gebyret blir.'],
  ['the person sent by us', 'Du får tilsendt kvittering frå oss.'],
  ['denied', 'Vi får ikkje opplyst namnet frå meklaren.'],
  ['a system', 'We are told by the supplier when the system is down.'],
  ['past', 'Tidlegare fekk vi opplyst namnet frå meklaren, men det er slutt.'],
  ['a price list', 'Vi får tilsendt prisliste frå leverandøren.'],
];
describe('B. told or sent by a party (notice-source, R26 session 37)', () => sentenceMatrix(cases, told, toldSilent, new Set()));

/**
 * B2. A compound that shares its first part only with a word after the data subjects' own («eigedomsmeklaren» beside
 * «Eigarar av tilknytte eigedommar»: notice-source.ts otherCompound read with the whole name too); the group's own word stays
 * the group.
 */
const owners = { subjects: ['Eigarar av tilknytte eigedommar'] };
export const compound: readonly (readonly [string, string, string])[] = [
  ['an agent', 'nn', 'Vi hentar namnet på kjøparen frå eigedomsmeklaren.'],
  ['an agent, bokmål', 'nb', 'Vi får navnet på kjøperen fra eiendomsmegleren.'],
  ['a company', 'nn', 'Vi får adressa til den nye eigaren frå eigedomsselskapet.'],
  ['an agent, English', 'en', "We get the buyer's name from the estate agent."],
];
export const compoundSilent: readonly (readonly [string, string])[] = [
  ['the owners', 'Vi hentar telefonnummeret frå eigarane.'],
  ['the owner', 'Vi får e-postadressa frå eigaren.'],
];
describe('B2. a compound of the subjects’ place word is another party (notice-source, R26 session 37)', () =>
  sentenceMatrix(cases.with(owners), compound, compoundSilent, new Set()));

/**
 * C. A check against what a party gives us (a person's filing: «lønnsoppgåva», «the turnover return»: source-shapes.ts
 * DATA_WORD, data-got.ts DATA_GOT), asking a party how much it sold or paid to someone (ASKED_TRADE), a party as the subject
 * delivering data we then use (PARTY_DELIVERS), a check «i» a register named by its name (CHECK_IN), looking up in a register
 * with a genitive object between («look the witnesses' addresses up in»).
 */
export const checks: readonly (readonly [string, string, string])[] = [
  ['checked against what a party gives', 'nn', 'Lønnsoppgåva blir kontrollert mot tala som arbeidsgjevaren gir oss.'],
  ['checked against what a party sends', 'nn', 'Skattemeldinga vert kontrollert mot opplysningane som banken sender oss.'],
  ['checked against figures sent', 'en', 'The turnover return is checked against the figures that the wholesalers send us.'],
  ['ask how much sold', 'nb', 'Vi spør grossistene hvor mye de har solgt til stedet.'],
  ['ask what paid', 'nn', 'Me spør bankane kva dei har betalt ut til den avdøde.'],
  ['ask how much delivered', 'en', 'We ask the suppliers how much they have delivered to the restaurant.'],
  ['a party delivers, relative', 'nb', 'Skatteetaten leverer inntektsopplysninger som vi kobler med søknaden.'],
  ['a party provides, relative', 'en', 'The Tax Administration provides income data that we match with the sample.'],
  ['a party sends, relative', 'nn', 'NAV sender opplysningar om arbeidsforhold som vi legg inn i saka.'],
  ['check in a register, fronted whether', 'nb', 'Om søkeren faktisk er ansatt, sjekker vi i Aa-registeret.'],
  ['check in a register, whether', 'en', 'We check in the Brønnøysund Register whether the owner is registered.'],
  ['check in a register, fronted data', 'nn', 'Adressa til arvingane sjekkar vi i Folkeregisteret.'],
  ['look … up in', 'en', "We look the witnesses' addresses up in the population register."],
  ['slå … opp i', 'nb', 'Vi slår adressene til vitnene opp i folkeregisteret.'],
];
export const checksSilent: readonly (readonly [string, string])[] = [
  ['sold to us', 'Vi spør grossistane kor mykje dei har selt til oss.'],
  ['prices', 'We ask the suppliers how much they charge for delivery.'],
  ['we deliver', 'Vi leverer opplysningar som NAV bruker.'],
  ['no data', 'Leverandøren leverer programvare som vi bruker.'],
  ['the person delivers', 'Søkjaren leverer opplysningar som vi kontrollerer.'],
  ['denied', 'NAV leverer ikkje opplysningar som vi treng.'],
  ['no one’s figures', 'Budsjettet blir kontrollert mot tala som kommunen gir oss.'],
  ['a manual', 'Vi sjekker i manualen hvordan systemet virker.'],
  ['a reference work', 'Vi sjekker i Lovdata om regelen er endret.'],
  ['denied, register', 'Vi sjekker ikke i Folkeregisteret om søkeren bor i kommunen.'],
  ['the person, register', 'Søkeren kan selv sjekke i Folkeregisteret hvilken adresse som er registrert.'],
  ['past, asked', 'Tidligere spurte vi grossistene hvor mye de hadde solgt til stedet, men det er slutt.'],
];
describe('C. checks against a party, asked, delivered, looked up (notice-source, R26 session 37)', () =>
  sentenceMatrix(cases, checks, checksSilent, new Set()));

/**
 * D. Near misses: a site looked at only at the person's request (Art. 13: the person points us to it, as session 25 decided
 * for «berre dersom søkjaren ber oss om det»), a denial, the person fetching their own; and a source recorded by its other
 * name or in English (sourceRecorded's REGISTER_NAMES, NAMED_PARTIES).
 */
export const nearSilent: readonly (readonly [string, string])[] = [
  ['at the person’s request', "We look at the applicant's LinkedIn profile only if the applicant asks us to."],
  ['at the person’s request nb', 'Vi ser på LinkedIn-profilen til kandidaten bare hvis kandidaten ber oss om det.'],
  ['denied', 'Vi hentar ikkje opplysningar frå andre.'],
  ['the person', 'Du kan sjølv hente opplysningar frå Folkeregisteret.'],
  ['the person hands it in', 'Søkjaren kan sjølv hente utskrift frå Folkeregisteret og leggje ho ved søknaden.'],
];
describe('D. near misses (notice-source, R26 session 37)', () => sentenceMatrix(cases, [], nearSilent, new Set()));
const recordedOtherName: readonly (readonly [string, string])[] = [
  ['recorded in English', 'Adressa til arvingane sjekkar vi i Folkeregisteret.'],
  ['recorded in English, whether', 'Om arvingen faktisk er registrert, sjekker vi i Folkeregisteret.'],
  ['recorded in Norwegian', "We look the heirs' addresses up in the National Population Register."],
];
describe('D. a source recorded by its other name (notice-source, R26 session 37)', () =>
  sentenceMatrix(
    cases.with({ sources: ['National Population Register', 'Skatteetaten (the Norwegian Tax Administration)'] }),
    [],
    [
      ...recordedOtherName,
      ['the Tax Administration, recorded', 'The Tax Administration provides income data that we match with the case.'],
      ['Skatteetaten asked, recorded', 'Vi spør Skatteetaten hvor mye de har utbetalt til avdøde.'],
    ],
    new Set(),
  ));

/**
 * A. The verb family as a walk (source-shapes.ts CHECK_VERB): each verb of checking with a party in its bokmål and nynorsk
 * present (V2 after a fronted object, and with the object after it) and its passives (the s-passive and «blir/vert» with the
 * participle), each read with the party; the English forms beside them.
 */
const FAMILIES: readonly (readonly [present: readonly string[], passive: readonly string[]])[] = [
  [
    ['sjekker', 'sjekkar'],
    ['sjekkes', 'sjekkast', 'blir sjekket', 'vert sjekka'],
  ],
  [
    ['kontrollerer', 'kontrollerar'],
    ['kontrolleres', 'kontrollerast', 'blir kontrollert', 'vert kontrollert'],
  ],
  [
    ['undersøker', 'undersøkjer'],
    ['undersøkes', 'undersøkjast', 'blir undersøkt', 'vert undersøkt'],
  ],
  [['hører', 'høyrer'], []],
  [
    ['verifiserer', 'verifiserar'],
    ['verifiseres', 'verifiserast', 'blir verifisert', 'vert verifisert'],
  ],
  [
    ['avklarer', 'avklarar'],
    ['avklares', 'avklarast', 'blir avklart', 'vert avklara'],
  ],
  [
    ['krysskjekker', 'krysskjekkar'],
    ['krysskjekkes', 'krysskjekkast', 'blir krysskjekket', 'vert krysskjekka'],
  ],
  [
    ['check', 'verify', 'cross-check'],
    ['is checked', 'is verified', 'is cross-checked'],
  ],
];
describe('A. the verb family of checking with a party, walked (source-shapes.ts, R26 session 37)', () => {
  const english = (v: string): boolean => /^(?:check|verify|cross-check|is\s)/u.test(v);
  const cells = FAMILIES.flatMap(([present, passive]) => [
    ...present.flatMap((v) =>
      english(v)
        ? [`We ${v} the witness's address with the Tax Administration.`]
        : [`Adressa til vitnet ${v} vi hos Skatteetaten.`, `Vi ${v} adressa til vitnet med Skatteetaten.`],
    ),
    ...passive.map((v) => (english(v) ? `The witness's address ${v} with the Tax Administration.` : `Adressa til vitnet ${v} hos Skatteetaten.`)),
  ]);
  it.each(cells)('%s', (t) => expect(shapeSources(t, () => true).length).toBe(1));
});

/**
 * E. Calling or contacting a party and so learning what someone has, is or did (source-shapes.ts CALL_AND_LEARN; the class of
 * variants-legevakt LV30 «Legen ringjer òg apoteket og får vite kva legemiddel pasienten har henta ut»), the caller we or our
 * staff; a pharmacy is a party (prose-activity.ts PARTY). Silent: the person calling, no one's data (opening hours, a price),
 * denied, past, a choice of the person, the person asked about themself.
 */
export const callLearn: readonly (readonly [string, string, string])[] = [
  ['ringje og få vite, staff', 'nn', 'Sjukepleiaren ringjer apoteket og får vite kva medisinar pasienten har fått utlevert.'],
  ['kontakte og få opplyst', 'nb', 'Vi kontakter banken og får opplyst hvor mye avdøde skyldte.'],
  ['call and find out', 'en', 'We call the pharmacy and find out which medicines the patient has collected.'],
  ['ringe og få vite, hvilke', 'nb', 'Legen ringer fastlegen og får vite hvilke diagnoser pasienten har.'],
  ['ringje og få vite, kor lenge', 'nn', 'Me ringjer skulen og får vite kor lenge eleven har gått der.'],
  ['kontakte og få bekreftet om', 'nb', 'Saksbehandleren kontakter arbeidsgiveren og får bekreftet om søkeren er ansatt.'],
  ['contact and be told whether', 'en', 'We contact the employer and are told whether the applicant was at work.'],
  ['ta kontakt med og få vite', 'nb', 'Vi tar kontakt med barnehagen og får vite hva barnet har vært med på.'],
  ['ringje og få vite, behandling', 'nn', 'Legen ringjer òg sjukehuset og får vite kva behandling pasienten har fått.'],
];
export const callLearnSilent: readonly (readonly [string, string])[] = [
  ['the person calls', 'Pasienten ringjer apoteket og får vite kva medisinar han har fått.'],
  ['opening hours', 'Vi ringer apoteket og får vite når de åpner.'],
  ['denied', 'Vi ringjer ikkje apoteket og får ikkje vite kva pasienten har henta.'],
  ['a price', 'Vi ringer leverandøren og får vite hva systemet koster.'],
  ['past', 'Tidlegare ringde legen apoteket og fekk vite kva pasienten hadde henta ut.'],
  ['the parents call', 'Foreldra ringjer skulen og får vite kva eleven har hatt om i timen.'],
  ['the person asked', 'Vi ringer kunden og får vite hva kunden ønsker.'],
  ['a choice of the person', 'Du kan ringe apoteket og få vite kva medisinar du har henta ut.'],
  ['a thing in stock', 'Legen ringjer apoteket og får vite om legemiddelet er på lager.'],
  ['a thing in stock nb', 'Legen ringer apoteket og får vite om legemiddelet er på lager.'],
  ['a thing in stock en', 'The doctor calls the pharmacy to find out whether the medicine is in stock.'],
];
describe('E. calling a party and learning about someone (notice-source, R26 session 37)', () => sentenceMatrix(cases, callLearn, callLearnSilent, new Set()));
