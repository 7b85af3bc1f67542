import { defineRule } from '../check/rule.js';
import { LANGUAGES } from '../i18n/index.js';
import { localText } from '../model/registry.js';
import { join } from '../util/pointer.js';
import { lazyPattern } from '../util/lazy-pattern.js';
import { byText } from '../util/memo.js';
import { NEGATION, textsOf } from '../check/facts.js';

/**
 * Words that name no purpose at all (Art. 5(1)(b): purposes must be specified and explicit).
 * Matched against the whole description, in any language, ignoring case and punctuation.
 */
const GENERIC = new Set([
  'administration',
  'admin',
  'other',
  'others',
  'misc',
  'miscellaneous',
  'various',
  'general',
  'operations',
  'business purposes',
  'internal purposes',
  'n/a',
  'na',
  'tbd',
  'todo',
  'unknown',
  'administrasjon',
  'annet',
  'anna',
  'andre',
  'diverse',
  'div',
  'drift',
  'generelt',
  'generell',
  'ukjent',
  'interne formål',
  'interne føremål',
  'forretningsformål',
  'ikke relevant',
  'ikkje relevant',
]);

/**
 * «Purposes» named only by generic qualifiers: «administrative formål», «personaladministrative føremål» (any compound of
 * «administrative»), «andre føremål», «internal purposes», «for various purposes»; and several such qualifiers joined
 * before the noun («general HR and business administration purposes», «legitimate business purposes», «interne og
 * forretningsmessige formål»). Like the words above, they say nothing of what the data is used for.
 */
const QUALIFIER =
  '(?:\\p{L}*administrative|\\p{L}*administrativt|interne|internt|andre|anna|diverse|generelle|generell|ulike|forskjellige|forretningsmessige|kommersielle|øvrige|berettigede|legitime|other|various|general|internal|administrative|administration|business|commercial|corporate|company|operational|miscellaneous|legitimate|hr|personnel)';
const GENERIC_PURPOSES = lazyPattern(`^(?:for |til )?${QUALIFIER}(?:(?: and| og| or| eller| &)? ${QUALIFIER})* (?:formål|føremål|purposes?|needs|behov)$`, 'u');

/**
 * Aims that name no processing: WP29 Opinion 03/2013 on purpose limitation (WP203) gives «improving users'
 * experience», «marketing purposes», «IT-security purposes» and «future research» as purposes too vague to
 * be specified. Matched against the whole description (normalised), so a purpose that goes on to say what
 * is done («betre innhaldet ut frå tilbakemeldingane») is not caught.
 */
