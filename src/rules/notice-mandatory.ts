import { NEGATION, PERSON_SUBJECT, SENTENCE_END, providedByPerson, textsOf } from '../check/facts.js';
import { activityExempt } from '../check/journalism.js';
import { defineRule } from '../check/rule.js';
import type { ResolvedActivity } from '../model/resolve.js';
import { lazyPattern } from '../util/lazy-pattern.js';
import { prefilter } from '../util/prefilter.js';

/**
 * Art. 13(2)(e): when the person gives the data, say whether giving it is required by law or contract,
 * whether the person must give it, and what happens if not. For voluntary collection the consequence is
 * not asked for: saying it is voluntary answers the question. Data only observed (cookies, meters,
 * cameras, logs) is not «provided», so there is nothing to say (see providedByPerson). Arts. 13-14 are lifted for an
 * activity whose every purpose is journalistic or other expression (personopplysningsloven § 3; src/check/journalism.ts).
 * An activity that restricts the right to information with a legal reference (Art. 23; personopplysningsloven § 16, a
 * sector law's ban on tipping off such as hvitvaskingsloven § 28) owes no Art. 13 notice for it, as notice-art14 reads
 * it too; whether the reference holds is rights-restriction-reference's question.
 */
/**
 * A consequence that says the person is obliged to give the data, beside `requirement: voluntary` (variants-barnehage
 * BH27; F, session 18): «Foreldrene plikter å gi opplysningene», «Du har plikt til å svare», «Det er obligatorisk å oppgi
 * …», «Opplysningane er lovpålagde», «You are obliged to provide …», «Giving the data is mandatory». Art. 13(2)(e) asks
 * «whether the data subject is obliged to provide the personal data»: the record answers it both ways, and the notice
 * built from it tells the person the data is voluntary (`voluntary-contradicted`, a warning). Not «må»/«must», which say
 * what it takes to get something («Du må oppgi e-post for å få nyhetsbrevet»), not a duty; not a clause that denies
 * the duty («Du har ingen plikt til å gi opplysningene», «not obliged»), nor one that makes it a condition of a service
 * («… for å få plass», «if you want», «in order to»), nor the body's own duty (only the person, the data or «det er»).
 */
const OBLIGATION = String.raw`(?:plikter|plikta|pliktar|har\s+(?:ei\s+|en\s+)?plikt|er\s+(?:lov)?pliktig\p{L}*|er\s+forplikt\p{L}*|(?:is|are)\s+(?:legally\s+)?(?:obliged|obligated|required\s+by\s+law|bound\s+by\s+law))`;
const MANDATORY = String.raw`(?:obligatorisk\p{L}*|påkrevd\p{L}*|påkravd\p{L}*|pålagt\p{L}*|pålagd\p{L}*|lovpålagt\p{L}*|lovpålagd\p{L}*|mandatory|compulsory|obligatory|required\s+by\s+law)`;
const OBLIGED = lazyPattern(
  String.raw`(?<![\p{L}])${PERSON_SUBJECT}\s+(?:\p{L}+\s+){0,2}?${OBLIGATION}\s+(?:til\s+)?(?:å|to)\s+(?:\p{L}+\s+){0,1}?(?:gi|gje|oppgi|oppgje|levere|leverer|sende|svare|fylle|legge\s+fram|leggje\s+fram|informere|melde|give|provide|supply|submit|answer|disclose|report|fill)(?![\p{L}])|(?<![\p{L}])(?:det|it)\s+(?:er|is)\s+${MANDATORY}\s+(?:å|to)\s|(?<![\p{L}])(?:opplysning\p{L}*|dataene|data|information|answers|svar(?:a|ene|et)?|giving\s+(?:the\s+)?(?:data|information)|å\s+gi\s+opplysning\p{L}*)\s+(?:er|is|are)\s+(?:\p{L}+\s+)?${MANDATORY}(?![\p{L}])`,
  'iu',
);
/**
 * A condition the duty serves: getting something, wanting something («for å få plass», «if you want», «in order to»); or a
 * duty to report changes once in («Du plikter å gi beskjed om endringer i inntekten»), which is no duty to give the data.
 */
