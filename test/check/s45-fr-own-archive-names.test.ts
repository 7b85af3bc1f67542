import { describe, expect, it } from 'vitest';
import { textRegistry } from '../helpers/sentence-registry.js';
import { keptInArchive, STORY } from '../helpers/rule-registries.js';

/**
 * Session 45, FR (issue #12): permanent-retention-basis `own-archive` (an error) took an archive for a private body's own
 * where its name began with one of the body's names. Now the body's own name is matched against an archive institution:
 * never own where the archive is an institution by its kind (a municipal or county archive, an IKA, Arkivverket, a private
 * archive institution, a national library), said to be deposited or handed over, or another body that bears the name (a
 * museum, a foundation); own where named with the body's name less its company form, as the archive of the body, or as
 * ours. Each cell is the archive of one permanent entry with no law, in a private body's record (legitimate interest, no
 * Art. 89 safeguards).
 */
const archives = textRegistry('ropa-s45-fr-own-archive-');
const ownIn = (org: string, organisation: string, cells: Record<string, string>) =>
  archives(cells, {
    org,
    organisation,
    publicAuthority: false,
    rule: 'permanent-retention-basis',
    activity: keptInArchive,
    catalogues: STORY,
    today: '2026-12-05',
  });
const check = (org: string, organisation: string, own: Record<string, string>, silent: Record<string, string>): void => {
  const findings = ownIn(org, organisation, { ...own, ...silent });
  const on = (id: string) => findings.filter((f) => f.activity === id).map((f) => f.messageId);
  for (const [id, text] of Object.entries(own)) it(`own: ${org}: ${text}`, () => expect(on(id)).toEqual(['gaps.permanent-retention-basis.own-archive']));
  for (const [id, text] of Object.entries(silent)) it(`not own: ${org}: ${text}`, () => expect(on(id)).toEqual([]));
};

describe('a private body’s own archive by its own name, not by a name’s opening (permanent-retention-basis own-archive)', () => {
  check(
    'Hurtigruten AS',
    'shortName: Hurtigruten\n',
    { h1: 'Hurtigrutens historiske arkiv', h2: 'Arkivet til Hurtigruten', h3: 'Vårt eget bildearkiv' },
    {
      h4: 'Hurtigruten Museum',
      h5: 'Hurtigrutens arkiv, deponert i Norsk Maritimt Museum',
      h6: 'Hurtigruten-samlinga hos Arkivverket',
      h7: 'Hurtigruten historielag',
    },
  );
  check(
    'Kongsberg Gruppen ASA',
    'shortName: Kongsberg\n',
    { k1: 'Kongsbergs konsernarkiv', k2: 'Our in-house archive' },
    { k3: 'Kongsberg kommunearkiv', k4: 'Kongsberg kommune, byarkivet', k5: 'IKA Kongsberg' },
  );
  check(
    'Fjellstad Bil AS',
    '',
    { f1: 'Fjellstad Bils arkiv', f2: 'The archive of Fjellstad Bil' },
    { f3: 'Fjellstad Bilmuseum', f4: 'Fjellstad Bil Stiftelsen', f5: 'Fjellstad Bils arkiv, avlevert til Arbeiderbevegelsens arkiv og bibliotek' },
  );
  check(
    'Bergen Kino AS',
    'shortName: Bergen Kino\n',
    { b1: 'Bergen Kinos arkiv' },
    { b2: 'Bergen byarkiv', b3: 'Statsarkivet i Bergen', b4: 'Bergen Kinomuseum', b5: 'Nasjonalbiblioteket' },
  );
});
