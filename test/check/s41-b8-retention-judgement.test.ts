import { describe } from 'vitest';
import { textRegistry } from '../helpers/sentence-registry.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 41, B8 (bodies/sogndal-folkehogskule, semi-blind: «Etter endt elevforhold/kurs/arrangement vil vi ta vare på data så
 * lenge vi ser det hensiktsmessig»): keeping for as long as the controller judges fit, in the verbs and words of judgement
 * the reader lacked («ser», «ser på det som», «see fit», «finn det tenleg», «finner det for godt»), sets no time limit and no
 * criterion (GDPR Art. 5(1)(e), 13(2)(a), 30(1)(f)). Each cell is one retention entry's `trigger`. READ: the controller's
 * judgement in nb, nn, en, alone or after the words of keeping or an event. SILENT: the person's relationship, an event the
 * controller does not decide, a need tied to a named task, the person's own judgement, a period.
 */
const run = textRegistry('ropa-s41-b8-retention-');
const findingsOf = (texts: Record<string, string>) =>
  run(texts, {
    org: 'Vestvik folkehøgskule',
    publicAuthority: false,
    rule: 'retention-defined',
    activity: (id, text) => `id: ${id}
title: Elevregister
status: active
purposes:
  - id: sak
    description: handtere forholdet til eleven
    legalBasis:
      - gdpr: A6-1-b
recipients: none
retention:
  - trigger: ${JSON.stringify(text)}
`,
  });

describe('keeping while the controller judges fit sets no limit (retention-defined)', () => {
  readsAndSilent(
    findingsOf,
    [
      'så lenge vi ser det hensiktsmessig',
      'så lenge vi ser det som nødvendig',
      'så lenge vi ser på det som formålstenleg',
      'så lenge vi finn det tenleg',
      'så lenge me ser det naudsynt',
      'så lenge vi finner det for godt',
      'as long as we see fit',
      'for as long as the company sees fit',
      'så lenge vi anser det som tjenlig',
      'Etter endt kurs tek vi vare på opplysningane så lenge vi ser det hensiktsmessig',
    ],
    [
      'så lenge vi har eit elevforhold med deg',
      'så lenge kundeforholdet varer',
      'så lenge vi ser at du er aktivt medlem',
      'så lenge vi finner det nødvendig for å behandle klagen din',
      'så lenge du ser det som nyttig å få nyhetsbrevet, til du melder deg av',
      'til kurset er avslutta',
      'as long as we see you at the gym at least once a year',
      'så lenge vi ser det nødvendig for å gjennomføre kurset du er påmeldt',
    ],
  );
});
