import { describe } from 'vitest';
import { textRegistry } from '../helpers/sentence-registry.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 42, B9 (bodies/kampsportforbundet, blind: «Når din relasjon registreres som avsluttet vil dine data lagres hos
 * oss i inntil 12 mnd. før de slettes», but «I det tilfelle det er knyttet informasjon til deg som skal ivaretas av
 * historiske årsaker (som f.eks. kan gjelde særskilte roller) vil dine data ikke bli slettet»): data a main rule's
 * exceptions keep with no end, with no archive-law basis and no Art. 89 safeguards, are kept for ever against storage
 * limitation (GDPR Art. 5(1)(e), 89(1)). The reader lacked the exceptions of an entry with a period, and the deleting
 * denied in the future or as a rule («vil … ikke bli slettet», «skal ikkje slettast», «will not be deleted», «won't be
 * erased»). Each cell is one retention entry's `exceptions` beside a 12-month period, in other domains (a union, a choir,
 * a museum, a school, a charity, a housing co-operative). READ: the keeping with no end in nb, nn, en. SILENT: a denial
 * bounded by a time, a manner or a condition, an archive or statistics named, what cannot be done, a period.
 */
const run = textRegistry('ropa-s42-b9-exceptions-');
/** A member register kept 12 months after the membership ends, with the activity's words and the entry's exceptions. */
const register = (id: string, words: string | undefined, exceptions: string | undefined): string => `id: ${id}
title: Medlemsregister
${words === undefined ? '' : `description: ${JSON.stringify(words)}\n`}status: active
purposes:
  - id: medlemskap
    description: administrere medlemskapet
    legalBasis:
      - gdpr: A6-1-b
recipients: none
retention:
  - period: P12M
    trigger: medlemskapet avsluttes
    endAction: delete
${exceptions === undefined ? '' : `    mainRule: true\n    exceptions: ${JSON.stringify(exceptions)}\n`}`;
const findingsOf = (texts: Record<string, string>) =>
  run(texts, {
    org: 'Nordvik kor og korps',
    publicAuthority: false,
    rule: 'permanent-retention-basis',
    activity: (id, text) => register(id, undefined, text),
  });

describe("a main rule's exceptions kept with no end (permanent-retention-basis, in words)", () => {
  readsAndSilent(
    findingsOf,
    [
      'I det tilfelle det er knyttet informasjon til deg som skal ivaretas av historiske årsaker (som f.eks. kan gjelde særskilte roller) vil dine data ikke bli slettet.',
      'Opplysningar om tillitsverv i koret skal ikkje slettast.',
      'Resultatlister og rekordar vil ikkje bli sletta.',
      'Bilder fra konserter som er brukt i jubileumsboka vil ikke bli slettet.',
      'Records of honorary members will not be deleted.',
      "A donor's giving history won't be erased.",
      'Data about former board members shall not be deleted.',
      'Opplysninger om æresmedlemmer blir ikke slettet.',
      'Vi sletter aldri opplysninger om styremedlemmer som har gått av.',
      'Vi sletter aldri opplysninger om tidligere styremedlemmer.',
      'Me slettar aldri bileta av tidlegare dirigentar.',
      'Opplysningene om tillitsvalgte skal ikke slettes.',
    ],
    [
      'Opplysninger i en sak som er under behandling blir ikke slettet før saken er avsluttet.',
      'Opplysningane om tillitsvalde skal ikkje slettast før vervet er over.',
      'Protokoller fra årsmøtet vil ikke bli slettet, men avleveres til arkivet etter arkivlova.',
      'Records will not be deleted until the limitation period for claims has expired.',
      'Opplysningane kan ikkje slettast så lenge klagefristen løper.',
      'Bilag vil ikke bli slettet før fristen i bokføringsloven er ute.',
      'Your account will not be deleted automatically.',
      'Opplysningene vil ikke bli slettet uten at du får beskjed.',
      'Opplysningane vil ikkje bli sletta mens saka går.',
      'Tallene i den anonymiserte statistikken vil ikke bli slettet.',
      'Opplysningene slettes aldri tidligere enn fem år etter at medlemskapet er avsluttet.',
      'We never delete records earlier than six years after the last payment.',
    ],
  );
});

/** The same words in an activity's description: read as before, now in the future too. */
const described = (texts: Record<string, string>) =>
  run(texts, {
    org: 'Fjordvik kulturhus',
    publicAuthority: false,
    rule: 'permanent-retention-basis',
    activity: (id, text) => register(id, text, undefined),
  });

describe("the deleting denied in the future in an activity's words (permanent-retention-basis, in words)", () => {
  readsAndSilent(
    described,
    [
      'Kjøpshistorikken til faste kundar vil ikkje bli sletta.',
      'Purchase records of season-ticket holders will not be deleted.',
      'Bildene fra premieren vil ikke bli slettet.',
    ],
    ['Kjøpet vil ikkje bli sletta før pengane er betalte attende.', 'Tickets will not be deleted while the event can still be refunded.'],
  );
});

/**
 * The activity's words say the keeping for ever that an entry's main-rule exceptions record (`words | exceptions`): the
 * record says the keeping as it is, so retention-defined does not ask for it again (permanent-retention-basis asks the
 * basis); with no such exception, or one that says something else, it still asks.
 */
const restated = (texts: Record<string, string>) =>
  run(texts, {
    org: 'Vestvik idrettsforbund',
    publicAuthority: false,
    rule: 'retention-defined',
    activity: (id, text) => {
      const [words, exceptions] = text.split(' | ');
      return register(id, words, exceptions);
    },
  });

describe("words of keeping for ever that a main rule's exceptions record (retention-defined, never in words)", () => {
  readsAndSilent(
    restated,
    [
      'Opplysninger om særskilte roller vil ikke bli slettet.',
      'Records of honorary members will not be deleted.',
      'Resultatlistene blir aldri sletta. | Opplysningar om lisens blir sletta etter eitt år.',
    ],
    [
      'Opplysninger om særskilte roller vil ikke bli slettet. | Opplysninger om særskilte roller vil ikke bli slettet.',
      'Records of honorary members will not be deleted. | Records of honorary members will not be deleted.',
      'Resultatlistene blir aldri sletta. | Resultatlister blir aldri sletta.',
    ],
  );
});
