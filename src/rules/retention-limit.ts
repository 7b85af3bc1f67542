import {
  actsAsPublicAuthority,
  CONSENT_WORD,
  isDirectMarketing,
  knownLaw,
  lawCitation,
  NEGATION,
  PART_END,
  saidUnnegated,
  sectionIds,
  STOP,
  textsOf,
} from '../check/facts.js';
import type { DeleteAsap, LawEntry, ReferenceData, RetentionLimit, RetentionMax } from '../check/reference.js';
import type { Reporter, RuleContext } from '../check/types.js';
import type { ResolvedActivity, ResolvedLaw, ResolvedRetention } from '../model/resolve.js';
import { defineRule } from '../check/rule.js';
import { activityTexts } from '../check/prose-activity.js';
import { spokenDuration, spokenDurations } from '../check/spoken-duration.js';
import { durationSeconds } from '../util/duration.js';
import type { RiskFactors } from '../model/types.js';
import { join } from '../util/pointer.js';
import { lazyPattern } from '../util/lazy-pattern.js';
import { prefilter } from '../util/prefilter.js';

/**
 * Art. 5(1)(e) and Norwegian regulations that set a maximum retention (data/retention-limits.json).
 * Camera surveillance in a business: forskrift om kameraovervåking i virksomhet (FOR-2018-07-02-1107)
 * § 6, read in Norsk Lovtidend's text with its 2021 amendment: recordings are deleted at the latest one
 * week after recording, 30 days where a recording is likely to be handed to the police, three months at
 * points of sale that use payment instruments or proof of identity or in premises with post or bank
 * services. The regulation rests on arbeidsmiljøloven § 9-6 and protects employees: where no data
 * subject of the activity is marked as employees and the activity is not marked as monitoring employees,
 * ropa cannot tell whether it applies and only warns.
 * The activity's shortest retention period is what the recordings can at most be covered by. Where the
 * activity names such premises (a shop's till, a post or bank counter), up to three months is within the
 * regulation and says nothing; the words only ever quiet a warning.
 *
 * A section may set a maximum of its own (data/norwegian-law.json, a section's `keepMax`): helseforskningsloven § 38
 * lets REK decide that documents needed for later control are kept five years after the final report, and a longer
 * time only by a further decision of REK (second paragraph) or where arkivlova or another law requires keeping. A
 * retention entry cited to such sections alone, longer than their maximum, whose words name no decision, is warned
 * (`section-max`): the record may hold a REK decision it does not mention. A section's maximum holds only until the
 * section is repealed (`repealed`): helseforskningsloven § 38 was repealed from 1 November 2026 by lov 20. juni 2025
 * nr. 71 part I, whose new § 12 a sets a minimum of five years after the final report, not a maximum (LR3, session 47).
 *
 * A police certificate (politiattest) is kept «så lenge det er nødvendig for formålet med politiattesten, men ikke utover
 * det tidspunkt vedkommende slutter i den stillingen som ga grunnlaget for vandelskontroll», and then destroyed
 * (politiregisterforskriften § 37-2, read in Lovdata's text). A criminal-offence category that is such a certificate,
 * kept permanently or for a period counted from the end of the employment or position, is warned
 * (`certificate-after-leaving`). One handed to an archive is warned too (`certificate-archived`): § 37-2 says a
 * certificate no longer needed «skal tilintetgjøres», and «Offentlige mottakere skal slette politiattesten i samsvar med
 * § 16-2 annet ledd nr. 2», the second of § 16-2's two ways (to the archive, or destroyed): destroyed.
 *
 * Membership of a party, a trade union or a faith or belief community is a special category (Art. 9(1)). Datatilsynet's
 * guidance on membership of associations and political parties: «Når et medlem melder seg ut, skal vedkommende straks
 * slettes fra medlemsregisteret. Medlemmet kan ikke overføres til et historisk arkiv med mindre medlemmet selv aktivt har
 * samtykket til dette»; a member who stops paying is deleted at the latest six months after the due date; only «politiske
 * verv» may be kept in a historical archive (its 2012 inspections ordered SV, FrP and Høyre to delete former members
 * kept for three years or in a «passive register»). A membership category kept more than six months after the member
 * leaves, or kept permanently, is warned (`former-members`), unless the activity rests on the members' explicit consent
 * (Art. 9(2)(a)) or the entry cites a law that requires the keeping. A period after leaving that the entry ties to the
 * statutes (a right the former member has under them, such as seniority on rejoining) is the record's answer.
 *
 * A section may order data deleted «så snart som mulig» after an event (data/norwegian-law.json, a section's
 * `deleteAsap`): utlendingsloven § 87 third paragraph, «Opplysninger og materiale knyttet til DNA-analysen skal slettes og
 * tilintetgjøres så snart som mulig etter at familierelasjonen er bekreftet eller avkreftet» (Lovdata's text, 2 July
 * 2026). Where the activity's legal basis cites such a section, a retention of that special category for a fixed period
 * or permanently whose words give no such deadline («så snart», «straks», «når … er bekreftet», nn «vert bekrefta», «when … has been confirmed») is warned
 * (`delete-as-soon`).
 *
 * A statutory maximum binds the controller, but an Art. 30(2) record (`role: processor`) that keeps longer says the
 * controller's instruction infringes it. The processor «shall immediately inform the controller if, in its opinion, an
 * instruction infringes this Regulation or other Union or Member State data protection provisions» (Art. 28(3) second
 * subparagraph), and keeping beyond the instruction makes it controller of that keeping (Art. 28(10), 29). The
 * reference-data maxima (the camera regulation) are therefore also read on processor records, as a warning
 * (`processor-instruction`); the other checks of this rule are the controller's own and stay on controller records.
 */
const DAY = 86400;

/** Special categories that membership itself reveals (Art. 9(1)). */
const MEMBERSHIP_CATEGORIES = new Set(['political-opinions', 'trade-union-membership', 'religious-or-philosophical-beliefs']);
/** A category that is the membership itself, by its id, name or description (nb, nn, en). */
const MEMBERSHIP = lazyPattern(String.raw`medlemskap|membership|medlemsregister|medlemsopplysning|medlemsnummer`, 'i');
/** A trigger or description that counts from the member's leaving, or keeps former members (nb, nn, en). */
const LEFT_MEMBERSHIP = lazyPattern(
  String.raw`(?<![\p{L}])(?:melder|meldt|melde|meld|meldte)\s+(?:seg|deg|dykk|dere)\s+ut(?![\p{L}])|utmeld\p{L}*|medlemskap\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:opphører|opphøyrer|er slutt|tar slutt|avsluttes|blir avslutta|ends|ended|is terminated)|(?<![\p{L}])(?:left|leaves|leaving)\s+the\s+(?:party|union|association|organisation|organization|church|community)|(?:former|tidligere|tidlegare)\s+medlem\p{L}*|former\s+members?|passivt\s+register|passive\s+register|historisk\p{L}*\s+arkiv|historical\s+archive`,
  'iu',
);
const SIX_MONTHS = 183 * DAY;
/** A year and a day: a period longer than this is more than a year. */
const YEAR = 366 * DAY;
/**
 * A reason in the membership contract itself: the statutes give the former member a right the keeping serves («slik
 * vedtektene sier, så et medlem som melder seg inn igjen beholder ansienniteten sin»). Art. 9(2)(d) reaches former
 * members, and such a keeping is for the member, not for the body's wish to recruit again; the record has given its
 * reason, which a reviewer may weigh.
 */
const STATUTES = lazyPattern(String.raw`vedtekt\p{L}*|statutes|articles of association|bylaws`, 'iu');
/**
 * Legal claims from the membership: a union's legal aid in a case that arose while the person was a member, a claim
 * until it is time-barred («til saken om juridisk bistand er avsluttet», «foreldelsesfristen», «legal claims»). Keeping
 * what such a claim needs is allowed (Art. 9(2)(f): «establishment, exercise or defence of legal claims»; Art. 17(3)(e)),
 * and the record has given its reason (H12V false-alarm review).
 */
const LEGAL_CLAIMS = lazyPattern(
  String.raw`rettskrav|rettslige? krav|rettsleg\p{L}* krav|juridisk bistand|rettshjelp|advokatbistand|pågående sak\p{L}*|verserende sak\p{L}*|(?<![\p{L}])tvist\p{L}*|søksmål|foreld\p{L}*|legal claims?|legal aid|legal assistance|pending cases?|litigation|(?<![\p{L}])disputes?(?![\p{L}])|limitation period|time-barred`,
  'iu',
);

/**
 * Words that say a longer time was decided (REK's decision under helseforskningsloven § 38 second paragraph) (nb, nn, en).
 * «Bestemmelse» (a provision: «i tråd med bestemmelsene i helseforskningsloven») is no decision.
 */
const DECIDED = lazyPattern(String.raw`\b(?:vedtak\w*|vedtatt|vedteke|bestem(?!mels)\w*|besluttet|beslutning\w*|avgjort|avgjord|decid\w*|decision\w*)\b`, 'i');
/**
 * REK's decision as records often write it, its approval of the keeping («REK har godkjent lagring i 15 år», «the ethics
 * committee approved ten years», «innvilget lengre oppbevaring»): the approval must be of keeping or a time, since the
 * study's own approval («studien er godkjent til 2045») says nothing of keeping after the final report.
 */
const APPROVED_KEEPING = lazyPattern(
  String.raw`(?:godkj|innvilg|approv|granted)[^.;:!?()]{0,40}?(?:lagring|oppbevar|lengre|lenger|keeping|storage|retention|retain|kept|stored|longer|(?<![\p{L}])år(?![\p{L}])|years?)|(?:lagring|oppbevaring|keeping|storage|retention)[^.;:!?()]{0,40}?(?:godkj|innvilg|approv|granted)`,
  'iu',
);

/** Ordinal words of a paragraph (ledd) in nb, nn and en, by number. */
const PARAGRAPH_ORDINALS: readonly (readonly string[])[] = [
  ['første', 'fyrste', 'first', '1.'],
  ['annet', 'andre', 'second', '2.'],
  ['tredje', 'third', '3.'],
  ['fjerde', 'fourth', '4.'],
  ['femte', 'fifth', '5.'],
  ['sjette', 'sixth', '6.'],
];
const PARAGRAPH_NAMED = lazyPattern(
  String.raw`(?<![\p{L}])(første|fyrste|first|annet|andre|second|tredje|third|fjerde|fourth|femte|fifth|sjette|sixth|[1-6]\.)\s+(?:ledd|paragraph)(?![\p{L}])|§\s*\d+(?:-\d+)?\s?[a-z]?\s*\(([1-9])\)`,
  'giu',
);
/** The paragraphs (ledd) a section reference names: «§ 20 tredje ledd» → 3, «§ 20 (3)» → 3, «§ 20» → none. */
function paragraphsNamed(section: string | undefined): number[] {
  if (section === undefined) return [];
  return [...section.matchAll(PARAGRAPH_NAMED())].map((m) =>
    m[2] !== undefined ? Number(m[2]) : PARAGRAPH_ORDINALS.findIndex((words) => words.includes(m[1]!.toLowerCase())) + 1,
  );
}

