import { table } from '../helpers/reader-table.js';
import { personDataGot } from '../../src/check/data-got.js';
import { discloses } from '../../src/check/facts.js';
import { saysObliged } from '../../src/rules/notice-mandatory.js';
import { notTaught, reporterToldTo } from '../../src/rules/recipients-stated.js';

/**
 * The free-text readings F added in session 18, each with the lawful wordings that share its words (nb, nn, en) and must
 * not read: things and documents handed over (facts.ts discloses), a reporter's identity told to someone
 * (recipients-stated reporterToldTo), and a duty to give the data in a voluntary collection's consequences
 * (notice-mandatory saysObliged).
 */

table(
  'a thing or a document about no one is no disclosure (facts.ts discloses)',
  (t) => discloses(t),
  [
    // Someone's data beside the thing: still a disclosure.
    ['nb', 'Pårørende får utlevert eiendelene og journalen til avdøde.'],
    ['nb', 'Forsikringsselskapet får kopi av skademeldingen og vilkårene.'],
    ['nb', 'Partnerne får prislisten og navnene på medlemmene.'],
    ['nb', 'Hittegods og opplysninger om finneren utleveres til politiet.'],
    ['nb', 'Politiet får utlevert gjenstandene og vitneforklaringene.'],
    ['nn', 'Pårørande får eigedelane og ein kopi av journalen.'],
    ['nb', 'Politiet får utlevert gjenstandene, også mobiltelefonen.'],
    ['nb', 'Vi sender varen med transportøren du velger.'],
    // Data without names is not anonymous (rec. 26; Art. 4(1) «an identification number»): Skatteetaten's control data
    // still identifies the taxpayer by number. Decided so by F (session 18): it reads; «anonymiserte» does not.
    ['nn', 'Skatteetaten får kontrolldata utan namn.'],
    // B17, session 19: the urn with someone's data beside it is still handed over.
    ['nn', 'Krematoriet utleverer urna og kremasjonsattesten med namnet på den som kravde kremasjonen.'],
    ['nn', 'Vi utleverer urna og ei liste over dei etterlatne til byrået.'],
    ['nn', 'Vi utleverer namnet og adressa til festaren til steinhoggaren.'],
    // G1, session 19: names, someone's data or a filled-in form beside the card, the thanks, the routine, the statistic.
    ['nb', 'Hver måned sender vi en liste med navn til kommunen.'],
    ['nb', 'Ved behov sender vi rapporten om brukeren til NAV.'],
    ['nb', 'Før jul sender vi kommunen julekort med navn og adresse på alle beboerne.'],
    ['nb', 'Vi sender julekortet med navn til kommunen.'],
    ['nb', 'Vi sender julekort og adresselisten til kommunen.'],
    ['nb', 'Hvert år sender vi statistikk med navn til Bufdir.'],
    ['nb', 'Sender vi en faktura til kommunen, står navnet på brukeren på den.'],
    ['nb', 'Etter aksjonen sender vi navnene på de pågrepne til politiet.'],
    ['nb', 'Vi sender en takk og vitneforklaringene til politiet.'],
    ['nb', 'Vi sender rutinen og opptakene til kommunen.'],
    ['en', 'We share a copy of the completed reporting form with the employer.'],
    ['en', 'We explain the case to the employer and send the notes to the insurer.'],
    ['nn', 'Me sender namnelista til kommunen.'],
  ],
  [
    // Reviewers' false alarms.
    ['nb', 'Pårørende får utlevert eiendelene til avdøde.'],
    ['en', 'The insurer receives a copy of the policy terms and the price list each year.'],
    // F's lawful wordings (session 18).
    ['nn', 'Pårørande får utlevert eigedelane til den avdøde.'],
    ['en', "Relatives are handed the deceased's belongings."],
    ['nb', 'Forsikringsselskapet får årlig en kopi av vilkårene og prislisten.'],
    ['nb', 'Vaktselskapet får utlevert nøklene til bygget.'],
    ['nn', 'Samarbeidspartnarane får årsmeldinga og budsjettet.'],
    ['nb', 'Vi sender prislisten og vilkårene til partnerne.'],
    ['en', 'We send our partners the updated price list.'],
    ['nb', 'Hittegods utleveres til politiet etter tre måneder.'],
    ['nb', 'NAV får tilsendt prislisten for kurs.'],
    ['nn', 'Skatteetaten får anonymiserte kontrolldata.'],
    // B17, session 19: an urn or the ashes handed over are remains of the dead (GDPR rec. 27), no one's data
    // (variants-gravferd's clean base).
    ['nn', 'utlevere urne til den som har løyve til oskespreiing, og registrere utleveringa'],
    ['nn', 'Krematoriet utleverer urna til den som syter for gravferda.'],
    ['nb', 'Krematoriet utleverer urnen til den som har fått tillatelse til askespredning.'],
    ['nn', 'Krematoriet utleverer urna.'],
    // G1, session 19 (N3's review): a statistic or an invoice without names, a card, thanks, a routine, a duty explained,
    // a blank form: no one's data.
    ['nb', 'Sender vi en faktura til kommunen, står det ingen navn på den.'],
    ['nb', 'Vi sender statistikk uten navn til Bufdir.'],
    ['nb', 'Hvert år sender vi statistikk uten navn til Bufdir.'],
    ['nb', 'Til jul sender vi julekort til samarbeidspartnerne.'],
    ['nb', 'Etter aksjonen sender vi en takk til politiet.'],
    ['nb', 'Vi sender rutinen for kameraovervåking til kommunen.'],
    ['en', 'We explain the reporting duty to the employer in the service agreement.'],
    ['en', "We share a blank copy of the reporting form with the employer's safety representative."],
    ['nn', 'Me sender statistikk utan namn til Bufdir.'],
    ['en', 'We send statistics without names to Bufdir.'],
    ['nn', 'Kvar jul sender me julekort til samarbeidspartnarane.'],
    ['nn', 'Vi sender rutinane for kameraovervaking til kommunen.'],
    ['en', 'explain the reporting duty to the employer in the service agreement'],
    ['en', "sharing a blank copy of the reporting form with the employer's safety representative"],
  ],
);

