import { table } from '../helpers/reader-table.js';
import { sourceRecorded } from '../../src/check/prose-activity.js';
import { discloses } from '../../src/check/facts.js';
import { saysProcessingOnConsent } from '../../src/rules/consent-for-public-task.js';

/**
 * F7's readings (session 20, variants-ppt), each with the lawful wordings that share its words (nb, nn, en).
 */

// A source named in words, against variants-ppt's recorded sources of the expert assessment (the kindergarten «barnet går
// i»): a long compound that leaves the recorded word within its first eight letters is another source (PP09).
const RECORDED = ['barnehagen barnet går i', 'pedagogisk rapport og tilvising frå barnehagen.', 'helsestasjon, fastlege og bup', 'foreldra og eleven sjølv'];
table(
  'a named source is not recorded by a word that only shares its first letters (prose-activity sourceRecorded)',
  (t) => !sourceRecorded(t, RECORDED),
  [
    ['nn', 'barnevernstenesta'], // set: ppt PP09
    ['nb', 'barneverntjenesten'],
    ['nb', 'barnevernet'],
    ['en', 'the child welfare service'],
    ['nb', 'Helsedirektoratet'],
  ],
  [
    ['nn', 'barnehagen'],
    ['nn', 'barnehagane'],
    ['nb', 'barnehagestyreren'],
    ['nn', 'foreldra'],
    ['nb', 'helsestasjonen'],
    ['nb', 'fastlegen'],
    ['en', 'BUP'],
    ['nb', 'eleven'],
    ['nn', 'helsesjukepleiaren'], // N5's review: the health visitor works at the helsestasjon
    ['nn', 'barnehagestyraren'],
    ['nn', 'helseetaten'], // N5's review: a municipality's own department
  ],
);

table(
  'a sports club or its coach as the party data is sent to (facts discloses, NAMED_PARTIES)',
  (t) => discloses(t),
  [
    ['nn', 'Vi sender òg referatet til treneren i idrettslaget barnet er med i.'], // set: ppt PP21
    ['nb', 'Vi sender også referatet til idrettslaget.'],
    ['en', "We also send the minutes to the child's football club."],
  ],
  [
    ['nn', 'Referatet blir ikkje sendt til treneren i idrettslaget.'],
    ['nn', 'Vi sender aldri referatet til idrettslaget.'],
    ['nn', 'Vi sender talet på barn i tiltaket til idrettslaget kvart år.'],
    ['nn', 'Foreldra kan sjølve sende referatet til treneren i idrettslaget.'],
    ['nn', 'Vi held kurs om teieplikt for trenarar i idrettslaget.'],
    ['nn', 'Vi sender brosjyrar om aktivitetstilbodet til idrettslaget.'],
    ['nn', 'Treneren i idrettslaget kan sende oss opplysningar når foreldra samtykkjer.'],
    ['en', 'The minutes are never sent to the sports club.'],
    ['en', 'Parents may send the plan to the sports club themselves.'],
    ['en', 'We send anonymised statistics to the local sports clubs.'],
    ['nb', 'Vi sender ikke referatet til idrettslaget.'],
    ['nb', 'Tillitsvalgte drøfter kontrollen med klubben før den innføres.'],
  ],
);

table(
  'the words say the processing itself rests on consent (consent-for-public-task consent-said-for-task)',
  saysProcessingOnConsent,
  [
    ['nn', 'Behandlinga av personopplysningane byggjer på samtykke frå foreldra, som dei gir på tilvisingsskjemaet.'], // set: ppt PP10
    ['nb', 'Behandlingen av personopplysningene baserer seg på samtykke fra foreldrene.'],
    ['en', "The processing of personal data is based on the parents' consent."],
    ['nb', 'Det rettslige grunnlaget er samtykke.'],
    ['en', 'The legal basis is consent.'],
    ['nn', 'Behandlinga byggjer på foreldra sitt samtykke.'],
  ],
  [
    ['nn', 'Behandlinga byggjer ikkje på samtykke, men på opplæringslova.'],
    ['nn', 'Fritaket frå teieplikta byggjer på samtykke frå foreldra.'],
    ['nn', 'Tilvisinga byggjer på samtykke frå foreldra, slik opplæringslova krev.'],
    ['en', 'The processing is not based on consent but on the Education Act.'],
    ['nn', 'Behandlinga i nyheitsbrevet byggjer på samtykke og er skildra i ein eigen aktivitet.'],
    ['nn', 'Vi held kurs for tilsette om når behandling kan byggje på samtykke.'],
    ['nn', 'Det rettslege grunnlaget er opplæringslova, ikkje samtykke.'],
    ['en', 'Consent is not the legal basis for the processing.'],
    ['nn', 'Samarbeidet med helsetenesta byggjer på samtykke frå foreldra.'],
    ['nb', 'Behandlingen bygger på lov og er ikke basert på samtykke.'],
    ['en', "The legal basis is the Education Act; parents' consent is needed only for the referral."],
    // N5's review, session 20
    ['nb', 'Behandlingen er uavhengig av samtykke fra foreldrene.'],
    ['nn', 'Handsaminga er uavhengig av samtykke frå foreldra.'],
    ['en', 'The processing is independent of consent.'],
    ['nn', 'Behandlingsgrunnlaget er anna enn samtykke: det er oppgåva etter opplæringslova.'],
    ['en', 'The processing is based on law and consent is never asked for.'],
    ['nn', 'Behandlinga byggjer på lova medan samtykket frå foreldra berre gjeld tilvisinga.'],
  ],
);