/**
 * The maximum a cited section sets (`keepMax`); undefined when it sets none. A maximum set in one paragraph
 * (`paragraph`: A-registerforskriften § 20 third paragraph) is not read where the reference names only other paragraphs
 * of the section (the first two move deleted registrations to a historical database). A section repealed on or before
 * `today` sets none.
 */
function sectionMax(law: ResolvedLaw, ref: ReferenceData, today: string): readonly RetentionMax[] | undefined {
  const sections = knownLaw(law, ref)?.law.sections ?? {};
  const cited = sectionIds(law.section);
  if (cited.length === 0) return undefined;
  const named = paragraphsNamed(law.section);
  const each = cited.map((k) => {
    const entry = sections[k];
    const known = entry === undefined || Array.isArray(entry) ? undefined : (entry as LawEntry);
    const max = known?.repealed !== undefined && known.repealed <= today ? undefined : known?.keepMax;
    const read = max?.filter((m) => m.paragraph === undefined || named.length === 0 || named.includes(m.paragraph));
    return read === undefined || read.length === 0 ? undefined : read;
  });
  return each.every((m) => m !== undefined) ? each.flatMap((m) => m ?? []) : undefined;
}

/** The maxima for everything processed under the sections a law reference cites (`keepMaxUnder`). */
function sectionMaxUnder(law: ResolvedLaw, ref: ReferenceData): readonly (RetentionMax & { citation: string })[] {
  const sections = knownLaw(law, ref)?.law.sections ?? {};
  return sectionIds(law.section).flatMap((k) => {
    const entry = sections[k];
    return entry === undefined || Array.isArray(entry) ? [] : ((entry as LawEntry).keepMaxUnder ?? []);
  });
}

/** The deletion duties (`deleteAsap`) of the sections a law reference cites. */
function sectionDeleteAsap(law: ResolvedLaw, ref: ReferenceData): readonly DeleteAsap[] {
  const sections = knownLaw(law, ref)?.law.sections ?? {};
  return sectionIds(law.section).flatMap((k) => {
    const entry = sections[k];
    return entry === undefined || Array.isArray(entry) ? [] : ((entry as LawEntry).deleteAsap ?? []);
  });
}
/** A retention that says it ends as soon as possible, at once, or when the event has happened (nb, nn, en). */
const AS_SOON = lazyPattern(
  String.raw`så snart|så fort|snarast|straks|umiddelbart|med en gang|as soon as|immediately|without delay|(?<![\p{L}])når (?:\p{L}+ ){0,4}?(?:er|blir|vert|har blitt|har vorte) (?:bekreft\p{L}*|avkreft\p{L}*|stadfest\p{L}*|avklar\p{L}*|verifiser\p{L}*)|(?<![\p{L}])(?:once|when) (?:\p{L}+ ){0,4}?(?:is|are|has been|have been) (?:confirmed|established|verified|disproved|refuted)`,
  'iu',
);

/** A police certificate by the category's id, name or description (nb, nn, en). */
const CERTIFICATE = lazyPattern(
  String.raw`politiattest|vandelsattest|barneomsorgsattest|police certificate|criminal record certificate|certificate of conduct`,
  'i',
);
/**
 * The record that a certificate was shown, not the certificate: «merknad om at politiattest er vist fram», «registrering
 * av at attesten er fremvist», «record that the certificate was presented»: the note Datatilsynet's page on volunteer
 * bodies describes («at attesten er fremvist og dato for fremvisningen. Selve attesten beholdes av søkeren»). § 37-2
 * governs keeping the certificate itself.
 */
const SHOWN_NOTE = lazyPattern(
  String.raw`vist fram|vist frem|fremvist|framvist|forevist|sett og kontrollert|registrering av at|merknad(?:en)? om at|notat(?:et)? om at|(?:was|were|has been|have been) (?:shown|presented|seen)|record that|note that|(?<![\p{L}])(?:at|that)\s+(?:\p{L}+\s+){0,4}?(?:er|ble|blei|vart|har|har vært|har vore|har blitt|har vorte|was|were|has|have|has been|have been)\s+(?:vist|synt|shown|presented|seen|levert|innlevert|lagt fram|lagt frem|fremlagt|framlagt|kontrollert|mottatt|motteke|motteken|received|submitted|delivered|provided|checked)(?![\p{L}])|^\s*(?:dato|datoen|date|opplysning\p{L}* om|bekreftelse|stadfesting|kvittering|confirmation|notat|merknad|registrering)(?![\p{L}])|\((?:ja\/nei|yes\/no)\)`,
  'iu',
);
/**
 * A note that also holds the certificate's remarks («Opplysning om at politiattest er lagd fram, og eventuelle merknader»,
 * «with any remarks»): the remarks are the certificate's content, so the category is the certificate (variants-kultur
 * KU76). «ingen merknader», «uten anmerkninger» deny them.
 */
const WITH_REMARKS = lazyPattern(
  String.raw`(?<![\p{L}])(?:eventuelle|eventuelt|evt\.?|mulige|moglege|med|og|any|with|and|possible)\s+(?:\p{L}+\s+)?(?:merknad\p{L}*|anmerkning\p{L}*|remarks?|entries|convictions?|innhald|innhold|content)(?![\p{L}])`,
  'iu',
);
/** A category that is the note that a certificate was shown, delivered or checked, without its remarks. */
const isShownNote = (c: { value: { name?: unknown; description?: unknown } }): boolean => {
  const words = [...textsOf(c.value.name), ...textsOf(c.value.description)];
  return words.some((t) => SHOWN_NOTE().test(t)) && !words.some((t) => WITH_REMARKS().test(t));
};
/**
 * An entry whose own words say the certificate itself, or a copy of it, is kept («en kopi av politiattesten legges i
 * personalmappen», «selve attesten oppbevares», «a copy of the police certificate is kept»): that entry keeps the
 * certificate, whatever the category says of a note that it was shown.
 */
const COPY_KEPT = lazyPattern(
  String.raw`kopi(?:en)? av (?:\p{L}+ ){0,2}?(?:politiattest|vandelsattest|barneomsorgsattest|attest)\p{L}*|(?:selve|sjølve) (?:politi)?attesten|cop(?:y|ies) of (?:the |their |his |her )?(?:police |criminal record )?certificates?|the certificate itself`,
  'iu',
);
/**
 * Marketing to former customers (nb, nn, en): «tidligere kunder», «win back», «vinne … tilbake», «komme tilbake».
 * Markedsføringsloven § 15 third paragraph lets a trader e-mail without consent only «i eksisterende kundeforhold»;
 * keeping customers' data after the relationship ends in order to market to them as former customers has no such ground.
 */
const FORMER_CUSTOMERS = lazyPattern(
  String.raw`(?<![\p{L}])(?:tidligere|tidlegare|former|previous|ex-)\s*kund\p{L}*|(?<![\p{L}])former customers?|(?<![\p{L}])(?:vinne|hente)\s+(?:\p{L}+\s+){0,2}?tilbake|win(?:ning)?\s+(?:\p{L}+\s+){0,2}?back|komme tilbake|kome attende`,
  'iu',
);
/**
 * A trigger that counts from the end of the employment, position or assignment (nb, nn, en). A board member or manager
 * «går ut av» or «trer ut av» the board or position, «gikk av», «fratrådte», «steps down»; nn «gjekk ut av», «trer ut av»
 * (variants-spill SP71, B4 2026-12-01: «etter at personen gikk ut av stillingen eller vervet»).
 */
const LEAVING = lazyPattern(
  String.raw`(?<![\p{L}])(?:slutter|sluttar|slutta|sluttet|går av|gjeng av|gikk av|gjekk av|gått av|fratrer|fråtrer|fratre|fråtre|fratredelse|fratrådte|fråtredde|leaves?|left|stops|quits|(?:går|gikk|gjekk|gått|trer|trådte|tredt|tredde) ut av|steps? down|stepped down|stands down|resign(?:s|ed)?)(?![\p{L}])|(?:arbeidsforhold|ansettelse|tilsetting|tilsetjing|stilling|oppdrag|verv|engasjement|rolle|employment|position|assignment|engagement|role)\p{L}* (?:\p{L}+ ){0,4}?(?:opphører|opphøyrer|opphøyrde|opphørte|er slutt|tar slutt|tek slutt|tok slutt|har teke slutt|har tatt slutt|blir avslutta|blir avsluttet|vart avslutta|ble avsluttet|er avslutta|er avsluttet|avsluttes|ends|ended|is terminated|was terminated|terminates)`,
  'iu',
);
/**
 * A time after the leaving said in the trigger's words, where the entry has no period: «fem år etter at oppdraget tok
 * slutt», «2 år etter at vedkommende slutta», «five years after the employment ends». The number may be a digit or a word
 * from one to twelve (nb, nn, en), the unit days to years; «etter», «after» must follow. It is read only beside LEAVING.
 */
const TIME_AFTER = lazyPattern(
  String.raw`(?<![\p{L}\d])(?:\d+|ein|eitt|en|ett|ei|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:år|års|månad|månader|måned|måneder|veke|veker|uke|uker|dag|dagar|dager|years?|months?|weeks?|days?)\s+(?:etter|after|afterwards?|thereafter|etterpå|etterpå)(?![\p{L}])`,
  'iu',
);
/**
 * A trigger that caps the keeping at the leaving in words: «aldri etter at personen har gått ut av stillingen», «ikkje
 * utover», «not beyond the day they leave». The leaving it names is the limit, not the start of a period.
 */
// facts.ts NEGATION's words (spelt in both cases), not a private list (until 2026-12-01 «aldri|ikke|ikkje|never|not»: R1,
// session 13; L, session 14): also «ingen», «no one», «n't» («we don't keep them after»).
const NOT_BEYOND = lazyPattern(String.raw`(?:${NEGATION.source})\s+(?:\p{L}+\s+){0,2}?(?:[eE]tter|[uU]tover|[aA]fter|[bB]eyond)(?![\p{L}])`, 'u');
/** «Seinast», «senest», «at the latest»: a trigger that says the time after is capped (at the leaving) sets no time after it. */
/**
 * A cap at the leaving: «seinast», «at the latest», and the leaving offered as the earlier of two ends («eller til vervet
 * tek slutt om det er før», «whichever is earlier», «or earlier if the coach resigns»; P's review, 2026-12-01).
 */