const VAGUE: readonly RegExp[] = [
  /^(å |to )?((gi|give|tilby|offer) )?((deg|dere|you|brukerne|brukarane|kundene|our users|our customers) )?((en|ei|ein|a) )?(bedre|betre|better|improved|forbedret|god|good) (kundeopplevelse|kundeoppleving|brukeropplevelse|brukaroppleving|opplevelse|oppleving|experience|customer experience|user experience)$/u,
  /^(å |to )?(forbedre|betre|forbetre|improve|improving|utvikle|vidareutvikle|videreutvikle|develop|developing) (våre |vår |vårt |our )?(tjenester|tenester|tjenestene|tenestene|services|produkter|produkt|products|tilbud|tilbodet|tilbudet|virksomheten|verksemda|business)( våre| vår| vårt)?$/u,
  // The object first, with «gjøre/gjere/make … bedre/betre/better» («gjere tilbodet betre», «make our services better»:
  // variants-paraphrase PA25, kollektiv K47 in other words; M, session 15).
  /^(å |to )?(gjøre|gjere|make) (våre |vår |vårt |our |the )?(tjenester|tenester|tjenestene|tenestene|services|produkter|produkt|produkta|products|tilbud|tilbod|tilbodet|tilbudet|tilboda|tilbudene|virksomheten|verksemda|business|appen|app|nettsiden|nettstaden|website|kundeopplevelsen|kundeopplevinga|brukeropplevelsen|brukaropplevinga|opplevelsen|opplevinga|experience|customer experience|user experience)( våre| vår| vårt)? (bedre|betre|better)$/u,
  /^(å |to )?(forbedre|betre|forbetre|improve|improving) (the |our |vår |våre )?(kundeopplevelsen|kundeopplevinga|brukeropplevelsen|brukaropplevinga|opplevelsen|opplevinga|kundeopplevelse|kundeoppleving|brukeropplevelse|brukaroppleving|customer experience|user experience|experience)( vår| våre)?$/u,
  /^(markedsføring|marknadsføring|marketing|marketing purposes|markedsføringsformål|marknadsføringsføremål|forretningsutvikling|business development|fremtidig forskning|framtidig forsking|future research|it-sikkerhet|it-tryggleik|it security|it-security purposes|sikkerhetsformål|security purposes)$/u,
  // «Analyse» with no object says neither what is analysed nor why: WP203 asks a specified purpose to be «sufficiently
  // defined to enable the implementation of any necessary data protection safeguards and to delimit the scope of the
  // processing operation» (as Lexology's summary of the opinion quotes it).
  /^(analyse|analyser|analysar|analysering|analyseformål|analyseføremål|analysis|analyses|analytics|analysis purposes|analytical purposes)$/u,
  // Research or statistics with no subject: WP203 names «future research» as too vague, and recital 33 lets research
  // purposes be broad only as «certain areas of scientific research»; «forskning» or «statistikk» alone names no area.
  /^(forskning|forsking|forskningsformål|forskingsføremål|forskningsformal|vitenskapelig forskning|vitskapleg forsking|research|research purposes|scientific research|statistikk|statistikkformål|statistikkføremål|statistiske formål|statistiske føremål|statistics|statistical purposes)$/u,
  // The same aim as a verb with no subject (B11, session 44; bodies/ahus: «for å forske»): «forske», «å drive forsking»,
  // «to conduct research», «lage statistikk». A verb with an object or an area («forske på hjertesvikt», «lage statistikk
  // over utlån», «conduct research on noise at work») names what is studied and is not matched.
  /^(?:(?:å|for å|til å|to|in order to) )?(?:forske|forska|research|(?:drive|driva|drive med|driva med|utføre|utføra|gjennomføre|gjennomføra|gjøre|gjere|conduct|do|carry out|undertake|perform) (?:forskning|forsking|research)|(?:lage|laga|utarbeide|utarbeida|produsere|produsera|produce|compile|prepare|make) (?:statistikk|statistics))$/u,
  // The same aims as nouns: «forbedring av tjenestene», «utvikling av våre tjenester», «improvement of our services».
  /^(forbedring|forbetring|utvikling|videreutvikling|vidareutvikling|improvement|development) (av|of) (våre |vår |vårt |our |the )?(tjenester|tenester|tjenestene|tenestene|services|produkter|produkt|products|tilbud|tilbodet|tilbudet|virksomheten|verksemda|business)( våre| vår| vårt)?$/u,
  // Quality work with no object: as vague as «forbedre tjenestene».
  /^(kvalitetsarbeid|kvalitetsarbeidet|kvalitetsforbedring|kvalitetsforbetring|kvalitetsutvikling|kvalitetssikring|quality work|quality improvement|quality assurance)$/u,
  // Administration or operation qualified only by «general», «ordinary», «day-to-day» (B13, variants-bht BT21: an invoicing
  // purpose recorded as «general administration»): as empty as «administration» alone.
  /^(?:general|generell|generelle|ordinary|ordinær|ordinary day-to-day|day-to-day|daily|daglig|dagleg|vanlig|vanleg|alminnelig|alminneleg)\s+(?:administration|administrasjon|drift|operations|management|forvaltning|forvalting)$/u,
  // Running or administering the body itself (variants-kultur KU06): «drift og administrasjon av biblioteket», «forvaltning
  // av kommunen», «administration of the school». The object is the whole body or unit, so the purpose covers anything
  // it does (WP203: a purpose must «delimit the scope of the processing operation»). An object that is a thing the body
  // runs («drift av tilgangssystemet», «administrasjon av medlemskapet», «drift av lånarregisteret i biblioteket») is
  // not matched: only a single word ending in a body's or unit's noun, with no more words after it. «Forvaltning av
  // arkivet» is archive management, a task of its own (arkivlova), not the body (R1, 2026-12-01).
  /^(?:å |to )?(?:drift|drifte|administrasjon|administrere|forvaltning|forvalte|leiing|ledelse|operation|operations|operating|running|administration|administering|management|managing)(?: (?:av|of))? (?:the |our |vår |vårt |våre )?(?:[\p{L}-]*(?:biblioteket|skulen|skolen|museet|kommunen|fylkeskommunen|verksemda|virksomheten|organisasjonen|selskapet|foreningen|foreininga|laget|klubben|kontoret|eininga|enheten|avdelinga|avdelingen|institusjonen|barnehagen|senteret|kulturhuset)|library|school|museum|municipality|organisation|organization|company|business|association|club|office|unit|department|institution)(?: vår| vårt| våre)?$/u,
  // Other tasks of a body (variants-kultur KU81): «andre oppgåver i kultureininga», «ulike gjeremål i kommunen», «other
  // tasks of the club». Named by no task, they cover any; a clause that names the tasks («andre oppgåver etter
  // opplæringslova § 26-1», «andre oppgåver i samband med lånet») has more words and is not matched.
  /^(?:(?:til|for) )?(?:andre|anna|øvrige|diverse|ulike|forskjellige|other|various|miscellaneous)(?: [\p{L}-]+)? (?:oppgåver|oppgaver|arbeidsoppgåver|arbeidsoppgaver|gjeremål|gjøremål|tasks|duties|activities|aktivitetar|aktiviteter)(?: (?:i|hos|til|for|in|of|at|within) (?:the |vår |vårt |our )?[\p{L}-]+)?$/u,
  // The body's tasks in general (B10, variants-toll TL48): «ivareta Tolltjenestens oppgaver etter regelverket», «utføre
  // våre lovpålagte oppgaver», «perform our statutory tasks under applicable law». Named by no task or law, they cover
  // whatever the body does; «utføre oppgaver etter vareførselsloven § 8-1» or «ivareta oppgavene ved grensekontrollen»
  // names one and is not matched.
  /^(?:(?:å|to|for å) )?(?:ivareta|utføre|utføra|løse|løyse|gjennomføre|gjennomføra|oppfylle|oppfylla|perform|carry out|fulfil|fulfill|discharge)(?: (?:våre|vår|vårt|sine|our|its|their|the|[\p{L}-]+s))? (?:(?:lovpålagte|lovpålagde|lovbestemte|offentlige|offentlege|statutory|legal|public) )?(?:oppgaver|oppgåver|oppgavene|oppgåvene|tasks|duties|samfunnsoppdrag|samfunnsoppdraget)(?: (?:til|of) (?:the )?[\p{L}-]+)?(?: (?:etter|i samsvar med|i henhold til|under|in accordance with|pursuant to) (?:(?:gjeldende|gjeldande|applicable|the) )?(?:regelverket|regelverk|lovverket|loven|lova|lov|lover|lovene|lovgivningen|lovgjevinga|lovgivning|law|laws|the law|legislation|rules|regulations))?$/u,
  // Work of a kind with no object (variants-barnehage BH19; F, session 18): «pedagogisk arbeid», «fagleg arbeid», «dagleg
  // drift», «educational work», «day-to-day operations». Like «drift» or «administrasjon» alone, they name the body's whole
  // work, not what this data is used for (WP203). «Pedagogisk arbeid med barnet» or «fagleg arbeid i saka» names an
  // object and is not matched.
  /^(?:pedagogisk|pedagogiske|faglig|fagleg|faglige|daglig|dagleg|daglige|praktisk|administrativt|administrativ|generelt|ordinært|ordinær|løpende|løpande|pedagogical|educational|professional|daily|day-to-day|general|practical|administrative|ordinary|routine) (?:arbeid|arbeidet|work|drift|operations|oppgaver|oppgåver|tasks)$/u,
  // Guarding the body's own interests in general (variants-inkasso IK05; F, session 18): «ivareta selskapets økonomiske
  // interesser», «protect our legitimate business interests». They name no processing: any use of the data may serve
  // them (WP203). A purpose that names what is done for them («… ved inndriving av forfalte krav») has more words and
  // is not matched; nor are a person's interests («ivareta barnets interesser»).
  /^(?:å |to )?(?:ivareta|vareta|sikre|sikra|beskytte|beskytta|verne|verna|fremme|fremja|protect|protecting|safeguard|safeguarding|promote|promoting|secure|securing|serve)(?: (?:selskapets|virksomhetens|verksemdas|bankens|foreningens|foreininga sine|klubbens|lagets|kommunens|forbundets|konsernets|våre|vår|vårt|sine|our|its|the company's|the business's|the organisation's|the organization's|the firm's|the group's))? (?:(?:økonomiske|forretningsmessige|kommersielle|legitime|berettigede|berettiga|rettmessige|eigne|egne|financial|business|commercial|legitimate|economic|own|og|and) )*(?:interesser|interessene|interessane|interests)$/u,
  // Case handling or follow-up with no object names no case: «saksbehandling», «oppfølging» (B1, variants-kriminalomsorg
  // KO30). «Saksbehandling av søknader om permisjon» names one and is not caught.
  /^(saksbehandling|sakshandsaming|sakshåndtering|saksoppfølging|oppfølging|oppfølgjing|case handling|case management|casework|follow-up|follow up)$/u,
  // «Annen oppfølging (av innsatte)», «other follow-up (of clients)»: the rest of whatever is done for someone, a catch-all.
  // Control measures with no object or aim (B12, session 45: bodies/megleroppgjoret «gjennomføre eiendomsmeglingsforetakets
  // kontrolltiltak»): what is controlled, of whom and why is not said, so any use of the data may be one (WP203). A purpose
  // that names it («kontroll av kundens identitet etter hvitvaskingsloven § 12», «kontrolltiltak ved besøket») has more
  // words and is not matched.
  /^(?:(?:å|to|for å) )?(?:(?:gjennomføre|gjennomføra|utføre|utføra|iverksette|iverksetje|sette i verk|setje i verk|carry out|conduct|perform|implement) )?(?:(?:våre|vår|vårt|sine|our|its|the|[\p{L}-]+s) )?(?:(?:interne|internal) )?(?:kontrolltiltak|kontrolltiltaka|kontrolltiltakene|kontroller|kontrollar|kontroll|control measures|controls)$/u,
  /^(annen|anna|other|further|øvrig) (saksbehandling|sakshandsaming|oppfølging|oppfølgjing|case handling|casework|follow-up|follow up)( av [a-zæøå-]+| of [a-z-]+)?$/u,
];

