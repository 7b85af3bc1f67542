import { actsAsPublicAuthority, basesWithPointers, textsOf } from '../check/facts.js';
import { ANIMAL_WORD } from '../check/animals.js';
import { defineRule } from '../check/rule.js';
import type { ResolvedActivity } from '../model/resolve.js';
import { lazyPattern } from '../util/lazy-pattern.js';

/**
 * Art. 6(1)(d): processing «necessary in order to protect the vital interests of the data subject or of another natural
 * person». Recital 46 says what that is: «an interest which is essential for the life of the data subject or that of
 * another natural person», such as humanitarian emergencies, epidemics and disasters. A purpose on 6(1)(d) whose own
 * words (its description, the basis's note) name no threat to life or limb, no emergency, accident, epidemic or
 * disaster, is warned: ordinary guidance or service to a person is not a vital interest. Emergencies named by their kind
 * count too: a flood, landslide, avalanche, fire, storm or other crisis and the evacuation it calls for (the humanitarian
 * emergencies and «natural and man-made disasters» of the recital), a search for a missing person, a heart attack, a
 * stroke or other serious illness, violence, abuse, self-harm or poisoning. Words are read whole, with Norwegian letters:
 * «nød» and «naud» are an emergency (a «nødtelefon» too), «nødvendig» and «naudsynt» (necessary) and «nødt» («vi er nødt
 * til å», have to) are not. A «livs-» compound counts only where it names danger to life («livsfare», «livsfarleg»,
 * «livsviktig», «livsnødvendig», «livsreddende», «livsavgjørende»): a debtor's «livssituasjon», «livsstil», «livskvalitet» or
 * «livssyn» is no threat to life (M, session 18, variants-inkasso IK31).
 */
const LIFE = lazyPattern(
  `(?<![\\p{L}])(?:${[
    // nb, nn
    'liv|livet|livs(?:fare|farl|farle|viktig|nødvend|naudsyn|redd|avgjer|avgjør|trua|true)\\p{L}*|livstru\\p{L}*|livredd\\p{L}*|nød(?!vend|t(?!\\p{L}))\\p{L}*|naud(?!syn)\\p{L}*|akutt\\p{L}*|redning\\p{L}*|redde\\p{L}*',
    'bevisstløs\\p{L}*|medvitslaus\\p{L}*|selvmord\\p{L}*|sjølvmord\\p{L}*|selvskad\\p{L}*|sjølvskad\\p{L}*|epidemi\\p{L}*|pandemi\\p{L}*',
    'smitte\\p{L}*|katastrof\\p{L}*|ulykk\\p{L}*|ulukk\\p{L}*|drukn\\p{L}*|dødelig\\p{L}*|dødeleg\\p{L}*|fare|faren|farer|farlig\\p{L}*|farleg\\p{L}*|overdose\\p{L}*|førstehjelp\\p{L}*|fyrstehjelp\\p{L}*',
    'anafylak\\p{L}*|personskad\\p{L}*|alvorlig\\p{L}* skad\\p{L}*|alvorleg\\p{L}* skad\\p{L}*|alvorlig\\p{L}* syk\\p{L}*|alvorleg\\p{L}* sjuk\\p{L}*',
    'hjertestans|hjartestans|hjerteinfarkt|hjarteinfarkt|hjerneslag|forgift\\p{L}*|vold(?!gift)\\p{L}*|valds\\p{L}*|overgrep\\p{L}*',
    'flom\\p{L}*|flaum\\p{L}*|\\p{L}*skred\\p{L}*|ras|raset|rasfare|brann\\p{L}*|ekstremvær\\p{L}*|uvær\\p{L}*|storm\\p{L}*|orkan\\p{L}*',
    'krise\\p{L}*|kriser|evakuer\\p{L}*|beredskap\\p{L}*|savn(?:et|ede|a|ete|ade)|leteaksjon\\p{L}*|leiteaksjon\\p{L}*',
    // en
    'life|lives|life-threatening|emergenc\\p{L}*|rescue\\p{L}*|unconscious|suicid\\p{L}*|self-harm|epidemic\\p{L}*|pandemic\\p{L}*',
    'disaster\\p{L}*|accident\\p{L}*|drown\\p{L}*|fatal|danger\\p{L}*|first aid|anaphyla\\p{L}*|injur\\p{L}*|heart attack\\p{L}*|cardiac arrest|stroke|poison\\p{L}*',
    'serious(?:ly)? ill\\p{L}*|severe(?:ly)? ill\\p{L}*|violen\\p{L}*|abuse|flood\\p{L}*|landslides?|avalanches?|storms?',
    // «fire» alone is «four» in Norwegian
    'fires|wildfires?|fire (?:alarms?|brigade|service|department)|(?:a|the) fire',
    'extreme weather|crisis|crises|evacuat\\p{L}*|missing (?:person|people|child|children)',
  ].join('|')})(?![\\p{L}])`,
  'iu',
);

