import { describe } from 'vitest';
import { claimCategoryFindings } from '../helpers/rule-registries.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 45, FR (issue #12): M2's colon guard (session 44) silences a claim's type or cause written as a field and its
 * value («Skadeårsak: tyveri»). It took any value of up to five words that named no copula or conviction, so an offence
 * with its doer after the colon went unread though read without the heading («tyveri utført av ansatt», «employee theft»,
 * «kundens tyveri», «gjerningsperson pågrepet»); and it knew only five heads and five words, so a longer list of losses or
 * another heading («Type skade», «Skadeart», «Skadens årsak», «Årsak til skaden») was read as the insured's offence. Each
 * cell is the name of the only data category of an insurer's claims register (criminal-data-basis). READ: a doer, an
 * arrest, a report after the heading. SILENT: losses after any of the claim heads, up to twelve words.
 */
const claimFindings = claimCategoryFindings('ropa-s45-fr-claims-');

describe('a claim cause after a colon: the loss is silent, a doer is read (criminal-data-basis)', () => {
  readsAndSilent(
    claimFindings,
    [
      'Skadeårsak: tyveri utført av ansatt',
      'Cause of loss: employee theft',
      'Skadeårsak: innbrudd, gjerningsperson pågrepet',
      'Skadeårsak: tyveri, sjåføren anmeldt',
      'Skadeårsak: kundens tyveri',
      'Skadeårsak: tjuveri gjort av leigetakar',
      'Skadeårsak: tyveri begått av forsikringstakeren',
    ],
    [
      'Skadeårsak: tyveri, brann, vannskade, storm eller hærverk på bil og båt',
      'Type skade: innbrudd',
      'Årsak til skaden: tyveri',
      'Skadens årsak: tyveri',
      'Skadeart: tyveri',
      'Type of claim: theft or burglary',
      'Skadeårsak: innbrudd i bolig, tyveri fra bil eller brann i hytte',
      'Skadeårsak: tyveri; skadedato; skadested',
    ],
  );
});