const CONDITIONAL = lazyPattern(
  String.raw`(?<![\p{L}])(?:for\s+å|for\s+at|om\s+du|dersom|hvis|viss|if|in\s+order|so\s+that|to\s+(?:get|receive|use|join|take|apply|be|obtain|book|register)|when\s+you|når\s+du|ved\s+søknad\p{L}*|for\s+(?:the|a|an)\s|endring\p{L}*|changes?)(?![\p{L}])`,
  'iu',
);
/** Whether a consequence text says the person is obliged to give the data, in a clause that neither denies it nor makes it a condition. */
/** The words call the giving voluntary («frivillig», «valfritt», «voluntary», «optional»). */
const VOLUNTARY_SAID = lazyPattern(String.raw`(?<![\p{L}])(?:frivillig\p{L}*|valfri\p{L}*|voluntar\p{L}*|optional)(?![\p{L}])`, 'iu');
/** OBLIGED's words (util/prefilter.ts): a text that holds none is not cut into sentences, nor OBLIGED built (session 23). */
const mayBeObliged = prefilter(OBLIGED);
export const saysObliged = (text: string): boolean =>
  mayBeObliged(text) && text.split(SENTENCE_END).some((c) => OBLIGED().test(c) && !NEGATION.test(c) && !CONDITIONAL().test(c));

/**
 * The activity's own words answer Art. 13(2)(e) where `collection` is not filled in (bodies/fiskeridirektoratet,
 * une-klagesaker: G15, session 32): they call the giving voluntary or say when alone it is needed («Registrering er berre
 * nødvendig dersom du skal …», «Det er frivillig å svare», «Du treng ikkje svare på …», «You do not have to give the
 * information»; not one datum left out: «Du treng ikkje oppgi fødselsnummer»), or they say the person must give the data
 * and what follows or what to do instead («Du må oppgi det vi ber om … Du kan i stedet henvende deg til oss via
 * brev», «… ellers kan vi ikke behandle søknaden»). A duty alone, with nothing of what follows, is no whole answer.
 */
const VOLUNTARY_IN_WORDS = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:er|is|are)\s+(?:helt\s+|heilt\s+|entirely\s+|completely\s+)?(?:frivillig\p{L}*|valfri\p{L}*|voluntary|optional)|(?:er|is|are)\s+(?:bare|berre|kun|only)\s+(?:nødvendig|naudsynt|påkrevd|necessary|required|needed)\s+(?:dersom|hvis|viss|om|når|if|when|where)|(?:du|you)\s+(?:trenger|treng|behøver|behøv)\s+(?:ikke|ikkje)\s+(?:å\s+)?(?:oppgi|oppgje|gi|gje|svare|svara)\s+(?:(?:dei|de|desse|disse|dine|meir|mer)\s+)?(?:opplysning\p{L}*|personopplysning\p{L}*|noko|noe|det|dette|på)|(?:you\s+)?(?:do\s+not|don't)\s+have\s+to\s+(?:give|provide|answer)\s+(?:(?:the|this|your|any|more)\s+)?(?:data|information|details|anything|it|them))(?![\p{L}])`,
  'iu',
);
const MUST_GIVE = lazyPattern(
  String.raw`(?<![\p{L}])(?:du|you)\s+(?:må|must|have\s+to|need\s+to)\s+(?:\p{L}+\s+)?(?:oppgi|oppgje|gi|gje|fylle\s+ut|fylla\s+ut|registrere|registrera|svare|svara|give|provide|fill\s+in|register|answer)(?![\p{L}])`,
  'iu',
);
const WHAT_FOLLOWS = lazyPattern(
  String.raw`(?<![\p{L}])(?:i\s+stedet|i\s+staden|instead|ellers|elles|otherwise|(?:kan|can)\s+(?:vi\s+|we\s+)?(?:ikke|ikkje|not)|cannot|can't|får\s+(?:du|vi)\s+(?:ikke|ikkje)|uten\s+(?:disse|dette|opplysning\p{L}*)|utan\s+(?:desse|dette|opplysning\p{L}*)|without\s+(?:it|them|this|these|the\s+data))(?![\p{L}])`,
  'iu',
);
/** Whether an activity's words (its description and its purposes', joined) answer Art. 13(2)(e) (exported for test/rules). */
export const requirementAnswered = (text: string): boolean => VOLUNTARY_IN_WORDS().test(text) || (MUST_GIVE().test(text) && WHAT_FOLLOWS().test(text));
const activityWords = (r: ResolvedActivity): string =>
  [...textsOf(r.activity.description), ...(r.activity.purposes ?? []).flatMap((p) => textsOf(p.description))].join('\n');
