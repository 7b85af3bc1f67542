import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { validateRegistry } from '../../src/validate/index.js';
import { runGaps } from '../../src/check/engine.js';
import { GAP_RULES } from '../../src/rules/index.js';
import { FIXTURES } from '../helpers/cli.js';
import { editedBase } from '../helpers/edited-base.js';

/**
 * Session 47, W7: the classes behind variants-optiker's first-sight misses (a private optician chain, written blind), each
 * written into a copy of the set's clean base and read over the whole registry.
 *
 * - applicant-health: noting, recording or mapping whether an applicant is in a union is obtaining it (arbeidsmiljøloven
 *   § 13-4: neither ask nor «iverksette tiltak for å innhente»), as asking is (OP41);
 * - child-consent-age: a young age written as a word («fra ti år», «tolv-åringar») is the age the digit is (OP35);
 * - notice-mandatory: a consequence that only points elsewhere («Se abonnementsvilkårene.») says nothing of what follows
 *   (Art. 13(2)(e)) (OP57);
 * - consent-valid: those who do not say no, counted as signed up, are enrolled by opt-out (Art. 4(11), rec. 32) (OP33);
 * - consent-withdrawal: data that stays on the list after the person unsubscribes is kept after the withdrawal (Art. 7(3),
 *   17(1)(b)) (OP34).
 */
const BASE = join(FIXTURES, 'corpus/variants-optiker/base');
const edited = editedBase(BASE, 'ropa-s47-w7-', '2026-12-05');

describe('applicant-health: union membership noted of applicants', () => {
  const HIRING = '    description: vurdere søkerne og ansette den best kvalifiserte\n';
  const at = (words: string): string[] =>
    edited('activities/recruitment.yaml', HIRING, `    description: ${JSON.stringify(words)}\n`, 'applicant-health', 'recruitment');
  it.each([
    'vurdere søkerne og ansette den best kvalifiserte, og notere om søkeren er fagorganisert',
    'vurdere søkjarane, og intervjuaren noterer om søkjaren er organisert, og i kva fagforeining',
    'assess the applicants; the interviewer records whether the candidate is a member of a trade union',
    'vurdere søkerne og kartlegge om søkeren er medlem i en fagforening',
  ])('reports «%s»', (words) => {
    expect(at(words)).toContain('gaps.applicant-health.described-politics');
  });
  it.each([
    'vurdere søkerne og ansette den best kvalifiserte, og notere hvilke kurs søkeren har tatt',
    'vurdere søkerne; vi noterer aldri om søkeren er fagorganisert',
    'vurdere søkerne og ansette den best kvalifiserte; den som blir ansatt, kan selv be om trekk av fagforeningskontingent',
  ])('stays silent on «%s»', (words) => {
    expect(at(words)).not.toContain('gaps.applicant-health.described-politics');
  });
});

describe('child-consent-age: a young age written as a word', () => {
  const NOTE = '        note: Samtykke gis ved å krysse av i et eget felt i butikken eller på klarsyn.no; feltet er ikke forhåndsavkrysset.\n';
  const at = (words: string): string[] =>
    edited('activities/newsletter.yaml', NOTE, `        note: ${JSON.stringify(words)}\n`, 'child-consent-age', 'newsletter');
  it.each([
    'Samtykke gis ved å krysse av i et eget felt på klarsyn.no. Barn fra ti år kan melde seg på selv.',
    'Samtykke gis på klarsyn.no. Born frå tolv år kan melde seg på sjølve.',
    'Consent is given on klarsyn.no. Children from eleven years can sign up themselves.',
  ])('reports «%s»', (words) => {
    expect(at(words)).toEqual(['gaps.child-consent-age.young-alone']);
  });
  it.each([
    'Samtykke gis på klarsyn.no. Barn fra ti år kan melde seg på sammen med foreldrene.',
    'Samtykke gis på klarsyn.no. Ungdom fra femten år kan melde seg på selv.',
    'Samtykke gis på klarsyn.no. Vi har sendt nyhetsbrev i ti år, og du melder deg på selv.',
  ])('stays silent on «%s»', (words) => {
    expect(at(words)).toEqual([]);
  });
});

