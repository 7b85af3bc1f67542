import { describe, expect, it } from 'vitest';
import { keptForeverIn } from '../../src/check/kept-forever.js';

/**
 * Session 38, R29 (variants-ambulanse AM46, AM47): data kept with no end said in words, two classes of kept-forever.ts
 * `keptForeverIn` (read by permanent-retention-basis «in-words» and retention-defined «never-in-words»):
 * - LIFETIME: kept for as long as the controller's own body, unit or system exists or runs («så lenge sentralen finst»,
 *   «så lenge fagsystemet er i drift», «for as long as the company exists»): that ends when the controller decides;
 * - NOT DELETED: the data said not to be deleted, with nothing after that bounds it («vi sletter ikke bildene», «bileta
 *   blir ikkje sletta», «we do not delete the photos»), beside «slettes aldri», «are never deleted» (read since session 30).
 * The planted sentences («Lydopptakene tas vare på så lenge AMK-sentralen finnes …», «Bildene slettes aldri …») are not
 * among the cells. Near misses: the person's relationship or life as the criterion, a period after the lifetime, a time or
 * a condition after «not deleted», a relative clause of a law, a question, anonymising, deleting only with notice.
 */
const read: readonly (readonly [string, string])[] = [
  ['nn', 'Opptaka blir tekne vare på så lenge sentralen finst.'],
  ['nn', 'Vi tek vare på lista så lenge laget eksisterer.'],
  ['nn', 'Loggane blir lagra så lenge fagsystemet er i drift.'],
  ['nb', 'Søknadene oppbevares så lenge stiftelsens sekretariat består, slik at vi kan se tilbake på dem.'],
  ['nb', 'Vi lagrer kopiene så lenge kundesenteret eksisterer.'],
  ['en', 'Data are stored for as long as the company exists.'],
  ['en', 'The call logs are kept as long as the service is in operation.'],
  ['nb', 'Vi sletter ikke bildene.'],
  ['nn', 'Bileta blir ikkje sletta.'],
  ['nn', 'Bileta slettar vi ikkje, fordi dei er nyttige i årsmeldinga.'],
  ['en', 'The photos are not deleted.'],
  ['en', 'We do not delete the photos.'],
  ['en', "We don't erase the recordings, because they are useful."],
];
const silent: readonly (readonly [string, string])[] = [
  ['nb', 'Opplysningene lagres så lenge avtalen består.'],
  ['nb', 'Opplysningene lagres så lenge abonnementet ditt består.'],
  ['nb', 'Kontaktopplysningene lagres så lenge du er medlem i foreningen.'],
  ['nb', 'Journalen lagres så lenge pasienten lever.'],
  ['nb', 'Tegningene lagres så lenge bygget står.'],
  ['nb', 'Bildene tas vare på så lenge virksomheten er i drift, men slettes senest etter fem år.'],
  ['nb', 'Vi sletter ikke bildene før saken er avsluttet.'],
  ['nb', 'Bildene slettes ikke automatisk.'],
  ['nb', 'Vi sletter ikke opplysninger som vi må oppbevare etter bokføringsloven.'],
  ['nb', 'Hvorfor sletter vi ikke bildene?'],
  ['nb', 'Opplysningene slettes ikke, men anonymiseres.'],
  ['nb', 'Vi sletter aldri uten å varsle deg.'],
  ['en', 'We do not delete the photos until the case is closed.'],
  ['en', 'Data are stored for as long as your account exists.'],
];

describe('kept with no end: a body’s lifetime, not deleted (R29 session 38)', () => {
  it.each(read)('reads %s «%s»', (_l, t) => expect(keptForeverIn(t)).toBeDefined());
  it.each(silent)('stays silent on %s «%s»', (_l, t) => expect(keptForeverIn(t)).toBeUndefined());
});
