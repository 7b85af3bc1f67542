import { describe } from 'vitest';
import { sentenceRegistry } from '../helpers/sentence-registry.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 46, FR2 (issue #12; variants-bilverksted BV58, BV59, known misses since session 45): a child consenting alone
 * to an online service below the 13 of personopplysningsloven § 5 (GDPR Art. 8(1)), said as the act that gives the
 * consent rather than with the word: a box ticked for something on the child's own («tick the box for offers on their
 * own», «krysse av for tilbod sjølve»), or a button whose label agrees («by pressing "Yes, I agree"», «ved å trykke på
 * «Jeg godtar»»); and the young named by who they are in the service («young visitors», «young players») after an opening
 * place («In the kids' corner, …»). Each cell is the description of a private firm's club or game activity on consent.
 * READ: the child's own act with an age under 13 or none. SILENT: a parent ticks or presses, an age of 13 or more, adults,
 * a denial, the act away from the service.
 */
const registryOf = sentenceRegistry('ropa-s46-fr2-child-act-');
const findingsOf = (texts: Record<string, string>) =>
  registryOf(texts, {
    org: 'Fjellstad Bil AS',
    language: 'en',
    title: 'Junior club app',
    purpose: 'send offers and keep game scores',
    rule: 'child-consent-age',
    publicAuthority: false,
    legalBasis: '      - gdpr: A6-1-a\n        consentMethod: opt-in\n        consentWithdrawal: Untick the box in the app.\n',
  });

describe('a child consents alone by ticking a box or pressing an agree button (child-consent-age)', () => {
  readsAndSilent(
    findingsOf,
    [
      'Children aged 10 and up can join the junior club online and tick the box for offers on their own.',
      'Barn fra 10 år kan bli med i juniorklubben på nettet og krysse av for tilbud selv.',
      'Born frå 9 år kan lagre namnet sitt i spelet på nettsida ved å trykkje på «Ja, eg samtykkjer».',
      'In the kids’ corner, young visitors who play the racing game can save their name and best lap by pressing "Yes, I agree".',
      'Children from 8 can save their scores in the app by clicking "I accept".',
    ],
    [
      'Parents of children aged 10 and up can join the junior club online and tick the box for offers on their own.',
      'Young people aged 13 and up can join the junior club online and tick the box for offers on their own.',
      'Adults can join the club online and tick the box for offers on their own.',
      'In the kids’ corner, a parent saves the child’s name and best lap by pressing "Yes, I agree".',
      'Children aged 10 cannot tick the box for offers on their own.',
    ],
  );
});
