import { NEGATION, SENTENCE_END, textsOf } from '../check/facts.js';
import { personDataGotOnce } from '../check/data-got.js';
import { namesShareStem } from '../check/parties.js';
import { activityProse, activityTexts, sourceNames, sourceRecorded } from '../check/prose-activity.js';
import { defineRule } from '../check/rule.js';
import type { ResolvedActivity } from '../model/resolve.js';
import type { DataSubject, Source, SourceType } from '../model/types.js';
import { byText, memo } from '../util/memo.js';
import { lazyPattern } from '../util/lazy-pattern.js';
import { prefilter, ways } from '../util/prefilter.js';

/**
 * Art. 14 applies to data «not obtained from the data subject»: a source that is another controller, another
 * individual (`other-person`: next of kin, a witness, someone reporting a concern), a register or a publicly available
 * source (ELSEWHERE). A record that names such a source but informs only as for data
 * collected from the person (Art. 13) leaves the Art. 14 information out: the source (14(2)(f)), the
 * categories obtained (14(1)(d)), and the time it is given (14(3)). The exemptions of Art. 14(5) are
 * recorded as `public-notice` (b) or `obtained-by-law` (c); a restriction of the right to information
 * (`rightsRestrictions`) answers it too. Beside a source of the person's own, only a source the body obtains data from
 * itself is judged: a public register or a publicly available source (the body looks both up), a credit-information
 * agency (kredittopplysningsloven § 14: reports go only to a recipient with a need, in writing), an address-update
 * service (Posten's change-of-address updates: the new address comes from the service), another controller
 * whose access is given by a law (the source's `law`), or another controller whose description says it hands the data
 * over itself (registers, enrols, reports or sends it: `HANDS_OVER`). Any other controller may be the origin of a document the person
 * hands over (Art. 13). Unless the record says data from third parties is used to decide
 * (`riskFactors.thirdPartyDataForDecisions`) or that data sets from different sources are matched
 * (`riskFactors.matchesDatasets`), then every source elsewhere is judged. Next of kin, emergency contacts and referees
 * that employees or applicants name are obtained from them, not from the people themselves (`named-contacts`). A
 * warning: where the person already has the information (14(5)(a)), for instance because the application form tells of
 * the credit check, the record should still say so. A record with no `information` at all whose data comes from such
 * sources is silent on how people are told (`not-recorded`): Art. 14 applies all the same.
 */
/**
 * The people said not to be told of the processing or of where their data come from (session 44, FT: variants-tannhelse
 * TH77 «Den innsette blir ikkje fortalt at lista kjem frå Kriminalomsorga»): a passive or active not-telling with the
 * people as those not told («blir ikke fortalt / informert / varslet / orientert (om) at …», «får ikke vite at / om …», «vi
 * forteller ikke de ansatte at …», «are not told that …», «we do not inform the applicants that …»), and what they are not
 * told about their data or its source (NOT_TOLD_WHAT: the list, the data, a register, a log, the source, «fra X», that we
 * keep, fetch or get it). Art. 13 and 14 oblige the controller to tell the person, and Art. 14(2)(f) the source; only
 * Art. 14(5) and a restriction in law lift it, which the record then states (`information.method` obtained-by-law or
 * public-notice, a `rightsRestrictions` entry for information). Not where «we» are the ones not told («Vi får ikkje vite kva
 * den innsette er dømd for»), a time or another way is given («ikke varslet før vedtaket», «not told by SMS but by
 * letter»), nor what concerns other people's data.
 */
