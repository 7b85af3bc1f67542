import { describe } from 'vitest';
import { ruleMatrix } from '../helpers/rule-matrix.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';
import type { Finding } from '../../src/model/finding.js';

/**
 * Session 40, R35 (check/lexicon-consent.ts): the consent families of the blind sets' misses, each as a construction in
 * bokmål, nynorsk and English, with cells from other domains than the planted sentences (a school, a library, a hospital,
 * a shop, a municipality, a bank) and lawful near misses that must stay silent. The planted misses: variants-sameting SM58
 * (wanting assumed), SM59 (agreement deemed in the passive), SM61 (young people signing up themselves), SM63, SM64
 * (permission or a yes as the reason for a task's processing); variants-lading EV60, EV61 (the young agreeing in a
 * coordinated clause), EV62 (a box that comes ticked), EV63 (counted in for not declining), EV65 (participation that
 * cannot be ended before a date). Law: GDPR Art. 4(11) and recital 32 («Silence, pre-ticked boxes or inactivity should not
 * therefore constitute consent»); Art. 7(3) (withdraw «at any time»); Art. 8(1), personopplysningsloven § 5 (13 years);
 * recital 43 (consent to a public authority).
 */
const childFindings = ruleMatrix('child-consent-age', {
  org: 'Vestvik kommune',
  language: 'nb',
  title: 'Ungdomsapp og varsler',
  purpose: 'Sende varsler og vise aktiviteter i appen.',
  subjects: ['Publikum'],
  legalBasis: '      - gdpr: A6-1-a\n        consentMethod: opt-in\n',
});
describe('the young who agree or sign themselves up, in other nouns and coordinated clauses (SM61, EV60, EV61)', () => {
  readsAndSilent(
    childFindings,
    [
      'Ungdom fra 12 år kan melde seg på varslene selv i appen.',
      "Teenagers from 11 can sign up for the library's reading challenge themselves.",
      'Unge frå 10 år kan laste ned appen og seie ja til påminningar sjølve.',
      'Pupils from 9 can be added by the school, and they can sign up for the homework reminders on their own.',
      'Children from the age of 8 can open the game and agree to the high-score list themselves.',
      'Barn fra 10 år kan bli med i lesekampanjen og godta at navnet vises på nettsiden.',
      "Youngsters from 12 can join the bank's savings game and say yes to messages by themselves.",
      'Tenåringer fra 12 år kan selv melde seg på nyhetsbrevet fra helsestasjonen.',
    ],
    [
      'Foreldre samtykker for barn under 13 år i appen.',
      'Unge voksne fra 18 år kan melde seg på kurset selv i appen.',
      'Ungdom fra 13 år kan melde seg på varslene selv i appen.',
      'Children from 10 can join the club, and parents agree to the photos in the app.',
      'Teenagers cannot sign up themselves; a parent does it in the app.',
      'Ungdommene melder seg på turen i appen.',
      'Young people from 12 can join the team, and a parent must say yes in the app.',
    ],
  );
});

const consentFindings = ruleMatrix('consent-valid', {
  org: 'Nordvik Handel AS',
  language: 'nb',
  title: 'Kundeklubb',
  purpose: 'Sende nyhetsbrev og tilbud til medlemmene.',
  subjects: ['Kunder'],
  publicAuthority: false,
  legalBasis: '      - gdpr: A6-1-a\n        consentMethod: opt-in\n        consentWithdrawal: Meld deg av med lenken i hver e-post.\n',
});
describe('consent assumed, deemed, pre-ticked or taken from not declining, in the description (SM58, SM59, EV62, EV63)', () => {
  readsAndSilent(
    consentFindings,
    [
      'Når du har kjøpt billett, går vi ut frå at du òg ønskjer tilbod frå oss.',
      'When you book a table, we assume you would like our newsletter as well.',
      'Kunder som ikke slår av varslene, anses å ha samtykket til dem.',
      'Members who leave the box as it is are treated as having agreed to the e-mails.',
      'I nettbutikken er boksen for nyhetsbrev krysset av allerede når du kommer til kassen.',
      'On the booking page the marketing box comes checked already.',
      'Feltet for SMS-varsel står avkryssa frå start i påmeldinga.',
      'Pasienter som ikke har takket nei innen 14 dager, blir regnet som deltakere i studien.',
      'Customers who have not declined within a week are enrolled in the panel.',
      'Dei som ikkje har svart innan fristen, vert tekne med i undersøkinga.',
    ],
    [
      'Boksen for nyhetsbrev er tom til du krysser av selv.',
      'The box is unticked until you tick it.',
      'Members who tick the box are taken to have agreed to the e-mails.',
      'Vi går ikke ut fra at du ønsker nyhetsbrev; du må krysse av selv.',
      'Customers who have not declined are not counted as participants until they sign the form.',
      'Vi regner med at du vil ha svar innen to uker.',
      'Those who do not reply within 30 days are removed from the list.',
      'Kunder som har takket ja, blir regnet som deltakere.',
    ],
  );
});