/**
 * The means given for the aim (B14, session 47; bodies/k-sekretariatet: «lagre informasjonskapsler i nettleseren når du
 * besøker nettsiden»): storing or using cookies, where and when, with nothing of what they are for. The cookies are how data
 * is collected, not why (Art. 5(1)(b), 13(1)(c)); a purpose that goes on to say it («… slik at nettsiden husker
 * språkvalget», «… for å telle besøk») has more words and is not matched.
 */
const MEANS_ONLY = lazyPattern(
  String.raw`^(?:(?:å|to|for å) )?(?:lagre|lagra|sette|setje|setja|bruke|bruka|nytte|nytta|benytte|benytta|plassere|plassera|store|set|place|use|using|storing|setting|placing)(?: (?:såkalte|såkalla|so-called))? (?:informasjonskapsler|informasjonskapslar|informasjonskapsel|cookies|cookie)(?: (?:i|på|in|on) (?:din |di |ditt |your |the |brukerens |brukarens |besøkendes |besøkjandes |vår |våre |our )?(?:nettleser|nettlesar|nettleseren|nettlesaren|browser|enhet|enheten|eining|eininga|device|pc|pc-en|datamaskin|datamaskinen|computer|nettsiden|nettsida|nettsidene|nettstaden|nettstadene|nettstedet|website|site|webside|websida|websiden)(?: (?:vår|våre|our|din|di|ditt|dine))?)*(?: (?:når|when|ved|by) (?:du |you |den |the |besøkende |besøkjande |brukeren |brukaren |users? |visitors? )?(?:besøker|besøkjer|bruker|brukar|visit|visits|visiting|use|uses|using|laster ned|lastar ned|loads?|opens?) (?:vår |våre |our |the )?(?:nettsiden|nettsida|nettsidene|nettstaden|nettstadene|nettstedet|website|site|sida|siden|sidene|pages?|webside|websida|websiden)(?: (?:vår|våre|our))?)?$`,
  'u',
);