const answeredInWords = (r: ResolvedActivity): boolean => requirementAnswered(activityWords(r));

/**
 * What follows from not giving the data, said in the activity's words where `collection.requirement` is set without
 * `consequences` (bodies/atb-kollektivtrafikk, G17 session 33: «Disse opplysningene kreves registrert i din brukerprofil for
 * å kunne tilby en tjeneste med sikker og verifisert innlogging»). Three shapes, each in one sentence:
 * - without the data, something cannot be done («Uten disse opplysningene kan vi ikke behandle søknaden», «Utan
 *   kontonummer kan vi ikkje betale ut», «Without your address we cannot send the card», «If you do not provide …, we
 *   cannot …», «Dersom du ikke oppgir …, får du ikke …»);
 * - the data is required in order to be able to do something («… kreves … for å kunne tilby tjenesten», «Vi treng
 *   namnet ditt for å kunne svare deg», «Your e-mail address is required to be able to send you the ticket»): what is
 *   required is the data, and the ability its purpose, so its absence takes the ability away;
 * - «du må oppgi …» with what follows or what to do instead (requirementAnswered's MUST_GIVE and WHAT_FOLLOWS).
 * Not the processing's own necessity («Behandlingen er nødvendig for å kunne oppfylle avtalen»: Art. 6(1)(b)'s words,
 * about processing, not about giving), a purpose alone («Vi bruker opplysningene for å kunne tilby tjenesten»), a
 * requirement denied («kreves ikke», «is not required»: then it is voluntary), a period («lagres … for å kunne
 * dokumentere»), nor a «without» that says nothing fails («Uten at du merker det …», «Without cookies the site still
 * works»).
 */
const WITHOUT = String.raw`(?:uten|utan|without|dersom\s+du\s+ikke|dersom\s+du\s+ikkje|hvis\s+du\s+ikke|viss\s+du\s+ikkje|om\s+du\s+ikke|om\s+du\s+ikkje|if\s+you\s+(?:do\s+not|don't|choose\s+not\s+to|decline\s+to))`;
const CANNOT = String.raw`(?:kan\s+(?:vi|du|det|dei|de|den|søknaden|saka|saken)?\s*(?:ikke|ikkje)|får\s+(?:vi|du)\s+(?:ikke|ikkje)|er\s+det\s+(?:ikke|ikkje)\s+(?:mulig|mogleg)|(?:we|you|it)\s+(?:cannot|can't|can\s+not|will\s+not\s+be\s+able|won't\s+be\s+able|are\s+unable|is\s+unable)|not\s+(?:be\s+)?(?:possible|able))`;
const WITHOUT_CANNOT = lazyPattern(String.raw`(?<![\p{L}])${WITHOUT}\s+(?!at\s|that\s)(?:[^.;!?]{0,120}?)(?<![\p{L}])${CANNOT}(?![\p{L}])`, 'iu');
const REQUIRED = String.raw`(?:kreves|krevst|er\s+(?:påkrevd|påkravd|nødvendig\p{L}*|naudsynt\p{L}*|obligatorisk\p{L}*)|må\s+(?:vi\s+ha|oppgis|oppgjevast|registreres|registrerast|fylles\s+ut|fyllast\s+ut)|(?:trenger|treng|behøver)\s+vi|vi\s+(?:trenger|treng|behøver|må\s+ha)|we\s+need|(?:is|are)\s+(?:required|necessary|needed|mandatory)|must\s+be\s+(?:provided|given|registered|entered))`;
const ABLE_TO = String.raw`(?:for\s+å\s+kunne|for\s+at\s+vi\s+skal\s+kunne|for\s+at\s+vi\s+kan|to\s+be\s+able\s+to|in\s+order\s+(?:to|for\s+us\s+to)|so\s+(?:that\s+)?we\s+can)`;
const REQUIRED_TO_BE_ABLE = lazyPattern(
  String.raw`(?<![\p{L}])${REQUIRED}(?![\p{L}])(?!\s+(?:ikke|ikkje|not)(?![\p{L}]))[^.;!?]{0,120}?(?<![\p{L}])${ABLE_TO}(?![\p{L}])`,
  'iu',
);
/** The processing or keeping as what is necessary, not the giving of the data. */
const NOT_THE_GIVING = lazyPattern(
  String.raw`(?<![\p{L}])(?:behandl\p{L}*|handsam\p{L}*|process(?:ing|ed|es)?|lagring\p{L}*|lagres|lagrast|oppbevar\p{L}*|storage|stored|kept|retained|(?:ikke|ikkje|not)\s+(?:påkrevd|nødvendig|naudsynt|required|necessary|needed))(?![\p{L}])`,
  'iu',
);
/** The data required to be able to do something, with no processing or keeping named as the thing required (before «for å kunne»). */
function requiredToBeAble(clause: string): boolean {
  const m = REQUIRED_TO_BE_ABLE().exec(clause);
  return m !== null && !NOT_THE_GIVING().test(clause.slice(0, m.index + m[0].length));
}
/** Whether an activity's words say what follows from not giving the data (exported for test/rules). */
export const consequenceAnswered = (text: string): boolean =>
  text.split(SENTENCE_END).some((c) => WITHOUT_CANNOT().test(c) || requiredToBeAble(c)) || (MUST_GIVE().test(text) && WHAT_FOLLOWS().test(text));

