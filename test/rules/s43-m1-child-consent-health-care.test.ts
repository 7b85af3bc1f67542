import { describe } from 'vitest';
import { textRegistry } from '../helpers/sentence-registry.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 43 (M1): child-consent-age judges a recorded `childConsentAge` against 16 in health care (pasient- og
 * brukerrettighetsloven § 4-3 first paragraph (b): «personer mellom 16 og 18 år» consent to «helsehjelp»; from 12 under
 * (c)). Session 42 widened what names health care to the health professions' own care (physiotherapy, rehabilitation,
 * the health clinic); this closes the class both ways. It names care for a dentist and a dental hygienist too (health
 * personnel whose care is «helsehjelp» as a physiotherapist's is), not «rehabilitering av skolebygget» (building work)
 * or «habilitet» (a case officer's impartiality); and a consent in a care activity to something other than the care (a
 * newsletter, photos on the web, a survey) is consent to processing, where Art. 8 (13, online) or no age in law applies.
 * Each cell is an activity «title | purpose» with health data and a consent from 13, in other domains, nb, nn and en.
 */
const run = textRegistry('ropa-s43-m1-child-care-');
const activity = (id: string, text: string): string => {
  const [title, purpose] = text.split(' | ');
  return `id: ${id}
title: ${JSON.stringify(title)}
status: active
purposes:
  - id: p
    description: ${JSON.stringify(purpose)}
    legalBasis:
      - gdpr: A6-1-a
        consentWithdrawal: Den som samtykket, kan trekke samtykket ved å si fra.
        childConsentAge: 13
      - gdpr: A9-2-a
        consentWithdrawal: Den som samtykket, kan trekke samtykket ved å si fra.
        childConsentAge: 13
dataSubjects: [youth]
dataCategories: [health]
recipients: none
`;
};
const catalogues = {
  'c.yaml': `dataSubjects:
  youth:
    name: Ungdom
dataCategories:
  health:
    name: Helseopplysninger
    specialCategory: health
`,
};
const findingsOf = (texts: Record<string, string>) =>
  run(texts, { org: 'Solvik kommune', rule: 'child-consent-age', activity, catalogues, today: '2026-12-05' });

describe('a recorded childConsentAge of 13 in health care, and near it (child-consent-age)', () => {
  readsAndSilent(
    findingsOf,
    [
      'Tannpleier for ungdom | undersøkelse og rens hos tannpleieren',
      'Tannpleiar for ungdom | undersøking og reins hjå tannpleiaren',
      'Tannlegebehandling for barn og unge | undersøke og behandle tennene',
      'Dentist appointments for young people | examine and treat the teeth',
      'Fysioterapi for barn og unge | rettleie foreldra i heimeøvingar med video av barnet',
      'Rehabilitering etter idrettsskader | opptrening og oppfølging etter skaden',
      'Rehabilitation after sports injuries | training and follow-up after the injury',
      'Helsestasjon for ungdom | samtaler med helsesykepleier',
    ],
    [
      'Rehabilitering av skolebygget | elevene sier hva de trenger i det nye bygget, også om allergier',
      'Rehabilitering av symjehallen | ungdomane seier kva dei treng, også om allergiar',
      'Rehabilitation of the swimming pool | young users tell us what they need, allergies included',
      'Habilitetsvurdering i ungdomsrådet | registrere forhold som kan gjøre et medlem inhabilt',
      'Tannlegeklinikken Smil | sende nyhetsbrev om tannhelse til ungdom som melder seg på',
      'Psychologist practice | publish photos from our youth group on Instagram',
      'Fysioterapeutane i Solvik | brukarundersøking blant ungdom som har fått fysioterapi',
      'Physiotherapy clinic | send our newsletter to young members who sign up',
    ],
  );
});
