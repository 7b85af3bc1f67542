import { table } from '../helpers/reader-table.js';
import { recordsOffences } from '../../src/rules/criminal-data-basis.js';
import { namedAsParty } from '../../src/rules/renamed-body.js';

/**
 * Readings widened after variants-bpa's blind run (B25, session 23), each with the lawful wordings that share its words
 * (nb, nn, en):
 * - criminal-data-basis: assistants and care workers as the people recorded («When an assistant is suspected of stealing
 *   from a user, the report records … whether the matter was reported to the police»: BP32), as «employees» were before;
 * - renamed-body: a matter that «goes to» a body («complaints about its decisions go to Fylkesmannen», «klagen går til
 *   Fylkesmannen») and complaining to it, as sending or appealing to it was read before (BP57).
 */
table(
  'offences recorded about people: assistants and care workers (criminal-data-basis recordsOffences)',
  recordsOffences,
  [
    ['en', 'When an assistant is suspected of stealing from a user, the report records the suspicion and whether the matter was reported to the police.'],
    ['en', 'We record assistants suspected of theft from users.'],
    ['nb', 'Vi registrerer assistenter som er mistenkt for tyveri fra brukeren.'],
    ['nn', 'Rapporten fører opp kva for assistent som er mistenkt for tjuveri frå brukaren.'],
    ['en', 'We record employees who have been caught stealing from the till'],
  ],
  [
    ['en', 'Prevent stealing from users in their homes.'],
    ['en', 'Users who have had money stolen can report it to us.'],
    ['nb', 'Forebygge at noen stjeler fra brukerne.'],
    ['en', 'We keep no record of assistants suspected of theft.'],
    ['nn', 'Kurs for vektarar om korleis dei handterer personar som blir tekne i å stele'],
    ['en', 'Assistants get training in how to prevent theft in users’ homes.'],
    ['nn', 'Brukarar som har vore utsette for at nokon stal frå dei, får hjelp til å melde det.'],
  ],
);

table(
  'a renamed body a matter goes to or is complained to (renamed-body namedAsParty)',
  (t) => namedAsParty(t, '2026-12-02') !== undefined,
  [
    ['en', 'We answer complaints and refer the complainant to the municipality; complaints about its decisions go to Fylkesmannen.'],
    ['en', 'Users can complain to Fylkesmannen about the decision.'],
    ['nb', 'Klager på vedtaket går til Fylkesmannen.'],
    ['nn', 'Klagar på vedtaket går vidare til Fylkesmannen.'],
  ],
  [
    ['en', 'Complaints about its decisions go to Statsforvalteren.'],
    ['nb', 'Klager på vedtaket går til Statsforvalteren.'],
    ['en', 'Before 2021 complaints went to Fylkesmannen.'],
    ['en', 'Complaints do not go to Fylkesmannen any longer.'],
    ['nb', 'Vi går gjennom klagen før den sendes til Statsforvalteren.'],
    ['en', 'We go to the user’s home to talk about the complaint.'],
  ],
);
