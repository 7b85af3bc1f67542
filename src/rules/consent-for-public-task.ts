import {
  actsAsPublicAuthority,
  basesWithPointers,
  CONSENT_WORD,
  isArt89Purpose,
  isConsent,
  NEGATION,
  PART_END,
  SENTENCE_END,
  textsOf,
} from '../check/facts.js';
import { defineRule } from '../check/rule.js';
import { isArt6, isArt9Condition, isTaskBasis } from '../model/resolve.js';
import { consentAsCondition, permissionGiven } from '../check/lexicon-consent.js';
import { join } from '../util/pointer.js';
import type { ResolvedActivity, ResolvedLegalBasis } from '../model/resolve.js';
import type { Law } from '../model/types.js';
import { lazyPattern } from '../util/lazy-pattern.js';
import { gated, ways } from '../util/prefilter.js';
import { byText } from '../util/memo.js';

/**
 * Recital 43: consent is unlikely to be freely given to a public authority. A public body that uses
 * consent where its purpose is a statutory task (statistics or research, a duty to provide data, or a
 * purpose that also cites a legal obligation or public task) should check that consent is the right
 * basis. Consent from the controller's own employees is rarely free either (EDPB Guidelines 05/2020
 * on consent, section 3.1.1), for any employer. Nor is consent to a public body from people who depend
 * on it, recorded as vulnerable data subjects (care recipients, patients, applicants for assistance):
 * recital 43's «clear imbalance» (EDPB Guidelines 05/2020, paras. 16-20).
 *
 * Consent asked inside a task is asked by the authority deciding the person's case: where another purpose of the same
 * activity rests on a legal obligation or public task (a means-tested application decided under 6(1)(e), with the
 * register look-ups «on the applicant's consent»), refusing may cost the person the decision, the «clear imbalance»
 * of recital 43 (EDPB Guidelines 05/2020, para. 16). Warned (`within-task`) where the consent lets the authority fetch
 * the person's data from registers or other controllers for the case (the activity has such a source and the consent
 * purpose's words say it fetches or obtains data: «samtykke til innhenting av opplysninger», the pattern the Storting replaced with statutory bases, e.g. husbankloven § 10), or is
 * bundled with using the service (`consentMethod` accept-terms or continued-use); not for an optional add-on such as SMS
 * reminders (EDPB example 2), and not where the record says refusing costs nothing.
 *
 * A purpose that cites Art. 9(2)(g) beside consent names the law that lays the processing down for a substantial public
 * interest: a statutory task too (`statutory-task`).
 *
 * The same holds for explicit consent (Art. 9(2)(a)) that a public body asks for the special categories of a purpose
 * it carries out as its task («information about your health status may only be collected with your consent»): the
 * Art. 6 basis is the task, and the consent for the health data is asked by the authority deciding the case
 * (`explicit-consent-task`). It is quiet where the record says refusing costs nothing, and judged once per purpose (a
 * purpose that also rests on Art. 6(1)(a) is judged on that).
 *
 * Consent is not excluded where refusing costs nothing (EDPB Guidelines 05/2020, para. 17 and example 2
 * for public authorities; the employment exception in section 3.1.1). Where the record already gives that
 * answer — giving the data is voluntary (`collection.requirement: voluntary`) and the stated consequence of
 * refusing is that it costs nothing (`collection.consequences`, COSTS_NOTHING) — the employee, dependent-people
 * and research-or-statistics warnings are not repeated. ropa takes the record's word for it; a purpose that
 * cites a legal obligation or public task beside consent, or data the law requires, is warned all the same.
 */
/**
 * The record's answer that refusing costs nothing (nb, nn, en): «Ingen», «ingen følger», «ingen betydning for
 * behandlingen», «SSB kan ikke pålegge noen å delta», «no consequences», «does not affect», and the standard sentence
 * of Norwegian research information letters, «Det vil ikke ha (noen) negative konsekvenser for deg hvis du ikke vil
 * delta» (NTNU's IDDEAS, NIH's KAN3; nn «ikkje ha nokon negative konsekvensar»; en «will not have any negative
 * consequences»). That what the person came for goes ahead as usual, or that they get the same offer
 * («dåp og gravferd går som vanleg», «gjennomføres som vanlig», «goes ahead as usual», «får same tilbod», «get the same
 * service») says it too, with the person named between («får barnet den same oppfølginga», «your child receives the
 * same treatment»: variants-fysio, written through `ropa new`). Only these quiet a warning: a stated consequence that
 * costs something («Uten GPS får du ikke denne tjenesten») leaves it.
 */
const COSTS_NOTHING = lazyPattern(
  String.raw`\b(ikke|ikkje)\s+(ha|få|gi|medføre|føre til|innebere|innebære|bety)\s+(noen\s+|nokon\s+)?(negative\s+)?(følger|følgjer|konsekvens\w*|betydning|innverknad|innvirkning|ulempe\w*)|\bnot\s+(have|lead to|result in|mean)\s+any\s+(negative\s+|adverse\s+)?(consequences?|effect|impact|disadvantage)|^(ingen|inga|none|nothing)\s*([.;:,–-]|$)|\b(ingen|inga|ikke noen|ikkje nokon|ikke noe|ikkje noko)\s+(følger|følgjer|konsekvens\w*|betydning|innverknad|innvirkning|ulempe\w*|negative)|\b(påvirker|påverkar|endrer|endrar)\s+(ikke|ikkje)\b|\bkan\s+(ikke|ikkje)\s+(pålegge|påleggje)|\bno\s+(consequences?|effect|bearing|impact|disadvantage)|\b(does|will)\s+not\s+affect|\bcannot\s+require|\b(går|gjennomføres|gjennomførast|skjer|held fram|fortsetter)\s+som\s+(vanlig|vanleg|normalt|planlagt)\b|\b(goes ahead|proceeds|takes place|continues)\s+as\s+(usual|normal|planned)\b|(?<!(\bnot|\bikke|\bikkje|\bnever|\baldri|n't)\s+)\b(får|få|gets?|receives?)\s+((du|de|dei|barnet|eleven|pasienten|brukaren|brukeren|deltakaren|deltakeren|you|they|the child|your child|the patient)\s+)?(den\s+|det\s+|dei\s+|de\s+|the\s+)?(same|samme)\s+(tilbod|tilbud|tilbodet|tilbudet|offer|service|help|hjelp\w*|helsehjelp\w*|oppfølging\w*|behandling\w*|teneste\w*|tjeneste\w*|follow-up|treatment|care)\b|\b(er|blir|vert|forblir|is|stays|remains)\s+(den|det|dei|de|the)\s+(same|samme)\s+(om|hvis|dersom|viss|enten|if|whether)\b|\b(is|stays|remains)\s+unchanged\s+(if|whether)\b|\b(beholder|beheld|held)\s+(du\s+)?(likevel\s+|uansett\s+)?(på\s+)?(plassen|tilbudet|tilbodet|retten|hjelpa|hjelpen|stønaden|stønaden|ytinga|ytelsen)\b|\byou\s+(still\s+)?keep\s+(your|the)\s+(place|seat|offer|service|benefit|right)\b|\b(mister|mistar|taper|tapar)\s+(du\s+)?(ikke|ikkje)\s+(noe|noko|plassen|tilbudet|tilbodet|retten|hjelpa|hjelpen)\b|\byou\s+(do\s+not|don't|will\s+not|won't)\s+lose\s+(anything|your|the)\b`,
  'i',
);
/** Whether a stated consequence of refusing says it costs nothing (COSTS_NOTHING, no «men»/«but» after which something is lost). */
export const refusingCostsNothing = (text: string): boolean => COSTS_NOTHING().test(text.trim()) && !BUT().test(text);

/**
 * A consent purpose whose words say it fetches or obtains the person's data (nb, nn, en): «hente opplysninger om
 * inntekt fra Skatteetaten», «innhenting av opplysninger», «oppslag i registre», «obtain information from» — the verb
 * with data as its object within a few words («hente bøker du har reservert» is no look-up). Only such a
 * purpose is the register look-up «on consent»; an add-on of the same case activity (SMS reminders, a newsletter) is not,
 * though the case itself uses Folkeregisteret (EDPB Guidelines 05/2020, example 2).
 */
