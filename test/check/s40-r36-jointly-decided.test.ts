import { describe } from 'vitest';
import { readsAndSilent } from '../helpers/sentence-matrix.js';
import { ruleMatrix } from '../helpers/rule-matrix.js';

/**
 * Session 40, R36 (the class of variants-sameting SM73): deciding the processing jointly with another body, said without
 * the words «felles behandlingsansvarlige» / «joint controllers» (Art. 26(1): «jointly determine the purposes and means»),
 * while the activity records no joint controller — «avgjør i fellesskap», «bestemmer sammen med X», «i samarbeid med X
 * fastset vi», «jointly decide», «together with X we decide». Cells from a school, a hospital, a shop, a bank and a
 * municipality; near misses decide with the person, name a processor or an independent controller, deny, or decide alone.
 */
const findingsOf = ruleMatrix('joint-controller-arrangement', { org: 'Nordvik kommune', title: 'Kurs', purpose: 'Arrangere kurs.' });

describe('deciding jointly with another body, in words (R36 session 40)', () => {
  readsAndSilent(
    findingsOf.with({ language: 'nb' }),
    [
      'Leirskolen drives sammen med Friluftsrådet, og vi bestemmer i fellesskap hvilke elever som får plass.',
      'I samarbeid med helseforetaket bestemmer vi hvilke opplysninger som registreres om pasientene.',
      'Kommunen og vi avgjør sammen hvem som får tilbud om bolig.',
      'Saman med fylkeskommunen fastset vi kva opplysningar som vert samla inn om søkjarane.',
      'Vi og kjeden bestemmer i lag hva kundeklubben registrerer om medlemmene.',
      'We and the hospital trust jointly decide which data the register holds.',
      'Together with the county we decide who is offered a place and what is recorded about them.',
      'The insurer and we decide together what data are collected about loan applicants.',
    ],
    [
      'Sammen med eleven bestemmer vi hvilket tilbud som passer.',
      'Kurset arrangeres i samarbeid med Læringssenteret AS, som er vår databehandler og avgjør ikke hva som registreres.',
      'Vi bestemmer alene hvilke opplysninger som registreres, men kurset holdes sammen med biblioteket.',
      'Together with the patient we decide what is written in the care plan.',
      'Kommunen og vi avgjør ikke sammen hvem som får plass; kommunen avgjør det alene.',
      'Vi bestemmer sammen med foreldrene hva barnet trenger.',
      'The county runs the school buses; we decide which pupils get a place.',
    ],
  );
});