/**
 * A service the body provides to an emergency unit as its customer (nb, nn, en): «provide phone interpreters at once to
 * emergency services», «supply interpreters for the emergency ward», «tilby tolk til akuttmottaket», «yte tenester til
 * legevakta» (variants-tolk TL68: an on-call line's log kept to pay and invoice, on vital interests). The unit's name is no
 * threat to anyone's life; LIFE reads the rest of the words. Only after a verb of providing: data sent to the emergency
 * services when an alarm goes off («the position is sent to the emergency services») is still read as before.
 */
const SERVES_EMERGENCY_UNIT = lazyPattern(
  String.raw`(?<![\p{L}])(?:provid\p{L}*|supply|supplies|supplying|offer\p{L}*|deliver\p{L}*|tilby\p{L}*|yte|yter|ytar|levere|leverer|leverar)\s+(?:[\p{L}-]+\s+){0,5}?(?:to|for|til|åt)\s+(?:(?:the|our|våre|vårt|vår)\s+)?(?:(?:out-of-hours\s+|hospital\s+)?emergency\s+(?:wards?|departments?|rooms?|services|units?)|akuttmottak\p{L}*|akuttavdeling\p{L}*|nødetat\p{L}*|naudetat\p{L}*|legevakt\p{L}*)(?![\p{L}])`,
  'giu',
);

/**
 * An animal's life or rescue (nb, nn, en): «the animal's life and health», «the life of the dog», «save the animal», «dyrets
 * liv», «livet til dyret», «redde hesten», «dyras liv». Art. 6(1)(d) protects «the vital interests of the data subject or of
 * another natural person»; an animal is neither (variants-veterinar DY63: a notification to Mattilsynet «to protect the
 * animal's life and health»). These words are left out before LIFE reads the rest: a purpose whose only danger is an
 * animal's is told so; one that also names a person's danger («the owner was bitten and is in danger», «a person's life»)
 * is read as before.
 */
