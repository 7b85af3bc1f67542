import { describe, expect, it } from 'vitest';
import { table } from '../helpers/reader-table.js';
import { sentenceRegistry } from '../helpers/sentence-registry.js';
import { discloses } from '../../src/check/facts.js';

/**
 * The municipality in English is a party as «kommunen» is in Norwegian (facts.ts OUTSIDE_PARTY): a private care provider's
 * «Each user's answers, with the user's name, are passed on to the contracting municipality's allocation office» and «the
 * HR adviser sends a copy to the contracting municipality's health and care services» hand data to another body
 * (variants-bpa BP02, BP03; B25, session 23). In a municipality's own record «the municipality» is the controller
 * (recipients-stated controllerOf), as «kommunen» is.
 */
table(
  'the municipality in English, as a party data is handed to (facts.ts discloses)',
  (t) => discloses(t),
  [
    ['en', "Each user's answers, with the user's name, are passed on to the contracting municipality's allocation office."],
    ['en', "The HR adviser sends a copy to the contracting municipality's health and care services."],
    ['en', "Every month we send the list of users' names to the municipality."],
    ['en', 'We share the care plans with the host municipalities.'],
    ['nb', 'Hver måned sender vi en liste med navn til kommunen.'],
  ],
  [
    ['en', 'Answers are not passed on to the municipality; it receives only aggregate results.'],
    ['en', 'The municipality sends us the service decision.'],
    ['en', 'We do not send anything to the municipality.'],
    ['en', 'We send anonymised statistics to the municipality.'],
    ['en', 'The user can send the form to the municipality themselves.'],
  ],
);

const registryOf = sentenceRegistry('ropa-municipality-en-');
const registry = (name: string, org: string, texts: Record<string, string>) =>
  registryOf(texts, {
    org,
    language: 'en',
    title: 'Follow-up',
    purpose: 'follow up the service',
    rule: 'recipients-stated',
    publicAuthority: name === 'kommune',
    today: '2026-12-02',
  });

describe("«the municipality» in a municipality's own English record is the controller (recipients-stated)", () => {
  const own = {
    'own-0': "Each school sends the list of pupils' names to the municipality's education office.",
    'own-1': "The home-care service reports the users' hours to the municipality each month.",
  };
  const other = { 'other-0': "We send the list of pupils' names to another municipality when a pupil moves." };
  const findings = registry('kommune', 'Fjordvik kommune', { ...own, ...other });
  const on = (id: string) => findings.filter((f) => f.activity === id).length;
  it.each(Object.keys(own))('does not ask for %s', (id) => expect(on(id)).toBe(0));
  it.each(Object.keys(other))('still asks for %s', (id) => expect(on(id)).toBe(1));
});

describe("the municipality is another body in a private provider's English record (recipients-stated)", () => {
  const asked = {
    'asked-0': "Each user's answers, with the user's name, are passed on to the contracting municipality's allocation office.",
    'asked-1': "Where a certificate shows a remark, the HR adviser sends a copy to the contracting municipality's health and care services.",
  };
  const lawful = { 'lawful-0': 'Answers are not passed on to the municipality; it receives only aggregate results for groups of at least ten.' };
  const findings = registry('private', 'Lindholm Assistanse AS', { ...asked, ...lawful });
  const on = (id: string) => findings.filter((f) => f.activity === id).length;
  it.each(Object.keys(asked))('asks for %s', (id) => expect(on(id)).toBe(1));
  it.each(Object.keys(lawful))('does not ask for %s', (id) => expect(on(id)).toBe(0));
});
