import { describe, expect, it } from 'vitest';
import { textRegistry } from '../helpers/sentence-registry.js';

/**
 * Session 40, F1 (law check asked of R33's guard in permanent-retention-basis: words that say the data is never deleted are
 * not read where a retention entry cites a law with the role `archive-duty`). helseregisterloven (LOV-2014-06-20-43, read in
 * the sstraume97/norwegian-laws mirror of 2 July 2026) lays no keeping duty of its own: § 11 lets the King set up the
 * statutory registers (Kreftregisteret «kan» register permanently), § 13 is a duty to report to them, and only § 12 is about
 * archives — it sets up Helsearkivregisteret (Nasjonalarkivet its controller) and lets the King give rules on «bevaring,
 * kassasjon og avlevering av pasientdokumentasjon»; helsearkivforskriften (FOR-2016-03-18-268, given under it) § 6:
 * «Opplysninger i Helsearkivregisteret skal oppbevares i ubegrenset tid», and spesialisthelsetjenesteloven § 3-2 a: the
 * patient archive is kept and handed over «i samsvar med bestemmelser gitt i eller i medhold av arkivlova §§ 12 til 15 og
 * helseregisterloven § 12». So data/norwegian-law.json is right to give `archive-duty` to § 12 only: a retention citing
 * § 12 keeps the words silent; one citing § 11 (a statutory register) does not.
 */
const registryOf = textRegistry('ropa-s40-f1-helsearkiv-');
const SECTIONS = { s12: '§ 12', s11: '§ 11', s13: '§ 13' };
const findings = () =>
  registryOf(SECTIONS, {
    org: 'Helse Vestfjord HF',
    rule: 'permanent-retention-basis',
    today: '2026-12-04',
    activity: (id, section) =>
      `id: ${id}\ntitle: Pasientarkiv\ndescription: Pasientjournalene slettes aldri.\nstatus: active\npurposes:\n  - id: arkiv\n    description: bevare pasientjournaler\n    legalBasis:\n      - gdpr: A6-1-c\n        law:\n          - law: helseregisterloven\n            section: ${JSON.stringify(section)}\nrecipients: none\nretention:\n  - period: P10Y\n    trigger: etter siste innføring\n    endAction: delete\n    law:\n      - law: helseregisterloven\n        section: ${JSON.stringify(section)}\n`,
  }).filter((f) => f.messageId.endsWith('in-words'));
describe('helseregisterloven: an archive duty through § 12 only (F1 session 40, permanent-retention-basis in-words)', () => {
  const f = findings();
  const on = (id: string) => f.filter((x) => x.activity === id).length;
  it('§ 12 (Helsearkivregisteret, helsearkivforskriften § 6) keeps the words silent', () => expect(on('s12')).toBe(0));
  it('§ 11 (the statutory registers) lays no archive duty: the words are read', () => expect(on('s11')).toBe(1));
  it('§ 13 (a duty to report to registers) lays no archive duty: the words are read', () => expect(on('s13')).toBe(1));
});
