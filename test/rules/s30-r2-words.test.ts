import { table } from '../helpers/reader-table.js';
import { revealsIn } from '../../src/check/prose-category.js';
import { keptForeverIn } from '../../src/check/kept-forever.js';
import { emptyCriterion } from '../../src/rules/retention-defined.js';
import { readText } from '../../src/check/prose-activity.js';

/**
 * Issue #12 (session 30, R2): the free-text families beside recipients and sources, read from the FACT in nb, nn and en,
 * with the lawful near-wordings each must stay silent on (variants-landbruk's misses and the older sets' known misses of
 * the same rules).
 */
const criminal = (t: string): boolean => revealsIn(t).some((r) => r.kind === 'criminal-offence');

table(
  'criminal-offence: a person punished, convicted, fined or charged, or their record (variants-landbruk LB37, LB38; paraphrase3 PC096)',
  criminal,
  [
    ['nb', 'Før laget godkjennes, spør vi lensmannen om noen av jegerne er straffet for brudd på viltloven eller våpenloven.'], // set: landbruk LB37
    ['nb', 'Vi sjekker om jegerne har rulleblad.'], // set: landbruk LB37
    ['nb', 'Har dyreholderen tidligere fått dom eller forelegg for dyremishandling, noterer vi det på tipset.'], // set: landbruk LB38
    ['en', 'We find out in the interview whether each candidate has been sentenced for violent offences or theft.'], // set: paraphrase3 PC096
    ['nn', 'Me spør politiet om nokon av søkjarane er domfelte for vald.'],
    ['nb', 'Vi noterer om eieren er bøtelagt for brudd på dyrevelferdsloven.'],
    ['en', 'We record whether the owner has been prosecuted for animal cruelty.'],
    ['nn', 'Om leigetakaren har vore sikta for narkotikabrotsverk, blir det notert i saka.'],
    ['nb', 'Vi registrerer straffereaksjoner mot medlemmene.'],
    ['en', 'The caseworker notes whether the applicant has been charged with fraud.'],
    ['nn', 'Søkjarar som har fått forelegg for promillekøyring, blir avviste.'],
  ],
  [
    ['nb', 'Den som bryter reglene, blir straffet.'],
    ['nb', 'Brudd på taushetsplikten kan straffes etter straffeloven.'],
    ['nb', 'Ansatte kan bli straffet for brudd på taushetsplikten.'],
    ['nb', 'Vi fører statistikk over hvor mange som er straffet for viltlovbrudd, uten navn.'],
    ['nb', 'Vi ilegger overtredelsesgebyr når reglene brytes.'],
    ['nb', 'Spillere som er straffet med karantene, kan ikke delta.'],
    ['nb', 'Vi har ingen opplysninger om straff.'],
    ['en', 'Misuse of the service is punished by exclusion.'],
    ['nb', 'Kunden har fått dom i tvistesaken om husleie.'],
    ['nb', 'Saken forelegges styret før vedtak.'],
    ['en', 'Library users are fined for late returns.'],
    ['en', 'Staff who break the confidentiality rules can be punished.'],
  ],
);

table(
  'permanent-retention-basis: data said in words to be kept for ever (variants-landbruk LB43, variants-veterinar DY32)',
  (t) => keptForeverIn(t) !== undefined,
  [
    ['nb', 'Tips som ikke fører til noe hos Mattilsynet, tar vi vare på uten tidsbegrensning, i tilfelle det kommer nye tips.'], // set: landbruk LB43
    ['en', "They are never deleted: we keep them indefinitely as the clinic's historical archive."], // set: veterinar DY32
    ['nb', 'Tipsene slettes aldri.'],
    ['nb', 'Vi oppbevarer tipsene på ubestemt tid.'],
    ['en', 'We keep the reports indefinitely.'],
    ['nn', 'Meldingane blir aldri sletta.'],
    ['nn', 'Vi slettar aldri søknadene.'],
    ['nn', 'Opplysningane blir lagra for alltid.'],
    ['en', 'Records are stored permanently on our server.'],
  ],
  [
    ['nn', 'Bevares for alltid etter arkivlova.'],
    ['nb', 'Sakene slettes aldri automatisk, men vurderes årlig.'],
    ['nb', 'Vi lagrer ikke tipsene på ubestemt tid.'],
    ['nb', 'Tidligere ble tipsene lagret på ubestemt tid; nå slettes de etter to år.'],
    ['nb', 'Anonymiserte data kan lagres på ubestemt tid.'],
    ['nb', 'Profilen lagres på ubestemt tid, til du sletter den selv.'],
    ['nb', 'Dokumentene slettes aldri før fem år har gått.'],
    ['nb', 'Avtalen gjelder på ubestemt tid.'],
    ['nb', 'Statistikken lagres uten tidsbegrensning.'],
    ['nb', 'Opplysningene lagres i et permanent register hos Brønnøysund.'],
    ['en', 'We never delete anything without asking the person first.'],
    ['en', 'The list of approved medicines is kept up to date indefinitely.'],
    ['nb', 'Vi har aldri slettet noe ved en feil.'],
    ['nb', 'Journaler avleveres til IKA og bevares for alltid.'],
  ],
);

