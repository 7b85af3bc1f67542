import { basesWithPointers, isConsent, marketingSaid, NEGATION, SENTENCE_END, STOP, textsOf } from '../check/facts.js';
import { defineRule } from '../check/rule.js';
import { lazyPattern } from '../util/lazy-pattern.js';
import { byText } from '../util/memo.js';
import { smallNumberOf } from '../check/spoken-duration.js';
import { youngAgrees } from '../check/lexicon-consent.js';

/**
 * Art. 8, personopplysningsloven § 5: for information society services offered to children, consent
 * below 13 needs the holder of parental responsibility. Fires where consent covers data subjects that
 * include children and the basis does not say how the age limit is handled. Research is no information society
 * service: consent to medical and health research belongs to those over 16 (helseforskningsloven § 17; below 16 those
 * with parental responsibility give their permission, § 17 a, both as worded by lov 20. juni 2025 nr. 71, in force from
 * 1 November 2026). A research purpose on consent, in an activity with health or genetic
 * data, whose stated age limit is below 16 («fra 13 år») gets a warning (`research-age`).
 *
 * Children whose group says they are all 15 or older («frå 15 år», «som fyller 15 år», «aged 16+») are no question: from
 * 15 a child decides alone on joining or leaving an association and on education (barnelova § 32), and 13 is the limit
 * for online services (Art. 8(1), § 5), so no reading of the record leaves them to their parents; for a research purpose
 * on health or genetic data the age is 16 (helseforskningsloven § 17). Only a stated lower age counts: a group with none
 * («elever», «barn og unge»), an upper age («under 13 år») or one starting lower («14–15 år», «frå 0 til 18 år») is asked
 * about, since ropa cannot tell an online service (13) from other consent, where the child's maturity decides.
 *
 * Consent about children's health data outside research (a patient's consent to send the dental record to a new
 * dentist, to a referral, to share a journal) is no question of Art. 8's 13 either: in health care the age is 16
 * (pasient- og brukerrettighetsloven § 4-3 first paragraph (b), «personer mellom 16 og 18 år»; (c) from 12 for care the
 * parents are not told of). Such a purpose, in an activity whose title or data subjects name health care (patients,
 * the record, dental care), is asked the same question with that law (`health-age`), and a group whose stated lower age
 * is 16 or more is not asked. Health data outside care (allergies for a course dinner) keeps the general reading.
 * Vaccination and health registers are health care here too: consent to processing health data in a health register
 * belongs to «mindreårige etter fylte 16 år», below 16 pasient- og brukerrettighetsloven § 4-4 applies (helseregisterloven
 * § 15), and so for consent to disclose what health personnel know (helsepersonelloven § 22 second paragraph): FHI's
 * SYSVAK drew `other-consent` (vergemålsloven § 9, barnelova § 33) on consent to register other vaccines (B7, session 40).
 *
 * A purpose whose consent records `childConsentAge` (the age from which a child's own consent is accepted) states the
 * answer as a fact: it is checked against the law that applies, and the question the rest of this rule asks from prose is
 * not asked of it. Consent to research on health data: 16 (helseforskningsloven § 17; `age-research`, a warning: ropa
 * cannot tell medical and health research from other research). Health care (as above): 16, from 12 only where
 * pasient- og brukerrettighetsloven § 4-3 first paragraph (c) applies (`age-health`: an error below 12, a warning from 12 to
 * 15). An online service offered to the children: 13 (Art. 8(1), personopplysningsloven § 5; `age-online`, an error). Any
 * other consent has no age in law (the child's maturity, barnelova §§ 31, 33): ropa cannot decide it, and any age answers.
 *
 * A consent the record itself keeps to older people («Nyhetsbrevet er bare for medlemmer over 18 år», «kun for deg som
 * har fylt 16 år», «only for members aged 18 or over», «bare for voksne»), in the consent's note or the purpose's
 * words, is not a child's consent whatever the activity's other subjects are: no child under the age is asked
 * (Art. 8(1) governs only the consent «in relation to the offer of information society services directly to a child»).
 * The age must be stated as the only one admitted («bare», «kun», «berre», «only», «må være fylt», «must be»), and
 * reach the same limit as a group's own lower age (15, or 16 in health care and health research).
 *
 * Art. 8's 13 is asked (`missing`) only of a purpose the children use online (`ONLINE_SERVICE`, or a consent given through
 * the service itself); any other consent (keeping a boarder's medicines, publishing a child's photo) is asked who consents
 * for a child (`other-consent`: vergemålsloven § 9, barnelova § 33), which findings fire being the same. Who may withdraw
 * the consent is who gives it: a `consentWithdrawal` naming the parents answers as a note does.
 */
const AGE_UNDER_16 = lazyPattern(
  String.raw`(?<![\p{L}\d])(?:[0-9]|1[0-5])(?:\s*(?:år|års|years?|yrs?)\b|-årsgrensen|\s*-?\s*årsgrense)|(?:fra|frå|from|over|age|alder(?:en)?)\s+(?:[0-9]|1[0-5])(?![\d])`,
  'iu',
);
const HEALTH = new Set(['health', 'genetic']);
/**
 * Health care as the activity's own words name it: its patients, the care, the record. Health data alone is not enough
 * («allergier og kosthold» for a course dinner is no health care, and a 15-year-old decides on it as on joining). An
 * English «record» only as a patient's, health, medical, clinical or dental record (H12V false-alarm review, 2026-11-30:
 * «Pupil record», «Member record» are registers), and «journal» not as a public body's «offentlig journal». The health
 * professions' own care names it too: physiotherapy, occupational therapy, (re)habilitation, the health clinic and its
 * nurses, midwives, chiropractic (variants-fysio FY10: «Barn og unge som får fysioterapi», a child's consent from 13 to
 * video of its exercises). Not speech therapy by its name (FR2, session 46; LR's note of session 45): a «logoped» is no
 * group of helsepersonelloven § 48's list (Lovdata mirror, read 2026-12-05), so is health personnel only in the health and
 * care service (§ 3 first paragraph no. 2), and most speech therapy children get is special needs help in a kindergarten
 * or school (barnehageloven § 31, opplæringslova § 11-6): health care only where the words name it otherwise (patients,
 * rehabilitation, the hospital's care).
 */
/**
 * «rehabilitering», «rehabilitation» of a thing is building work («rehabilitering av skolebygget», «rehabilitation of the
 * pool»), and «habilitet» is a case officer's impartiality (forvaltningsloven § 6): neither is care (M1, session 43).
 */
const NOT_BUILDING = String.raw`(?!\p{L}*\s+(?:av|of)\s+(?:[\p{L}-]+\s+){0,2}?\p{L}*(?:bygg|bygning|hall|basseng|skole|skule|vei|veg|tak|fasade|anlegg|lokal|kontor|pool|building|road|roof|school|facilit|premises|bridge)\p{L}*)`;
/**
 * A psychologist's care (M2, session 44): a psychologist is authorised health personnel (helsepersonelloven § 48 first
 * paragraph), and examination or treatment by health personnel is «helsehjelp» (§ 3 third paragraph), to which a child
 * consents alone from 16 (pasient- og brukerrettighetsloven § 4-3 first paragraph (b)): the school psychologist, the
 * psychologist in PPT or BUP, a psychology practice, child and adolescent psychiatry (BUP), mental health care. Not
 * «psykologi» as a subject, «psykologisk trygghet» (psychological safety), psychological tests in recruitment, nor PPT
 * by name («pedagogisk-psykologisk tjeneste»: an educational service under opplæringslova, whose expert assessment is
 * not health care unless a psychologist's care is named).
 */
/**
 * Psychiatry as care (FR, session 45: the bare «psykiatri», «psychiatr» were read inside any word): the word and its
 * compounds and derivations («ungdomspsykiatrisk poliklinikk», «psykiatrisk sykepleiar», «child psychiatrist»), not
 * forensic psychiatry («rettspsykiatrisk undersøking», «forensic psychiatric report»: an expert's report to a court, no
 * care of the person), anti-psychiatry, nor psychiatry as a subject taught or written about («undervisning i psykiatri»,
 * «the history of psychiatry»).
 */
const PSYCHIATRY = String.raw`(?<!(?<![\p{L}])(?:undervisning\p{L}*|fag\p{L}*|tema\p{L}*|kurs\p{L}*|emne\p{L}*|studi\p{L}*|forelesning\p{L}*|førelesing\p{L}*|pensum|histori\p{L}*|oppgåve\p{L}*|oppgave\p{L}*|teaching|subjects?|topics?|courses?|lectures?|studies|study|history|essays?)\s+(?:i|om|in|on|about|of)\s+(?:\p{L}+\s+)?)(?<!(?:retts?|anti-?|forensic\s+(?:\p{L}+\s+)?))(?:psykiatri\p{L}*|psychiatr\p{L}*)`;
const PSYCHOLOGIST = String.raw`psykolog(?:en|er|ene|ar|ane|ens|s)?(?![\p{L}])|psykolog(?:samtal|time|behandling|tilbod|tilbud|tjeneste|teneste|praksis|kontor)\p{L}*|psychologists?(?![\p{L}])|psychology\s+(?:practice|clinic|service)|${PSYCHIATRY}|(?<![\p{L}])BUP(?![\p{L}])|psykisk\s+helsevern|mental\s+health\s+(?:care|services?|treatment)`;
const HEALTH_CARE = lazyPattern(
  String.raw`pasient|(?<!im)patient|helsehjelp|health care|healthcare|helsetjenest|helseteneste|tannhelse|(?<![\p{L}])dental|vaksin|vaccin|helseregister|health\s+regist|(?<![\p{L}])(?<!(?:offentlig|offentleg)\s+)(?:journal|journalen)(?![\p{L}])|(?<![\p{L}])(?:health|medical|clinical)\s+records?(?![\p{L}])|pasientjournal|fysioterap|physiotherap|ergoterap|occupational\s+therap|(?<![\p{L}])(?:re)?habilit(?!et)${NOT_BUILDING}|helsestasjon|helsesjukepleie|helsesykepleie|jordmor|midwi|kiropraktor|chiropract|tannleg|dentist|tannpleie|tannpleiar|${PSYCHOLOGIST}`,
  'iu',
);
/**
 * A consent that is to something else than the care itself (M1, session 43): a newsletter, marketing, publishing, social
 * media, a competition, a survey. Pasient- og brukerrettighetsloven § 4-3 gives the age of consent to health care
 * («samtykke til helsehjelp»); a clinic's newsletter or its photos on the web is consent to processing, for which
 * Art. 8 (online) or no age in law applies: a `childConsentAge` on it is not judged against 16.
 */