/**
 * Runs of white space made one space. A single space, by far the most common, is left alone rather than replaced by
 * another (which made a new string of each description): a run that starts with another white-space character, or a
 * space followed by more.
 */
const SPACES = lazyPattern(String.raw`[^\S ]\s*| \s+`, 'g');
const PUNCTUATION = lazyPattern(String.raw`[.,;:!?«»"'()]`, 'g');
const normalise = (s: string): string => s.toLowerCase().replace(PUNCTUATION(), '').replace(SPACES(), ' ').trim();

/** Aims joined by «og», «and», «samt» or commas («forbedre kundeopplevelsen og utvikle virksomheten») are as vague as each alone. */
const JOIN = lazyPattern(String.raw`\s*(?:,|\bog\b|\band\b|\bsamt\b)\s*`, 'g');
/**
 * Whether one of `list` matches, in one test: each expression is anchored at both ends, so their alternation matches
 * where one of them does (75,000 texts at 10,000 activities, each tested twice). Only for expressions with the same
 * flags and no back-references, which an alternation would renumber; any other list is tested one by one.
 */
function anyOf(list: readonly RegExp[]): (s: string) => boolean {
  const flags = list[0]?.flags ?? '';
  if (list.some((r) => r.flags !== flags || /\\[1-9k]/.test(r.source))) return (s) => list.some((r) => r.test(s));
  const one = new RegExp(list.map((r) => `(?:${r.source})`).join('|'), flags);
  return (s) => one.test(s);
}
// Every VAGUE pattern has the `u` flag (the body patterns read letters as \p{L}), so that they are tested as one
// alternation (R1, 2026-12-01: two patterns with `u` beside ten without made anyOf fall back to twelve tests).
const isVagueAim = anyOf(VAGUE);