const taskFindings = ruleMatrix('consent-for-public-task', {
  org: 'Vestvik kommune',
  language: 'nb',
  title: 'Saksbehandling',
  purpose: 'Behandle søknader etter loven.',
  subjects: ['Søkere'],
  legalBasis: '      - gdpr: A6-1-e\n',
});
describe("permission or a yes as the reason for a task's processing (SM63, SM64)", () => {
  readsAndSilent(
    taskFindings,
    [
      'Vi registrerer deg i skoleskyssordningen fordi du har gitt oss lov til det.',
      'Kommunen lagrar søknaden sidan du har gjeve løyve til det i skjemaet.',
      'We keep the patient list because the patients have allowed us to.',
      'Søkeren sier dermed ja til at vi behandler opplysningene.',
      'Ved å søke samtykker søkeren dermed til at vi lagrer inntektsopplysningene.',
      'Eleven seier med dette ja til at skulen registrerer fråværet.',
      'We record the visit because you gave us permission at the desk.',
      'By signing the form the tenant thereby says yes to that we store the income data.',
    ],
    [
      'Du kan gi oss lov til å sende SMS-varsler, men det er frivillig.',
      'Vi behandler søknaden fordi loven krever det.',
      'Vi registrerer deg fordi du har søkt om plass.',
      'The pupil may say yes to newsletters, which we send separately.',
      'Vi fører deg ikke inn fordi du har gitt oss lov; det er valglova som gir grunnlaget.',
      'Kommunen fikk lov til å behandle saken av departementet.',
    ],
  );
});

/** One activity per withdrawal text (the text is the consent basis's `consentWithdrawal`). */
const withdrawal = ruleMatrix('consent-withdrawal', { org: 'Vestvik kommune', language: 'nb', title: 'Prosjekt', purpose: 'Sende nyhetsbrev til deltakerne.' });
const withdrawalFindings = (texts: Record<string, string>): Finding[] =>
  Object.entries(texts).flatMap(([id, t]) =>
    withdrawal.with({ legalBasis: `      - gdpr: A6-1-a\n        consentMethod: opt-in\n        consentWithdrawal: ${JSON.stringify(t)}\n` })({
      [id]: 'Vi sender nyhetsbrev til deltakerne.',
    }),
  );
describe('participation or the person that cannot leave before a time (EV65)', () => {
  readsAndSilent(
    withdrawalFindings,
    [
      'Deltakinga kan ikkje avsluttast før prosjektet er ferdig.',
      'Du kan ikke trekke deg før kurset er slutt.',
      'Participants cannot leave the study until it ends in June.',
      'Participation cannot be stopped before the trial closes.',
      'Medlemskapet kan ikke sies opp før bindingstiden er over.',
      'Members cannot opt out until the season is over.',
      'Deltakerne kan ikke melde seg ut før skoleåret er slutt.',
      'Samtykket kan ikkje stansast før turneringa er over.',
    ],
    [
      'You can leave the study at any time in the app.',
      'Du kan trekke deg når som helst ved å sende e-post.',
      'Data already analysed before you leave cannot be withdrawn from the results.',
      'Participation can be ended at any time in the app.',
      'Du kan ikke trekke deg fra undersøkelsen per telefon, men i appen når som helst.',
      'Withdraw by e-mail; it takes effect before the next mailing.',
    ],
  );
});