const NOT_CARE_CONSENT = lazyPattern(
  String.raw`(?<![\p{L}])(?:nyhetsbrev\p{L}*|nyheitsbrev\p{L}*|newsletters?|publiser\p{L}*|publish\p{L}*|sosiale\s+medi\p{L}*|social\s+media|facebook|instagram|nettsid\p{L}*|nettstad\p{L}*|websites?|konkurran\p{L}*|competitions?|brukerundersøk\p{L}*|brukarundersøk\p{L}*|spørreundersøk\p{L}*|surveys?)(?![\p{L}])`,
  'iu',
);
/** A lower age stated in words: «frå/fra/from/over N», «fyller N», «minst N», «N år og eldre», «N+», «N or older», a range «N–M år». */
const LOWER_AGE = [
  /(?<![\p{L}\d])(?:fr[aå]|from|over|above|fyller|fyl|minst|at least|aged?|eldre enn|older than)\s+(\d{1,2})(?!\d)(?!\s*(?:[-–]|til|to)\s*\d)/giu,
  /(?<![\p{L}\d,.])(\d{1,2})\s*(?:år\s+)?(?:og eldre|og over|or older|and older|and over|\+)/giu,
  /(?<![\p{L}\d,.])(\d{1,2})\s*(?:[-–]|til|to)\s*\d{1,2}\s*(?:år|years?|yrs?)\b/giu,
];
/**
 * A consent kept to people of an age or older, in words: «bare/kun/berre/only (for/til/open to) … over/fra/aged N»,
 * «(som) har fylt N», «må være (fylt/over/minst) N», «must be (at least/over/aged) N», «N år eller eldre»; or to adults
 * («bare for voksne», «adults only»: 18).
 */
const ONLY_FROM_AGE = [
  /(?<![\p{L}])(?:bare|kun|berre|only|utelukkende|exclusively)\s+(?:for|til|open to|available to|to|people|persons)?\s*(?:\p{L}+\s+){0,4}?(?:over|fra|frå|from|aged?|above|som har fylt|som har fyllt|som er fylt|who (?:are|have turned)|over the age of)\s+(\d{1,2})(?!\d)(?!\s*(?:[-–]|til|to)\s*\d)/iu,
  /(?<![\p{L}])(?:må|skal|må vere|must)\s+(?:være|vere|be|ha|have)\s+(?:fylt|fyllt|over|minst|at least|aged|turned)\s+(\d{1,2})(?!\d)/iu,
  // W2 false-alarm review (2026-11-30): the people the purpose is for, by an age after their noun («til medlemmer som er
  // 18 år eller eldre», «to members aged 18 and over», «tilbod til medlemmer over 18 år»); an age followed by «only»
  // («open to members aged 16 or older only»); an age limit («Aldersgrense 16 år», «minimum age 18»).
  /(?<![\p{L}])(?:medlem\p{L}*|members?|kund\p{L}*|customers?|deltak\p{L}*|participants?|brukar\p{L}*|bruker\p{L}*|users?|elev\p{L}*|pupils?|students?|spelar\p{L}*|spiller\p{L}*|players?|abonnent\p{L}*|subscribers?|people|personer)\s+(?:(?:som\s+(?:er|har\s+fylt|har\s+fyllt)|who\s+(?:are|have\s+turned))\s+)?(?:(?:aged?|over|fra|frå|from|above)\s+)?(\d{1,2})(?!\d)(?!\s*(?:[-–]|til|to)\s*\d)(?=\s*(?:år|years?)?\s*(?:og|eller|or|and)\s+(?:eldre|over|older|above))/iu,
  /(?<![\p{L}])(?:medlem\p{L}*|members?|kund\p{L}*|customers?|deltak\p{L}*|participants?|brukar\p{L}*|bruker\p{L}*|users?|elev\p{L}*|pupils?|students?|spelar\p{L}*|spiller\p{L}*|players?|abonnent\p{L}*|subscribers?|people|personer)\s+(?:som\s+har\s+fylt|som\s+har\s+fyllt|who\s+have\s+turned|over|fra|frå|from|above|aged?)\s+(\d{1,2})(?!\d)(?!\s*(?:år\s+|years?\s+)?(?:[-–]|til|to)\s*\d)/iu,
  /(?<![\p{L}\d])(\d{1,2})\s*(?:år\s+|years?\s+)?(?:og|eller|or|and)\s+(?:eldre|over|older|above)\s+(?:only|bare|kun|berre)(?![\p{L}])/iu,
  /(?<![\p{L}])(?:aldersgrense\p{L}*|age limit|minimum age)\s+(?:(?:er|på|is|of)\s+)?(\d{1,2})(?!\d)/iu,
];
const ONLY_ADULTS = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:bare|kun|berre|only)\s+(?:for\s+|til\s+)?(?:voksne|vaksne|myndige|adults?)|adults only|for adults only)(?![\p{L}])`,
  'iu',
);
/**
 * The younger ones said not to be asked («Medlemmer under 15 år får ikke spørsmål om samtykke», «Members under 16 are not
 * asked for consent», «vi ber ikkje om samtykke frå born under 15 år»): the consent is kept to those of that age or older
 * (W2's review left it, 2026-11-30).
 */
const YOUNGER_NOT_ASKED = [
  /(?<![\p{L}])(?:under|below|younger than|yngre enn)\s+(\d{1,2})(?!\d)\s*(?:år|års|years?(?:\s+old)?)?\s+(?:\p{L}+\s+){0,2}?(?:ikke|ikkje|not|never|aldri)\s+(?:\p{L}+\s+){0,3}?(?:spørsmål|spurt|spurde|bedt|asked|invited)\s+(?:\p{L}+\s+){0,2}?(?:samtykk|consent)/iu,
  /(?<![\p{L}])(?:ikke|ikkje|not|never|aldri)\s+(?:\p{L}+\s+){0,2}?(?:om\s+|for\s+)?(?:samtykk\p{L}*|consent)\s+(?:fra|frå|from|of)\s+(?:\p{L}+\s+){0,2}?(?:under|below|younger than|yngre enn)\s+(\d{1,2})(?!\d)/iu,
];
/** The lowest age a consent text keeps its consent to, in a clause without a negation; undefined where it keeps to none. */
function consentOnlyFrom(texts: readonly string[]): number | undefined {
  let age: number | undefined;
  for (const t of texts) {
    const own = consentOnlyFromText(t);
    if (own !== undefined) age = Math.max(age ?? 0, own);
  }
  return age;
}
/** consentOnlyFrom of one text, remembered per text (#16, session 42). */
const consentOnlyFromText = byText((t: string): number | undefined => {
  let age: number | undefined;
  {
    for (const c of t.split(SENTENCE_END)) {
      const younger = YOUNGER_NOT_ASKED.map((re) => re.exec(c)).find((m) => m !== null);
      if (younger) age = Math.max(age ?? 0, Number(younger[1]));
      if (NEGATION.test(c)) continue;
      for (const pattern of ONLY_FROM_AGE) {
        const m = pattern.exec(c);
        if (m) age = Math.max(age ?? 0, Number(m[1]));
      }
      if (ONLY_ADULTS().test(c) || (ADULT_PEOPLE().test(c) && !CHILD_WORD().test(c))) age = Math.max(age ?? 0, 18);
    }
  }
  return age;
});
/**
 * Adults named as the people the purpose is for («navn og adresse på voksne medlemmer som har bedt om tilbud», «adult
 * patients who agreed to it at discharge»), in a clause that names no child beside them («barn og voksne medlemmer»):
 * the consent is kept to adults, as «bare for voksne» (P's false-alarm review, 2026-12-01).
 */
const ADULT_PEOPLE = lazyPattern(
  String.raw`(?<![\p{L}])(?:voksne|vaksne|myndige|adult)\s+(?:\p{L}+\s+)?(?:medlem\p{L}*|members?|pasient\p{L}*|patients?|kund\p{L}*|customers?|deltak\p{L}*|participants?|brukar\p{L}*|bruker\p{L}*|users?|personer|people|innbygg\p{L}*|residents?|søker\p{L}*|søkjar\p{L}*|applicants?)(?![\p{L}])`,
  'iu',
);
const CHILD_WORD = lazyPattern(
  String.raw`(?<![\p{L}])(?:barn\p{L}*|born|borna|children|child|kids?|elev\p{L}*|pupils?|unge|ungdom\p{L}*|young|youth|mindreårig\p{L}*|minors?)(?![\p{L}])`,
  'iu',
);
/**
 * Who consents, named as the subject of the consent or of its withdrawal («når søkeren samtykker», «Søkeren kan trekke
 * samtykket», «Leigetakaren kan trekkje samtykket»): group 1; or as the one who asks for it («når leietakeren har en
 * funksjonsnedsettelse og ber om det»): group 2. An adult there (a tenant, or one of the activity's data
 * subject groups that holds no children: «Søkere» beside «Husstandsmedlemmer, også barn») consents, and for a child in the
 * household too: the record says who consents for a child (P's false-alarm review, 2026-12-01; variants-teknisk's tenant).
 */
const CONSENTER = lazyPattern(
  String.raw`(?<![\p{L}])(\p{L}{4,})\s+(?:(?:selv|sjølv|også|òg|also)\s+)?(?:samtykker|samtykkjer|samtykte|samtykket|samtykkja|consents|consented|agrees|agreed|kan\s+trekke\s+(?:tilbake\s+)?samtykke\p{L}*|kan\s+trekkje\s+(?:tilbake\s+)?samtykke\p{L}*|can\s+withdraw|may\s+withdraw)(?![\p{L}])|(?<![\p{L}])(\p{L}{4,})\s+(?:\p{L}+\s+){0,5}?(?:ber\s+om|bed\s+om|asks?\s+for|requests?)\s+(?:det|dette|it|this|them|dei|dem)(?![\p{L}])`,
  'giu',
);
const ADULT_ROLE = lazyPattern(String.raw`^(?:leietak\p{L}*|leigetak\p{L}*|tenants?|voksne|vaksne|adults?|myndige)$`, 'iu');
function adultConsents(texts: readonly string[], adultGroups: readonly string[]): boolean {
  const stems = adultGroups
    .flatMap((n) => n.toLowerCase().split(/[^\p{L}]+/u))
    .filter((w) => w.length >= 4)
    .map((w) => w.slice(0, 5));
  return texts.some((t) =>
    t.split(STOP).some(
      (c) =>
        !NEGATION.test(c) &&
        [...c.matchAll(CONSENTER())].some(([, consents, asks]) => {
          const who = consents ?? asks;
          if (CHILD_WORD().test(who!)) return false;
          return ADULT_ROLE().test(who!) || stems.includes(who!.toLowerCase().slice(0, 5));
        }),
    ),
  );
}
/** An upper age («under 13», «opp til 12», «up to 15», «inntil 18 år») is no lower one: such a group is asked about. */
const UPPER_AGE = lazyPattern(String.raw`(?<![\p{L}])(?:under|below|younger than|yngre enn|opp til|up to|inntil)\s+\d`, 'iu');

/**
 * The parents' consent said in words, in a consent basis's note or the purpose's description («etter samtykke fra
 * foreldre», «foresatte samtykker for barn under 13 år», «with the parents' consent»): the record says how a child's
 * consent is handled, as `childConsent` does. Also (H12V false-alarm review, 2026-11-30) in the other word orders records
 * use: the verb before its subject («For barn under 16 år samtykker foreldrene», «samtykkjer føresette»), and consent given,
 * obtained or signed by the parents («Samtykke gis av foresatte», «Samtykket blir gitt av føresette», «Samtykkeerklæringa
 * signeres av foresatte», «Consent is given by the parents», «samtykke hentes inn fra den som har foreldreansvaret»).
 * And (P's false-alarm review, 2026-12-01: 13 of 14 lawful wordings fired) in the other words records use for the parents'
 * yes: permission, approval, a signature, deciding, answering yes, ticking a box, signing up («skriftlig tillatelse fra
 * foreldrene», «Føresette kryssar av i påmeldinga», «Løyve blir henta inn frå føresette», «underskrift fra en av
 * foreldrene», «A parent signs the photo permission form», «Parents or carers agree to this», «Foreldra avgjer om barnet
 * kan bli fotografert», «foresatte som har meldt seg på»: the parents' own consent, to a message to themselves).
 */
const PARENT = String.raw`(?:foreldr|foresatt|føresett|verge|verje|parent|guardian|holder)`;
/** The parents' yes in other words than consent (P's review): permission, approval, signing, deciding, answering yes. */
const PARENT_WORD = String.raw`(?:foreldr|foresatt|føresett|verge|verje|parent|guardian)`;
const PERMISSION = String.raw`(?:tillat\p{L}*|løyve|godkjen\p{L}*|godkjent|permission|approv\p{L}*|agree\p{L}*|authori[sz]\p{L}*|underskr\p{L}*|signatur\p{L}*|sign(?:s|ed|ing|ere|erer|eres|erte|ert|ar|ast)?|bestemmer|bestemme|avgjer|avgjere|avgjør|avgjøre|decides?|svar(?:er|ar|te|a)?\s+ja|takk(?:er|ar|et|a)?\s+ja|kryss(?:er|ar|a|et)?\s+av|ticks?|meldt\s+seg\s+på|melder\s+(?:\p{L}+\s+)?(?:inn|på)|signed\s+up|opted\s+in)(?![\p{L}])`;
const PARENTS_CONSENT = lazyPattern(
  [
    String.raw`(?<![\p{L}])${PARENT}\p{L}*[^.;]{0,40}?(?:samtykk|consent)`,
    String.raw`(?<![\p{L}])${PARENT_WORD}\p{L}*[^.;]{0,40}?(?<![\p{L}])${PERMISSION}`,
    String.raw`(?:samtykk|consent)\p{L}*\s+(?:\p{L}+\s+){0,3}?(?:fra|frå|av|of|from|by)\s+(?:\p{L}+\s+){0,3}?${PARENT}`,
    String.raw`(?<![\p{L}])${PERMISSION}\s+(?:\p{L}+\s+){0,3}?(?:fra|frå|av|of|from|by)\s+(?:\p{L}+\s+){0,3}?${PARENT_WORD}`,
    String.raw`(?<![\p{L}])samtykk\p{L}*\s+(?:dei\s+|de\s+)?(?:foreldr|foresatt|føresett|verge|verje)`,
  ].join('|'),
  'iu',
);
/** «Uten», «without» before consent or the parents: what answers a negation («ikke … uten samtykke fra foreldrene»). */
const WITHOUT_CONSENT = lazyPattern(
  String.raw`(?<![\p{L}])(?:uten|utan|without)\s+(?:\p{L}+\s+){0,3}?(?:samtykk|consent|foreldr|foresatt|føresett|verge|parent|guardian|${PERMISSION})`,
  'iu',
);
/**
 * The reader addressed as the child's parent (B8, session 41, bodies/sandefjord-sommerskole: «som f.eks. at ditt barn har
 * allergi eller andre behov Sommerskolen må vite om, må du gi samtykke»): a sentence that names «your child» («ditt barn»,
 * «barnet ditt», «borna dine», «your child's») and has «you» consent («må du gi samtykke», «du gjev samtykke», «ber om
 * samtykket ditt», «you consent», «your consent», «samtykke fra deg», consent «på vegne av»/«for» your child) says the
 * parents consent, as «foresatte samtykker» does. A sentence where only the child consents («Ditt barn kan selv
 * samtykke») names no «you» who consents.
 */
const YOUR_CHILD = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:ditt|dine)\s+(?:barn|born)|(?:barnet|barna|borna|sønnen|dottera|datteren)\s+(?:ditt|dine|din)|your\s+(?:child|children|son|daughter|kids?))(?![\p{L}])`,
  'iu',
);
const YOU_CONSENT = lazyPattern(
  [
    String.raw`(?<![\p{L}])(?:du|you)\s+(?:\p{L}+\s+){0,2}?(?:samtykk|consent|agree)`,
    String.raw`(?<![\p{L}])(?:ditt|your)\s+samtykk|(?<![\p{L}])your\s+consent|(?<![\p{L}])samtykk\p{L}*\s+ditt(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:samtykk\p{L}*|consent)\s+(?:fra|frå|from)\s+deg(?![\p{L}])|(?<![\p{L}])(?:samtykk\p{L}*|consent)\s+from\s+you(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:samtykk\p{L}*|consent)\s+(?:\p{L}+\s+){0,2}?(?:for|på\s+vegne\s+av|on\s+behalf\s+of)\s+(?:ditt|dine|your|barnet|barna|borna)(?![\p{L}])`,
  ].join('|'),
  'iu',
);
/**
 * Whether a text says the parents consent, in a clause without a negation («Vi innhenter ikke samtykke fra foreldre» says
 * they do not), or where the negation is answered by «uten», «without» («Vi tar ikke bilder uten samtykke fra foreldrene»).
 * «Uten», «without» with no negation says the parents are not asked («Bildene publiseres uten foreldrenes godkjenning»).
 * Or, sentence by sentence, «you» consent beside «your child» (YOUR_CHILD, YOU_CONSENT).
 */
