import { describe } from 'vitest';
import { textRegistry } from '../helpers/sentence-registry.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 41, B8 (bodies/sandefjord-sommerskole, written blind: a false alarm at first sight): a consent about children
 * whose words address the reader as the child's parent («at ditt barn har allergi …, må du gi samtykke») say who consents
 * for the child, as «foresatte samtykker» does (vergemålsloven § 9, barnelova § 33; GDPR Art. 8(1) and personopplysningsloven
 * § 5 only for online services). Each cell is the note of an activity's consent basis (A6-1-a), its data subjects children
 * with no stated age. SILENT: «you» consent beside «your child», nb, nn, en, in other domains (a culture school, a
 * kindergarten, a sports club, a library, a swimming course, a school newsletter, a camp, a music school). READ: nobody named,
 * the child alone, «you» not asked («Du trenger ikke gi samtykke for ditt barn»), «you» only told.
 */
const run = textRegistry('ropa-s41-b8-your-child-');
const findingsOf = (texts: Record<string, string>) =>
  run(texts, {
    org: 'Vestvik kommune',
    rule: 'child-consent-age',
    catalogues: { 'subjects.yaml': 'dataSubjects:\n  children:\n    name: Barn som meldes på\n    children: true\n' },
    activity: (id, text) => `id: ${id}
title: Påmelding
status: active
purposes:
  - id: sak
    description: registrere påmeldingen
    legalBasis:
      - gdpr: A6-1-a
        note: ${JSON.stringify(text)}
recipients: none
dataSubjects:
  - children
`,
  });

describe('«you» consent beside «your child»: the parents consent (child-consent-age)', () => {
  readsAndSilent(
    findingsOf,
    [
      'Vi ber om samtykke før vi publiserer bilder fra leiren.',
      'Du trenger ikke gi samtykke for ditt barn; vi spør barnet selv.',
      'Ditt barn kan selv samtykke til at bildet publiseres i klasseappen.',
      'Barnet ditt vert spurt om samtykke før biletet blir brukt.',
      'Your child agrees to the photo being shared in the class app.',
      'Samtykke innhentes før bildene publiseres, og du får beskjed om det.',
      'Your child can consent to the newsletter; you will get a copy of the message.',
    ],
    [
      'Dersom Sandefjord kommune skal behandle personsensitive opplysninger, som f.eks. at ditt barn har allergi eller andre behov Sommerskolen må vite om, må du gi samtykke til at slik informasjon samles inn.',
      'Dersom barnet ditt skal være med på konserten i kulturskolen, må du gi samtykke til at navnet trykkes i programmet.',
      'Viss barnet ditt har matallergi, ber vi om samtykket ditt til at barnehagen registrerer det.',
      'If your child takes part in the tournament, you consent to us publishing the results list on the club website.',
      'Du samtykker på vegne av dine barn når du registrerer dem som lånere i biblioteket.',
      'Du gjev samtykke for borna dine når du melder dei på symjekurset.',
      "We ask for your consent before your child's photo is used in the school newsletter.",
      'Vi trenger samtykke fra deg før barnet ditt kan være med på leirskolen.',
      'Your children can join the music school band once you have agreed to the rehearsal recordings.',
    ],
  );
});