const keepers = (w: string) => /^(?:dyreh|anima|arbei|emplo)/iu.test(w);
table(
  "a reporter's identity told to someone (recipients-stated reporterToldTo)",
  (t) => reporterToldTo(t, keepers) !== undefined,
  [
    ['nn', 'namnet på den som har tipsa, går fram av varselet om tilsyn som vi sender til dyrehaldaren'], // set: mattilsyn MT50
    ['nb', 'Navnet på den som har klaget, står i brevet vi sender til arbeidsgiveren.'],
    ['en', "The tipster's name is shown in the notice of inspection we send to the animal keeper."],
    ['nn', 'Dyrehaldaren får vite kven som har tipsa.'],
    ['en', 'We give the name of the complainant to the person concerned.'],
    ['nb', 'Vi sender navnet på klageren til den saken gjelder.'],
    ['nb', 'Arbeidsgiveren får vite hvem som har klaget.'],
  ],
  [
    ['nn', 'Namnet på den som har tipsa, går ikkje fram av varselet om tilsyn som vi sender til dyrehaldaren.'],
    ['nb', 'Navnet på den som har tipset, fremgår ikke av varselet vi sender til dyreholderen.'],
    ['en', "The tipster's name is never shown in the notice of inspection we send to the animal keeper."],
    ['nn', 'Vi sender ei stadfesting til den som har tipsa, med namnet og saksnummeret.'],
    ['nb', 'Varslerens identitet er kjent bare for saksbehandleren.'],
    ['en', "We send a summary of the complaint to the employer without the complainant's name."],
    ['nb', 'Dyreholderen får vite at det er kommet et tips, men ikke hvem som har tipset.'],
    ['nn', 'Namnet på tipsaren blir lagra i saka, og varselet om tilsyn blir sendt til dyrehaldaren utan opplysningar om tipsaren.'],
    ['nb', 'Navnet på den som har varslet, sendes til varslingsombudet.'],
    ['nn', 'Tipsaren får namnet på saksbehandlaren og eit saksnummer.'],
    ['nn', 'Identiteten til varslaren blir skjerma, og vi sender berre ei oppsummering til arbeidsgivaren.'],
    ['en', 'The name of the whistleblower is given to the caseworker who handles the report.'],
    ['nn', 'Vi sender statistikk over kven som har tipsa til departementet.'],
    ['nn', 'Klagaren får eit svar frå oss; namnet til klagaren går fram av svarbrevet til klagaren.'],
    // What is sent in a coordinated clause is not the identity; «kven som har meldt frå» of an ordinary report is no tip.
    ['nb', 'Identiteten til varsleren er bare kjent for utvalget, og vi sender en oppsummering til den det er varslet om.'],
    ['en', "The whistleblower's identity is known only to the committee, and we send a summary to the person concerned."],
    ['nb', 'Arbeidsgiveren får vite hvem som har meldt fra om skaden.'],
    // R, session 18: fire-safety concerns (Branntips, OBRE) — the reporter told of the outcome, the identity withheld.
    ['nb', 'Navnet på den som har sendt inn bekymringsmeldingen, gis ikke ut til den meldingen gjelder, jf. offentleglova § 24.'],
    ['en', 'We do not disclose the identity of the person who reported the concern to the owner or occupant.'],
    ['nn', 'Namnet på den som tipsar oss, blir ikkje gitt vidare til den tipset gjeld.'],
    ['nb', 'Den som meldte bekymringen, får vite at saken er fulgt opp; vi gir ikke ut hvem som har meldt.'],
  ],
);

