import { table } from '../helpers/reader-table.js';
import { discloses, publishes } from '../../src/check/facts.js';
import { readText } from '../../src/check/prose-activity.js';
import { revealsIn } from '../../src/check/prose-category.js';

/**
 * F12's narrowings of session 22 (#12, no false alarm), each with lawful wordings (nb, nn, en) that must not read and the
 * true wordings near them that must: a union member by role, a membership said to be voluntary or the person's own choice
 * (special-category-condition); a study trip, a lecture or published tables with a party abroad (processor-location's
 * places); a task moved to another body in the past, a meeting schedule sent out (recipients-stated's disclosures). The same
 * lawful wordings, run through `ropa gaps`, are the regression registries test/fixtures/corpus/bodies/lawful-wordings-s22-f*.
 */

const union = (t: string): boolean => revealsIn(t, true).some((r) => r.kind === 'trade-union-membership');

table(
  'a union member by role, a voluntary membership, a membership the person decides is no one’s membership (revealsIn)',
  union,
  [
    ['en', 'We record whether the employee is a union member.'],
    ['nb', 'Vi registrerer om den ansatte er et fagforeningsmedlem.'],
    ['nb', 'Vi registrerer medlemskap i fagforening for trekk.'],
    ['nb', 'Fagforeningsmedlemskap er frivillig, men vi trekker kontingent til fagforeningen.'],
    ['en', 'New employees decide themselves whether they are members of a union; we deduct union dues only if they ask us to.'],
    ['nn', 'Vi registrerer kven som er medlem i ei fagforeining.'],
    ['nb', 'Han deltar som et medlem av fagforeningen.'],
    ['nb', 'Vi registrerer om de er medlem av en fagforening.'],
  ],
  [
    ['en', 'The interview panel includes a union member if the candidate wishes.'],
    ['nb', 'Intervjupanelet har med et medlem av fagforeningen hvis kandidaten ønsker det.'],
    ['nn', 'Intervjupanelet har med eit fagforeiningsmedlem dersom kandidaten ønskjer det.'],
    ['nb', 'Et fagforeningsmedlem fra den lokale klubben sitter i intervjupanelet.'],
    ['en', 'The offer letter says that trade union membership is voluntary.'],
    ['nb', 'Tilbudsbrevet sier at medlemskap i en fagforening er frivillig.'],
    ['nn', 'Tilbodsbrevet seier at fagforeiningsmedlemskap er frivillig.'],
    ['nb', 'Fagforeningsmedlemskap er en privatsak for den enkelte.'],
    ['en', 'Union membership is a private matter for each employee.'],
    ['nb', 'Nyansatte bestemmer selv om de er medlem av en fagforening.'],
    ['nn', 'Nytilsette avgjer sjølve om dei er medlem i ei fagforeining.'],
    ['nb', 'Det er frivillig å være medlem av en fagforening.'],
    ['nn', 'Det er valfritt å vere medlem i ei fagforeining.'],
  ],
);

const abroad = (t: string): boolean => readText.place(t).length > 0;

table(
  'a study trip, a lecture or published tables with a party abroad hand it no data (prose-activity places)',
  abroad,
  [
    ['nb', 'Etter besøket sender vi rapporten til myndighetene i Serbia.'],
    ['nb', 'De publiserte søknadene kan leses av myndighetene i Serbia.'],
    ['nb', 'Myndighetene i Serbia får tilgang til tabellene.'],
    ['en', 'After the visit we send the case files to the prison authorities in Serbia.'],
    ['nn', 'Vi sender dommen til fengselsstyresmaktene i Serbia.'],
  ],
  [
    ['nb', 'Ansatte var på studietur til fengselsmyndighetene i Serbia i 2024.'],
    ['nn', 'Dei tilsette var på studietur til fengselsstyresmaktene i Serbia i 2024.'],
    ['en', 'Staff went on a study trip to the prison authorities in Serbia in 2024.'],
    ['nb', 'En representant for fengselsmyndighetene i Serbia holdt et foredrag for de ansatte om soningsforhold.'],
    ['en', 'An official of the prison authority in Serbia gave a lecture to our staff.'],
    ['nb', 'Myndighetene i Serbia kan lese de publiserte tabellene.'],
    ['nn', 'Styresmaktene i Serbia kan lese dei publiserte tabellane.'],
    ['en', 'The authorities in Serbia can read the published tables.'],
  ],
);

table(
  'a task moved to another body in the past, a meeting schedule sent out, disclose no one’s data (discloses)',
  (t) => discloses(t),
  [
    ['nb', 'Kemnerfunksjonen ble overført til Skatteetaten i 2020, og vi sender restanselistene til Skatteetaten.'],
    ['nn', 'Oppgåva vart flytta til Skatteetaten i 2020, og vi sender restanselistene til Skatteetaten.'],
    ['nb', 'Deltakerlisten sendes lokalavisen.'],
    ['en', 'The list of participants is sent to the local newspaper.'],
  ],
  [
    ['nb', 'Før kemnerfunksjonen ble overført til Skatteetaten i 2020, lå innkrevingen hos kommunen.'],
    ['nn', 'Før kemnerfunksjonen vart overført til Skatteetaten i 2020, låg innkrevjinga hos kommunen.'],
    ['en', 'Before the tax collection function was transferred to the Norwegian Tax Administration in 2020, the municipality collected the tax.'],
    ['nb', 'Møteplanen sendes lokalavisen.'],
    ['nn', 'Møteplanen vert send til lokalavisa.'],
    ['nb', 'Arrangementskalenderen sendes lokalavisen hver måned.'],
  ],
);

// N8's review of F12 (session 22): the law's word for the category, another party's publication, opening hours and a plan.
table(
  'union membership named as a special category in law is no one’s membership (revealsIn)',
  union,
  [['nb', 'Fagforeningsmedlemskap registreres for trekk av kontingent.']],
  [
    ['en', 'Union membership is special-category data under Art. 9(1); we neither ask for it nor record it in recruitment.'],
    ['nn', 'Fagforeiningsmedlemskap er ein særleg kategori personopplysningar; vi verken spør om det eller registrerer det.'],
  ],
);

table(
  'another party’s publication, opening hours or a plan sent out publish or disclose no one’s data (publishes, discloses)',
  (t) => discloses(t) || publishes(t),
  [
    ['nb', 'Navnene som vi har publisert på nettsiden, sendes også til avisen.'],
    ['nb', 'Handlingsplanen med navn på deltakerne sendes statsforvalteren.'],
    ['nb', 'Listen over skjenkesteder og styrerne sendes politiet.'],
  ],
  [
    ['nb', 'Tallene sammenlignes med tall som serbiske myndigheter har publisert, uten at noen opplysninger sendes dit.'],
    ['en', 'We compare our figures with figures published by Statistics Norway.'],
    ['nb', 'Skjenketidene i kommunen sendes politiet til orientering.'],
    ['nb', 'Den rusmiddelpolitiske handlingsplanen sendes statsforvalteren og nabokommunene.'],
  ],
);
