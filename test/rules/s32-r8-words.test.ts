import { describe, expect, it } from 'vitest';
import { sentenceRegistry } from '../helpers/sentence-registry.js';

/**
 * R8, session 32 (#12): websites. Two readings, each with sentences written for the generality check (a municipality, a
 * directorate, a hospital; bokmål, nynorsk, English), none from a test set, and their silent neighbours (a negation, the
 * past, a condition, a question, a link, a processor's cookieless analytics, consent recorded, strictly necessary cookies).
 * Each sentence is the only description of an activity with one purpose and no basis.
 * - joint-controller-arrangement `embedded-tracking`: a platform's tracker or retargeting on the body's site, no joint
 *   controller recorded (CJEU C-40/17 Fashion ID).
 * - consent-valid `device-no-consent`: cookies or similar for measuring or targeting, no consent recorded, on no basis or
 *   a basis other than consent and legitimate interests (ekomloven § 3-15 as in force from 1 January 2025).
 */
const registryOf = sentenceRegistry('ropa-s32-r8-');
const table = (rule: string, purpose: string, fires: string[], quiet: string[], language: 'nb' | 'nn' | 'en' = 'nb') => {
  const texts = Object.fromEntries([...fires.map((t, i) => [`f${i}`, t]), ...quiet.map((t, i) => [`q${i}`, t])]);
  const findings = registryOf(texts, { org: 'Nordvik kommune', language, title: 'Nettsidene', purpose, rule });
  const on = (id: string) => findings.filter((f) => f.activity === id).length;
  return { on };
};

const tracking = [
  'Vi har installert Facebook-pikselen på kommunens nettsider for å måle påmeldinger til kulturskolen.',
  'Direktoratet bruker LinkedIn Insight Tag på rekrutteringssidene.',
  'Sykehusets nettsider har Google Ads-konverteringssporing på sidene om blodgivning.',
  'Besøkende som har lest sidene om lærlingplasser, kan senere få se annonsene våre på Instagram.',
  'Kommunen nyttar TikTok-pikselen på nettstaden for å nå ungdom med kampanjar.',
  'På nettsidene våre er det sosiale programtillegg frå Facebook, som sender opplysningar om besøket til Meta.',
  'Vi viser annonsar på andre nettstader til dei som har besøkt sidene våre om fastlegeordninga.',
  'The hospital uses remarketing to reach former visitors of its recruitment pages.',
  'The directorate embeds posts from Facebook on its news pages.',
  'Our pages carry the Like button from Facebook.',
];
const noTracking = [
  'Følg oss på Facebook og Instagram.',
  'Nettsida har ei lenkje til kommunen si Facebook-side.',
  'Vi bruker ikke Meta-pikselen.',
  'Siteimprove måler bruken av nettsidene på oppdrag fra oss.',
  'Direktoratet brukte LinkedIn Insight Tag fram til 2023.',
  'Dersom vi tar i bruk Facebook-pikselen, vil vi be om samtykke først.',
  'Bruker dere Meta-pikselen på nettsidene?',
  'We advertise vacancies on LinkedIn and in newspapers.',
  'Bildene på nettsidene er minst 1200 piksler brede.',
  'Matomo counts visits on our own server, and no data goes to advertising networks.',
  'The hospital shows ads on social media to blood donors aged 18 to 60.',
  'Pasientane kan sjå videoar frå YouTube på nettstaden.',
  'Google Analytics måler trafikken på nettsidene for oss.',
];

describe('a third party’s tracking embedded in the site (joint-controller-arrangement embedded-tracking, R8 session 32)', () => {
  const { on } = table('joint-controller-arrangement', 'informere innbyggerne', tracking, noTracking);
  it.each(tracking.map((t, i) => [`f${i}`, t]))('asks for the joint controller in %s: %s', (id) => expect(on(id)).toBe(1));
  it.each(noTracking.map((t, i) => [`q${i}`, t]))('stays silent on %s: %s', (id) => expect(on(id)).toBe(0));
});

const device = [
  'Siteimprove setter informasjonskapsler når du besøker nettsidene.',
  'Nettstaden nyttar informasjonskapslar frå Google Analytics.',
  'Vi bruker informasjonskapsler, og du kan selv stille inn nettleseren til å avvise dem.',
  'The website places analytics cookies from Hotjar on your device.',
  'Ved å bruke nettsidene godtar du at vi setter informasjonskapsler.',
  'By continuing to browse you consent to our cookies.',
];
const noDevice = [
  'Vi setter bare informasjonskapsler for statistikk hvis du samtykker i banneret.',
  'Analytics cookies are only set after you opt in.',
  'Vi bruker ikke informasjonskapsler.',
  'Matomo brukes uten informasjonskapsler.',
  'Nettstaden set berre naudsynte informasjonskapslar.',
  'Siteimprove Analytics runs in cookieless mode.',
  'Fram til 2024 brukte vi informasjonskapsler fra Google Analytics.',
];

describe('cookies with no consent on another basis or none (consent-valid device-no-consent, R8 session 32)', () => {
  const { on } = table('consent-valid', 'måle bruken av nettsidene', device, noDevice);
  it.each(device.map((t, i) => [`f${i}`, t]))('warns on %s: %s', (id) => expect(on(id)).toBe(1));
  it.each(noDevice.map((t, i) => [`q${i}`, t]))('stays silent on %s: %s', (id) => expect(on(id)).toBe(0));

  it('stays silent where the purpose only delivers what the user asked for', () => {
    const quiet = table('consent-valid', 'ta imot søknaden din', ['Skjemaet bruker en informasjonskapsel mens du fyller det ut.'], []);
    expect(quiet.on('f0')).toBe(0);
  });
});