table(
  'a duty to give the data said of a voluntary collection (notice-mandatory saysObliged)',
  saysObliged,
  [
    ['nb', 'Foreldrene plikter å gi opplysningene; gjør de ikke det, kan barnet miste plassen.'], // set: barnehage BH27
    ['nn', 'Du har plikt til å svare på spørsmåla.'],
    ['nb', 'Det er obligatorisk å oppgi fødselsnummer.'],
    ['en', 'You are obliged to provide the data under the Act; a fine may be imposed.'],
    ['nn', 'Opplysningane er lovpålagde.'],
    ['en', 'Passengers are required by law to provide the details.'],
  ],
  [
    ['nb', 'Du har ingen plikt til å gi opplysningene, men uten dem kan vi ikke hjelpe deg.'],
    ['nn', 'Du har inga plikt til å svare; seier du nei, får du same tilbod.'],
    ['en', 'You are not obliged to provide the information; without it we cannot tailor the service.'],
    ['nb', 'Du må oppgi e-postadresse for å få nyhetsbrevet.'],
    ['nb', 'Skolen har plikt til å undersøke saken uansett.'],
    ['en', 'Giving your phone number is not mandatory.'],
    ['nb', 'Det er frivillig å delta; barnehagen har opplysningsplikt til barnevernet uansett.'],
    ['en', 'Parents are obliged to give the data only if they apply for a reduced price.'],
    ['nn', 'Foreldra har plikt til å melde frå om endringar dersom dei søkjer redusert pris.'],
    ['en', 'It is mandatory for staff to report incidents; giving your own account is voluntary.'],
    ['nb', 'Opplysningene er obligatoriske i søknadsskjemaet for å få plass.'],
    ['nb', 'Medlemmene plikter å betale kontingent; opplysningene om helse er frivillige.'],
    ['nb', 'Du plikter å gi beskjed om endringer i inntekten mens du har redusert pris.'],
    ['en', 'You are obliged to tell us of changes to your address.'],
  ],
);

table(
  "what a source gives is someone's data (check/data-got.ts personDataGot, read by notice-art14 and notice-source)",
  (t) => personDataGot(t, 'PPT'),
  [
    ['nb', 'Barnehagen får vedtaket og sakkyndig vurdering fra PPT'], // set: barnehage BH24
    ['nb', 'Vi får opplysninger om barnet fra PPT'],
    ['en', 'We receive the expert assessment of the child from PPT'],
    ['nb', 'Barnehagen får maler for tilrettelegging og vedtaket om barnet fra PPT'],
    ['nn', 'Barnehagen får lista over barna med vedtak frå PPT'],
    ['en', "For blocks of flats we also get tenants' mobile numbers and the figures from PPT"],
  ],
  [
    ['nb', 'Barnehagen får veiledning fra PPT om hvordan hjelpen kan organiseres'],
    ['nb', 'Barnehagen får årsrapporten fra PPT med tall for hele kommunen'],
    ['en', 'We receive general advice from PPT on how to organise the help'],
    ['nb', 'Barnehagen får statistikk fra PPT om antall henvisninger'],
    ['nb', 'Barnehagen får prislisten for kurs fra PPT'],
    ['nb', 'Styreren får råd fra PPT om tilrettelegging, uten opplysninger om enkeltbarn'],
    ['nb', 'Barnehagen får maler for sakkyndig vurdering fra PPT'],
    ['nn', 'Barnehagen får rettleiing og kurs frå PPT'],
    ['en', 'The kindergarten receives training and templates from PPT'],
    ['nb', 'Vi får tilskudd fra PPT til ekstra bemanning'],
  ],
);