const saysParentsConsent = byText(
  (text: string): boolean =>
    text.split(STOP).some((c) => PARENTS_CONSENT().test(c) && NEGATION.test(c) === WITHOUT_CONSENT().test(c)) ||
    text.split(SENTENCE_END).some((c) => YOUR_CHILD().test(c) && YOU_CONSENT().test(c) && NEGATION.test(c) === WITHOUT_CONSENT().test(c)),
);
/** The person consents themself («samtykker selv», «samtykkjer sjølv», «consent themselves»). */
const OWN_CONSENT = lazyPattern(
  String.raw`(?:samtykk|consent)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:selv|sjølv|sjøl|themselves|on their own|independently)(?![\p{L}])`,
  'iu',
);
/**
 * The child's own consent from a stated lower age («Pasientar frå 16 år samtykkjer sjølv», «Patients aged 16 and over
 * consent themselves», «Elever fra 13 år samtykker selv»), in a clause without a negation: the record says how the age is
 * handled, as `childConsent` does (H12V false-alarm review, 2026-11-30). In health care an age below 16 counts only with
 * pasient- og brukerrettighetsloven § 4-3 cited (its first paragraph (c): from 12 for care the parents are not told of);
 * a research purpose's stated age below 16 is `research-age`; an upper age («under 16 år samtykker selv») is none.
 */
const saysOwnConsentIn =
  (care: boolean) =>
  (text: string): boolean =>
    text.split(STOP).some((c) => {
      if (!OWN_CONSENT().test(c) || NEGATION.test(c)) return false;
      const age = statedLowerAge([c]);
      return age !== undefined && (!care || age >= 16 || /4-3(?!\d)/.test(c));
    });
/** saysOwnConsentIn remembered per text, outside care and in it (#16, session 42). */
const saysOwnConsentOf = [byText(saysOwnConsentIn(false)), byText(saysOwnConsentIn(true))] as const;
const saysOwnConsent = (text: string, care: boolean): boolean => saysOwnConsentOf[care ? 1 : 0](text);
/** The lowest age a group's own words give, where every age they name is a lower one; undefined where none is stated. */
function statedLowerAge(texts: readonly string[]): number | undefined {
  let lowest: number | undefined;
  for (const text of texts) {
    if (UPPER_AGE().test(text)) return undefined;
    for (const pattern of LOWER_AGE)
      for (const m of text.matchAll(pattern)) {
        const age = Number(m[1]);
        lowest = lowest === undefined ? age : Math.min(lowest, age);
      }
  }
  return lowest;
}
/**
 * An information society service offered directly to the person (Art. 8(1); Art. 4(25), Directive (EU) 2015/1535 Art.
 * 1(1)(b): at a distance, by electronic means, at the individual request of a recipient), as a purpose's own words name
 * one the person uses: an app, an account or log-in, a newsletter, cookies or a website's analytics, internet access, a
 * chat, a game, an online form or survey, a web shop's customer. Publishing a child's photo on a website, selling it or
 * keeping a pupil's medicines is no such service to the child (Art. 8 does not apply to it), so «nettside» or «sosiale
 * medier» alone is not read as one.
 */