/**
 * A consequence that only points elsewhere («Se abonnementsvilkårene.», «Sjå vilkåra på nettsida», «Jf. avtalen», «See our
 * terms and conditions», «Refer to the membership terms»: variants-optiker OP57, W7 session 47). Art. 13(2)(e) asks the
 * notice itself to say «the possible consequences of failure to provide such data»; the notice built from the record
 * prints the pointer and nothing of what follows, so the answer is still missing. Every sentence of the text must be such
 * a pointer (a verb of seeing or reading, «jf.», «viser til», «refer to», at its start), and no sentence may say what
 * follows (consequenceAnswered) or call the giving voluntary.
 */
const POINTER = lazyPattern(
  String.raw`^\s*(?:se|sjå|les|jf\.?|jamfør|(?:vi\s+)?viser\s+til|sjekk|see|read|refer\s+to|please\s+(?:see|read|refer\s+to)|check|cf\.?)(?![\p{L}])`,
  'iu',
);
export const onlyPointer = (text: string): boolean => {
  const sentences = text
    .split(/(?<![jJ]f|[cC]f)[.!?](?:\s|$)/u)
    .map((x) => x.trim())
    .filter((x) => x !== '');
  return sentences.length > 0 && sentences.every((x) => POINTER().test(x)) && !consequenceAnswered(text) && !VOLUNTARY_SAID().test(text);
};

/** The right to information (Arts. 13-14) is restricted, with the law or GDPR provision that restricts it. */
const informationRestricted = (r: ResolvedActivity): boolean =>
  (r.activity.rightsRestrictions ?? []).some((x) => x.right === 'information' && ((x.law ?? []).length > 0 || x.gdpr !== undefined));

export default defineRule(
  {
    id: 'notice-mandatory',
    severity: 'error',
    citation: 'GDPR Art. 13(2)(e)',
    messages: ['missing', 'no-consequences-statutory', 'no-consequences-contractual', 'no-consequences-contract-prerequisite', 'voluntary-contradicted'],
  },
  (ctx, report) => {
    for (const r of ctx.activities) {
      if (!providedByPerson(r) || activityExempt(r, ctx.reference) || informationRestricted(r)) continue;
      const c = r.activity.collection;
      if (!c) {
        if (!answeredInWords(r)) report.activity(r, '/collection', 'missing');
      } else if (c.requirement !== 'voluntary' && c.consequences === undefined && !consequenceAnswered(activityWords(r)))
        report.activity(r, '/collection/requirement', `no-consequences-${c.requirement}`);
      else if (c.requirement !== 'voluntary' && textsOf(c.consequences).some(onlyPointer) && !consequenceAnswered(activityWords(r)))
        report.activity(r, '/collection/consequences', `no-consequences-${c.requirement}`);
      // Not where the same words call it voluntary for the person («… men denne undersøkelsen er frivillig», «obligatoriske
      // for kommunen, men frivillige for deg»: N2b's review, session 18).
      else if (c.requirement === 'voluntary' && textsOf(c.consequences).some(saysObliged) && !textsOf(c.consequences).some((t) => VOLUNTARY_SAID().test(t)))
        report.activity(r, '/collection/consequences', 'voluntary-contradicted', {}, { severity: 'warning' });
    }
  },
);