/** A part of a joined description that names no purpose: a vague aim, or a generic word or qualifier. */
const vaguePart = (part: string): boolean => isVagueAim(part) || GENERIC.has(part) || GENERIC_PURPOSES().test(part);
/**
 * A catch-all joined to a purpose («kartformål og andre kommunale formål», «rekruttering og andre HR-formål», «billing
 * and other purposes»): the description then covers any use, so it no longer limits it (Art. 5(1)(b); WP203 asks a
 * purpose to «delimit the scope of the processing operation»). Only a part that ends in «formål/føremål/purposes», or
 * goes on with a clause that only says whose they are or that they may come («og andre formål partiet til enhver tid
 * har», «andre formål som vi måtte ha», «other purposes we may have from time to time»), or only says whose they are
 * («og andre føremål skulen har», «and other purposes we have»: H12B, variants-friskole F19), or that it needs them
 * («og til andre formål forbundet har behov for», «other purposes the club finds necessary»: H12D, variants-idrett ID36).
 * So is one that only says what they relate to («and other purposes related to our business», «andre formål knyttet til
 * medlemskapet»), unless that is a law; and related or similar purposes are a catch-all as «andre» ones are («og relaterte
 * formål», «and similar purposes»: variants-advokat AD20, variants-paraphrase PA15; M, session 15). A verb of using or
 * sharing the data may stand before it («bruke opplysningane til andre formål kommunen måtte ha behov for», «use the data
 * for other purposes the council may need»: variants-legevakt LV26; R2, session 25). «Any», «ulike», «alle» may stand before
 * «other» («any other purposes the board may decide later», «samt ulike andre formål»), and the wish may be an infinitive
 * after «måtte» («andre føremål vi måtte finne nyttige»: FP, session 45, new phrasings that were not read). What the body
 * finds relevant or appropriate is its wish as much as what it finds necessary («andre formål som varslingsutvalget finner
 * relevante», «other purposes the board deems appropriate»: variants-ferje FJ75, W5 session 46).
 */
const CATCH_ALL = lazyPattern(
  String.raw`^(?:(?:bruke|bruka|bruker|brukar|nytte|nytta|nyttar|behandle|behandla|handsame|handsama|utlevere|utlevera|dele|dela|use|uses|process|processes|disclose|share)\s+(?:[\p{L}-]+\s+){0,2}?)?(?:(?:til|for)\s+)?(?:(?:any|all|alle|ulike|diverse|various|enhver)\s+(?=andre\s|anna\s|other\s))?(?:andre|anna|øvrige|other|further|additional|relaterte|relatert|tilknyttede|tilknytte|tilhørende|tilhøyrande|beslektede|lignende|liknande|tilsvarende|tilsvarande|related|associated|ancillary|similar)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]*(?:formål|føremål|purposes?)(?:\s+(?:knyttet|knytt|knytte|relatert|relaterte|tilknyttet|forbundet|related|relating|connected|linked)\s+(?:til|to|with|med)\s+(?!(?:[\p{L}-]+\s+){0,2}?[\p{L}-]*(?:lov|lova|loven|forskrift|forskrifta|forskriften|act|regulation)$)(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+|\s+(?:i forbindelse med|i samband med|in connection with)\s+(?!(?:[\p{L}-]+\s+){0,2}?[\p{L}-]*(?:lov|lova|loven|forskrift|forskrifta|forskriften|act|regulation)$)(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+|\s+.*(?:til enhver tid|til ei kvar tid|til kvar tid|måtte ha|måtte få|måtte trenge|måtte trenga|måtte ønske|måtte ønskje|from time to time|may have|may arise|may need|might need|might have|may wish|might wish|may want|might want|may decide|may choose).*|\s+(?:som\s+|that\s+|which\s+)?(?:[\p{L}-]+\s+){0,2}?(?:har(?:\s+behov\s+for)?|has|have|trenger|treng|finner\s+(?:nødvendige?|relevante?|aktuelle?|formålstjenlige?|passende)|finn\s+(?:naudsynte?|relevante?|aktuelle?|høvelege?)|needs?|finds?\s+(?:necessary|relevant|appropriate|suitable)|deems?\s+(?:necessary|relevant|appropriate|suitable))|\s+(?:som\s+|that\s+|which\s+)?(?:[\p{L}-]+\s+){0,2}?(?:bestemmer|bestemmer\s+seg\s+for|avgjør|avgjer|fastsetter|fastset|ønsker|ønskjer|finner\s+nyttige?|finn\s+nyttige?|finne\s+nyttige?|finna\s+nyttige?|finne\s+hensiktsmessige?|finner\s+hensiktsmessige?|decides?(?:\s+on)?|determines?|chooses?|sees?\s+fit|finds?\s+useful|wants?|wishes?)|\s+som\s+(?:fremmer|fremjar|tjener|tener|støtter|støttar)\s+.*|\s+(?:that|which)\s+(?:promote|promotes|serve|serves|support|supports)\s+.*)?$`,
  'u',
);
/**
 * Further research left open, only with a clause that leaves it to the body's later wish («for other research USN may wish
 * to do later», «og annen forskning vi måtte ønske å gjøre senere»: variants-sykehjem LY59, FY session 45): a named
 * study and «other research» with nothing said of it delimits nothing (Art. 5(1)(b); recital 33 allows consent to an area
 * of research, not to whatever comes).
 */
