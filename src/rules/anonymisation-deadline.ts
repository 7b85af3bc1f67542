import { defineRule } from '../check/rule.js';
import { spokenDurations } from '../check/spoken-duration.js';
import { LANGUAGES } from '../i18n/index.js';
import { localText } from '../model/registry.js';
import { join } from '../util/pointer.js';
import { lazyPattern } from '../util/lazy-pattern.js';
import { gated } from '../util/prefilter.js';

/**
 * Art. 5(1)(e): "anonymised" without a deadline sets no limit on how long the data stays identifiable.
 *
 * A deadline is a period, or the criterion Art. 13(2)(a) and 14(2)(a) allow «if that is not possible»: an event that
 * ends identifiability («ved prosjektslutt, planlagt til slutten av 2025», «når undersøkelsen er ferdig»), as
 * retention-defined accepts for erasure. A trigger that only restates the storage-limitation principle («når
 * opplysningene ikke lenger trengs», «så lenge det er nødvendig», «when no longer needed», «når behovet opphører»,
 * «når formålet er oppnådd», «når det ikke er behov for dem») sets none, and neither does an entry with no trigger: the
 * end of the need is the very thing Art. 5(1)(e) asks the controller to fix a time for. A trigger that also names a
 * year or date («når formålet er nådd, seinast i 2027») is bounded by it.
 */
const RESTATES_NECESSITY = lazyPattern(
  String.raw`\b(ikke|ikkje|no|not)\s+(lenger|lengre|longer)\b|\b(så lenge|so lenge|as long as)\b.*\b(nødvendig|naudsynt|naudsynleg|necessary|needed|required|behov|trengs|trengst)\b|\b(ved behov|etter behov|when needed|if needed)\b|\b(ikke|ikkje|not)\s+(er\s+|is\s+|are\s+)?(lenger\s+)?(nødvendig\w*|naudsynt\w*|needed|required|behov|bruk for|trengs|trengst)|\bbehovet\s+(opphører|opphøyrer|fell bort|faller bort|er borte|forsvinn\w*)|\b(unødvendig\w*|unødig\w*|unnødvendig\w*|unnecessary)\b|\bthe need\s+(ceases|ends|no longer)|\b(formålet|føremålet|purpose|purposes)\s+(\w+\s+){0,3}(er|is|are|has been|have been|blir|vert)\s+(oppnådd|nådd|oppfylt|realisert|achieved|fulfilled|served|met)\b`,
  'i',
);
/**
 * The same in other words (variants-paraphrase2 PB127, PB128; W13, session 24): the controller having no more use for the
 * data («når vi ikke har bruk for dataene lenger», «til kommunen ikkje treng opplysningane lenger», «when we don't need
 * the data any more»), or the controller's need said over («når driftsbehovet er over», «når behovet er slutt», «when the
 * operational need has passed»). Only the controller's own need: «we», a body, or a need of operation, business,
 * analysis or planning; the person's need («når hjelpebehovet er over», «når brukeren ikke trenger hjelpemiddelet
 * lenger») is an event of their case. The «ikke … lenger» order is read with at most three words between.
 */