table(
  'retention-defined: a trigger that waits for the controller to decide, however long its words (variants-paraphrase3 PC084)',
  (t) => emptyCriterion(t) !== undefined,
  [
    ['en', 'until we decide the address is no longer of use for our marketing'], // set: paraphrase3 PC084
    ['nn', 'til vi bestemmer at adressa ikkje lenger er til nytte for marknadsføringa vår'],
    ['en', 'until we decide otherwise'],
  ],
  [
    ['en', 'until the board decides to delete them at the end of the third year'],
    ['en', 'until the customer decides to leave the loyalty programme'],
  ],
);

table(
  'decision: a machine cuts, sets or decides, as agent or subject (variants-landbruk LB32, variants-bpa BP12)',
  readText.decision,
  [
    ['nb', 'Søknader der arealet avviker mer enn ti prosent fra gårdskartet, blir avkortet av systemet uten at en saksbehandler går gjennom dem.'], // set: landbruk LB32
    ['en', 'An assistant who misses three check-ins in a month is automatically taken off the roster by the app until a manager reopens the account.'], // set: bpa BP12
    ['nb', 'Systemet avkorter søknaden automatisk.'],
    ['nb', 'Vedtaket fattes automatisk av systemet.'],
    ['nb', 'Systemet avkorter tilskuddet.'],
    ['nb', 'Søknaden blir avslått av systemet.'],
    ['en', 'Applications are rejected by the system.'],
    ['en', 'The model rejects applications with missing documents.'],
    ['nn', 'Appen avviser søknader som manglar vedlegg.'],
  ],
  [
    ['nb', 'Systemet foreslår avkorting, og en saksbehandler fatter vedtaket.'],
    ['en', 'The system suggests a reduction; a caseworker decides.'],
    ['nb', 'Vedtaket registreres automatisk i systemet.'],
    ['nb', 'Søknaden godkjennes av systemansvarlig.'],
    ['en', 'Changes are approved by the system administrator.'],
    ['nb', 'Saksnummer tildeles automatisk av systemet.'],
    ['nb', 'Vedtaket blir sendt automatisk til søkeren.'],
    ['nb', 'Saksbehandleren fatter vedtak i fagsystemet.'],
    ['nn', 'Vakter som ikkje blir fylte, blir automatisk tekne ut av vaktplanen.'],
    ['en', 'The app suggests who to take off the roster; the manager decides.'],
    ['nn', 'Timen blir tildelt av bookingsystemet ut frå ledige tider, og du kan sjølv endre han.'],
    ['en', 'Appointment slots are allocated by the booking system; you can change them yourself.'],
    ['en', 'The system grants access to employees.'],
  ],
);

table(
  'places: a city of a third country (data/third-country-cities.json) and a sending verb of e-mail or forwarding (variants-landbruk LB40)',
  (t) => readText.place(t).length > 0,
  [
    ['en', "An unfit-housing report is e-mailed to the recruitment agency in Kyiv that signed the worker's contract."], // set: landbruk LB40
    ['nb', 'Vi e-poster rapporten til bemanningsbyrået i Manila.'],
    ['en', 'The caseworker forwards the complaint to the recruitment firm in Kyiv.'],
    ['nb', 'Rapporten sendes til rekrutteringsbyrået i Manila.'],
    ['nn', 'Vi sender avviket til arbeidsgivaren, som har hovudkontor i Beograd.'],
  ],
  [
    ['en', 'Workers recruited through the agency in Kyiv get the housing rules in Ukrainian.'],
    ['nb', 'Vi har et kontor i London.'],
    ['en', 'We e-mail the report to the agency in Dublin.'],
    ['en', 'The report is not e-mailed to the agency in Kyiv; it stays with us.'],
    ['nb', 'Vi videresender aldri rapporter til byrået i Kyiv.'],
    ['en', 'Anonymised statistics are e-mailed to the ministry in London.'],
    ['nb', 'Søkeren bor i Kyiv.'],
  ],
);
