import { table } from '../helpers/reader-table.js';
import { requirementAnswered } from '../../src/rules/notice-mandatory.js';
import { measureStated } from '../../src/rules/security-measures.js';
import { agreementStated } from '../../src/rules/processor-agreement.js';
import { revealsIn } from '../../src/check/prose-category.js';
import { readText } from '../../src/check/prose-activity.js';
import { socialPageData } from '../../src/rules/joint-controller-arrangement.js';

/**
 * Issue #12 (session 32, integrator): what three real bodies' records (bodies/fhi-helseregistre, fiskeridirektoratet,
 * une-klagesaker, written blind by G15) say in words and ropa read only from structured fields, each reading with the
 * near-wordings it must stay silent on. The bodies' own sentences are in their registries; these are other writers'.
 */
table(
  'notice-mandatory: the activity words answer Art. 13(2)(e) (collection not filled in)',
  requirementAnswered,
  [
    ['nb', 'Det er frivillig å melde seg på nyhetsbrevet.'],
    ['nn', 'Registreringa er berre naudsynt dersom du vil få svar frå oss.'],
    ['nb', 'Innlogging er bare nødvendig hvis du vil lagre skjemaet underveis.'],
    ['en', 'Taking part is entirely voluntary.'],
    ['nb', 'Du må fylle ut feltene merket med stjerne. Ellers kan vi ikke behandle søknaden.'],
    ['en', 'You must provide your name and address; without them we cannot send you the permit.'],
    ['nn', 'Du treng ikkje svare på spørsmåla om helse.'],
    ['en', 'You do not have to give any information to use the service.'],
  ],
  [
    ['nb', 'Du treng ikke oppgi fødselsnummer for å sende merknad.'],
    ['nb', 'Du må ikke oppgi sensitive opplysninger i skjemaet.'],
    ['nb', 'Søknaden sendes til kommunen, som fatter vedtak.'],
    ['en', 'You must provide your name and address.'],
    ['nn', 'Vi behandlar søknaden etter forvaltningslova.'],
  ],
);

table(
  "security-measures: a measure in the activity's own description",
  measureStated,
  [
    ['nb', 'Bare de som arbeider med saken din får se opplysningene, og de har taushetsplikt.'],
    ['nn', 'Berre dei som handsamar saka har tilgang til dokumenta.'],
    ['en', 'Only the case officers who handle the complaint have access to the file.'],
    ['nb', 'Opplysningene lagres kryptert, og innlogging krever tofaktorautentisering.'],
    ['nn', 'Tilgangen er avgrensa til tilsette ved kontoret.'],
    ['en', 'Access is restricted to the payroll team, and all access is written to an access log.'],
    ['nb', 'Tolken har taushetsplikt.'],
  ],
  [
    ['nb', 'Vi krypterer ikke e-post som sendes til oss.'],
    ['nb', 'Søknaden behandles av saksbehandlere i avdelingen.'],
    ['en', 'The data are stored in the case system for ten years.'],
    ['nn', 'Du kan be om innsyn i saka di.'],
  ],
);

const NAMES = ['Norsk helsearkiv', 'Direktoratet for medisinske produkter (DMP)'];
table(
  'processor-agreement: an agreement stated in words, with the processor named or the processors as a group',
  (t) => agreementStated(t, NAMES),
  [
    ['nb', 'Vi har databehandleravtale med Norsk helsearkiv om utleveringen.'],
    ['nb', 'Det er inngått databehandleravtaler med DMP og Norsk helsearkiv.'],
    ['nn', 'Det er inngått databehandlaravtalar med alle leverandørane.'],
    ['en', 'A data processing agreement is in place with each of our suppliers.'],
  ],
  [
    ['nb', 'Det er ikke inngått databehandleravtale med Norsk helsearkiv.'],
    ['nb', 'Databehandleravtale med Norsk helsearkiv skal signeres i høst.'],
    ['nb', 'Norsk helsearkiv lagrer opplysningene for oss.'],
    ['nb', 'Vi har databehandleravtale med Visma.'],
  ],
);

table(
  'prose-category: a web address and what an applicant applies for are no health data of the person',
  (t) => revealsIn(t).some((r) => r.kind === 'health'),
  [
    ['nb', 'Vi behandler helseopplysninger om pasientene.'],
    ['nb', 'Søknaden om tilgang til egne helseopplysninger behandles av journalarkivet.'],
    ['en', 'We process health data about the applicants.'],
    ['nb', 'Søkeren sender legeerklæring med helseopplysninger.'],
  ],
  [
    ['nb', 'Når du bruker helsedata.no, samles det inn nettstatistikk.'],
    ['nb', 'Vi behandler søknaden din om tilgang til helsedata fra registrene.'],
    ['nn', 'Når det blir søkt om helsedata frå Norsk helsearkiv, behandlar arkivet søkjaren sine opplysningar.'],
    ['en', 'We handle applications for access to health data from the national registries.'],
  ],
);

table(
  "a source in the clause reader's new facts: the person filling it in themself is no other source, «selv om» is no «selv»",
  readText.source,
  [
    ['nb', 'Vi henter timelister fra Visma, selv om de ansatte ikke har godkjent dem.'],
    ['nn', 'Opplysningane blir henta frå skulen, sjølv om eleven ikkje har sagt ja.'],
  ],
  [
    ['nb', 'Timelistene hentes fra Visma, der de ansatte selv fører timene.'],
    ['en', 'The timesheets are taken from Visma, where the staff enter their hours themselves.'],
  ],
);

table(
  "joint-controller-arrangement social-page: the body present on a platform, people's data there (C-210/16)",
  socialPageData,
  [
    ['nb', 'Kommunen er aktiv på Facebook og Instagram. I sosiale medier svarer vi på meldinger fra innbyggerne.'],
    ['en', 'The agency is present on LinkedIn, where we answer messages from job seekers.'],
    ['nn', 'Me er òg til stades på Facebook, og i sosiale medium behandlar me personopplysningar om dei som skriv til oss.'],
  ],
  [
    ['nn', 'Mange av elevane er aktive på Facebook, og vi behandlar personopplysningar om dei i skulen.'],
    ['nb', 'Vi er ikke til stede på TikTok.'],
    ['nb', 'Kommunen er aktiv på Facebook med nyheter og stillingsannonser.'],
  ],
);