const ONLINE_SERVICE = lazyPattern(
  [
    String.raw`(?:(?<![\p{L}])|(?<=mobil|leir|klubb|medlems|kunde|lærings|læring|trenings|billett|bank|spel|spill|skule|skole|lese|bok|bibliotek)|(?<=\p{L}{2}[se]))app(?:en|ane|ene|ar|er|s)?(?![\p{L}])`,
    // An account said as one's own user («lage egen bruker», «opprette ein eigen brukar»: variants-ambulanse AM60).
    String.raw`(?<![\p{L}])(?:egen|eigen|eiga|ny|nye)\s+(?:bruker|brukar)(?![\p{L}])`,
    String.raw`(?<![\p{L}])(?:bruker|brukar|elev|kunde|medlems)?konto(?:en|ane|ene|ar|er)?(?![\p{L}])|(?<![\p{L}])(?:user\s+)?accounts?(?![\p{L}])|innlogging|logg(?:e|ar|er)?\s+inn|log(?:s|ging)?\s+in(?![\p{L}])`,
    String.raw`nyhe(?:i)?tsbrev|newsletter|informasjonskaps|cookies?(?![\p{L}])|nettstatistikk|bruksanalyse|web\s*analytics|(?<![\p{L}])analytics(?![\p{L}])`,
    String.raw`(?:bruk(?:en|ar(?:ar|ane|en)?|er(?:e|ne)?)?|besøk\p{L}*|users?|visitors?|use)\s+(?:of\s+|av\s+)?(?:the\s+)?(?:nettstedet|nettstaden|nettsida|nettsiden|websites?|nettsted|nettstad)|(?:websites?|nettstedets?|nettstadens?)\s+(?:visitors|users|besøkende|brukere|brukarar)`,
    String.raw`(?<![\p{L}])(?:internett|internet|wi-?fi|trådløs\p{L}*\s+nett|gjestenett\p{L}*|chat\p{L}*|nettprat|spel|spill|games?|nettskjema|online\s+(?:forms?|surveys?|questionnaires?|services?|shop|store|games?|registration|sign-?up|courses?)|(?:digital\p{L}*|elektronisk\p{L}*|web)\s+(?:spørje\p{L}*|spørre\p{L}*|undersøk\p{L}*|surveys?|questionnaires?)|nettundersøk\p{L}*|nettbasert\p{L}*|nettbutikk\p{L}*\s+(?:kunde|handel|kjøp)\p{L}*|strøm(?:me|ming)|streaming|nettjeneste\p{L}*|netteneste\p{L}*|digital\p{L}*\s+tjeneste\p{L}*|digital\p{L}*\s+teneste\p{L}*)(?![\p{L}])`,
  ].join('|'),
  'iu',
);
/**
 * Children under 13 said in the purpose's own words to consent or sign up by themselves to an online service («ungdom frå
 * 12 år kan melde seg på sjølve på nettsida», «children aged 10 and over can sign up to the newsletter themselves»:
 * variants-kultur KU80; E, session 18), in an activity that marks no data-subject group as children: Art. 8(1) lets a
 * child consent alone to an information society service offered directly to it only from the age the member state sets,
 * and personopplysningsloven § 5 sets it at 13 («Aldersgrensen er 13 år for samtykke etter personvernforordningen
 * artikkel 6 nr. 1 bokstav a i forbindelse med formål som nevnt i personvernforordningen artikkel 8 nr. 1»; Lovdata's text
 * in the sondreskarsten/norwegian-laws copy, read 2026-12-01); below it the holder of parental responsibility consents or
 * authorises (`young-alone`). Read clause by clause: a lower age under 13 with its unit («frå 12 år», «12-åringar», «aged
 * 10 and over»), the child's own act within three words after it (signing up, registering, consenting; not after a
 * preposition: «føresette til born frå 8 år» are the parents) and an online service (as
 * ONLINE_SERVICE, or the website or online), with no negation; not where the record says the parents consent, the child
 * consents from 13 or more, or the consent is kept to older people.
 */
/**
 * The young age as a time in the child's life, a clause of its own that may stand before or after the act («kan melde
 * seg på nyhetsbrevet i appen fra de er 12 år», «frå dei er 10 år», «once they turn 10», «når de har fylt 12 år», «From
 * the age of 9, children may register»: G5's paraphrase5 PE089–PE091, session 27): it tells from when the children act,
 * wherever the act stands in the clause.
 */
const YOUNG_WHEN = String.raw`(?<![\p{L}])(?:fr[aå]|from|når|once|when|as\s+soon\s+as)\s+(?:de|dei|they|barnet|barna|borna|the\s+child(?:ren)?)\s+(?:er|blir|fyller|fyll|har\s+fylt|har\s+fyllt|har\s+fylt|are|turn|reach|have\s+turned|has\s+turned|is)\s+(?:[5-9]|1[0-2])(?!\d)(?:\s*(?:år|years?(?:\s+old)?)(?![\p{L}]))?`;
/** Whether a whole text names an online service: asked of the same titles and purposes by several readings (#16, session 42). */
const onlineNamed = byText((t: string): boolean => ONLINE_SERVICE().test(t));
const YOUNG_WHEN_RE = lazyPattern(String.raw`^${YOUNG_WHEN}`, 'iu');
/** «From the age of 9, …» opening its clause: a time too (not «Owners of cats from the age of 10», «Teachers whose pupils are from the age of 10»). */
const AGE_FROM_RE = lazyPattern(String.raw`^(?:fr[aå]|from)\s+(?:the\s+age\s+of|alderen|fylte)\s`, 'iu');
/**
 * A young age without its unit, right after the young ones' noun («Children from 11 can sign up …», «Barn frå 10 kan …»,
 * «kids aged 9»: variants-havn HV49; R20, session 35): the noun says the number is an age. Not a clock time or a sum
 * («fra 11.00», «from 11:30»), nor a range that reaches 13 or more («fra 10 til 14»: its lowest is still read, 10).
 */
const YOUNG_NOUN = String.raw`(?:barn|barna|born|borna|children|kids|ungdom|unge|ungdommar|ungdommer|teenagers|young\s+people|elevar|elever|elevane|elevene|pupils|students)`;
const YOUNG_BARE = String.raw`(?<=(?<![\p{L}])${YOUNG_NOUN}\s+)(?:fr[aå]|from|over|aged?)\s+(?:[5-9]|1[0-2])(?![\d\p{L}]|[.,:]\d)`;
/**
 * The young age in a relative clause of the young ones' noun («Også ungdom som har fylt 12 år, kan melde seg på …», «young
 * people who have turned 12», «children who are 10 or older»: variants-paraphrase6 PF089; R20, session 35): the age as an
 * attribute of those who act, as «fra 12 år» is.
 */
const YOUNG_RELATIVE = String.raw`(?<=(?<![\p{L}])${YOUNG_NOUN}\s+)(?:som\s+(?:har\s+fylt|har\s+fyllt|er\s+fylt|er)|who\s+(?:have\s+turned|has\s+turned|are|is|are\s+aged))\s+(?:[5-9]|1[0-2])(?:\s*(?:år|years?(?:\s+old)?))?(?![\p{L}\d]|[.,:]\d)`;
const YOUNG_AGE = lazyPattern(
  String.raw`(?<![\p{L}\d])(?:fr[aå]|from|over|aged?)\s+(?:[5-9]|1[0-2])\s*(?:år|years?)(?![\p{L}])|(?<![\p{L}\d])(?:[5-9]|1[0-2])-(?:åring\p{L}*|year-olds?)(?![\p{L}])|(?<![\p{L}\d])(?:[5-9]|1[0-2])\s*(?:år|years?)\s+(?:og\s+eldre|og\s+oppover|or\s+older|or\s+over|and\s+older|and\s+over|and\s+up)(?![\p{L}])|(?<![\p{L}])aged?\s+(?:[5-9]|1[0-2])\s*(?:\+|and\s+over|and\s+older|and\s+up|or\s+older|or\s+over)(?![\p{L}])|${YOUNG_WHEN}|(?<![\p{L}])(?:fr[aå]|from)\s+(?:the\s+age\s+of|alderen|fylte)\s+(?:[5-9]|1[0-2])(?!\d)(?:\s*(?:år|years?)(?![\p{L}]))?|${YOUNG_BARE}|${YOUNG_RELATIVE}`,
  'giu',
);
/** The young ones' own act right after them (within three words): signing up, registering, making an account, consenting. */
const OWN_ACT_AFTER = lazyPattern(
  String.raw`^\s*(?:(?:som|who|that|der)\s+[^,.;:!?]{1,60}?,\s*)?(?:\p{L}+\s+){0,3}?(?:melde\s+seg\s+(?:på|inn)|melder\s+seg\s+(?:på|inn)|registrere\s+seg|registrerer\s+seg|opprette\s+(?:\p{L}+\s+)?konto|oppretter\s+(?:\p{L}+\s+)?konto|lage\s+(?:seg\s+)?(?:ein|en)\s+(?:brukar|bruker|konto)|samtykkje|samtykkjer|samtykke|samtykker|sign\s+up|signs\s+up|register|registers|create\s+(?:an\s+|their\s+own\s+)?accounts?|consent|consents|opt\s+in|subscribe|subscribes|abonnere|abonnerer)(?![\p{L}])`,
  'iu',
);
/**
 * The young ones in a relative clause of an adult who acts («Teachers whose pupils are from the age of 10 can sign up»,
 * «Grandparents who bring grandchildren from the age of 8 sign up … themselves», «Lærere som har klasser med elever fra 10
 * år»: N10's review, session 24): the adult signs up, not the child.
 */
