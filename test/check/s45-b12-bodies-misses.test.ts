import { describe } from 'vitest';
import type { Finding } from '../../src/model/finding.js';
import { textRegistry } from '../helpers/sentence-registry.js';
import { purposeFindingsOf } from '../helpers/rule-registries.js';
import { readsAndSilent } from '../helpers/sentence-matrix.js';

/**
 * Session 45, B12: the four misses of six real bodies written blind (0 false alarms in 104 findings), each fixed as a
 * class. READ: the miss's words and their kin in nb, nn and en. SILENT: the lawful wordings beside them.
 */
const run = textRegistry('ropa-s45-b12-');

/**
 * retention-defined: «no longer than is necessary», «ikke lenger enn det som er nødvendig» is Art. 5(1)(e)'s own
 * principle, no period or criterion (bodies/spond, bodies/megleroppgjoret); a generic legal duty coordinated after it
 * («… and statutory duties», «… eller lovpålagte plikter vi har») names no law and so no period.
 */
const retentionFindings = (texts: Record<string, string>) =>
  run(texts, {
    org: 'Fjordmegling AS',
    publicAuthority: false,
    rule: 'retention-defined',
    activity: (id, text) => `id: ${id}
title: Behandling ${id}
status: active
purposes:
  - id: p
    description: oppfylle avtaler med kunder om å selge boligen deres
    legalBasis:
      - gdpr: A6-1-b
recipients: none
retention:
  - trigger: ${JSON.stringify(text)}
    endAction: delete
`,
  }).filter((f) => f.messageId === 'gaps.retention-defined.as-long-as-necessary');

describe('«no longer than necessary» sets no limit (retention-defined)', () => {
  readsAndSilent(
    retentionFindings,
    [
      'no longer than is necessary for the purpose and statutory duties',
      'ikke lenger enn det som er nødvendig for å oppfylle formålet med behandlingen eller lovpålagte plikter vi har',
      'ikke lenger enn nødvendig',
      'ikkje lenger enn naudsynt for føremålet',
      'Vi lagrer ikke opplysningene lenger enn nødvendig',
      'Personopplysninger vil ikke bli lagret lenger enn det som er nødvendig',
      'We do not keep your data longer than necessary',
      'not kept longer than strictly necessary for the purposes',
      'så lenge det er nødvendig for formålet og lovpålagte plikter',
    ],
    [
      'ikke lenger enn tre år etter at kundeforholdet er avsluttet',
      'no longer than 30 days after the event',
      'no longer than necessary to process the application',
      'ikke lenger enn det som er nødvendig for å behandle klagen',
      'så lenge det er nødvendig for å oppfylle lovpålagte plikter etter bokføringsloven',
      'no longer than is necessary for the purpose or legal obligations under the Bookkeeping Act',
      'til kontrakten er avsluttet og lovpålagte plikter er oppfylt',
      'no longer than required by law',
      'not longer than the warranty period',
    ],
  );
});

/**
 * recipients-stated: a recipient entry named only «(other relevant) third parties», «partners», perhaps with the condition
 * of disclosing, names no category (bodies/bane-nor «Other relevant third parties, in accordance with legal
 * requirements»); one warning at the entry, naming the activities that list it.
 */
const recipientFindings = (texts: Record<string, string>): Finding[] => {
  const ids = Object.keys(texts);
  return run(texts, {
    org: 'Nordbane SF',
    language: 'en',
    rule: 'recipients-stated',
    catalogues: {
      'recipients.yaml': `recipients:\n${ids.map((id) => `  to-${id}:\n    name: ${JSON.stringify(texts[id])}\n    type: other\n`).join('')}`,
    },
    activity: (id) => `id: ${id}
title: Railway training ${id}
status: active
purposes:
  - id: p
    description: deliver professional railway training to course participants
    legalBasis:
      - gdpr: A6-1-e
        law: [jernbaneloven]
recipients: [to-${id}]
`,
  })
    .filter((f) => f.messageId === 'gaps.recipients-stated.vague-category')
    .map((f) => ({ ...f, activity: f.activities?.[0] ?? '' }));
};

describe('a recipient named only as third parties names no category (recipients-stated)', () => {
  readsAndSilent(
    recipientFindings,
    [
      'Other relevant third parties, in accordance with legal requirements',
      'Third parties',
      'relevant third parties',
      'partners',
      'business partners',
      'andre relevante tredjeparter når loven krever det',
      'Samarbeidspartnere',
      'tredjepartar',
    ],
    [
      'Other infrastructure managers and railway undertakings that need the course certificate',
      'Statens jernbanetilsyn (the Norwegian Railway Authority)',
      'Relevant authorities, as the law requires',
      'the participant’s employer',
      'Third-party auditors engaged under the Accounting Act',
      'Partners in the NTNU research project on rail safety',
      'Samarbeidspartnere i Erasmus+-utvekslinga (universiteta i utlandet)',
    ],
  );
});

/**
 * purpose-stated: control measures with no object or aim are vague (bodies/megleroppgjoret «gjennomføre
 * eiendomsmeglingsforetakets kontrolltiltak»); a control that names what it controls is not.
 */
const purposeFindings = purposeFindingsOf(run, { name: 'Fjordmegling AS', publicAuthority: false, basis: 'gdpr: A6-1-c\nlaw: [hvitvaskingsloven]' });

describe('control measures with no object are vague (purpose-stated)', () => {
  readsAndSilent(
    purposeFindings,
    [
      'gjennomføre eiendomsmeglingsforetakets kontrolltiltak',
      'kontrolltiltak',
      'å gjennomføre våre kontrolltiltak',
      'carry out our control measures',
      'internal controls',
      'kontroll',
    ],
    [
      'kontroll av kundens identitet etter hvitvaskingsloven § 12',
      'kontrolltiltak ved besøket',
      'kontrollere at dei tilsette møter til rett tid',
      'carry out customer due diligence under the Anti-Money Laundering Act',
      'kontroll av at fakturaene er betalt',
    ],
  );
});