const AT_LATEST = lazyPattern(
  String.raw`(?<![\p{L}])(?:seinast|senest|at the latest|no later than|(?:om|hvis|dersom|viss) (?:det|dette) (?:er|skjer|kjem|kommer) (?:før|tidlegare|tidligere)|whichever (?:is|comes|happens) (?:earlier|first|sooner)|or (?:earlier|sooner) if|if (?:that|it|this) (?:is|comes|happens) (?:earlier|first|sooner))(?![\p{L}])`,
  'iu',
);

/**
 * Deleted when the person leaves, in the trigger's words after a start («fra attesten ble mottatt, og uansett slettes den
 * når personen går ut av vervet», «deleted earlier if the volunteer resigns»): the leaving ends the keeping (P's
 * lawful-wording review, session 14: 2 of 6 such capped triggers fired). Not a time after it («deleted two years after the
 * coach steps down»): «når», «if», «when» must stand between the deleting word and the leaving.
 */
const DELETED_WHEN_LEAVING = lazyPattern(
  String.raw`(?<![\p{L}])(?:slett\p{L}*|deleted|delete[sd]?|destroyed|makuler\p{L}*|shredded|fjern\p{L}*|removed)\s+(?:\p{L}+\s+){0,4}?(?:når|when|if|dersom|hvis|om|viss|once|as soon as)\s+(?:\p{L}+\s+){0,3}?(?:${LEAVING.source})`,
  'iu',
);
/** Words that name the premises of § 6 second paragraph: points of sale, post and bank premises (nb, nn, en). */
const PREMISES = lazyPattern(
  String.raw`\bbutikk\w*|\bkasse(?:n|ne|r|rne|område\w*|punkt\w*|linje\w*)?\b|\butsal(?:g|s)s?sta\w*|\bpost(?:kontor\w*|tjeneste\w*|tenest\w*|\s+i\s+butikk)|\bbank(?:lokal\w*|tjeneste\w*|tenest\w*|filial\w*|kontor\w*)|\bpoints? of sale\b|\bcheckouts?\b|\bshops?\b|\bretail\w*|\bpost offices?\b|\bbank branch\w*`,
  'i',
);

/** Words that say an entry is the exception for recordings likely handed to the police (nb, nn, en). */
const POLICE = lazyPattern(String.raw`politi|police`, 'i');

/** Words that say a retention entry is about the recordings themselves (nb, nn, en). */
const RECORDING = lazyPattern(String.raw`opptak|kamera|video|film|bilde|bilete|recording|footage|cctv|camera|image`, 'i');

/** Words that say an entry is a log about the recordings (who viewed or handed them over), not the recordings (nb, nn, en). */
const LOG = lazyPattern(String.raw`logg|\blog(?:s|ged|ging)?\b|protokoll|journal`, 'i');

/**
 * The activity says its camera records nothing: images are shown live and never stored («Bileta blir ikkje lagra»,
 * «bileta blir viste direkte og aldri lagra», «ingen opptak», «images are not recorded», «live view only»). § 6 of the
 * camera regulation sets when recordings are deleted; where there are none and no retention entry is about recordings,
 * the activity's other periods (sensor events, a journal) are not recordings and are not judged by it. A camera sensor
 * for night supervision in a care home that shows a live outline to the night nurse is such a camera (H12A,
 * variants-omsorg). Words only ever quiet the rule: an entry that is about recordings is judged whatever is said.
 */
const NO_RECORDING = lazyPattern(
  [
    // «bileta blir (viste direkte og) aldri lagra», «opptak blir ikkje lagra», «images are never stored», the clause ending
    // there: «ikkje lagra lenger enn sju dagar», «not stored in the cloud» say how long or where, not that nothing is kept
    String.raw`(?<![\p{L}])(?:bilde\p{L}*|bilete\p{L}*|bileta|biletet|opptak\p{L}*|video\p{L}*|images?|footage|video)\s+(?:\p{L}+\s+){0,5}?(?:ikke|ikkje|aldri|never|not)\s+(?:\p{L}+\s+){0,1}?(?:lagr\p{L}*|tatt opp|teke opp|tekne opp|tatt vare på|teke vare på|stored|recorded|saved|kept|retained)(?=\s*(?:[.;:!?,)]|$)|\s+(?:og|and|men|but)(?![\p{L}]))`,
    // «ingen opptak», «inga lagring av bilete», «no recording(s)» (English «no» only before English words: nynorsk «no» is «now»)
    String.raw`(?<![\p{L}])(?:ingen|inga|uten|utan)\s+(?:lagring av\s+(?:bilde\p{L}*|bilete\p{L}*|bileta|opptak)|opptak)(?![\p{L}])|(?<![\p{L}])(?:no|without)\s+(?:recordings?|recording of images|storage of (?:images|footage))(?![\p{L}])`,
    // «kameraet tek ikkje opp», «the camera does not record»
    String.raw`(?<![\p{L}])(?:kamera\p{L}*|cameras?)\s+(?:\p{L}+\s+){0,2}?(?:tar ikke opp|tek ikkje opp|does not record|do not record|never records?|records nothing|lagrar ikkje|lagrer ikke)`,
    // «only live», «berre direkte», «kun sanntid»
    String.raw`(?<![\p{L}])(?:live view only|only (?:a )?live|kun (?:direkte|sanntid)|berre (?:direkte|sanntid)|bare (?:direkte|sanntid))`,
  ].join('|'),
  'iu',
);
const recordsNothing = (r: ResolvedActivity): boolean =>
  [r.activity.title, r.activity.description, ...r.purposes.map((p) => p.description), ...r.retention.flatMap((e) => [e.trigger, e.description])]
    .flatMap(textsOf)
    .some((t) => NO_RECORDING().test(t));

/**
 * A retention entry about the recordings: its trigger, description or categories say so, or it cites the camera
 * regulation. An entry that names a log («logg over innsyn i opptak») is about the log, not the recordings.
 */
function isRecordingEntry(e: ResolvedRetention, ref: ReferenceData): boolean {
  const texts = [...textsOf(e.trigger), ...textsOf(e.description), ...e.categories.flatMap((c) => [c.id, ...textsOf(c.value.name)])];
  return (texts.some((t) => RECORDING().test(t)) && !texts.some((t) => LOG().test(t))) || e.law.some((l) => knownLaw(l, ref)?.key === 'kameraforskriften');
}

const MESSAGES = [
  'exceeds',
  'premises-only',
  'exception-only',
  'if-employees',
  'section-max',
  'section-delete-when',
  'basis-max',
  'certificate-after-leaving',
  'certificate-archived',
  'certificate-not-shredded',
  'certificate-copy-kept',
  'certificate-fixed-period',
  'certificate-said-after-leaving',
  'former-members',
  'delete-as-soon',
  'delete-when',
  'former-customers',
  'processor-instruction',
  'said-longer',
  'said-longer-described',
] as const;
type Report = Reporter<(typeof MESSAGES)[number]>;

/** Former members' membership kept after they leave, or permanently (Datatilsynet's guidance; Art. 5(1)(e), 9). */
function formerMembers(r: ResolvedActivity, report: Report): void {
  if (r.purposes.some((p) => p.legalBasis.some((b) => b.gdpr === 'A9-2-a'))) return;
  r.retention.forEach((e, i) => {
    if (e.law.length > 0) return;
    const cats = e.categories.length > 0 ? e.categories : r.dataCategories;
    const membership = cats.filter(
      (c) =>
        c.value.specialCategory !== undefined &&
        MEMBERSHIP_CATEGORIES.has(c.value.specialCategory) &&
        [c.id, ...textsOf(c.value.name), ...textsOf(c.value.description)].some((t) => MEMBERSHIP().test(t)),
    );
    if (membership.length === 0) return;
    const permanent = e.permanent === true || (e.endAction === 'archive' && e.period === undefined);
    const said = [...textsOf(e.trigger), ...textsOf(e.description)];
    const afterLeaving = (durationSeconds(e.period ?? 'P0D') ?? 0) > SIX_MONTHS + DAY && said.some((t) => LEFT_MEMBERSHIP().test(t));
    if (!permanent && !afterLeaving) return;
    if (!permanent && said.some((t) => STATUTES().test(t) || LEGAL_CLAIMS().test(t))) return;
    report.activity(
      r,
      join('/retention', i, permanent ? (e.permanent === true ? 'permanent' : 'endAction') : 'period'),
      'former-members',
      { categories: membership.map((c) => c.id), period: e.period ?? '' },
      { severity: 'warning' },
    );
  });
}

/** Marketing data kept after the customer relationship ends, to market to former customers (markedsføringsloven § 15). */
function formerCustomers(r: ResolvedActivity, ctx: RuleContext, report: Report): void {
  if (actsAsPublicAuthority(ctx.registry, r) === true || !isDirectMarketing(r, ctx.reference)) return;
  r.retention.forEach((e, i) => {
    if (e.period === undefined || (durationSeconds(e.period) ?? 0) <= DAY) return;
    const words = [...textsOf(e.trigger), ...textsOf(e.description)];
    if (words.some((t) => FORMER_CUSTOMERS().test(t)) && !words.some((t) => CONSENT_WORD.test(t)))
      report.activity(r, join('/retention', i, 'period'), 'former-customers', { period: e.period }, { severity: 'warning' });
  });
}

/**
 * The police certificate named in an activity's words: by its kind, or as «attesten», «the certificate» (the one the
 * activity speaks of), not as «attester», «certificates» in general (references and training certificates are kept in a
 * personnel file for years after the leaving).
 */