const NEED_OVER = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:vi|me|we|[\p{L}-]*(?:kommunen|selskapet|virksomheten|verksemda|etaten|klinikken|skolen|skulen|foreningen|foreininga|laget|klubben|organisasjonen))\s+(?:ikke|ikkje)\s+(?:har\s+(?:behov|bruk)\s+for|trenger|treng)(?:\s+\p{L}+){1,3}\s+(?:lenger|lengre)|(?:we|the\s+(?:company|municipality|clinic|school|organisation|organization|club|union|association|agency|business|firm|controller))\s+(?:don['’]t|do\s+not|does\s+not|doesn['’]t)\s+(?:need|require|have\s+(?:a\s+)?(?:use|need)\s+for)(?:\s+\p{L}+){1,3}\s+(?:any\s*more|any\s+longer)|(?:drifts|forretnings|virksomhets|verksemds|analyse|statistikk|planleggings)?behovet\s+(?:er\s+over|er\s+slutt|tar\s+slutt|tek\s+slutt|går\s+over|gjeng\s+over|er\s+forbi)|(?:the|our)\s+(?:operational\s+|business\s+|analytical\s+)?need\s+(?:is\s+over|has\s+passed|has\s+ended|lapses|ends|ceases))(?![\p{L}])`,
  'iu',
);
/**
 * A trigger that puts the anonymising off to an unnamed later time («anonymised at a later time», «anonymiseres på et
 * senere tidspunkt», «etter kvart» (not «etter hvert som prosjektene avsluttes», an event), «in due course», «when we get round to it») sets no time either: it names neither a
 * period nor an event (variants-bht BT23; W4, session 19). «No later than», «later than» and «two years later» are not
 * read: they are bounded.
 */
const PUT_OFF = lazyPattern(
  String.raw`(?<![\p{L}])(?:at\s+(?:a|some)\s+later\s+(?:time|date|stage|point)|at\s+some\s+(?:point|time|stage)|later\s+on|in\s+due\s+course|when\s+(?:we|staff|there\s+is|time)\s+(?:gets?\s+round|gets?\s+around|has\s+time|have\s+time|allows?|permits?|capacity)|when\s+convenient|på\s+et\s+(?:senere|seinare|seinere|passende|passande)\s+tidspunkt|etter\s+(?:hvert|kvart)(?!\s+(?:som|etter\s+kvart|etter\s+hvert)(?![\p{L}]))|(?:ved|når\s+(?:vi|det))\s+(?:anledning|høve|får\s+tid|har\s+tid|har\s+kapasitet|passer)|(?:anonymi\p{L}*|gjort\s+anonym\p{L}*|gjorde\s+anonym\p{L}*)\s+(?:senere|seinare|seinere|later)(?!\s+(?:enn|than)(?![\p{L}])))(?![\p{L}])`,
  'iu',
);
/**
 * PUT_OFF is read only in the clause that holds the anonymising verb (clauses split at «;» and «,»), and not where that
 * clause names an event («anonymised when the annual report is delivered; the figures may be used later on», «anonymiseres
 * ved levering av årsrapporten; ved anledning slettes også tallene»): the later-time words govern another verb, and the
 * event is the deadline (N3's review, 2026-12-02). A trigger with no anonymising verb is read whole, clause by clause.
 */
const ANONYMISING = lazyPattern(String.raw`(?<![\p{L}])(?:anonymi\p{L}*|gjort\s+anonym|gjorde\s+anonym|gjøres\s+anonym|gjerast\s+anonym)`, 'iu');
const EVENT = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:ved|on|upon|after|etter|at)\s+(?:the\s+)?(?:levering\p{L}*|avslutning\p{L}*|avslutting\p{L}*|slutten|utgangen|delivery|completion|closure|the\s+end|end)|(?:er|is|are|has\s+been|have\s+been|blir|vert|er\s+blitt|er\s+vorte)\s+(?:levert|avsluttet|avslutta|ferdig\p{L}*|fullført|delivered|completed|finished|closed|ended|sendt|sent|publisert|published))(?![\p{L}])`,
  'iu',
);
const putOff = (t: string): boolean => {
  const clauses = t.split(/[;,]/u);
  const anon = clauses.filter((c) => ANONYMISING().test(c));
  return (anon.length > 0 ? anon : clauses).some((c) => PUT_OFF().test(c) && !EVENT().test(c));
};
/**
 * A trigger that names a use to come, not an end («når opplysningene skal brukes i statistikk», «when the data are to be
 * used for statistics», «før dei skal nyttast til forsking»: variants-ekom E12; R2, session 25): the data stays identifiable
 * until someone decides to use it, which may be never; Art. 5(1)(e) asks for the time it is no longer needed identified.
 */
const FUTURE_USE = lazyPattern(
  String.raw`(?<![\p{L}])(?:når|dersom|hvis|viss|om|when|if|once|før|before)\s+(?:[\p{L}-]+\s+){0,3}?(?:skal|are\s+to\s+be|is\s+to\s+be|will\s+be|vil\s+bli|shall\s+be|are\s+going\s+to\s+be)\s+(?:brukes|brukast|nyttes|nyttast|bli\s+brukt|bli\s+nytta|used|analysed|analyzed|shared|deles|delast|utleveres|utleverast)(?![\p{L}])`,
  'iu',
);
const FUTURE_USE_GATE = gated(FUTURE_USE);
const NEED_OVER_GATE = gated(NEED_OVER);
/** NEED_OVER, behind its own words' gate. */
export const needOver = (t: string): boolean => NEED_OVER_GATE(t);
/** A date or year in the trigger bounds it, whatever else it says («når formålet er nådd, seinast i 2027»). */
const DATED = lazyPattern(String.raw`\b(19|20)\d\d\b`);
/**
 * So does a latest time or a period said beside it («når driftsbehovet er over, og senest 90 dager etter turen», «when the
 * operational need is over, and at the latest six months after the answer», «senest ved utgangen av kvartalet»: reviewer
 * N10, session 24; main fired on the same with «ikke lenger trengs»): the period is the deadline (Art. 5(1)(e)).
 */
const LATEST = lazyPattern(String.raw`(?<![\p{L}])(?:senest|seinast|seinest|at\s+the\s+latest|no\s+later\s+than|not\s+later\s+than)(?![\p{L}])`, 'iu');
const bounded = (t: string): boolean => DATED().test(t) || LATEST().test(t) || spokenDurations(t).length > 0;

export default defineRule(
  { id: 'anonymisation-deadline', severity: 'warning', citation: 'GDPR Art. 5(1)(e); 30(1)(f)', messages: ['missing'] },
  (ctx, report) => {
    for (const r of ctx.activities) {
      r.retention.forEach((e, i) => {
        if (e.endAction !== 'anonymise' || e.period !== undefined) return;
        const triggers = LANGUAGES.map((l) => localText(e.trigger, l)).filter((t): t is string => t !== undefined && t.trim() !== '');
        if (triggers.length > 0 && !triggers.some((t) => (RESTATES_NECESSITY().test(t) || needOver(t) || putOff(t) || FUTURE_USE_GATE(t)) && !bounded(t)))
          return;
        report.activity(r, join('/retention', i), 'missing', { policy: e.policy?.id ?? '' });
      });
    }
  },
);