const CATCH_ALL_RESEARCH = lazyPattern(
  String.raw`^(?!.*(?:\brek\b|etikk|etisk|godkjen|approv|samtykk|consent|ethic))(?:(?:til|for)\s+)?(?:andre|annen|anna|other|further|future|fremtidig|framtidig)\s+(?:[\p{L}-]+\s+){0,1}?(?:research|forskning|studies|studier|forskingsprosjekt\p{L}*|forskningsprosjekt\p{L}*|projects|prosjekt\p{L}*)\s+.*(?:may\s+wish|might\s+wish|may\s+want|might\s+want|may\s+decide|måtte\s+ønske|måtte\s+ønskje|ønsker|ønskjer|bestemmer|decides?|later|senere|seinare|i\s+fremtiden|i\s+framtida|in\s+the\s+future).*$`,
  'u',
);
/**
 * The business's own «needs» as a catch-all: «operational purposes and other legitimate business needs», «og andre
 * forretningsmessige behov» (variants-bildeling BD03). Only with a word that makes them the business's needs, so that
 * a person's needs are not read as one («tilrettelegging og andre behov eleven har», «other needs you tell us about»).
 */
const CATCH_ALL_NEEDS = lazyPattern(
  String.raw`^(?:(?:til|for)\s+)?(?:andre|anna|øvrige|other|further|additional|related|similar|relaterte|lignende|liknande|tilsvarende|tilsvarande)\s+(?:(?:legitimate|legitime|berettigede|berettiga|reasonable|rimelige)\s+)?(?:business|operational|commercial|internal|company|corporate|forretningsmessige|driftsmessige|kommersielle|interne|administrative)\s+(?:needs|behov)$`,
  'u',
);
/**
 * Whatever the body later finds fit, with no «formål» said (FZ, session 46; FP's unlawful wordings UP1 «dokumentere
 * helsehjelp og for øvrig det ledelsen til enhver tid finner hensiktsmessig»): a part that is only «det», «alt», «whatever»,
 * «anything (else)» with a clause leaving it to the body's judgement or wish, in nb, nn and en («det ledelsen finner
 * hensiktsmessig», «alt anna skulen finn naudsynt», «whatever the board deems appropriate», «anything else we find useful»).
 * A named thing after «det» («det ledelsen bestemmer om turnus») has more words and is not matched.
 */