const FETCHES = lazyPattern(
  String.raw`(?<![\p{L}])(?:hente|henter|hentes|henta|hentar|innhente|innhenter|innhentes|innhenta|innhentar|innhenting|innhentinga|obtain|obtains|obtaining|fetch|fetches|fetching|retrieve|retrieves|retrieving)(?![\p{L}])(?:\s+\S+){0,6}?\s+(?:\S*opplysning\S*|data|informasjon|information|details|records?|\S*register\S*|registre|\S*inntekt\S*|income|\S*likning\S*)(?![\p{L}])|(?<![\p{L}])(?:oppslag|slå opp|look up|looks up)(?![\p{L}])|(?<![\p{L}])collect\p{L}*\s+(?:\S+\s+){0,6}?from(?![\p{L}])`,
  'iu',
);

/**
 * A purpose whose own words say the law requires it (nb, nn, en): «når lova pålegg det», «som loven krever», «lovpålagt»,
 * «meldeplikt», «pålagt ved lov», «required by law», «statutory duty», «as the law requires». Consent is no basis for
 * it, for any controller: the processing is a legal obligation (Art. 6(1)(c)) and goes ahead whatever the person says,
 * so the consent can neither be refused nor withdrawn (Art. 4(11), 7(3); rec. 43; EDPB Guidelines 05/2020 (WP259):
 * a controller may not fall back on another basis once consent is withdrawn, as read in secondary summaries) (`legal-duty`). A clause
 * that goes beyond or denies the duty («ut over det lova krev», «ikkje lovpålagt», «not required by law») is not read.
 */
const LAW_REQUIRES = lazyPattern(
  String.raw`(?<![\p{L}])(?:lova|loven|lovene|lovane|lov|forskrifta|forskriften)\s+(?:pålegg|pålegger|påla|krev|krever|kravde|kreve)(?![\p{L}])|(?<![\p{L}])(?:som|når|der|dersom|slik)\s+(?:lova|loven|lovene|lovane|forskrifta|forskriften)\s+(?:\p{L}+\s+)?(?:pålegg|pålegger|krev|krever|kreve)(?![\p{L}])|(?<![\p{L}])lovpålag\p{L}*|(?<![\p{L}])pålagt\s+(?:ved|i|etter)\s+lov\p{L}*|(?<![\p{L}])(?:meldeplikt|opplysningsplikt|avvergeplikt|rapporteringsplikt)\p{L}*|(?<![\p{L}])(?:required|mandated|imposed)\s+by\s+(?:the\s+)?(?:law|statute|legislation)(?![\p{L}])|(?<![\p{L}])(?:as|when|where)\s+(?:the\s+)?law\s+requires(?![\p{L}])|(?<![\p{L}])(?:statutory|legal)\s+(?:duty|obligation)\s+to(?![\p{L}])|(?<![\p{L}])duty\s+to\s+(?:report|notify)(?![\p{L}])`,
  'iu',
);
/** LAW_REQUIRES run by its ways, each built only where its words are (util/prefilter.ts `ways`; #16, session 28). */
const lawRequiresWays = ways(LAW_REQUIRES);
/** A clause that goes beyond the duty or denies it: «ut over det lova krev», «ikkje lovpålagt», «not required by law». */
const BEYOND_DUTY = lazyPattern(
  String.raw`(?<![\p{L}])(?:ut\s+over|utover|utanom|utenom|beyond|more\s+than|meir\s+enn|mer\s+enn|ikke|ikkje|not|no|uten|utan|without|så\s+lenge|så\s+lengje|as\s+long\s+as|so\s+long\s+as|uavhengig\s+av|uavhengig|independently\s+of|regardless\s+of|irrespective\s+of|i\s+tillegg\s+til|in\s+addition\s+to)(?![\p{L}])`,
  'iu',
);
/**
 * What is not the purpose's own duty (W2 false-alarm review, 2026-11-30): the law requiring the consent itself, a consent
 * word (CONSENT_WORD) in the clause or the one before («Bilder publiseres bare med samtykke fra foresatte, slik loven krever
 * (åndsverkloven § 104)», «only with their consent, as the law requires»); a duty as the topic of a newsletter or course
 * (DUTY_AS_TOPIC: «nyhetsbrev om meldeplikt og opplysningsplikt», «a newsletter on the statutory duty to report», «kurs om
 * rapporteringsplikten»); and, in BEYOND_DUTY, how long something is kept («så lenge loven krever») and what is apart
 * from the duty («uavhengig av meldeplikten», «in addition to what the law requires»).
 */
const DUTY_AS_TOPIC = lazyPattern(
  String.raw`(?<![\p{L}])(?:om|on|about|regarding|angående|concerning)\s+(?:\p{L}+\s+){0,2}?(?:meldeplikt|opplysningsplikt|avvergeplikt|rapporteringsplikt|lovpålag|statutory|legal|duty)`,
  'iu',
);
/** One clause of a purpose's words. */
const CLAUSE = PART_END;
/** «… og ellers bare med samtykke», «otherwise»: what follows is the consent's own part, not the duty. */
const OTHERWISE = lazyPattern(String.raw`(?<![\p{L}])(?:ellers|elles|otherwise|else)(?![\p{L}])`, 'iu');
/**
 * Only the purpose's first sentence, up to «ellers/otherwise», names what the purpose is: a later sentence about
 * something else («…; meldeplikten gjelder uansett og behandles i en egen aktivitet», «where the law requires us to keep
 * records of your consent») is not read (integrator's lawful variations, 2026-11-30).
 */
const saysLawRequires = byText((t: string): boolean =>
  t
    .split(SENTENCE_END)[0]!
    .split(OTHERWISE())[0]!
    .split(CLAUSE)
    .some(
      (c, i, clauses) => lawRequiresWays.test(c) && !BEYOND_DUTY().test(c) && !DUTY_AS_TOPIC().test(c) && !CONSENT_WORD.test(`${clauses[i - 1] ?? ''} ${c}`),
    ),
);

/**
 * A purpose whose own words are answering what people send the body (nb, nn, en): «svare på spørsmål som sendes via
 * kontaktskjemaet», «behandle og svare på det du sender oss», «besvare henvendelser», «svare deg», «answer enquiries sent
 * through the contact form», «reply to your message». For a public authority that is its duty: forvaltningsloven § 11
 * first paragraph, «Forvaltningsorganene har innenfor sitt sakområde en alminnelig veiledningsplikt», third paragraph, a
 * duty to guide anyone who asks of their rights and duties «uavhengig av om sak pågår», and § 11 a second paragraph, a
 * provisional answer where «det vil ta uforholdsmessig lang tid før en henvendelse kan besvares» (Lovdata's text of
 * LOV-1967-02-10, read 2026-12-01). What comes in is then a case document kept under the archive duty, so withdrawing the
 * consent would not stop the processing (Art. 7(3), rec. 43). A survey, quiz or competition the person answers, a
 * newsletter, research or an event sign-up (NOT_ENQUIRY) is not read.
 */