const SAID_CERTIFICATE = lazyPattern(
  String.raw`politiattest|vandelsattest|barneomsorgsattest|police certificate|criminal record certificate|certificate of conduct|(?<![\p{L}])(?:attesten|attesta|the certificate)(?![\p{L}])`,
  'iu',
);
/** «Så lenge vedkommende har stillingen», «as long as they hold the post»: the keeping runs while the position lasts. */
const HOLDS_POSITION = lazyPattern(
  String.raw`så lenge (?:\p{L}+ ){0,3}?(?:har|innehar|sit|sitter|er) (?:i )?(?:stilling\p{L}*|verv\p{L}*|jobben|ansatt|tilsett)|as long as (?:\p{L}+ ){0,3}?(?:holds?|is in|remains in|stays in|is employed)`,
  'iu',
);
/** A deletion said in the same part: the part then says when the certificate goes, which the structured entry answers. */
const DELETION = lazyPattern(
  String.raw`(?<![\p{L}])(?:slett\p{L}*|makuler\p{L}*|tilintetgj\p{L}*|destr\p{L}*|delete\p{L}*|shred\p{L}*|fjern\p{L}*)(?![\p{L}])`,
  'iu',
);
/**
 * The activity's own words keep the certificate after the person has left the position: a part of a sentence (cut at a
 * comma too) that names the certificate, keeps it, and says a time after the leaving («Attesten legges i personalmappen og
 * oppbevares så lenge vedkommende har stillingen og ti år etter»: variants-spill SP72, the structured entry saying one
 * month), not denied, not capped («seinast»), not a note that it was shown, and not itself a deletion. Returns the words.
 */
function certificateSaidAfterLeaving(r: ResolvedActivity): { pointer: string; words: string } | undefined {
  for (const { pointer, text } of activityTexts(r)) {
    const words = certificateKeptAfterLeavingIn(text);
    if (words !== undefined) return { pointer, words };
  }
  return undefined;
}
/** The words of one text that keep the certificate after the leaving (certificateSaidAfterLeaving), if any. */
export function certificateKeptAfterLeavingIn(text: string): string | undefined {
  for (const part of text.split(PART_END)) {
    // A deletion denied until a time after the leaving keeps the certificate as long («blir ikkje sletta før ti år etter at
    // vedkommande har slutta»): read without its «ikkje» and its deleting verb.
    const notBefore = NOT_DELETED_BEFORE().exec(part);
    const rest = notBefore === null ? part : part.slice(0, notBefore.index) + part.slice(notBefore.index + notBefore[0].length);
    if (!SAID_CERTIFICATE().test(part) || (!KEPT().test(part) && notBefore === null) || !TIME_AFTER().test(part)) continue;
    if (!LEAVING().test(part) && !HOLDS_POSITION().test(part)) continue;
    if (NEGATION.test(rest) || AT_LATEST().test(part) || NOT_BEYOND().test(rest) || DELETION().test(rest)) continue;
    if (SHOWN_NOTE().test(part) && !COPY_KEPT().test(part)) continue;
    return part.trim();
  }
  return undefined;
}

/** Police certificates kept beyond the person's leaving the position, or handed to an archive (politiregisterforskriften § 37-2). */
function policeCertificates(r: ResolvedActivity, report: Report): void {
  let reported = false;
  let kept: ResolvedActivity['dataCategories'] | undefined;
  r.retention.forEach((e, i) => {
    const cats = e.categories.length > 0 ? e.categories : r.dataCategories;
    // Whether the entry's words keep a copy: read only for a category that is a certificate (once per entry).
    let copyKeptOnce: boolean | undefined;
    const copyKept = (): boolean => (copyKeptOnce ??= [...textsOf(e.description), ...textsOf(e.trigger)].some((t) => keepsCopy(t)));
    const certificates = cats.filter(
      (c) =>
        c.value.criminalOffence === true &&
        [c.id, ...textsOf(c.value.name), ...textsOf(c.value.description)].some((t) => CERTIFICATE().test(t)) &&
        (copyKept() || !isShownNote(c)),
    );
    if (certificates.length === 0) return;
    kept = certificates;
    if (e.endAction === 'archive') {
      reported = true;
      report.activity(r, join('/retention', i, 'endAction'), 'certificate-archived', { categories: certificates.map((c) => c.id) }, { severity: 'warning' });
      return;
    }
    const leaving = textsOf(e.trigger).filter((t) => LEAVING().test(t));
    // «To år frå oppnemninga, men seinast når vervet tek slutt»: a period capped at the leaving ends there; so does one
    // whose words say never beyond it («aldri etter at personen har gått ut av stillingen»).
    const capped = leaving.some((t) => AT_LATEST().test(t) || NOT_BEYOND().test(t) || DELETED_WHEN_LEAVING().test(t));
    const afterLeaving =
      e.permanent === true ||
      (leaving.length > 0 &&
        !capped &&
        ((durationSeconds(e.period ?? 'P0D') ?? 0) > DAY || (e.period === undefined && leaving.some((t) => TIME_AFTER().test(t) && !AT_LATEST().test(t)))));
    if (afterLeaving) reported = true;
    if (afterLeaving)
      report.activity(
        r,
        join('/retention', i, e.permanent === true ? 'permanent' : e.period !== undefined ? 'period' : 'trigger'),
        'certificate-after-leaving',
        { categories: certificates.map((c) => c.id), period: e.period ?? '' },
        { severity: 'warning' },
      );
    // A fixed period of more than a year counted from anything but the leaving («ti år frå oppnemninga», «5 years from
    // receipt»), that the entry's words do not cap at the leaving: the certificate outlives a position that ends sooner,
    // and its purpose, the check before appointment, is long served (variants-verje VE05). Only a category that IS the
    // certificate (by its id or name): a case file whose description lists certificates among the evidence a member
    // brings (variants-forbund, legal aid) is no check of the person's conduct for a position.
    else if (
      leaving.length === 0 &&
      certificates.some((c) => [c.id, ...textsOf(c.value.name)].some((t) => CERTIFICATE().test(t))) &&
      e.period !== undefined &&
      (durationSeconds(e.period) ?? 0) > YEAR &&
      ![...textsOf(e.trigger), ...textsOf(e.description)].some((t) => LEAVING().test(t))
    )
      report.activity(
        r,
        join('/retention', i, 'period'),
        'certificate-fixed-period',
        { categories: certificates.map((c) => c.id), period: e.period },
        { severity: 'warning' },
      );
  });
  // The structured entries keep the certificate within § 37-2, but the activity's words keep it after the leaving.
  if (reported || kept === undefined) return;
  const said = certificateSaidAfterLeaving(r);
  if (said)
    report.activity(r, said.pointer, 'certificate-said-after-leaving', { categories: kept.map((c) => c.id), words: said.words }, { severity: 'warning' });
}

/** The citation of a shredding duty (`shredCertificate`) a law reference carries: the cited section's, or the whole law's. */
function shredDuty(law: ResolvedLaw, ref: ReferenceData): string | undefined {
  const known = knownLaw(law, ref)?.law;
  if (known === undefined) return undefined;
  for (const k of sectionIds(law.section)) {
    const entry = known.sections?.[k];
    if (entry !== undefined && !Array.isArray(entry) && (entry as LawEntry).shredCertificate !== undefined) return (entry as LawEntry).shredCertificate;
  }
  return known.shredCertificate;
}

/** A retention kept on while the person holds the position: counted from the leaving, a period of more than a month, or for ever. */
const MONTH = 31 * DAY;
/** Scanning a document is keeping a copy of it (nb, nn, en). */
const SCANNED = lazyPattern(String.raw`skann\p{L}*|(?<![\p{L}])scan(?:s|ned|ning)?(?![\p{L}])`, 'iu');
/**
 * «Ingen kopi», «no copy»: the copy denied by its determiner, which NEGATION (a clause's «ikke», «not») does not read (nb,
 * nn, en). English «no» only before the English word: nynorsk «no» is «now» («Vi tek no ein kopi av attesten»).
 */
