import { table } from '../helpers/reader-table.js';
import { revealsIn } from '../../src/check/prose-category.js';

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