const ANSWERS_ENQUIRIES = lazyPattern(
  String.raw`(?<![\p{L}])(?:svare|svarer|svarar|svara|besvare|besvarer|besvarar|besvara|besvares|answer|answers|answering|respond|responds|responding|reply|replies|replying)(?:\s+(?:på|pa|to))?\s+(?:\p{L}+\s+){0,4}?(?:spørsmål\p{L}*|henvend\p{L}*|førespurnad\p{L}*|forespørs\p{L}*|det\s+du\s+sender|det\s+du\s+sender\s+oss|what\s+you\s+send|enquir\p{L}*|inquir\p{L}*|questions?|requests?|messages?|melding(?:a|en|ar|er|ane|ene)?|e-post(?:en|ar|er)?|emails?|kontaktskjema\p{L}*|contact\s+forms?)(?![\p{L}])|(?<![\p{L}])(?:svare|besvare|answer|reply\s+to|respond\s+to)\s+(?:deg|dykk|dere|you)(?![\p{L}])|(?<![\p{L}])(?:behandle|handsame|handle|process)\s+(?:og\s+\p{L}+\s+|and\s+\p{L}+\s+)?(?:\p{L}+\s+){0,2}?(?:henvendels\p{L}*|førespurnad\p{L}*|enquiries|inquiries)(?![\p{L}])` +
    // Applications the body decides («handsame søknader om elevplass», «behandle søknaden», «process applications for»):
    // a case it must prepare and decide «uten ugrunnet opphold» (forvaltningsloven § 11 a first paragraph).
    String.raw`|(?<![\p{L}])(?:behandle|behandler|handsame|handsamar|vurdere|vurderer|avgjøre|avgjere|process|processes|decide|decides|assess|assesses|consider|considers)\s+(?:\p{L}+\s+){0,2}?(?:søknad(?:en|er|ene|ar|ane|a)?|applications?)(?![\p{L}])` +
    // Reports the body receives («ta imot meldingar om tapte reiskapar»): not messages sent to the person (NOT_RECEIVED).
    String.raw`|(?<![\p{L}])ta\s+(?:imot|i\s+mot)\s+(?:\p{L}+\s+){0,2}?(?:melding(?:ar|er|ane|ene)?|henvendels\p{L}*|søknad(?:er|ar|ene|ane)?|tips)(?![\p{L}])`,
  'iu',
);
const NOT_ENQUIRY = lazyPattern(
  String.raw`undersøk\p{L}*|survey\p{L}*|questionnaire\p{L}*|quiz\p{L}*|konkurranse\p{L}*|competition\p{L}*|spørreskjema\p{L}*|evaluer\p{L}*|evaluat\p{L}*|feedback|tilbakemelding\p{L}*|nyhetsbrev\p{L}*|nyheitsbrev\p{L}*|newsletter\p{L}*|forsk\p{L}*|research\p{L}*|studie\p{L}*|stud(?:y|ies)|intervju\p{L}*|interview\p{L}*|respondent\p{L}*|deltak\p{L}*|particip\p{L}*|påmeld\p{L}*|sign-?ups?|arrangement\p{L}*|events?|markedsfør\p{L}*|marknadsfør\p{L}*|marketing|bilde\p{L}*|bilete\p{L}*|foto\p{L}*|photo\p{L}*|video\p{L}*|film\p{L}*|publiser\p{L}*|publish\p{L}*|fra\s+oss|frå\s+oss|from\s+us|sms|varsl\p{L}*|nyhet\p{L}*|nyheit\p{L}*|jobb\p{L}*|stilling\p{L}*|job\s+applications?|rekrutter\p{L}*|recruit\p{L}*`,
  'iu',
);

/**
 * The words say the processing itself rests on consent (nb, nn, en): «Behandlinga av personopplysningane byggjer på
 * samtykke frå foreldra», «behandlingen baserer seg på samtykke», «det rettslege grunnlaget er samtykke», «the processing
 * of personal data is based on the parents' consent», «the legal basis is consent» (variants-ppt PP10; F7, session 20).
 * The subject is the processing or its basis, right before the verb: consent to something else (a waiver of
 * confidentiality, «fritaket frå teieplikta byggjer på samtykke»; a referral, «tilvisinga byggjer på samtykke»; a
 * newsletter's own processing, «behandlinga i nyheitsbrevet …») is not read, nor a negation («byggjer ikkje på
 * samtykke», «is not based on consent»: the words between are at most two, none of them a negation).
 */
const PROCESSING_ON_CONSENT = lazyPattern(
  String.raw`(?<![\p{L}])(?:behandlinga|behandlingen|handsaminga|(?:the\s+)?processing|(?:det\s+|the\s+)?(?:rettslege|rettslige|juridiske|legal|lawful)\s+(?:grunnlaget|basis)|behandlingsgrunnlaget|handsamingsgrunnlaget)(?:\s+(?:av|for|of)\s+(?:(?:the|dei|de|your|dine)\s+)?(?:\p{L}+\s+)?(?:personopplysning\p{L}*|opplysning\p{L}*|(?:personal\s+)?(?:data|information)|processing|behandlinga|behandlingen))?\s+(?:byggjer\s+på|bygger\s+på|byggjer\s+seg\s+på|bygger\s+seg\s+på|baserer\s+seg\s+på|baserar\s+seg\s+på|er\s+basert\s+på|kviler\s+på|hviler\s+på|is\s+based\s+on|is\s+based\s+upon|rests\s+on|relies\s+on)\s+(?:(?:eit|ein|et|en|a|an|the|your|their|dykkar|deira|deres|ditt|din|ditt|foreldra|foreldrene|føresette|foresatte|sitt|si|sine|parents[\u0027\u2019]|the\s+parents[\u0027\u2019]|guardians[\u0027\u2019]|skriftleg|skriftlig|written|informert|informed|frivillig|explicit|uttrykkeleg|uttrykkelig)\s+){0,2}(?:samtykke\p{L}*|consent)(?![\p{L}])` +
    // «Det rettslege grunnlaget er samtykke», «the legal basis is consent»: the basis named, consent right after «er», «is».
    String.raw`|(?<![\p{L}])(?:(?:det\s+|the\s+)?(?:rettslege|rettslige|juridiske|legal|lawful)\s+(?:grunnlaget|basis)|behandlingsgrunnlaget|handsamingsgrunnlaget)(?:\s+(?:for|of)\s+(?:the\s+)?(?:behandlinga|behandlingen|processing))?\s+(?:er|is)\s+(?:(?:eit|ein|et|en|a|an|the|your|their|foreldra|foreldrene|føresette|foresatte|sitt|si|sine|parents[\u0027\u2019]|the\s+parents[\u0027\u2019]|skriftleg|skriftlig|written|informed|explicit)\s+){0,2}(?:samtykke\p{L}*|consent)(?![\p{L}])` +
    // «Vi behandlar opplysningane dine fordi du samtykkjer til det», «we process your data because you consent to it», «on
    // the basis of your consent» (variants-legevakt LV28; R2, session 25): we process the data, and the reason is the
    // person's consent, right after.
    String.raw`|(?<![\p{L}])(?:vi|me|we)\s+(?:behandlar|behandler|handsamar|handsamer|brukar|bruker|nyttar|process|use|handle|store|lagrar|lagrer)\s+(?:(?:dine|your|dei|de|the)\s+)?(?:person)?(?:opplysning(?:ane|ene|ar|er)|(?:personal\s+)?(?:data|information))\s+(?:(?:dine|dykkar|deres)\s+)?(?:(?:fordi|ettersom|sidan|siden|because|since|as)\s+(?:du|de|dei|dykk|you|they)\s+(?:(?:har|have|has)\s+)?(?:samtykk\p{L}*|samtykt|consent(?:s|ed)?|gjev\s+samtykke|gir\s+samtykke|gav\s+samtykke|ga\s+samtykke|give\s+(?:your\s+)?consent|gave\s+(?:your\s+)?consent)|(?:på\s+grunnlag\s+av|basert\s+på|med\s+heimel\s+i|med\s+hjemmel\s+i|on\s+the\s+basis\s+of|based\s+on|with)\s+(?:(?:ditt|din|dykkar|deres|your|their)\s+)?(?:samtykke(?:t)?|consent)(?:\s+(?:ditt|dykkar))?)(?![\p{L}])`,
  'iu',
);

/** PROCESSING_ON_CONSENT behind its words (util/prefilter.ts): its 2,160 characters are built only where they may match (#16). */
const processingOnConsent = gated(PROCESSING_ON_CONSENT);
/** Whether the words say the processing rests on consent (PROCESSING_ON_CONSENT; the reader table's entry). */
export const saysProcessingOnConsent = (text: string): boolean => processingOnConsent(text);

/** Consent given by accepting the terms or by using the service: bundled with it, so a condition of the service. */
const BUNDLED = new Set(['accept-terms', 'continued-use']);
/**
 * Consent withdrawn only by ending the use of the service: logging out, stopping using it, deleting the account or the
 * app («Du trekker samtykket ved å logge ut», «withdraw consent by logging out or uninstalling the app»): the consent lasts
 * exactly as long as the person uses the service, so it is bundled with it as `continued-use` is, and refusing costs the
 * access (Art. 7(4), rec. 43; variants-studiestotte ST43: the login to a statutory self-service «on consent»; W6, session
 * 20). Not a withdrawal that names another way beside it («i innstillingene eller ved å logge ut»: ANOTHER_WAY).
 */
const WITHDRAWN_BY_LEAVING = lazyPattern(
  String.raw`(?<![\p{L}])(?:ved\s+å|by)\s+(?:\p{L}+\s+){0,2}?(?:logge\s+ut|logga\s+ut|logging\s+out|log\s+out|slutte\s+å\s+bruke|slutta\s+å\s+bruka|stopping\s+using|stop\s+using|slette\s+(?:kontoen|brukeren|brukaren|profilen|appen)|sletta\s+(?:kontoen|brukaren|profilen|appen)|deleting\s+(?:the|your|their)\s+(?:account|profile|app)|avinstallere\s+appen|uninstalling\s+the\s+app)(?![\p{L}])`,
  'iu',
);
const ANOTHER_WAY = lazyPattern(
  String.raw`(?<![\p{L}])(?:innstilling\p{L}*|settings?|e-?post\p{L}*|e-?mail\p{L}*|skjema\p{L}*|form|knapp\p{L}*|button|lenk\p{L}*|link|ring\p{L}*|call\p{L}*|telefon\p{L}*|phone|skriv\p{L}*|writ\p{L}*|kontakt\p{L}*|contact\p{L}*|huke\s+av|untick\p{L}*)(?![\p{L}])`,
  'iu',
);
const withdrawnByLeaving = (texts: readonly string[]): boolean =>
  texts.some((t) => WITHDRAWN_BY_LEAVING().test(t)) && !texts.some((t) => ANOTHER_WAY().test(t));

