import { defineRule } from '../check/rule.js';
import { LANGUAGES } from '../i18n/index.js';
import { localText } from '../model/registry.js';
import { join } from '../util/pointer.js';

/**
 * Words that name no purpose at all (Art. 5(1)(b): purposes must be specified and explicit).
 * Matched against the whole description, in any language, ignoring case and punctuation.
 */
const GENERIC = new Set([
  'administration',
  'admin',
  'other',
  'others',
  'misc',
  'miscellaneous',
  'various',
  'general',
  'operations',
  'business purposes',
  'internal purposes',
  'n/a',
  'na',
  'tbd',
  'todo',
  'unknown',
  'administrasjon',
  'annet',
  'anna',
  'andre',
  'diverse',
  'div',
  'drift',
  'generelt',
  'generell',
  'ukjent',
  'interne formål',
  'interne føremål',
  'forretningsformål',
  'ikke relevant',
  'ikkje relevant',
]);

const normalise = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[.,;:!?«»"'()]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

export default defineRule(
  { id: 'purpose-stated', severity: 'error', citation: 'GDPR Art. 30(1)(b); 5(1)(b)', messages: ['none', 'generic'] },
  (ctx, report) => {
    for (const r of ctx.activities) {
      if (r.purposes.length === 0) {
        report.activity(r, '/purposes', 'none');
        continue;
      }
      r.purposes.forEach((p, i) => {
        const texts = LANGUAGES.map((l) => localText(p.description, l)).filter((t): t is string => t !== undefined);
        const generic = texts.find((t) => GENERIC.has(normalise(t)));
        if (generic !== undefined) report.activity(r, join('/purposes', i, 'description'), 'generic', { purpose: p.id, text: generic });
      });
    }
  },
);