const ADULT_WITH_YOUNG = lazyPattern(
  String.raw`(?<![\p{L}])(?:whose|who|that|som|der|with|med|bring\p{L}*|tar\s+med|har|have|has)\s+(?:[\p{L}-]+\s+){0,3}?$`,
  'iu',
);
/** The young ones named after a preposition («føresette til born frå 8 år», «for barn fra 6 år»): not the ones who act. */
const OBJECT_BEFORE = lazyPattern(String.raw`(?<![\p{L}])(?:til|for|to|of|om|about|med|with|av|by|åt)\s+(?:\p{L}+\s+)?$`, 'iu');
// A newsletter is one too, named as what the young sign up to («melde seg på skoletjenestens nyhetsbrev selv», «sign up
// for the newsletter»: variants-ika IK29, W14, session 24): sent by e-mail at the subscriber's request (Art. 4(25)).
const ONLINE_WORDS_SRC = String.raw`(?<![\p{L}])(?:sms-list\p{L}*|sms-varsel\p{L}*|sms-tjenest\p{L}*|sms-tenest\p{L}*|(?:sms|text)\s+(?:alerts?|lists?)|mailing\s+lists?|e-?postlist\p{L}*|nettsida|nettsidene|nettsiden|nettstaden|nettstedet|på\s+nett|på\s+nettet|i\s+appen|in\s+the\s+app|online|websites?|the\s+web|\p{L}*nyhe(?:i)?tsbrev\p{L}*|(?:e-?mail\s+)?newsletters?)(?![\p{L}])`;
/** A parent or guardian who approves («når en forelder har godkjent det», «with a parent's approval»): Art. 8(1)'s authorisation. */
const PARENT_APPROVES = lazyPattern(
  String.raw`(?<![\p{L}])(?:saman|sammen|together)\s+med\s+(?:(?:ein|en|ei|sin|sine|sitt|dei|de)\s+)?(?:forelder|foreldre\p{L}*|føresett\p{L}*|foresatt\p{L}*|verge)(?![\p{L}])|(?<![\p{L}])together\s+with\s+(?:(?:a|the|their|his|her)\s+)?(?:parents?|guardians?)(?![\p{L}])|(?<![\p{L}])(?:forelder|foreldre|foreldra|foreldrene|føresett\p{L}*|foresatt\p{L}*|verge|parents?|guardians?)(?![\p{L}])[^.;:!?]{0,30}?(?<![\p{L}])(?:godkjen\p{L}*|godtek\p{L}*|samtykk\p{L}*|approv\p{L}*|authori[sz]\p{L}*|consent\p{L}*)|(?<![\p{L}])(?:approval|consent|permission|samtykke|godkjenning|løyve)\s+(?:fr[aå]|of|from)\s+(?:(?:a|the|ein|en)\s+)?(?:forelder|foreldre\p{L}*|føresett\p{L}*|foresatt\p{L}*|parents?|guardians?)`,
  'iu',
);
/**
 * The young ones' act done online: the online word within a few words after the act («melde seg på sjølve på nettsida»,
 * «sign up themselves on the website»), not anywhere in the clause («can register at the front desk, and the website lists
 * opening hours»: N2a's review, session 18).
 */
const ONLINE_AFTER_ACT = lazyPattern(String.raw`^[^,;]{0,60}?(?:${ONLINE_WORDS_SRC})`, 'iu');
/**
 * The young ones named as included among those who act («People who sign up on our website, young people from the age of
 * 12 included, receive our newsletter», «Alle som melder seg på i appen, også barn fra 10 år, får …»: variants-bpa BP87;
 * W14, session 24): the age as part of the subject, «included», «inkludert», «medregnet» after it or «including»,
 * «inkludert», «også», «òg» before it, in a clause whose act (OWN_ACT) is done online and whose actor is no parent.
 */
const INCLUDED_AFTER = lazyPattern(String.raw`^\s*(?:included|inkludert|medregnet|medrekna)(?![\p{L}])`, 'iu');
const INCLUDING_BEFORE = lazyPattern(String.raw`(?<![\p{L}])(?:including|inkludert|også|òg|medregnet|medrekna)\s+(?:\p{L}+\s+){0,2}?$`, 'iu');
const OWN_ACT = lazyPattern(
  OWN_ACT_AFTER.source.replace(String.raw`^\s*(?:(?:som|who|that|der)\s+[^,.;:!?]{1,60}?,\s*)?(?:\p{L}+\s+){0,3}?`, String.raw`(?<![\p{L}])`),
  'giu',
);
const PARENT_ACTS = lazyPattern(
  String.raw`(?<![\p{L}])(?:forelder|foreldre|foreldra|foreldrene|føresett\p{L}*|foresatt\p{L}*|verge|verje|parents?|guardians?|carers?)(?![\p{L}])`,
  'iu',
);
/**
 * The act with nothing after it but «too», «also», «themselves» («Teenagers can subscribe too, once they are 12», «Barn fra
 * 10 år kan også melde seg på»: variants-paraphrase6 PF090; R20, session 35): in an activity whose title or consent purpose
 * names the online service (a newsletter, an app), the sign-up is to that service, as «subscribe to the newsletter» is.
 */
const BARE_ACT = lazyPattern(
  String.raw`^\s*(?:(?:too|also|as\s+well|òg|også|selv|sjølv|sjølve|themselves|by\s+themselves|on\s+their\s+own|på\s+eiga\s+hand|på\s+egen\s+hånd)\s*)*(?:[,.;:!?]|$)`,
  'iu',
);
/** Where the act is done online: an online word after it, or (the service named by the activity) no object at all. */
const actOnline = (rest: string, service: boolean): boolean => ONLINE_AFTER_ACT().test(rest) || (service && BARE_ACT().test(rest));
/** A comma between the young ones' relative clause and the modal of their act («ungdom som har fylt 12 år, kan melde seg på»). */
const COMMA_BEFORE_MODAL = lazyPattern(String.raw`^\s*,(?=\s*(?:kan|får|skal|vil|may|can|will)\s)`, 'iu');
const includedYoungAct = (c: string, m: RegExpMatchArray, service: boolean): boolean =>
  (INCLUDED_AFTER().test(c.slice(m.index! + m[0].length)) || INCLUDING_BEFORE().test(c.slice(0, m.index))) &&
  [...c.matchAll(OWN_ACT())].some((a) => !PARENT_ACTS().test(c.slice(0, a.index)) && actOnline(c.slice(a.index + a[0].length), service));
const youngActsAlone = (c: string, service = false): boolean =>
  [...c.matchAll(YOUNG_AGE())].some((m) => {
    // A time in the child's life («fra de er 12 år»), no object of a preposition: the children's act anywhere in the
    // clause, with no parent before it.
    if (YOUNG_WHEN_RE().test(m[0]) || (AGE_FROM_RE().test(m[0]) && c.slice(0, m.index).trim() === ''))
      return [...c.matchAll(OWN_ACT())].some((a) => !PARENT_ACTS().test(c.slice(0, a.index)) && actOnline(c.slice(a.index + a[0].length), service));
    if (OBJECT_BEFORE().test(c.slice(0, m.index))) return false;
    if (includedYoungAct(c, m, service)) return true;
    if (ADULT_WITH_YOUNG().test(c.slice(0, m.index))) return false;
    const after = c.slice(m.index + m[0].length).replace(COMMA_BEFORE_MODAL(), ' ');
    const act = OWN_ACT_AFTER().exec(after);
    return act !== null && !PARENT_ACTS().test(after.slice(0, act.index + act[0].length)) && actOnline(after.slice(act.index + act[0].length), service);
  });
/**
 * A digit YOUNG_AGE needs (each of its ages is one): a text without one holds no young age, and is not cut into clauses
 * nor read further (#16: ONLINE_SERVICE over every clause of every purpose was 0.4 s at 10,000 activities; P3).
 */
const AGE_DIGIT = lazyPattern('[15-9]', '');
/**
 * A young age written as a word, not a digit («Barn fra ti år kan melde seg på selv», «born frå tolv år», «children from
 * ten years», «ti-åringar»: variants-optiker OP35, W7 session 47): the same age, read as the digit would be. Only five to
 * twelve, the ages the readings above take, and only with the age's unit right after («ti år», «ten years», «ti-åringar»),
 * so that «ni» or «ti» elsewhere stay words. The text is otherwise unchanged, so what is quoted keeps its own words where
 * no such age is in it. The words' values are spoken-duration.ts's (smallNumberOf).
 */
const AGE_WORD = lazyPattern(
  String.raw`(?<![\p{L}\d-])(fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|five|six|seven|eight|nine|ten|eleven|twelve)(?=\s*(?:år|års|years?)(?![\p{L}])|-(?:åring\p{L}*|year-olds?)(?![\p{L}]))`,
  'giu',
);
const AGE_WORD_GATE = lazyPattern(String.raw`(?:år|year)`, 'iu');
const digitAges = byText((t: string): string => (AGE_WORD_GATE().test(t) ? t.replace(AGE_WORD(), (w) => String(smallNumberOf(w) ?? w)) : t));
/** What was so and is no more («kunne tidligere», «used to», «until 2025», «er stoppet»): no sign-up now (W14, session 24). */
const BEFORE_NOW = lazyPattern(
  String.raw`(?<![\p{L}])(?:tidligere|tidlegare|før\s+(?:i\s+tida|\d{4})|previously|formerly|used\s+to|until|fram\s+til|frem\s+til|stoppet|stansa|stanset|avvikla|avviklet|discontinued|stopped|ended)(?![\p{L}])`,
  'iu',
);
const youngAloneIn =
  (service: boolean) =>
  (t: string): boolean =>
    AGE_DIGIT().test(t) &&
    t.split(STOP).some((c) => AGE_DIGIT().test(c) && !NEGATION.test(c) && !PARENT_APPROVES().test(c) && youngActsAlone(c, service) && !BEFORE_NOW().test(c));
/** youngAloneIn remembered per text, with the service named elsewhere and without (#16, session 42). */
const youngAloneText = [byText(youngAloneIn(false)), byText(youngAloneIn(true))] as const;
const youngAlone = (texts: readonly string[], service = false): boolean => texts.some((t) => youngAloneText[service ? 1 : 0](digitAges(t)));
/** How consent is given through a service itself (browser settings, using it, accepting its terms): an online service. */
const SERVICE_METHODS = new Set(['browser-settings', 'continued-use', 'accept-terms']);
/**
 * A child's school grade below the 8th («elevane i 6. klasse», «elever på 5. trinn», «sixth-grade pupils», «pupils in
 * grade 6»): in Norway the 1st grade starts the year a child turns 6 (opplæringslova § 2-1), so a pupil of the 7th grade or
 * lower is at most 12, under the 13 of personopplysningsloven § 5 (R3, session 31: variants-helsestasjon HS42).
 */
