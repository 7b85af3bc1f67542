import { describe, expect, it } from 'vitest';
import { keptForeverIn } from '../../src/check/kept-forever.js';

/**
 * Issue #12, session 36 (R22): deleting NEVER DONE so far, as a class (kept-forever.ts keptForeverIn, permanent-retention-basis
 * «in-words»): the perfect of a deleting or clearing verb with «aldri», «never» (the data have lain since: «har aldri blitt
 * ryddet», «has never been deleted»), no one deleting («ingen har rydda i», «nobody has ever cleared»), not yet («ennå ikke
 * slettet», «not yet deleted any»), data left lying with no end («blir bare liggende i systemet»). The planted sentence
 * (variants-tingrett VT47 «Besøksloggen har likevel aldri blitt ryddet siden vi gikk over til …») is not among the cells.
 * Beside them the near misses: a deletion after a time, deleting done, never stored, never deleted without archiving, a
 * mishap that never happened, only some allowed to delete, not yet deleted for a reason or until a time, the pluperfect, a
 * period said, the archive law.
 */
const read: readonly (readonly [string, string])[] = [
  ['nb', 'Søknadsarkivet har aldri blitt slettet siden ordningen startet.'],
  ['nn', 'Loggen har aldri vore sletta.'],
  ['nn', 'Lista over deltakarane har aldri vorte rydda sidan laget tok i bruk systemet.'],
  ['en', 'The visitor log has never been deleted.'],
  ['en', 'The old case files have never been cleared since we moved to the new system in 2020.'],
  ['nn', 'Ingen har rydda i lista sidan 2018.'],
  ['nb', 'Ingen har noen gang slettet noe fra gjestelisten.'],
  ['en', 'Nobody has ever cleared the visitor log.'],
  ['en', 'We have not yet deleted any of the recordings.'],
  ['nb', 'Vi har ennå ikke slettet noen av søknadene fra 2019.'],
  ['nn', 'Ingen av søknadene er sletta.'],
  ['nb', 'Søknadene blir bare liggende i systemet etterpå.'],
  ['nn', 'Lista vert liggande att i fellesmappa.'],
];
const silent: readonly (readonly [string, string])[] = [
  ['nb', 'Loggen slettes automatisk etter 30 dager.'],
  ['nb', 'Loggen ble ryddet i 2024 og ryddes årlig.'],
  ['nb', 'Vi har aldri lagret opplysningene.'],
  ['nb', 'Vi sletter aldri uten å arkivere først.'],
  ['nb', 'Vi har aldri slettet noe ved en feil.'],
  ['en', 'We have never deleted anything by mistake.'],
  ['nb', 'Ingen andre enn systemansvarlig kan slette loggen.'],
  ['en', 'No one but the administrator may delete the log.'],
  ['nb', 'Søknadene er ennå ikke slettet fordi klagefristen ikke har gått ut.'],
  ['en', 'The recordings are not yet deleted, as the case is still open.'],
  ['nb', 'Før 2020 hadde ingen ryddet i lista, men nå ryddes den hver måned.'],
  ['nb', 'Søknadene blir liggende i saksmappen til klagefristen er ute.'],
  ['nn', 'Bileta blir liggande på minnekortet i 14 dagar.'],
  ['nn', 'Loggen blir aldri sletta før saka er avslutta.'],
  ['nn', 'Vi har ingen tilgang til å slette opplysningane hos leverandøren.'],
  ['nb', 'Ingen opplysninger slettes før fristen er ute.'],
  ['nb', 'Dokumentene blir liggende i arkivet etter arkivloven.'],
];

describe('retention never done (keptForeverIn, R22 session 36)', () => {
  it.each(read)('reads %s «%s»', (_l, t) => expect(keptForeverIn(t)).toBeDefined());
  it.each(silent)('is silent on %s «%s»', (_l, t) => expect(keptForeverIn(t)).toBeUndefined());
});