const NOT_TOLD = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:blir|vert|er|bli|verte|is|are|was|were|be|being|get|gets)\s+(?:[\p{L}-]+\s+)?(?:ikke|ikkje|not|never|aldri)\s+(?:[\p{L}-]+\s+)?(?:fortalt|fortald[et]|informert|informerte|varsla|varslet|orientert|orienterte|opplyst|gjort\s+kjent\s+med|told|informed|notified|made\s+aware)|(?:ikke|ikkje|not|never|aldri)\s+(?:blitt\s+|vorte\s+|been\s+)?(?:fortalt|fortald[et]|informert|informerte|varsla|varslet|orientert|orienterte|opplyst|told|informed|notified)|(?:får|fær|fekk|fikk)\s+(?:[\p{L}-]+\s+)?(?:ikke|ikkje|aldri)\s+(?:vite|greie\s+på|beskjed|informasjon))(?![\p{L}])`,
  'iu',
);
const mayNotTold = prefilter(NOT_TOLD);
const NOT_TOLD_WHAT = lazyPattern(
  String.raw`(?<![\p{L}])(?:list(?:a|en|e|ene|ane|s)?|\p{L}*opplysning\p{L}*|\p{L}*opplysing\p{L}*|data|information|informasjon\p{L}*|\p{L}*register\p{L}*|registr\p{L}*|logg\p{L}*|logs?|kilde\p{L}*|kjelde\p{L}*|sources?|fra|frå|from|(?:at|that)\s+(?:vi|me|we)\s+(?:\p{L}+\s+)?(?:har|lagrar|lagrer|hentar|henter|får|behandlar|behandler|keep|hold|store|get|obtain|process|have|fetch))(?![\p{L}])`,
  'iu',
);
/** We not told; a time or another way after the not-telling; other people's data. */
const TOLD_ANYWAY = lazyPattern(
  String.raw`(?<![\p{L}])(?:før|innan|innen|inntil|until|before|men|but|unntatt|except|andre\s+(?:\p{L}+s|sine|\p{L}+\s+sine)|other\s+(?:\p{L}+['’]s?|people)|others['’]?)(?![\p{L}])`,
  'iu',
);
const WE_NOT_TOLD = lazyPattern(
  String.raw`(?<![\p{L}])(?:vi|me|we|oss|us)\s+(?:[\p{L}-]+\s+)?(?:får|fær|fekk|fikk|blir|vert|er|are|get|were|was|is)\s+(?:[\p{L}-]+\s+)?(?:ikke|ikkje|not|never|aldri)`,
  'iu',
);
/** The reader or the people the record is about as the ones not told: «du», «you», «de registrerte», «the data subjects». */
const YOU_NOT_TOLD = lazyPattern(String.raw`(?<![\p{L}])(?:du|dere|dykk|you|registrerte|data\s+subjects?)(?![\p{L}])`, 'iu');
/**
 * The first sentence of a text that says the people are not told of their data or its source, or undefined: the ones not
 * told named before the not-telling by a word of the activity's data-subject groups (`names`: «Den innsette» of
 * «Innsette», by the shared party stem, namesShareStem: session 45 — the first four letters took «eldre» for «elever»,
 * «ansvarlige» for «ansatte») or as «du», «you», «de registrerte». A third party not told («Arbeidsgiveren får ikke vite
 * diagnosen») keeps the person's data confidential, and is not read.
 */
const notToldSentence = (t: string, names: readonly string[]): string | undefined =>
  mayNotTold(t)
    ? notToldClauses(t)
        ?.find((c) => c.you || c.words.some((w) => subjectWord(w, names)))
        ?.clause.trim()
    : undefined;
/** A sentence that says someone is not told (NOT_TOLD, NOT_TOLD_WHAT), and what says who: «you», or the words before it. */
interface NotToldClause {
  clause: string;
  /** The people not told are the reader (YOU_NOT_TOLD). */
  you: boolean;
  /** The words of four letters or more before the not-telling, lower-cased: one naming the activity's people makes them those not told. */
  words: readonly string[];
}
/**
 * The sentences of a text that say someone is not told, in their order (undefined for none): what depends on the text
 * alone, remembered per text, so that each activity only matches its own people's names against the words (a record's
 * activities share their descriptions: #16, session 46).
 */
const notToldClauses = byText((t: string): NotToldClause[] | undefined => {
  let out: NotToldClause[] | undefined;
  for (const c of t.split(SENTENCE_END)) {
    const m = NOT_TOLD().exec(c);
    if (m === null || !NOT_TOLD_WHAT().test(c.slice(m.index + m[0].length)) || TOLD_ANYWAY().test(c) || WE_NOT_TOLD().test(c)) continue;
    const before = c.slice(0, m.index);
    (out ??= []).push({ clause: c, you: YOU_NOT_TOLD().test(before), words: before.toLowerCase().match(/\p{L}{4,}/gu) ?? [] });
  }
  return out;
});
/**
 * An inflection's tail after the opening two forms of a noun share (nb, nn, en): «medlem»/«medlemmer», «forelder»/«foreldre»,
 * «child»/«children», where the shared stem (namesShareStem) cuts only the endings of regular nouns. Not a compound's
 * second word: «barnevernet» is not «barn», «elevrådet» not «elever».
 */
const INFLECTION = lazyPattern(String.raw`^(?:e|er|ere|eren|erne|en|ene|et|a|ar|ara|arane|ane|na|ne|n|r|re|ra|ren|rene|s|es|mer|mene|me|ma)?$`, 'u');
/** Whether a word names the same people as a word of `names`: by the shared stem, or as two forms of one noun (INFLECTION). */
const subjectWord = (w: string, names: readonly string[]): boolean => {
  if (namesShareStem(w, names)) return true;
  for (const name of names)
    for (const n of name.toLowerCase().match(/\p{L}{4,}/gu) ?? []) {
      let i = 0;
      while (i < w.length && i < n.length && w[i] === n[i]) i++;
      if (i >= 4 && INFLECTION().test(w.slice(i)) && INFLECTION().test(n.slice(i))) return true;
    }
  return false;
};
/** The names of an activity's data-subject groups (every language given). */
const subjectNames = (r: ResolvedActivity): string[] => r.dataSubjects.flatMap((d) => textsOf(d.value.name));
/** The methods that say the record lifts the duty to tell (Art. 14(5)(b), (c)). */
const NOT_TOLD_LIFTED = new Set(['obtained-by-law', 'public-notice']);

const ELSEWHERE: ReadonlySet<SourceType> = new Set(['other-controller', 'other-person', 'public-register', 'publicly-available']);
/** A credit-information agency (kredittopplysningsforetak, credit bureau), by the source's name, description or controller. */
const CREDIT_AGENCY = lazyPattern(
  String.raw`kredittopplysning|kredittbyr[aå]|kredittvurderingsbyr[aå]|credit (?:bureau|reference agenc|information agenc|rating agenc)`,
  'i',
);
const ART14 = new Set(['art14', 'public-notice', 'obtained-by-law']);
/**
 * The person, or the parents acting for a child, by the nouns records use (nb, nn, en): whom another controller may send a
 * document to, or who acts themself. Nouns for the person in their role («pasienten», «eleven», «den ansatte», «kunden»,
 * «the patient», «the student»; W1 false-alarm review, 2026-11-30: 14 of 14 lawful variations fired).
 */
const THE_PERSON = String.raw`(?:søkeren|søkjaren|deg|den registrerte|personen|vedkommende|innehaveren|innehavaren|pasienten|eleven|studenten|den ansatte|den tilsette|arbeidstakeren|arbeidstakaren|kunden|medlemmet|brukeren|brukaren|deltakeren|deltakaren|utøveren|utøvaren|foreldrene|foresatte|føresette|the applicant|you|the person|the data subject|the holder|the patient|the pupil|the student|the employee|the customer|the member|the user|the participant|the parents)(?![\p{L}])`;
/** Handing over to the person, who then brings it («Politiet sender attesten til søkeren», «… til pasienten»): the person's own source. */
const TO_THE_PERSON = lazyPattern(String.raw`(?<![\p{L}])(?:til|to)\s+${THE_PERSON}`, 'iu');
/**
 * The person acts, not the other controller: the person is the clause's subject («Pasienten sender skjemaet via
 * Helsenorge») or does it to themself («medlemmene registrerer seg selv»).
 */
const BY_THE_PERSON = lazyPattern(String.raw`^\s*${THE_PERSON}|(?<![\p{L}])(?:seg selv|seg sjølv|seg sjøl|themselves|himself|herself)(?![\p{L}])`, 'iu');
/**
 * Another controller whose description says it hands the data over itself: it registers, enrols, reports or sends the
 * people to the body («Klubbene registrerer medlemmer og melder på utøvere», «Arbeidsgiveren sender inn …», «The clubs
 * register members and submit entries»), in a sentence that does not send it to the person («Politiet sender attesten til
 * søkeren» is the applicant's own document), where the person does not act themself, and that is not negated. The body then obtains the data from it, not from the person, even where the
 * person gives some data too (H12D, variants-idrett ID56: volunteers the clubs enrol, told only under Art. 13).
 */
/*
 * HANDS_OVER also reads a referral by its verb: the referrer sends the people and their data to the body («Name, position,
 * workplace and exposure of workers referred to health checks», «pasienter henvist av fastlegen»: variants-bht BT30; W3,
 * session 19). Not the noun (a course about referrals, a referral the worker brings: W3's lawful wordings), nor «referred
 * to in the agreement».
 */
const HANDS_OVER = lazyPattern(
  String.raw`(?<![\p{L}])(?:registrerer|registrerar|registreres|melder\s+(?:inn|på)|meldar\s+(?:inn|på)|melder|meldar|sender|sendar|sender\s+inn|rapporterer|rapporterar|innrapporterer|innrapporterar|overfører|overførar|leverer|leverar|oversender|registers|enrols|enrolls|reports|sends|submits|transfers|forwards|henviser|henvist|henviste|henvises|tilviser|tilvist|tilviste|tilvisast|refers|referred(?!\s+to\s+(?:in|above|below|as|the\s+(?:agreement|contract|section|article|law|act))))(?![\p{L}])`,
  'iu',
);
/**
 * An address-update service (Posten's «adresseoppdatering», a change-of-address or address-washing service): the body
 * itself receives the new address from the service, not from the person, so the person cannot have handed it over.
 */
const ADDRESS_SERVICE = lazyPattern(
  String.raw`adresseoppdater|adresseendring|adressevask|flyttemelding|change[- ]of[- ]address|address[- ](?:update|washing|cleansing)`,
  'i',
);
/**
 * People the data subject names to the controller: next of kin, emergency contacts, referees. English «referees» alone
 * is also the sports official («Match referees» give their own details): read as job referees only with words of
 * applicants, jobs or references beside it («Referees the applicant has named», «job referees»). Their data is obtained
 * from the employee or applicant, not from them (Art. 14(1)), whatever the activity's sources say; a group so named is
 * judged even when every source is the person's own.
 */
const NAMED_CONTACTS = lazyPattern(
  String.raw`pårørende|pårørande|next[- ]of[- ]kin|emergency contacts?|nødkontakt|referees?(?=[^]*(?:applicant|candidate|job|employ|reference|named|given|provided|nominated))|(?:applicant|candidate|job|employment|personal)\p{L}*['’]?s?\s+referees?|referansepersone?r?|referansar|(?<![\p{L}])referanser(?![\p{L}])`,
  'iu',
);
/**
 * People another person names to receive something from the controller: the recipient of a gift card or a gift
 * («Mottakere av digitale gavekort», «gavemottakere», «gift-card recipients») or of a referral («tips en venn»,
 * «vervede venner», «referred friends»). Their name and address come from the buyer or member who names them, not from
 * them (Art. 14(1)), whoever the other groups are: the person naming them is the activity's own customer.
 */
const NAMED_RECIPIENTS = lazyPattern(
  String.raw`(?:mottak[ea]r\p{L}*)\s+(?:av|til)\s+(?:\p{L}+\s+){0,1}?(?:gavekort\p{L}*|gåvekort\p{L}*|gave\p{L}*|gåve\p{L}*|tips\p{L}*)|(?<![\p{L}])(?:gavemottak\p{L}*|gåvemottak\p{L}*|gavekortmottak\p{L}*)|tips(?:e)? en venn|vervede?\s+(?:venner|personer|medlemmer)|gift(?:[- ]card)?\s+recipients?|recipients?\s+of\s+(?:a\s+|the\s+)?gift\p{L}*|referred (?:friends|people|persons)|(?:friends|venner)\s+(?:referred|vervet|verva)|refer-a-friend|tell-a-friend`,
  'iu',
);
/** NAMED_RECIPIENTS run by its ways, each built only where its words are (util/prefilter.ts `ways`; #16, session 28). */
const namedRecipientsWays = ways(NAMED_RECIPIENTS);
/**
 * Who names them: employees (`employees: true`) or applicants: job applicants, and applicants of any kind («Søkere»,
 * «Søkjarar»: the immigration applicant who names the reference person in Norway, H12B, variants-innvandring). A patient's next of kin may give their own details
 * to the hospital (Art. 13), so the group is judged only where every other group is employees or applicants, who are
 * then the ones naming them.
 */
const APPLICANTS = lazyPattern(
  String.raw`jobbsøker|jobbsøkjar|søkere til stilling|søkjarar til stilling|(?<![\p{L}])søk(?:er|ere|erne|jar|jarar|jarane)(?![\p{L}])|kandidat|job applicant|applicant|candidate`,
  'iu',
);
/**
 * Applicants for health and care services («Søkere om langtidsplass i sykehjem», «Søkjarar om helse- og omsorgstenester»)
 * are the patients to be: their next of kin give their own details as a patient's do, and often apply with them. Not
 * applicants for a job in health care.
 */
const CARE_APPLICATION = lazyPattern(
  String.raw`sykehjem|sjukeheim|omsorg|pleie|helse|pasient|avlastning|hjemmetjenest|heimetenest|hjemmesykepleie|heimesjukepleie|care|nursing|patient|health`,
  'iu',
);
/** A job applicant for a post in health care («Søkere til stillinger i helse og omsorg») still names referees. */
const JOB = lazyPattern(String.raw`stilling|jobb|(?<![\p{L}])(?:job|jobs|post|posts|position|positions|vacanc\p{L}*|employment)(?![\p{L}])`, 'iu');
/**
 * Art. 14(5)(a) named in the information note («jf. artikkel 14 nr. 5 bokstav a», «Art. 14(5)(a)»): the record says the
 * person already has the information (the application form tells of the register look-up), which is what this
 * warning asks it to say; the schema has no method value for (a).
 */
const ART14_5_A = lazyPattern(String.raw`\b14\s*(?:\(\s*5\s*\)|nr\.?\s*5|no\.?\s*5)\s*(?:\(\s*a\s*\)|bokstav\s*a\b|lit\.?\s*a\b|point\s*\(?a\b|a\b)`, 'i');

export default defineRule(
  {
    id: 'notice-art14',
    severity: 'warning',
    citation: 'GDPR Art. 14(1)-(3), 14(5)',
    messages: ['art13-only', 'not-recorded', 'named-contacts', 'named-recipients', 'named-not-recorded', 'described-not-told'],
  },
  (ctx, report) => {
    // What is read of a catalogue entry (a source, a data-subject group) is read once per run: every activity naming it shares it.
    const byBody = memo(obtainedByBody);
    const isNamed = memo((d: DataSubject) => textsOf(d.name).some((t) => NAMED_CONTACTS().test(t)));
    const namer = memo(
      (d: DataSubject) => d.employees === true || textsOf(d.name).some((t) => APPLICANTS().test(t) && !(CARE_APPLICATION().test(t) && !JOB().test(t))),
    );
    const namedRecipient = memo((d: DataSubject) => [...textsOf(d.name), ...textsOf(d.description)].some((t) => namedRecipientsWays.test(t)));
    for (const r of ctx.activities) {
      const info = r.activity.information;
      // The description says the people are not told, where the record does not lift the duty (NOT_TOLD).
      if (!info?.method.some((m) => NOT_TOLD_LIFTED.has(m)) && !(r.activity.rightsRestrictions ?? []).some((x) => x.right === 'information')) {
        const texts = textsOf(r.activity.description).filter(mayNotTold);
        const names = texts.length > 0 ? subjectNames(r) : [];
        const words = texts.map((t) => notToldSentence(t, names)).find((w) => w !== undefined);
        if (words !== undefined) {
          report.activity(r, '/description', 'described-not-told', { words });
          continue;
        }
      }
      if (info?.method.some((m) => ART14.has(m))) continue;
      if (textsOf(info?.note).some((t) => ART14_5_A().test(t))) continue;
      if ((r.activity.rightsRestrictions ?? []).some((x) => x.right === 'information')) continue;
      // A source of the person's own next to one elsewhere may be a document the person hands over (a police
      // certificate names the police as its origin, 14(2)(f), but is collected from the applicant): not judged.
      // Unless the record itself says data from third parties decides (riskFactors.thirdPartyDataForDecisions): the
      // controller then obtains it elsewhere, and the person's own application does not make that Art. 13 data.
      // A public register is not handed over: the body looks it up itself (Folkeregisteret), so it is judged still.
      // Likewise where the record says it matches data sets from different sources (riskFactors.matchesDatasets): a
      // cohort linking SSB's registers to the answers obtains them itself; nobody hands them over.
      const rf = r.activity.riskFactors;
      const own = rf?.thirdPartyDataForDecisions !== true && rf?.matchesDatasets !== true && r.sources.some((s) => s.value.type === 'data-subject');
      // Beside the person's own source, also another controller the activity's own words say the body gets the data from
      // («Barnehagen får vedtaket og sakkyndig vurdering fra PPT», «The employer sends us the name and work e-mail»:
      // prose-activity.ts's source reader, matched to the recorded source by its name): not a document the person brings.
      const told = own ? toldSources(r) : [];
      const subjects = own ? handedOverSubjects(r) : [];
      const elsewhere = r.sources.filter((s) =>
        parentsOfChild(r, s.value)
          ? false
          : own
            ? byBody(s.value) ||
              (s.value.type === 'other-controller' &&
                (told.some((n) => namesSource(n, s.value, s.id)) || subjects.some((n) => subjectNamesSource(n, s.value, s.id))))
            : ELSEWHERE.has(s.value.type),
      );
      if (elsewhere.length > 0) {
        const sources = { sources: elsewhere.map((s) => s.id) };
        // No `information` at all: the record is silent on how people are told of data obtained elsewhere.
        if (info === undefined) report.activity(r, '/sources', 'not-recorded', sources);
        else report.activity(r, '/information/method', 'art13-only', sources);
        continue;
      }
      // An activity about next of kin, emergency contacts or referees alone, with no `information` at all: their data is
      // mostly given by the patient, employee or applicant who names them (Art. 14), or by themselves (Art. 13), and
      // the record says nothing of how they are told either way (`named-not-recorded`).
      if (info === undefined) {
        const contacts = r.dataSubjects.filter((d) => isNamed(d.value));
        if (contacts.length > 0 && contacts.length === r.dataSubjects.length)
          report.activity(r, '/dataSubjects', 'named-not-recorded', { subjects: contacts.map((d) => d.id) });
        continue;
      }
      // Next of kin or referees the person names: not judged where a source elsewhere is already reported above.
      // Judged only where every other group is employees or applicants: beside residents, patients or children (a
      // nursing home's journal, a kindergarten's parent app) the next of kin are theirs and give their own details.
      const others = r.dataSubjects.filter((d) => !isNamed(d.value));
      const named = others.length > 0 && others.every((d) => namer(d.value)) ? r.dataSubjects.filter((d) => isNamed(d.value)) : [];
      if (named.length > 0) report.activity(r, '/information/method', 'named-contacts', { subjects: named.map((d) => d.id) });
      else {
        const recipients = r.dataSubjects.filter((d) => namedRecipient(d.value));
        if (recipients.length > 0 && recipients.length < r.dataSubjects.length)
          report.activity(r, '/information/method', 'named-recipients', { subjects: recipients.map((d) => d.id) });
      }
    }
  },
);

/**
 * The sources the activity's words say the body gets data from (prose-activity.ts: «får vedtaket fra PPT», «henter
 * opplysninger fra arbeidsgiveren»), as named there. Only a fact the reader gives: the words where the person acts or
 * hands over a document of their own are not read as a source (its lawful-wording tables, test/rules/prose-activity.test.ts).
 */
const toldSources = (r: ResolvedActivity): string[] => {
  const sources = activityProse(r).sources;
  if (sources.length === 0) return [];
  const texts = activityTexts(r);
  // The sentence the words stand in: «…, but stopped in 2023» ends the practice in a comma part of its own.
  const sentence = (f: { pointer: string; at: number; words: string }): string => {
    const text = texts.find((t) => t.pointer === f.pointer)?.text ?? f.words;
    const parts = text.split(SENTENCE_END);
    let at = 0;
    for (const p of parts) {
      if (f.at < at + p.length + 1) return p;
      at += p.length + 1;
    }
    return f.words;
  };
  return sources.filter((f) => !endedPractice(sentence(f))).flatMap((f) => sourceNames(f.words).filter((n) => personDataGotOnce(f.words, n)));
};
/**
 * A practice the words say has ended («The employer used to send us the names …, but stopped in 2023», «Tidligere sendte
 * arbeidsgiveren oss navnene, men det er avviklet»: N11's review of R2, session 25, which fired on main too): no source now.
 */
const USED_TO = lazyPattern(String.raw`(?<![\p{L}])(?:used\s+to|pleide|pleidde|tidligere|tidlegare|previously|formerly|in\s+the\s+past)(?![\p{L}])`, 'iu');
const ENDED_NOW = lazyPattern(
  String.raw`(?<![\p{L}])(?:stopped|ended|discontinued|no\s+longer|sluttet|slutta|avviklet|avvikla|stoppet|stoppa|ikke\s+lenger|ikkje\s+lenger|opphørte|opphøyrde)(?![\p{L}])`,
  'iu',
);
const endedPractice = (words: string): boolean => USED_TO().test(words) && ENDED_NOW().test(words);
/**
 * A party named as the subject that sends or gives us the data, in the activity's own description («The employer sends us
 * the name and work e-mail of employees who are entitled», «Arbeidsgivaren sender oss namn og e-post», «Skulen gir oss
 * klasselista»: variants-trening TR13; R2, session 25): the subject's words, matched to a recorded source by namesSource. Not
 * the person («Medlemmet sender oss …», THE_PERSON), a denied clause, nor one that sends it on to the person.
 */
const SENDS_US = lazyPattern(
  String.raw`(?:^\s*|[,;:]\s*|(?<![\p{L}])(?:og|and|men|but)\s+)(?:(?:the|our|a|an|vår|vårt|den|det)\s+)?([\p{L}-]+(?:['’]s)?(?:\s+[\p{L}-]+)?)\s+(?:(?:also|også|òg|then|så|deretter)\s+)?(?:sends?|gives?|passes|forwards|submits|provides|sender|gir|gjev|leverer|leverar|oversender|oversendar)\s+(?:(?:us|oss|til\s+oss|to\s+us)(?![\p{L}])|(?:[\p{L}-]+\s+){1,6}?(?:to\s+us|til\s+oss)(?![\p{L}]))`,
  'giu',
);
const mayHandUs = prefilter(SENDS_US);
/** Data about people after the verb: names, e-mail, addresses, lists, phone numbers, details or information about someone. */
const PERSON_DATA = lazyPattern(
  String.raw`(?<![\p{L}])(?:names?|navn(?:et|a|ene)?|namn(?:et|a)?|e-?post\p{L}*|e-?mails?|(?:list(?:e|a|en)?|lists?)\s+(?:of|over|med|with)\s+(?:(?:the|its|all|alle|dei|de)\s+)?(?:\p{L}+\s+)?(?:employees|ansatte|tilsette|staff|people|personer|personar|members|medlemmer|medlemar|names|navn|namn|deltakere|deltakarar|participants|students|elever|elevar|pupils)|\p{L}*(?:ansatt|tilsett|medlems|deltaker|deltakar|elev)list(?:e|a|en|er|ene|ane)|phone\s+numbers?|telefon\p{L}*|mobilnummer\p{L}*|opplysning\p{L}*|details|(?:information|data)\s+(?:about|on)|fødselsnummer\p{L}*|personnummer\p{L}*|fødselsdato\p{L}*|dates?\s+of\s+birth|cv|cv-?er|resumes?)(?![\p{L}])`,
  'iu',
);
const handedOverSubjects = (r: ResolvedActivity): string[] =>
  textsOf(r.activity.description).flatMap((t) =>
    !mayHandUs(t)
      ? []
      : t
          .split(SENTENCE_END)
          .filter((c) => !NEGATION.test(c) && !TO_THE_PERSON().test(c) && !endedPractice(c))
          .flatMap((c) => Array.from(c.matchAll(SENDS_US()), (m) => (PERSON_DATA().test(c.slice(m.index + m[0].length - 12)) ? [m[1]!] : [])).flat())
          .filter((subject) => !/^(?:we|vi|me|you|du|they|de|dei|it|han|hun|ho)$/iu.test(subject)),
  );
/**
 * The subject's head word (its last, without a genitive «'s») is a word of the source's name, id or controller, or one of
 * them with an ending («arbeidsgivaren», «employers»): a 5-letter stem would take «employee» for «employer».
 */
const subjectNamesSource = (subject: string, source: Source, id: string): boolean => {
  const head = subject
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .split(/\s+/u)
    .pop()!;
  if (head.length < 4) return false;
  return [...textsOf(source.name), ...textsOf(source.controller), id]
    .flatMap((t) => t.toLowerCase().split(/[^\p{L}]+/u))
    .some(
      (w) =>
        w.length >= 4 &&
        (head === w ||
          (head.startsWith(w) && head.length - w.length <= 3) ||
          (w.startsWith(head) && w.length - head.length <= 3 && !/^(?:e|ee)$/u.test(w.slice(head.length)))),
    );
};
/** Whether a source named in words is this recorded source (by its name, description or id: sourceRecorded's stems). */
const namesSource = (named: string, source: Source, id: string): boolean =>
  sourceRecorded(
    named,
    [...textsOf(source.name), ...textsOf(source.controller), id].map((t) => t.toLowerCase()),
  );

/**
 * A child's parents or guardians telling about the child (a health station's consultations, a kindergarten's
 * start-up talk): they hold parental responsibility and «rett og plikt til å ta avgjerder for barnet i personlege
 * tilhøve» (barnelova § 30 first paragraph), so what they give is collected from the data subject's side and told to them
 * as its representatives (Art. 13; Art. 8(1) too lets «the holder of parental responsibility» act for * the child) — not a third party's word (session 30: variants-helsestasjon's base, three false alarms). Only a source
 * that names parents or guardians and no one else (not next of kin, foster parents, witnesses, a neighbour), on an
 * activity whose data subjects include children.
 */
const PARENTS = lazyPattern(String.raw`(?<![\p{L}])(?:foreldr\p{L}*|forelder\p{L}*|føresett\p{L}*|foresatt\p{L}*|parents?|guardians?)(?![\p{L}])`, 'iu');
const NOT_ONLY_PARENTS = lazyPattern(
  String.raw`pårørand|pårørend|nærmast|nærmest|next of kin|relative|vitne|witness|nabo|neighbou?r|arbeidsleiar|arbeidsleder|work leader|fosterforeld|foster|besteforeld|grandparent|lærar|lærer|teacher|trenar|trener|coach|tipsar|tipser`,
  'iu',
);
const CHILDREN = lazyPattern(
  String.raw`(?<![\p{L}])(?:barn\p{L}*|born|borna|spedbarn\p{L}*|småbarn\p{L}*|elev\p{L}*|ungdom\p{L}*|children|child|infants?|babies|baby|pupils?|minors?)(?![\p{L}])`,
  'iu',
);
const parentsOfChild = (r: ResolvedActivity, source: Source): boolean =>
  source.type === 'other-person' &&
  textsOf(source.name).some((t) => PARENTS().test(t)) &&
  ![...textsOf(source.name), ...textsOf(source.description)].some((t) => NOT_ONLY_PARENTS().test(t)) &&
  r.dataSubjects.some((d) => d.value.children === true || textsOf(d.value.name).some((t) => CHILDREN().test(t)));

/** Beside a source of the person's own: a source the body itself obtains data from, which the person cannot have handed over. */
function obtainedByBody(source: Source): boolean {
  // A public register, or a publicly available source (an applicant's public profiles, the press): the body looks it
  // up itself; nobody hands it over. Another individual (next of kin, a witness, someone reporting a concern) tells
  // about the person: it is their word, not the person's.
  if (source.type === 'public-register' || source.type === 'publicly-available' || source.type === 'other-person') return true;
  if (source.type !== 'other-controller') return false;
  if ((source.law ?? []).length > 0) return true;
  if (
    [...textsOf(source.name), ...textsOf(source.description), ...textsOf(source.controller)].some((t) => CREDIT_AGENCY().test(t) || ADDRESS_SERVICE().test(t))
  )
    return true;
  return textsOf(source.description).some((t) =>
    t.split(SENTENCE_END).some((c) => HANDS_OVER().test(c) && !TO_THE_PERSON().test(c) && !BY_THE_PERSON().test(c) && !NEGATION.test(c)),
  );
}