describe('notice-mandatory: a consequence that only points elsewhere', () => {
  const LINE = '  consequences: Uten navn, adresse og linsespesifikasjon kan vi ikke levere linsene.\n';
  const at = (words: string): string[] =>
    edited('activities/lens-subscription.yaml', LINE, `  consequences: ${JSON.stringify(words)}\n`, 'notice-mandatory', 'lens-subscription');
  it.each(['Se abonnementsvilkårene.', 'Sjå vilkåra på nettsida.', 'Jf. avtalen punkt 4.', 'See our terms and conditions.', 'Refer to the subscription terms'])(
    'reports «%s»',
    (words) => {
      expect(at(words)).toEqual(['gaps.notice-mandatory.no-consequences-contract-prerequisite']);
    },
  );
  it.each([
    'Se abonnementsvilkårene. Uten adresse kan vi ikke levere linsene.',
    'Uten navn og adresse kan vi ikke levere linsene; se vilkårene.',
    'Det er frivillig; se vilkårene.',
    'Vi trenger adressen for å kunne sende linsene.',
  ])('stays silent on «%s»', (words) => {
    expect(at(words)).toEqual([]);
  });
});

describe('consent-valid: those who do not say no, counted as signed up', () => {
  const NOTE = '        note: Samtykke gis ved å krysse av i et eget felt i butikken eller på klarsyn.no; feltet er ikke forhåndsavkrysset.\n';
  const at = (words: string): string[] => edited('activities/newsletter.yaml', NOTE, `        note: ${JSON.stringify(words)}\n`, 'consent-valid', 'newsletter');
  it.each([
    'Kunder som ikke reserverer seg ved kassen når de handler, regnes som påmeldt.',
    'Kundar som ikkje seier frå i kassa, vert rekna som mottakarar av nyheitsbrevet.',
    'Customers who do not opt out at the till are treated as subscribers.',
  ])('reports «%s»', (words) => {
    expect(at(words).length).toBeGreaterThan(0);
  });
  it.each([
    'Kunder som krysser av i feltet, regnes som påmeldt.',
    'Kunder som ikke reserverer seg, regnes ikke som påmeldt før de har bekreftet e-postadressen.',
    'Medlemmer som ikke har meldt seg ut, regnes som medlemmer til årsskiftet.',
  ])('stays silent on «%s»', (words) => {
    expect(at(words)).toEqual([]);
  });
});

describe('consent-withdrawal: data that stays on the list after unsubscribing', () => {
  const LINE = '    description: Slettes fra utsendingslisten med en gang du melder deg av, og helt innen en måned.\n';
  const at = (words: string): string[] =>
    edited('activities/newsletter.yaml', LINE, `    description: ${JSON.stringify(words)}\n`, 'consent-withdrawal', 'newsletter');
  it.each([
    'Adressen blir liggende i kundelisten også etter at du har meldt deg av, slik at vi kan gi deg beskjed om kampanjer senere.',
    'Adressa ligg att i lista etter at du har meldt deg av.',
    'Your address remains on our list after you unsubscribe, so that we can tell you about later campaigns.',
    'Navn og e-post beholdes etter avmelding.',
  ])('reports «%s»', (words) => {
    expect(at(words)).toEqual(['gaps.consent-withdrawal.retention-kept-after-withdrawal']);
  });
  it.each([
    'Adressen blir liggende i utsendingslisten til du melder deg av.',
    'Adressen slettes fra lista når du melder deg av.',
    'Etter avmelding beholdes bare adressen på en sperreliste, slik at vi ikke sender deg noe igjen.',
    'Your address stays on the list until you unsubscribe.',
    'E-postadressen oppbevares til du trekker samtykket tilbake eller melder deg av.',
  ])('stays silent on «%s»', (words) => {
    expect(at(words)).toEqual([]);
  });
});

describe('the clean base', () => {
  it('has no finding of these rules', () => {
    const { registry } = validateRegistry(BASE);
    const rules = new Set(['applicant-health', 'child-consent-age', 'notice-mandatory', 'consent-valid', 'consent-withdrawal']);
    expect(runGaps(registry, GAP_RULES, { today: '2026-12-05' }).findings.filter((f) => rules.has(f.rule))).toEqual([]);
  });
});