const NO_COPY = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:ingen|inga|intet|ikke noen|ikkje nokon)\s+(?:\p{L}+\s+)?(?:kopi\p{L}*|cop(?:y|ies))|(?:no|not any)\s+(?:\p{L}+\s+)?cop(?:y|ies))(?![\p{L}])`,
  'iu',
);
/**
 * A clause that says the certificate or its copy is destroyed or handed back, or that the person keeps it: no copy kept
 * by the body («en skannet attest på e-post slettes straks», «selve attesten gis tilbake», «søkeren kan selv beholde en
 * kopi», «the certificate itself is shredded»; nb, nn, en).
 */
const NOT_KEPT_BY_BODY = lazyPattern(
  String.raw`(?<![\p{L}])(?:slett\p{L}*|makuler\p{L}*|tilintetgj\p{L}*|destru\p{L}*|kast\p{L}*|(?:gis|gjeve\p{L}*|leveres|leverast|levert|sendes|sendast|gitt|gjeven|gjev|gir|levere\p{L}*|sende\p{L}*)\s+(?:\p{L}+\s+){0,3}?tilbake|returner\p{L}*|deleted|deletes?|destroy\p{L}*|shred\p{L}*|returned|returns?|handed back|given back|(?:søker\p{L}*|søkjar\p{L}*|den ansatte|den tilsette|arbeidstak\p{L}*|vikar\p{L}*|the applicants?|the employees?|the person|applicants|employees)\s+(?:\p{L}+\s+){0,3}?(?:behold\p{L}*|behald\p{L}*|beheld|held|keeps?|retains?|holds?))(?![\p{L}])`,
  'iu',
);
/** The original named: handing it back says nothing of a copy («vi skanner attesten og gir originalen tilbake»). */
const ORIGINAL = lazyPattern(String.raw`(?<![\p{L}])(?:originalen|originalar|originalane|originalene|the original|originals?)(?![\p{L}])`, 'iu');
/** Whether a sentence says the copy or certificate is destroyed, handed back or the person's own (not of the original alone). */
/** Deleting or destroying: at once only where no period is said, or «straks», «as soon as» … is («slettes fem år etter …» keeps it). */
const DESTROYED = lazyPattern(
  String.raw`(?<![\p{L}])(?:slett\p{L}*|makuler\p{L}*|tilintetgj\p{L}*|destru\p{L}*|kast\p{L}*|deleted|deletes?|destroy\p{L}*|shred\p{L}*)(?![\p{L}])`,
  'iu',
);
const PERIOD_WORD = lazyPattern(
  String.raw`(?<![\p{L}])(?:år|året|måned\p{L}*|månad\p{L}*|uke\p{L}*|veke\p{L}*|dager|dagar|years?|months?|weeks?|days)(?![\p{L}])`,
  'iu',
);
const notKeptByBody = (sentence: string): boolean =>
  NOT_KEPT_BY_BODY().test(sentence) &&
  !ORIGINAL().test(sentence) &&
  (!DESTROYED().test(sentence) || NOT_KEPT_BY_BODY().test(sentence.replace(DESTROYED(), ' ')) || AS_SOON().test(sentence) || !PERIOD_WORD().test(sentence));
/**
 * Whether a text says, in a sentence that does not destroy it and a clause not negated, that the certificate itself or
 * a copy of it is kept (with `scanned`, scanning it too).
 */
const keepsCopy = (text: string, scanned = false): boolean =>
  text
    .split(/[.!?]/)
    .some(
      (sentence) =>
        !notKeptByBody(sentence) &&
        saidUnnegated(
          sentence,
          (clause) =>
            (COPY_KEPT().test(clause) || (scanned && SCANNED().test(clause) && CERTIFICATE_WORD().test(clause) && !SHOWN_NOTE().test(clause))) &&
            !NO_COPY().test(clause) &&
            !notKeptByBody(clause),
        ),
    );
/** A certificate named in a clause: the certificate words, or «attest» standing alone (nb, nn, en). */
const CERTIFICATE_WORD = lazyPattern(
  String.raw`politiattest|vandelsattest|barneomsorgsattest|(?<![\p{L}])attest(?:en|ar|er|ane|ene)?(?![\p{L}])|police certificate|criminal record certificate|certificate`,
  'iu',
);

/**
 * A trigger that keeps the certificate until the person leaves: a part (cut at «;», «,», «.») that says the leaving and is
 * not the note that the certificate was shown («ansettelsen er avgjort; bare merknaden om at attesten er vist beholdes til
 * arbeidsforholdet slutter»: the certificate goes when the hiring is decided, the note § 4 asks for stays; variants-samskipnad's
 * clean base, session 38). A part that keeps a copy with the note still keeps the certificate.
 */
const certificateUntilLeaving = (trigger: string): boolean =>
  trigger.split(PART_END).some((part) => LEAVING().test(part) && (!SHOWN_NOTE().test(part) || COPY_KEPT().test(part)));

/**
 * Police certificates demanded under a law whose regulation orders them shredded at once after use (`shredCertificate`:
 * forskrift om politiattest i barnehager § 7 under barnehageloven § 30): kept until the person leaves, for more than a
 * month, or for ever (`certificate-not-shredded`); or a copy kept, said in the activity's own words («en kopi skannes inn
 * i personalmappen»; `certificate-copy-kept`). What is kept is the note § 4 asks for («Det skal framgå av
 * saksdokumentene at søker som ansettes har levert politiattest til arbeidsgiver»); § 7 orders the certificate itself
 * shredded.
 */
function shreddedCertificates(r: ResolvedActivity, ref: ReferenceData, report: Report): void {
  const laws = [...r.purposes.flatMap((p) => p.legalBasis.flatMap((b) => b.law)), ...r.retention.flatMap((e) => e.law)];
  const duty = laws.map((l) => shredDuty(l, ref)).find((d) => d !== undefined);
  if (duty === undefined) return;
  const isCertificate = (c: ResolvedActivity['dataCategories'][number]): boolean =>
    c.value.criminalOffence === true && [c.id, ...textsOf(c.value.name), ...textsOf(c.value.description)].some((t) => CERTIFICATE().test(t));
  const own = r.dataCategories.filter((c) => isCertificate(c) && !isShownNote(c));
  let reported = false;
  r.retention.forEach((e, i) => {
    if (e.endAction === 'archive') return;
    const words = [...textsOf(e.trigger), ...textsOf(e.description)];
    const copyKept = words.some((t) => keepsCopy(t));
    const cats = (e.categories.length > 0 ? e.categories : r.dataCategories).filter((c) => isCertificate(c) && (copyKept || own.some((o) => o.id === c.id)));
    if (cats.length === 0 || words.some((t) => AS_SOON().test(t))) return;
    const seconds = e.period !== undefined ? (durationSeconds(e.period) ?? 0) : 0;
    const kept = e.permanent === true || seconds > MONTH || textsOf(e.trigger).some(certificateUntilLeaving);
    if (!kept) return;
    reported = true;
    report.activity(
      r,
      join('/retention', i, e.permanent === true ? 'permanent' : e.period !== undefined ? 'period' : 'trigger'),
      'certificate-not-shredded',
      { categories: cats.map((c) => c.id), duty },
      { severity: 'warning' },
    );
  });
  if (reported || own.length === 0) return;
  // The activity's own words say a copy is kept or scanned: a clause naming the certificate, with no negation, that is
  // not the note that it was presented. The finding points at the text that says it (the description, a purpose's
  // description, or one language of either; until 2026-12-01 always /description: R1's re-read).
  const said = activityTexts(r).find(({ text }) => keepsCopy(text, true));
  if (said) report.activity(r, said.pointer, 'certificate-copy-kept', { categories: own.map((c) => c.id), duty }, { severity: 'warning' });
}

/**
 * Words of checking whether data is right (nb, nn, en): «bekreftet», «stadfesta», «verified», «avklart som korrekte og
 * relevante» (vareførselsloven § 7-14: tips «innen fire måneder avklare om … er korrekte og relevante»).
 */
const VERIFY = String.raw`(?:bekreft|stadfest|verifi|avklar|confirm|clarif|korrekt|correct|riktig|relevan)\p{L}*`;
/**
 * A retention entry that keeps data whether or not it has been checked: «uansett om opplysningene er bekreftet eller ikke»,
 * «uavhengig av om tipset er avklart», «enten de er bekreftet eller ikke», «regardless of whether they are verified»,
 * «whether or not confirmed», «whether they are verified or not».
 */
const REGARDLESS_VERIFIED = lazyPattern(
  String.raw`(?<![\p{L}])(?:uansett|uavhengig\s+av|regardless\s+of|irrespective\s+of|whether\s+or\s+not)\s+(?:\p{L}+\s+){0,5}?${VERIFY}|(?<![\p{L}])(?:enten|om|whether)\s+(?:\p{L}+\s+){0,5}?${VERIFY}\s+(?:eller\s+(?:ikke|ikkje)|or\s+not)(?![\p{L}])`,
  'iu',
);
/**
 * Data said to be unchecked: «ubekreftede tips», «ikke er bekreftet», «ikkje stadfesta», «unverified», «not confirmed». Only
 * words of checking after a negation: «tips that are not relevant to us are sent to the police» says what is passed on.
 */
const UNVERIFIED = lazyPattern(
  String.raw`(?<![\p{L}])(?:ubekreft|uverifiser|uavklar|ustadfest|unverif|unconfirm|unclarif)\p{L}*|(?<![\p{L}])(?:ikke|ikkje|not|never)\s+(?:\p{L}+\s+){0,2}?(?:bekreft|stadfest|verifi|avklar|confirm|clarif)\p{L}*`,
  'iu',
);
/** A clause that deletes or removes (what is unchecked is then not what the period keeps) (nb, nn, en). */
const DELETES = lazyPattern(String.raw`slett|fjern|makuler|anonymi|delet|remov|destroy|erase`, 'iu');
/**
 * The entry's words say it keeps unchecked data for its period: «uansett om de er bekreftet», or a clause on unverified data
 * that deletes nothing («hvis opplysningene ikke er bekreftet»), where no period within the maximum is said in words
 * («ubekreftede tips slettes etter fire måneder»).
 */
function keepsUnverified(words: readonly string[], max: number): boolean {
  if (words.some((t) => AS_SOON().test(t))) return false;
  if (words.some((t) => spokenDurations(t).some((d) => (durationSeconds(d) ?? Infinity) <= max + DAY))) return false;
  if (words.some((t) => REGARDLESS_VERIFIED().test(t))) return true;
  const clauses = words.flatMap((t) => t.split(/[.;:!?]/u)).filter((clause) => UNVERIFIED().test(clause));
  // Any clause saying the unchecked data is deleted or not kept answers it («Vi lagrer ikke ubekreftede tips», «sletter
  // opplysninger som ikke kan bekreftes»: N2b's review, session 18).
  if (clauses.some((clause) => DELETES().test(clause) || NOT_KEPT().test(clause))) return false;
  return clauses.length > 0;
}
/** Keeping denied («lagrer ikke», «blir ikkje lagra», «are not kept», «never stored»). */
const NOT_KEPT = lazyPattern(
  String.raw`(?<![\p{L}])(?:lagr|oppbevar|behold|kept|stored|keeps?|stores?|retain)\p{L}*\s+(?:\p{L}+\s+)?(?:ikke|ikkje|not|never|aldri)(?![\p{L}])|(?<![\p{L}])(?:ikke|ikkje|not|never|aldri)\s+(?:\p{L}+\s+){0,2}?(?:lagr|oppbevar|behold|kept|stored|keep|store|retain)\p{L}*`,
  'iu',
);

/** The categories an entry covers: its own, or where it names none, those no other entry of the activity names. */
const coveredBy = (r: ResolvedActivity, e: ResolvedRetention): ResolvedActivity['dataCategories'] =>
  e.categories.length > 0 ? e.categories : r.dataCategories.filter((c) => !r.retention.some((o) => o.categories.some((oc) => oc.id === c.id)));

/** Whether a section's maximum reaches an entry: the categories it covers (`categories`) and the kind of data it is said to keep (`onlyWhen`). */
function maxReaches(m: RetentionMax, r: ResolvedActivity, e: ResolvedRetention, words: readonly string[]): boolean {
  if (m.categories !== undefined) {
    const stems = m.categories;
    const named = coveredBy(r, e).some((c) =>
      // The category's id and name: its description may name the data only to say it is gone («the credit report it drew on is
      // deleted when the assessment is done»: N2b's review, session 18).
      [c.id, ...textsOf(c.value.name)].some((t) => stems.some((w) => t.toLowerCase().includes(w))),
    );
    if (!named) return false;
  }
  if (m.onlyWhen === 'unverified' && !keepsUnverified(words, durationSeconds(m.period) ?? 0)) return false;
  return true;
}

/** A section's own maximum (`keepMax`), for entries cited to such sections alone and not handed to an archive. */
function sectionMaxima(r: ResolvedActivity, ref: ReferenceData, today: string, report: Report): void {
  r.retention.forEach((e, i) => {
    if (e.permanent === true || e.endAction === 'archive' || e.law.length === 0) return;
    const words = [...textsOf(e.trigger), ...textsOf(e.description), ...textsOf(e.exceptions)];
    const maxima = e.law.map((l) => {
      const read = sectionMax(l, ref, today)?.filter((m) => maxReaches(m, r, e, words));
      return read === undefined || read.length === 0 ? undefined : read;
    });
    if (maxima.some((m) => m === undefined)) return;
    if (e.period === undefined) {
      eventDeletion(
        r,
        e,
        i,
        maxima.flatMap((m) => m ?? []),
        words,
        report,
      );
      return;
    }
    const kept = durationSeconds(e.period);
    if (kept === undefined) return;
    const longest = maxima.flatMap((m) => m ?? []).reduce((a, b) => ((durationSeconds(b.period) ?? 0) > (durationSeconds(a.period) ?? 0) ? b : a));
    const limit = durationSeconds(longest.period);
    if (limit === undefined || kept <= limit + DAY) return;
    // A maximum no decision can lengthen (`final`) is not excused by words of deciding: «saken er endelig avgjort» is when
    // the copies must go (skatteforvaltningsforskriften § 10-14-8; variants-skatt SK49; M, session 15).
    const decidable = maxima.some((m) => (m ?? []).some((x) => x.final !== true));
    if (decidable && words.some((t) => DECIDED().test(t) || APPROVED_KEEPING().test(t))) return;
    const unlessSaid = maxima.flatMap((m) => m ?? []).flatMap((m) => m.unlessSaid ?? []);
    if (words.some((t) => unlessSaid.some((w) => t.toLowerCase().includes(w)))) return;
    // A deletion at an event (`eventSaid`) named in the description or exceptions but not as the trigger caps the period
    // («kept one month from receipt; deleted when the suitability assessment is done»); one named as the trigger is what the
    // period counts from, and any period after it is too long.
    const events = maxima.flatMap((m) => m ?? []).flatMap((m) => m.eventSaid ?? []);
    const names = (t: string): boolean => events.some((w) => t.toLowerCase().includes(w));
    if (events.length > 0 && !textsOf(e.trigger).some(names) && [...textsOf(e.description), ...textsOf(e.exceptions)].some(names)) return;
    const law = e.law.map(lawCitation);
    report.activity(
      r,
      join('/retention', i),
      'section-max',
      { period: e.period, law, max: longest.period, from: longest.from, unless: longest.unless },
      { severity: 'warning' },
    );
  });
}

/**
 * An entry with no period, cited to sections that order the data deleted when an event happens (`eventSaid`:
 * kraftberedskapsforskriften § 6-7 fourth paragraph, «Kredittsjekk skal slettes når egnethetsvurderingen er gjennomført»):
 * where its trigger and description name neither that event nor a deletion at once, the data is kept until something else
 * happens («the person no longer has access»). The sections bind only the bodies they reach (KBO units, § 1-3); an entry
 * that cites them says the body is one.
 */
function eventDeletion(r: ResolvedActivity, e: ResolvedRetention, i: number, maxima: readonly RetentionMax[], words: readonly string[], report: Report): void {
  if (e.trigger === undefined) return;
  const events = maxima.filter((m) => m.eventSaid !== undefined && durationSeconds(m.period) === 0);
  if (events.length === 0 || events.length < maxima.length) return;
  const lower = words.map((t) => t.toLowerCase());
  if (lower.some((t) => AS_SOON().test(t) || events.some((m) => (m.eventSaid ?? []).some((w) => t.includes(w))))) return;
  report.activity(
    r,
    join('/retention', i, 'trigger'),
    'section-delete-when',
    { categories: coveredBy(r, e).map((c) => c.id), law: e.law.map(lawCitation), after: events[0]!.from },
    { severity: 'warning' },
  );
}

/**
 * A decision or order as the reason the data is kept longer (a cap's exception «lov eller vedtak med hjemmel i lov»,
 * pengespillforskriften § 35): a decision word after «i henhold til», «pursuant to», «required by» and the like (not «etter»,
 * «following»: also a start, «etter vedtaket»); an
 * order «fra», «av», «by» an authority; a decision that «krev», «requires» longer storage; or a decision beside «lengre»,
 * «longer». Not a decision as what is kept or as the start («fra vedtaket om selvutestengelse ble fattet»).
 */
const DECISION = String.raw`(?:vedtak\p{L}*|avgjerd\p{L}*|avgjørelse\p{L}*|decisions?|pålegg\p{L}*|orders?|rettskraftig\p{L}*|dom(?:men)?|judg(?:e)?ments?)`;
const LONGER_BY_DECISION = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:ifølge|i\s+henhold\s+til|i\s+medhold\s+av|på\s+grunnlag\s+av|som\s+følge\s+av|pursuant\s+to|in\s+accordance\s+with|as\s+required\s+by|required\s+by|under)\s+(?:\p{L}+\s+){0,3}?${DECISION}(?![\p{L}])|(?:ordered|pålagt|pålegg\p{L}*)\s+(?:\p{L}+\s+){0,1}?(?:by|av|fra|frå)(?![\p{L}])|${DECISION}\s+(?:[\p{L}§.\d-]+\s+){0,7}?(?:krev\p{L}*|requires?|required|tilsier|orders?)(?![\p{L}])|${DECISION}[^.;:]{0,80}?(?<![\p{L}])(?:lengre|lenger|longer|forlenget|forlengt|extended)(?![\p{L}])|(?<![\p{L}])(?:lengre|lenger|longer|forlenget|forlengt|extended)(?![\p{L}])[^.;:]{0,80}?${DECISION}(?![\p{L}]))`,
  'iu',
);
/** Words that the data is archived or handed to an archive depot (nb, nn, en). */
const ARCHIVED = lazyPattern(
  String.raw`arkiver\p{L}*|arkivlov\p{L}*|arkivverket|nasjonalarkiv\p{L}*|avlever\p{L}*|archiv\p{L}*|archival|transferred to the (?:national )?archives?`,
  'iu',
);
/**
 * A section cited in the activity's legal basis whose processing a regulation caps (`keepMaxUnder`: the correctional
 * service's ten years after the sentence ends): a retention entry of the activity with a longer period, not handed to an
 * archive and citing no archive law, keeps data longer than the regulation allows. Where several caps apply, the
 * longest is read.
 */