const YOUNG_GRADE = String.raw`(?<![\p{L}\d])(?:(?:i|på|in)\s+)?[1-7]\.\s*(?:klasse|klassetrinn|trinn|årstrinn)(?![\p{L}])|(?<![\p{L}])(?:[1-7](?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh)[-\s](?:grade|graders?)(?![\p{L}])|(?<![\p{L}])grade\s+[1-7](?!\d)`;
/**
 * The consent given by ticking a box in the service («ved å krysse av for at de samtykker», «kryssar av for samtykke», «by
 * ticking that they consent», «tick the box to agree»), or an agreeing done by the ones who act themselves («agree to the
 * terms and to the use of their reading statistics themselves», «godtar vilkårene selv»): session 32, R7 (variants-bibliotek
 * BB44, BB45's kind). The young age, the online service and no parent approving are still asked of the sentence.
 */
const TICKS_CONSENT = String.raw`(?:kryss(?:e|er|ar|a|et)?\s+av|tick(?:s|ed|ing)?(?:\s+(?:a|the)\s+box)?)\s+(?:(?:for|på)\s+)?(?:(?:at|that|to\s+say\s+that|to)\s+)?(?:(?:de|dei|han|hun|ho|barnet|barna|borna|they|he|she)\s+)?(?:samtykk\p{L}*|consent\p{L}*|agree\p{L}*|godta\p{L}*|godtek)`;
const AGREES_THEMSELVES = String.raw`(?:agree|agrees|accept|accepts|godtar|godta|godtek|aksepterer|akseptere)\s+(?:[\p{L}-]+\s+){0,12}?(?:themselves|selv|sjølv|sjølve|on\s+their\s+own)`;
/**
 * The young ones acting on their own and agreeing in the same breath («sign up … on their own and agree there that we may
 * post their photos», «melder seg på sjølve og godtek at …», «registrerer seg på egen hånd og samtykker til …»: variants-havn
 * HV49; R20, session 35): «on their own» before the agreeing, joined by «and», «og».
 */
const ALONE_THEN_AGREES = String.raw`(?:themselves|by\s+themselves|on\s+their\s+own|selv|sjølv|sjølve|på\s+egen\s+hånd|på\s+eiga\s+hand)\s+(?:and|og)\s+(?:(?:then|there|also|der|då|da|så|òg|også)\s+)?(?:agree|agrees|consent|consents|accept|accepts|godtar|godtek|samtykker|samtykkjer|aksepterer)(?![\p{L}])`;
/**
 * The consent given alone by an act in the service (FR2, session 46; variants-bilverksted BV58, BV59): a box ticked for
 * something on one's own («tick the box for offers on their own», «krysse av for tilbod sjølve»: the opt-in is the
 * consent), or a button pressed whose label agrees («by pressing "Yes, I agree"», «trykkjer på «Ja, eg samtykkjer»»,
 * «klikker "Godta"»: pressing it is the consent). The young age or the children, the online service and no parent are
 * still asked of the sentence.
 */
