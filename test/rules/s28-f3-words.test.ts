import { table } from '../helpers/reader-table.js';
import { readText } from '../../src/check/prose-activity.js';
import { revealsIn } from '../../src/check/prose-category.js';

/**
 * Issue #12 (session 28, F3): a false alarm costs a DPO's trust as much as a miss. PER_PERSON had the «each + any word»
 * shape RATED_EACH had: a score or profile kept for each route, building, event or department is no one's (Art. 4(4)).
 */
table(
  'profiling: PER_PERSON shares EACH_THING (session 28)',
  readText.profiling,
  [
    ['en', 'We keep a risk score for each customer.'],
    ['en', 'We keep a risk score for each subscriber.'],
    ['nn', 'Vi fører ein risikoskår for kvar lånar.'],
    ['nb', 'Vi lager en interesseprofil for hver gjest.'],
  ],
  [
    ['en', 'We keep a risk score for each route.'],
    ['nb', 'Vi har en risikoskår for hvert bygg.'],
    ['nb', 'Vi lager en interesseprofil for hvert arrangement.'],
    ['en', 'We assign each route a risk score.'],
    ['en', 'We keep a risk score for each department.'],
    ['nn', 'Vi har ein risikoskår for kvar skule.'],
  ],
);

/** The person assessed by others in the passive, the assessment then got by us (variants-paraphrase5 PE044). */
table(
  'source: assessed by others, the assessment got by us (session 28)',
  readText.source,
  [
    [
      'nn',
      'Kvar ny tolk blir òg vurdert av tilsette hos dei som bestiller tolk og av byråa tolken har arbeidd for før, og vurderingane deira får vi tilsende.',
    ],
    [
      'en',
      'Each new interpreter is also assessed by staff at the ordering bodies and by agencies they worked for before, and their assessments are sent to us.',
    ],
    ['nb', 'Nye tolker blir vurdert av tidligere oppdragsgivere, og vi får vurderingene deres.'],
    ['en', 'New interpreters are rated by the clients they worked for, and we receive the ratings.'],
  ],
  [
    ['en', 'Each new interpreter is assessed by our own examiners, and we keep their assessments.'],
    ['nn', 'Kvar ny tolk blir vurdert av sensorane våre, og vi får vurderingane deira.'],
    ['en', 'Each new interpreter is assessed by the ordering bodies’ staff, but we receive no assessments.'],
    ['en', 'Each new interpreter is assessed by us, and we get a report from the system.'],
  ],
);

/** A worker placed in a third country (variants-paraphrase5 PE083). */
table(
  'place: a worker who sits or is based in a country (session 28)',
  (t) => readText.place(t).includes('TR'),
  [
    ['nb', 'For sjeldne språk bruker vi tolker som sitter i Tyrkia og tolker over video.'],
    ['en', 'For rare languages we use interpreters based in Turkey who interpret by video.'],
    ['nn', 'For sjeldne språk tolkar ein tolk som bur i Tyrkia over video.'],
    ['en', 'Video interpreting for rare languages is done by interpreters located in Turkey.'],
  ],
  [
    ['nb', 'For sjeldne språk bruker vi tolker som har bodd i Tyrkia.'],
    ['nb', 'Vi vurderte tolker som sitter i Tyrkia, men valgte en tolk i Norge.'],
    ['nb', 'Vi bruker ikke tolker som sitter i Tyrkia.'],
    ['en', 'We use interpreters who live in Turkey when they come to Norway in person.'],
    ['nn', 'Tolken bur i Tyrkia om sommaren, men tolkar berre når han er i Noreg.'],
  ],
);

/**
 * A special category told only as a count, share or anonymous figure is no one's (issue #12); a person recorded as injured
 * or seeming mentally ill is (variants-paraphrase4 PD062).
 */
table(
  'special categories: counts are no one’s, a person seeming ill is (session 28)',
  (t) => revealsIn(t, true).some((r) => r.kind === 'health' || r.kind === 'trade-union-membership'),
  [
    ['en', 'The inspectors also record whether a guest is visibly injured or appears to be mentally ill.'],
    ['nn', 'Kontrollørane noterer om gjesten er synleg skadd.'],
    ['en', 'The inspectors note whether a guest appears to be mentally ill.'],
    ['nb', 'Styret får vite hvor mange som er sykmeldt, og navnene på dem.'],
    ['en', 'The board sees how many employees are on sick leave, per employee.'],
    ['nb', 'Forskning om psykisk helse blant studenter med anonymiserte spørreskjema som vi kan koble til studentnummeret.'],
  ],
  [
    ['en', 'The union is told how many employees are on sick leave, without names.'],
    ['nb', 'Fagforeningen får vite hvor mange ansatte som er sykmeldt, uten navn.'],
    ['nn', 'Tillitsvalde får kvar månad talet på tilsette som er sjukmelde, utan namn.'],
    ['nb', 'Vi rapporterer antall fagorganiserte per avdeling.'],
    ['nb', 'Kontrollørene noterer om gjesten har skadet inventaret.'],
    ['en', 'The inspectors record whether a guest has injured anyone.'],
  ],
);