const CATCH_ALL_WHATEVER = lazyPattern(
  String.raw`^(?:(?:til|for)\s+)?(?:for\s+øvrig\s+|for\s+øvrig\s+til\s+|ellers\s+|elles\s+|otherwise\s+|also\s+)?(?:det|alt|alt\s+annet|alt\s+anna|anything|anything\s+else|whatever|whatever\s+else|everything\s+else)\s+(?:som\s+|that\s+|which\s+)?(?:[\p{L}-]+\s+){0,3}?(?:til\s+enhver\s+tid\s+|til\s+ei\s+kvar\s+tid\s+|til\s+kvar\s+tid\s+|from\s+time\s+to\s+time\s+|at\s+any\s+time\s+)?(?:finner|finn|måtte\s+finne|måtte\s+finna|anser|reknar|regner|ser\s+på\s+som|finds?|considers?|deems?|thinks?|may\s+find|may\s+consider|may\s+deem)\s+(?:\p{L}+\s+)?(?:hensiktsmessig|formålstjenlig|formålstenleg|nødvendig|naudsynt|nyttig|relevant|riktig|passande|passende|appropriate|necessary|useful|relevant|fit|suitable|expedient)$|^(?:(?:til|for)\s+)?(?:for\s+øvrig\s+|ellers\s+|elles\s+|otherwise\s+)?(?:det|alt|alt\s+annet|alt\s+anna|anything|anything\s+else|whatever|whatever\s+else)\s+(?:som\s+|that\s+|which\s+)?(?:[\p{L}-]+\s+){0,3}?(?:til\s+enhver\s+tid\s+|til\s+kvar\s+tid\s+|from\s+time\s+to\s+time\s+)?(?:ønsker|ønskjer|måtte\s+ønske|måtte\s+ønskje|bestemmer|avgjør|avgjer|sees?\s+fit|wants?|wishes?|decides?|may\s+wish|may\s+decide|chooses?)$`,
  'u',
);
/** What a catch-all part holds whatever else it says: a text without it has no catch-all part. */
const CATCH_ALL_WORD = lazyPattern(String.raw`formål|føremål|purpose|needs|behov|research|forskning`, 'u');
/** What a «whatever» part holds (CATCH_ALL_WHATEVER): read in a purpose's own words, and after a verb of using the data in the description (catchAllSentence). */
const WHATEVER_WORD = lazyPattern(String.raw`(?:^|\s)(?:det|alt|anything|whatever|everything)\s`, 'u');
/**
 * The text split at JOIN into its non-empty parts (JOIN never matches nothing), read part by part and left as soon
 * as the answer is known: a split by a regular expression tries it afresh at every position, and most descriptions'
 * first part already names a purpose. Vague when there are several parts and every one is vague, or one is a catch-all
 * (a description that is only a catch-all, «andre formål knyttet til medlemskapet som laget til enhver tid finner
 * nødvendige», too: H12E, variants-bolig B04).
 */
const isVague = (text: string): 'vague' | 'catch-all' | undefined => {
  if (isVagueAim(text)) return 'vague';
  const catchAll = CATCH_ALL_WORD().test(text) || WHATEVER_WORD().test(text);
  let parts = 0;
  let allVague = true;
  let anyCatchAll = false;
  /** False once neither way can make the text vague. */
  const read = (part: string): boolean => {
    parts++;
    if (allVague && !vaguePart(part)) allVague = false;
    if (
      catchAll &&
      !anyCatchAll &&
      (CATCH_ALL().test(part) || CATCH_ALL_NEEDS().test(part) || CATCH_ALL_RESEARCH().test(part) || CATCH_ALL_WHATEVER().test(part))
    )
      anyCatchAll = true;
    return allVague || catchAll;
  };
  let from = 0;
  JOIN().lastIndex = 0;
  for (let m = JOIN().exec(text); m !== null; m = JOIN().exec(text)) {
    if (m.index > from && !read(text.slice(from, m.index))) return undefined;
    from = JOIN().lastIndex;
  }
  if (text.length > from && !read(text.slice(from))) return undefined;
  // A catch-all leaves further purposes open, which is more than a vague aim: its own message (LR2's note, session 46).
  return anyCatchAll ? 'catch-all' : parts > 1 && allVague ? 'vague' : undefined;
};

/**
 * The activity's own description widening its purposes to a catch-all (W2, session 43; variants-tannhelse TH81:
 * «Opplysningene brukes også til andre administrative formål»): the data is used for any further purpose, so the purposes
 * recorded no longer limit its use (Art. 5(1)(b)), as a catch-all in a purpose's own words does (CATCH_ALL). A sentence with
 * a verb of using the data (USED_FOR: «brukes», «blir òg brukte», «vert nytta», «is also used», «we may also use your
 * data»), whose words after it are a catch-all as CATCH_ALL reads one («til andre administrative formål», «for other
 * purposes we may have from time to time»). Not a denied sentence («brukes ikke til andre formål»), nor one that bounds the
 * further use (BOUNDED: only with consent, if the law allows, a compatible purpose after Art. 6(4)'s assessment).
 */
