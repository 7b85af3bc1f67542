import { describe, expect, it } from 'vitest';
import { revealsIn } from '../../src/check/prose-category.js';

/**
 * Session 40, R35 (check/lexicon-special.ts): special categories said in the words of their family, not their category's
 * name. The planted misses were variants-sameting SM47 (Sami background, siida), SM50 (the prayer house one belongs to),
 * SM51 (suspected election fraud), variants-lading EV42 (a face scan, a template compared at each log-in), EV43 (who is
 * «organisert»). The cells below are other domains' wordings of each family (a school, a hospital, a shop, a municipality,
 * a bank), bokmål, nynorsk and English; the near misses are lawful sentences that must stay silent.
 */
const kinds = (t: string) => revealsIn(t, true).map((r) => r.kind);

const cells: [string, string[], string[]][] = [
  [
    'racial-or-ethnic-origin',
    [
      'Skolen registrerer om eleven har kvensk bakgrunn.',
      'Kommunen noterer kva for elevar som har skogfinsk opphav.',
      'The hospital asks whether the patient is of Sami descent.',
      'Banken fører opp om kunden er samisk.',
      'Vi spør om søkjaren har romani bakgrunn.',
      'Applicants are asked about their Kven heritage at the interview.',
      'The school records whether each pupil is Sami.',
      'Søknadsskjemaet spør kva siida søkjaren høyrer til.',
      'Kommunen fører hvilken siida familien tilhører.',
    ],
    [
      'Skolen tilbyr samisk språk som fag.',
      'Vi arrangerer kurs om samisk kultur og historie.',
      'Vi spør ikke om samisk bakgrunn.',
      'Statistikk over hvor mange som har kvensk bakgrunn publiseres av SSB.',
      'Kommunen vurderer om svara er samisk språkleg korrekte.',
      'The library stocks books in Sami languages.',
      'Vi sjekker om fakturaene er de samme.',
    ],
  ],
  [
    'religious-or-philosophical-beliefs',
    [
      'Skolen fører hvilken menighet familien tilhører.',
      'Sjukehuset noterer kva kyrkjelyd pasienten høyrer til.',
      'The school records which mosque the pupil attends.',
      'Members may state the congregation they belong to.',
      'Kommunen registrerer hvilket bedehus søkeren går på.',
      'The bank notes the synagogue the customer is a member of.',
      'Vi fører den forsamlingen medlemmet er medlem i.',
      'Vi noterer kva trussamfunn dei tilsette er medlemmer av.',
    ],
    [
      'The parish the school belongs to holds its service in December.',
      'Vi leier lokaler i bedehuset til årsmøtet.',
      'Kirken er en av våre leverandører.',
      'Vi spør ikke om hvilken menighet du tilhører.',
      'The union they belong to negotiates their pay.',
      'Konfirmantane går i kyrkja på søndag i november.',
    ],
  ],
  [
    'trade-union-membership',
    [
      'Skolen fører oversikt over hvem som er organisert.',
      'Sjukehuset registrerer kven som er fagorganiserte og i kva forbund.',
      'HR keeps a list of which employees are unionised.',
      'Kommunen noterer hvilke ansatte som er organisert i en fagforening.',
      'Banken fører hvilket forbund den ansatte er medlem i.',
      'The shop records who is in a union, so that dues can be deducted.',
      'Vi registrerer hvilke sjåfører som er organisert, og kontingenten trekkes i lønn.',
      'Vi fører kva for tilsette som er organiserte.',
    ],
    [
      'Vi registrerer hvem som er organisert i arbeidslag.',
      'Arbeidet er organisert i team.',
      'Vi fører ikke oversikt over hvem som er organisert.',
      'Statistikk over hvor mange som er organisert, sendes til styret.',
      'Medlemmer av Fagforbundet får rabatt på kurs.',
      'Who is organising the summer party is decided in May.',
    ],
  ],
  [
    'biometric',
    [
      'Adgangskontrollen tar en ansiktsskanning av hver ansatt.',
      'Skulen nyttar irisskanning ved inngangen til eksamenslokalet.',
      'The bank verifies callers with a voiceprint.',
      'Sjukehuset lagrar stemmeavtrykket til dei tilsette for pålogging.',
      'The gym takes a palm vein scan at each visit.',
      'Vi lagrer malen og sammenligner hver innlogging mot den.',
      'The shop keeps a face template and matches each visit against it.',
      'Kommunen brukar fingerskanner for å stemple inn.',
    ],
    [
      'Vi lagrer ikke ansiktsskanning.',
      'The email template is compared with last year’s newsletter.',
      'Malen for brevene sjekkes av juristen.',
      'Lageret bruker håndskannere til strekkoder.',
      'The app uses voice recognition to transcribe notes.',
      'Et kurs om ansiktsskanning holdes i mars.',
    ],
  ],
  [
    'criminal-offence',
    [
      'Mistanke om trygdesvindel registreres i saken.',
      'Suspected benefit fraud is recorded against the claimant.',
      'Butikken noterer mistanke om naskeri og tyveri.',
      'Mistanke om dokumentfalsk blir ført i journalen med namnet.',
      'Banken registrerer kunder som er mistenkt for skattesvik.',
      'Suspicion of election fraud is logged with the voter’s name.',
      'The municipality records suspected tax evasion by named businesses.',
      'Mistanke om valjuks vert notert med namnet på veljaren.',
    ],
    [
      'Rutiner for mistanke om trygdesvindel ligger i kvalitetssystemet.',
      'Kurs om forfalskning holdes for de ansatte.',
      'Vi har ingen mistanke om svindel.',
      'Statistikk over antall saker om valgfusk sendes departementet.',
      'Training on tax evasion is given each spring.',
      'Vi forebygger ID-tyveri med tofaktorinnlogging.',
    ],
  ],
];

for (const [kind, read, silent] of cells)
  describe(`${kind} in its family's words (R35, session 40)`, () => {
    it.each(read)('reads «%s»', (t) => expect(kinds(t)).toContain(kind));
    it.each(silent)('stays silent on «%s»', (t) => expect(kinds(t)).not.toContain(kind));
  });
