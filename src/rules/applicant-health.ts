import { textsOf as texts } from '../check/facts.js';
import { defineRule } from '../check/rule.js';
import { join } from '../util/pointer.js';

/**
 * Arbeidsmiljøloven § 9-3 (1): an employer must not, in a job advertisement or otherwise, ask applicants for
 * other health data than what is necessary to carry out the tasks of the position, nor obtain it in other ways.
 * The Act cannot be set aside by agreement to the employee's detriment (§ 1-9), so an applicant's consent does not
 * widen it. An activity whose data subjects are job applicants and which processes health data gets a warning:
 * the record should say why the data is necessary for the position (a pilot's medical certificate), or drop it.
 * Job applicants are recognised by the data subject's name (nb, nn, en): «søkere til stilling», «søkere på stillinger»,
 * «søkjarar på stillingar i …». A purpose that says why (NECESSARY) quiets it.
 */
const APPLICANTS =
  /jobbsøk|stillingssøk|søkere? (?:til|på) (?:ledige? )?stilling|søkjarar? (?:til|på) (?:ledige? )?stilling|job applicant|job candidate|applicants? (?:for|to) (a |the )?(job|position|post)|kandidater til stilling/i;
const RECRUITMENT = /rekrutter|rekrutt|ansettelse|tilsetjing|tilsetting|recruit|hiring/i;
/**
 * The record's answer: a purpose that says why the health data is needed for the position — health requirements it
 * states («helsekrava til røykdykkere», «helsekrav etter forskriften»), or necessity for its tasks (nb, nn, en). The
 * word «helsekrav» alone does not state a requirement, and a negated phrase («ingen helsekrav», «ikke nødvendig for
 * stillingen») says the opposite. These words only quiet the warning.
 */
const NECESSARY =
  /helsekrav\w*\s+(?:til|for|i|etter|fastsatt|som gjeld|som gjelder)\s+\S|nødvendig for (?:å utføre )?(?:stillinga|stillingen|arbeidsoppgåvene|arbeidsoppgavene)|naudsynt for (?:å utføre )?(?:stillinga|arbeidsoppgåvene)|health requirements?\s+(?:for|of|set|under|in)\s+\S|medical fitness|necessary for (?:the|this) (?:position|job|post|role)/i;
/** A negation in the same clause before the answer's words. */
const NEGATED = /\b(?:ingen|ikke|ikkje|inga|uten|utan|no|not|without)\b[^.,;:]*$/i;

/** «ikke … utover helsekrav til …», «no health data beyond the health requirements for …»: the exception states the need. */
const BEYOND = /(?<![\p{L}])(?:utover|ut over|bortsett fra|bortsett frå|unntatt|unnateke|med unntak av|beyond|except|other than|apart from)(?![\p{L}])/iu;

function statesNeed(text: string): boolean {
  const m = NECESSARY.exec(text);
  if (m === null) return false;
  const negation = NEGATED.exec(text.slice(0, m.index));
  return negation === null || BEYOND.test(negation[0]);
}
const PLAIN = /^(søkere|søkjarar|applicants|kandidater|candidates)$/i;
/** «Arbeidssøkere» are, as often, the jobseekers NAV follows up (and its health data about work ability): job applicants only in recruitment. */
const JOBSEEKERS = /arbeidssøk|arbeidssøkj/i;

export default defineRule(
  { id: 'applicant-health', severity: 'warning', citation: 'arbeidsmiljøloven § 9-3; GDPR Art. 9(2)', messages: ['health'] },
  (ctx, report) => {
    for (const r of ctx.activities) {
      // Health data first: the one test that reads no text, and most activities have none.
      const health = r.dataCategories.filter((c) => c.value.specialCategory === 'health');
      if (health.length === 0) continue;
      const recruitment = [...texts(r.activity.title), ...r.purposes.flatMap((p) => texts(p.description))].some((t) => RECRUITMENT.test(t));
      const applicants = r.dataSubjects.filter((s) =>
        texts(s.value.name).some((n) => APPLICANTS.test(n) || (recruitment && (PLAIN.test(n.trim()) || JOBSEEKERS.test(n)))),
      );
      if (applicants.length === 0) continue;
      if (r.purposes.some((p) => texts(p.description).some(statesNeed))) continue;
      const i = (r.activity.dataCategories ?? []).indexOf(health[0]!.id);
      report.activity(r, i >= 0 ? join('/dataCategories', i) : '/dataCategories', 'health', {
        subjects: applicants.map((s) => s.id).join(', '),
        categories: health.map((c) => c.id).join(', '),
      });
    }
  },
);