const TICKS_ALONE = String.raw`(?:kryss(?:e|er|ar|a|et)?\s+av|tick(?:s|ed|ing)?(?:\s+(?:a|the)\s+box)?)\s+(?:for|på|to)\s+(?:[\p{L}-]+\s+){0,4}?(?:on\s+their\s+own|themselves|by\s+themselves|selv|sjølv|sjølve|på\s+egen\s+hånd|på\s+eiga\s+hand)`;
const CLICKS_CONSENT = String.raw`(?:press(?:es|ed|ing)?|click(?:s|ed|ing)?|tap(?:s|ped|ping)?|trykk(?:e|er|ar|a|je|jer)?|klikk(?:e|er|ar|a)?)\s+(?:(?:on|på)\s+)?(?:(?:the|a|knappen|button)\s+)*["«“”'‘]\s*(?:[\p{L}]+[,!]?\s+){0,3}?(?:agree|consent|accept|samtykk\p{L}*|godta\p{L}*|godtek|aksepter\p{L}*)`;
/** A child's own consent in words: «med eige samtykke», «samtykkjer sjølve», «consent themselves», «give their own consent». */
const OWN_CONSENT_SAID = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:eige|eiga|eget|egen|eigne|egne|sitt\s+eige|sitt\s+eget|sitt|their\s+own|own)\s+(?:samtykke|consent)|(?:samtykk\p{L}*|consent\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:selv|sjølv|sjølve|sjøl|themselves|on\s+their\s+own|independently|alone|åleine|alene|without\s+(?:their\s+)?parents?|utan\s+foreldr\p{L}*|uten\s+foreldr\p{L}*)|(?:selv|sjølv|sjølve|themselves)\s+(?:\p{L}+\s+)?(?:samtykk\p{L}*|consent\p{L}*)|${TICKS_CONSENT}|${TICKS_ALONE}|${CLICKS_CONSENT}|${AGREES_THEMSELVES}|${ALONE_THEN_AGREES})(?![\p{L}])`,
  'iu',
);
const YOUNG_OR_GRADE = lazyPattern(String.raw`${YOUNG_AGE.source}|${YOUNG_GRADE}`, 'giu');
const CONSENT_GATE = lazyPattern('samtykk|consent|agree|accept|godt[ae]|aksepter|tick|kryss', 'iu');
const ONLINE_WORDS = lazyPattern(ONLINE_WORDS_SRC, 'iu');
/** Sentences, not split after an ordinal («i 6. klasse»). */
const SENTENCE_OR_NOT_ORDINAL = lazyPattern(String.raw`(?<!(?<!\d)\d{1,2})[.;!?]`, 'u');
/**
 * A sentence of an activity's description that lets children under 13 (by age or school grade) consent by themselves to
 * an online service (an app, a chat, a newsletter, a website): «Ungdom frå 12 år kan melde seg på chattetenesta vår på
 * nettet med eige samtykke», «Elevane i 6. klasse lastar ned appen og samtykkjer sjølve», «Children from 10 can join the
 * club app with their own consent». Only the young as those who act (not the object of «til», «for», «med», nor young
 * brought by an adult), not with a parent's approval, not negated or in the past.
 */
const youngConsentSentence = (text: string): string | undefined =>
  CONSENT_GATE().test(text) && /[1-9]/.test(text)
    ? text
        .split(SENTENCE_OR_NOT_ORDINAL())
        .find(
          (c) =>
            OWN_CONSENT_SAID().test(c) &&
            (ONLINE_SERVICE().test(c) || ONLINE_WORDS().test(c)) &&
            !NEGATION.test(c) &&
            !PARENT_APPROVES().test(c) &&
            !BEFORE_NOW().test(c) &&
            [...c.matchAll(YOUNG_OR_GRADE())].some((m) => !OBJECT_BEFORE().test(c.slice(0, m.index)) && !ADULT_WITH_YOUNG().test(c.slice(0, m.index))),
        )
    : undefined;

/**
 * Children who consent by themselves, named as the subject of the consent with no lower age of 13 or more («Barn og unge kan
 * delta i tegnekonkurransen på nettsiden, og samtykker selv til at navn og alder publiseres»: variants-ambulanse AM61;
 * «Elever fra 10 år kan også lage egen bruker i kursappen og samtykke til at vi sender dem påminnelser»: AM60; R30, session
 * 38), in a sentence that names an online service. The children are the sentence's subject (its first words: «barn», «unge»,
 * «elevene», «children», «pupils», also after «også», «alle»; not «unge voksne», young adults), and the consent is theirs: the consent verb right after them
 * (with a modal, «selv», «også» between), or joined to their first verb by «og»/«and» with no new subject («… kan delta …, og
 * samtykker selv»), or their own consent said (OWN_CONSENT_SAID). Without a stated age, children («barn og unge», «elever»)
 * include those under 13; a stated lower age of 13 or more is § 5's own limit and is not read. Not where a parent is named in
 * the sentence (the parents consent or approve), nor a negated sentence or one about the past; the record's other words that
 * the parents consent, or that the consent is kept to those of 13 or more, answer it (in the rule).
 */
const CHILD_SUBJECT = String.raw`^\s*(?:(?:in|on|at|i|på)\s+[^,.;:!?]{1,40},\s*)?(?:(?:også|òg|alle|all|even|also)\s+)?(?:barn|barna|born|borna|children|kids|ungdom|unge|ungdommar|ungdommer|ungdommene|ungdommane|teenagers|young\s+people|young\s+(?:visitors|players|users|members|customers|fans)|elevar|elever|elevane|elevene|skoleelever|skuleelevar|pupils|schoolchildren)(?:\s+(?:og|and)\s+(?:unge|ungdom|young\s+people|teenagers|youth))?(?![\p{L}])(?!\s+(?:voksne|vaksne|adults?))`;
const CHILD_CONSENT_VERB = String.raw`(?:samtykke|samtykker|samtykkje|samtykkjer|consent|consents|agree|agrees|godtar|godta|godtek|aksepterer|akseptere)(?![\p{L}])`;
const CHILD_CONSENTS = lazyPattern(
  [
    // The consent verb right after them, an age, a modal, «selv», «også» between («Barn fra 10 år kan selv samtykke»).
    String.raw`${CHILD_SUBJECT}(?:\s+(?:fra|frå|from|over|aged?|under|i|på|in|som|who)\s+[^,.;:!?]{0,30}?)?\s*,?\s+(?:(?:kan|får|skal|may|can|will)\s+)?(?:(?:selv|sjølv|sjølve|også|òg|themselves|also|then)\s+)*${CHILD_CONSENT_VERB}`,
    // Joined to their first verb by «og»/«and», no new subject between («… kan delta …, og samtykker selv»).
    String.raw`${CHILD_SUBJECT}[^.;:!?]*?(?:,\s*)?(?<![\p{L}])(?:og|and)\s+(?:(?:selv|sjølv|sjølve|også|òg|then|also|themselves|der|there)\s+)*${CHILD_CONSENT_VERB}`,
  ].join('|'),
  'iu',
);
const CHILD_SUBJECT_RE = lazyPattern(CHILD_SUBJECT, 'iu');
/**
 * A school grade from the 8th up, or lower or upper secondary school («Elevar på 9. trinn samtykkjer sjølve i appen»:
 * bodies/lawful-wordings-s31-r3-landbruk r313): the 8th grade starts the year a child turns 13 (opplæringslova § 2-1), so
 * these pupils are about 13 or older; not read as children under § 5's age.
 */
const OLDER_GRADE = lazyPattern(
  String.raw`(?<![\p{L}\d])(?:[89]|1[0-3])\.\s*(?:klasse|klassetrinn|trinn|årstrinn)(?![\p{L}])|(?<![\p{L}])(?:(?:[89]|1[0-2])th|eighth|ninth|tenth|eleventh|twelfth)[-\s](?:grade|graders?)(?![\p{L}])|(?<![\p{L}])grade\s+(?:[89]|1[0-2])(?!\d)|(?<![\p{L}])(?:ungdomsskole\p{L}*|ungdomsskule\p{L}*|ungdomstrinn\p{L}*|videregående|vidaregåande|vg[1-3]|lower\s+secondary|upper\s+secondary|secondary\s+school|high\s+school)(?![\p{L}])`,
  'iu',
);
/** A parent in the sentence: who consents or approves is then the parents' question, answered or not, not the child's. */
const childOwnConsentSentence = (text: string, online = false): string | undefined =>
  CONSENT_GATE().test(text) || youngAgrees(text)
    ? text
        .split(FULL_SENTENCE())
        .flatMap((s) => s.split(';').map((c) => [c, s] as const))
        .find(
          ([c, s]) =>
            (CHILD_CONSENTS().test(c) || youngAgrees(c) || (OWN_CONSENT_SAID().test(c) && CHILD_SUBJECT_RE().test(c))) &&
            // The service may be named in the sentence's other half («Appen har et spill for småsøsken; barna godtar selv …»),
            // or by the activity's own title («The member app»: R35, session 40, variants-sameting SM61).
            (online || ONLINE_SERVICE().test(s) || ONLINE_WORDS().test(s)) &&
            !NEGATION.test(c) &&
            !PARENT_ACTS().test(c) &&
            !PARENT_APPROVES().test(c) &&
            !BEFORE_NOW().test(c) &&
            !((age) => age !== undefined && age >= 13)(statedLowerAge([c])) &&
            !(OLDER_GRADE().test(c) && !YOUNG_OR_GRADE().test(c)) &&
            !AGE_13_UP().test(c),
        )?.[0]
    : undefined;
/**
 * An age of 13 or more said as the lower limit in other words than statedLowerAge reads («fra de er 13 år», «From the age of
 * 13», «over 15»): § 5's own limit (lawful-wordings-s27-k2-ika w01, w13).
 */
const AGE_13_UP = lazyPattern(
  String.raw`(?<![\p{L}])(?:fra|frå|from|over|aged?|alder\p{L}*|fyller|fyl(?:l)?t|turns?|turned|etter|after)\s+(?:[^\d.;:!?]{0,18}?)(?:1[3-9]|[2-9]\d)(?!\d)`,
  'iu',
);
/** Sentences, not split after an ordinal («i 6. klasse») nor at «;» (its halves are read with the whole sentence beside them). */
const FULL_SENTENCE = lazyPattern(String.raw`(?<!(?<!\d)\d{1,2})[.!?]`, 'u');
/** The sentence of a description that lets children consent by themselves to an online service, by either reading. */
const childConsentSentence = (raw: string, online = false): string | undefined => {
  const text = digitAges(raw);
  return youngConsentSentenceOf(text) ?? childOwnConsentOf[online ? 1 : 0](text);
};
/** The readings above remembered per text (#16, session 42: asked again of every activity with the same description). */
const youngConsentSentenceOf = byText(youngConsentSentence);
const childOwnConsentOf = [byText((t: string) => childOwnConsentSentence(t, false)), byText((t: string) => childOwnConsentSentence(t, true))] as const;

/**
 * A young person's own consent below the law's age, said in the description of an activity with no consent basis
 * (session 44, FT: variants-tannhelse TH63 «Participants aged 13 and over sign the consent form themselves» in a health
 * research project; TH64 «Barn fra 13 år kan selv bestille time og samtykke til behandlingen» at a dental service). Where
 * the activity is medical and health research (a research purpose, health or genetic data), consent belongs to those over
 * 16 (helseforskningsloven §§ 17 and 17 a: `described-research-age`); where the consent is to health
 * care (the activity's title, subjects or purposes name care, HEALTH_CARE, and the consent is to the care itself or the
 * activity holds health data), consent to care belongs to those over 16 (pasient- og brukerrettighetsloven § 4-3 first
 * paragraph (b); from 12 only for care the parents are not told of, (c): a clause that cites § 4-3 is not read:
 * `described-health-age`). Read clause by clause: a stated lower age under 16 (statedLowerAge: «fra 13 år», «aged 13 and
 * over»), the young person's own consent (OWN_CONSENT_SAID, youngAgrees, or signing the consent oneself: OWN_SIGNS), no
 * parent named, no negation, nothing in the past.
 */
const OWN_SIGNS = lazyPattern(
  String.raw`(?<![\p{L}])(?:sign(?:s|ed|ing)?|signer\p{L}*|(?:skriv|skriver|skriv|skreiv|skrev|skrive)\s+(?:\p{L}+\s+)?under|underteikn\p{L}*|undertegn\p{L}*)\s+(?:[\p{L}-]+\s+){0,3}?(?:samtykk\p{L}*|consent(?:\s+forms?)?)(?![\p{L}])[^.;:!?]{0,20}?(?<![\p{L}])(?:selv|sjølv|sjølve|sjøl|themselves|on\s+their\s+own|alone|alene|åleine)(?![\p{L}])|(?<![\p{L}])(?:selv|sjølv|sjølve|sjøl|themselves)\s+(?:\p{L}+\s+)?(?:sign(?:s|ed)?|signer\p{L}*|(?:skriv|skriver|skreiv|skrev|skrive)\s+(?:\p{L}+\s+)?under|underteikn\p{L}*|undertegn\p{L}*)(?![\p{L}])`,
  'iu',
);
/** The consent to the care itself: treatment, an examination, health care (not «behandlingen av opplysningene»: processing). */
const CARE_CONSENTED = lazyPattern(
  String.raw`(?<![\p{L}])(?:behandling(?:a|en)?|helsehjelp\p{L}*|undersøking(?:a)?|undersøkelse(?:n)?|tannbehandling\p{L}*|vaksin\p{L}*|treatment|examination|health\s+care|care|vaccin\p{L}*)(?![\p{L}])(?!\s+(?:av|of)\s+(?:[\p{L}-]+\s+){0,2}?(?:\p{L}*opplysning\p{L}*|\p{L}*opplysing\p{L}*|data|information|personal))`,
  'iu',
);
/** The clause of a text where the young consent themselves from a stated age under 16; with the age, or undefined. */
const ownConsentBelow16 = byText((text: string): { words: string; age: number } | undefined => {
  if (!CONSENT_GATE().test(text) || !/\d/.test(text)) return undefined;
  for (const c of text.split(STOP)) {
    if (!(OWN_CONSENT_SAID().test(c) || youngAgrees(c) || OWN_SIGNS().test(c))) continue;
    if (NEGATION.test(c) || PARENT_ACTS().test(c) || PARENT_APPROVES().test(c) || BEFORE_NOW().test(c) || /4-3(?!\d)/.test(c)) continue;
    const age = statedLowerAge([c]);
    if (age !== undefined && age < 16) return { words: c.trim(), age };
  }
  return undefined;
});

export default defineRule(
  {
    id: 'child-consent-age',
    severity: 'warning',
    citation: 'GDPR Art. 8(1); personopplysningsloven § 5; pasient- og brukerrettighetsloven §§ 4-3, 4-4; helseforskningsloven §§ 17, 17 a',
    messages: [
      'missing',
      'research-age',
      'health-age',
      'other-consent',
      'young-alone',
      'described-consent',
      'described-own-consent',
      'age-online',
      'age-health',
      'age-research',
      'described-research-age',
      'described-health-age',
    ],
  },
  (ctx, report) => {
    /**
     * Children said in the description to consent by themselves to an online service, on an activity with a consent basis
     * that no other finding here asked about (variants-ambulanse AM60, AM61; R30, session 38): the consent the words tell of
     * may be another than the one the record states («Bilder tas bare av voksne» beside pupils who make their own user in
     * the app and consent to reminders). Answered where the record's own words say the parents consent or approve, or keep
     * the consent to those of 13 or more.
     */
    const ownConsentDescribed = (r: (typeof ctx.activities)[number]): void => {
      const described = textsOf(r.activity.description);
      // The online service named by the activity's title or by a consent purpose's own words (its description, note or
      // withdrawal: «Untick the channel … in the app»): the consent the children give is to it (R35, session 40).
      const online = [
        ...textsOf(r.activity.title),
        ...r.purposes
          .filter((p) => p.legalBasis.some((b) => isConsent(b.gdpr)))
          .flatMap((p) => [...textsOf(p.description), ...p.legalBasis.flatMap((b) => [...textsOf(b.note), ...textsOf(b.consentWithdrawal)])]),
      ].some(onlineNamed);
      const words = described.map((t) => childConsentSentence(t, online)).find((w) => w !== undefined);
      if (words === undefined) return;
      // Every children's group of the activity 13 or older by its own words: § 5's limit is met.
      const groups = r.dataSubjects.filter((d) => d.value.children === true);
      if (groups.length > 0 && groups.every((g) => (statedLowerAge([...textsOf(g.value.name), ...textsOf(g.value.description)]) ?? 0) >= 13)) return;
      const answers = [
        ...described,
        ...r.purposes.flatMap((p) => [
          ...textsOf(p.description),
          ...p.legalBasis.flatMap((b) => [...textsOf(b.note), ...textsOf(b.consentWithdrawal), ...textsOf(b.childConsent)]),
        ]),
      ];
      if (answers.some(saysParentsConsent) || (consentOnlyFrom(answers) ?? 0) >= 13) return;
      if (r.purposes.some((p, i) => (recordedAge(p, i)?.age ?? 0) >= 13)) return;
      report.activity(r, '/description', 'described-own-consent', { words: words.trim() });
    };
    /** A young person's own consent below 16 said in the description of health research or health care (ownConsentBelow16). */
    const describedAgeBelowLaw = (r: (typeof ctx.activities)[number]): void => {
      const health = r.dataCategories.some((c) => c.value.specialCategory !== undefined && HEALTH.has(c.value.specialCategory));
      const research = health && r.purposes.some((p) => p.researchOrStatistics === true || p.researchOrStatistics === 'research');
      for (const text of textsOf(r.activity.description)) {
        const own = ownConsentBelow16(text);
        if (own === undefined) continue;
        if (research) {
          report.activity(r, '/description', 'described-research-age', own);
          return;
        }
        const careNamed = [
          ...textsOf(r.activity.title),
          ...r.dataSubjects.flatMap((d) => [...textsOf(d.value.name), ...textsOf(d.value.description)]),
          ...r.purposes.flatMap((p) => textsOf(p.description)),
        ].some((t) => HEALTH_CARE().test(t));
        if (careNamed && (health || CARE_CONSENTED().test(own.words)) && !NOT_CARE_CONSENT().test(own.words)) {
          report.activity(r, '/description', 'described-health-age', own);
          return;
        }
      }
    };
    for (const r of ctx.activities) {
      // No purpose on consent, yet the description lets children under 13 consent alone to an online service: the consent
      // the words rely on is not in the record, and Art. 8(1) and § 5 ask the parents' below 13 (variants-helsestasjon
      // HS41, HS42: a public task's chat and app; R3, session 31).
      if (!r.purposes.some((p) => p.legalBasis.some((b) => isConsent(b.gdpr)))) {
        let described = false;
        for (const text of textsOf(r.activity.description)) {
          const words = childConsentSentence(text);
          if (words === undefined) continue;
          report.activity(r, '/description', 'described-consent', { words: words.trim() });
          described = true;
          break;
        }
        if (!described) describedAgeBelowLaw(r);
        continue;
      }
      let reported = false;
      const childGroups = r.dataSubjects.filter((s) => s.value.children === true);
      const children = childGroups.map((s) => s.id);
      const health = r.dataCategories.some((c) => c.value.specialCategory !== undefined && HEALTH.has(c.value.specialCategory));
      const care =
        health &&
        [...textsOf(r.activity.title), ...r.dataSubjects.flatMap((s) => [...textsOf(s.value.name), ...textsOf(s.value.description)])].some((t) =>
          HEALTH_CARE().test(t),
        );
      /** Whether a purpose's consent is to an online service: given through the service, or the service named. */
      const onlineConsent = (purpose: (typeof r.purposes)[number], consents: readonly (typeof purpose.legalBasis)[number][]): boolean =>
        consents.some((b) => b.consentMethod !== undefined && SERVICE_METHODS.has(b.consentMethod)) ||
        [...textsOf(r.activity.title), ...textsOf(purpose.description), ...consents.flatMap((b) => [...textsOf(b.note), ...textsOf(b.consentWithdrawal)])].some(
          onlineNamed,
        );
      // A purpose whose consent records the age from which a child consents: checked against the law, no question asked.
      const recorded = new Set<number>();
      r.purposes.forEach((purpose, p) => {
        const stated = recordedAge(purpose, p);
        if (stated === undefined) return;
        recorded.add(p);
        const research = purpose.researchOrStatistics === true || purpose.researchOrStatistics === 'research';
        const args = { purpose: purpose.id, age: stated.age };
        let below = false;
        if (research && health) {
          below = stated.age < 16;
          if (below) report.activity(r, stated.pointer, 'age-research', args);
        } else if (care && !textsOf(purpose.description).some((t) => NOT_CARE_CONSENT().test(t) || marketingSaid(t))) {
          below = stated.age < 16;
          if (below) report.activity(r, stated.pointer, 'age-health', args, { severity: stated.age < 12 ? 'error' : 'warning' });
        } else if (
          onlineConsent(
            purpose,
            purpose.legalBasis.filter((b) => isConsent(b.gdpr)),
          )
        ) {
          below = stated.age < 13;
          if (below) report.activity(r, stated.pointer, 'age-online', args, { severity: 'error' });
        }
        if (below) reported = true;
      });
      if (children.length === 0) {
        // No group marked as children: the purpose's own words may still let children under 13 consent alone online.
        for (const { basis, pointer, purpose, p } of basesWithPointers(r)) {
          if (!isConsent(basis.gdpr) || recorded.has(p) || purpose.legalBasis.some((b) => isConsent(b.gdpr) && b.childConsent !== undefined)) continue;
          if (purpose.legalBasis.findIndex((b) => isConsent(b.gdpr)) !== purpose.legalBasis.indexOf(basis)) continue;
          const consents = purpose.legalBasis.filter((b) => isConsent(b.gdpr));
          const words = [...consents.flatMap((b) => [...textsOf(b.note), ...textsOf(b.consentWithdrawal)]), ...textsOf(purpose.description)];
          // The activity's own description too, where this consent is to an online service the purpose names (a newsletter,
          // an app: «Elever fra 10 år kan melde seg på skoletjenestens nyhetsbrev selv» beside «sende nyhetsbrev»: variants-ika
          // IK29, variants-veterinar DY22; W14, session 24): the young ones' sign-up said there is to this consent.
          const described = textsOf(r.activity.description);
          let named: boolean | undefined;
          const serviceNamed = (): boolean => (named ??= [...textsOf(r.activity.title), ...words].some(onlineNamed));
          const withDescribed = (): string[] => (described.some((t) => AGE_DIGIT().test(digitAges(t))) && serviceNamed() ? [...words, ...described] : words);
          // Or a sentence that lets the young under 13 consent by their own consent to an online service, the service named in
          // the sentence itself (R3, session 31: «Barn frå 11 år kan sjølve samtykkje til chatten på nettsida vår»).
          if (
            !youngAlone(words) &&
            !youngAlone(withDescribed(), serviceNamed()) &&
            !withDescribed().some((t) => youngConsentSentenceOf(digitAges(t)) !== undefined)
          )
            continue;
          if (withDescribed().some((t) => saysParentsConsent(t))) continue;
          const only = consentOnlyFrom(withDescribed());
          if (only !== undefined && only >= 13) continue;
          report.activity(r, pointer, 'young-alone', { purpose: purpose.id });
          reported = true;
        }
        if (!reported) ownConsentDescribed(r);
        continue;
      }
      const lowerAges = childGroups.map((s) => statedLowerAge([...textsOf(s.value.name), ...textsOf(s.value.description)]));
      const oldEnough = (limit: number): boolean => lowerAges.every((age) => age !== undefined && age >= limit);
      // One finding per purpose: consent under 6(1)(a) and 9(2)(a) for one purpose is one consent to ask about.
      const asked = new Set<number>();
      for (const { basis, pointer, purpose, p } of basesWithPointers(r)) {
        if (!isConsent(basis.gdpr) || asked.has(p) || recorded.has(p)) continue;
        const stated = purpose.legalBasis.filter((b) => isConsent(b.gdpr) && b.childConsent !== undefined);
        const research = purpose.researchOrStatistics === true || purpose.researchOrStatistics === 'research';
        const consents = purpose.legalBasis.filter((b) => isConsent(b.gdpr));
        // Who may withdraw the consent is who gives it («Eleven (eller føresette for elevar under 16 år) kan trekkje samtykket»).
        const inWords = [...consents.flatMap((b) => [...textsOf(b.note), ...textsOf(b.consentWithdrawal)]), ...textsOf(purpose.description)].filter(
          (t) => saysParentsConsent(t) || saysOwnConsent(t, care && !research),
        );
        if (stated.length > 0 || inWords.length > 0) {
          if (research && health && [...stated.flatMap((b) => textsOf(b.childConsent)), ...inWords].some((t) => AGE_UNDER_16().test(t))) {
            asked.add(p);
            reported = true;
            report.activity(r, pointer, 'research-age', { purpose: purpose.id, subjects: children });
          }
          continue;
        }
        const limit = (research && health) || care ? 16 : 15;
        if (oldEnough(limit)) continue;
        const only = consentOnlyFrom([...consents.flatMap((b) => textsOf(b.note)), ...textsOf(purpose.description)]);
        if (only !== undefined && only >= limit) continue;
        const adultGroups = r.dataSubjects.filter((s) => s.value.children !== true).flatMap((s) => textsOf(s.value.name));
        if (adultConsents([...consents.flatMap((b) => [...textsOf(b.note), ...textsOf(b.consentWithdrawal)]), ...textsOf(purpose.description)], adultGroups))
          continue;
        asked.add(p);
        const variant = care && !research ? 'health-age' : onlineConsent(purpose, consents) ? 'missing' : 'other-consent';
        report.activity(r, pointer, variant, { purpose: purpose.id, subjects: children });
        reported = true;
      }
      if (!reported) ownConsentDescribed(r);
    }
  },
);
/**
 * The age a purpose's consent records for a child's own consent (`childConsentAge`), with the pointer to it: the lowest
 * where its consent bases (Art. 6(1)(a) and 9(2)(a) for one purpose) record different ages.
 */
function recordedAge(purpose: { legalBasis: readonly { gdpr: string; childConsentAge?: number }[] }, p: number): { age: number; pointer: string } | undefined {
  let found: { age: number; pointer: string } | undefined;
  purpose.legalBasis.forEach((b, j) => {
    if (!isConsent(b.gdpr) || b.childConsentAge === undefined || (found !== undefined && found.age <= b.childConsentAge)) return;
    found = { age: b.childConsentAge, pointer: `/purposes/${p}/legalBasis/${j}/childConsentAge` };
  });
  return found;
}
/** Whether a description lets children under 13 consent by themselves to an online service (exported for tests). */
export const youngConsentText = (text: string): boolean => youngConsentSentenceOf(text) !== undefined;
