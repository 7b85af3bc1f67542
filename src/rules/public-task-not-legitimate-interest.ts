import { actsAsPublicAuthority, basesWithPointers, isSecurityOnly, textsOf } from '../check/facts.js';
import { defineRule } from '../check/rule.js';
import { lazyPattern } from '../util/lazy-pattern.js';

/**
 * Art. 6(1) second subparagraph: point (f) «shall not apply to processing carried out by public authorities in the
 * performance of their tasks». A public body's 6(1)(f) is an error, except where the processing secures the body's own
 * premises (camera surveillance, a visitor log, break-ins and vandalism): whether that is «performance of their tasks»
 * is not settled by the text. Datatilsynet's camera guide treats legitimate interests as, as a rule, the only relevant
 * basis for camera surveillance and makes no exception for public bodies, while EDPB Guidelines 3/2019 (para. 16, s.
 * 3.2) name 6(1)(e) for public authorities, and a hospital's cameras protecting patients serve its task. So that case is
 * a warning (`premises-security`), answered when the basis itself says why the processing is outside the body's tasks.
 * So is securing the body's own networks and information systems (`network-security`): recital 49 counts network and
 * information security «by public authorities» as a legitimate interest of the controller, but a body whose task is
 * security (a CERT, a security service) performs its task when it monitors.
 */
const PREMISES = lazyPattern(
  String.raw`\b(?:(?:i|inn i|ut av|ved|rundt|fra|frå)\s+bygget|bygga|bygningen|bygningene|bygningane|skulebygg|skolebygg|lokaler|lokalene|lokala|lokalane|innbrudd|innbrot|hærverk|besøkslogg|besøksregistrering|adgangskontroll|premises|break-ins?|burglar|vandalism|visitor (?:log|registration))`,
  'i',
);

/** The basis says the processing is not, or is outside, the body's tasks: «ikkje ein del av opplæringsoppgåvene», «not one of our statutory tasks». */
const OUTSIDE_TASKS = lazyPattern(
  String.raw`\b(?:ikke|ikkje|not)\b[^.;:!?]{0,80}?(?:[\p{L}]*oppg[aå]v|\btasks?\b|\bduties\b)|\b(?:utenfor|utanfor|outside)\b[^.;:!?]{0,40}?(?:[\p{L}]*oppg[aå]v|\btasks?\b)`,
  'giu',
);
/**
 * A negation about the employees' tasks, not the body's: «skal ikke brukes til å kontrollere de ansattes
 * arbeidsoppgaver», «not used to monitor how staff perform their tasks» (arbeidsmiljøloven ch. 9 and the camera
 * regulation forbid exactly that). Such a sentence says nothing of whether the cameras lie outside the body's tasks.
 */
const EMPLOYEES_TASKS = lazyPattern(
  String.raw`arbeidsoppg|ansatt|tilsett|arbeidstak|medarbeid|employee|staff|worker|kontroll|overvåk|overvak|monitor|måle|måla|measure|følge med|fylgje med|vurder|assess`,
  'i',
);
const saysOutsideTasks = (text: string): boolean => [...text.matchAll(OUTSIDE_TASKS())].some((m) => !EMPLOYEES_TASKS().test(m[0]));

export default defineRule(
  {
    id: 'public-task-not-legitimate-interest',
    severity: 'error',
    citation: 'GDPR Art. 6(1) subpara. 2; rec. 47',
    messages: ['public-authority', 'premises-security', 'network-security'],
  },
  (ctx, report) => {
    for (const r of ctx.activities) {
      if (actsAsPublicAuthority(ctx.registry, r) !== true) continue;
      const cameras = r.activity.riskFactors?.cameraSurveillance === true;
      for (const { basis, pointer, purpose } of basesWithPointers(r)) {
        if (basis.gdpr !== 'A6-1-f') continue;
        const stated = [...textsOf(purpose.description), ...textsOf(basis.legitimateInterest)];
        const premises = cameras || stated.some((s) => PREMISES().test(s));
        const network = !premises && isSecurityOnly(stated);
        if (!premises && !network) report.activity(r, pointer, 'public-authority', { purpose: purpose.id });
        else if (![...textsOf(basis.legitimateInterest), ...textsOf(basis.note)].some(saysOutsideTasks))
          report.activity(r, pointer, premises ? 'premises-security' : 'network-security', { purpose: purpose.id }, { severity: 'warning' });
      }
    }
  },
);