const USED_FOR = lazyPattern(
  String.raw`(?<![\p{L}])(?:brukes|benyttes|nyttes|brukast|nyttast|(?:blir|blitt|bli|vert|vorte|er|is|are|be|been|being)\s+(?:(?:også|òg|dessuten|also)\s+)?(?:brukt|brukte|benyttet|benytta|nytta|nytte|used)|(?:vi|me|we)\s+(?:(?:kan|vil|may|will|can)\s+)?(?:(?:også|òg|dessuten|also)\s+)?(?:bruker|brukar|benytter|nyttar|use)(?:\s+(?:dine|your|the|these|disse|desse|those|dei|de|them|dem|opplysningene|opplysningane|informasjonen|dataene|personopplysningene|personopplysningane|personal|data|information)){0,3})(?:\s+(?:også|òg|dessuten|i\s+tillegg|also|in\s+addition))?\s+(?=til\s|for\s)`,
  'iu',
);
const BOUNDED = lazyPattern(
  String.raw`(?<![\p{L}])(?:bare|berre|kun|only|dersom|hvis|viss|if|unless|med\s+mindre|uten|utan|without|forenl\p{L}*|foreinl\p{L}*|compatible|samtykk\p{L}*|consent\p{L}*|enn|than|except)(?![\p{L}])`,
  'iu',
);
/** The first sentence of a description that widens the purposes to a catch-all, or undefined; once per text. */
const catchAllSentence = byText((text: string): string | undefined => {
  const lower = text.toLowerCase();
  if (!CATCH_ALL_WORD().test(lower) && !WHATEVER_WORD().test(lower)) return undefined;
  for (const sentence of text.split(/(?<=[.;!?])\s+/u)) {
    const m = USED_FOR().exec(sentence);
    if (m === null || NEGATION.test(sentence) || BOUNDED().test(sentence)) continue;
    const rest = normalise(sentence.slice(m.index + m[0].length));
    // «til det Fjellvang til enhver tid finner hensiktsmessig», «for whatever else we deem useful»: the rest of the sentence
    // is only the controller's discretion, as CATCH_ALL_WHATEVER reads a purpose's own words (variants-forvaltning FV42;
    // FX, session 47).
    if (CATCH_ALL().test(rest) || CATCH_ALL_WHATEVER().test(rest)) return sentence.trim();
  }
  return undefined;
});

/** Each purpose text normalised and judged once per distinct text (util/memo.ts): every activity of a kind repeats them. */
const normaliseOnce = byText(normalise);
const isVagueOnce = byText(isVague);
/** Only a text that names cookies is tried against MEANS_ONLY (#16: every purpose of every activity passes here). */
const meansOnlyOnce = byText((norm: string): boolean => (norm.includes('cookie') || norm.includes('informasjonskaps')) && MEANS_ONLY().test(norm));
const isGenericOnce = byText((norm: string): boolean => GENERIC.has(norm) || GENERIC_PURPOSES().test(norm));

export default defineRule(
  {
    id: 'purpose-stated',
    severity: 'error',
    citation: 'GDPR Art. 30(1)(b); 5(1)(b)',
    messages: ['none', 'generic', 'vague', 'catch-all', 'catch-all-in-description', 'means-only'],
  },
  (ctx, report) => {
    for (const r of ctx.activities) {
      if (r.purposes.length === 0) {
        report.activity(r, '/purposes', 'none');
        continue;
      }
      r.purposes.forEach((p, i) => {
        const texts = LANGUAGES.map((l) => localText(p.description, l)).filter((t): t is string => t !== undefined);
        const norms = texts.map(normaliseOnce);
        const generic = texts.find((_, k) => isGenericOnce(norms[k]!));
        if (generic !== undefined) {
          report.activity(r, join('/purposes', i, 'description'), 'generic', { purpose: p.id, text: generic });
          return;
        }
        const k = texts.findIndex((_, n) => isVagueOnce(norms[n]!) !== undefined);
        if (k >= 0) {
          report.activity(r, join('/purposes', i, 'description'), isVagueOnce(norms[k]!)!, { purpose: p.id, text: texts[k]! }, { severity: 'warning' });
          return;
        }
        const m = texts.findIndex((_, n) => meansOnlyOnce(norms[n]!));
        if (m >= 0) report.activity(r, join('/purposes', i, 'description'), 'means-only', { purpose: p.id, text: texts[m]! }, { severity: 'warning' });
      });
      const widened = textsOf(r.activity.description)
        .map((t) => catchAllSentence(t))
        .find((w) => w !== undefined);
      if (widened !== undefined) report.activity(r, '/description', 'catch-all-in-description', { text: widened }, { severity: 'warning' });
    }
  },
);