function basisMaxima(r: ResolvedActivity, ref: ReferenceData, report: Report): void {
  const caps = r.purposes.flatMap((p) => p.legalBasis.flatMap((b) => b.law.flatMap((l) => sectionMaxUnder(l, ref).map((m) => ({ m, l })))));
  if (caps.length === 0) return;
  const { m, l } = caps.reduce((a, b) => ((durationSeconds(b.m.period) ?? 0) > (durationSeconds(a.m.period) ?? 0) ? b : a));
  const limit = durationSeconds(m.period);
  if (limit === undefined) return;
  r.retention.forEach((e, i) => {
    if (e.period === undefined || e.permanent === true || e.endAction === 'archive' || e.archiveIfRequired === true) return;
    const kept = durationSeconds(e.period);
    if (kept === undefined || kept <= limit + DAY) return;
    if (e.law.some((x) => knownLaw(x, ref)?.law.roles?.includes('archive-duty') === true)) return;
    // The regulation's own exception said in words («skal arkiveres etter arkivlova», «avleveres til Arkivverket»: R1's
    // review, 2026-12-01, 2 of 6 lawful wordings fired).
    if ([...textsOf(e.description), ...textsOf(e.trigger), ...textsOf(e.exceptions)].some((t) => ARCHIVED().test(t))) return;
    // A cap's own exception said in words (`unlessSaid`: pengespillforskriften § 35 «Unntak kan følge av lov eller
    // vedtak med hjemmel i lov»: an entry naming such a decision; variants-spill, B4 2026-12-01).
    // Read as an exception only where the decision or order makes the storage longer («etter vedtak fra Lotteritilsynet om
    // lengre lagring», «as ordered by the Gaming Authority», «where a court decision requires the data to be kept longer»),
    // not where a decision is what is kept or when the period starts («fra vedtaket om selvutestengelse ble fattet»: P's
    // lawful-wording review, session 14: 3 of 6 lawful orders fired and 3 of 4 such plain defects were missed).
    const unlessSaid = caps.flatMap((c) => c.m.unlessSaid ?? []);
    const byDecision = unlessSaid.some((w) => /vedtak|decision/iu.test(w));
    const words = [...textsOf(e.description), ...textsOf(e.trigger), ...textsOf(e.exceptions)].map((t) => t.toLowerCase());
    if (words.some((t) => (byDecision ? LONGER_BY_DECISION().test(t) : unlessSaid.some((w) => t.includes(w))))) return;
    report.activity(
      r,
      join('/retention', i, 'period'),
      'basis-max',
      { period: e.period, law: lawCitation(l), max: m.period, from: m.from, unless: m.unless, citation: m.citation },
      { severity: 'warning' },
    );
  });
}

/**
 * A section cited in the activity's legal basis that orders some special category deleted as soon as possible after an
 * event (utlendingsloven § 87: the DNA analysis): a retention of that category for a fixed period or for ever, whose
 * words give no such deadline, keeps it longer than the law allows.
 */
function deleteAsSoon(r: ResolvedActivity, ref: ReferenceData, report: Report): void {
  const duties = r.purposes.flatMap((p) => p.legalBasis.flatMap((b) => b.law.flatMap((l) => sectionDeleteAsap(l, ref).map((d) => ({ d, l })))));
  if (duties.length === 0) return;
  r.retention.forEach((e, i) => {
    if (e.period === undefined && e.permanent !== true) return;
    if ([...textsOf(e.trigger), ...textsOf(e.description)].some((t) => AS_SOON().test(t))) return;
    // An entry naming no categories (the case file) covers those no other entry names: a category with its own
    // entry («DNA-profilen slettes så snart som mulig») is answered there.
    const covered =
      e.categories.length > 0 ? e.categories : r.dataCategories.filter((c) => !r.retention.some((o) => o.categories.some((oc) => oc.id === c.id)));
    for (const { d, l } of duties) {
      const hit = covered.filter(
        (c) =>
          c.value.specialCategory === d.category ||
          (d.category === 'location' && c.value.location === true) ||
          (d.category === 'criminal-offence' && c.value.criminalOffence === true),
      );
      if (hit.length === 0) continue;
      // A register's duty to remove an entry (`when`) says nothing of the case file handed to an archive.
      if (
        d.when === true &&
        (e.endAction === 'archive' || e.archive !== undefined || [...textsOf(e.description), ...textsOf(e.trigger)].some((t) => ARCHIVED().test(t)))
      )
        continue;
      report.activity(
        r,
        join('/retention', i, e.permanent === true ? 'permanent' : 'period'),
        d.when === true ? 'delete-when' : 'delete-as-soon',
        { categories: hit.map((c) => c.id), law: lawCitation(l), after: d.after, ...(d.when === true ? { citation: d.citation ?? lawCitation(l) } : {}) },
        { severity: 'warning' },
      );
      break;
    }
  });
}

