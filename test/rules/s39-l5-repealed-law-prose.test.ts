import { describe, expect, it } from 'vitest';
import { ruleMatrix } from '../helpers/rule-matrix.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 39 (L5): a repealed law named in an activity's own words is a finding of repealed-law as a structured citation is
 * (`prose-replaced`, `prose-repealed`; src/check/prose-law.ts). The law is named by its short title (both written
 * standards, a genitive), by its title and year where that picks out an older act of the same title («kommuneloven av
 * 1992»), by its Lovdata id or as Lovdata writes it in running text («lov 25. september 1992 nr. 107»). A law told as
 * history (a word of history before or after it, a clause that tells the past, the successor named beside it) or a law in
 * force is not. Sentences written for this matrix from a school, a hospital, a municipality, a shop and a welfare office,
 * none from a test set (the planted one is variants-verneplikt VP71).
 */
const findingsOf = ruleMatrix('repealed-law', {
  org: 'Nordre kommune',
  language: 'nb',
  title: 'Saksbehandling',
  purpose: 'behandle saker',
  legalBasis: '      - gdpr: A6-1-e\n',
});

const reads: readonly string[] = [
  'Elevane har rett til spesialundervisning etter opplæringslova av 1998.',
  'Kommunen fører møtebok etter kommuneloven av 1992.',
  'Pasientane får heimesjukepleie etter kommunehelsetenestelova.',
  'Butikken registrerer spillerne i samsvar med lotteriloven § 11.',
  'Opplysningene legges fram for kontrollutvalget etter lov 25. september 1992 nr. 107.',
  'The school keeps the register pursuant to LOV-1998-07-17-61.',
  'Sosialkontoret gir økonomisk stønad etter sosialtjenesteloven (1991).',
  'Tjenestemenn ansettes etter tjenestemannsloven.',
  'Hjemmelen for innkallingen er vernepliktslovens § 5.',
  'Barnevernstjenesten undersøker saken etter barnevernloven fra 1992.',
  'We assess the tip under ligningsloven § 3-13 and keep the source secret.',
  'Heimevernssoldatar vert kalla inn etter heimevernlova.',
  'Innkallingen skjer etter lov 17. juli 1953 nr. 29 om verneplikt.',
];
const silent: readonly string[] = [
  'Kommuneloven av 2018 gir kommunestyret ansvaret for kontrollen.',
  'Tidligere fulgte dette av opplæringslova av 1998; nå gjelder opplæringslova.',
  'Forsvarsloven, som erstattet vernepliktsloven i 2017, pålegger oppmøte.',
  'Den gamle kommunehelsetjenesteloven ble opphevet i 2012.',
  'Sosialtjenesteloven av 1991 ble erstattet av sosialtjenesteloven av 2009.',
  'The old personopplysningsloven av 2000 no longer applies; we follow personopplysningsloven.',
  'Fram til 2017 ble de vernepliktige kalt inn etter vernepliktsloven.',
  'Vi følger ikke lenger lotteriloven, men pengespilloven.',
  'Elevane får spesialundervisning etter opplæringslova.',
  'Data are processed under personopplysningsloven and arkivlova.',
  'Heimevernet kaller inn soldater etter forsvarsloven.',
  'Loven gjelder alle elever, og sakene arkiveres etter arkivlova.',
  'Registeret omfatter også opplysninger samlet inn etter tidligere vernepliktsloven.',
  'Under the former tjenestemannsloven, appointments were made by a board.',
];

describe('a repealed law named in an activity’s words (session 39, L5)', () => {
  readsAndSilent(findingsOf, reads, silent);
});

describe('a repealed law named in prose: the message', () => {
  it('names the law, the words, the day and the successor', () => {
    const findings = findingsOf({ m: 'Oppmøte på sesjon er en plikt etter vernepliktsloven.' });
    expect(findings.map((f) => [f.activity, f.messageId])).toEqual([['m', 'gaps.repealed-law.prose-replaced']]);
    expect(findings[0]!.args).toMatchObject({ law: 'LOV-1953-07-17-29', date: '2017-07-01', successor: 'LOV-2016-08-12-77', words: 'vernepliktsloven' });
  });
});