const ANIMAL = ANIMAL_WORD;
const ANIMAL_LIFE = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:the|an?|its|their|this)\s+)?${ANIMAL}(?:['’]s|s['’]|['’])?\s+(?:own\s+)?(?:life|lives|liv|livet)(?![\p{L}])|(?<![\p{L}])(?:life|lives)\s+(?:and\s+(?:health|welfare)\s+)?of\s+(?:(?:the|an?|its|their|this)\s+)?${ANIMAL}(?![\p{L}])|(?<![\p{L}])livet\s+(?:og\s+helsa?\s+)?til\s+${ANIMAL}(?![\p{L}])|(?<![\p{L}])(?:redde|redder|redda|rescue|rescues|save|saves|saving)\s+(?:(?:the|an?|its|their|this)\s+)?${ANIMAL}(?![\p{L}])`,
  'giu',
);

/** A section sign: the words cite a provision of a statute («barnevernsloven §§ 4-1 til 4-4», «§ 7»). */
const SECTION = lazyPattern(String.raw`§`, 'u');
/**
 * A provision cited for something other than the body's own task (nb, nn, en): confidentiality and its exceptions
 * («Taushetsplikten er ikke til hinder, jf. forvaltningsloven § 13 b første ledd nr. 7», «teieplikta etter forvaltningslova
 * § 13»), another person's own duty («Helsepersonellet … har egen plikt til å yte øyeblikkelig hjelp etter
 * helsepersonelloven § 7») or everyone's duty to help («Everyone has a duty to help …, straffeloven § 287», «alle har plikt til å hjelpe»; not «Alle tilsette i
 * barnevernsvakta har plikt til å handle etter barnevernsloven § 4-2», the body's own staff). Such a
 * clause grounds no task of the body (H12P's review, 2026-11-30).
 */
const NOT_OWN_TASK = lazyPattern(
  String.raw`taushetsplikt\p{L}*|teieplikt\p{L}*|confidential\p{L}*|secrecy|duty of (?:confidentiality|secrecy)|(?:ikke|ikkje|not) (?:til )?hinder|egen plikt|eiga plikt|own duty|(?<![\p{L}])(?:enhver|einkvar|everyone|anyone|any person)(?![\p{L}])[^.;:!?]*?(?:plikt|duty)|(?<![\p{L}])alle\s+har\s+(?:\p{L}+\s+)?(?:plikt|hjelpeplikt)|hjelpeplikt\p{L}*`,
  'iu',
);
/** Whether a text cites a section in a clause that is not about confidentiality or another's or everyone's duty. */
// Sentences, not clauses: «jf.», «nr.» and «første ledd nr. 7» keep the section with the words around it.
const SENTENCE = lazyPattern(String.raw`[;!?]|\.\s+(?=\p{Lu})`, 'u');
const citesTaskSection = (text: string): boolean => text.split(SENTENCE()).some((c) => SECTION().test(c) && !NOT_OWN_TASK().test(c));

/**
 * Art. 9(2)(c) lifts the ban on special categories only where the processing protects someone's vital interests and «the
 * data subject is physically or legally incapable of giving consent». An activity whose data comes only from the person
 * (every source `data-subject`) and is given voluntarily (`collection.requirement: voluntary`) shows the person able to
 * choose: the person who tells the hotel of an allergy, or the gym of a heart condition, can give the explicit consent
 * of 9(2)(a), and 9(2)(c) is not the condition (`capable-of-consent`, B2, variants-hotell HO39, 2026-12-01). Data from
 * staff, next of kin, a doctor or another body, data required by law or contract, or an activity that records no
 * collection is not read: there the person may be the one who cannot answer.
 */
const givenFreelyByPerson = (r: ResolvedActivity): boolean =>
  r.activity.collection?.requirement === 'voluntary' && r.sources.length > 0 && r.sources.every((s) => s.value.type === 'data-subject');
/**
 * The moment the person cannot answer, named in the purpose's own words (nb, nn, en): unconscious, collapses, faints, a
 * cardiac arrest, «ikke selv kan svare», «cannot consent», «unable to answer». A record that keeps what the person chose
 * to tell and uses 9(2)(c) only to give it to paramedics when the person cannot answer («gi ambulansepersonell
 * opplysningene hvis medlemmet faller om og ikke kan svare selv», «read the medical ID on the phone of a patient who is
 * brought in unconscious») names the incapacity 9(2)(c) requires; so does a purpose that also relies on 9(2)(a) for
 * the time the person can choose (P's review, 2026-12-01: 8 of 8 such lawful records fired before).
 */
const INCAPABLE = lazyPattern(
  String.raw`(?<![\p{L}])(?:bevisstløs\p{L}*|medvitslaus\p{L}*|unconscious\p{L}*|besvim\p{L}*|svime\p{L}*|faint(?:s|ed|ing)?|kollaps\p{L}*|collaps\p{L}*|faller\s+om|fell\s+om|dett\s+om|detter\s+om|hjertestans|hjartestans|cardiac\s+arrest|incapable\s+of\s+(?:giving\s+)?consent\p{L}*|incapacitated|(?:ute\s+av\s+stand|(?:ikke|ikkje)\s+i\s+stand|not\s+able|unable|ikke|ikkje|not|cannot|can't)\s+(?:\p{L}+\s+){0,2}?(?:svare|answer|respond|consent|samtykke|snakke|tale|speak|gjere\s+greie|gjøre\s+rede|kommunisere|communicate))(?![\p{L}])`,
  'iu',
);
const namesIncapacity = (texts: readonly string[]): boolean => texts.some((t) => INCAPABLE().test(t));

/**
 * A standing programme of monitoring (the activity's `riskFactors`: camera surveillance, systematic monitoring, monitoring
 * of employees) is set up in advance and runs whether or not anyone's life is at stake: body cameras for wardens, cameras
 * in a car park, tracking of lone workers. Recital 46 keeps another person's vital interest for processing that «cannot be
 * manifestly based on another legal basis», and names emergencies (epidemics, disasters); a preventive monitoring scheme
 * is manifestly based on another basis — legitimate interests weighed against the people watched (Art. 6(1)(f), with the
 * right to object, Art. 21), or a public task laid down by law — so Art. 6(1)(d) is not its basis even where it protects
 * life and limb (B5, variants-parkering PK50, 2026-12-01). Read from the record's flags; the purpose's words only lift it
 * where they name the emergencies the recital names or an operation during one (EMERGENCY_EVENT): monitoring an epidemic
 * and its spread is the recital's own example, and tracking rescuers during a search or an evacuation serves the
 * emergency at hand, not a standing programme.
 * So does an alarm that sends data only when an emergency strikes the person (N, session 15, on B5's flag after a review:
 * 4 of 7 lawful fired): an epileptic seizure, a cardiac arrest, a fall or a fall overboard, drowning, a fire alarm — data
 * sent at the emergency, for the life of the person it strikes, not a watch kept whether or not anyone is in danger.
 */
const EMERGENCY_EVENT = lazyPattern(
  String.raw`(?<![\p{L}])(?:epidemi\p{L}*|pandemi\p{L}*|smitte\p{L}*|utbrudd\p{L}*|utbrot\p{L}*|katastrof\p{L}*|redningsaksjon\p{L}*|leteaksjon\p{L}*|leiteaksjon\p{L}*|evakuer\p{L}*|\p{L}*skred\p{L}*|flom\p{L}*|flaum\p{L}*|epidemic\p{L}*|pandemic\p{L}*|outbreak\p{L}*|infection\p{L}*|contagio\p{L}*|disaster\p{L}*|rescue operation\p{L}*|search and rescue|search operation\p{L}*|evacuat\p{L}*|avalanche\p{L}*|landslide\p{L}*|flood\p{L}*|\p{L}*anfall(?:et|a|ene|ane)?|seizures?|hjertestans|hjartestans|cardiac arrest|heart attacks?|overbord|overboard|drukn\p{L}*|drown\p{L}*|brannalarm\p{L}*|brann(?:en)?|fire alarms?|(?:a|the) fire|fallsensor\p{L}*|fallalarm\p{L}*|fall (?:sensors?|alarms?)|(?:når|dersom|om|if|when)\s+(?:\p{L}+\s+){0,5}?(?:faller|dett|detter|falls|fell))(?![\p{L}])`,
  'iu',
);
const standingMonitoring = (r: ResolvedActivity, words: readonly string[]): boolean => {
  const f = r.activity.riskFactors;
  const flagged = f?.cameraSurveillance === true || f?.systematicMonitoring === true || f?.employeeMonitoring === true;
  return flagged && !words.some((w) => EMERGENCY_EVENT().test(w));
};

/**
 * A public authority's standing control, inspection or supervision named by the purpose's own words (nb, nn, en):
 * «kontrollen», «tollkontroll», «tilsyn», «inspeksjon», «customs controls», «inspections», «audits», «routine checks». Such
 * work is the exercise of official authority a law gives the body (Art. 6(1)(e), 6(3)), set up in advance and run whether
 * or not anyone is in danger; recital 46 keeps vital interests for where no other basis is manifest (variants-toll TL19:
 * parcel control «verner liv og helse» because fentanyl «kan ta liv»).
 */
const OFFICIAL_CONTROL = lazyPattern(
  String.raw`(?<![\p{L}])(?:\p{L}*kontroll(?:en|ar|ane|er|ene)?|\p{L}*tilsyn(?:et|a|s\p{L}+)?|\p{L}*inspeksjon\p{L}*|stikkprøv\p{L}*|stikkprøvekontroll\p{L}*|inspections?|audits?|(?:customs|border|import|export|food|postal|parcel|vehicle|routine|random|spot|regular|targeted)\s+(?:controls?|checks?))(?![\p{L}])`,
  'iu',
);
/**
 * Words of an emergency at hand, in the individual case (nb, nn, en): «akutt», «nødsituasjon», «øyeblikkelig hjelp», a
 * missing person, «i det konkrete tilfellet», «emergency», «urgent», «immediate danger», «in the individual case», or an
 * accident, a burning building, a rescue (N2b's review, session 18: a crisis team after an accident, smoke divers' air
 * supply), or an emergency the recital names (EMERGENCY_EVENT). A control that serves the emergency at hand («kontrollere at alle er
 * evakuert», «infection control during the outbreak») is not the standing control OFFICIAL_CONTROL reads.
 */
const AT_HAND = lazyPattern(
  String.raw`(?<![\p{L}])(?:akutt\p{L}*|nødsituasjon\p{L}*|naudsituasjon\p{L}*|nødstilfell\p{L}*|naudstilfell\p{L}*|øyeblikkelig\s+hjelp|augneblinkeleg\s+hjelp|nød|naud|livstru\p{L}*|livsfare\p{L}*|bevisstløs\p{L}*|medvitslaus\p{L}*|overdos\p{L}*|ambulans\p{L}*|står\s+på\s+(?:spill|spel)|savn(?:et|ede|a|ete|ade)|sakna(?:de)?|ulykk\p{L}*|ulukk\p{L}*|accident\p{L}*|brennend\p{L}*|burning|redde|redder|redda|redning\p{L}*|rescu\p{L}*|konkret\p{L}*\s+(?:tilfell\p{L}*|fare\p{L}*|redning\p{L}*|situasjon\p{L}*)|det\s+enkelte\s+tilfell\p{L}*|emergenc\p{L}*|urgent\p{L}*|immediate\s+danger|life-threatening|unconscious|overdos\p{L}*|ambulance\p{L}*|at\s+stake|danger\s+to\s+life|missing|individual\s+case|specific\s+case)(?![\p{L}])`,
  'iu',
);
/**
 * The activity collects its data as a statutory requirement (`collection.requirement: statutory`: people must give it by
 * law, Art. 13(2)(e)) and every purpose rests on vital interests alone: no other purpose carries the law that demands the
 * data, so that law is what the processing rests on (variants-mattilsyn MT47: the animal-keeper register). An activity
 * with another purpose on another basis (a position-reporting duty with a rescue purpose beside it, variants-fiskeri) is
 * not read: there 6(1)(d) may be the emergency use of data collected for the statutory purpose. Read for a private
 * controller as well (a duty laid on it by law: Art. 6(1)(c); variants-ferje FJ23, W5 session 46).
 */
const onlyVitalUnderStatute = (r: ResolvedActivity): boolean =>
  r.activity.collection?.requirement === 'statutory' &&
  r.purposes.every((p) => p.legalBasis.every((b) => b.gdpr === 'A6-1-d' || b.gdpr.startsWith('A9') || b.gdpr === 'A10'));

/**
 * A purpose that documents or records injuries or incidents after the event, to answer claims, settle compensation, keep
 * statistics or prevent the next one («document injuries and incidents in the centres, to prevent them and to answer claims
 * for compensation»: variants-trening TR41; «registrere ulukker for å svare på erstatningskrav»; R2, session 25): no one's
 * life is protected by the record. Recital 46 keeps Art. 6(1)(d) for what is «essential for the life» of a person and
 * «cannot be manifestly based on another legal basis»; such records rest on legitimate interests (Art. 6(1)(f)) with
 * Art. 9(2)(f) for legal claims. Read only with both a verb of documenting and an after-purpose, and no emergency at hand
 * (AT_HAND, EMERGENCY_EVENT) and no help given (first aid, an ambulance called).
 */
const DOCUMENTS = lazyPattern(
  String.raw`(?<![\p{L}])(?:document\p{L}*|dokumenter\p{L}*|registrer\p{L}*|record(?:s|ed|ing)?|log(?:s|ged|ging)?|loggfør\p{L}*|noter\p{L}*|skriv\p{L}*\s+ned|write\p{L}*\s+down|keep(?:s|ing)?\s+(?:a\s+)?(?:record|log|register)|føre\s+(?:\p{L}+\s+)?(?:logg|register|protokoll))(?![\p{L}])`,
  'iu',
);
const AFTER_PURPOSE = lazyPattern(
  String.raw`(?<![\p{L}])(?:claims?|krav(?:et|a|ene|ane)?|erstatning\p{L}*|compensation|insurance|insurer\p{L}*|forsikring\p{L}*|skadeoppgjer\p{L}*|skadeoppgjør\p{L}*|defend\p{L}*|forsvar\p{L}*|settl\p{L}*|statisti\p{L}*|prevent\p{L}*|forebygg\p{L}*|førebygg\p{L}*|avoid\p{L}*|unngå\p{L}*|lær\p{L}*\s+av|learn\p{L}*\s+from|improv\p{L}*|forbedr\p{L}*|forbetr\p{L}*)(?![\p{L}])`,
  'iu',
);
const HELP_GIVEN = lazyPattern(
  String.raw`(?<![\p{L}])(?:førstehjelp\p{L}*|fyrstehjelp\p{L}*|first\s+aid|ambulans\p{L}*|ambulance\p{L}*|paramedic\p{L}*|ring(?:er|jer|e|je)?\s+113|call(?:s|ing)?\s+(?:113|112|911|999)|alarm(?:er|ar|ere|ere)?\s+(?:\p{L}+\s+)?(?:nød|naud)\p{L}*|helsepersonell|health\s+personnel)(?![\p{L}])`,
  'iu',
);
const afterTheEvent = (words: readonly string[]): boolean =>
  words.some((t) => DOCUMENTS().test(t)) &&
  words.some((t) => AFTER_PURPOSE().test(t)) &&
  !words.some((t) => AT_HAND().test(t.replace(ACCIDENT_WORD(), ' ')) || EMERGENCY_EVENT().test(t) || HELP_GIVEN().test(t));
/** An accident named as what is documented is the event recorded, not an emergency at hand (AT_HAND reads it so elsewhere). */
const ACCIDENT_WORD = lazyPattern(String.raw`(?<![\p{L}])(?:ulykk\p{L}*|ulukk\p{L}*|accident\p{L}*)(?![\p{L}])`, 'giu');

export default defineRule(
  {
    id: 'vital-interests',
    severity: 'warning',
    citation: 'GDPR Art. 6(1)(d), 9(2)(c); rec. 46',
    messages: [
      'not-life',
      'animal-life',
      'statutory-task',
      'capable-of-consent',
      'standing-monitoring',
      'statutory-collection',
      'official-control',
      'after-the-event',
    ],
  },
  (ctx, report) => {
    for (const r of ctx.activities) {
      for (const { basis, pointer, purpose } of basesWithPointers(r)) {
        if (
          basis.gdpr === 'A9-2-c' &&
          givenFreelyByPerson(r) &&
          !purpose.legalBasis.some((b) => b.gdpr === 'A9-2-a') &&
          !namesIncapacity([...textsOf(purpose.description), ...textsOf(basis.note)])
        )
          report.activity(r, pointer, 'capable-of-consent', { purpose: purpose.id });
        if (basis.gdpr !== 'A6-1-d') continue;
        const words = [...textsOf(purpose.description), ...textsOf(basis.note)];
        const served = words.map((t) => t.replace(SERVES_EMERGENCY_UNIT(), ' '));
        if (!served.some((t) => LIFE().test(t.replace(ANIMAL_LIFE(), ' ')))) {
          report.activity(r, pointer, served.some((t) => LIFE().test(t)) ? 'animal-life' : 'not-life', { purpose: purpose.id });
          continue;
        }
        if (standingMonitoring(r, words)) {
          report.activity(r, pointer, 'standing-monitoring', { purpose: purpose.id });
          continue;
        }
        if (afterTheEvent(words)) {
          report.activity(r, pointer, 'after-the-event', { purpose: purpose.id });
          continue;
        }
        // Recital 46: vital interests only where the processing «cannot be manifestly based on another legal basis». A
        // public authority whose purpose grounds the processing in a statute, by a section its words cite or by the law
        // another of its bases names (the Art. 9(2) condition's act), performs a task laid down by law: Art. 6(1)(e) (or
        // (c) for a duty) with that law (Art. 6(3)), whose rights follow (Art. 21 objection to (e)), not 6(1)(d).
        // A private controller too: where people must give the data by law and every purpose rests on vital interests,
        // the law that demands it is the basis, Art. 6(1)(c) with that law (Art. 6(3)), not 6(1)(d) (variants-ferje FJ23,
        // W5 session 46: a ferry company's statutory passenger list on 6(1)(d) «slik at redningsaksjoner kan
        // gjennomføres»). A public authority is read below, where its task law comes first.
        if (actsAsPublicAuthority(ctx.registry, r) !== true) {
          if (onlyVitalUnderStatute(r)) report.activity(r, pointer, 'statutory-collection', { purpose: purpose.id });
          continue;
        }
        // A law named on the 6(1)(d) basis itself (a body's own task law kept on the line when the code was changed:
        // «gdpr: A6-1-d» with «law: tolkeloven § 6», variants-tolk TL68) grounds the processing in that statute as much as
        // a law on another of the purpose's bases.
        const lawElsewhere = purpose.legalBasis.some((b) => (b.law?.length ?? 0) > 0);
        if (lawElsewhere || words.some(citesTaskSection)) {
          report.activity(r, pointer, 'statutory-task', { purpose: purpose.id });
          continue;
        }
        if (onlyVitalUnderStatute(r)) {
          report.activity(r, pointer, 'statutory-collection', { purpose: purpose.id });
          continue;
        }
        const control = words.map((t) => OFFICIAL_CONTROL().exec(t)?.[0]).find((w) => w !== undefined);
        if (control !== undefined && !words.some((t) => AT_HAND().test(t) || EMERGENCY_EVENT().test(t)))
          report.activity(r, pointer, 'official-control', { purpose: purpose.id, words: control });
      }
    }
  },
);