/**
 * A text that names a lawful ground for keeping longer, or another party's keeping, says no period of the body's own
 * routine: the consent of the person filmed and Datatilsynet's exemption (forskrift om kameraovervåking i virksomhet § 6
 * third and fourth paragraphs), or the police's own storage of what was handed to them («Opptak der den som er avbildet
 * har samtykket til lengre oppbevaring, lagres i ett år», «politiet lagrer dem etter sine regler i inntil fem år»,
 * «lagres i to år etter unntak fra Datatilsynet»). P's review, 2026-12-01: 3 of 10 such lawful entries fired on the period
 * said in words.
 */
const LONGER_ALLOWED = lazyPattern(
  String.raw`(?<![\p{L}])(?:samtykk\p{L}*|consent\p{L}*|unntak\p{L}*|exemption\p{L}*|dispensasjon\p{L}*|datatilsynet\p{L}*|data\s+protection\s+authority|politiet\s+(?:lagrer|lagrar|oppbevarer|oppbevarar|held|holder)|police\s+(?:keep|store|retain|hold)s?)(?![\p{L}])`,
  'iu',
);
const spokenPeriod = (texts: readonly string[]): string | undefined => (texts.some((t) => LONGER_ALLOWED().test(t)) ? undefined : spokenDuration(texts));

/**
 * The retention periods an activity's recordings are kept for: the entries that are the recordings (they say so in
 * trigger, description or categories, or cite the regulation); where none is, the shortest period, which is what the
 * recordings can at most be covered by. Undefined where ropa cannot tell: no period at all, an entry with no period beside
 * no recording entry, or an activity that says its camera records nothing.
 */
function recordingPeriods(r: ResolvedActivity, ref: ReferenceData): { i: number; s: number; period: string; entry: ResolvedRetention }[] | undefined {
  const periods = r.retention.flatMap((e, i) => {
    // An entry with no period may say it in words (spokenDuration): its trigger first, which is the criterion the entry
    // keeps by, then its description.
    const period = e.period ?? (e.permanent === true ? undefined : (spokenPeriod(textsOf(e.trigger)) ?? spokenPeriod(textsOf(e.description))));
    const s = period !== undefined ? durationSeconds(period) : undefined;
    return s === undefined ? [] : [{ i, s, period: period!, entry: e }];
  });
  if (periods.length === 0) return undefined;
  const recordings = periods.filter(({ entry }) => isRecordingEntry(entry, ref));
  if (recordings.length === 0 && r.retention.some((e) => e.period === undefined && e.permanent !== true)) return undefined;
  if (recordings.length === 0 && recordsNothing(r)) return undefined;
  return recordings.length > 0 ? recordings : [periods.reduce((a, b) => (b.s < a.s ? b : a))];
}

/**
 * The recordings kept, said in a clause: a word for them («opptak», «bilete», «footage», «recordings») and a word of
 * keeping («lagrast», «oppbevares», «tekne vare på», «kept», «stored», «retained»).
 */
const RECORDINGS = lazyPattern(
  String.raw`(?<![\p{L}])(?:opptak\p{L}*|\p{L}*(?:helge?|natt|kveld|kamera|lyd|overvåkings|overvakings)opptak\p{L}*|bilete\p{L}*|bilde\p{L}*|bilder|video\p{L}*|videoopptak\p{L}*|recordings?|footage|images?|videos?|(?:video|film)?klipp(?:et|ene|a|ane)?|(?:video\s+)?clips?)(?![\p{L}])`,
  'iu',
);
const KEPT = lazyPattern(
  String.raw`(?<![\p{L}])(?:lagr\p{L}*|oppbevar\p{L}*|tek(?:ne|e|ast|st)?\s+vare\s+på|teke\s+vare\s+på|tatt\s+vare\s+på|tas\s+vare\s+på|tar\s+vare\s+på|beheld\p{L}*|behold\p{L}*|kept|keep\p{L}*|stored?|retain\p{L}*|held|saved?)(?![\p{L}])`,
  'iu',
);
/**
 * The recordings deleted or overwritten only after a time («blir sletta etter 60 dagar», «ikkje overskrivne før etter 60
 * dagar», «overwritten after 60 days», «slettes automatisk etter tre måneder»): the time said is how long they are kept
 * (B11, variants-mattilsyn MT57, 2026-12-01).
 */
const DELETED_AFTER = lazyPattern(
  String.raw`(?<![\p{L}])(?:slett\p{L}*|overskriv\p{L}*|overskrive\p{L}*|overwrit\p{L}*|eras\p{L}*|delet\p{L}*|fjern\p{L}*)(?![\p{L}])[^.;:!?]*?(?<![\p{L}])(?:etter|after)(?![\p{L}])`,
  'iu',
);
/**
 * Deletion denied until a time («blir ikkje sletta før ti år etter …», «slettes ikke før etter 60 dager», «is not deleted
 * until ten years after …», «are not overwritten before 60 days have passed»): the data are kept that long (session 33,
 * R12). Its «ikke»/«not» denies the deletion, not the keeping; «slettes før 30 dager» (deleted within the time) is not read.
 */