/**
 * The activity's own words answering it in one sentence: giving the data is voluntary and refusing costs nothing («Det er
 * frivillig å svare, og det har ingen betydning for oppfølgingen», «Answering is voluntary and has no bearing on the help
 * you get»), with `collection.requirement: voluntary` (variants-krisesenter's clean base, B16, session 19). Both in the same
 * sentence, and no «men», «but» after which something is lost. Only where `collection.consequences` says nothing (a cost
 * stated there stands), and not where another sentence says refusing costs something («Men de som ikke svarer, får ikke
 * tilbud om ettervern», «However, residents who decline are not offered the follow-up group», «Hvis du ikke svarer, kan du
 * ikke søke om ettervern»: N3b's review, F3, session 19).
 */
const VOLUNTARY_WORD = lazyPattern(String.raw`(?<![\p{L}])(?<!(?:ikke|ikkje|not)\s)(?:frivillig\p{L}*|valfri\p{L}*|voluntar\p{L}*|optional)(?![\p{L}])`, 'iu');
const REFUSING = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:ikke|ikkje|not)\s+(?:svarer|svarar|svare|answer\p{L}*|respond\p{L}*|deltar|deltek|delta|participat\p{L}*|samtykker|samtykkjer|consent\p{L}*)|declin\p{L}*|refus\p{L}*|nekt\p{L}*|(?:sier|seier|say|says)\s+nei|say\s+no|opt\p{L}*\s+out|reserver\p{L}*)(?![\p{L}])`,
  'iu',
);
const COSTS = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:ikke|ikkje|not)\s+(?:\p{L}+\s+)?(?:tilbud\p{L}*|tilbod\p{L}*|plass\p{L}*|offered|søke|søkje|apply|delta|join|given|allowed|få)|mist\p{L}*|miss(?:er|ar)|los(?:e|es|ing)|tap(?:er|ar)|cannot\s+(?:apply|join|get|take\s+part))(?![\p{L}])`,
  'iu',
);
/** A loss denied («mister du ingenting», «Ingen mister plassen», «you lose nothing»). */
const NO_LOSS = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:ingen|inga|nobody|no\s+one)\s+(?:mist\p{L}*|miss(?:er|ar)|los(?:e|es)|tap(?:er|ar))|(?:mist\p{L}*|miss(?:er|ar)|los(?:e|es)|tap(?:er|ar))\s+(?:\p{L}+\s+)?(?:ingenting|ingen|inga|nothing|ikke|ikkje))(?![\p{L}])`,
  'iu',
);
const refusalCosts = (s: string): boolean => REFUSING().test(s) && COSTS().test(s) && !NO_LOSS().test(s);
const saysVoluntaryCostsNothing = (s: string): boolean => VOLUNTARY_WORD().test(s) && COSTS_NOTHING().test(s) && !BUT().test(s);
/** Whether a purpose's words answer enquiries (ANSWERS_ENQUIRIES), remembered per text (#16, session 42). */
const answersEnquiriesIn = byText((t: string): boolean => ANSWERS_ENQUIRIES().test(t) && !NOT_ENQUIRY().test(t));
/** Whether a sentence of a text says so, remembered per text (#16, session 42). */
const voluntaryCostsNothingIn = byText((t: string): boolean => t.split(SENTENCE_END).some(saysVoluntaryCostsNothing));
const refusalCostsIn = byText((t: string): boolean => t.split(SENTENCE_END).some(refusalCosts));
/** «Ingen konsekvenser utover at …», «no consequences except …»: what follows the exception costs something. */
const BUT = lazyPattern(String.raw`\b(utover|bortsett fra|unntatt|men|except|other than|apart from|but)\b`, 'i');

/**
 * The person's data weighed in an administrative decision («Vi vurderer merknadene i vedtaket»: variants-byggesak BY03, a
 * neighbour's comment on a building application «on consent»; «opplysningene tas med i vurderingen når vi fatter vedtak»,
 * «we take your comments into account when we decide the application»; E2, session 29). A public body's individual
 * decision (enkeltvedtak, forvaltningsloven § 2 (1) a and b) is the exercise of official authority, which only a law can
 * give it: the processing for it is the task (Art. 6(1)(e), 6(3)), and consent to it is not free (rec. 43). A verb of
 * weighing (or the consent purpose's own deciding: «fatte vedtak om tilskot») before the decision, with «i», «in», «ved»,
 * «når», «when», «before» between; not what is sent or published with the decision («SMS når vedtaket er klart», «publish
 * the decision»), nor a clause that denies it («vedtaket blir ikkje påverka»).
 */
const WEIGHED_IN_DECISION = lazyPattern(
  String.raw`(?<![\p{L}])(?:vurder\p{L}*|vektlegg\p{L}*|(?:legg|legger|leggjast|legges)\s+vekt\s+på|(?:tek|tar|tas|takast)\s+(?:\p{L}+\s+)?(?:omsyn|hensyn)\s+til|(?:tek|tar|tas|takast)\s+med\s+(?:\p{L}+\s+){0,2}?(?:i\s+)?(?:vurdering\p{L}*)|weigh(?:s|ed|ing)?|consider(?:s|ed|ing)?|assess(?:es|ed|ing)?|tak(?:e|es|en)\s+(?:\p{L}+\s+){0,2}?into\s+account|(?:legges|leggast|leggjast|blir\s+lagt|blir\s+lagde|vert\s+lagd|vert\s+lagde|lagt|lagd)\s+til\s+grunn|(?:forms?|is|are)\s+the\s+basis)\s+(?:[\p{L}-]+\s+){0,6}?(?:i|in|ved|når|when|before|før|under|for|of)\s+(?:[\p{L}-]+\s+){0,3}?(?:vedtak\p{L}*|enkeltvedtak\p{L}*|avgjerd(?:a|er|ene)?|avgjørels(?:e|en|er|ene)|decisions?|decid(?:e|es|ing)|avgjør|avgjer|avgjøres|avgjerast)(?![\p{L}])|(?<![\p{L}])(?:fatte|fattar|fatter|gjere|gjer|gjøre|gjør|treffe|treffer|make|makes|take|takes)\s+(?:eit\s+|et\s+|ein\s+|a\s+|the\s+)?(?:vedtak|enkeltvedtak|decisions?)\s+(?:om|on|about|i|in)(?![\p{L}])`,
  'iu',
);
const mayWeighedInDecision = gated(WEIGHED_IN_DECISION);
/** Whether a text says the person's data is weighed in the body's decision (exported for tests). */
export const weighedInDecision = byText(
  (t: string): boolean =>
    mayWeighedInDecision(t) &&
    t.split(SENTENCE_END).some((c) => {
      const m = WEIGHED_IN_DECISION().exec(c);
      return m !== null && !NEGATION.test(c.slice(0, m.index).split(PART_END).pop()! + m[0]);
    }),
);

export default defineRule(
  {
    id: 'consent-for-public-task',
    severity: 'warning',
    citation: 'GDPR Art. 4(11), 6(1)(a), 7(4), 9(2)(a); rec. 43; EDPB Guidelines 05/2020',
    messages: [
      'statutory-task',
      'within-task',
      'explicit-consent-task',
      'employees',
      'vulnerable',
      'legal-duty',
      'answers-enquiries',
      'consent-said-for-task',
      'consent-demanded-for-task',
      'consent-asked-for-task',
    ],
  },
  (ctx, report) => {
    // The laws the record itself cites on an Art. 6(1)(c) or (e) basis, anywhere: read once, when a public body's consent
    // basis names a law.
    let tasks: TaskLaws | undefined;
    const taskLaws = (): TaskLaws => (tasks ??= lawsOnTaskBases(ctx.activities));
    for (const r of ctx.activities) {
      // Only an activity with consent is read (most have none).
      const bases = basesWithPointers(r);
      if (!bases.some(({ basis }) => isConsent(basis.gdpr))) {
        // Consent in the words only: a public body's task whose description says the processing rests on consent.
        const said = consentInWordsForTask(ctx.registry, r, bases);
        if (said !== undefined) report.activity(r, '/description', said.variant, { words: said.words });
        else {
          const own = consentConditionInTask(ctx.registry, r) ?? permissionInTask(ctx.registry, r, bases);
          if (own !== undefined) report.activity(r, own.pointer, 'consent-said-for-task', { words: own.words });
        }
        continue;
      }
      const publicAuthority = actsAsPublicAuthority(ctx.registry, r) === true;
      const collection = r.activity.collection;
      const statutoryCollection = collection?.requirement === 'statutory';
      const refusalAnswered =
        collection?.requirement === 'voluntary' &&
        (textsOf(collection.consequences).some(refusingCostsNothing) ||
          (textsOf(collection.consequences).length === 0 &&
            textsOf(r.activity.description).some(voluntaryCostsNothingIn) &&
            !textsOf(r.activity.description).some(refusalCostsIn)));
      const employees = r.dataSubjects.filter((s) => s.value.employees === true).map((s) => s.id);
      const vulnerable = r.dataSubjects.filter((s) => s.value.vulnerable === true).map((s) => s.id);
      const othersSources = r.sources.some((s) => s.value.type === 'public-register' || s.value.type === 'other-controller');
      for (const { basis, pointer, purpose } of bases) {
        if (!isConsent(basis.gdpr)) continue;
        if (employees.length > 0 && !refusalAnswered) report.activity(r, pointer, 'employees', { purpose: purpose.id, subjects: employees });
        // A duty the purpose's own words name: once per purpose (its first consent basis), public body or not.
        // A purpose that also rests on another basis (6(1)(c) for the duty, consent for the rest) is not read.
        if (
          !purpose.legalBasis.some((x) => !isConsent(x.gdpr) && (isArt6(x.gdpr) || isArt9Condition(x.gdpr))) &&
          textsOf(purpose.description).some(saysLawRequires)
        ) {
          if (purpose.legalBasis.find((b) => isConsent(b.gdpr)) === basis) report.activity(r, pointer, 'legal-duty', { purpose: purpose.id });
          continue;
        }
        if (!publicAuthority) continue;
        // Art. 9(2)(g) on the same purpose says the law lays the processing down for a substantial public interest: the
        // task is the law's, and its Art. 6 basis is 6(1)(c) or (e), not consent (B4, variants-valg VA58: the signatures
        // behind a citizens' proposal, kommuneloven § 12-1, «on the signers' consent»).
        const citesTask =
          purpose.legalBasis.some((b) => isTaskBasis(b.gdpr) || b.gdpr === 'A9-2-g') ||
          (basis.gdpr === 'A6-1-a' && (namesTaskLaw(basis, taskLaws()) || citesTaskLaw(purpose.description, taskLaws())));
        const tasks = r.purposes.filter((p) => p !== purpose && p.legalBasis.some((b) => isTaskBasis(b.gdpr))).map((p) => p.id);
        if (basis.gdpr === 'A9-2-a') {
          // Judged once per purpose: a purpose that also rests on Art. 6 consent is judged there.
          if (refusalAnswered || purpose.legalBasis.some((b) => b.gdpr === 'A6-1-a')) continue;
          if (citesTask || statutoryCollection || tasks.length > 0 || isArt89Purpose(purpose))
            report.activity(r, pointer, 'explicit-consent-task', { purpose: purpose.id });
          else if (vulnerable.length > 0) report.activity(r, pointer, 'vulnerable', { purpose: purpose.id, subjects: vulnerable });
          continue;
        }
        // The data weighed in a decision the body takes (its words; the description only where every purpose rests on consent).
        const decided =
          basis.gdpr === 'A6-1-a' &&
          (textsOf(purpose.description).some(weighedInDecision) ||
            (r.purposes.every((p) => p.legalBasis.every((b) => isConsent(b.gdpr) || !isArt6(b.gdpr))) &&
              textsOf(r.activity.description).some(weighedInDecision)));
        const task = citesTask || statutoryCollection || (isArt89Purpose(purpose) && !refusalAnswered) || decided;
        if (task) report.activity(r, pointer, 'statutory-task', { purpose: purpose.id });
        else if (
          tasks.length > 0 &&
          !refusalAnswered &&
          ((othersSources && textsOf(purpose.description).some((t) => FETCHES().test(t))) ||
            BUNDLED.has(basis.consentMethod ?? '') ||
            withdrawnByLeaving(textsOf(basis.consentWithdrawal)))
        )
          report.activity(r, pointer, 'within-task', { purpose: purpose.id, tasks: tasks });
        else if (
          basis.gdpr === 'A6-1-a' &&
          !purpose.legalBasis.some((b) => b !== basis && isArt6(b.gdpr)) &&
          textsOf(purpose.description).some(answersEnquiriesIn)
        )
          report.activity(r, pointer, 'answers-enquiries', { purpose: purpose.id });
        else if (vulnerable.length > 0 && !refusalAnswered) report.activity(r, pointer, 'vulnerable', { purpose: purpose.id, subjects: vulnerable });
      }
    }
  },
);

/**
 * A public authority's activity that records only a task or a legal obligation as its Art. 6 basis (no consent basis),
 * while its description says the processing rests on consent (PROCESSING_ON_CONSENT): the record and its words disagree,
 * and consent to a public authority's task is unlikely to be free (rec. 43; Art. 6(1)(e), 6(3)). The sentence that says
 * it, or undefined.
 */
/**
 * Consent to the body's privacy statement, or to its processing of the person's data, demanded before a service or a
 * form (nb, nn, en): «du må samtykke i personvernerklæringen», «må du godta personvernerklæringa», «ved å sende inn
 * skjemaet samtykker du til at vi behandler personopplysningene dine», «you must accept our privacy policy», «by
 * submitting the form you consent to the processing of your personal data». For a statutory task the person cannot
 * refuse without losing the service: consent so demanded is neither free (Art. 4(11), 7(4); recital 43) nor the basis,
 * and the words misstate the basis (Art. 5(1)(a), 13(1)(c)). Not a statement one is asked to read («les
 * personvernerklæringen»), an acknowledgement of having read it («bekrefter at du har lest»), a consent one may give
 * («du kan samtykke»), a consent to something else (SMS reminders, taking part in a trip), the past («måtte»), a negation
 * or a question.
 */
const NOTICE_OR_PROCESSING = String.raw`(?:(?:vilkår\p{L}*|terms|betingels\p{L}*)\s+(?:i|for|of|in)\s+)?(?:(?:vår|våre|our|the|this|vi|me|we|us)\s+)?(?:personvern(?:erklæring|erklæringa|erklæringen|erklæringane|erklæringene|vilkår|vilkåra|vilkårene|reglar|reglane|regler|reglene|policy|policyen|praksis)|privacy\s+(?:policy|statement|notice|terms)|(?:behandling(?:a|en)?|handsaming(?:a)?|processing|bruk(?:en)?|use)\s+(?:av\s+|of\s+)?(?:\p{L}+\s+){0,2}?(?:person)?(?:opplysning(?:ane|ene|ar|er)?|data|information)|at\s+(?:vi|me|[\p{L}]+)\s+(?:behandlar|behandler|handsamar|lagrar|lagrer|bruker|brukar)\s+(?:\p{L}+\s+){0,2}?(?:person)?opplysning\p{L}*|(?:us|the\s+\p{L}+)\s+(?:processing|using|storing)\s+(?:\p{L}+\s+){0,2}?(?:personal\s+)?(?:data|information))(?![\p{L}])`;
const CONSENT_DEMANDED = lazyPattern(
  String.raw`(?<![\p{L}])(?:må|må\s+du|må\s+de|må\s+dykk|must|have\s+to|has\s+to|need\s+to|needs\s+to|required\s+to|are\s+asked\s+to)\s+(?:\p{L}+\s+){0,2}?(?:samtykke|samtykkje|godta|godkjenne|godkjenna|akseptere|aksepter|consent|accept|agree|approve)\s+(?:i|til|to|with)?\s*` +
    NOTICE_OR_PROCESSING +
    String.raw`|(?<![\p{L}])(?:ved\s+å|by)\s+(?:sende|senda|submitting|sending|using|bruke|bruka|fylle|fylla|filling)\s+(?:\p{L}+\s+){0,3}?(?:samtykker|samtykkjer|godtar|aksepterer|consent|agree|accept)\s+(?:du|de|dykk|you)?\s*(?:i|til|to|with)?\s*` +
    NOTICE_OR_PROCESSING +
    String.raw`|(?<![\p{L}])(?:kryss\s+av|huk\s+av|tick|check)\s+(?:\p{L}+\s+){0,6}?(?:samtykker|samtykkjer|godtar|godkjenner|aksepterer|consent|agree|accept)\s+(?:i|til|to|with)?\s*` +
    NOTICE_OR_PROCESSING,
  'iu',
);
const consentDemanded = gated(CONSENT_DEMANDED);
const SENTENCES = lazyPattern(String.raw`[^.;!?]+[.;!?]?`, 'gu');
/** The sentence of a public task's description that demands consent to the privacy statement or to the processing. */
function demandedSentence(texts: readonly string[]): string | undefined {
  return firstSentence(texts, consentDemanded, (sentence) => {
    const m = CONSENT_DEMANDED().exec(sentence);
    return m !== null && !NEGATION.test(sentence.slice(0, m.index + m[0].length));
  });
}
/** The first sentence, not a question, of the texts `gate` passes that `accept` takes, trimmed; or undefined. */
function firstSentence(texts: readonly string[], gate: (t: string) => boolean, accept: (sentence: string) => boolean): string | undefined {
  for (const t of texts) {
    if (!gate(t)) continue;
    for (const [sentence] of t.matchAll(SENTENCES())) if (!sentence.trimEnd().endsWith('?') && accept(sentence)) return sentence.trim();
  }
  return undefined;
}

/**
 * Consent asked, obtained or signed for our own processing of the person's data (session 44, FT: variants-tannhelse TH61
 * «Bebuarane skriv under på eit samtykke til at tannhelsetenesta kan behandle opplysningane»): a verb of asking for
 * consent («ber (foresatte) om samtykke», «spør om samtykke», «ask (the parents) for (their) consent», «ask … to consent»),
 * of obtaining it («innhenter (skriftlig) samtykke», «henter inn samtykke», «får samtykke fra», «obtains consent», «seeks
 * consent», «samtykke innhentes», «consent is obtained»), or of signing it («skriv under på eit samtykke», «signerer et
 * samtykkeskjema», «signs a consent form»), and within the clause what it is for: our processing of the data, a verb of
 * processing with data as its object («til at vi lagrer opplysningene», «to process the child's information») or the
 * processing named («til registreringen», «to the processing of their data»). For a public task that is the task's own
 * processing, which rests on the law (Art. 6(1)(e), 6(3)): consent asked for it is unlikely to be free (rec. 43; Art.
 * 7(4)) and misstates the basis (Art. 5(1)(a), 13(1)(c)). Not consent that lifts another body's confidentiality or lets us
 * fetch from or share with others («samtykke til å innhente opplysninger fra fastlegen», «to share it with the school
 * nurse», «fritak fra taushetsplikt»: the task's basis stands, the consent is the waiver the law asks for), nor an add-on
 * outside the task (photos, publishing, newsletters, SMS reminders, research, another purpose: ASKED_ADD_ON), nor consent to
 * treatment (a noun with no data), a denial, a question.
 */
const ASK_CONSENT = String.raw`(?:(?:ber|bed|be|spør|spør|spurde|spurte|spørre|asks?|asked|asking)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:om|for)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:samtykke\p{L}*|samtykkje\p{L}*|consent)|(?:asks?|asked|asking)\s+(?:[\p{L}'’-]+\s+){0,3}?to\s+consent|(?:innhent\p{L}*|(?:henter|hentar|hente|henta|hentes|hentast)\s+inn|obtain\p{L}*|seeks?|sought|gets?|got|får|fekk|fikk)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:samtykke\p{L}*|samtykkje\p{L}*|consent)|(?:samtykke\p{L}*|samtykkje\p{L}*|consent)\s+(?:blir\s+|vert\s+|is\s+|are\s+|will\s+be\s+)?(?:innhentes|innhentast|innhenta|innhentet|henta\s+inn|hentet\s+inn|obtained|sought|requested)|(?:skriv|skriver|skrive|skreiv|skrev|skriva)\s+under\s+(?:på\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:samtykke\p{L}*|samtykkje\p{L}*)|(?:signer\p{L}*|underskriv\p{L}*|underteikn\p{L}*|undertegn\p{L}*|signs?|signed|signing)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:samtykke\p{L}*|samtykkje\p{L}*|consent))(?![\p{L}])`;
const ASKED_DATA = String.raw`(?:\p{L}*opplysning\p{L}*|\p{L}*opplysing\p{L}*|data|information|informasjon\p{L}*|details|records?|journal\p{L}*|mappe\p{L}*|files?)`;
const ASKED_PROCESSING = String.raw`(?:(?:behandl(?:e|er|ar|es|ast|a)|handsam(?:e|ar|ast|a)|lagr(?:e|er|ar|es|ast|a)|registrer(?:e|er|ar|es|ast)|bruk(?:e|er|ar|es|ast|a)|nytt(?:e|ar)|(?:samle|samlar|samler)\s+inn|process(?:es|ed|ing)?|stor(?:e|es|ed|ing)|keep(?:s|ing)?|use|uses|using|record(?:s|ed|ing)?|collect(?:s|ed|ing)?|register(?:s|ed|ing)?)\s+(?:[\p{L}'’-]+\s+){0,4}?${ASKED_DATA}|(?:behandling(?:a|en)?|handsaming(?:a)?|lagring(?:a|en)?|registrering(?:a|en)?|processing|storage|registration|use)\s+(?:av|of)\s+(?:[\p{L}'’-]+\s+){0,3}?${ASKED_DATA}|(?:til|to)\s+(?:the\s+)?(?:registrering(?:a|en)?|registration|lagring(?:a|en)?|storage))(?![\p{L}])`;
const CONSENT_ASKED = lazyPattern(
  String.raw`(?<![\p{L}])(?:${ASK_CONSENT}[^.;!?]{0,80}?(?<![\p{L}])${ASKED_PROCESSING}|(?:samtykke\p{L}*|samtykkje\p{L}*|consent)\s+(?:til|to|for)\s+[^.;!?]{0,60}?(?<![\p{L}])${ASKED_PROCESSING}[^.;!?]{0,40}?(?<![\p{L}])(?:innhentes|innhentast|innhenta|innhentet|henta\s+inn|hentet\s+inn|hentes\s+inn|obtained|sought|requested|asked\s+for)(?![\p{L}]))`,
  'iu',
);
const consentAskedGate = gated(CONSENT_ASKED);
/**
 * Sharing with others or a duty of confidentiality lifted, anywhere in the sentence; fetching «fra», «from» after the
 * processing verb («til å behandle opplysninger fra fastlegen»): the consent is a waiver, not the basis.
 */
const ASKED_WAIVER = lazyPattern(
  String.raw`(?<![\p{L}])(?:dele\p{L}*|del(?:er|ar|es|ast)|shar(?:e|es|ed|ing)|utlever\p{L}*|disclos\p{L}*|kontakt\p{L}*|contact\p{L}*|taushet\p{L}*|teieplikt\p{L}*|confidential\p{L}*|innhent(?:e|ing)\s+(?:\p{L}+\s+){0,3}?(?:fra|frå|from)|andre\s+(?:etater|etatar|instansar|instanser|tenester|tjenester)|other\s+(?:agencies|services|bodies))(?![\p{L}])`,
  'iu',
);
const FROM_OTHERS = lazyPattern(String.raw`(?<![\p{L}])(?:fra|frå|ifrå|ifra|from)(?![\p{L}])`, 'iu');
const ASKED_PROCESSING_AT = lazyPattern(String.raw`(?<![\p{L}])${ASKED_PROCESSING}`, 'iu');
/** What lies outside the task: photos, publishing, newsletters, reminders, research, another purpose. */
const ASKED_ADD_ON = lazyPattern(
  String.raw`(?<![\p{L}])(?:\p{L}*bild\p{L}*|\p{L}*bilet\p{L}*|\p{L}*foto\p{L}*|photo\p{L}*|pictures?|video\p{L}*|film\p{L}*|publiser\p{L}*|publish\p{L}*|nettside\p{L}*|website|sosiale\s+medi\p{L}*|social\s+media|nyhe(?:i)?tsbrev\p{L}*|newsletters?|sms|påminn\p{L}*|reminders?|markedsfør\p{L}*|marknadsfør\p{L}*|marketing|forsk\p{L}*|research\p{L}*|studie\p{L}*|stud(?:y|ies)|intervju\p{L}*|interviews?|spørreundersøk\p{L}*|surveys?|anna(?:t|n)?\s+(?:formål|føremål)|andre\s+(?:formål|føremål)|other\s+purposes?|another\s+purpose|noe\s+annet|noko\s+anna|anything\s+else|utover|ut\s+over|beyond)(?![\p{L}])`,
  'iu',
);
/**
 * A measure that a special law allows only with the person's or the parents' consent, named in the sentence or the
 * activity's title (session 45, FR; Lovdata, read 2026-12-05; each section read again by LR2, session 46, in the mirror of
 * 2 July 2026 and the amending acts it holds): the expert assessment and individually adapted teaching (opplæringslova 2023
 * § 11-7 third paragraph: «Eleven eller foreldra må samtykkje før kommunen eller fylkeskommunen gjer ei sakkunnig
 * vurdering»), special needs help and sign language teaching in a kindergarten (barnehageloven § 32 first paragraph and
 * § 38 third paragraph: «skal det innhentes samtykke fra barnets foreldre»), a referral to PPT that starts the assessment,
 * introductory teaching in separate groups (opplæringslova § 3-7: «berre gi slik innføringsopplæring dersom eleven eller
 * foreldra samtykkjer»; § 6-6, upper secondary: «dersom eleven samtykkjer»; both without consent where very many displaced
 * from Ukraine arrive, a sentence lov 12. juni 2026 nr. 22 keeps to 1 July 2028), child welfare's voluntary help and
 * placements (barnevernsloven § 3-1 «Frivillig hjelpetiltak», § 3-2 foster home or institution «som frivillig
 * hjelpetiltak», voluntary because § 3-4 alone lets the board impose help «uten at de private partene har samtykket»;
 * § 6-1 «dersom barnet selv og de som har foreldreansvar, samtykker til det»). Medical and health research
 * (helseforskningsloven § 13: «Det kreves samtykke fra deltakere i medisinsk og helsefaglig forskning, med mindre annet
 * følger av lov») is left out by ASKED_ADD_ON, not here. The consent is the law's condition for the measure, asked by the
 * law that also lays down the task; the processing rests on that law (Art. 6(1)(e)) and the words do not misstate the basis
 * as `consent-asked-for-task` says.
 */
const STATUTORY_CONSENT = lazyPattern(
  String.raw`(?<![\p{L}])(?:sakkyndig\p{L}*\s+vurdering\p{L}*|sakkunnig\p{L}*\s+vurdering\p{L}*|spesialpedagogisk\p{L}*\s+hjelp\p{L}*|spesialundervisning\p{L}*|individuelt\s+tilrettelag(?:t|d|de)\s+opplæring\p{L}*|tegnspråkopplæring\p{L}*|innføringsopplæring\p{L}*|(?:tilmelding\p{L}*|tilvising\p{L}*|henvisning\p{L}*|tilvisning\p{L}*)\s+(?:til\s+)?(?:PPT|PP-tenest\p{L}*|PP-tjenest\p{L}*)|hjelpetiltak\p{L}*|frivillig\p{L}*\s+(?:tiltak\p{L}*|plassering\p{L}*|opphold\p{L}*)|expert\s+assessments?|special\s+(?:needs\s+)?(?:education|teaching|educational\s+(?:help|assistance))|individually\s+adapted\s+(?:education|teaching)|(?:voluntary\s+)?(?:support|assistance)\s+measures?|referrals?\s+to\s+(?:PPT|the\s+educational\s+(?:and\s+)?psychological\s+(?:counselling\s+)?service))(?![\p{L}])`,
  'iu',
);
/**
 * The activity's title names only measures a special law makes consent-bound («Sakkunnig vurdering», «Spesialundervisning
 * og individuelt tilrettelagd opplæring»): no part of it, split at «og», «and», «,», «/», «&», «samt», names something
 * else («Skoleskyss og spesialundervisning»: the consent may be the transport's, and only a sentence naming the measure
 * is the law's).
 */
const TITLE_PARTS = lazyPattern(String.raw`\s*(?:,|\/|&|\+|\s(?:og|and|samt|eller|or)\s)\s*`, 'iu');
const titleIsConsentMeasure = (title: string): boolean => {
  const parts = title.split(TITLE_PARTS()).filter((x) => x.trim() !== '');
  return parts.length > 0 && parts.every((x) => STATUTORY_CONSENT().test(x));
};
/**
 * Whom the special laws ask (opplæringslova § 11-7, §§ 3-7, 6-6: «eleven eller foreldra»; barnehageloven §§ 32, 38: «barnets
 * foreldre»; barnevernsloven §§ 3-1, 3-2, 6-1: the parents and the child; helseforskningsloven § 13: the participant), or
 * a pronoun for them: a consent asked of anyone else (the teachers, the staff, the neighbours) is not the law's.
 */
const LAW_GIVER = lazyPattern(
  String.raw`(?<![\p{L}])(?:elev\p{L}*|pupil\p{L}*|students?|foreld\p{L}*|føresett\p{L}*|foresatt\p{L}*|parent\p{L}*|guardians?|\p{L}*barn\p{L}*|child\p{L}*|famil\p{L}*|deltak\p{L}*|deltakar\p{L}*|participants?|ungdom\p{L}*|young|mor|far|mother|father|du|deg|de|dere|dykk|dei|dem|han|ho|hun|henne|honom|ham|you|them|they|him|her)(?![\p{L}])`,
  'iu',
);
/** The one asked: the words between the asking verb and «om», «for», «to», or after «samtykke fra», «consent from». */
const GIVER_AT = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:ber|bed|be|spør|spurde|spurte|spørre|asks?|asked|asking)\s+((?:(?!(?:om|for|to|samtykke\p{L}*|samtykkje\p{L}*|consent)(?![\p{L}]))[\p{L}'’-]+\s+){1,3}?)(?:om|for|to)\s|(?:samtykke\p{L}*|samtykkje\p{L}*|consent)\s+(?:fra|frå|ifrå|ifra|from|av|of)\s+((?:the\s+)?[\p{L}'’-]+))`,
  'iu',
);
/** A time after the measure («etter at tiltaket er avsluttet», «when the case is closed», «after the assessment ends»). */
const AFTER_MEASURE = lazyPattern(
  String.raw`(?<![\p{L}])(?:etter|etterpå|after|once|når|when)\s+(?:at\s+)?(?:[\p{L}-]+\s+){0,3}?(?:er\s+|blir\s+|vert\s+|is\s+|has\s+|have\s+)?(?:avslutt\p{L}*|slutt\p{L}*|ferdig\p{L}*|ends?|ended|finished|closed|completed|over)(?![\p{L}])`,
  'iu',
);
/** Whether a consent-bound measure named in the title covers the sentence: asked of whom the law asks, not for after it. */
const titleCovers = (sentence: string): boolean => {
  if (AFTER_MEASURE().test(sentence)) return false;
  const g = GIVER_AT().exec(sentence);
  const giver = g === null ? undefined : (g[1] ?? g[2]);
  return giver === undefined || LAW_GIVER().test(giver);
};
/**
 * The sentence of a text that asks consent for our own processing of the data (CONSENT_ASKED), with its guards; where
 * `titled`, the title's consent-bound measure covers the sentences it can (titleCovers).
 */
function askedSentence(texts: readonly string[], titled: boolean): string | undefined {
  return firstSentence(texts, consentAskedGate, (sentence) => {
    const m = CONSENT_ASKED().exec(sentence);
    if (
      m === null ||
      NEGATION.test(sentence.slice(0, m.index + m[0].length)) ||
      ASKED_ADD_ON().test(sentence) ||
      STATUTORY_CONSENT().test(sentence) ||
      (titled && titleCovers(sentence))
    )
      return false;
    const processing = ASKED_PROCESSING_AT().exec(sentence.slice(m.index));
    return !ASKED_WAIVER().test(sentence) && !FROM_OTHERS().test(sentence.slice(m.index + (processing?.index ?? 0)));
  });
}

/**
 * A public task whose description says the processing rests on consent (`consent-said-for-task`), or else demands consent
 * to the privacy statement or to the processing (`consent-demanded-for-task`, CONSENT_DEMANDED): the variant and the
 * sentence.
 */
function consentInWordsForTask(
  registry: Parameters<typeof actsAsPublicAuthority>[0],
  r: ResolvedActivity,
  bases: ReturnType<typeof basesWithPointers>,
): { variant: 'consent-said-for-task' | 'consent-demanded-for-task' | 'consent-asked-for-task'; words: string } | undefined {
  if (!bases.some(({ basis }) => isTaskBasis(basis.gdpr))) return undefined;
  const texts = textsOf(r.activity.description);
  const said = texts.some(saysProcessingOnConsent);
  if (!said && !texts.some(consentDemanded) && !texts.some(consentAskedGate)) return undefined;
  if (actsAsPublicAuthority(registry, r) !== true) return undefined;
  if (said)
    for (const t of texts)
      for (const sentence of t.split(SENTENCE_END)) if (processingOnConsent(sentence)) return { variant: 'consent-said-for-task', words: sentence.trim() };
  const words = demandedSentence(texts);
  if (words !== undefined) return { variant: 'consent-demanded-for-task', words };
  const titled = textsOf(r.activity.title).some(titleIsConsentMeasure);
  const asked = askedSentence(texts, titled);
  return asked === undefined ? undefined : { variant: 'consent-asked-for-task', words: asked };
}

/**
 * A purpose on a task or a legal obligation whose own words make the person's consent the condition of its processing
 * (check/lexicon-consent.ts `consentAsCondition`: «behandle søknader om fritak og utsettelse når den vernepliktige har
 * samtykket til registreringen», «register the pupil once the parents have consented to the registration»; variants-
 * verneplikt VP69; R32, session 39), at a public authority: the record's basis and its words disagree, as in
 * `consent-said-for-task`. Not a denied sentence. The purpose's index and the sentence, or undefined.
 */
function consentConditionInTask(registry: Parameters<typeof actsAsPublicAuthority>[0], r: ResolvedActivity): { pointer: string; words: string } | undefined {
  for (const [p, purpose] of r.purposes.entries()) {
    if (!purpose.legalBasis.some((b) => isTaskBasis(b.gdpr))) continue;
    for (const t of textsOf(purpose.description)) {
      const sentence = conditionSentence(t);
      if (sentence !== undefined && actsAsPublicAuthority(registry, r) === true)
        return { pointer: join('/purposes', p, 'description'), words: sentence.trim() };
    }
  }
  return undefined;
}
/** The first sentence of a text that makes consent the condition, not denied; remembered per text (#16, session 42). */
const conditionSentence = byText((t: string): string | undefined => t.split(SENTENCE_END).find((s) => consentAsCondition(s) && !NEGATION.test(s)));

/**
 * A task's own words that give the person's permission or yes as the reason for the processing (check/lexicon-consent.ts
 * `permissionGiven`: «Vi fører deg inn fordi du har gitt oss lov til det», in a 6(1)(e) basis's note; «søker selv …, og sier
 * med det ja til at vi behandler opplysningene», in the description; R35, session 40: variants-sameting SM63, SM64), at a
 * public authority: the record's basis and its words disagree, as in `consent-said-for-task`. Read in the notes of the
 * task bases, then the description; not a denied sentence. The pointer and the sentence, or undefined.
 */
function permissionInTask(
  registry: Parameters<typeof actsAsPublicAuthority>[0],
  r: ResolvedActivity,
  bases: ReturnType<typeof basesWithPointers>,
): { pointer: string; words: string } | undefined {
  const texts: [string, string][] = [
    ...bases
      .filter(({ basis }) => isTaskBasis(basis.gdpr))
      .flatMap(({ basis, p, b }) => textsOf(basis.note).map((t): [string, string] => [join('/purposes', p, 'legalBasis', b, 'note'), t])),
    ...textsOf(r.activity.description).map((t): [string, string] => ['/description', t]),
  ];
  for (const [pointer, t] of texts) {
    const sentence = permissionSentence(t);
    if (sentence !== undefined && actsAsPublicAuthority(registry, r) === true) return { pointer, words: sentence.trim() };
  }
  return undefined;
}
/** The first sentence of a text that gives the person's permission as the reason, not denied; remembered per text (#16, session 42). */
const permissionSentence = byText((t: string): string | undefined => t.split(SENTENCE_END).find((s) => permissionGiven(s) && !NEGATION.test(s)));

/**
 * A law named on the consent basis itself, or cited by section in the consent purpose's own words, that the record cites
 * on an Art. 6(1)(c) or (e) basis elsewhere (its own task or duty law): «gdpr: A6-1-a» with «law: tolkeloven §§ 6 and 7»,
 * or a purpose «document that the interpreters we book are qualified (tolkeloven §§ 6 and 7)» on consent, where booking
 * rests on 6(1)(e) with tolkeloven (variants-tolk TL74; W9, session 22): the check is the public body's statutory duty,
 * and the processing is that task whatever the person says (recital 43). A law that asks for consent (ekomloven for
 * cookies, markedsforingsloven for e-mail marketing) is cited on no task basis of such a record and is not read; nor is
 * a law named without a section, nor a clause that denies it («not required by tolkeloven § 7»).
 */
interface TaskLaws {
  ids: Set<string>;
  /** The laws' ids and short names followed by «§», or undefined where the record cites none. */
  cited: RegExp | undefined;
}
const escape = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const SHORT_NAME = lazyPattern(String.raw`\(([\p{L}-]+)\)\s*$`, 'u');
function lawsOnTaskBases(activities: readonly ResolvedActivity[]): TaskLaws {
  const ids = new Set<string>();
  const names = new Set<string>();
  // A law entry is read once: the activities that cite it again add no id and no name (#16, session 46).
  const read = new Set<Law>();
  for (const r of activities)
    for (const p of r.purposes)
      for (const b of p.legalBasis)
        if (isTaskBasis(b.gdpr))
          for (const l of b.law) {
            if (l.law === undefined || (read.has(l.law.value) && ids.has(l.law.id))) continue;
            read.add(l.law.value);
            ids.add(l.law.id);
            names.add(l.law.id.toLowerCase());
            for (const t of [...textsOf(l.law.value.title), ...textsOf(l.law.value.fullTitle)]) {
              const short = SHORT_NAME().exec(t)?.[1] ?? (/^[\p{L}-]+$/u.test(t.trim()) ? t.trim() : undefined);
              if (short !== undefined && short.length > 3) names.add(short.toLowerCase());
            }
          }
  const cited = names.size === 0 ? undefined : new RegExp(`(?<![\\p{L}])(?:${[...names].map(escape).join('|')})\\s*§`, 'iu');
  return { ids, cited };
}
const namesTaskLaw = (basis: ResolvedLegalBasis, laws: TaskLaws): boolean => basis.law.some((l) => l.law !== undefined && laws.ids.has(l.law.id));
/**
 * The citation grounds the purpose: in parentheses after it («document that … qualified (tolkeloven §§ 6 and 7)») or after
 * «pursuant to», «as required by», «jf.», «etter», «i samsvar med». Not a law that is the topic of what is sent or taught
 * («send news about changes under tolkeloven § 6», «news about the register (tolkeloven § 5)», «nyhetsbrev om endringer i
 * tolkeloven § 6», «voluntary seminars, beyond the training tolkeloven § 7 requires»: N8's review of W9, session 22).
 */
const GROUNDING_BEFORE = lazyPattern(
  String.raw`(?:\(\s*|(?<![\p{L}])(?:jf\.?|cf\.?|pursuant\s+to|in\s+accordance\s+with|as\s+required\s+by|required\s+by|etter|i\s+samsvar\s+med|i\s+medhald\s+av|i\s+medhold\s+av|i\s+henhold\s+til)\s+)$`,
  'iu',
);
const TOPIC_BEFORE = lazyPattern(
  String.raw`(?<![\p{L}])(?:about|om|on|news|nyhet\p{L}*|nyheit\p{L}*|newsletters?|invitation\p{L}*|invitasjon\p{L}*|seminar\p{L}*|courses?|kurs\p{L}*|changes?|endring\p{L}*|information|informasjon|info|beyond|utover|ut\s+over)(?![\p{L}])`,
  'iu',
);
const groundedCitation = (c: string, cited: RegExp): boolean => {
  const m = cited.exec(c);
  if (m === null) return false;
  const before = c.slice(0, m.index);
  return GROUNDING_BEFORE().test(before) && !TOPIC_BEFORE().test(before) && !NEGATION.test(c) && !BEYOND_DUTY().test(c);
};
const citesTaskLaw = (words: Parameters<typeof textsOf>[0], laws: TaskLaws): boolean =>
  laws.cited !== undefined && textsOf(words).some((t) => t.split(SENTENCE_END).some((c) => groundedCitation(c, laws.cited!)));