table(
  'sending with the controller right after the verb («sender vi …»; B16, session 19)',
  (t) => discloses(t),
  [
    ['nb', 'Når oppfølgingen avsluttes, sender vi en oppsummering av samtalene til brukerens fastlege og NAV-kontor.'], // set: krisesenter KS44
    ['nn', 'Ved avslutning sender me ei oppsummering av samtalane til fastlegen.'],
    ['nb', 'Hver måned sender vi en liste over deltakerne til forsikringsselskapet.'],
  ],
  [
    ['nb', 'Vi sender ikke en oppsummering av samtalene til fastlegen.'],
    ['nb', 'Når oppfølgingen avsluttes, sender vi en oppsummering av samtalene til brukeren selv.'],
    ['nb', 'Når du ber om det, sender vi en oversikt over opplysningene til deg.'],
    ['nb', 'Vi sender en påminnelse om timen til brukeren på SMS.'],
    ['nb', 'Hvert år sender vi en anonymisert statistikk over antall brukere til Bufdir.'],
    ['nb', 'Vi sender vi ikke opplysninger til NAV uten at du ber om det.'],
    ['nn', 'Ved avslutning sender me ei oppsummering av samtalane til deg på e-post.'],
    ['en', 'After the last talk we send a summary of the talks to you by post.'],
  ],
);

// X1, session 19 (N2a's review of session 18: c-k02, c-k03, c-k07): what a sign says and what a training teaches is no
// disclosure by the activity (recipients-stated notTaught, then facts.ts discloses); the words outside them still read.
table(
  'what a sign says or a training teaches is no disclosure (recipients-stated notTaught)',
  (t) => discloses(notTaught(t)),
  [
    ['nb', 'Skilt ved inngangen er satt opp. Vi utleverer opptak til politiet ved innbrudd.'],
    ['nb', 'Vi gir opplæring til vektere, og vi sender rapporten om hendelsen til politiet.'],
    ['en', 'We send the incident report to the police.'],
    ['nn', 'Skiltet er sett opp ved inngangen; opptak blir utleverte til politiet ved innbrot.'],
    // A heading that is no sign's alone (another subject joined by «og», or the sign not its first word): the activity's own.
    ['nb', 'Skilt og kameraovervåking: opptak utleveres til politiet ved innbrudd.'],
    ['nb', 'Kameraovervåking med skilt: opptak utleveres til politiet ved innbrudd.'],
    // What follows a training's topic or a sign's words in the same sentence (N3's review, session 19): still read.
    ['nb', 'Vi gir kursdeltakerne opplæring i hvordan regnskapsprogrammet brukes, og sender deltakerlisten til politiet.'],
    ['en', 'Training on how to use the software is given by our staff, and we send the list of participants to the police.'],
    ['nn', 'Kursa lærer deltakarane korleis dei fører rekneskap, og deltakarlista blir send til politiet.'],
    ['nb', 'Plakaten informerer om kurset; påmeldingene sendes til politiet.'],
    ['nn', 'Skilt ved inngangen: området er kameraovervåka, og vi sender opptak til politiet ved innbrot.'],
    ['nb', 'Øvelse: vi sender navnelisten over deltakerne til politiet.'],
  ],
  [
    ['nn', 'Skilt ved kassane: Alle som vert tekne i nasking, blir melde til politiet.'],
    ['en', 'Sign at the entrance: shoplifters caught in the act will be reported to the police.'],
    ['en', "Training for security guards on the rules for a citizen's arrest and on how to hand a person over to the police."],
    ['nb', 'Skiltet ved inngangen sier at alle som stjeler, blir anmeldt til politiet.'],
    ['en', 'A sign at the till warns that shoplifters will be reported to the police.'],
    ['nn', 'Opplæring for tilsette i korleis ein melder frå til politiet ved ran.'],
    ['nb', 'Kurs for ansatte om når man skal gi opplysninger til politiet.'],
    ['en', 'Staff are trained in how to notify the police of a robbery; we record who completed the course.'],
    ['nb', 'Plakat i resepsjonen: Hærverk blir meldt til politiet.'],
    ['nb', 'Skilt om kameraovervåking er satt opp ved inngangen.'],
    ['nn', 'Opplysningane blir ikkje delte; tilsette får opplæring i personvern.'],
    ['nb', 'Ansatte får opplæring i personvern og i hvordan de varsler Datatilsynet om avvik.'],
    ['nn', 'Rettleiing for tilsette om korleis ein gir opplysningar til politiet når dei ber om det.'],
    ['en', 'Courses for employees on when to share information with the police.'],
    ['nb', 'Skilt på døra: Innbrudd blir anmeldt til politiet.'],
    ['nn', 'Lære opp vektarar i når dei skal overlevere personar til politiet.'],
    ['nn', 'Kundesenter. Skilt ved kassane: Alle som vert tekne i nasking, blir melde til politiet.'],
  ],
);