const NOT_DELETED_BEFORE = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:ikke|ikkje|not|never|aldri)\s+(?:\p{L}+\s+){0,2}?(?:slett\p{L}*|makuler\p{L}*|overskriv\p{L}*|overwrit\p{L}*|eras\p{L}*|delet\p{L}*|destroy\p{L}*|shred\p{L}*|fjern\p{L}*|kasser\p{L}*)|(?:slett\p{L}*|makuler\p{L}*|overskriv\p{L}*|fjern\p{L}*|kasser\p{L}*)\s+(?:\p{L}+\s+){0,1}?(?:ikke|ikkje|aldri))\s+(?:\p{L}+\s+){0,1}?(?:før|before|until|till|innan|innen)(?![\p{L}])`,
  'iu',
);
/** The recordings lying or staying where they are kept for the time said («ligger i 60 dager», «ligg i tre månader», «remain on the recorder»). */
const LIES = lazyPattern(String.raw`(?<![\p{L}])(?:ligg|ligger|ligge|liggje|liggende|liggjande|lies|lie|remains?|stays?)(?![\p{L}])`, 'iu');
/**
 * A clause's parts after «, og», «, and», «, men», «, but»: a part that names a thing of its own is about that thing
 * («Opptak slettes etter 7 dager, og sikkerhetskopien av kamerasystemets innstillinger lagres i 90 dager»: a settings
 * backup is not the recordings; N2, session 17). A part that goes on with the recordings as its subject («…, men blir tatt
 * vare på i 90 dager», «…, and are kept for 90 days») stays with the part before it.
 */
const PART_JOIN = lazyPattern(String.raw`,\s*(?=(?:og|and|men|but|mens|while)\s)`, 'iu');
const SAME_SUBJECT = lazyPattern(
  String.raw`^(?:og|and|men|but|mens|while)\s+(?:(?:de|dei|dem|they|these|those|disse|desse|det|it|også|also|likevel|still|then|da|så)\s+)*(?:blir|blei|vert|vart|er|var|kan|skal|må|lagr\p{L}*|oppbevar\p{L}*|slett\p{L}*|overskriv\p{L}*|tek\p{L}*|teke|tas|tatt|are|is|were|was|can|may|will|must|kept|stored|deleted|overwritten|retained|i|in|for|inntil|opptil|up|opp|until|til|ved|if|when|dersom|når|viss|unntaksvis|exceptionally|\d+)(?![\p{L}])`,
  'iu',
);
const ownParts = (clause: string): string[] => {
  const parts = clause.split(PART_JOIN());
  if (parts.length === 1) return parts;
  const out: string[] = [parts[0]!];
  for (const p of parts.slice(1)) {
    if (SAME_SUBJECT().test(p)) out[out.length - 1] += `, ${p}`;
    else out.push(p);
  }
  return out;
};
/** The police, an insurer or another party keeping the recordings by its own rules (read in `exceptions`). */
const KEPT_BY_OTHERS = lazyPattern(
  String.raw`(?<![\p{L}])(?:politi\p{L}*|police|insurers?|insurer['’]s|insurance\s+compan\p{L}*|forsikringsselskap\p{L}*|(?:its|their)\s+own\s+rules|(?:sine|deira|deres)\s+(?:egne|eigne)\s+(?:regler|reglar)|(?:kept|stored|retained|held|lagres|lagrast|oppbevares|oppbevarast)\s+(?:\p{L}+\s+){0,3}?(?:by|av|hos)\s+(?!us\b|oss\b)(?:the\s+)?\p{L}+)(?![\p{L}])`,
  'iu',
);
/**
 * A longer keeping of the recordings said in the words of an entry whose structured period is within the maximum
 * («period: P7D» with «Opptak frå helgar blir likevel tekne vare på i tre månader»: variants-kultur KU19): the period the
 * record gives is not the one the body keeps by. The longest period said in a clause that names the recordings and
 * keeps them, not denied, not the police's own keeping or a longer time the regulation allows on consent or exemption
 * (LONGER_ALLOWED), and longer than the police exception (and, at premises the activity names, than their maximum).
 */
function saidLonger(e: ResolvedRetention, extended: number, premises: number | undefined): { said: string; s: number } | undefined {
  const described = saidLongerIn(textsOf(e.description), extended, premises, POLICE());
  // The entry's `exceptions` say a longer keeping as much («exceptions: Saved incident clips are kept for two years in case
  // a claim comes up later»: variants-trafikkskole TS21; F6, session 20), read as a description is (a report or log named
  // before the recordings, or recordings left out, is what is kept). Not a clause that names the police, the insurer or
  // another party keeping them by its own rules («a clip handed to the insurer is then kept by the insurer under its own
  // rules, often for two years»: N5's review, session 20): that keeping is theirs.
  const excepted = saidLongerIn(textsOf(e.exceptions), extended, premises, KEPT_BY_OTHERS(), true);
  return excepted !== undefined && (described === undefined || excepted.s > described.s) ? excepted : described;
}
/** Recordings said to be left out: «uten bilder», «utan opptak», «without images», «with no footage». */
const WITHOUT_RECORDINGS = lazyPattern(
  String.raw`(?<![\p{L}])(?:uten|utan|without|with\s+no|ingen|inga|no)\s+(?:\p{L}+\s+)?(?:opptak\p{L}*|bilete\p{L}*|bilde\p{L}*|bilder|video\p{L}*|recordings?|footage|images?|videos?|pictures?|photos?|(?:video)?klipp(?:et|a|ene|ane)?|clips?)(?![\p{L}])`,
  'iu',
);
/** What the description may keep instead of the recordings, named before them: a log, a report, a record of an incident. */
const KEPT_THING = lazyPattern(String.raw`logg|\blog(?:s|ged|ging)?\b|protokoll|journal|rapport|\breports?\b|\bminutes\b|referat`, 'i');
/** A coordination right before the recordings' word: «rapporter og opptak», «logs and recordings». */
const JOINED = lazyPattern(String.raw`^\S+\s+(?:og|and|eller|or|samt)\s+(?:\p{L}+\s+)?$`, 'iu');
/** Whether a log or a report (KEPT_THING), not joined to them, is named before the recordings: it is what is kept. */
function keptBefore(clause: string): boolean {
  const thing = KEPT_THING().exec(clause);
  const rec = RECORDINGS().exec(clause);
  return thing !== null && rec !== null && thing.index < rec.index && !JOINED().test(clause.slice(thing.index, rec.index));
}
/**
 * A clause of reason: «fordi», «siden», «sidan», «ettersom», «because», «since», or «as» after a comma, to the clause's end
 * («Opptak frå helgar lagrar vi i tre månader, sidan skadeverk ofte ikkje blir oppdaga med ein gong»), or opening the
 * clause up to its comma («Because damage is often not found at once, we keep weekend recordings for three months»).
 */
const REASON = lazyPattern(
  String.raw`^\s*(?:fordi|siden|sidan|ettersom|because|since|as)\s[^,]*,|,?\s(?:fordi|siden|sidan|ettersom|because|since)\s.*$|,\s*as\s.*$`,
  'iu',
);
const mayGiveReason = prefilter(REASON);
/**
 * The police kept out of a clause of the activity's own description only where they keep the recordings themselves
 * («oppbevares av politiet», «politiets regler»): a period the description says beyond the police exception (30 days) is
 * not the exception's («Opptakene lagres i 60 dager og utleveres til politiet bare ved anmeldelse»: variants-regnskap RG16;
 * W3, session 19).
 */
const POLICE_KEEPS = lazyPattern(String.raw`(?:av|by|hos|with|at)\s+(?:the\s+)?(?:politi\p{L}*|police)|politiets|police['’]s`, 'iu');
/** The longest time a text keeps the recordings beyond `days` (the police exception), as said (for the reader tables). */
export const recordingsKeptLongerIn = (text: string, days: number): string | undefined =>
  saidLongerIn([text], days * DAY, undefined, POLICE_KEEPS(), true)?.said;
function saidLongerIn(
  texts: readonly string[],
  extended: number,
  premises: number | undefined,
  police: RegExp,
  described = false,
): { said: string; s: number } | undefined {
  let longest: { said: string; s: number } | undefined;
  for (const t of texts)
    for (const whole of t.split(STOP).flatMap(ownParts)) {
      // A clause of reason beside the keeping is not what is kept («…, siden hærverk ofte ikke blir oppdaget før lenge
      // etterpå», «…, as damage is often not discovered until much later»: variants-paraphrase4 PD089, PD090): its «not»
      // denies no keeping, and its times are not the period.
      const clause = mayGiveReason(whole) ? whole.replace(REASON(), ' ') : whole;
      // Recordings said to be left out («Hendelsesrapporter uten bilder lagres i fem år», «incident reports without images
      // are kept for five years»: N3's review, session 19) are not what is kept.
      const named = described ? clause.replace(WITHOUT_RECORDINGS(), ' ') : clause;
      if (!RECORDINGS().test(named) || LONGER_ALLOWED().test(clause) || police.test(clause)) continue;
      // In the description, a log or a report named before the recordings is what is kept («Loggen over hvem som har sett
      // opptakene, lagres i 60 dager»: W3's lawful wordings; «Rapporten om hendelsen med bilder fra opptaket lagres i ett år»).
      // Not a report joined to the recordings («Rapporter og opptak lagres i 60 dager»: both kept).
      if (described && keptBefore(named)) continue;
      // Kept for the time said, or deleted only after it: a clause of keeping not denied, or of deletion after a time
      // (denied or not: «ikkje overskrivne før etter 60 dagar» keeps them as long), not about a log of the recordings.
      // Lying there for the time said is keeping it («I praksis ligg opptaka i 60 dagar før dei blir overskrivne»); so is a
      // deletion denied until a time («ikkje overskrivne før etter 60 dagar»).
      const kept = (KEPT().test(clause) || LIES().test(clause)) && !NEGATION.test(clause);
      const notBefore = NOT_DELETED_BEFORE().test(clause);
      if (!kept && !notBefore && !(DELETED_AFTER().test(clause) && !LOG().test(clause))) continue;
      if (notBefore && LOG().test(clause)) continue;
      for (const said of spokenDurations(clause)) {
        const s = durationSeconds(said);
        if (s === undefined || s <= extended + DAY || (premises !== undefined && s <= premises + DAY)) continue;
        if (longest === undefined || s > longest.s) longest = { said, s };
      }
    }
  return longest;
}

/**
 * A maximum of the reference data (data/retention-limits.json: the camera regulation) for every activity with its risk
 * factor, against the routine maximum, the police exception and the premises' maximum. Read on processor records too
 * (`processor-instruction`).
 */
function statutoryMaximum(limit: RetentionLimit, activities: readonly ResolvedActivity[], ref: ReferenceData, report: Report): void {
  const max = durationSeconds(limit.max);
  const extended = durationSeconds(limit.extendedMax ?? limit.max);
  const premises = durationSeconds(limit.premisesMax ?? limit.extendedMax ?? limit.max);
  if (max === undefined || extended === undefined || premises === undefined) return;
  for (const r of activities) {
    if (r.activity.riskFactors?.[limit.riskFactor as keyof RiskFactors] !== true) continue;
    const judged = recordingPeriods(r, ref);
    if (judged === undefined) continue;
    // A month is counted as up to 31 days: "P1M" is within "30 days", "P92D" within "three months".
    const routine = judged.some((p) => p.s <= max + DAY / 2);
    // Premises the activity names (a shop's till, a post or bank counter) allow up to three months.
    const premisesNamed = [r.activity.title, r.activity.description, ...r.purposes.map((p) => p.description)].flatMap(textsOf).some((t) => PREMISES().test(t));
    // Employees are filmed where a data subject is marked as employees, or the activity monitors employees.
    const employeesFilmed = r.dataSubjects.some((s) => s.value.employees === true) || r.activity.riskFactors?.employeeMonitoring === true;
    for (const p of judged) {
      if (p.s <= max + DAY / 2) continue;
      if (premisesNamed && p.s <= premises + DAY) continue;
      // An entry within 30 days is the police exception where it stands beside a routine entry, or says so
      // beside other recording entries (a single entry that names the exception still sets the period for all).
      const saysPolice = [...textsOf(p.entry.trigger), ...textsOf(p.entry.description)].some((t) => POLICE().test(t));
      if (p.s <= extended + DAY && (routine || (judged.length > 1 && saysPolice))) continue;
      const pointer = join('/retention', p.i);
      const args = {
        limit: limit.id,
        period: p.period,
        max: limit.max,
        extended: limit.extendedMax ?? limit.max,
        premises: limit.premisesMax ?? limit.extendedMax ?? limit.max,
        citation: limit.citation,
      };
      if (r.activity.role === 'processor') report.activity(r, pointer, 'processor-instruction', args, { severity: 'warning' });
      else if (limit.subjects === 'employees' && !employeesFilmed) report.activity(r, pointer, 'if-employees', args, { severity: 'warning' });
      else if (p.s > premises + DAY) report.activity(r, pointer, 'exceeds', args);
      else if (p.s > extended + DAY) report.activity(r, pointer, 'premises-only', args, { severity: 'warning' });
      else report.activity(r, pointer, 'exception-only', args, { severity: 'warning' });
    }
    // An entry whose period keeps within the maximum, while its own words keep the recordings longer.
    if (r.activity.role === 'processor') continue;
    let saidAtEntry = false;
    for (const p of judged) {
      if (p.entry.period === undefined || p.s > max + DAY / 2) continue;
      const longer = saidLonger(p.entry, extended, premisesNamed ? premises : undefined);
      if (longer === undefined) continue;
      saidAtEntry = true;
      report.activity(
        r,
        join('/retention', p.i, 'description'),
        'said-longer',
        { limit: limit.id, period: p.period, said: longer.said, max: limit.max, extended: limit.extendedMax ?? limit.max, citation: limit.citation },
        { severity: 'warning' },
      );
    }
    // The same said in the activity's own description («Opptakene lagres i 60 dager»), while every recording entry's period
    // keeps within the maximum: variants-regnskap RG16 (W3, session 19).
    const within = judged.filter((p) => p.entry.period !== undefined && p.s <= max + DAY / 2);
    if (saidAtEntry || within.length === 0 || within.length < judged.length) continue;
    const inDescription = saidLongerIn(textsOf(r.activity.description), extended, premisesNamed ? premises : undefined, POLICE_KEEPS(), true);
    if (inDescription !== undefined)
      report.activity(
        r,
        '/description',
        'said-longer-described',
        {
          limit: limit.id,
          period: within[0]!.period,
          said: inDescription.said,
          max: limit.max,
          extended: limit.extendedMax ?? limit.max,
          citation: limit.citation,
        },
        { severity: 'warning' },
      );
  }
}

export default defineRule(
  {
    id: 'retention-limit',
    severity: 'error',
    citation:
      'GDPR Art. 5(1)(e); forskrift om kameraovervåking i virksomhet § 6; helseforskningsloven § 38; politiregisterforskriften § 37-2; Datatilsynet, medlemskap i foreninger og politiske parti',
    messages: MESSAGES,
    processorRecords: true,
  },
  (ctx, report) => {
    // The controller's own checks see only controller records, each check over every record in turn; the statutory
    // maxima see processor records too.
    const controllerRecords = ctx.activities.filter((r) => r.activity.role !== 'processor');
    for (const r of controllerRecords) formerMembers(r, report);
    for (const r of controllerRecords) formerCustomers(r, ctx, report);
    for (const r of controllerRecords) policeCertificates(r, report);
    for (const r of controllerRecords) shreddedCertificates(r, ctx.reference, report);
    for (const r of controllerRecords) sectionMaxima(r, ctx.reference, ctx.today, report);
    for (const r of controllerRecords) basisMaxima(r, ctx.reference, report);
    for (const r of controllerRecords) deleteAsSoon(r, ctx.reference, report);
    for (const limit of ctx.reference.retentionLimits.limits) statutoryMaximum(limit, ctx.activities, ctx.reference, report);
  },
);
