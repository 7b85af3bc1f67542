import {
  CLAUSE_END,
  NAMED_PARTIES,
  NEGATION,
  RECEIVING_PARTY,
  STOP_NOT_DECIMAL,
  SENTENCE_END as SENTENCE_MARK,
  TO,
  citesProvision,
  discloses,
  personActs,
  publishes,
  saidUnnegated,
  textsOf,
  thingsOnly,
  transfersOf,
  withoutMovedTasks,
} from '../check/facts.js';
import { FORM_END, FORMS, formsPattern } from '../check/company-forms.js';
import type { ReferenceData } from '../check/reference.js';
import { giverHeads } from '../check/giver-head.js';
import { placesOf } from '../check/places.js';
import { activityList } from '../check/processor-uses.js';
import { join } from '../util/pointer.js';
import { clauseFacts, RECEIVE, type ClauseFact } from '../check/clause.js';
import {
  headOfOther,
  MUNICIPALITY_NAMED,
  namedOrg,
  nationalBody,
  ownGenitive,
  otherRole,
  ownRole,
  namedAfterOurPlace,
  ownWordsOf,
  partyKind,
  firmOfRecordedTrade,
  placeNotOurs,
  staffWord,
  type PartyContext,
  supplierOfSystem,
} from '../check/parties.js';
import { regionCodes } from '../check/countries.js';
import { activityProse } from '../check/prose-activity.js';
import { unlistedDisclosure } from '../check/co-occurrence.js';
import { withoutPast } from '../check/past.js';
import { defineRule, rememberingActivities } from '../check/rule.js';
import type { RuleContext } from '../check/types.js';
import type { MessageArgs } from '../model/finding.js';
import type { Registry } from '../model/registry.js';
import type { ResolvedActivity } from '../model/resolve.js';
import { prefilter, prefilterAny } from '../util/prefilter.js';
import { lazyPattern, patternOf } from '../util/lazy-pattern.js';
import { byText } from '../util/memo.js';
import { trace } from '../util/trace.js';

/**
 * Art. 30(1)(d): recipients, or an explicit `none`; silence is not an answer. Nor is `none` when the activity lists
 * a transfer to a recipient (a catalogue recipient, not a processor) or to an international organisation: whoever
 * data is disclosed to is a recipient (Art. 4(9)), and the record contradicts itself (`none-but-transfers`).
 * The controller's own staff abroad are not such a recipient.
 *
 * Nor is `none` when a purpose's words say the data is published («publisere», «offentliggjøre», «legge ut på
 * nettsiden», «publish»): publication is disclosure «by transmission, dissemination or otherwise making available»
 * (Art. 4(2)) to everyone who reads it, so the public (the website's readers) is a category of recipients the record
 * and the notice must name (Art. 30(1)(d), 13(1)(e); a warning, `none-but-published`). Publishing statistics,
 * results or anonymous data is not publishing personal data, and a clause that denies it is not read.
 *
 * Nor, likewise, when a purpose's words say the data is handed to someone outside: «utlevere», «oversende», «gi videre»,
 * or sharing, sending or presenting it to an outside party («presentere deg for en kunde», «sende til NAV», «share with
 * partners»). Whoever receives it is a recipient (Art. 4(9)); a warning, `none-but-discloses`.
 *
 * A list is read against the record's own words (`described-recipient-missing`, a warning): a named party the description
 * or a purpose hands data to (NAMED_PARTIES) that no listed recipient, processor or joint controller names.
 *
 * The activity's own description is read the same way when no purpose says it (`described-disclosure`): «Krav som ikkje
 * blir betalte, sender vi til inkassoselskapet vårt» in the description and `recipients: none` contradict each other as
 * much as in a purpose.
 */
/**
 * The named parties a description or purpose may hand data to (facts.ts NAMED_PARTIES, the list OUTSIDE_PARTY reads
 * too), each with the words a recipient (or processor, or joint controller) that is that party is named by. A list of
 * recipients that names none of them leaves out one the record itself speaks of (`described-recipient-missing`). Generic
 * parties («partners», «third parties», «authorities») and «kommunen» (often the controller itself) are not judged: ropa
 * cannot tell which entry they are.
 */
/** Any of NAMED_PARTIES' party words. */
const ANY_PARTY = lazyPattern(NAMED_PARTIES.map(({ party }) => `(?:${party.source})`).join('|'), 'iu');
/** ANY_PARTY's words (util/prefilter.ts; two letters long at the least: the person's «GP»): a text with none names no party. */
const MAY_NAME_PARTY = prefilter(ANY_PARTY, false, 2);
/**
 * ANY_PARTY's words by each party (`prefilterAny`): the union of one clause of each let «other» through (the group's «the
 * other clinics in the group»), and the 5,000-character pattern ran on texts that name no party (#16, session 24).
 */
const MAY_NAME_ONE_PARTY = prefilterAny(ANY_PARTY);
/** Whether a text names any of NAMED_PARTIES' parties, read once per distinct text (util/memo.ts). */
const namesAnyParty = byText((t: string): boolean => MAY_NAME_PARTY(t) && MAY_NAME_ONE_PARTY(t) && ANY_PARTY().test(t));
/** The per-text gates of `missingParties`' other readings, each read once per distinct text (P7, session 20). */
const namesReporter = byText((t: string): boolean => mayNameReporter(t) && REPORTER_NAMED().test(t));
const maySayKommune = byText((t: string): boolean => MAY_SAY_KOMMUNE().test(t));
const namesSaleParty = byText((t: string): boolean => SALE_PARTY().test(t));
/** All that follows a clause's first «til»/«to»: where the party it sends something to is named. */
const TO_NAMED = lazyPattern(`${TO}\\s+(.+)$`, 'iu');
/** The person acts themself («sender selv», «sjølv», «themselves», «their own claims»): not the controller disclosing. */
const SELF_ACTS = lazyPattern(
  String.raw`(?<![\p{L}])(?:selv|sjølv|sjøl|themselves|himself|herself|yourself|their own|his own|her own|your own)(?![\p{L}])`,
  'iu',
);
/** The controller as the actor («vi», «we»). */
const WE = lazyPattern(String.raw`(?<![\p{L}])(?:vi|we)(?![\p{L}])`, 'iu');
/**
 * The clauses of a text where the controller, not the person themself, acts («Elevene sender søknaden til trafikkskolen
 * selv» is left out). Only the comma part that says someone acts themself is left out: in «Partnerne får navn og
 * e-postadresse til medlemmer som har samtykket, og sender tilbudene selv» the partners still receive the data.
 */
// Read once per distinct text (util/memo.ts), as the readings below that are of the text alone.
const byController = byText((text: string): string =>
  text
    .split(CLAUSE_END)
    .map((c) =>
      SELF_ACTS().test(c) && !WE().test(c)
        ? c
            .split(',')
            .filter((part) => !SELF_ACTS().test(part))
            .join(',')
        : c,
    )
    .filter((c) => c.trim() !== '')
    .join('. '),
);
/**
 * A check that a hand-over goes only to whom it should («sikre at legemidler og reseptopplysninger bare utleveres til den
 * som har rett til å motta dem», «kontrollere at vitnemål kun utleveres til eleven selv eller den eleven har gitt
 * fullmakt», «ensure that results are only given to the patient or a person the patient has authorised»): the purpose
 * checks who may receive, it does not hand this activity's data to anyone (variants-apotek's clean base, fullmakt: the
 * proxy's name and ID are checked, the medicine and prescription go out under another activity; N, session 17). Taken out
 * of the text up to the entitled person, so that what the same clause goes on to send («, og sende kopi til NAV») is read.
 */
const ONLY_TO_ENTITLED = lazyPattern(
  String.raw`(?<![\p{L}])(?:sikre|sikrar|sikrer|sikra|påse|påser|kontrollere|kontrollerer|kontrollera|sjekke|sjekker|sjekka|ensure|ensures|ensuring|make\s+sure|check|checks|verify|verifies)\s+(?:\p{L}+\s+)?(?:at|that)\s+[^.;:!?,]*?(?<![\p{L}])(?:bare|kun|berre|only|solely)(?![\p{L}])[^.;:!?,]*?(?:(?:som\s+har|who\s+(?:has|have)|with)\s+(?:\p{L}+\s+){0,2}?(?:rett|krav|right)\s+(?:til|to|på)(?:\s+å)?(?:\s+(?:motta|få|hente|ta\s+imot|receive|get|collect|see)\p{L}*)?(?:\s+(?:dem|det|dei|de|them|it))?|entitled(?:\s+to(?:\s+(?:receive|collect|get|see))?(?:\s+(?:them|it))?)?|(?:har\s+gitt|har\s+gjeve|has\s+given)\s+(?:\p{L}+\s+)?fullmakt|(?:fullmektig\p{L}*|authori[sz]ed\s+(?:by\s+)?(?:\p{L}+\s+){0,3}?|(?:has|have)\s+authori[sz]ed)|(?:rett|rette|riktig|riktige|right|correct)\s+(?:person\p{L}*|mottak\p{L}*|recipients?))`,
  'giu',
);
const checksEntitled = (text: string): string => text.replace(ONLY_TO_ENTITLED(), ' ');
/**
 * What a sign says and what a training teaches, not what the activity does with the data (X1, session 19; N2a's review of
 * session 18: «Skilt ved kassane: Alle som vert tekne i nasking, blir melde til politiet», «Sign at the entrance:
 * shoplifters caught in the act will be reported to the police», «Training for security guards … on how to hand a person
 * over to the police»): a sign, a poster or a notice as a heading before a colon (the sentence's first
 * words, no «og», «and» joining another subject: «Skilt og kameraovervåking: opptak utleveres til politiet» is read), or a sign that says
 * something («Skiltet ved inngangen sier at …», «A sign says that …»), with what follows to the end of the sentence; and
 * a training, a course or guidance on how or when to do something («opplæring i korleis ein melder frå til politiet»,
 * «Rettleiing for tilsette om korleis ein gir opplysningar til politiet», «training on
 * how to hand a person over to the police», «kurs om når man skal gi opplysninger til politiet»), from «how» to the end of
 * the clause. Art. 4(9) and 30(1)(d) ask who receives the data; the warning on a sign and the subject of a training are
 * neither. A course or training before a colon is not read so («Kurs: påmeldingslista blir send til kursleverandøren»
 * hands the list over), nor a routine or an instruction (what the body does).
 */
/** A sign, poster, notice or exercise as the heading of a sentence, before a colon (the sentence's first words). */
const SIGN_HEADING = lazyPattern(
  String.raw`^\s*(?:(?:the|a|an|text\s+on\s+the|teksten\s+på)\s+)?(?:\p{L}*skilt(?:et|a|er|ene|ar|ane)?|signs?|signage|oppslag(?:et|a|ene|ane)?|plakat(?:en|ar|er|ane|ene)?|posters?|warning\s+signs?)(?:\s+(?!(?:og|and|samt|eller|or)(?![\p{L}]))[\p{L}-]+){0,4}\s*:`,
  'iu',
);
/** The controller speaking again after a sign's words: «, og vi …», «and we …», «; …». */
const WE_AGAIN = String.raw`;|,?\s(?:og|and|men|but)\s+(?:vi|me|we)(?![\p{L}])`;
const SIGN_SAID_END = lazyPattern(WE_AGAIN, 'iu');
/** A sign that says, warns or tells something, with what it says to the sentence's end (or WE_AGAIN). */
const SIGN_SAYS = lazyPattern(
  String.raw`(?<![\p{L}])(?:\p{L}*skilt(?:et|a|er|ene|ar|ane)?|signs?|signage|oppslag(?:et|a|ene|ane)?|plakat(?:en|ar|er|ane|ene)?|posters?)(?:\s+[\p{L}-]+){0,5}?\s+(?:sier|seier|opplyser|informerer\s+om|varsler|varslar|advarer|åtvarar|says?|states?|warns?|tells?|reads?|informs?)(?![\p{L}])(?:(?!${WE_AGAIN})[^.!?;])*`,
  'giu',
);
const TAUGHT_HOW = lazyPattern(
  String.raw`(?<![\p{L}])(?:opplæring\p{L}*|training|trained|trains?|kurs(?:et|a|ene|ane)?|courses?|undervis\p{L}*|teach\p{L}*|taught|lær(?:er|ar|te|de)?|learns?|learnt|learned|rettleiing\p{L}*|veiledning\p{L}*|guidance|guides?)(?![\p{L}])[^.;:!?]{0,80}?(?<![\p{L}])(?:how(?:\s+to)?|when\s+to|hvordan|korleis|kordan|når\s+(?:man|ein|en|de|dei|vi|me|dere|dykk|du)\s+(?:skal|bør|kan|må))(?![\p{L}])(?:(?!\s(?:og|and|samt|men|but)\s)[^.;:!?,])*`,
  'giu',
);
/** A purpose's or description's words without what signs say and trainings teach (SIGN_HEADING, SIGN_SAYS, TAUGHT_HOW). */
const MAY_SIGN = lazyPattern(String.raw`skilt|sign|oppslag|plakat|poster|øvelse|øving|exercis|drill|simul`, 'i');
const MAY_TEACH = lazyPattern(String.raw`opplæring|train|kurs|course|undervis|teach|taught|lær|learn|rettleiing|veiledning|guid`, 'i');
/** Where a text's sentences end: after a stop, before a space. */
const SENTENCE_END = lazyPattern(String.raw`(?<=[.!?])(?=\s)`, 'u');
export const notTaught = (t: string): string => {
  const signless = MAY_SIGN().test(t)
    ? t
        .split(SENTENCE_END())
        .map((sentence) => {
          if (!SIGN_HEADING().test(sentence)) return sentence.replace(SIGN_SAYS(), ' ');
          // What the sign says ends at a semicolon or where the controller speaks again («…, og vi sender …»).
          const end = SIGN_SAID_END().exec(sentence);
          return end === null ? ' ' : ` ${sentence.slice(end.index)}`;
        })
        .join('')
    : t;
  return MAY_TEACH().test(signless) ? signless.replace(TAUGHT_HOW(), ' ') : signless;
};
/** The texts of a field, each without what signs say and trainings teach. */
const saidTexts = (v: Parameters<typeof textsOf>[0]): string[] => textsOf(v).map(notTaughtOnce);
/**
 * … and without a task moved to another body in the past (facts.ts TASK_MOVED: history, no disclosure; F12, session 22), nor
 * a practice ended or a plan turned down (src/check/past.ts: «Det ble vurdert å sende henvendelsene til Arkivverket, men
 * forslaget ble forkastet», «We used to send the customer list to a marketing agency, but stopped in 2022»; F1, session 24).
 */
const notTaughtOnce = byText((t: string) => withoutPast(withoutMovedTasks(notTaught(t))));
/** Another body of the same kind: «den nye kommunen», «en annen kommune», «another municipality». */
const ANOTHER = lazyPattern(
  String.raw`(?<![\p{L}])(?:ny|nye|nytt|annen|anna|andre|annan|other|another|new|tidligere|tidlegare|previous|former|neste|next)(?![\p{L}])`,
  'iu',
);
/** Words after which a party is where something comes from, not who the data subjects are. */
const FROM_WORD = lazyPattern(String.raw`^(?:fra|frå|from|by)$`, 'u');
/** Whether a data subjects' name names the party by its head (a word holding it), not only as a source («tilbud fra partnere»). */
const namesParty = (name: string, head: string): boolean => {
  const words = name.split(/[^\p{L}]+/u);
  return words.some((w, i) => w.includes(head) && !(i > 0 && FROM_WORD().test(words[i - 1]!)));
};
/**
 * Who owes money: arrears, debts, debt collection, payment remarks, unpaid or overdue amounts (nb, nn, en). «Gjeld» only
 * as a word of its own or in «fellesgjeld», «gjeldsopplysning»: «gjelder» (applies) is no debt.
 */
const DEBT = lazyPattern(
  String.raw`restanse\p{L}*|(?<![\p{L}])skyld(?:er|ar|ner\p{L}*|nar\p{L}*)(?![\p{L}])|(?<![\p{L}])(?:felles)?gjeld(?:a|en|s\p{L}*)?(?![\p{L}])|inkasso\p{L}*|betalingsanmerk\p{L}*|purring\p{L}*|ubetal\p{L}*|mislighold\p{L}*|arrears|(?<![\p{L}])debts?(?![\p{L}])|debtors?|(?<![\p{L}])(?:owed|owing|owes)(?![\p{L}])|overdue|unpaid|late payers?`,
  'iu',
);
/** A clause of the text that publishes personal data about who owes money. */
const publishesDebts = (text: string): boolean => text.split(CLAUSE_END).some((c) => DEBT().test(c) && publishes(c));
/**
 * The private parties of a sale, by the nouns records use: the seller and the buyer (nb, nn, en). Not judged by
 * discloses() (no outside party of its own), but where a clause sends something «til» them: «sende listen over alle som
 * meldte interesse, med ansiennitet, til borettslaget, selgeren og kjøperen» hands the applicants' data to both. A party
 * the activity's own data subjects are named by («Selgere») is left out: sending a seller their own contract is writing
 * to the person (a web shop's «kvittering til kjøperen»).
 */
// «Selger» and «kjøper» are also verbs (sells, buys): not after a subject pronoun or «som» («kunden som kjøper varen»).
const SALE_PARTY = lazyPattern(
  String.raw`(?<![\p{L}])(?<!(?<![\p{L}])(?:som|du|vi|de|dei|han|hun|ho|man|en|ein|eg|jeg|dere|dykk|me)\s+)(?:selger\p{L}*|seljar\p{L}*|kjøper(?:en|ne|e)?|kjøpar(?:en|ane|ar)?|sellers?|buyers?|purchasers?)(?![\p{L}])`,
  'iu',
);
/** SALE_PARTY for `matchAll`: every party of the sale a clause names. */
const SALE_PARTIES = lazyPattern(SALE_PARTY.source, 'giu');
/**
 * What is sent is about others: a list, a ranking, an overview, bids, everyone who applied or showed interest (nb, nn,
 * en). Sending the seller their own settlement or the buyer their receipt is writing to the person; only a clause that
 * sends other people's data to a party of the sale is read.
 */
const OTHERS_DATA = lazyPattern(
  String.raw`(?<![\p{L}])(?:liste\p{L}*|list|lists|oversikt\p{L}*|overview|rangering\p{L}*|ranking|budjournal\p{L}*|bid log|budgiver\p{L}*|budgjevar\p{L}*|bidders|interessent\p{L}*|søkere|søkjarar|applicants|alle som|dei som|de som|everyone who|all who|those who)(?![\p{L}])`,
  'iu',
);
/** Data subjects that are the buyer or the seller under another name: customers, clients, consumers (nb, nn, en). */
const SALE_PARTY_SUBJECTS = lazyPattern(
  String.raw`kunde|kundar|customer|client|forbruker|forbrukar|consumer|oppdragsgiv|oppdragsgjev|handler|shopper|privatperson`,
  'iu',
);
const SALE_PARTY_NAMED = lazyPattern(
  String.raw`selger|seljar|kjøper|kjøpar|seller|buyer|purchaser|partene i handel|parties to the (?:sale|purchase|transaction)`,
  'iu',
);
/** A verb of sending or telling, then everything after its «til»/«to»: where the parties it goes to are named. */
const SENT_TO = lazyPattern(
  String.raw`(?<![\p{L}])(?:send\p{L}*|oversend\p{L}*|utlever\p{L}*|videresend\p{L}*|gi|gir|gis|melde|melder|meldes|forward\p{L}*|deliver\p{L}*|levere|leverer|leveres|notify|notifies|report\p{L}*)(?![\p{L}])[^.;:!?]*?(?<![\p{L}])(?:til|to)\s+(.+)$`,
  'iu',
);
/**
 * A recipient a law names though the record's words do not: a purpose that reports suspicious transactions, in words
 * («rapportere mistenkelige transaksjoner», «report suspicious transactions») or by citing the section, hands the report
 * to Økokrim: «skal rapporteringspliktige oversende opplysninger til Økokrim om forholdene» (hvitvaskingsloven § 26 first
 * paragraph; Økokrim's Financial Intelligence Unit, EFE). A list that names no such recipient leaves it out
 * (`described-recipient-missing`).
 */
const IMPLIED_PARTIES: readonly { party: string; named: RegExp; provision: { law: string; section: number }; words: RegExp }[] = [
  {
    party: 'Økokrim',
    named: /økokrim|finansiell etterretning|financial intelligence|(?<![\p{L}])efe(?![\p{L}])/iu,
    provision: { law: 'hvitvaskingsloven', section: 26 },
    words:
      /(?:rapporter\p{L}*|melde|melder|meldes|varsle\p{L}*|report\p{L}*|file)\s+(?:\p{L}+\s+){0,2}?(?:mistenkelig\p{L}*|suspicious)\s+(?:transaksjon\p{L}*|transactions?|forhold|activit(?:y|ies))|suspicious (?:transaction|activity) reports?|hvitvaskingsrapport\p{L}*/iu,
  },
  {
    // Pay, fees and tax deductions reported in the a-melding go to the reception centre Skattedirektoratet sets
    // (a-opplysningsloven § 5; § 6: Skattedirektoratet is controller), for Skatteetaten, NAV and SSB (§ 1: «gi offentlige
    // etater tilgang»). Only reporting INTO the a-melding is read: fetching income data FROM a-ordningen (NAV, a
    // municipality's means test) is a source, not a disclosure. A listed category of public authorities names it (Art.
    // 13(1)(e): categories of recipients).
    party: 'Skatteetaten (a-ordningen)',
    named:
      /skatt|(?<![\p{L}])nav(?![\p{L}])|arbeids- og velferd|statistisk sentralbyrå|(?<![\p{L}])ssb(?![\p{L}])|a-ordning|(?<![\p{L}])tax|labour and welfare|statistics norway|myndighet|styresmakt|offentlege? etat|offentlige etat|public authorit|public bodies/iu,
    provision: { law: 'a-opplysningsloven', section: 5 },
    words:
      /(?<![\p{L}])(?:rapporter\p{L}*|innrapporter\p{L}*|sende|sender|sendes|sendt|senda|send|sends|sent|levere|leverer|leveres|levert|report\p{L}*|submit\p{L}*|file|files|filed)(?![\p{L}])(?:\s+[\p{L}\d-]+){0,5}?\s+(?:i|via|gjennom|through|in|på|til|to|into|with)\s+(?:den\s+|the\s+|månadlege\s+|månedlige\s+|monthly\s+)?a-?(?:melding|ordning)\p{L}*(?![\p{L}])|(?<![\p{L}])(?:innrapportering\p{L}*|rapportering\p{L}*|reporting)\s+(?:\p{L}+\s+){0,4}?(?:i|via|gjennom|through|in|på|til|to)\s+(?:den\s+|the\s+)?a-?(?:melding|ordning)\p{L}*(?![\p{L}])/iu,
  },
];

/**
 * A clause about suspicious transactions where the controller does not report them to an authority (W1 false-alarm review,
 * 2026-11-30): it alerts the customer («varsle kunden ved mistenkelige transaksjoner på kortet», «alert customers to …»),
 * the customer or someone else reports them to the controller («kunden kan melde …», «customers report … to us»), or the
 * controller checks that others report them («kontrollere at foretakene rapporterer …»: a supervisor).
 */
const NOT_CONTROLLER_REPORTS = lazyPattern(
  String.raw`(?<![\p{L}])(?:arbeidsgiv\p{L}*|arbeidsgjev\p{L}*|employers?)\s+(?:\p{L}+\s+){0,3}?(?:rapporter\p{L}*|innrapporter\p{L}*|report\p{L}*|send\p{L}*|lever\p{L}*)(?![\p{L}])|(?<![\p{L}])(?:varsle\p{L}*|melde|notify|alert)\s+(?:kunden|kundene|kundane|deg|dykk|dere|medlemmet|medlemmene|customers?|you|members?|cardholders?)(?![\p{L}])|(?<![\p{L}])(?:kunden|kundene|kundane|du|dere|customers?|you|members?|cardholders?|brukeren|brukerne|users?)\s+(?:\p{L}+\s+){0,3}?(?:melde\p{L}*|rapporter\p{L}*|report\p{L}*|varsle\p{L}*|file)(?![\p{L}])|(?<![\p{L}])(?:til oss|to us|til banken|to the bank)(?![\p{L}])|(?<![\p{L}])(?:kontroller\p{L}*|påse|sjekke|føre tilsyn med|check|checking|supervis\p{L}*|verify)\s+(?:\p{L}+\s+){0,2}?(?:at|om|that|whether)\s`,
  'iu',
);
/**
 * Data handed to a party named by its proper name: a hand-over verb, at most six words, then «til»/«to» and a name that
 * starts with a capital letter («Forbundet sender navn, fødselsdato og lisensperiode til Gjensidige», «Uttakslister og
 * testresultater sendes til Olympiatoppen»; H12D, variants-idrett ID15, ID28). The name is one to four capitalised words
 * («Antidoping Norge», «Norges idrettshøgskole» counts from its first word). Case matters: a common noun after «til» is
 * left to NAMED_PARTIES. Sharing «med»/«with» such a name reads the same (group 2), and a unit of it may come first («deles
 * med integritetsenheten i Norges idrettsforbund», «shared with the integrity unit of the Football Association»:
 * variants-spill SP65; L, session 14). Claims handed over («Krav under 5 000 kroner overlates til Fjordinkasso AS»: variants-avfall
 * AV15) read as sent. A company named with its legal form («Nordisk Match AB», «Fjordinkasso AS», «Acme Ltd») is a party
 * after a longer account of what is sent (up to 24 words: «we send a hash of the phone number and e-mail address and the
 * ban reason code to Nordisk Match AB»: variants-dating DT41; F, session 16; group 3).
 */
const HANDED_TO_NAME = lazyPattern(
  String.raw`(?<![\p{L}])(?:overlate|overlater|overlates|overlatast|overlatt|overlot|sende|sender|sendes|sendt|oversende|oversender|oversendes|utlevere|utleverer|utleveres|utlevert|overføre|overfører|overføres|overført|levere|leverer|leveres|rapportere|rapporterer|rapporteres|innrapportere|innrapporterer|innrapporteres|send|sends|sent|disclose|discloses|disclosed|transfer|transfers|transferred|report|reports|reported|selges|selgast|seljast|solgt|selde|overdra|overdrar|overdras|overdrast|overdratt|overdregne|overdrege|oversendes|videresende|videresender|videresendes|videresendt|forward|forwards|forwarded|sold|assigned|(?:gi|gir|gis|gitt|gje|gjev|gjeve|gjevne|gjevast)\s+(?:[^\s.;:!?]+\s+){0,3}?(?:videre|vidare))(?![\p{L}])(?:\s+[^\s.;:!?]+){0,6}?\s+(?:til|to)\s+(?:\p{Ll}*(?:selskap(?:et)?|firma(?:et)?|byrå(?:et)?|butikk(?:en)?|company|agency|firm)\s+)?(\p{Lu}[\p{L}\d-]+(?:\s+\p{Lu}[\p{L}\d-]+){0,3})|(?<![\p{L}])(?:dele|deler|deles|delast|delt|share|shares|shared)(?![\p{L}])(?:\s+[^\s.;:!?]+){0,6}?\s+(?:med|with)\s+(?:(?:the\s+)?[\p{Ll}-]+\s+(?:i|hos|ved|in|of|at)\s+(?:the\s+)?)?(\p{Lu}[\p{L}\d-]+(?:\s+\p{Lu}[\p{L}\d-]+){0,3})|(?<![\p{L}])(?:sende|sender|sendes|sendt|oversende|oversender|oversendes|utlevere|utleverer|utleveres|utlevert|overføre|overfører|overføres|overført|send|sends|sent|disclose|discloses|disclosed|transfer|transfers|transferred|dele|deler|deles|delast|delt|share|shares|shared)(?![\p{L}])(?=[^.;:!?]*?(?<![\p{L}])(?:opplysning\p{L}*|personopplysning\p{L}*|\p{L}*data|navn|namn|names?|\p{L}*nummer\p{L}*|numbers?|\p{L}*adresse\p{L}*|address\p{L}*|e-?post\p{L}*|e-?mail\p{L}*|hash\p{L}*|\p{L}*list(?:e|a|en|er|ene|s)?|\p{L}*rapport\p{L}*|reports?|records?|profil\p{L}*|profiles?|cv|bilde\p{L}*|bilete\p{L}*|images?|photos?|video\p{L}*|opptak\p{L}*|recordings?|logg\p{L}*|logs?|reason\p{L}*|grunn(?:en|ar|er)?|sak(?:en|er|ene)?|cases?|krav(?:et|a|ene)?|claims?)(?![\p{L}]))(?:\s+[^\s.;:!?]+){7,24}?\s+(?:til|to|med|with)\s+(\p{Lu}[\p{L}\d&-]+(?:\s+\p{Lu}[\p{L}\d&-]+){0,3}\s+${formsPattern(FORMS.sentTo)})(?![\p{L}])|(?<![\p{L}])(?!(?:Alle|All|Kvar|Hver|Hvert|Every|Each|De|Dei|Dere|Dykk|The|Våre|Vår|Vårt|Our|Nye|New|Andre|Other|Dine|Your|Disse|Desse|These|Those)\s)(\p{Lu}[\p{L}\d&-]+(?:\s+\p{Lu}[\p{L}\d&-]+){0,2}\s+${formsPattern(FORMS.sentTo)}|\p{Lu}[\p{L}\d&-]+(?:\s+\p{Lu}[\p{L}\d&-]+){1,3})\s+(?:får|fær|mottar|mottek|receives?|gets?)\s+(?:(?:også|òg|also)\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:\p{L}*opplysning\p{L}*|\p{L}*data|navn|namn|names?|\p{L}*list(?:e|a|en|er|ene|s)?|\p{L}*oversikt\p{L}*|\p{L}*adress\p{L}*|kopi\p{L}*|cop(?:y|ies)|tilgang|access|details)(?![\p{L}])(?![^.;:!?]*?(?<![\p{L}])(?:fra|frå|from)\s+(?!(?:oss|us|meg|me)(?![\p{L}]))\p{L})|(?<![\p{L}])(?:oversendes|oversendast|overlates|overlatast|overdras|overdrast)\s+(\p{Lu}[\p{L}\d&-]+(?:\s+\p{Lu}[\p{L}\d&-]+){0,3})(?=\s+(?:for|til|som|to|for)\s)|(?<![\p{L}])(?:overtar|overtek|overtok|tek\s+over|tar\s+over|takes\s+over)\s+(\p{Lu}[\p{L}\d&-]+(?:\s+\p{Lu}[\p{L}\d&-]+){0,3})\s+(?:kravet|krava|kravene|kravane|fordringen|fordringa|saka|saken|sakene|sakene|the\s+claims?|the\s+debts?)(?![\p{L}])`,
  'u',
);
/**
 * A party by its proper name right after the verb, and then what is sent in lower case (double object: «Forbundet sender
 * Antidoping Norge landslagstroppen med samlingsplanene»; H12D, variants-idrett ID32).
 */
const DOUBLE_OBJECT_NAME = lazyPattern(
  String.raw`(?<![\p{L}])(?:sende|sender|oversende|oversender|send|sends)\s+(\p{Lu}[\p{L}\d-]+(?:\s+\p{Lu}[\p{L}\d-]+){0,3})\s+(?!(?:til|to|med|via|with|by|på|om|fra|from|ved|i|av|hver|hvert|kvar|etter|når|dersom|før|innen|og|eller|som|der|of|every|each|when|if|before|after|on|at|in|for|and|or|that|which)(?![\p{L}]))\p{Ll}`,
  'u',
);
/** What HANDED_TO_NAME and DOUBLE_OBJECT_NAME hold wherever they match, tested first (cheap). */
const TO_NAME = lazyPattern(
  String.raw`\s(?:til|to|med|with)\s+(?:(?:the\s+)?[\p{Ll}-]+\s+(?:i|hos|ved|in|of|at)\s+(?:the\s+)?|\p{Ll}*(?:selskap(?:et)?|firma(?:et)?|byrå(?:et)?|butikk(?:en)?|company|agency|firm)\s+)?\p{Lu}|\p{Lu}[\p{L}\d&-]*\s+(?:[^\s.;:!?]+\s+){0,3}?(?:får|fær|mottar|mottek|receives?|gets?)\s|(?:oversendes|oversendast|overlates|overlatast|overdras|overdrast|overtar|overtek|overtok|over|takes\s+over)\s+\p{Lu}`,
  'u',
);
const SEND_NAME = lazyPattern(String.raw`send(?:e|er|s)?\s+\p{Lu}`, 'u');
/** The proper name a text hands data to, or that receives or takes it over (HANDED_TO_NAME; test/rules/s23-g1-words.test.ts). */
export const handedToName = (t: string): string | undefined =>
  mayNameParty(t)
    ? (HANDED_TO_NAME()
        .exec(t)
        ?.slice(1)
        .find((g) => g !== undefined) ?? undefined)
    : undefined;
/**
 * Whether a clause of `text` can hand data to a party by its proper name: each clause is a piece of the text cut at
 * punctuation, and neither expression reads across punctuation, so a text neither matches has no such clause.
 */
const mayNameParty = byText(
  (text: string): boolean => (TO_NAME().test(text) && HANDED_TO_NAME().test(text)) || (SEND_NAME().test(text) && DOUBLE_OBJECT_NAME().test(text)),
);
/**
 * A country, region or the controller's own unit, not a party («overføres til USA», «sent to HR», «reported to Finance»):
 * a transfer is judged by the transfer rules, a unit of the controller is no recipient.
 */
const PLACE_OR_UNIT = lazyPattern(
  String.raw`^(?:Norge|Noreg|Norway|Sverige|Sweden|Danmark|Denmark|Finland|Island|Iceland|Tyskland|Germany|Irland|Ireland|Nederland|Netherlands|Frankrike|France|Sveits|Switzerland|Storbritannia|Britain|England|UK|USA|US|Canada|Kina|China|India|Japan|EU|EØS|EEA|Europa|Europe|HR|IT|Finance|Payroll|Legal|Compliance|Management|Procurement|Accounts|Økonomi|Lønn|Personal)$`,
  'u',
);
/**
 * The body's own unit, organ or role, in words only of such (W1 false-alarm review, 2026-11-30): «sendes til
 * Personalavdelingen», «Styret», «Rektor», «Personvernombudet», «Redaksjonen», «Human Resources», «Internal Audit», «Head
 * Office», «Senior Management», «Council members», roles of its own staff and bodies («Personalsjefen», «Daglig leder», «Verneombudet», «AMU»,
 * «Helsesykepleieren», «Line Manager», «Head of Department», «Registrar»); and the person addressed («sendes til Deg») or
 * who sent it in («Svaret sendes til Innsender»). A complaints board named bare («Klagen sendes til Klagenemnda») is the
 * body's own (a municipality's «særskilte klagenemnder», forvaltningsloven § 28 second paragraph; a university's «nemnd for studentsaker», universitets- og høyskoleloven § 14-1);
 * one named with what it is for («Klagenemnda for offentlige anskaffelser») is another body (H12F, the rest of
 * W1's review, 2026-11-30). A unit of the controller is no recipient (Art. 4(9)). Every word of the
 * name must be one («Norwegian Board of Health Supervision» is a party); outside ombudsmen («Barneombudet»), «Statsforvalteren»
 * and boards of other bodies («Fylkesnemnda») are not such words.
 */
const OWN_UNIT_WORD = lazyPattern(
  String.raw`^(?:\p{L}*avdeling\p{L}*|\p{L}*seksjon(?:en)?|\p{L}*enhet(?:en)?|\p{L}*eining(?:a)?|(?:hoved|lands|sentral|forbunds|klubb|lags)?styret|menighetsrådet|soknerådet|kyrkjelydsrådet|ledelsen|leiinga|\p{L}*ledergrupp\p{L}*|\p{L}*leiargrupp\p{L}*|redaksjon(?:en)?|sekretariatet|administrasjonen|årsmøtet|rektor(?:en)?|personvernomb(?:ud|od)(?:et)?|kommunedirektør(?:en)?|rådmann(?:en)?|kundeservice|kundesenter(?:et)?|human|resources|internal|audit|customer|services?|student|head|office|senior|management|council|board|committee|group|compliance|finance|payroll|legal|accounts|payable|receivable|security|risk|executive|team|department|support|helpdesk|operations|procurement|communications|quality|data|protection|officer|dpo|it|ikt|hr|deg|dykk|dere|you|(?:avdelings|einings|enhets|seksjons|styre|prosjekt|fag|team|skole|skule)?(?:leder|leiar)(?:en)?|(?:personal|økonomi|hr-|lønns|it-|avdelings|seksjons|kontor)sjef(?:en)?|daglig|dagleg|nærmeste|næraste|(?:hoved|hovud)?verneomb(?:ud|od)(?:et)?|amu|arbeidsmiljøutval(?:g)?(?:et)?|helsesykepleier(?:en|ne)?|helsesjukepleiar(?:en|ane)?|kirkeverge(?:n)?|kyrkjeverje(?:a|n)?|line|manager|principal|dean|registrar|safeguarding|lead|directors|head|of|klagenemnd(?:a|en)?|klagenemnda|innsender(?:en)?|innsendar(?:en)?|avsender(?:en)?|avsendar(?:en)?)$`,
  'iu',
);
/**
 * A unit named with the controller it belongs to («til Fiskeovervakingssentralen i Fiskeridirektoratet», «til
 * Kontrollsenteret hos oss», «to the Monitoring Centre of the Directorate» in the Directorate's record): the controller's
 * own unit, whatever its name (B7, variants-fiskeri's clean base). Another body's unit («Kontrollsenteret i Statens
 * vegvesen» in another's record) is a party.
 */
const UNIT_OF = lazyPattern(
  String.raw`^\s*(?:\([^)]{0,40}\))?\s+(?:i|ved|hos|innan|innanfor|innenfor|under|in|at|within|of)\s+(?:the\s+)?(\p{L}[\p{L}-]*)`,
  'iu',
);
const OURS = lazyPattern(String.raw`^(?:oss|vår|vårt|våre|us|our)$`, 'iu');
function unitOfController(after: string, clause: string, isController: IsController): boolean {
  const m = UNIT_OF().exec(after);
  return m !== null && (OURS().test(m[1]!) || isController(m[1]!, clause));
}
/** A receiver's phrase that names the controller it belongs to («Helse- og omsorgstenesta i Solvik kommune» in its record). */
const unitOfOwn = (party: string, clause: string, isController: IsController): boolean => {
  const at = party.search(/\s(?:i|ved|hos|in|at|of|within)\s/iu);
  // Not a party ours only by a place our name shares («a private translation agency in Vesterfjord»: check/parties.ts).
  return at > 0 && unitOfController(party.slice(at), clause, isController) && !placeNotOurs(party.slice(0, at), party.slice(at), isController.orgName ?? '');
};
/** Every word of the name is the controller's own unit, organ or role. */
const ownUnit = (name: string): boolean => name.split(/\s+/).every((w) => OWN_UNIT_WORD().test(w));
/**
 * A unit word, then only words of the controller's own name or of a part of its area («Avdeling Nordvik», «Eining Nordvik
 * Sør», «Klinikk Vestfjord Nord», «Division Vestfjord North», «Avdeling Nord» in Nordvik kommune's, Helse Vestfjord HF's,
 * Vestfjord Savings Bank's records: F1, session 40): the controller's own unit, as ownUnit's words alone are. Another body
 * named after our place keeps a word of its own («NHO Nordvik», «Legevakt Nordvik AS»).
 */
const UNIT_HEAD = lazyPattern(
  String.raw`^(?:\p{L}*avdeling\p{L}*|\p{L}*seksjon(?:en)?|\p{L}*enhet(?:en)?|\p{L}*eining(?:a)?|klinikk(?:en)?|divisjon(?:en)?|division|department|section|unit)$`,
  'iu',
);
const AREA_PART = lazyPattern(
  String.raw`^(?:nord|sør|sor|øst|aust|vest|midt|sentrum|senter|sentral|indre|ytre|north|south|east|west|central|inner|outer)$`,
  'iu',
);
const ownUnitOfPlace = (name: string, orgName: string | undefined): boolean => {
  const [head, ...rest] = name.split(/\s+/);
  const ours = new Set((orgName ?? '').split(/\s+/));
  return rest.length > 0 && UNIT_HEAD().test(head!) && rest.every((w) => AREA_PART().test(w) || ours.has(w.toLowerCase()));
};
/**
 * A school named by only the municipality's own name's words or a part of its area, in a municipality's record («The head
 * teacher at Vestfjord School gets the absence list» in Vestfjord Municipality's): its own school, as «Vestfjord skole» in
 * lower case is read (F2, session 41). «Vestfjord Montessori School» keeps a word of its own.
 */
const SCHOOL_TAIL = lazyPattern(String.raw`^(?:school|skole|skule|barneskole|barneskule|ungdomsskole|ungdomsskule)$`, 'iu');
const ownSchoolOfPlace = (name: string, orgName: string | undefined): boolean => {
  const words = name.split(/\s+/);
  const ours = new Set((orgName ?? '').toLowerCase().split(/\s+/));
  return (
    words.length > 1 &&
    MUNICIPALITY_NAMED().test(orgName ?? '') &&
    SCHOOL_TAIL().test(words[words.length - 1]!) &&
    words.slice(0, -1).every((w) => AREA_PART().test(w) || ours.has(w.toLowerCase()))
  );
};
/**
 * National delivery channels: the person's digital mailbox (Digipost, e-Boks), the public portals (Altinn, Helsenorge) and
 * KS' forwarding service (SvarUt, eFormidling). Data sent «til Digipost» goes to the person; through Altinn to the
 * authority the record names; a channel is no party of its own (W1 false-alarm review, 2026-11-30). So are the payer's
 * invoice and payment channels («Fakturaen sendes til Vipps/EHF», eFaktura, AvtaleGiro): the invoice goes to the payer.
 */
const CHANNEL = lazyPattern(
  String.raw`^(?:digipost|e-?boks|altinn|helsenorge|svarut|eformidling|kostra|a-ordningen|peppol|ehf|vipps|e-?faktura|avtalegiro|sikkerdigitalpost|teams|slack|sharepoint|onedrive|workplace)$`,
  'iu',
);
/** Every channel of a name that joins several by «/» («Vipps/EHF», «eFaktura/Digipost»). */
const channels = (first: string): boolean => first.split('/').every((w) => CHANNEL().test(w) || CHANNEL().test(w.split('-')[0]!));
/** Every country's name in nb, nn and en (Intl region names): a country is no party («overføres til Polen»). */
const isCountry = (name: string): boolean => regionCodes().has(name.toLowerCase());
/**
 * A double object that is none (W1 false-alarm review, 2026-11-30): the clause goes on to whom it is sent («We send
 * Christmas cards to members»), or the «name» is a compound with a lower-case head («Vi sender SMS-varsler ved strømbrudd»,
 * «A-melding», «PDF-kopi»: a thing sent).
 */
const notDoubleObject = (name: string, rest: string): boolean => /(?:^|\s)(?:til|to)\s/iu.test(rest) || /-\p{Ll}[\p{L}]*$/u.test(name);
/** A message, not a party: «sender SMS til …», «sender E-post». */
const MESSAGE_WORD = lazyPattern(String.raw`^(?:sms|mms|e-?post|e-?mail|epost)$`, 'iu');
/**
 * Counts or statistics handed over («rapportere medlemstall til NIF», «report statistics to Eurostat»): no personal data named.
 * Nynorsk «tal» bare or in a compound of who is counted («rapporterer tala til Utdanningsdirektoratet», «elevtal»:
 * variants-ppt's clean base, B19, session 20), and bokmål «tallene», «talla»; not any word ending in «-tal» («digital»,
 * «hospital»).
 */
const COUNTS = lazyPattern(
  String.raw`\p{L}*tall(?:ene|a)?(?![\p{L}])|(?<![\p{L}])(?:tala|talla|talet|(?:elev|medlems|deltakar|brukar|pasient|søkjar|besøks|kunde|søknads|innbyggar|tilsett|saks|barne)tal(?:a|la|et)?)(?![\p{L}])|statistikk\p{L}*|antall|anonym\p{L}*|aggreg\p{L}*|(?:uten|utan) (?:navn|namn)|statistics|numbers|counts|figures|without names`,
  'iu',
);
/** Small words left out of an acronym («Direktoratet for samfunnssikkerhet og beredskap» is DSB). */
const ACRONYM_SKIP = new Set(['for', 'og', 'i', 'av', 'til', 'of', 'and', 'the', 'in', 'on', 'med']);
/**
 * A name in capitals («DSB», «IKA») that is the initials of a listed name: «DSB» for «Direktoratet for samfunnssikkerhet
 * og beredskap» (variants-brann).
 */
const acronymOf = (name: string, known: string): boolean => {
  if (!/^\p{Lu}{2,6}$/u.test(name)) return false;
  const want = name.toLowerCase();
  return known.split('|').some((entry) => {
    const initials = entry
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length > 0 && !ACRONYM_SKIP.has(w))
      .map((w) => w[0])
      .join('');
    return initials.includes(want);
  });
};
/**
 * A listed short name the named phrase spells out (W1 false-alarm review, 2026-11-30): a recipient listed as «SSB», «Udir»,
 * «NIF» or «REK» is the one the text names in full («sendes til Statistisk sentralbyrå», «rapporteres til
 * Utdanningsdirektoratet», «Norges idrettsforbund»). Short names are listed entries of one word of two to six letters, or
 * such a word in brackets («Statistisk sentralbyrå (SSB)»); the phrase (up to six words, to the first punctuation) must
 * start with its first letter and hold its letters in order.
 */
const spelledOut = (phrase: string, known: string): boolean => {
  const letters = phrase
    .split(/[,.;:!?()]/u)[0]!
    .split(/\s+/u)
    .slice(0, 6)
    .join('')
    .toLowerCase();
  const shorts = known.split(' | ').flatMap((entry) => {
    const e = entry.trim();
    return [...(/^\p{L}{2,6}$/u.test(e) ? [e] : []), ...[...e.matchAll(/\((\p{L}{2,6})\)/gu)].map((x) => x[1]!)];
  });
  return shorts.some((abbr) => {
    if (letters[0] !== abbr[0]) return false;
    let at = 0;
    for (const ch of abbr) {
      at = letters.indexOf(ch, at) + 1;
      if (at === 0) return false;
    }
    return true;
  });
};
/**
 * Referring a patient to another health provider («refer patients to specialists», «sende henvisning til spesialist»,
 * «tilvise pasienten til sjukehus», «we send a referral») hands the referral's health data to that provider: the
 * provider it goes to is a recipient (GDPR Art. 4(9), 30(1)(d); helsepersonelloven § 25 as amended from 1 July 2026, on
 * making data available to the health personnel who give the patient care). «Henvise til» a law or a document («henviser
 * til § 5») is no referral: the words must name the patient or the referral itself.
 */
const REFERS = lazyPattern(
  String.raw`(?<![\p{L}])(?:send\p{L}*|skriv\p{L}*|write|writes|writing)\s+(?:(?:vi|we|de|dei|legen|tannlegen)\s+)?(?:a\s+|an\s+|en\s+|ei\s+|eit\s+)?(?:referral|henvisning|tilvising|tilvisning)(?![\p{L}])|(?<![\p{L}])(?:henvise|henviser|henvises|tilvise|tilviser|tilvisast|refer|refers|referred|referring)\s+(?:\p{L}+\s+){0,1}?(?:pasient\p{L}*|patients?|brukar\p{L}*|bruker\p{L}*|barnet|barn|them|him|her)\s+(?:videre\s+)?(?:til|to)(?![\p{L}])`,
  'iu',
);

/**
 * Who made a report, a tip or a complaint, by the nouns and relative clauses records use (nb, nn, en): «den som har tipsa»,
 * «varsleren», «klagaren», «the tipster», «the person who reported».
 */
const REPORTER = String.raw`(?:(?:den|dei|de|the\s+person|the\s+people|those|anyone)\s+(?:som|who)\s+(?:har\s+|hadde\s+|has\s+|have\s+|had\s+)?(?:tipsa|tipset|tipsar|tipser|varsla|varslet|varslar|varsler|meldt|melde|melda|meldar|melder|klaga|klaget|klagar|klager|rapportert|rapporterer|tipped|reported|reports|complained|complains|blew\s+the\s+whistle|made\s+the\s+(?:report|complaint))|tipsar(?:en|ane|ar)?|tipser(?:en|ne|e)?|varslar(?:en|ane|ar)?|varsler(?:en|ne|e)?|melder(?:en|ne)|meldar(?:en|ane)|klager(?:en|ne)|klagar(?:en|ane)|tipsters?|whistle-?blowers?|informants?|complainants?)`;
/**
 * The reporter's identity: their name or identity («namnet på den som har tipsa», «identiteten til varsleren», «the
 * tipster's name», «the name of the complainant»), or who they are («kven som har tipsa», «who made the report»).
 */
const REPORTER_NAMED = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:namnet|navnet|identiteten|name|identity|contact\s+details|kontaktopplysningane|kontaktopplysningene)\s+(?:på|til|of|åt)\s+(?:the\s+)?${REPORTER}|${REPORTER}(?:s|['’]s|['’])\s+(?:name|identity|namn|navn|contact\s+details)|(?:kven|hvem|who)\s+(?:som\s+)?(?:har\s+|has\s+|have\s+)?(?:tipsa|tipset|varsla|varslet|klaga|klaget|tipped|complained|blew\s+the\s+whistle|sent\s+the\s+tip|made\s+the\s+(?:report|complaint)))(?![\p{L}])`,
  'iu',
);
/** REPORTER_NAMED's words by each of its ways (namesReporter: it ran on every text, #16, session 24). */
const mayNameReporter = prefilterAny(REPORTER_NAMED);
/** The reporter's identity leaves the body: a letter it is in is sent, or it is given or told («går fram av varselet som vi sender til …»). */
const GOES_OUT = lazyPattern(
  String.raw`(?<![\p{L}])(?:går\s+fram|går\s+frem|framgår|fremgår|kjem\s+fram|kommer\s+fram|står|send\p{L}*|sent|oppgi\p{L}*|oppgje\p{L}*|gi|gir|gis|gitt|gje|gjev|gjeve|fortel\p{L}*|utlever\p{L}*|vite|vete|opplyst|shown|appears?|stated|given|gives|give|passed|disclosed|told|tell|tells|learns?|know|knows|revealed|reveals?|included)(?![\p{L}])`,
  'iu',
);
/** Whom it goes to: what follows «til», «to» (up to four words), or the subject of «får vite», «is told». */
const TO_WHOM = lazyPattern(String.raw`(?<![\p{L}])(?:til|to)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)`, 'giu');
const LEARNS = lazyPattern(
  String.raw`^\s*(?:(?:the|den|dei|de)\s+)?([\p{L}-]+)\s+(?:(?:får|fær)\s+(?:vite|vete|opplyst|oppgitt)|(?:is|are)\s+(?:told|given)|learns?|gets?\s+to\s+know)(?![\p{L}])`,
  'iu',
);
const REPORTER_WORD = lazyPattern(`^${REPORTER}$`, 'iu');
/** The reporter kept from it: «utan namn», «without the name», «anonymisert», «anonymt», «sladda», «redacted» (N2b's review). */
const KEPT_FROM = lazyPattern(
  String.raw`(?<![\p{L}])(?:uten|utan|without|anonym\p{L}*|sladd\p{L}*|maskert\p{L}*|redact\p{L}*|blacked\s+out|skjerm\p{L}*|shield\p{L}*|konfidensiel\p{L}*|confidential\p{L}*|hemmeleg\p{L}*|hemmelig\p{L}*|secret)(?![\p{L}])`,
  'iu',
);
/** The person the report is about, in words: «den det gjeld», «den saka gjeld», «den det er tipsa om», «the person concerned». */
const REPORTED = lazyPattern(
  String.raw`^(?:(?:den|dei|de|the)\s+)?(?:(?:som\s+)?(?:saka|saken|tipset|klaga|klagen|varselet|meldinga|meldingen|det)\s+(?:gjeld|gjelder|er\s+(?:tipsa|tipset|varsla|varslet|meldt|klaga|klaget)\s+om)|person\s+(?:concerned|reported|complained\s+about|the\s+report\s+concerns))`,
  'iu',
);
/** Staff: the body's own people, no recipient. */
const STAFF_WORD = lazyPattern(
  String.raw`^(?:saksbehandl|sakshandsam|tilsett|ansatt|medarbeid|inspekt|caseworker|case\s+officer|employee|staff|officer|leiar|leder|manager)`,
  'iu',
);
/**
 * Whom a clause tells who made a report: a group of the activity's own people other than the reporters and the staff (the
 * animal keeper a tip is about, «varselet om tilsyn som vi sender til dyrehaldaren»), or the person the report is about
 * in words. A reporter's identity told to the one reported on is a disclosure to them (Art. 4(9)), whatever the list
 * says; forvaltningsloven § 13 first paragraph no. 1 keeps it confidential (variants-mattilsyn MT50; F, session 18). Not
 * where the clause denies it or keeps it back («går ikkje fram», «utan namnet på tipsaren», «anonymisert»), nor to the
 * reporter themself.
 */
export function reporterToldTo(text: string, isPeople: (word: string) => boolean): string | undefined {
  // Each coordinated clause alone («Identiteten til varsleren er bare kjent for utvalget, og vi sender ei oppsummering til
  // den det er varsla om»: what is sent is the summary, not the identity).
  for (const c of text.split(COORDINATED())) {
    const who = toldIn(c, isPeople);
    if (who !== undefined) return who;
  }
  return undefined;
}
const COORDINATED = lazyPattern(String.raw`,\s*(?:og|and|men|but|samt|while)\s|\s(?:og|and|men|but)\s+(?=(?:vi|me|we|de|dei|they)\s)`, 'iu');
function toldIn(clause: string, isPeople: (word: string) => boolean): string | undefined {
  if (!REPORTER_NAMED().test(clause) || !GOES_OUT().test(clause) || NEGATION.test(clause) || KEPT_FROM().test(clause)) return undefined;
  const target = (words: string): string | undefined => {
    if (REPORTED().test(words)) return words;
    const head = words.split(/\s+/u)[0]!;
    if (REPORTER_WORD().test(head) || STAFF_WORD().test(head) || !isPeople(head)) return undefined;
    return words;
  };
  for (const m of clause.matchAll(TO_WHOM())) {
    const t = target(m[1]!.replace(/^(?:the|den|dei|de)\s+/iu, ''));
    if (t !== undefined) return t;
  }
  const learns = LEARNS().exec(clause);
  return learns === null ? undefined : target(learns[1]!);
}
/**
 * The activity's words that tell a reporter's identity to someone (reporterToldTo), clause by clause, with the party: one
 * of the activity's groups of people (its data subjects' names, by the first five letters of the head word).
 */
const CONCERNED = lazyPattern(String.raw`gjeld|concern|saka|saken|the\s+case`, 'iu');
/** Whether a list of recipients names the one a reporter's identity is told to (by its first five letters, or as the person concerned). */
const listsTold = (told: string, listed: string): boolean =>
  REPORTED().test(told) ? CONCERNED().test(listed) : listed.toLowerCase().includes(told.toLowerCase().slice(0, 5));
function reporterRevealed(r: ResolvedActivity, texts: readonly string[]): string | undefined {
  if (!texts.some(namesReporter)) return undefined;
  const groups = r.dataSubjects.filter((d) => d.value.employees !== true).flatMap((d) => textsOf(d.value.name).map((n) => n.toLowerCase()));
  const isPeople = (word: string): boolean => {
    const w = word.toLowerCase();
    return w.length >= 5 && groups.some((g) => g.split(/[^\p{L}]+/u).some((x) => x.length >= 5 && x.slice(0, 5) === w.slice(0, 5)));
  };
  for (const t of texts)
    for (const c of t.split(STOP_NOT_DECIMAL)) {
      const who = reporterToldTo(c, isPeople);
      if (who !== undefined) return who;
    }
  return undefined;
}

/** The names of the activity's data subjects, in lower case. */
const subjectNames = (r: ResolvedActivity): string[] => r.dataSubjects.flatMap((d) => textsOf(d.value.name)).map((n) => n.toLowerCase());

/** Whether a party word names the controller itself, in the words of a clause. */
type IsController = { (party: string, words: string): boolean; orgName?: string };
/** An acronym alone, or with a word of a unit («AMK-sentralen», «the AMK centre»): read against the record's own units. */
const OWN_ACRONYM_UNIT = lazyPattern(
  String.raw`^(?:the\s+)?(\p{L}{2,6})(?:-?(?:sentralen|sentral|sentralane|sentralene|tenesta|tjenesten|avdelinga|avdelingen|kontoret|seksjonen|eininga|enheten)|\s+(?:centre|center|unit|department|office))?$`,
  'iu',
);
/**
 * The controller itself by a word of its name («kommunen» in Eksempel kommune's record, «Skatteetaten» in Skatteetaten's):
 * data handed to it is collected, not disclosed (Art. 4(9): a recipient is another than the controller), as when a school
 * of the municipality reports to «kommunen». Not «den nye kommunen» or «another municipality»: another body of the same kind.
 */
function controllerOf(registry: Registry): IsController {
  const orgWords = textsOf(registry.organisation?.value.name)
    .flatMap((n) => n.toLowerCase().split(/[^\p{L}]+/u))
    .filter((w) => w.length >= 3);
  // Its short name too («sender vurderinga tilbake til HVF» in Høgskulen i Vestfjord's record, shortName HVF), in the
  // genitive as well («HVFs»): variants-hogskule's blind base, B14 session 18.
  const short = registry.organisation?.value.shortName?.toLowerCase();
  const municipal = isMunicipality(registry);
  const orgName = textsOf(registry.organisation?.value.name).join(' ').toLowerCase();
  // The acronym that opens one of the record's own units («AMK Vestvik» as a responsible unit): «AMK-sentralen», «AMK» in
  // its texts is that unit (variants-ambulanse's base, session 37), not a public body by its acronym.
  const unitAcronyms = new Set<string>();
  for (const a of registry.activities)
    for (const u of textsOf(a.value.responsibleUnit)) {
      const w = /^(\p{Lu}{2,6})(?![\p{L}])/u.exec(u.trim())?.[1];
      if (w !== undefined) unitAcronyms.add(w.toLowerCase());
    }
  return Object.assign(
    (party: string, words: string) => {
      const p = party.toLowerCase();
      const acr = OWN_ACRONYM_UNIT().exec(p);
      if (acr !== null && unitAcronyms.has(acr[1]!) && !ANOTHER().test(words)) return true;
      const own = short !== undefined && short.length >= 2 && (p === short || p === `${short}s` || p === `${short}'s`);
      // A municipality's record in English calls it «the municipality» as its Norwegian text calls it «kommunen».
      const ownMunicipality = municipal && MUNICIPALITY_EN().test(p);
      return (own || ownMunicipality || orgWords.some((w) => p.startsWith(w) && p.length - w.length <= 2)) && !ANOTHER().test(words);
    },
    { orgName },
  );
}

/**
 * The parties an activity's record names, each read once and only when a clause asks. `listed`: the recipients (name and
 * description), processors (name and service) and joint controllers (id and name); `known`: those and the systems, in
 * lower case, which a party named by its proper name is looked up in.
 */
/**
 * A processor's service without the bodies it carries messages to or is integrated with on the controller's behalf
 * («Helsenettet og meldingsutveksling med Reseptformidleren, Helfo og SYSVAK», «integration with NAV»): those bodies
 * receive the data from the controller, through the processor; the service naming them does not make them the processor
 * (variants-apotek AP18).
 */
const COUNTERPARTS = lazyPattern(
  String.raw`(?<![\p{L}])(?:meldingsutveksling|meldinger|meldingar|integrasjon\p{L}*|kommunikasjon|innrapportering|rapportering|oversending|overføring|utveksling|message exchange|messages?|messaging|integrations?|reporting|transmission|exchange)\s+(?:\p{L}+\s+){0,2}?(?:med|mot|til|with|towards|to)\s.*$`,
  'iu',
);
const ownService = (service: string): string => service.replace(COUNTERPARTS(), '');
/** What check/parties.ts reads a receiver's kind against: the activity's data subjects, its listed parties and systems, the controller. */
const partyContextOf = (r: ResolvedActivity, parties: PartyWords, isController: IsController): PartyContext => ({
  subjects: subjectNames(r),
  recorded: parties.known().split(' | '),
  ...(isController.orgName === undefined ? {} : { organisation: isController.orgName }),
  own: parties.own(),
});
/**
 * A firm named by the trade a recorded party's name has («vaktselskapet» beside the processor «Vestfold Vakt AS»: W4,
 * session 45, variants-sykehjem's cameras; check/parties.ts `firmOfRecordedTrade`).
 */
const tradeKnown = (party: string, parties: PartyWords): boolean => {
  const known = (): readonly string[] => parties.known().split(' | ');
  const one = (p: string): boolean => firmOfRecordedTrade(p.split(RECEIVER_TAIL())[0]!.trim(), known);
  if (one(party)) return true;
  // Joined with our staff, whichever comes first («Only the security company and the manager»: FR2, session 46).
  const joined = joinedParties(party);
  return joined.length > 1 && joined.some(one) && joined.every((p) => one(p) || staffWord(p.replace(/^(?:the|our|den|det)\s+/iu, '')));
};
/**
 * A listed recipient that is the controller's client, the one who ordered its service (nb, nn, en): «Kunden som har
 * bestilt oppdraget», «Oppdragsgivaren», «The client»; not where the activity's own people are the customers (then
 * «kunden» is the person).
 */
const CLIENT = lazyPattern(
  String.raw`(?<![\p{L}])(?:kund(?:e|en|ar|er|ane|ene)|oppdragsgiv\p{L}*|oppdragsgjev\p{L}*|bestiller(?:en|ne)?|bestillar(?:en|ane)?|clients?|customers?)(?![\p{L}])`,
  'iu',
);
/** After a receiver, a relative clause that says it ordered or hired the controller's service (nb, nn, en). */
const ORDERED_US = lazyPattern(
  String.raw`^\s*,?\s*(?:som|who|which|that)\s+(?:har\s+|hadde\s+|has\s+|have\s+|had\s+)?(?:bestil\p{L}*|engasjer\p{L}*|leigde|leide|leigd|leid|hyr\p{L}*|ordered|commission\p{L}*|hired|engaged|booked)(?![\p{L}])`,
  'iu',
);
/**
 * The client the controller's service is done for, where the list names the client who ordered it (CLIENT): a receiver
 * named by the kind of client the activity's responsible unit is named after («Rapporten går til butikken» in the unit
 * «Butikkvakt» of a guard company that lists «Kunden som har bestilt oppdraget»: variants-vakt's base, FX, session 47), or
 * one the words say ordered or hired the service («bedrifta som bestilte vakthaldet», «the company that hired us»). The
 * client is that recipient, by its trade or by its order; a party of another kind (the police, an insurer) is not.
 */
const clientServed = (party: string, clause: string, r: ResolvedActivity): boolean => {
  const recipients = Array.isArray(r.recipients) ? r.recipients : [];
  if (!recipients.some((x) => x.value.type !== 'internal' && textsOf(x.value.name).some((n) => CLIENT().test(n)))) return false;
  if (r.dataSubjects.some((d) => textsOf(d.value.name).some((n) => CLIENT().test(n)))) return false;
  const at = clause.indexOf(party);
  if (at >= 0 && ORDERED_US().test(clause.slice(at + party.length))) return true;
  const head = receiverHead(party).replace(/(?:ene|ane|en|et|a|s)$/u, '');
  if (head.length < 4) return false;
  const unit = patternOf(`(?<![\\p{L}])${escaped(head)}(?:\\p{L}|\\s+\\p{L})`, 'iu');
  return textsOf(r.activity.responsibleUnit).some((u) => unit.test(u));
};
class PartyWords {
  private listedWords: string | undefined;
  private knownWords: string | undefined;
  constructor(
    private readonly r: ResolvedActivity,
    private readonly registry: Registry,
  ) {}
  listed(): string {
    if (this.listedWords !== undefined) return this.listedWords;
    const { r, registry } = this;
    const recipients = Array.isArray(r.recipients) ? r.recipients : [];
    // A listed recipient the activity also records as a source, whose source entry spells out what kinds of party it is
    // («Motparten i saka» listed, «Motparten i saka (arbeidsgivar, utleigar, tenesteytar)» a source: «Arbeidsgivaren får vite
    // kven klagaren er» names that recipient; variants-ombod's base, F2, session 41).
    const names = recipients.flatMap((x) => textsOf(x.value.name)).map((n) => n.trim().toLowerCase());
    const spelled = r.sources
      .flatMap((x) => textsOf(x.value.name))
      .filter((n) => names.some((m) => m.length >= 5 && n.toLowerCase().startsWith(m) && n.length > m.length));
    return (this.listedWords = [
      ...recipients.flatMap((x) => [...textsOf(x.value.name), ...textsOf(x.value.description)]),
      ...spelled,
      ...r.processors.flatMap((x) => [...textsOf(x.value.name), ...textsOf(x.value.service).map(ownService)]),
      ...(r.activity.jointControllers ?? []).flatMap((j) => [j.controller, registry.organisation?.value.jointControllers?.[j.controller]?.name ?? '']),
    ].join(' | '));
  }
  /** What the record says is ours (check/parties.ts ownWordsOf): read once per registry. */
  own(): string {
    return ownWordsOf(this.registry);
  }
  /** Whether the controller is a municipality. */
  municipal(): boolean {
    return isMunicipality(this.registry);
  }
  known(): string {
    return (this.knownWords ??= [this.listed(), ...this.r.systems.flatMap((x) => textsOf(x.value.name))].join(' | ').toLowerCase());
  }
}

/**
 * A first word that names no party alone: «Statens», «Norsk», «Helse», «Universitetet» begin the names of many bodies,
 * so «Statens vegvesen» is not cleared by a listed «Statens pensjonskasse».
 */
const GENERIC_FIRST = lazyPattern(
  String.raw`^(?:statens|staten|norsk|norske|norges|noregs|nasjonal\p{L}*|national|norwegian|den|det|dei|helse|kommune\p{L}*|fylkes\p{L}*|universitet\p{L}*|university|høgskule\p{L}*|høgskole\p{L}*|høyskole\p{L}*|sykehus\p{L}*|sjukehus\p{L}*|direktorat\p{L}*|stiftelse\p{L}*|stiftinga|forening\p{L}*|foreining\p{L}*|senter\p{L}*|regional\p{L}*|region\p{L}*|landets|nordisk\p{L}*|european|europeisk\p{L}*|international|internasjonal\p{L}*|oslo|bergen|trondheim|stavanger)$`,
  'iu',
);
const escaped = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * A long word's inflections, nb and nn: its stem (six letters at the least) and any ending of the definite, plural or
 * genitive forms, nb's «-eren» and nn's «-aren», with the «e» a compound's last part drops («Brønnøysundregisteret», «Brønnøysundregistera»,
 * «Brønnøysundregistrene»; «Pasientregisteret» for «Norsk pasientregister»; «Statsforvalteren», «Statsforvaltaren»). A body
 * the words name in one form is the listed one named in another (bodies/hjorteviltregisteret, session 38, B5).
 */
const ENDING = String.raw`(?:[ea]?r?(?:et|en|a|ar|er|ane|ene|e)?s?)`;
const INFLECTED = lazyPattern(String.raw`^(\p{L}{6,}?)${ENDING}$`, 'u');
const inflected = (w: string): string => {
  const m = INFLECTED().exec(w);
  return m === null ? escaped(w) : `${escaped(m[1]!)}${ENDING}`;
};
const asWords = (words: readonly string[], known: string): boolean =>
  patternOf(`(?<![\\p{L}\\d])${words.map(inflected).join('\\s+')}(?![\\p{L}\\d])`, 'u').test(known);
/**
 * Whether the activity's listed parties and systems (in lower case) name the party: its whole name as whole words
 * («Gjensidige Forsikring» in «Gjensidige Forsikring ASA»), or its first word as a whole word unless that word begins the
 * names of many bodies («Gjensidige» for a listed «Gjensidige Forsikring ASA»). Until 2026-11-30 any listed text holding
 * the first word's letters cleared the name («NAV» in «navn», «Statens vegvesen» by «Statens pensjonskasse»).
 */
const knownName = (name: string, after: string, known: string): boolean => {
  const words = name.toLowerCase().split(/\s+/);
  // A name of one such word goes on in lower case («Statens vegvesen», «Norsk helsearkiv»): read it with the next word.
  const next = words.length === 1 && GENERIC_FIRST().test(words[0]!) ? /^\s+(\p{Ll}[\p{L}-]*)/u.exec(after)?.[1] : undefined;
  if (next !== undefined) return asWords([...words, next], known);
  return asWords(words, known) || (!GENERIC_FIRST().test(words[0]!) && asWords(words.slice(0, 1), known));
};
/**
 * A municipality's own services by their function («Bekymringen sendes til Barnevernstjenesten», «Saka vert send til
 * PPT», «Helsestasjonen»): in a record whose controller is a municipality they are its own units, no recipients (Art.
 * 4(9)); for any other controller (a private school, a dentist) they are another body, and a party. A name that says
 * whose («Barnevernstjenesten i Bergen») is read as a party.
 */
const MUNICIPAL_SERVICE = lazyPattern(
  String.raw`^(?:barnevern\p{L}*|barnevernstjenesten|barneverntenesta|ppt|ppd|pp-tenest\p{L}*|pp-tjenest\p{L}*|helsestasjon\p{L}*|skolehelsetjenest\p{L}*|skulehelseteneste\p{L}*|legevakt\p{L}*|hjemmetjenest\p{L}*|heimeteneste\p{L}*|hjemmesykepleie\p{L}*|heimesjukepleie\p{L}*|kommuneoverleg\p{L}*|kommunelege\p{L}*|tildelingskontor\p{L}*|servicetorg\p{L}*|sosialtjenest\p{L}*|sosialteneste\p{L}*|byggesak\p{L}*|kemner\p{L}*|kommunekasser\p{L}*|skatteoppkrever\p{L}*)$`,
  'iu',
);
/** Whose service a name is, after it: «Barnevernstjenesten i Bergen», «PPT for Nordfjord», «in Bergen». */
const OF_PLACE = lazyPattern(String.raw`^\s+(?:i|in|for|på)\s+\p{Lu}`, 'u');
/** The municipality in English («the municipality», «municipality's»): in a municipality's own record, the controller. */
const MUNICIPALITY_EN = lazyPattern(String.raw`^municipality(?:['’]s)?$`, 'iu');
/** A controller that is a municipality by its name («Eksempel kommune», «Bergen kommune»; not «… fylkeskommune»). */
const MUNICIPALITY = lazyPattern(String.raw`(?<![\p{L}])kommune(?![\p{L}])`, 'iu');
const municipalities = new WeakMap<Registry, boolean>();
const isMunicipality = (registry: Registry): boolean => {
  let m = municipalities.get(registry);
  if (m === undefined) municipalities.set(registry, (m = textsOf(registry.organisation?.value.name).some((n) => MUNICIPALITY().test(n))));
  return m;
};

/**
 * A named party (facts.ts NAMED_PARTIES) the name starts, listed by another of its names («sendes til Bufdir» with
 * «Barne-, ungdoms- og familiedirektoratet» listed, and the other way round: P's review, session 14; N, session 15).
 */
const NAMED_AT_START = NAMED_PARTIES.map(({ party, named }) => ({ start: lazyPattern(`^(?:${party.source})`, 'iu'), named }));
/** A task, work or service as what is «overlatt» to a company (not claims, cases or data). */
const TASK_HANDED = lazyPattern(
  String.raw`(?<![\p{L}])(?:oppdrag(?:et)?|oppgav(?:e|en|ene)|oppgåv(?:e|a|ene)|arbeid(?:et)?|ansvar(?:et)?|drift(?:en|a)?|tjenest(?:e|en|ene)|tenest(?:e|a|ene)|vedlikehold(?:et)?|vedlikehald(?:et)?|renhold(?:et)?|reinhald(?:et)?|vask(?:en|inga)?|the\s+(?:task|work|job|contract|operation|maintenance|cleaning|service))(?![\p{L}])`,
  'iu',
);
/** What is handed with a task that carries data («krav», «saker», «opplysninger», «kunderegisteret»). */
const DATA_HANDED = lazyPattern(
  String.raw`krav|sak(?:er|ene|ar|ane|en)?(?![\p{L}])|opplysning|data|navn|namn|names?(?![\p{L}])|register|regist|liste|lister|faktura|invoice|claim|case|record|file|kunde|customer|person|medlem|member|innkrev|inkasso|debt`,
  'iu',
);
/**
 * A party by its kind with its name beside it, that the record lists («Cases are sent to our debt collector, Intrum AS»
 * with Intrum AS the activity's processor): the name tells who the kind is.
 */
const NAME_AFTER = lazyPattern(String.raw`^\s*,\s*(\p{Lu}[\p{L}\d-]*(?:\s+\p{Lu}[\p{L}\d-]*){0,3})`, 'u');
const namedBeside = (party: string, words: string, known: string): boolean => {
  const at = words.indexOf(party);
  const m = at < 0 ? null : NAME_AFTER().exec(words.slice(at + party.length));
  return m !== null && knownName(m[1]!.replace(FORM_END.nameTail(), ''), '', known);
};
/** A title before a person's name («Dr. Hansen», «Prof. Berg»): the text is cut at its full stop, so the name follows. */
const TITLE = lazyPattern(String.raw`^(?:dr|prof|mr|mrs|ms|fru|herr)$`, 'iu');
/** A role of the controller's own staff. */
const STAFF_ROLE = String.raw`\p{L}*(?:leiar|leder|sjef|omb(?:o|u)d|direktør|director|manager|head|officer|lege|doctor|nurse|sjukepleiar|sykepleier|rådgjevar|rådgiver|adviser|advisor|konsulent|sekretær|secretary|koordinator|coordinator|tilsett|ansatt|employee|colleague|kollega|veterinarian|vet|jurist|lawyer|controller|accountant|rekneskapsførar|regnskapsfører)\p{L}*`;
/**
 * A person named with what they are of ours («Kari Nordmann, som er personvernombod hos oss», «Dr. Hansen, our clinical
 * director», «Dr. Berg, the head of the clinic», «Kari i lønningskontoret»): our own staff, no recipient (Art. 4(9), 29).
 * Only a role of staff or a unit of ours, not «Fjord Inkasso, vår inkassopartner» (another body we work with).
 */
const OURS_BESIDE = lazyPattern(
  String.raw`^\s*(?:\p{Lu}[\p{L}-]+\s*)?(?:,\s*(?:(?:som|who)\s+(?:er|is|jobbar|jobber|works\s+as|arbeider\s+som|arbeidar\s+som)\s+)?(?:(?:our|vår|vårt|the|a|an|ein|en|ei)\s+)?(?:[\p{L}-]+\s+){0,2}?${STAFF_ROLE}(?:\s*[.;]|\s*$|\s+(?:hos\s+oss|for\s+oss|her|here|at\s+the\s+\p{L}+|of\s+the\s+\p{L}+|i\s+(?:vår|vårt)\s+\p{L}+|ved\s+\p{L}+a|ved\s+\p{L}+en|på\s+\p{L}+et))|\s+(?:i|på|ved|in|at)\s+(?:the\s+)?(?:\p{L}*avdeling(?:a|en)?|(?:lønnings|lønns|løns|personal|økonomi|rektor|inntaks)kontor(?:et)?|payroll|hr|finance\s+department))`,
  'iu',
);
const ourPerson = (name: string, rest: string): boolean => {
  const m = OURS_BESIDE().exec(rest);
  if (m === null) return false;
  // «, the head of the clinic», «, our clinical director», «, som er … hos oss»: ours by «our», «hos oss» or «the … of the».
  const said = m[0];
  return (
    /(?<![\p{L}])(?:our|vår|vårt|oss|here|her)(?![\p{L}])|^\s*(?:\p{Lu}[\p{L}-]+\s*)?,\s*the\s|\s(?:i|på|ved|in|at)\s/iu.test(said) &&
    (TITLE().test(name) || !COMPANY_FORM().test(name))
  );
};
/**
 * Well-known bodies by their kind (nb/en): an insurer, a bank, a pharmacy chain named by its brand («The claim is sent to
 * Tryg», «Payment files are sent to DNB») where the record lists the kind («The owner's animal insurer», «Our bank»); and
 * public bodies by their usual short name («FHI» for a listed «Folkehelseinstituttet»).
 */
const INSTANCES: readonly (readonly [RegExp, RegExp])[] = [
  [/^(?:tryg|gjensidige|if|fremtind|storebrand|agria|frende|codan|protector|eika\s+forsikring|klp|vardia|enter|help)(?:\s+forsikring)?$/iu, /forsikr|insur/iu],
  [
    /^(?:dnb|nordea|handelsbanken|danske\s+bank|sbanken|santander|sparebank\s*1|sparebanken(?:\s+\p{L}+)?|eika|skandiabanken|bn\s+bank|klp\s+banken|landkreditt)$/iu,
    /bank/iu,
  ],
  [/^(?:apotek\s*1|vitusapotek|boots|ditt\s+apotek|apotek)$/iu, /apotek|pharmac/iu],
  [/^fhi$/iu, /folkehelseinstitutt|public\s+health/iu],
  [/^(?:hdir|helsedir)$/iu, /helsedirektorat|directorate\s+of\s+health/iu],
  [/^udir$/iu, /utdanningsdirektorat|directorate\s+for\s+education/iu],
  [/^udi$/iu, /utlendingsdirektorat|directorate\s+of\s+immigration/iu],
  [/^ssb$/iu, /statistisk\s+sentralbyrå|statistics\s+norway/iu],
  [/^(?:nav)$/iu, /arbeids-\s+og\s+velferd|labour\s+and\s+welfare/iu],
  [/^bufdir$/iu, /barne-,?\s+ungdoms-\s+og\s+familiedirektorat/iu],
  [/^imdi$/iu, /integrerings-\s+og\s+mangfaldsdirektorat|integrerings-\s+og\s+mangfoldsdirektorat/iu],
  [/^dsb$/iu, /samfunnssikkerhet\s+og\s+beredskap|civil\s+protection/iu],
  [/^(?:nkk)$/iu, /norsk\s+kennel\s+klub|kennel\s+club/iu],
];
const instanceKnown = (name: string, known: string): boolean => INSTANCES.some(([inst, kind]) => inst.test(name.trim()) && kind.test(known));

/**
 * A party the text hands data to by its proper name (HANDED_TO_NAME, or DOUBLE_OBJECT_NAME: «Forbundet sender
 * Antidoping Norge landslagstroppen»), that neither the activity's listed parties and systems (PartyWords), nor the
 * controller or the activity's data subjects are named by.
 */
function namedParty(r: ResolvedActivity, text: string, parties: PartyWords, isController: IsController): string | undefined {
  const clauses = text.split('. ');
  for (let k = 0; k < clauses.length; k++) {
    const c = clauses[k]!;
    const readAgain = (rest: string): true => {
      clauses.splice(k + 1, 0, rest);
      return true;
    };
    const handed = HANDED_TO_NAME().exec(c);
    const m = handed ?? DOUBLE_OBJECT_NAME().exec(c);
    if (m === null || COUNTS().test(c.slice(0, m.index + m[0].length))) continue;
    // A denied hand-over («Vi deler ikke opplysninger med Facebook», «vi sender aldri … til Gjensidige»): none (L, session 14).
    // For a party named as the one that receives or takes over (groups 4 to 6), only its own comma part: «krav som ikke
    // betales, oversendes Kredinor» denies the payment, not the hand-over (G1, session 23).
    const own =
      (m[4] ?? m[5] ?? m[6])
        ? c.slice(Math.max(c.lastIndexOf(',', m.index), c.lastIndexOf(';', m.index)) + 1, m.index + m[0].length)
        : c.slice(0, m.index + m[0].length);
    if (NEGATION.test(own)) continue;
    // The person sends, not the controller («Er du uenig, kan du sende klagen til Statsforvalteren», «Den ansatte kan levere
    // sykmeldingen til NAV»: P's review, 2026-12-01), as discloses() reads it.
    if (handed !== null && personActs('send', c.slice(0, m.index), c.slice(m.index + (/^\S+/u.exec(m[0])?.[0].length ?? 0)))) continue;
    // A thing only, no one's data («Vi sender julehelsing til Fylkesmannsgarden», «Øvelse: vekterne overleverer en markør
    // til X»), as discloses() reads it (facts.ts THING_OR_DOC; X2, session 20).
    // The party's own name is not what is handed («Lista over ledige rom vert send til Helsedirektoratet»: F2, session 41).
    if (
      handed !== null &&
      thingsOnly(
        c
          .slice(0, m.index + m[0].length)
          .split((m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6])!)
          .join(' '),
      )
    )
      continue;
    // A task handed over, not data («Oppdraget med å vaske bygget er overlatt til Renhold AS»: N's review, session 16),
    // unless the words before it name what is handed with it («Innkrevingen av ubetalte krav er overlatt til X AS»).
    if (handed !== null && /^overl[ao]t/iu.test(m[0]) && TASK_HANDED().test(c.slice(0, m.index)) && !DATA_HANDED().test(c.slice(0, m.index))) continue;
    // A leading article is no part of the name («sent to The Norwegian Directorate of Health»: W1 review, 2026-11-30).
    const name = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6])!.replace(/^(?:The|Den|Det|Dei)\s+/u, '');
    if (handed === null && notDoubleObject(name, c.slice(m.index + m[0].length))) continue;
    const first = name.split(/\s+/)[0]!.toLowerCase();
    const after = c.slice(c.indexOf(name, m.index) + name.length);
    if (
      knownName(name, after, parties.known()) ||
      isController(name, c) ||
      // Cleared by the clause reader: the rest of the sentence may hand data to another («Vi har slutta å sende lista til
      // Sparebanken, men sender ho no til DNB»).
      (clauseClears(name, c) && readAgain(c.slice(m.index + m[0].length))) ||
      subjectNames(r).some((n) => n.includes(first)) ||
      acronymOf(name, parties.known()) ||
      spelledOut(c.slice(c.indexOf(name, m.index)), parties.known()) ||
      NAMED_AT_START.some((p) => p.start().test(c.slice(c.indexOf(name, m.index))) && p.named.test(parties.known())) ||
      MESSAGE_WORD().test(name) ||
      PLACE_OR_UNIT().test(name) ||
      ownUnit(name) ||
      ownUnitOfPlace(name, isController.orgName) ||
      ownSchoolOfPlace(name, isController.orgName) ||
      unitOfController(after, c, isController) ||
      channels(first) ||
      CHANNEL().test(name.replace(/\s+/gu, '')) ||
      RECEIVER_CLASSES.some((k) => k.test(name) && k.test(parties.known())) ||
      instanceKnown(name, parties.known()) ||
      ourPerson(name, TITLE().test(name) ? (clauses[k + 1] ?? '') : after) ||
      (MUNICIPAL_SERVICE().test(name) && parties.municipal() && !OF_PLACE().test(after)) ||
      isCountry(name)
    )
      continue;
    // A name in the genitive goes on in lower case («Norges idrettsforbund»): told whole in the message.
    const more = /^\p{Lu}\p{L}*s$/u.test(name) ? /^\s+(\p{Ll}[\p{L}-]+)/u.exec(after) : null;
    return more === null ? name : `${name} ${more[1]}`;
  }
  return undefined;
}

/**
 * A receiver read by the shared clause reader (check/clause.ts), in words the patterns above do not know: a body the
 * controller hands people's data to as the subject of a passive or a receiving verb («Sparebanken Fjellmark, som er banken
 * vår, får lønsfila», «the member's employer is told the diagnosis», «Our partner … is given the subscriber list»), the
 * first of two objects («we give the landowner the vehicle owner's name»), or after «til», «to» («the results are
 * forwarded to HR at the client company», «we forward a copy of each report to the Norwegian Tax Administration»).
 * Only a clause that is not denied, not past, not a choice («kan», «may»), where the person is not the one who acts, what
 * is handed is people's data (CLAUSE_DATA), and the receiver is a body (CLAUSE_BODY) or a proper name, not the people
 * the record is about (PEOPLE_ALL, the data subjects), us, nor the controller's own unit (OWN_UNIT_WORD, unless it is
 * another's: «HR at the client company», «the employer's personnel department»).
 */
/**
 * A person's history of buying, travelling, borrowing or using a service is their data as much as a list of them
 * («Kjøpshistorikken deles også med hoteller og reiselivsbedrifter langs rutene»: variants-ferje FJ52, W5 session 46;
 * «reisehistorikken», «purchase history», «browsing history»). Only a history of something a person does: a body's own
 * history («selskapets historikk») names no one.
 */
const HISTORY = String.raw`(?:kjøps|kjøpe|reise|bestillings|ordre|handle|betalings|transaksjons|låne|utlåns|sykdoms|sjukdoms|fravær|fråvær|kunde|bruks|bruker|brukar|søke|nettleser|nettlesar|lese|sygdoms|kreditt|passerings|parkerings|trenings)historikk\p{L}*|(?:purchase|purchasing|order|travel|trip|booking|browsing|payment|transaction|loan|borrowing|medical|search|customer|usage|credit|viewing|listening|training)\s+histor(?:y|ies)`;
const CLAUSE_DATA = lazyPattern(
  String.raw`(?<![\p{L}])(?:${HISTORY}|\p{L}*list(?:e|a|en|er|ene|ane|ar|s)?|(?:alder(?:en)?|kjønn(?:et)?|ages?|sex|gender)(?:\s+(?:og|and|or|eller)\s+\p{L}+)?\s+(?:på|til|of)\s+(?:de|dei|the|each|every|kvar|hver)\s+\p{L}+|fødselsdato\p{L}*|dates?\s+of\s+birth|copy|copies|kopi\p{L}*|navn\p{L}*|namn\p{L}*|names?|\p{L}*adress\p{L}*|address\p{L}*|results?|\p{L}*resultat\p{L}*|\p{L}*rapport\p{L}*|reports?|\p{L}*oversikt\p{L}*|overviews?|epikris\p{L}*|discharge\s+summar(?:y|ies)|\p{L}*fil(?:a|en|er|ene)?|files?|details|\p{L}*opplysning\p{L}*|information|data|(?:rå|person|kunde|bruker|brukar|medlems?|pasient|elev|ansatt|tilsett|søker|søkjar|helse|lokasjons|posisjons|bruks|atferds|åtferds|sporings|kontakt|profil|konto|meta|logg|besøks|trafikk)?data(?:a|ene)?|diagnos\p{L}*|degree\s+of\s+disability|minutes|referat\p{L}*|beskjed|mistanke\p{L}*|mistenk\p{L}*|suspicions?|suspect(?:s|ed)?|journal(?:en|a|ar|er|ane|ene)?|\p{L}*journalen|\p{L}*journalar|\p{L}*journaler|records?|\p{L}*nummer(?:et|a|ene|ane)?|\p{L}{3,}numr(?:ene|a|ane)|numbers?|(?:\p{L}*uttalelse(?:n|r|ne)?|\p{L}*fråsegn(?:a|er|ene|ane)?|statements?)\s+(?:fra|frå|from|by)|testimon(?:y|ies)|fødselsnummer\p{L}*|helse\p{L}*|health|\p{L}*notat(?:et|a|er|ar|ene|ane)?|notes?|\p{L}*opptak(?:et|a|ene)?|recordings?|bilde(?:t|ne|r)?|bilete(?:t|ne|a)?|photos?|photographs?|pictures?|images?|stills?|saksdokument\p{L}*|case\s+(?:files?|documents?)|søknad(?:en|a|er|ar|ene|ane)?|(?:job\s+)?applications?|cv(?:en|ar|er|s)?|curricul(?:um|a)\s+vitae|\p{L}*klage(?:n|r|ne|a|ar|ane)?|\p{L}*klagesak\p{L}*|complaints?|\p{L}*henvendels(?:e|en|er|ene)|\p{L}*henvending(?:a|ar|ane)?|førespurnad(?:en|er|ar|ene|ane)?|forespørs(?:el|elen|ler|lene)|enquir(?:y|ies)|inquir(?:y|ies)|sakspapir\p{L}*|case\s+papers|(?:ubetalt|ubetalte|unpaid|utestående|outstanding)\s+[\p{L}-]+|debts?|(?:kven|hvem|who|whom)|(?:kva|hva|hvilke|hvilken|which)\s+(?:[\p{L}-]+\s+)?(?:kund\p{L}*|customers?|tilsett\p{L}*|ansatt\p{L}*|employees?|elev\p{L}*|pupils?|students?|pasient\p{L}*|patients?|medlem\p{L}*|members?|brukar\p{L}*|bruker\p{L}*|users?|person\p{L}*|people|barn\p{L}*|children|låntak\p{L}*|borrowers?)|\p{L}*logg(?:en|ane|ene|ar|er)|(?:access|entry|visitor)\s+logs?|(?:per|pr\.|for\s+each|for\s+every|for\s+hver|for\s+kvar)\s+(?:account|konto|kunde|customer|member|medlem|user|bruker|brukar|elev|pupil|student|pasient|patient|person|ansatt|tilsett|employee|abonnent|subscriber|søker|søkjar|applicant|household|husstand|hushald))(?![\p{L}])`,
  'iu',
);
/** What is handed names no one (anonymous, totals, statistics, fictitious people, «without names»). */
const NO_ONES_DATA = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:uten|utan|without|no|ingen|inga)\s+(?:\p{L}+\s+)?(?:navn|namn|names|fødselsnummer|personnummer|personopplysning\p{L}*|personal\s+data|patient\s+data|pasientdata|identit\p{L}*|personar|personer|people|persons|folk)|anonym\p{L}*|aggregat\p{L}*|totals?|samla\s+tal|kor\s+mange|hvor\s+mange|how\s+many|samlede\s+\p{L}+|samlet\s+\p{L}+|statisti\p{L}*|figures|tall|tal|fiktiv\p{L}*|fictitious|prislist\p{L}*|price\s+lists?|julekort\p{L}*|christmas\s+cards?|greetings?|(?:our|vår|vårt|våre)\s+(?:\p{L}+\s+)?(?:address|adresse\p{L}*|logo)|(?:adressa|adressen|logoen)\s+(?:vår|vårt)|(?:som|that|which)\s+(?:ikke|ikkje|not|do\s+not|does\s+not)\s+(?:inneheld|inneholder|contains?|har)\s+(?:\p{L}+\s+)?(?:personopplysning\p{L}*|personal\s+data|namn|navn|names))(?![\p{L}])`,
  'iu',
);
/**
 * A count of each one's («hvor mange bøker hver av dem leste», «how many hours each of them worked»: session 35, R18): a
 * figure per person, not a total.
 */
const PER_PERSON = lazyPattern(
  String.raw`(?<![\p{L}])(?:hver\s+av\s+dem|hver\s+enkelt|kvar\s+av\s+dei|kvar\s+einskild|each\s+of\s+them|each\s+one|per\s+(?:person|elev|deltaker|deltakar|pupil|participant|member|medlem))(?![\p{L}])`,
  'iu',
);
/** The clause without the party where it is a name (capitalised: «Statistisk sentralbyrå»), not a phrase («the clinics only as totals»). */
const byName = (clause: string, party: string): string => (/^(?:the\s+)?\p{Lu}/u.test(party) ? clause.split(party).join(' ') : clause);
const noOnesData = (clause: string): boolean => NO_ONES_DATA().test(clause) && !PER_PERSON().test(clause);
/**
 * A document about a thing, no one's data: «Rapporten om tilstanden til kyrkjegardsmuren», «lista over ledige gravfelt», «a
 * report on the state of the roof»: a list, report, copy or file of or about a noun that names neither people nor data.
 */
const DOC_OF = lazyPattern(
  String.raw`^(?:(?:the|a|an|en|ei|et|eit|ein|den|det|dei|de)\s+)?(?:\p{L}*list(?:e|a|en|er|ene|ane|ar|s)?|\p{L}*rapport\p{L}*|reports?|kopi\p{L}*|cop(?:y|ies)|oversikt\p{L}*|overview|\p{L}*resultat\p{L}*|results?|bilde(?:t|ne|r)?|bilete(?:t|ne|a)?|photos?|photographs?|pictures?|images?|\p{L}*film(?:en|ar|er|ane|ene|s)?|\p{L}*video(?:en|ar|er|ane|ene|s)?|footage)\s+(?:om|over|about|on|of|av|med|with|for|til)\s+(?:(?:the|a|an|each|every|all|alle|kvar|kvart|hver|hvert|dei|de|den|det|ledige|ledig|free|available|kva|hvilke|hvem|kven|which|who)\s+)*(\p{L}+(?:['’]s)?)`,
  'iu',
);
const PERSON_OR_DATA = lazyPattern(
  String.raw`^(?:\p{L}+['’]s|person(?!vern)\p{L}*|people|individuals?|\p{L}*arbeid\p{L}*|workers?|employees?|tilsett\p{L}*|ansatt\p{L}*|kund\p{L}*|customers?|clients?|subscribers?|abonnent\p{L}*|medlem\p{L}*|members?|pasient\p{L}*|patients?|elev\p{L}*|pupils?|students?|barn\p{L}*|child\p{L}*|foreld\p{L}*|parents?|søker\p{L}*|søkjar\p{L}*|applicants?|deltak\p{L}*|participants?|brukar\p{L}*|bruker\p{L}*|users?|festar\p{L}*|eier\p{L}*|eigar\p{L}*|owners?|debitor\p{L}*|debtors?|skyldner\p{L}*|namn|navn|names|minutes|referat\p{L}*|\p{L}*meld\p{L}*|\p{L}*rapport\p{L}*|reports?|saka|saken|case|cases|hendelse\p{L}*|hending\p{L}*|incidents?|suspicio\p{L}*|mistank\p{L}*|vedtak\p{L}*|decisions?|\p{L}*krav(?:et|a|ene|ane)?|claims?|student\p{L}*|\p{L}*dyrehold\p{L}*|(?:animal\s+|livestock\s+)?holdings|\p{L}*fravær\p{L}*|\p{L}*fråvær\p{L}*|absences?|attendance|oppmøte\p{L}*|frammøte\p{L}*|fremmøte\p{L}*|tilstedeværelse\p{L}*|presence|overtid\p{L}*|overtime)$`,
  'iu',
);
const CARRIES_WHO = lazyPattern(
  String.raw`(?<![\p{L}])(?:med|with|including|inkludert|som\s+viser|which\s+shows?|that\s+shows?)\s+(?:[\p{L}-]+\s+){0,3}?(?:navn|namn|names?|\p{L}*adresse\p{L}*|address(?:es)?|who|whom|kven|hvem|fødselsnummer\p{L}*|personnummer\p{L}*|telefonnummer\p{L}*|phone\s+numbers?)(?![\p{L}])`,
  'iu',
);
const OF_WHO = lazyPattern(String.raw`(?<![\p{L}])(?:over|of|om|about|på)\s+(?:hvem|kven|who|whom)\s+(?:som\s+)?\p{L}`, 'iu');
const docOfThing = (thing: string): boolean => {
  // A document that carries who someone is («en kopi av rapporten med navn og adresse på begge båteierne», «a copy of the
  // alarm log which shows who raised the alarm»: check/clause.ts reads what it carries as part of it; session 35, R18).
  if (CARRIES_WHO().test(thing)) return false;
  // A list of who («Listene over hvem som har fått stipend», «the list of who took part»: people; session 40, R34, SM39).
  if (OF_WHO().test(thing)) return false;
  const m = DOC_OF().exec(thing.trim());
  // A compound in two words («a copy of the contact list», «the customer details»): a list of people, not a thing.
  if (m !== null && COMPOUND_DATA().test(thing.trim().slice(m[0].length)) && !PRICE().test(m[1]!)) return false;
  // A copy of what the clause before sent («sends the notification, and the doctor is sent a copy of it»): not a thing.
  // Nor a copy of a person's document or a list of people by a word DOC_OF's list leaves out («en kopi av legeerklæringen»,
  // «a copy of the medical certificate», «ei oversikt over låntakarar», «ei liste over alle søknadene»: paraphrase4 PD013,
  // PD014, PD032; session 28).
  return (
    m !== null &&
    !PERSON_OR_DATA().test(m[1]!) &&
    !CLAUSE_DATA().test(m[1]!) &&
    !BACK_REFERENCE().test(m[1]!) &&
    !PERSONAL_AFTER().test(m[1]!) &&
    !PEOPLE_ONE().test(m[1]!) &&
    !(PERSONS_DOC().test(m[1]!) && !BLANK_FORM().test(m[1]!) && !THING_DOC().test(m[1]!)) &&
    // A list of people by a word PERSON_OR_DATA's list leaves out, or with an adjective before it («Lister over nye eigarar»,
    // «a list of the bidders' names»): the lexicon's person kinds (check/parties.ts) name people, not a thing.
    !peopleAfter(thing.trim().slice(m.index + m[0].length - m[1]!.length))
  );
};
/** Whether one of the first three words names people by the lexicon's kinds (the person, a relative, staff). */
const peopleAfter = (words: string): boolean =>
  words
    .split(/\s+/u)
    .slice(0, 3)
    .some((w, i) => {
      const k = partyKind(w);
      // An agent noun right after names people too («the list of campers», «lista over bodgjevarane»: session 31); not a
      // verb's shape further on («a list of the courses we offer»).
      return k === 'subject' || k === 'relative' || k === 'staff' || (i === 0 && k === 'outside');
    });
const COMPOUND_DATA = lazyPattern(String.raw`^\s+(?:lists?|details|information|data|registers?|records?|numbers?)(?![\p{L}])`, 'iu');
const PRICE = lazyPattern(String.raw`^(?:price|prices|pris)$`, 'iu');
/** Another member of a group or chain («the other clinics in the Nordvet group», «dei andre klinikkane i Nordvet-gruppa»). */
const GROUP_MEMBER = lazyPattern(
  String.raw`^(?:the\s+|dei\s+|de\s+)?(?:other|andre)\s+(?:[\p{L}-]+\s+)?[\p{L}-]+\s+(?:i|in|of|within)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?[\p{L}-]*(?:grupp(?:a|en)|group|kjed(?:a|en)|chain|konsern(?:et)?)(?![\p{L}])`,
  'iu',
);
/** A blank form or template («kopi av søknadsskjemaet», «a copy of the application form»): a thing. */
const BLANK_FORM = lazyPattern(String.raw`(?:skjema\p{L}*|forms?|blankett\p{L}*|mal(?:en)?|templates?)$`, 'iu');
/** A person's own document or a word for people by their role (an applicant, a borrower, an owner, a holder). */
const PERSONS_DOC = lazyPattern(
  String.raw`^\p{L}*(?:søknad|erklæring|attest|sertifikat|klage|klagar|klager|innmelding|påmelding|bestilling|faktura|melding|takar|taker|eigar|eier|havar|haver|lånar|låner|mottakar|mottaker|holder|borrower|applicant|application|certificate|complaint|booking|registration|invoice|statement|owner|tenant|leietak|leigetak|debtor)\p{L}*$`,
  'iu',
);
const BACK_REFERENCE = lazyPattern(String.raw`^(?:it|this|them|these|those|dette|denne|desse|disse|dem|deim|han|ho|henne|ham)$`, 'iu');
const EACH_FIRST = lazyPattern(String.raw`^(?:each|every|kvar|hver|kvart|hvert)\s+\p{L}+$`, 'iu');
const ADVERBIAL_FIRST = lazyPattern(
  String.raw`^(?:etter|after|før|before|ved|i|in|på|on|når|when|deretter|then|each|every|kvar|hver|once|once\s+a)(?![\p{L}])`,
  'iu',
);
const CLAUSE_BODY = lazyPattern(
  String.raw`(?<![\p{L}])(?:${RECEIVING_PARTY}|\p{L}*bank(?:en|ane|ene|er|ar)?|banks?|\p{L}*kommun(?:e|en|ene|ane|er|ar)|municipalit(?:y|ies)|skolen|skulen|skolene|skulane|schools?|\p{L}*selskap\p{L}*|\p{L}*foretak(?:et|ene|a)?|compan(?:y|ies)|firma\p{L}*|firms?|bedrift\p{L}*|\p{L}*klubb\p{L}*|clubs?|idrettslag\p{L}*|coach(?:es)?|trener(?:en|e|ne)?|trenar(?:en|ar|ane)?|grunneier\p{L}*|landowners?|administration|direktorat\p{L}*|directorate|agenc(?:y|ies)|\p{L}*byrå(?:et|a|ene)?|associations?|union|unions|fagforen\p{L}*|forbund(?:et)?|landlords?|utleier(?:en|e|ne)?|\p{L}*organisasjon\p{L}*|organi[sz]ations?|\p{L}*kassen|\p{L}*kassa|funds?|\p{L}*institutt(?:et)?|institutes?|suppliers?|\p{L}*leverandør(?:en|ane|ene|ar|er)?|hotels?|\p{L}*-sentral(?:en|ane|ene)?|helfo|\p{L}*ombud(?:et)?|\p{L}*ombod(?:et)?|\p{L}*tilsyn(?:et)?|\p{L}*etaten|\p{L}*departement(?:et)?|\p{L}*hotell(?:et|a|ene)?|\p{L}*forbund(?:et)?|lærestad(?:en|ar|ane)?|fastleg(?:e|en|ar|er|ane|ene)|family\s+doctors?|(?<![\p{L}])gps?|vendors?|\p{L}*kjed(?:a|en|er|ene|ar|ane)|(?:retail\s+)?chains?|(?:andre|other)\s+(?:[\p{L}-]+\s+)?\p{L}+\s+(?:i|in|of|within)\s+(?:the\s+)?[\p{L}-]*(?:grupp(?:a|en)|group|kjed(?:a|en)|chain|konsern(?:et)?))(?![\p{L}])`,
  'iu',
);
/**
 * A compound whose last part names an organisation («meddommerlag», «pasientforeningen», «association»), or a municipality
 * («eigarkommunen», «the owner municipalities»: session 38, R28, vassverk VV27); not a council or committee («elevrådet»,
 * «foreldreutvalet»: often an organ of the controller's own).
 */
const BODY_OF_PEOPLE = lazyPattern(
  String.raw`^\p{L}{3,}(?:kommun(?:e|en|ane|ene|ar|er)|lag(?:et|a)?|foren(?:ing|ingen|inga|inger)|foreining(?:a|ar|ane)?|forbund(?:et)?|organisasjon(?:en|a)?|klubb(?:en)?)$|^(?:associations?|unions?|societ(?:y|ies)|clubs?|federations?)$`,
  'iu',
);
/**
 * A party whose first letters are those of the record's people, that is not they (see `missingParties`' `own`): a body of
 * theirs (BODY_OF_PEOPLE) or a party the lexicon knows as outside («eigedomsmeklarar» beside «eigarar av … eigedommar»).
 */
const namedAfterPeople = (party: string, subjects: readonly string[]): boolean => {
  const head = receiverHead(party);
  // The body a unit is named with («heimetenesta i eigarkommunen»: the owner is the municipality, not «eigarar»).
  const last = (party.match(/\p{L}+/gu) ?? []).pop() ?? '';
  return BODY_OF_PEOPLE().test(head) || BODY_OF_PEOPLE().test(last) || nationalBody(party) || partyKind(head, { subjects }) === 'outside';
};
const CLAUSE_OTHERS = lazyPattern(
  String.raw`(?<![\p{L}])(?:at|hos|of|i|ved|in)\s+(?:the\s+)?(?:client|other|another|andre|kunde|customer|their|deira|deres)|\p{L}+['’]s\s|\p{L}+s\s+(?:personal|hr|lønn)`,
  'iu',
);
const US = lazyPattern(String.raw`^(?:us|oss|we|vi|me|you|deg|dykk|dere|seg|them|dem|deim|him|her|ham|henne|it|det|den|themselves|ourselves)$`, 'iu');
const CORE_END = lazyPattern(String.raw`\s(?:in|on|at|i|på|ved|by|with|med|where|der|hos|for|that|som|who|which|sin|sitt|sine)\s`, 'iu');
const COMPANY_FORM = lazyPattern(String.raw`\p{Lu}[\p{L}-]+\s+${formsPattern(FORMS.receiver)}(?![\p{L}])`, 'u');
const STAFF_FIRST = lazyPattern(String.raw`^(?:tilsette|ansatte|employees|staff|colleagues|kollega\p{L}*|practice|manager|leiar\p{L}*|leder\p{L}*)$`, 'iu');
const CHANNEL_PARTY = lazyPattern(
  String.raw`^(?:sms|mms|e-?post|e-?mail|epost|post|brev|letter|digipost|helsenorge|altinn|e-?boks|portal\p{L}*|app\p{L}*)$`,
  'iu',
);
/** A processor acting for the controller («… that hosts our journal system for us», «på våre vegne»). */
const FOR_US = lazyPattern(String.raw`(?<![\p{L}])(?:for\s+us|on\s+our\s+behalf|på\s+våre\s+vegne|på\s+vegner\s+av\s+oss|for\s+oss)(?![\p{L}])`, 'iu');
/** An animal's data («Lab results for the horse»). */
const ANIMAL_THING = lazyPattern(
  String.raw`(?<![\p{L}])(?:animals?|horses?|dogs?|cats?|cattle|cows?|sheep|pigs?|pupp(?:y|ies)|kittens?|foals?|calf|calves|lambs?|valp(?:en|ar|er|ane|ene)?|kattung(?:e|en|ar|er|ane|ene)|føl(?:et|a|ene)?|kalv(?:en|ar|er|ane|ene)?|lam(?:met|ma|ba)?|dyr(?:et|a|ene)?|hest(?:en|ar|er|ane|ene)?|hund(?:en|ar|er|ane|ene)?|katt(?:en|ar|er|ane|ene)?|kyr|kua|sau(?:en|ene)?|gris(?:en|ar|er)?)(?![\p{L}])`,
  'iu',
);
const MAY_CLAUSE_RECEIVE = prefilter(CLAUSE_BODY, false, 2);
/**
 * Whether the lexicon reads a receiver phrase as an outside party: one of its parts joined by «og», «and», «eller», «or», a
 * comma has an outside head, and none is the person, a relative, our staff or our unit («Ansvarlig megler og medhjelpere»
 * in an estate agency's record: our own people).
 */
const PARTS = lazyPattern(String.raw`\s*,\s*|\s+(?:og|and|eller|or|samt|&)\s+`, 'iu');
const lexicalOutside = (core: string, ctx: PartyContext): boolean => {
  const kinds = core.split(PARTS()).map((p) => partyKind(headPhrase(p), ctx));
  return kinds.includes('outside') && !kinds.some((k) => k === 'subject' || k === 'relative' || k === 'staff' || k === 'own-unit');
};
/** A receiver phrase that is a clause («til at vi tar bilde», «til å», «to whether»): no party. */
const CLAUSE_START = lazyPattern(String.raw`^(?:at|å|om|kva|kven|hva|hvem|korleis|hvordan|whether|what|how|that)(?![\p{L}])`, 'iu');
/** A clause in English: more of its function words English than Norwegian (check/parties.ts reads the head's shape by it). */
const ENGLISH_CLAUSE = lazyPattern(
  String.raw`^(?=(?:.*?(?<![\p{L}])(?:the|is|are|we|our|and|of|to|with|gets?|receives?)(?![\p{L}])){2})(?!(?:.*?(?<![\p{L}])(?:og|til|vi|me|blir|vert|som|med|av|på|får|ein|ei|eit|det|den|ikkje|ikke)(?![\p{L}])){2})`,
  'iu',
);
/**
 * A document about a thing for clauseClears, narrower than docOfThing: «Kopi av personvernerklæringen», «Rapporten om
 * tilstanden til serverrommet», «a report on the condition of the kennels» — «om», «av», «over», «about», «on», «of» (not
 * «med», «with»: what a report holds), and no word after it that names people or their data («kopi av epikrisen», «copies of
 * conversations», «oversikt over oppsagte lån», «kopi av legeerklæringa»).
 */
const DOC_ABOUT = lazyPattern(
  String.raw`^(?:(?:the|a|an|en|ei|et|eit|ein|den|det)\s+)?(?:\p{L}*rapport\p{L}*|reports?|kopi\p{L}*|cop(?:y|ies)|oversikt\p{L}*|overview)\s+(?:om|over|about|on|of|av)\s+(.+)$`,
  'iu',
);
/** Documents of the body's own work and things: a plan, an agreement, a procedure, a policy, a template, a condition, a building. */
const THING_DOC = lazyPattern(
  String.raw`(?<![\p{L}])(?:\p{L}*plan(?:en|a|ar|er|ane|ene)?|\p{L}*avtal(?:e|en|a|ar|er|ane|ene)|agreements?|\p{L}*rutin(?:e|en|a|ar|er|ane|ene)|procedures?|\p{L}*retningslinj\p{L}*|guidelines?|polic(?:y|ies)|\p{L}*instruks\p{L}*|personvernerklæring\p{L}*|privacy\s+(?:notice|policy|statement)|\p{L}*mal(?:en|ar|er)?|templates?|tilstand\p{L}*|condition|\p{L}*budsjett\p{L}*|budgets?|\p{L}*bygg\p{L}*|buildings?|\p{L}*rom(?:met|a|ma)?|rooms?|kennels?|\p{L}*utstyr\p{L}*|equipment|roof|tak(?:et)?)(?![\p{L}])`,
  'iu',
);
const PERSONAL_AFTER = lazyPattern(
  String.raw`(?<![\p{L}])(?:\p{L}+['’]s|samtal\p{L}*|conversations?|epikris\p{L}*|(?:lege|helse|sjuke|syke)\p{L}*|medical|certificates?|attest\p{L}*|lån(?:et|a|ene|ane)?|loans?|brudd\p{L}*|breach\p{L}*|sak(?:a|en|er|ene|ar|ane)?|cases?|krav\p{L}*|claims?|logg\p{L}*|logs?|kontroll\p{L}*|checks?|\p{L}*møte\p{L}*|meetings?)(?![\p{L}])`,
  'iu',
);
const docAbout = (thing: string): boolean => {
  const m = DOC_ABOUT().exec(thing.trim());
  return (
    m !== null &&
    THING_DOC().test(m[1]!) &&
    !PERSONAL_AFTER().test(m[1]!) &&
    !PERSON_OR_DATA().test(m[1]!.split(/\s+/u).pop()!) &&
    !CLAUSE_DATA().test(m[1]!) &&
    !PEOPLE_ONE().test(m[1]!)
  );
};
/** Words that name who someone is beside totals («The statistics, with the full IP addresses»). */
const IDENTIFIES = lazyPattern(
  String.raw`(?<![\p{L}])(?:ip|navn\p{L}*|namn\p{L}*|names?|\p{L}*adress\p{L}*|address\p{L}*|fødselsnummer\p{L}*|e-?post\p{L}*|e-?mail)(?![\p{L}])`,
  'iu',
);
/** A channel a message goes by («med Posten», «with SMS», «med Digipost»), not a carrier of goods («med transportøren»). */
const MESSAGE_CHANNEL = lazyPattern(
  String.raw`^(?:the\s+)?(?:sms|mms|e-?post|e-?mail|epost|posten|post|brev|letter|digipost|helsenorge|altinn|e-?boks|rekommandert\p{L}*|registered\s+(?:mail|post))$`,
  'iu',
);
/**
 * Our employees' representative of a union or another body («Tillitsvald i Fagforbundet får ein kopi av turnusen», «the
 * union representative from Unio receives …»): the representative is one of our own staff, the union named is whose role
 * it is, not the one that receives.
 */
const REPRESENTATIVE = String.raw`(?:(?:hovud|hoved|plass|klubb)?tillitsvald(?:e|t)?|(?:hovud|hoved|plass|klubb)?tillitsvalgt(?:e)?|verneomb(?:ud|od)(?:et)?|(?:union|employee|safety|staff)\s+representatives?|shop\s+stewards?)`;
const REPRESENTS = lazyPattern(String.raw`(?<![\p{L}])${REPRESENTATIVE}\s+(?:(?:i|frå|fra|for|hos|in|of|from|at|for)\s+)(?:the\s+)?([\p{L}-]+)`, 'giu');
const MAY_REPRESENT = prefilter(REPRESENTS);
const representedBy = (p: string, words: string): boolean => [...words.matchAll(REPRESENTS())].some((m) => m[1]!.toLowerCase() === p.split(/\s+/u)[0]);
/**
 * A company that does the work for us, told in its relative clause («leverandørselskapet som driftar journalsystemet for
 * oss», «the company that hosts our system on our behalf»): a processor (Art. 28), which processors-stated asks for.
 */
const MAY_FOR_US = prefilter(FOR_US);
const actsForUs = (p: string, words: string): boolean => {
  const lower = words.toLowerCase();
  const at = lower.indexOf(p);
  if (at < 0) return false;
  const rel = /^\s*,?\s*(?:som|that|which|who|der)\s+([^.;]*)/u.exec(lower.slice(at + p.length));
  return rel !== null && FOR_US().test(rel[1]!.split(/,\s*(?:og|and|men|but)\s/u)[0]!);
};
/** Printed matter for everyone: a programme, an invitation, a leaflet, a timetable («Dei pårørande får tilsendt program for gravferda»). */
const PRINTED_MATTER = lazyPattern(
  String.raw`(?<![\p{L}])(?:program(?:me)?(?:s|met|ma|a|ane|ene)?|invitasjon\p{L}*|invitations?|brosjyr\p{L}*|leaflets?|brochures?|timeplan\p{L}*|timetables?|salmeark\p{L}*|hymn\s+sheets?)(?![\p{L}])`,
  'iu',
);
/** A bare message («beskjed», «melding», «a message», «notice»), with no word of what it tells. */
const BARE_MESSAGE = lazyPattern(String.raw`^(?:(?:a|an|the|ein|en|ei|eit|et)\s+)?(?:beskjed|melding|varsel|message|notice|notification|alert)$`, 'iu');
/** A word for a person or what is known of them (who, the person, a name, a child, an employee). */
const PERSON_WORD = lazyPattern(
  String.raw`(?<![\p{L}])(?:kven|hvem|who|whom|namn\p{L}*|navn\p{L}*|names?|person\p{L}*|people|barn\p{L}*|child\p{L}*|tilsett\p{L}*|ansatt\p{L}*|employees?|pasient\p{L}*|patients?|elev\p{L}*|pupils?|kund\p{L}*|customers?|han|ho|hun|he|she|they|dei|de)(?![\p{L}])`,
  'iu',
);
/** Sent by mistake: a breach, not a disclosure of the processing («by mistake», «ved en feil», «feilsendt»). */
const MISTAKE = lazyPattern(
  String.raw`(?<![\p{L}])(?:by\s+(?:mistake|accident|error)|in\s+error|accidentally|mistakenly|ved\s+(?:en|ein|et|eit)\s+(?:feil|uhell|mistak)|feilsend\p{L}*|i\s+feil)(?![\p{L}])`,
  'iu',
);
const MAY_MISTAKE = prefilter(MISTAKE);
/** Once («éin gong», «én gang», «once», «one time») … */
const ONCE = lazyPattern(String.raw`(?<![\p{L}])(?:(?:én|en|éin|ein)\s+(?:gang|gong)|once|one\s+time|a\s+single\s+time)(?![\p{L}])`, 'iu');
/** … as a test or in a year gone by: a one-off, no recipient of the processing. */
const ONE_OFF = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:i|in)\s+(?:19|20)\d\d|som\s+(?:en|ein|eit|et)\s+(?:test|prøve|forsøk)|as\s+a\s+(?:test|trial|pilot))(?![\p{L}\d])`,
  'iu',
);
const MAY_ONE_OFF = prefilter(ONCE);
/** Each party sees only its own («each clinic sees only its own patients», «kvar eining ser berre sine eigne pasientar»). */
const ONLY_OWN = lazyPattern(
  String.raw`(?<![\p{L}])(?:each|every|both|kvar|hver|hvert|kvart|begge)\s+(?:[\p{L}-]+\s+){0,2}?(?:(?:only|berre|bare|kun)\s+)?(?:sees|see|ser|reads|les|leser|har\s+tilgang\s+til|has\s+access\s+to|have\s+access\s+to|får\s+sjå|får\s+se)\s+(?:(?:only|berre|bare|kun)\s+)?(?:its|their|his|her|sine|sin|sitt|si)\s+(?:own|eigne|egne|eige|eiga|egen|eget)(?![\p{L}])`,
  'iu',
);
const MAY_ONLY_OWN = prefilter(ONLY_OWN);
const TO_US_END = lazyPattern(String.raw`^(?:(?!\s(?:that|which|who|som|der)\s).)*\s(?:oss|us|meg|me)$`, 'iu');
/** A verb of sending: its «med»/«with» names the means («sendt med Posten», «sent with SMS»), not a party to share with. */
const SEND_VERB = lazyPattern(
  String.raw`(?<![\p{L}])(?:send\p{L}*|sent|oversend\p{L}*|videresend\p{L}*|vidaresend\p{L}*|forward\p{L}*|transmit\p{L}*|post(?:es|ed|er|ast)?|mail(?:s|ed)?)(?![\p{L}])`,
  'iu',
);
/**
 * Whether the clause reader (check/clause.ts) clears `party` in `words`, for the older readings (discloses, the proper
 * names): the clause that hands something to it is denied or stopped («Vi har slutta å sende lista til Sparebanken»), past,
 * only a choice («Pasienten kan be om at … blir send til …»), or hands no one's data (a document about
 * a thing, an animal's data, totals: «Kopi av brannøvingsplanen blir send til Brannvesenet», «Prøvesvaret for hunden»,
 * «Samla tal for kvar månad»), or names the means of sending after «med»/«with» («blir send med Posten»).
 */
function clauseClears(party: string, words: string): boolean {
  const p = party.trim().toLowerCase();
  if (p.length < 2) return false;
  if (MAY_REPRESENT(words) && representedBy(p, words)) return true;
  if (MAY_FOR_US(words) && actsForUs(p, words)) return true;
  // Sent by mistake (a breach, Art. 33, not a recipient of the processing): every sentence that names the party says so.
  // Once, as a test, in a year gone by («Lista vart send til Sparebanken éin gong i 2019, som ein test»): no practice.
  // Only the sentences that hand something to the party are read («partners can report misconduct» hands nothing).
  const mistake = MAY_MISTAKE(words);
  // «tilgang» holds «gang»: the gate passes many texts, so the patterns are read on the whole text first.
  if (mistake || (MAY_ONE_OFF(words) && ONCE().test(words) && ONE_OFF().test(words))) {
    const said = words.split(/[.;!?]/u).filter((x) => x.toLowerCase().includes(p));
    const oneOff = (x: string): boolean => (mistake && MISTAKE().test(x)) || (ONCE().test(x) && ONE_OFF().test(x));
    if (said.some(oneOff) && said.every((x) => oneOff(x) || !discloses(x, (q) => !q.toLowerCase().includes(p)))) return true;
  }
  // A system or office shared where each party sees only its own («We share the journal system with the other clinic …,
  // but each clinic sees only its own patients»): nothing of ours is made available to the other.
  if (MAY_ONLY_OWN(words)) {
    const said = words.split(/[.;!?]/u).filter((x) => x.toLowerCase().includes(p));
    if (said.length > 0 && said.every((x) => ONLY_OWN().test(x))) return true;
  }
  // Every clause that hands something to the party must clear it, and one must.
  let cleared = false;
  for (const f of clauseFacts(words)) {
    if (f.kind === 'get') continue;
    // The receiver's own phrase, not a party named after it («e-post til Sparebanken»).
    const q = f.party.toLowerCase().split(/\s(?:til|to)\s/u)[0]!;
    if (q === '' || (!q.includes(p) && !p.includes(q))) continue;
    if (
      f.negated ||
      f.past ||
      f.modal ||
      docAbout(f.thing) ||
      ANIMAL_THING().test(f.thing) ||
      (PRINTED_MATTER().test(f.thing) && !CLAUSE_DATA().test(f.thing)) ||
      (NO_ONES_DATA().test(f.clause.replace(f.party, ' ')) && !IDENTIFIES().test(f.clause)) ||
      ((f.prep === 'med' || f.prep === 'with') && SEND_VERB().test(f.verb) && MESSAGE_CHANNEL().test(f.party)) ||
      // «gir Skatteetaten oss opplysningar»: the named one gives to us (a verb before its subject).
      (f.prep === '' && TO_US_END().test(f.party))
    )
      cleared = true;
    else return false;
  }
  return cleared;
}
/** A receiving verb, the clause reader's own (check/clause.ts RECEIVE): «får», «mottar», «receives», «gets». */
const RECEIVING_VERB = lazyPattern(String.raw`^(?:${RECEIVE})$`, 'iu');
/**
 * A party that gets data FROM us (session 38, R28, ambulanse AM28's class): «Etter større ulykker får vakthavende journalist
 * i Vestvik Avis et kort sammendrag fra AMK med alder og kjønn …» in the record whose unit AMK is, «Lånekassen får en kopi
 * fra Vestvik HF», «The insurer receives a summary from the AMK centre»: the clause reader's getting by the subject from a
 * source is our handing to that subject where the source is the controller or its unit by name (isController) or by a
 * unit's words. What it gets is the object with what follows the source («med alder og kjønn …»). Not a source of another
 * body («Fastlegen får epikrise frå sjukehuset» in a municipality's record: the hospital hands it over).
 */
function gotFromUs(f: ClauseFact, isController: IsController): ClauseFact | undefined {
  if (f.kind !== 'get' || f.prep === '' || !RECEIVING_VERB().test(f.verb.trim())) return undefined;
  const giver = f.giver.trim();
  if (giver === '' || US().test(giver) || ADVERBIAL_FIRST().test(giver)) return undefined;
  const source = f.party.split(/\s(?:med|with|om|about|og|and|including|inkludert)\s/iu)[0]!.trim();
  // Our name with its form («fra Nordlys HF», «from Fjellvik IKS»): the name before it.
  const bare = source.replace(FORM_END.source(), '');
  if (source === '' || !(isController(source, f.clause) || isController(bare, f.clause) || ownUnit(source.replace(/^(?:the|our|den|det)\s+/iu, ''))))
    return undefined;
  return { ...f, kind: 'give', voice: 'passive', giver: '', party: giver, thing: `${f.thing} ${f.party.slice(source.length)}`.trim(), prep: '' };
}
/**
 * The receiver of the first clause of `text` that hands people's data to another body (see above), that `known` does
 * not clear (the controller, its people, the listed parties).
 */
function clauseReceiver(
  text: string,
  known: (party: string, f: ClauseFact) => boolean,
  isController: IsController,
  partiesOf: () => PartyContext = () => ({}),
  dataHeads: () => readonly string[] = () => [],
): string | undefined {
  // Built once per call, and only when a reading asks for it (its callers pass a builder, not a built context).
  let partyCtx: PartyContext | undefined;
  const partyContext = (): PartyContext => (partyCtx ??= partiesOf());
  for (const got of clauseFacts(text)) {
    const f = gotFromUs(got, isController) ?? got;
    if ((f.kind !== 'give' && f.kind !== 'access') || f.negated || f.past || f.modal || f.personActs) {
      trace?.('receiver', {
        why: f.kind === 'get' ? 'a get clause' : f.negated ? 'negated' : f.past ? 'past' : f.modal ? 'modal' : 'the person acts',
        verb: f.verb,
        party: f.party,
        clause: f.clause,
      });
      continue;
    }
    // Once as a test in a year gone by, or by mistake (a breach): no recipient of the processing (see clauseClears).
    if ((MAY_ONE_OFF(text) && ONCE().test(text)) || MAY_MISTAKE(text)) {
      const sentence = text.split(/[.;!?]/u).find((x) => x.includes(f.clause)) ?? f.clause;
      if ((ONCE().test(sentence) && ONE_OFF().test(sentence)) || MISTAKE().test(sentence)) {
        trace?.('receiver', { why: 'once or by mistake', verb: f.verb, party: f.party, clause: f.clause });
        continue;
      }
    }
    // The party's own phrase, before a relative clause with no comma («Vendors of archive systems who want to market …»).
    const party = f.party
      .replace(/^(?:(?:også|òg|also|then)\s+)+/iu, '')
      .split(/\s(?:who|which|that|som)\s/iu)[0]!
      .trim();
    // A long party is a clause read as one, unless it is parties joined by «og», «and» («Our partner hotels and the bank
    // behind the Nordavind Polar credit card get …»: paraphrase4 PD023), each of nine words at most.
    const long =
      party.replace(/\s*\([^)]*\)/gu, '').split(/\s+/u).length > 9 &&
      (party.split(/\s+/u).length > 16 || party.split(PARTS()).some((x) => x.split(/\s+/u).length > 9));
    if (party === '' || US().test(party) || long) {
      trace?.('receiver', { why: 'no party, us, or too long', verb: f.verb, party: f.party, clause: f.clause });
      continue;
    }
    // Each test below only sets a clause aside, so their order does not change the answer: those that read the clause alone
    // come first, and the activity (its parties, people and data: `partyContext`, `dataHeads`) is asked only of a clause
    // they leave, so that most readings ask nothing of it and are kept for every activity (ContextFreeReadings; #16, session 45).
    // Handed by another body to a third (otherGives; personGives below), or to an oversight authority in one inquiry at its
    // request (inInquiry).
    const active = f.kind === 'give' && f.voice === 'active';
    if (active && otherGives(f.giver, f.clause, isController)) {
      trace?.('receiver', { why: 'another gives (otherGives)', verb: f.verb, party: f.party, clause: f.clause, giver: f.giver });
      continue;
    }
    if (inInquiry(party, text)) {
      trace?.('receiver', { why: 'an inquiry', verb: f.verb, party: f.party, clause: f.clause });
      continue;
    }
    // «gir Skatteetaten oss opplysningar»: the named one gives to us (a verb before its subject).
    if (f.prep === '' && TO_US_END().test(party)) {
      trace?.('receiver', { why: 'given to us', verb: f.verb, party: f.party, clause: f.clause });
      continue;
    }
    // A breach told is no data handed; the party's own name is not what is handed («Statistisk sentralbyrå», «Statistics
    // Norway»: session 39, R31).
    const breachTold = TELL_VERB().test(f.verb.split(/\s+/u).pop()!) && BREACH_TOLD().test(`${f.thing} ${f.party}`);
    if (
      breachTold ||
      thingsOnly(f.thing) ||
      noOnesData(byName(f.clause, party)) ||
      docOfThing(f.thing) ||
      AGENDA_OR_OWN().test(f.thing) ||
      OUR_PROCESSING_TOLD().test(f.thing)
    ) {
      trace?.('receiver', {
        why: breachTold
          ? 'a breach told'
          : thingsOnly(f.thing)
            ? 'things only'
            : noOnesData(byName(f.clause, party))
              ? "no one's data (counts, anonymous)"
              : 'a document of a thing',
        verb: f.verb,
        party: f.party,
        thing: f.thing,
        clause: f.clause,
      });
      continue;
    }
    if (active && personGives(f, partyContext)) {
      trace?.('receiver', { why: 'another gives (personGives)', verb: f.verb, party: f.party, clause: f.clause, giver: f.giver });
      continue;
    }
    const data =
      CLAUSE_DATA().test(f.thing) ||
      reportsPeople(f) ||
      toldOfPerson(f) ||
      ownedByPerson(f.thing, partyContext) ||
      namesOwnData(f.thing, dataHeads()) ||
      conferredOnPerson(f, partyContext);
    if (!data) {
      trace?.('receiver', { why: 'no data word', verb: f.verb, party: f.party, thing: f.thing, clause: f.clause });
      continue;
    }
    // A bare message about a thing («Vaktselskapet får beskjed når porten ikkje er låst»): no one's data.
    if (BARE_MESSAGE().test(f.thing.trim()) && !PEOPLE_ONE().test(f.clause) && !PERSON_WORD().test(f.clause)) {
      trace?.('receiver', { why: 'a bare message', verb: f.verb, party: f.party, clause: f.clause, thing: f.thing });
      continue;
    }
    // Handed on the person's own request («when the tipster asks us to») is still a disclosure to a recipient: Art. 4(9)
    // knows one exception, a public authority in a particular inquiry (inInquiry); the request is the basis, not an
    // exemption (docs/rules/recipients-stated.md, decided in session 29 after V2's measure).
    // A subject that is an adverbial («Etter konsultasjonen får fastlegen epikrise»): the receiver stands after the verb.
    // Not «each school», «kvar lærestad»: each of the bodies is the receiver.
    if (f.prep === '' && ADVERBIAL_FIRST().test(party) && !(EACH_FIRST().test(party) && CLAUSE_BODY().test(party))) {
      trace?.('receiver', { why: 'an adverbial as the party', verb: f.verb, party: f.party, clause: f.clause });
      continue;
    }
    // The head after a genitive («the worker's employer», «the child's family doctor»): the owner is not the receiver.
    const words = party.replace(/^(?:the|our|your|a|an|den|det|dei|de|vår|vårt|våre)\s+/iu, '').split(/\s+/u);
    // «nærmeste pårørende», «dei næraste pårørande»: the next of kin, not «nærmeste leder» (session 36, R21).
    const first = words.length > 1 && (/\p{L}['’]s?$/u.test(words[0]!) || NEXT_OF_KIN().test(`${words[0]!} ${words[1]!}`)) ? words[1]! : words[0]!;
    // The controller's own unit by the genitive («the municipality's education office» in the municipality's record).
    if ((first !== words[0] && isController(words[0]!.replace(/['’]s?$/u, ''), f.clause)) || ownGenitive(party)) {
      trace?.('receiver', { why: "the controller's unit by a genitive", verb: f.verb, party: f.party, clause: f.clause });
      continue;
    }
    // The party context with the clause's language, built only when the lexicon is asked.
    let clauseCtx: PartyContext | undefined;
    const ctxOf = (): PartyContext => (clauseCtx ??= { ...partyContext(), language: ENGLISH_CLAUSE().test(f.clause) ? 'en' : 'no' });
    // A role the lexicon reads as another party («søkjaren» where the record is about the neighbours: check/parties.ts).
    if (
      PEOPLE_ONE().test(first) &&
      !CLAUSE_BODY().test(party) &&
      !PUBLIC_PEOPLE().test(party) &&
      !staffOfOther(party, partyContext) &&
      !lexicalOutside(party.split(CORE_END())[0]!, ctxOf())
    ) {
      trace?.('receiver', { why: 'people (PEOPLE_ONE)', verb: f.verb, party: f.party, clause: f.clause });
      continue;
    }
    // The receiver's own phrase, before «in Oslo», «on Monday», «by e-mail», «that hosts …»: a body by its kind or a company
    // by its form («AS», «Ltd»), not a place, a day, a server or a person's first name.
    const core = party.split(CORE_END())[0]!;
    const body =
      (MAY_CLAUSE_RECEIVE(party) && (CLAUSE_BODY().test(core) || (CLAUSE_OTHERS().test(party) && CLAUSE_BODY().test(party)))) ||
      // A unit of a body named by its proper name («Integritetseininga i Noregs idrettsforbund», «the integrity unit of
      // Norges idrettsforbund»): the body's (the controller's own unit is cleared by `known`: unitOfOwn).
      UNIT_OF_NAMED().test(party) ||
      // A party with an apposition that names its kind («Vesterfjord meddommerlag, en forening som …», «Vestkyst Care, a
      // company that …»: session 36, R21): a body outside, whatever its own name.
      appositionBody(party, f.clause) ||
      PUBLIC_PEOPLE().test(core.trim()) ||
      PUBLIC_PEOPLE().test(party) ||
      GROUP_MEMBER().test(party) ||
      ((PEOPLE_ONE().test(first) || staffWord(first) || ownUnit(first) || OWN_UNIT_WORD().test(first)) &&
        (staffOfOther(party, partyContext) || COMPANY_AFTER().test(party) || orgNamedAfter(party))) ||
      // Our unit's or staff's words with another body's (check/parties.ts headOfOther: «Site managers at the other contractors»).
      headOfOther(party, ctxOf()) ||
      // A national body by its name of more than one word («Statens vegvesen», «the Norwegian First Aid Council»: check/parties.ts).
      nationalBody(core) ||
      unitOfBody(party, f.clause, isController);
    // Any other party outside the controller by its head noun's kind (check/parties.ts: an agent noun or a trade that is
    // not the person, a relative, our staff, our unit, a thing or a party the record names): «til utbyggjaren», «to the
    // roofer». Not a clause that opens after «til» («samtykke til at vi …»), nor one that names an animal (its data).
    const lexical = !body && !CLAUSE_START().test(party) && !ANIMAL_THING().test(f.clause.replace(party, ' ')) && lexicalOutside(core, ctxOf());
    // A role of the controller's own kind of organisation («Trenerne» in a sports club's record: check/parties.ts ORG_ROLES).
    if (ownRole(receiverHead(core), isController.orgName)) {
      trace?.('receiver', { why: "a role of the controller's kind", verb: f.verb, party: f.party, clause: f.clause });
      continue;
    }
    // Record-first: we ourselves hand a person's data to a party no one knows: outside by default (unknownOutside).
    const unknownOut = !body && !lexical && unknownOutside(f, core, party, ctxOf);
    // A public body by its acronym alone («NAV», «FHI», «AMK-sentralen»; «HR», «IT» are own units, read below).
    if (!body && !lexical && !unknownOut && !COMPANY_FORM().test(core) && !ACRONYM_NAME().test(core.trim())) {
      trace?.('receiver', {
        why: 'party kind: no body, not outside',
        verb: f.verb,
        party: f.party,
        kinds: core.split(PARTS()).map((x) => `${headPhrase(x)}: ${partyKind(headPhrase(x), ctxOf())}`),
        clause: f.clause,
      });
      continue;
    }
    if (
      (ownUnit(first) || OWN_UNIT_WORD().test(first) || STAFF_FIRST().test(first)) &&
      // Not a title the lexicon reads as another body's («the head teacher» in a volunteer centre's record, «rektor»).
      !lexical &&
      !CLAUSE_OTHERS().test(party) &&
      !staffOfOther(party, partyContext) &&
      !unitOfOtherBody(party) &&
      !unitOfBody(party, f.clause, isController)
    ) {
      trace?.('receiver', { why: 'own unit or staff', verb: f.verb, party: f.party, clause: f.clause });
      continue;
    }
    if (CHANNEL_PARTY().test(first) || FOR_US().test(f.clause) || ANIMAL_THING().test(f.thing)) {
      trace?.('receiver', { why: 'a channel, for us, or an animal', verb: f.verb, party: f.party, clause: f.clause });
      continue;
    }
    // The supplier of a system, given access to fix or run it («Leverandøren får tilgang … berre ved feilretting»): a
    // processor acting for the controller (Art. 28), which processors-stated asks for, not a recipient of its own.
    // Not a vendor that wants to market or sell to us or others («Leverandørar av arkivsystem som ønskjer å marknadsføre
    // tenestene sine, får kontaktlista»: paraphrase5 PE019, PE020): it works for no one here, it is given our list.
    if (SUPPLIER_FIRST().test(first) && !MARKETS().test(f.clause)) {
      trace?.('receiver', { why: 'a supplier (processor)', verb: f.verb, party: f.party, clause: f.clause });
      continue;
    }
    // The first word alone names no listed party where it is our unit's or staff's with another body's («Site …»).
    if (known(party, f) || (known(first, f) && !headOfOther(party, ctxOf()))) {
      trace?.('receiver', { why: 'recorded or own (known)', verb: f.verb, party: f.party, clause: f.clause });
      continue;
    }
    trace?.('receiver', { why: 'FIRES', verb: f.verb, party, clause: f.clause });
    return party;
  }
  return undefined;
}
/**
 * A disclosure between two others, told as background («Politiet gir kommunen namna på tolkane», «Skatteetaten sender NAV
 * opplysningane», «The police give the municipality the names»): the giver, the subject of an active verb of giving, is
 * another body by its kind or name (NAMED_PARTIES, a public authority, a company by its form), not the controller (a word of
 * its name, or its kind in its name: «Banken» in Sparebanken Vest's record) nor its unit. The controller hands nothing over
 * there; the giver's own record names the receiver (Art. 4(9), 30(1)(d)). Session 27's false alarm in variants-tolk.
 */
const GIVER_AUTHORITY = lazyPattern(
  String.raw`^(?:(?:the|den|det|dei|de)\s+)?(?:[\p{L}-]+\s+)?(?:\p{L}*(?:myndighet|myndigheit|styresmakt|direktorat|tilsyn|etaten|departement)\p{L}*|statsforvalt\p{L}*|authorit(?:y|ies)|agency|ministry|directorate|inspectorate|municipalit(?:y|ies)|kommunen|kommunane|kommunene)$`,
  'iu',
);
const MAY_GIVER = prefilter(GIVER_AUTHORITY);
function otherGives(giver: string, clause: string, isController: IsController): boolean {
  // The giver's head (check/giver-head.ts: a place after it, a verb of its own before «og»; F5, session 36).
  return giverHeads(giver).some((g) => otherBody(g, clause, isController));
}
function otherBody(g: string, clause: string, isController: IsController): boolean {
  const orgName = isController.orgName ?? '';
  if (g === '' || g.split(/\s+/u).length > 4 || US().test(g)) return false;
  const body = ((MAY_NAME_PARTY(g) && ANY_PARTY().test(g)) || (MAY_GIVER(g) && GIVER_AUTHORITY().test(g)) || COMPANY_FORM().test(g)) && !ownUnit(g);
  if (!body) return false;
  const bare = g.replace(/^(?:the|den|det|dei|de)\s+/iu, '');
  const head = receiverHead(bare).slice(0, 5);
  return (
    !isController(bare, clause) &&
    !isController(bare.split(/\s+/u)[0]!, clause) &&
    !unitOfOwn(bare, clause, isController) &&
    !(head.length >= 4 && orgName.includes(head))
  );
}
/**
 * The subject before the verb of an active handing-over, when it is a noun phrase of its own (not «vi», not a clause
 * opened by «om», «hvis», «når», «if», «when»; the auxiliaries of duty dropped): «Bilførere som har kjørt på elg … skal
 * melde fra til politiet» → «Bilførere»; «The farmer must report the workers to the police» → «The farmer».
 */
const SUBORDINATE_FIRST = lazyPattern(
  String.raw`^(?:om|hvis|dersom|viss|når|da|fordi|etter|før|if|when|where|once|after|before|unless|as|since)(?![\p{L}])|(?<![\p{L}])(?:vi|we|oss|us|me)(?![\p{L}])`,
  'iu',
);
const DUTY_AUX = lazyPattern(
  String.raw`(?:\s+(?:skal|må|bør|plikter\s+å|pliktar\s+å|er\s+pliktig(?:e)?\s+til\s+å|must|shall|should|has\s+to|have\s+to|(?:is|are)\s+(?:required|obliged)\s+to|also|også|òg))+$`,
  'iu',
);
/** A time adverbial first («Kvart semester», «Hver måned», «Every autumn», «I desember»): no subject. */
const TIME_FIRST = lazyPattern(
  String.raw`(?<![\p{L}])(?:semester\p{L}*|termin\p{L}*|måned\p{L}*|månad\p{L}*|år(?:et|lig|leg)?|uke\p{L}*|veke\p{L}*|dag(?:en|leg|lig)?|kvartal\p{L}*|januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|vinter\p{L}*|sommer\p{L}*|sommar\p{L}*|høst\p{L}*|haust\p{L}*|vår(?:en)?|months?|years?|weeks?|days?|quarters?|terms?|semesters?|winters?|summers?|autumns?|springs?|january|february|march|june|july|october|november|december)(?![\p{L}])`,
  'iu',
);
const INVERTED = lazyPattern(String.raw`^\s+(?:vi|we|me|eg|jeg|i|han|ho|hun|de|dei|dere|dykk|they|he|she|it|det|den|du|you|kommunen|etaten)(?![\p{L}])`, 'iu');
function subjectBefore(f: ClauseFact): string {
  const pre = f.clause.slice(0, f.at).trim();
  // A subject right after the verb («Kvart semester sender vi …», V2): what stands first is an adverbial.
  if (pre === '' || SUBORDINATE_FIRST().test(pre) || TIME_FIRST().test(pre) || INVERTED().test(f.clause.slice(f.at + f.verb.length))) return '';
  return (' ' + pre.split(/\s(?:som|who|which|that)\s|,/u)[0]!.trim()).replace(DUTY_AUX(), '').trim();
}
/**
 * A person of the record, a relative or an outside party handing data to a third under their own duty («Bilførere … skal
 * melde fra til politiet», «The farmer must report the workers to the police», «Tiltakshavar sender kopi til naboane»):
 * the controller discloses nothing there (Art. 4(9) is about the controller's disclosure; variants-landbruk's clean base,
 * session 29, the mirror of otherGives for people). Our staff by title stay ours («Saksbehandleren sender saken til
 * politiet», «Legen skal melde fra»), and so does a subject the lexicon cannot place.
 */
function personGives(f: ClauseFact, ctx: () => PartyContext): boolean {
  // A fronted object («Lista går vi gjennom med …»): we give (check/clause.ts names the giver).
  if (f.kind !== 'give' || f.voice !== 'active' || f.giver.trim() === '' || US().test(f.giver.trim())) return false;
  const phrase = subjectBefore(f);
  if (phrase === '' || phrase.split(/\s+/u).length > 4 || US().test(phrase) || staffWord(phrase)) return false;
  const kind = partyKind(phrase, ctx());
  return kind === 'subject' || kind === 'relative' || kind === 'outside';
}
/**
 * The text without its sentences where every handing-over is by another body to a third (otherGives), for the older
 * readings (discloses, named parties) that do not ask who gives. Gated by the named parties' words and the authorities'.
 */
function withoutOthersHanding(text: string, isController: IsController): string {
  if (!namesAnyParty(text) && !MAY_GIVER(text) && !(MAY_COMPANY(text) && COMPANY_FORM().test(text))) return text;
  const facts = clauseFacts(text);
  const others = facts.filter((f) => f.kind === 'give' && f.voice === 'active' && (otherGives(f.giver, f.clause, isController) || personGives(f, () => ({}))));
  if (others.length === 0) return text;
  return sentencesOf(text)
    .filter((s) => {
      const said = facts.filter((f) => f.kind !== 'get' && s.includes(f.clause));
      return said.length === 0 || !said.every((f) => others.includes(f));
    })
    .join(' ');
}
const MAY_COMPANY = prefilter(COMPANY_FORM);
/**
 * A public authority that oversees or hears complaints, given access or a copy when it asks in one case («Datatilsynet får
 * innsyn i saka når dei ber om det i ei klagesak», «Statens helsetilsyn får innsyn … når de ber om det i en tilsynssak», «if
 * the Data Protection Authority asks for it in a complaint case»): Art. 4(9) second sentence, «public authorities which may
 * receive personal data in the framework of a particular inquiry in accordance with Union or Member State law shall not be
 * regarded as recipients»; recital 31 names «independent administrative authorities» among them, and «The requests for
 * disclosure sent by the public authorities should always be in writing, reasoned and occasional and should not concern
 * the entirety of a filing system or lead to the interconnection of filing systems» (both checked 2026-12-03 in the Official
 * Journal text, OJ L 119, 4.5.2016, pp. 6 and 33-34; docs/rules/recipients-stated.md). Only their own
 * request («når dei ber om det», «on request», «if … asks») AND one case («i ei klagesak», «in a complaint case», «in an
 * inquiry»); a standing, regular disclosure («får kvar månad ei liste over alle klagene», «har lesetilgang til alle
 * sakene») is to a recipient. The police asking in an investigation are left as a recipient (variants-kultur KU08's
 * decision: a library's recurring disclosures to the police are a category the record names).
 */
const OVERSIGHT = lazyPattern(
  String.raw`(?<![\p{L}])(?:datatilsyn\p{L}*|\p{L}*tilsyn(?:et)?|\p{L}*tilsynet|\p{L}*omb(?:ud|od)(?:et|a)?|sivilomb\p{L}*|statsforvalt\p{L}*|fylkesmann\p{L}*|(?:data\s+protection|supervisory)\s+authorit(?:y|ies)|board\s+of\s+health\s+supervision|ombudsm[ae]n|inspectorate|county\s+governor)(?![\p{L}])`,
  'iu',
);
const ON_REQUEST = String.raw`(?:(?:når|dersom|hvis|viss|om|if|when|where)\s+(?:\p{L}+\s+){0,4}?(?:ber|bed|krev|krever|asks?|requests?|demands?|undersøker|undersøkjer|granskar|gransker|investigates|examines|inquires\s+into)(?![\p{L}])|on\s+(?:its|their)?\s*request|at\s+(?:its|their)\s+request|på\s+(?:oppmoding|forespørsel|førespurnad|anmodning|krav))`;
const ONE_CASE = String.raw`(?:i|in|under|during|for)\s+(?:(?:ei|en|ein|eit|et|a|an|one|a\s+single|the|den|det)\s+)?(?:(?:konkret\p{L}*|enkelt\p{L}*|particular|specific|single|individual)\s+)?(?:\p{L}*klagesak\p{L}*|\p{L}*tilsynssak\p{L}*|sak(?:a|en)?|complaint(?:\s+case)?|inquiry|investigation|supervisory\s+case|audit|case|gransking\p{L}*|undersøking\p{L}*|undersøkelse\p{L}*)(?![\p{L}])`;
const IN_INQUIRY = lazyPattern(
  String.raw`(?<![\p{L}])${ON_REQUEST}[^.;]*?(?<![\p{L}])${ONE_CASE}|(?<![\p{L}])${ONE_CASE}[^.;]*?(?<![\p{L}])${ON_REQUEST}`,
  'iu',
);
const MAY_INQUIRY = prefilter(IN_INQUIRY);
/** Whether `party`, an oversight authority, gets the data only in one inquiry at its request, in the sentence of `words` that names it. */
const inInquiry = (party: string, words: string): boolean => {
  if (!MAY_INQUIRY(words) || !OVERSIGHT().test(party)) return false;
  const p = party.toLowerCase();
  const said = words.split(/[.;!?]/u).filter((x) => x.toLowerCase().includes(p));
  return said.length > 0 && said.every((x) => IN_INQUIRY().test(x) && !STANDING().test(x));
};
/** A standing disclosure: every case, every month, all of them, read access. */
const STANDING = lazyPattern(
  String.raw`(?<![\p{L}])(?:alle|all|every|each|kvar|hver|kvart|hvert|månadleg|månedlig|monthly|weekly|yearly|annually|lesetilgang|read\s+access)(?![\p{L}])`,
  'iu',
);
/**
 * People reported or notified about: «we report the borrowers whose loans have been called in to Experian AS», «melder
 * skyldnarane til …» (paraphrase4 PD031): a verb of reporting with people as its object hands their data, as a list of
 * them would. Not sending («Vi sender elevane til helsesjukepleiaren»: the pupils go, no data).
 */
const REPORT_VERB = lazyPattern(String.raw`^(?:report|reports|reported|rapporter\p{L}*|meld(?:er|ar|e|te|es|ast)?|varsl\p{L}*|notif\p{L}*)$`, 'iu');
const PEOPLE_REPORTED = lazyPattern(
  String.raw`(?<![\p{L}])(?:borrowers?|låntak\p{L}*|låner(?:e|en|ne)?|lånar(?:ar|en|ane)?|debtors?|skyldn\p{L}*|tenants?|leietak\p{L}*|leigetak\p{L}*)(?![\p{L}])`,
  'iu',
);
/**
 * What a person owns, named by its owner («poengsaldoen til kvart medlem», «the number of each member», «each member's
 * tier»), or what a person did or has («hva en låner har lånt», «what each member bought»): the person's data, whatever
 * the thing's own word (session 31, paraphrase4 PD017, PD024). The owner is a person by the lexicon's kinds (the record's data subjects, the general nouns for a person, a relative).
 */
const OWNED_BY = lazyPattern(
  String.raw`(?:(?<![\p{L}])(?:til|åt|of|av|kva|hva|what|which|hvilke|hvilken|kven|hvem|who)\s+(?:(?:the|den|dei|de|each|every|all|alle|kvar|kvart|hver|hvert|ein|en|ei|eit|et|a|an)\s+)?([\p{L}-]+)(?:\s|$))|(?:(?<![\p{L}])(?:(?:each|every|the|a|an|kvar|hver)\s+)?([\p{L}-]+)['’]s?\s+\p{L})`,
  'giu',
);
const MAY_OWNED_BY = prefilter(OWNED_BY, false, 2);
/**
 * The activity's own data by the head noun of what is handed (session 37, R25, class A: «Timeverdiane for bustader … blir
 * sende vidare til heimetenesta», «Posisjonen vises også for nærmeste pårørende»): a thing whose head is the head of one of
 * the activity's recorded data categories (its name, or the first noun phrase of its description: «Timeverdiar frå smarte
 * vassmålarar», «Posisjon frå GPS-eining», «Hourly readings from …»), by its stem (definite and plural endings taken off), or
 * the last part of such a head («forbruket» of «Vassforbruk per time»). A category is personal data by the record's own
 * word; what the record names nowhere as data («Vassprøvane», «årsrapporten») is not read by this.
 */
const NP_END = lazyPattern(
  String.raw`[,.;:()]|\s(?:frå|fra|ifrå|ifra|from|av|of|på|on|i|in|per|for|til|to|med|with|om|about|over|som|that|which|who|der|where|når|when|blir|vert|er|is|are|was|were|kan|can|there)(?![\p{L}])`,
  'iu',
);
const LEADING_WORDS = lazyPattern(
  String.raw`^(?:(?:også|òg|also|then|alle|all|the|den|det|dei|de|each|every|kvar|kvart|hver|hvert|our|vår|vårt|våre|dei|these|those|desse|disse)\s+)+`,
  'iu',
);
/**
 * A moving picture by any of its words («filmane», «videoen», «opptaka», «footage», «recordings»): one head, so a film is the
 * activity's data where it records a video («Video frå røyrinspeksjon»: vassverk VV30), and a thing where it records none
 * («We show the films to the local newspaper» at a volunteer centre).
 */
const MOVING_PICTURE = lazyPattern(String.raw`^(?:\p{L}*film|\p{L}*video|\p{L}*videoopptak|\p{L}*opptak|footage|recording|clip|videoklipp)$`, 'iu');
const stemOf = (w: string): string => {
  const l = w.toLowerCase().replace(/['’]s?$/u, '');
  const s = l.replace(/(?:arane|erane|ane|ene|ar|er|en|et|a|e|s|ne)$/u, '');
  const stem = s.length >= 4 ? s : l;
  return MOVING_PICTURE().test(stem) ? 'moving-picture' : stem;
};
/**
 * The stems of the heads of a text's first noun phrase (each of its parts joined by «og», «and»), of five letters or more;
 * remembered per text: an activity's data categories are catalogue entries that many activities share (#16, session 46).
 */
const headStems = byText((text: string): readonly string[] =>
  text
    .trim()
    .replace(LEADING_WORDS(), '')
    .split(NP_END())[0]!
    .split(/\s+(?:og|and|eller|or|&)\s+/iu)
    .map((p) => p.trim().split(/\s+/u).pop() ?? '')
    .filter((w) => /^\p{L}[\p{L}-]{3,}$/u.test(w))
    .map(stemOf)
    .filter((w) => w.length >= 5),
);
/** What is handed is definite, a noun that points back («Timeverdiane», «Posisjonen», «the readings»): not «legger fram politiattest». */
const DEFINITE_FIRST = lazyPattern(
  String.raw`^\s*(?:(?:også|òg|also|then)\s+)*(?:the\s+\S|(?:den|det|dei|de)\s+\S|\p{L}+(?:en|et|a|ane|ene|ne|na)(?![\p{L}]))`,
  'iu',
);
const namesOwnData = (thing: string, heads: readonly string[]): boolean =>
  heads.length > 0 &&
  DEFINITE_FIRST().test(thing) &&
  headStems(thing).some((t) => heads.some((h) => h === t || (t.length >= 5 && h.endsWith(t)) || (h.length >= 5 && t.endsWith(h))));
/** The head stems of the activity's data categories' names and descriptions (namesOwnData). */
const dataHeadsOf = (r: ResolvedActivity): string[] => [
  ...new Set(
    r.dataCategories.flatMap((c) => [...textsOf(c.value.name), ...textsOf(c.value.description)].filter((t) => !CLAUSE_FIRST().test(t)).flatMap(headStems)),
  ),
];
/** A description that opens with a clause, not a noun («Whether a test was negative …», «Om prøva var positiv», «Kven som …»). */
const CLAUSE_FIRST = lazyPattern(
  String.raw`^\s*(?:whether|if|when|what|who|which|how|om|når|kva|hva|kven|hvem|korleis|hvordan|kor|hvor|at|that)(?![\p{L}])`,
  'iu',
);
const ownedByPerson = (thing: string, ctx: () => PartyContext): boolean => {
  if (!MAY_OWNED_BY(thing) || COUNT_WORD().test(thing)) return false;
  for (const m of thing.matchAll(OWNED_BY())) {
    const k = partyKind(m[1] ?? m[2]!, ctx());
    if (k !== 'subject' && k !== 'relative') continue;
    // What is owned is itself a person («The children of the members are sent to the camp», «medlemmenes barn»): people
    // sent somewhere, not their data (s30-t1 l11, found merging K1's passive default with this reading, session 31).
    const owned = m[1] !== undefined ? thing.slice(0, m.index).trim().split(/\s+/u).pop() : thing.slice(m.index + m[0].length - 1).split(/\s+/u)[0];
    if (owned !== undefined && owned !== '' && PEOPLE_KINDS.has(partyKind(owned, ctx()))) continue;
    return true;
  }
  return false;
};
const PEOPLE_KINDS: ReadonlySet<string> = new Set(['subject', 'relative', 'staff']);
/**
 * What is handed is only a meeting's agenda («Sakslisten sendes lokalavisen», «the agenda»: lawful-wordings-s22-n f38), or
 * the receiver's own («får tilgang til sin egen kontaktliste», «their own list»: lawful-wordings-s24-n i131): no one's data
 * disclosed.
 */
const AGENDA_OR_OWN = lazyPattern(
  String.raw`^(?:(?:the|an?|en|ei|ein)\s+)?(?:sakslist\p{L}*|saklist\p{L}*|agenda(?:s|en|ene|ane)?|møteinnkalling\p{L}*)$|^(?:(?:til|to|i|in)\s+)?(?:sin|si|sitt|sine|their|its)\s+(?:egen|eigen|eiga|egne|eigne|eget|eige|own)(?![\p{L}])`,
  'iu',
);
/**
 * People of another body by its genitive («Staff at the health trust's emergency medical communication centre», «de
 * tilsette ved helseforetakets AMK-sentral»): the other body receives (session 31, paraphrase4 PD020). Not a person's own
 * («staff at the patient's home»), our staff's or our unit's.
 */
/**
 * A title or a unit AT another body by its kind, a definite noun (session 32, R6): «rektor på ungdomsskulen», «styret i
 * borettslaget», «the head teacher of the secondary school», «the coach at the club». The body is read by its kind below
 * (not ours, not the person); a place by its name («i Oslo») is none.
 */
const OTHERS_PLACE = lazyPattern(
  String.raw`^(?:the\s+)?(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+\s+(?:at|of|in|ved|hos|i|på|for)\s+(?:the\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]{4,})|(?:[\p{Ll}-]+\s+)?([\p{Ll}-]{3,}(?:en|et|a|ane|ene|na)))$`,
  'u',
);
const OTHERS_GENITIVE = lazyPattern(
  String.raw`^\S+(?:\s+\S+)?\s+(?:at|of|in|from|ved|hos|i|på|frå|fra)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?([\p{L}-]+)(?:['’]s?\s+|(?<=\p{L}{3}(?:ets|ens))\s+)[\p{L}-]`,
  'iu',
);
/**
 * A unit of another body by its kind («Tildelingskontoret i kommunen» in a care provider's record, «the allocation office of
 * the municipality»): the body receives (session 31, paraphrase5 PE015). Not the controller's own («… i kommunen» in a
 * municipality's record: unitOfOwn).
 */
const unitOfBody = (party: string, clause: string, isController: IsController): boolean => {
  const at = party.search(/\s(?:i|ved|hos|in|at|of|within)\s/iu);
  const unit = party.slice(0, at).split(/\s+/u).pop()!;
  if (at <= 0 || !(OWN_UNIT_WORD().test(unit) || partyKind(unit) === 'own-unit')) return false;
  const after = party.slice(at).replace(/^\s*\S+\s+(?:the\s+)?/u, '');
  return MAY_CLAUSE_RECEIVE(after) && CLAUSE_BODY().test(after.split(/\s+/u)[0]!) && !unitOfOwn(party, clause, isController);
};
/** Staff of a company named by its form («Lydteknikaren i Oslo Lyd AS», «the technician at Nordlys Ltd»). */
const COMPANY_AFTER = lazyPattern(
  String.raw`^\S+(?:\s+\S+)?\s+(?:at|of|in|from|ved|hos|i|på|frå|fra)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}\s+${formsPattern(FORMS.receiver)}(?![\p{L}])`,
  'u',
);
/**
 * An organisation's proper name after a title's or a unit's preposition (session 38, R28: «vakthavende redaktør i Vestvik
 * Avis», «the duty editor at Vestvik Avis», «sekretariatet i Fjordvik Båtlag»): check/parties.ts namedOrg reads the name.
 */
const ORG_NAME_AFTER = lazyPattern(String.raw`\s(?:at|of|in|from|ved|hos|i|på|frå|fra)\s+((?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){1,3})\s*$`, 'u');
const orgNamedAfter = (party: string): boolean => {
  const m = ORG_NAME_AFTER().exec(party);
  return m !== null && namedOrg(m[1]!);
};
const PRINCIPAL = lazyPattern(String.raw`^(?:the\s+|our\s+|your\s+)?(?:school\s+|deputy\s+|assistant\s+)?principals?$`, 'iu');
const SCHOOLS_RUN = lazyPattern(
  String.raw`(?<![\p{L}])(?:kommune|kommuna|municipality|county|fylkeskommune|school|schools|academy|\p{L}*skole|\p{L}*skule)(?![\p{L}])`,
  'iu',
);
const staffOfOther = (party: string, ctx: () => PartyContext): boolean => {
  const m = OTHERS_GENITIVE().exec(party);
  const at = m === null ? OTHERS_PLACE().exec(party) : null;
  if (m === null && at === null) return headOfOther(party, ctx());
  const owner = at !== null ? (at[1] ?? at[2]!) : /['’]/u.test(party) ? m![1]! : m![1]!.replace(/s$/u, '');
  // A place the record names as its own («kollegaer på helsestasjonen» where «Helsestasjon og skulehelseteneste» is the
  // responsible unit: session 37, R25, helsestasjon's control HSC01).
  const own = ctx().own;
  if (own !== undefined && stemOf(owner).length >= 5 && own.toLowerCase().includes(stemOf(owner))) return false;
  const k = partyKind(owner, ctx());
  return k === 'unknown' || k === 'outside' || k === 'recorded' || headOfOther(party, ctx());
};
/**
 * A telling whose thing names a person (session 36, R21, class D: «varsler vi politiet» when «brukeren ikke åpner døren»,
 * «the next of kin are notified when a resident falls ill»): what is told is about them. Not a thing alone («Hvis
 * brannalarmen går, varsler vi brannvesenet»).
 */
const TELL_VERB = lazyPattern(String.raw`^(?:varsl\p{L}*|notif\p{L}*|alert(?:s|ed)?|informer\p{L}*|inform(?:s|ed)?|orienter\p{L}*|underrett\p{L}*)$`, 'iu');
/** Copied in on it (check/clause.ts COPIED): what the one copied in gets is told them. */
const COPIED_VERB = lazyPattern(String.raw`(?<![\p{L}])(?:kopiert|kopiera|copied|cc['’]?d|cc-?ed|på\s+kopi)(?![\p{L}])`, 'iu');
/**
 * A breach notified, or a notice to the supervisory authority («Hvis et avvik rammer brukerne, varsler vi Datatilsynet», «If a
 * breach affects residents, we notify the Data Protection Authority»): the controller's duty under Art. 33 (and 34), which the
 * record's recipients do not list; not what a telling of a person's condition hands over.
 */
const BREACH_TOLD = lazyPattern(
  String.raw`(?<![\p{L}])(?:avvik\p{L}*|\p{L}*brudd\p{L}*|breach\p{L}*|incidents?|datatilsynet|data\s+protection\s+authority|supervisory\s+authority|tilsynsmyndighet\p{L}*|personvernnemnda)(?![\p{L}])`,
  'iu',
);
const ELDERLY = lazyPattern(String.raw`(?<![\p{L}])(?:den|dei|de|the)\s+(?:eldre|elderly|sjuke|syke|sick)(?![\p{L}])`, 'iu');
/**
 * Conferred with a party about one of the record's people (check/clause.ts CONFER: «rådfører seg med fysioterapeuten barnet
 * går til, om trening i barnehagen», «drøftar med barnevernet korleis eleven har det», «discuss the patient's treatment with
 * the GP»): what is conferred on is that person's case. A word of a person in what is conferred on (check/clause.ts puts
 * the party's relative clause there: «barnet går til»), not in the party («the employee representatives»); not a count.
 */
const CONFER_VERB = lazyPattern(String.raw`^(?:drøft|diskuter|konferer|avklar|rådfør|rådspør|rådspurd|rådspurt|discuss|confer|consult)`, 'iu');
const conferredOnPerson = (f: ClauseFact, ctx: () => PartyContext): boolean =>
  CONFER_VERB().test(f.verb) &&
  !COUNT_WORD().test(f.thing) &&
  // The party's genitive owner («the child's GP», «barnets fastlege»): the one the consultation is about.
  `${f.thing} ${/^(?:the\s+)?(\p{L}+['’]s?)\s/u.exec(f.party)?.[1] ?? ''}`
    .split(/\s+/u)
    .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}'’]+$/gu, ''))
    .some((w) => w.length > 1 && (PEOPLE_ONE().test(w) || partyKind(w, ctx()) === 'subject'));
const toldOfPerson = (f: ClauseFact): boolean =>
  (TELL_VERB().test(f.verb.split(/\s+/u).pop()!) || COPIED_VERB().test(f.verb)) &&
  !COUNT_WORD().test(f.thing) &&
  (PEOPLE_ONE().test(f.thing) || PERSON_WORD().test(f.thing) || ELDERLY().test(f.thing) || f.thing.split(/\s+/u).some((w) => partyKind(w) === 'subject'));
/**
 * Told THAT we process («Idrettslaget får vite at vi behandler navn og telefonnummer», «the club is told that we store the
 * names»): a notice of our processing, no one's data handed (session 36, R21, class B's control).
 */
const OUR_PROCESSING_TOLD = lazyPattern(
  String.raw`^\s*(?:vite|know|beskjed|melding|informasjon|information)?\s*(?:om\s+)?(?:at|that)\s+(?:vi|me|we)\s+(?:\p{L}+\s+)?(?:behandl\p{L}*|lagr\p{L}*|registrer\p{L}*|samlar|samler|samle|process(?:es)?|store|stores|keep|collect|hold|use|bruker|brukar)(?![\p{L}])`,
  'iu',
);
/**
 * People outside who ask or call, as a receiver («Naboer og andre som ringer … får vite …», «Innringere», «Neighbours who
 * ask are told …»: session 36, R21, tingrett VT27's class): third parties, whatever the record's own people. «andre»,
 * «others» only beside one of them; not «alle», «anyone», «publikum», «the public» (a public journal «Alle har lesetilgang
 * til …» is the public's, lawful-wordings-s20-m-ppt ra08).
 */
const PUBLIC_PEOPLE = lazyPattern(
  String.raw`^(?:(?:naboer|naboar|naboene|naboane|neighbours?|neighbors?|innringere|innringarar|callers)(?:\s+(?:og|and|eller|or)\s+(?:andre|others|naboer|naboar))?|(?:andre|others)\s+(?:og|and)\s+(?:naboer|naboar|neighbours?))$`,
  'iu',
);
const NEXT_OF_KIN = lazyPattern(String.raw`^(?:nærmeste|næraste|nærmaste)\s+(?:pårørende|pårørande)$`, 'iu');
/** An apposition right after a party naming its kind: «, en forening», «, et firma», «, a company», «, an association». */
const APPOSITION_BODY = lazyPattern(
  String.raw`^\s*,\s*(?:en|ei|et|eit|ein|a|an)\s+(?:(?:privat|private|lokal|local|frivillig|ideell|voluntary|non-profit|stor|large|liten|lita|small)\s+)?(?:forening|foreining|organisasjon|stiftelse|selskap|firma|bedrift|aksjeselskap|lag|klubb|association|society|club|company|firm|charity|organi[sz]ation|foundation|business)(?![\p{L}])`,
  'iu',
);
const appositionBody = (party: string, clause: string): boolean => {
  const at = clause.indexOf(party);
  return at >= 0 && APPOSITION_BODY().test(clause.slice(at + party.length));
};
const reportsPeople = (f: ClauseFact): boolean =>
  REPORT_VERB().test(f.verb) &&
  (PEOPLE_ONE().test(f.thing) ||
    PEOPLE_REPORTED().test(f.thing) ||
    // A person by the lexicon's kinds, the thing's only word («varsler … antidopingorganisasjonen om utøveren»: session 31).
    (!/\s/u.test(f.thing.trim().replace(/^(?:the|den|det|dei|de)\s+/iu, '')) && partyKind(f.thing) === 'subject')) &&
  !COUNT_WORD().test(f.thing);
/** A count of people («medlemstall», «the number of borrowers», «antall elever»), no one's data. */
const COUNT_WORD = lazyPattern(String.raw`(?:tal|tall|tala|talet|tallet|tallene|antal\p{L}*|statisti\p{L}*|numbers?|counts?|figures|totals?)(?![\p{L}])`, 'iu');
/** A unit of another body by its kind («Integritetseininga i Noregs idrettsforbund»), not «Kommunikasjonsavdelingen i IKA» (ours). */
const unitOfOtherBody = (party: string): boolean => UNIT_OF_NAMED().test(party) && CLAUSE_BODY().test(party.slice(party.search(/\s(?:i|ved|hos|of|at|in)\s/u)));
const UNIT_OF_NAMED = lazyPattern(
  String.raw`^(?:the\s+)?(?:[\p{L}-]+\s+)?\p{L}*(?:eining(?:a|en)?|enhet(?:en)?|avdeling(?:a|en)?|seksjon(?:en)?|units?|department|section|office)\s+(?:i|ved|hos|of|at|in)\s+(?:the\s+)?\p{Lu}[\p{L}-]+`,
  'u',
);
const ACRONYM_NAME = lazyPattern(String.raw`^[A-ZÆØÅ]{2,6}(?:-\p{L}+)?$`, 'u');
const MARKETS = lazyPattern(
  String.raw`(?<![\p{L}])(?:marknadsfør\p{L}*|markedsfør\p{L}*|market(?:s|ing)?|sell|sells|selje|selge|advertis\p{L}*|reklam\p{L}*)(?![\p{L}])`,
  'iu',
);
const SUPPLIER_FIRST = lazyPattern(String.raw`^(?:\p{L}*-?leverandør(?:en|ane|ene|ar|er)?|suppliers?|vendors?)$`, 'iu');
/** The head noun of a receiver's phrase: its last word before a preposition or relative («HR at the client company» → «hr»). */
/** The receiver's head with the word before it («den private fysioterapeuten», «the tax office»): check/parties.ts reads both. */
const headPhrase = (party: string): string =>
  party
    .split(/\s(?:at|of|in|i|hos|ved|på|for|til|som|that|who|which|der|with|med)\s/iu)[0]!
    .trim()
    .split(/\s+/u)
    .slice(-2)
    .join(' ');
/** What follows a receiver's head: a preposition or a relative pronoun. */
const RECEIVER_TAIL = lazyPattern(String.raw`\s(?:at|of|in|i|hos|ved|på|for|til|som|that|who|which|der|with|med)\s`, 'iu');
const receiverHead = (party: string): string => (party.split(RECEIVER_TAIL())[0]!.trim().split(/\s+/u).pop() ?? '').replace(/['’]s$/u, '').toLowerCase();
/**
 * The controller's own customers or clients sent what is addressed to them («sende faktura og rapport til våre kunder»,
 * «tilbud om nye tjenester sendes til tidligere oppdragsgivere»: N10's review, session 24, left on main): an invoice, an
 * offer, an answer, a receipt or the report they ordered is the person's own, no disclosure to another. Not where the words
 * name a list or others' data («lister over skyldnere til våre kunder»).
 */
const CUSTOMER_PARTY = lazyPattern(
  String.raw`^(?:(?:våre|vår|our|dine|your|tidligere|tidlegare|former|previous|alle|all)\s+)*(?:kund(?:e|en|er|ar|ene|ane)|customers?|clients?|oppdragsgiv\p{L}*|oppdragsgjevar\p{L}*|bestiller\p{L}*|bestillar\p{L}*)(?:\s+(?:våre|vår|our))?$`,
  'iu',
);
const ADDRESSED_DOC = lazyPattern(
  String.raw`(?<![\p{L}])(?:faktura\p{L}*|invoices?|tilbud\p{L}*|offers?|svar(?:et)?|answers?|replies|reply|kvittering\p{L}*|receipts?|bekreftels\p{L}*|stadfesting\p{L}*|confirmations?|nyhetsbrev\p{L}*|newsletters?|marketing|markedsføring\p{L}*|marknadsføring\p{L}*|reklame\p{L}*|advertising|rapport(?:en)?|reports?|kopi(?:en|ar|er)?|cop(?:y|ies)|avskrift\p{L}*|transcripts?)(?![\p{L}])`,
  'iu',
);
const OTHERS_NAMED = lazyPattern(
  String.raw`(?<![\p{L}])(?:list\p{L}*|oversikt\p{L}*|skyldner\p{L}*|debtors?|ansatte|tilsette|employees|pasient\p{L}*|patients?|\p{L}*opplysning\p{L}*\s+om|information\s+(?:about|on))(?![\p{L}])`,
  'iu',
);
const customersAddressed = (party: string, words: string): boolean =>
  CUSTOMER_PARTY().test(party.trim()) && ADDRESSED_DOC().test(words) && !OTHERS_NAMED().test(words);
/** Classes of receivers a list names in other words than the text (nb, nn, en). */
const RECEIVER_CLASSES = [
  /skatt|tax/iu,
  /arbeidsgiv|arbeidsgjev|employer/iu,
  // A municipality, not a body named by its compound's first part («kommunerevisjonen», «kommunekassen»: session 37, R24).
  /kommun(?:e|en|ar|er|ane|ene|es|ens|enes)?(?![\p{L}])|municipal/iu,
  /bank/iu,
  /skole|skule|school/iu,
  /politi|police/iu,
  /forsikr|insur/iu,
  /fagforen|fagforb|fagforeining|union|forbund/iu,
  // A doctor by the word or a doctor's compound; not a dentist or a vet («tannlegen», «dyrlegen»), nor a nynorsk adjective
  // in «-lege» («den offentlege tannhelsetenesta»: session 37, R24).
  /fastleg|(?<![\p{L}])(?:\p{L}*(?:barne|skule|skole|kommune|bedrifts|fylkes|over|vakt|turnus|sjukehus|sykehus|privat|spesialist|allmenn|distrikts|avdelings|helsestasjons|lands))?leg(?:e|en|ar|er|ane|ene|ens)(?![\p{L}])|doctor|(?<![\p{L}])gp/iu,
  /trener|trenar|coach|klubb|club|idrettslag/iu,
  /grunneier|grunneigar|landowner/iu,
  /partner/iu,
  /apotek|pharmac/iu,
];
const AUTHORITIES_CLASS = lazyPattern(
  String.raw`^(?:(?:the|other|relevant|public|andre|relevante|aktuelle|offentlige|offentlege|dei|de|rette|respective)\s+)*(?:myndighet(?:er|ene)?|myndigheit(?:er|ene)?|styresmakt(?:er|ene)?|authorit(?:y|ies)|public\s+bod(?:y|ies)|organ(?:er|a)?|etater|etatar|etatene|etatane)(?![\p{L}])`,
  'iu',
);
const AN_AUTHORITY = lazyPattern(
  String.raw`myndighet|myndigheit|styresmakt|authorit|etat(?:en|ar|er|ene|ane)?(?![\p{L}])|direktorat|tilsyn|(?<![\p{L}])nav(?![\p{L}])|kommun|municipal|politi|police|ministr|departement|statsforvalt|skatt|(?<![\p{L}])tax|toll(?![\p{L}])|customs|agency|government`,
  'iu',
);
const plainName = (name: string): string =>
  name.replace(/(?<=\p{L})-(?=\p{L})/gu, '').replace(/(?<![\p{L}])(?:Norway|Noreg|norway|noreg)(?![\p{L}])/gu, (w) => (w[0] === 'N' ? 'Norge' : 'norge'));
/** Whether the listed parties (`known`, in lower case) name the receiver `party`: by a word of its name, or its class. */
const receiverKnown = (party: string, known: string): boolean => {
  if (RECEIVER_CLASSES.some((c) => c.test(party) && c.test(known))) return true;
  // The authorities as a class («report … to the authorities», «andre offentlige myndigheter»), where the list names public
  // authorities (Skatteetaten, NAV, tax-authorities): the class the text names is listed (variants-hotell, variants-toll
  // clean bases; left by session 25's clause reader).
  if (AUTHORITIES_CLASS().test(party.trim()) && AN_AUTHORITY().test(known)) return true;
  const name = party.replace(/^(?:the|our|their|a|an|den|det|dei|de|vår|vårt|våre)\s+/iu, '').replace(FORM_END.nameTail(), '');
  // A proper name by its whole name or its first word (knownName); a common noun by its head.
  // A capital may be only the sentence's first letter («Arbeidsstedet får …» where «Arbeidssted for samfunnsnyttig
  // tjeneste» is listed): the head is read as a common noun's too.
  const lead = name.split(/\s(?:at|of|in|i|hos|ved|på|for|til|som|that|who|which)\s/iu)[0]!;
  // Not a common noun phrase of a title or a unit whose capital is the sentence's («Site managers at …» where «the site» is
  // listed: session 37, R24).
  const titled = /^\p{Lu}\p{Ll}*\s+\p{Ll}/u.test(lead) && ['staff', 'own-unit'].includes(partyKind(lead));
  if (/^\p{Lu}/u.test(name) && !titled && knownName(lead, '', known)) return true;
  // A name spelt with a hyphen or with the country in the other language («Anti-Doping Norway» where «Antidoping Norge» is
  // listed: session 40, R34, since a name ending in the country's is a body, check/parties.ts NATIONAL_NAME).
  const plain = plainName(lead);
  if (/^\p{Lu}/u.test(name) && plain !== lead && knownName(plain, '', plainName(known))) return true;
  if (/^\p{Lu}/u.test(name) && /\s/u.test(name.trim())) return false;
  const head = receiverHead(name);
  if (head.length >= 4 && patternOf(`(?<![\\p{L}])${escaped(head.length <= 5 ? head : head.slice(0, Math.max(5, head.length - 3)))}`, 'u').test(known))
    return true;
  // The last part of a compound listed («ombudet» where «Sivilombudet» is listed): the same body named short.
  return head.length >= 6 && patternOf(`\\p{L}${escaped(head)}(?![\\p{L}])`, 'u').test(known);
};

/**
 * The named parties (NAMED_PARTIES) the texts hand data to that the list does not name. The party must be whom the
 * clause hands the data to: every other party word is read as the controller's own, so «Vi får opplysninger fra NAV og
 * sender vedtaket til kommunen» does not hand anything to NAV. A clause where the person acts themself («Kunden sender
 * selv kravet til forsikringsselskapet») is no disclosure by the controller.
 */
function namedPartiesMissing(texts: readonly string[], parties: PartyWords, isController: IsController): string[] {
  // A clause is a piece of its text cut at punctuation, so a text that names no party has no clause that does.
  if (!texts.some(namesAnyParty)) return [];
  const missing: string[] = [];
  // The clauses where the controller acts, split once for every party asked about.
  let clauses: string[] | undefined;
  for (const { party, named } of NAMED_PARTIES) {
    if (named.test(parties.listed())) continue;
    clauses ??= texts.flatMap((t) => byController(withoutOthersHanding(t, isController)).split('. '));
    for (const c of clauses) {
      if (!party.test(c)) continue;
      let hit: string | undefined;
      let asked = false;
      const toOther = (p: string, words: string) => {
        asked = true;
        if (!party.test(p) || isController(p, words) || clauseClears(p, c) || inInquiry(p, c)) return true;
        hit ??= p;
        return false;
      };
      if (!discloses(c, toOther)) continue;
      if (hit !== undefined) {
        missing.push(hit);
        break;
      }
      // A report that is a disclosure by its verb alone («innberette … til Skatteetaten») asks `toOther` about no
      // party: then the party, if it is named anywhere after the clause's first «til»/«to», is the one it goes to.
      // Where `toOther` was asked and no party it was asked about was this one, the clause is not read again.
      const to = asked ? null : TO_NAMED().exec(c);
      const found = to === null ? null : party.exec(to[1]!);
      if (found !== null) {
        missing.push(found[0]);
        break;
      }
    }
  }
  return missing;
}

/**
 * The municipality, or a unit of it, in the record of a controller that is no municipality (an intermunicipal waste company,
 * a private kindergarten, a county): «Listen over husstander med hentehjelp, med diagnosen, sendes hvert kvartal til
 * hjemmetjenesten i kommunen» (variants-avfall AV27; F, session 18). NAMED_PARTIES leaves «kommunen» out because in a
 * municipality's own record it is the controller; here it is another body, and a recipient (Art. 4(9)) the list must name.
 * Not where the list names a municipality, a public authority or the unit, nor where the controller's name is the party.
 */
const KOMMUNEN = lazyPattern(String.raw`^(?:kommunen|kommunane|kommunene|the\s+municipality|municipality)$`, 'iu');
const MUNICIPALITY_LISTED = lazyPattern(
  String.raw`(?<![\p{L}])\p{L}*kommun(?:e|en|ene|ane|ar|er)(?![\p{L}])|municipalit|offentlege\s+(?:styresmakter|etatar|organ)|offentlige\s+(?:myndigheter|etater|organer)|public\s+authorit|public\s+bod|myndighet|styresmakt|hjemmetjenest|heimeteneste|bydel|sosialtjenest|sosialteneste|barnevern|helsestasjon|legevakt`,
  'iu',
);
/**
 * Only a clause that names people's data (a list or overview of people, their names, addresses, health, who they are):
 * an invoice for the company's services or an application the person may send themself is not read (F's lawful wordings,
 * session 18: 2 of 13 fired before this).
 */
const PEOPLES_DATA = lazyPattern(
  String.raw`(?<![\p{L}])(?:list(?:e|a|en|er|ene|s)?|oversikt\p{L}*|overview|\p{L}*opplysning\p{L}*|personal\s+data|data|navn|namn|names|\p{L}*adress\p{L}*|address\p{L}*|diagnos\p{L}*|helse\p{L}*|health|fødselsnummer\p{L}*)(?![\p{L}])`,
  'iu',
);
/** People the data is about: households, customers, subscribers, residents, users, applicants, patients, children. */
const PEOPLE = lazyPattern(
  String.raw`(?<![\p{L}])(?:husstand\p{L}*|households?|kund\p{L}*|customers?|abonnent\p{L}*|subscribers?|person(?:er|ar|ane|ene)?|people|persons|innbygg\p{L}*|residents?|beboer\p{L}*|bebuar\p{L}*|brukar\p{L}*|bruker\p{L}*|users?|søker\p{L}*|søkjar\p{L}*|applicants?|pasient\p{L}*|patients?|barn(?:a|et|ene)?|children|elev\p{L}*|pupils?|medlem\p{L}*|members?|familie\p{L}*|families|eier(?:e|ne|en)|eigar(?:ar|ane|en)|owners)(?![\p{L}])`,
  'iu',
);
/** Figures, not people's data: statistics, counts, anonymous or without names («Statistikk over antall abonnenter …, uten navn»: N2b). */
const AGGREGATE = lazyPattern(
  String.raw`(?<![\p{L}])(?:statisti\p{L}*|antall|antal|talet\s+på|number\s+of|anonymi\p{L}*|aggreg\p{L}*|(?:uten|utan|without)\s+(?:navn|namn|names?|personopplysning\p{L}*|personal\s+data))(?![\p{L}])`,
  'iu',
);
const MAY_SAY_KOMMUNE = lazyPattern(String.raw`kommunen|kommunane|kommunene|municipality`, 'iu');
function municipalityMissing(texts: readonly string[], parties: PartyWords, isController: IsController): string | undefined {
  if (parties.municipal() || !texts.some(maySayKommune) || MUNICIPALITY_LISTED().test(parties.listed())) return undefined;
  for (const c of texts.flatMap((t) => byController(checksEntitled(t)).split(CLAUSE_END))) {
    if (!MAY_SAY_KOMMUNE().test(c) || !PEOPLES_DATA().test(c) || !PEOPLE().test(c) || AGGREGATE().test(c)) continue;
    let hit: string | undefined;
    const onlyKommunen = (p: string, words: string): boolean => {
      if (!KOMMUNEN().test(p) || isController(p, words)) return true;
      hit ??= p;
      return false;
    };
    if (discloses(c, onlyKommunen) && hit !== undefined) return hit;
  }
  return undefined;
}

/**
 * The child welfare service in the record of a controller that is no municipality (an intermunicipal company, a private
 * shelter or foundation, a county or the state): «Ved bekymring for et barn sender vi samtalenotatet til
 * barnevernstjenesten» (variants-krisesenter KS45: a crisis centre run as an IKS; W6, session 20). NAMED_PARTIES leaves
 * «barnevernstjenesten» out because in a municipality's own record it is the municipality's own unit
 * (barnevernsloven § 15-3 first paragraph: «I hver kommune skal det være en barnevernstjeneste»); for any other controller it is
 * another controller, a recipient (Art. 4(9)) the list must name (Art. 30(1)(d), 13(1)(e)). Not where the list names a
 * child welfare service, the municipality or a public authority, and only in a clause that hands data to it.
 */
const CHILD_WELFARE_WORD = String.raw`(?:barnevern(?:stjenest|tjenest|stenest|teneste)\p{L}*|barnevernet|(?:the\s+)?child\s+(?:welfare|protection)(?:\s+services?)?)`;
/** Handing data to it: a verb of sending, reporting or sharing, «til»/«to»/«med»/«with» it, within a few words. */
const TO_CHILD_WELFARE = lazyPattern(
  String.raw`(?<![\p{L}])(?:send\p{L}*|oversend\p{L}*|gi|gir|gis|gje|gjev|gjer|gives?|giving|meld\p{L}*|varsl\p{L}*|del|deler|deles|dele|share[sd]?|sharing|overfør\p{L}*|utlever\p{L}*|report\p{L}*|notif\p{L}*|forward\p{L}*|pass(?:es|ed)?\s+on)\s+(?:[\p{L}-]+\s+){0,4}?(?:til|to|med|with)\s+${CHILD_WELFARE_WORD}(?![\p{L}])`,
  'iu',
);
/**
 * A particular inquiry the service makes under the law (Art. 4(9): public authorities which receive data «in the framework
 * of a particular inquiry» are no recipients): «når barnevernstjenesten ber om det i en undersøkelse», «on request».
 */
const INQUIRY = lazyPattern(
  String.raw`(?<![\p{L}])(?:ber\s+om|bed\s+om|krev\p{L}*|pålegg\p{L}*|undersøk\p{L}*|request\p{L}*|asks?\s+for|inquir\p{L}*|enquir\p{L}*|investigat\p{L}*|pålagt)(?![\p{L}])`,
  'iu',
);
/**
 * Words about the duty to report, not a report made: a course, training or routine on it, the duty itself
 * («Ansatte får opplæring i å melde bekymring til barnevernstjenesten», «Kurs om meldeplikten til barnevernet»).
 */
const ABOUT_THE_DUTY = lazyPattern(
  String.raw`(?<![\p{L}])(?:opplæring\p{L}*|kurs(?:et|a|ene|ane)?|course\p{L}*|training|undervis\p{L}*|teach\p{L}*|rutine\p{L}*|routines?|veileder\p{L}*|rettleiar\p{L}*|guid\p{L}*|\p{L}*plikt(?:en|a)?|dut(?:y|ies))(?![\p{L}])`,
  'iu',
);
/**
 * What goes to it must be someone's data: a note, information, a report of concern, the child or the case; not a
 * thank-you, an annual report, leaflets, an invitation, nor advice on how one reports (N4's review, session 20).
 */
const PERSON_DATA_SENT = lazyPattern(
  String.raw`(?<![\p{L}])(?:\p{L}*notat\p{L}*|notes?|\p{L}*opplysning\p{L}*|\p{L}*opplysing\p{L}*|information\s+(?:about|on)|details|bekymringsmelding\p{L}*|melde\s+fra|melder\s+fra|meld\p{L}*\s+bekymring|concerns?|navn|namn|names?|sak(?:en|a)|cases?|barn(?:et|a|ene)?|child(?:ren)?|familie\p{L}*|famil(?:y|ies)|kopi|cop(?:y|ies))(?![\p{L}])`,
  'iu',
);
const NOT_PERSON_DATA = lazyPattern(
  String.raw`(?<![\p{L}])(?:hvordan|korleis|how\s+to|man|takk|thanks?|thank-you|årsmelding\p{L}*|årsrapport\p{L}*|annual\s+reports?|brosjyre\p{L}*|leaflets?|brochures?|invitasjon\p{L}*|invitations?|plakat\p{L}*|posters?)(?![\p{L}])`,
  'iu',
);
const MAY_SAY_CHILD_WELFARE = lazyPattern(String.raw`barnevern|child\s+(?:welfare|protection)`, 'iu');
const CHILD_WELFARE_LISTED = lazyPattern(
  String.raw`barnevern|child\s+(?:welfare|protection)|bufetat|(?<![\p{L}])\p{L}*kommun(?:e|en|ene|ane|ar|er)(?![\p{L}])|municipalit|offentlege\s+(?:styresmakter|etatar|organ)|offentlige\s+(?:myndigheter|etater|organer)|public\s+authorit|myndighet|styresmakt`,
  'iu',
);
function childWelfareMissing(texts: readonly string[], parties: PartyWords): string | undefined {
  if (parties.municipal() || !texts.some((t) => MAY_SAY_CHILD_WELFARE().test(t)) || CHILD_WELFARE_LISTED().test(parties.listed())) return undefined;
  for (const c of texts.flatMap((t) => byController(checksEntitled(t)).split(CLAUSE_END))) {
    const m = MAY_SAY_CHILD_WELFARE().test(c) ? TO_CHILD_WELFARE().exec(c) : null;
    if (m === null || NEGATION.test(c) || INQUIRY().test(c) || AGGREGATE().test(c) || ABOUT_THE_DUTY().test(c)) continue;
    if (!PERSON_DATA_SENT().test(c) || NOT_PERSON_DATA().test(c)) continue;
    return m[0].slice(m[0].search(MAY_SAY_CHILD_WELFARE()));
  }
  // The service as the receiver in other words (clause.ts): its subject («Er vi uroa for eit barn, får barnevernstenesta
  // notatet frå samtalen», «the child welfare service is given the note of the conversation»: paraphrase4 PD015, PD016).
  for (const t of texts) {
    const said = byController(checksEntitled(t));
    if (!MAY_SAY_CHILD_WELFARE().test(said)) continue;
    for (const f of clauseFacts(said)) {
      if ((f.kind !== 'give' && f.kind !== 'access') || f.negated || f.past || f.modal || f.personActs || !CHILD_WELFARE_ONLY().test(f.party.trim())) continue;
      if (INQUIRY().test(f.clause) || AGGREGATE().test(f.clause) || ABOUT_THE_DUTY().test(f.clause) || NOT_PERSON_DATA().test(f.clause)) continue;
      if ((ONCE().test(f.clause) && ONE_OFF().test(f.clause)) || (MAY_MISTAKE(f.clause) && MISTAKE().test(f.clause))) continue;
      if (PERSON_DATA_SENT().test(f.thing) || CLAUSE_DATA().test(f.thing)) return f.party.trim();
    }
  }
  return undefined;
}
const CHILD_WELFARE_ONLY = lazyPattern(String.raw`^(?:(?:the|den)\s+)?${CHILD_WELFARE_WORD}$`, 'iu');

/** A private party of a sale a clause sends others' data to, when the list names none and they are not the activity's own subjects. */
function salePartyMissing(r: ResolvedActivity, texts: readonly string[], parties: PartyWords): string | undefined {
  if (!texts.some(namesSaleParty) || SALE_PARTY_NAMED().test(parties.listed())) return undefined;
  const subjects = subjectNames(r);
  const own = (party: string) => subjects.some((n) => n.includes(party.toLowerCase().slice(0, 5)) || SALE_PARTY_SUBJECTS().test(n));
  for (const c of texts.flatMap((t) => byController(t).split(CLAUSE_END))) {
    const to = SALE_PARTY().test(c) && OTHERS_DATA().test(c) ? SENT_TO().exec(c) : null;
    if (to === null || NEGATION.test(c.slice(0, to.index + to[0].length - to[1]!.length))) continue;
    const hit = [...to[1]!.matchAll(SALE_PARTIES())].map((m) => m[0]).find((p) => !own(p));
    if (hit !== undefined) return hit;
  }
  return undefined;
}

/**
 * A clause that says another activity of the record does it («rapporteringen i a-meldingen er en egen aktivitet (Lønn)»,
 * «se aktiviteten Lønn», «under the Payroll activity»): that activity lists the recipient (P's review, 2026-12-01).
 */
const ANOTHER_ACTIVITY = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:en|ei|eit|et|a)\s+(?:egen|eiga|eige|eget|separate)\s+(?:behandlings)?aktivitet\p{L}*|separate\s+(?:processing\s+)?activit(?:y|ies)|(?:se|sjå|jf\.?|see|cf\.?)\s+(?:også\s+|òg\s+|also\s+)?(?:aktiviteten|behandlingsaktiviteten|the\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+activity)|(?:i|under|in)\s+(?:aktiviteten|behandlingsaktiviteten|the\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+activity))(?![\p{L}])`,
  'iu',
);
/** Each implied party's words (util/prefilter.ts): a text without them has no clause that says it, and is not cut. */
const MAY_IMPLY = new Map(IMPLIED_PARTIES.map((i) => [i, prefilter(i.words)]));
/** Whether a text says, in an unnegated clause the controller reports in and no other activity does, what makes a law name the recipient. */
const saysImpliedText = (implied: (typeof IMPLIED_PARTIES)[number], t: string): boolean =>
  MAY_IMPLY.get(implied)!(t) &&
  t.split(CLAUSE_END).some((c) => implied.words.test(c) && !NEGATION.test(c) && !NOT_CONTROLLER_REPORTS().test(c) && !ANOTHER_ACTIVITY().test(c));
/** saysImpliedText of each implied party, read once per text (#16, session 42: every activity's texts were read again for each). */
const SAYS_IMPLIED = new Map(IMPLIED_PARTIES.map((i) => [i, byText((t: string) => saysImpliedText(i, t))]));
const saysImplied = (implied: (typeof IMPLIED_PARTIES)[number], t: string): boolean => SAYS_IMPLIED.get(implied)!(t);
/**
 * Whether the activity does what makes a law name the recipient (IMPLIED_PARTIES): its own description says so (the
 * a-melding told only there: P's review, session 13; L, session 14), a purpose says so, or a purpose cites the provision.
 */
const impliedBy = (implied: (typeof IMPLIED_PARTIES)[number], r: ResolvedActivity, ref: ReferenceData): boolean =>
  textsOf(r.activity.description).some((t) => saysImplied(implied, t)) ||
  r.purposes.some(
    (p) =>
      textsOf(p.description).some((t) => saysImplied(implied, t)) || p.legalBasis.some((b) => b.law.some((l) => citesProvision(l, implied.provision, ref))),
  );

/**
 * Every party the record's own words hand data to that is not among the listed recipients, processors or joint
 * controllers (by name or description): named parties, the parties of a sale, parties a law names for what a purpose does
 * (hvitvaskingsloven § 26: Økokrim), and, when none of those is missing, a party named by its proper name only («sender
 * navn og fødselsdato til Gjensidige», «sendes til Olympiatoppen»), which must also not be among the systems.
 */
/**
 * Other units of a group or chain («the other clinics in the Nordvet group», «dei andre klinikkane i kjeda»): known by the
 * unit's noun (group 1), not by the group's last word, which the parent's own name as processor holds («Nordvet Group AB»
 * runs the HR services; the clinics are other controllers: variants-veterinar DY30; W12, session 23).
 */
const UNITS_IN_GROUP = lazyPattern(
  String.raw`^(?:the\s+)?(?:other|andre)\s+(?:[\p{L}-]+\s+)?(\p{L}+)\s+(?:in|of|within|i|innan|innen|innenfor|innanfor)\s`,
  'iu',
);
/** A verb of selling at the start of a hand-over's words (facts.ts TO_PARTY.sell): the buyer is no processor. */
const SOLD = lazyPattern(
  String.raw`^(?:selge|selger|selges|selgast|solgt|solgte|selje|sel|seljer|seljast|selt|selde|sell|sells|selling|sold)(?![\p{L}])`,
  'iu',
);
/**
 * A party word that ends in an agency («vikarbyrået», «bemanningsbyrået», «the staffing agency»): a business, never the
 * activity's people, though its first letters are theirs («vikarbyrået» and the data subjects «vikarlegar»: variants-legevakt
 * LV02, W11 session 23, where the party was read as the locums themselves and the disclosure to the agency was lost).
 */
const AGENCY_HEAD = lazyPattern(String.raw`(?:byrå(?:et|a|er|ene|ar|ane)?|agenc(?:y|ies))$`, 'iu');
/** The employer, as NAMED_PARTIES names it. */
const EMPLOYER_WORD = lazyPattern(String.raw`^(?:arbeidsgiv|arbeidsgjev|employer)`, 'iu');
/**
 * Another service or body given access to the records («Skulehelsetenesta har lesetilgang til mappene i PPT-Journal»:
 * variants-ppt PP12; «the school health service has read access to the files»; W8, session 21; «AMK-sentralen i
 * helseføretaket har lesetilgang til alle opptaka», «the emergency medical communication centre at the hospital has read
 * access to the call recordings»: variants-legevakt LV34, W11 session 23, a unit «i», «ved», «at» a body between the party
 * and the verb, recordings as what is read; not the controller's own «legevaktsentralen»): making data available is
 * disclosure (Art. 4(2): «disclosure by transmission, dissemination or otherwise making available»), and the body that
 * reads is a recipient (Art. 4(9)), which the record must name (Art. 30(1)(d), 13(1)(e)). Only a body named as a service,
 * an office, an agency, the police, a school, a hospital, a GP or other municipalities (ACCESS_PARTY; not «kommunen», often the controller itself), as the clause's subject,
 * with access to the records, files or folders (not a register or system of its own); not the controller's own staff, the people themselves or their parents,
 * not a processor or a body the list names, and not denied («har ikkje tilgang»).
 */
const ACCESS_PARTY = String.raw`(?:amk(?:-sentral(?:en|ane|ene)?)?|110-sentral(?:en|ane|ene)?|nødmeldesentral(?:en|ane|ene)?|operasjonssentral(?:en|ane|ene)?|helseføretaket|helseforetaket|(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:emergency\s+(?:medical\s+)?(?:communication\s+|dispatch\s+)?cent(?:re|er)|dispatch\s+cent(?:re|er)|health\s+trust)|\p{L}*(?:tenesta|tenestene|tjenesten|tjenestene|etaten|barnevernet|politiet|skolen|skulen|skolene|skulane|helsestasjonen|helsestasjonane|helsestasjonene|fastlegen|fastlegane|fastlegene|sjukehuset|sykehuset|kommunane|kommunene|barnehagen|barnehagane|barnehagene|direktoratet|tilsynet|nav)|(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:service|services|school|schools|police|hospital|municipality|agency|authority|authorities|gp|inspectorate|directorate))`;
/**
 * Businesses the controller works with, named so («Bedrifter vi samarbeider med, får tilgang til alumnilista når dei skal
 * rekruttere», «Companies we cooperate with get access to the member list»: variants-paraphrase2 PB033; W13, session 24):
 * outside parties as much as «samarbeidspartnarar i næringslivet»; what they get is a list of people (PEOPLE_LIST), the
 * members, alumni, participants or customers, not a list of vacancies or a programme.
 */
const PARTNERS_WE_WORK_WITH = String.raw`(?:bedrift(?:er|ene|ane)|verksemder|verksemdene|virksomheter|virksomhetene|companies|firms|businesses|employers|arbeidsgivere|arbeidsgjevarar)\s+(?:(?:som|that|which|who)\s+)?(?:vi|we)\s+(?:samarbeider|samarbeidar|cooperate|collaborate|work)\s+(?:med|with),?`;
const PEOPLE_LIST = String.raw`(?:medlems|alumni|deltakar|deltaker|kunde|søkjar|søker|elev|student|kontakt|adresse|namne|navne)list\p{L}*|(?:member|alumni|participant|customer|contact|mailing)\s+lists?`;
const ACCESS_GIVEN = lazyPattern(
  String.raw`(?:^|[.;:!?]\s*|,\s*(?:og|and|men|but)\s+)(${ACCESS_PARTY}|${PARTNERS_WE_WORK_WITH})\s+(?:(?:i|ved|hos|in|at|of)\s+(?:the\s+)?[\p{L}-]+\s+)?(?:også\s+|òg\s+|also\s+)?(?:har|hadde|får|fekk|fikk|gis|givast|has|have|had|gets|get|is\s+given|are\s+given|blir\s+gitt|vert\s+gitt|blir\s+gjeve)\s+(?:\p{L}+\s+){0,1}?(?:(?:lese|skrive|full|direkte|direkt)?(?:tilgang|innsyn)|(?:read|write|full|direct|read-only)?\s*access)\s+(?:til|i|to)\s+(?!(?:sitt|sine|si|sin|eige|eiga|eigne|egen|eget|egne|its\s+own|their\s+own|his\s+own|her\s+own)(?![\p{L}]))(?:\p{L}+\s+){0,3}?(?:mapp\p{L}*|journal(?:en|ane|ene|ar|er|a)?|saksmapp\p{L}*|saksdokument\p{L}*|sakene|dokumenta|dokumentene|files?|records?|folders?|case\s+files?|(?:våre|vårt|vår|our)\s+\p{L}+|\p{L}*opptak(?:et|a|ene)?|(?:call\s+|audio\s+|sound\s+)?recordings?|lydlogg(?:en|ar|ane)?|${PEOPLE_LIST})(?![\p{L}])`,
  'iu',
);
const ACCESS_TO = lazyPattern(String.raw`(?:tilgang|innsyn|access)\s+(?:til|i|to)\s`, 'iu');
/** ACCESS_GIVEN's words too (util/prefilter.ts): its 2,000 characters are built only where they may match (#16). */
const mayGiveAccess = prefilter(ACCESS_GIVEN);
const MAY_ACCESS = (t: string): boolean => ACCESS_TO().test(t) && mayGiveAccess(t);
/** The service a text says has access to the records, if any and not denied (ACCESS_GIVEN). */
export function accessGiven(t: string): string | undefined {
  if (!MAY_ACCESS(t)) return undefined;
  const m = ACCESS_GIVEN().exec(t.trimStart());
  if (m === null) return undefined;
  const clause =
    t
      .trimStart()
      .slice(m.index + m[0].indexOf(m[1]!))
      .split(CLAUSE_END)[0] ?? '';
  if (NEGATION.test(clause)) return undefined;
  // Businesses we work with: only a list of people as what they get, and the business's noun as the party.
  if (PARTNERS_SAID().test(m[1]!)) return PEOPLE_LIST_SAID().test(clause) ? m[1]!.trim().split(/\s+/u)[0] : undefined;
  return m[1]!.trim();
}
const PARTNERS_SAID = lazyPattern(`^${PARTNERS_WE_WORK_WITH}$`, 'iu');
const PEOPLE_LIST_SAID = lazyPattern(String.raw`(?<![\p{L}])(?:${PEOPLE_LIST})(?![\p{L}])`, 'iu');
/**
 * The parties a phrase joins, each without the «only» before it: «Berre vaktselskapet og dagleg leiar» is the security firm
 * and the manager, each judged alone (FP, session 45: the order reversed from W4's «Berre dagleg leiar og vaktselskapet»;
 * missingParties).
 */
const ONLY_BEFORE = lazyPattern(String.raw`^(?:bare|berre|kun|only|just)\s+`, 'iu');
const JOINED = lazyPattern(String.raw`\s+(?:og|and|eller|or)\s+`, 'iu');
const joinedParties = (party: string): readonly string[] => party.split(JOINED()).map((p) => p.replace(ONLY_BEFORE(), ''));
/** A service the words give access to, that no listed recipient, processor or joint controller names (by its first five letters). */
function accessPartyMissing(texts: readonly string[], parties: PartyWords, isController: IsController): string | undefined {
  for (const t of texts) {
    const party = accessGiven(t);
    if (party === undefined || isController(party, t) || inInquiry(party, t) || tradeKnown(party, parties)) continue;
    const head = party.toLowerCase().split(' ').pop()!.slice(0, 5);
    if (!parties.listed().toLowerCase().includes(head)) return party;
  }
  return undefined;
}

/**
 * «Det er kun Helsedirektoratet og NHN som har tilgang til opplysningene» (bodies/helsedirektoratet, F4 session 35): an
 * activity with no `recipients` field whose own description says that only the controller, its own staff and its recorded
 * processors have access answers Art. 30(1)(d) as «no recipients» (a processor is no recipient in the record's sense,
 * Art. 28, 30(1)(d); the staff are the controller, Art. 29). Strict: EVERY party named must be the controller by its name
 * or short name, «vi», «we», its staff by a plain word («ansatte», «saksbehandlerne», «our staff», with any qualifier
 * after it: «ansatte i X med tjenstlig behov»), or a processor the activity records (by id, by a word of its name, or as
 * «vår databehandler», «our processor» where it records one). «Kun X har tilgang» with X any other party (an auditor, a
 * partner, a ministry) says who receives: that is a disclosure, and the field is still missing. Shapes: «kun/bare/berre/only
 * X (og Y) (som) har/får tilgang», «ingen andre enn X har tilgang», «no one but X has access», «tilgang til … har kun X»,
 * «access to … is limited to X»; not negated, not in the past («hadde»).
 */
const ONLY_ACCESS = lazyPattern(
  String.raw`(?:(?<![\p{L}])(?:kun|bare|berre|utelukkende|utelukkande|only|solely)\s+([^.;:!?]{1,120}?)\s+(?:(?:som|who|that)\s+)?|(?<![\p{L}])(?:ingen\s+andre\s+enn|ingen\s+utanom|ingen\s+unntatt|no\s+one\s+(?:other\s+than|but|except)|nobody\s+(?:other\s+than|but|except))\s+([^.;:!?]{1,120}?)\s+)(?:har|får|skal\s+ha|vil\s+ha|has|have|gets?|will\s+have|can\s+have)\s+(?:\p{L}+\s+)?(?:tilgang|innsyn|access)(?![\p{L}])|(?<![\p{L}])(?:tilgang|access)\s+(?:til|to)\s+[^.;:!?]{1,80}?\s+(?:har|is\s+(?:limited|restricted)\s+to|er\s+(?:begrenset|avgrensa|avgrenset)\s+til)\s+(?:(?:kun|bare|berre|only)\s+)?([^.;:!?]{1,120}?)\s*(?:[.;:!?]|$)`,
  'iu',
);
const NONE_BUT = lazyPattern(
  String.raw`(?<![\p{L}])(?:ingen\s+andre\s+enn|ingen\s+utanom|ingen\s+unntatt|no\s+one\s+(?:other\s+than|but|except)|nobody\s+(?:other\s+than|but|except))(?![\p{L}])`,
  'iu',
);
const WE_PARTY = lazyPattern(String.raw`^(?:vi|me|we|us|oss)$`, 'iu');
const OWN_STAFF_PARTY = lazyPattern(
  String.raw`^(?:(?:våre|vore|vår|our|the|dei|de)\s+)?(?:(?:\p{L}+\s+)?(?:ansatt\p{L}*|tilsett\p{L}*|medarbeid\p{L}*|saksbehandl\p{L}*|sakshandsam\p{L}*|personal(?:et)?|employees?|staff|personnel|caseworkers?|case\s+officers?))(?:\s+(?:i|ved|hos|på|med|som|who|that|with|in|at|of)\s.*)?$`,
  'iu',
);
const OUR_PROCESSOR = lazyPattern(
  String.raw`^(?:(?:vår|våre|vore|our|the|its)\s+)?(?:databehandler\p{L}*|databehandlar\p{L}*|(?:data\s+)?processors?)(?:\s+(?:vår|våre|vore))?$`,
  'iu',
);
/** Whether a sentence says only the controller, its staff and the activity's recorded processors have access. */
function onlyOursSaid(sentence: string, r: ResolvedActivity, isController: IsController): boolean {
  const parties = onlyAccessParties(sentence);
  if (parties === undefined) return false;
  const processors = r.processors.map((x) => ({ id: x.id.toLowerCase(), names: textsOf(x.value.name).map((n) => n.toLowerCase()) }));
  const ours = (raw: string): boolean => {
    const party = raw.trim();
    if (party === '') return false;
    const p = party.toLowerCase();
    if (WE_PARTY().test(p) || OWN_STAFF_PARTY().test(party) || party.split(/\s+/u).every((w) => isController(w, w))) return true;
    if (OUR_PROCESSOR().test(p)) return processors.length > 0;
    return processors.some(
      (x) =>
        x.id === p ||
        x.names.some((n) => (p.length >= 3 && n.includes(p)) || n.split(/[^\p{L}]+/u).some((w) => w.length >= 5 && p.split(/[^\p{L}]+/u).includes(w))),
    );
  };
  return parties.every(ours);
}
/**
 * The parties a sentence says alone have access (ONLY_ACCESS, not denied), as listed; undefined where it says no such thing.
 * Remembered per sentence: what is ours depends on the activity, the sentence's words do not, and a record's activities share
 * their descriptions (#16, session 46).
 */
const onlyAccessParties = byText((sentence: string): string[] | undefined => {
  const m = ONLY_ACCESS().exec(sentence);
  // «Ingen andre enn», «no one but» is the statement itself, no denial of it.
  if (m === null || NEGATION.test(sentence.replace(NONE_BUT(), ' '))) return undefined;
  const list = (m[1] ?? m[2] ?? m[3] ?? '').replace(/^(?:det\s+er\s+|it\s+is\s+)/iu, '');
  return list.split(/\s*,\s*|\s+(?:og|and|eller|or|samt|&)\s+/iu);
});
const SENTENCES = lazyPattern(String.raw`(?<=[.;!?])\s+`, 'u');
/** Whether the activity's own description says only the controller, its staff and its recorded processors have access. */
function onlyOursHaveAccess(r: ResolvedActivity, isController: IsController): boolean {
  return textsOf(r.activity.description).some((t) => t.split(SENTENCES()).some((x) => onlyOursSaid(x, r, isController)));
}
/**
 * The activity without the description's sentences that say only we and our processors have access: such a sentence names
 * the processor or the controller with «har tilgang», which the readers of disclosure would take for an outside party
 * given access («Ingen andre enn Nordvik Drift AS har tilgang til søknadene»).
 */
function withoutOnlyOurs(r: ResolvedActivity, isController: IsController): ResolvedActivity {
  const d = r.activity.description;
  if (d === undefined || !onlyOursHaveAccess(r, isController)) return r;
  const strip = (t: string): string =>
    t
      .split(SENTENCES())
      .filter((x) => !onlyOursSaid(x, r, isController))
      .join(' ');
  const description = (
    typeof d === 'string' ? strip(d) : Object.fromEntries(Object.entries(d).map(([k, v]) => [k, typeof v === 'string' ? strip(v) : v]))
  ) as typeof d;
  return { ...r, activity: { ...r.activity, description } };
}

/** The IMPLIED_PARTIES the organisation's own name names: the same for every activity, so read once per registry. */
const controllerImplied = new WeakMap<Registry, ReadonlySet<(typeof IMPLIED_PARTIES)[number]>>();
function controllerIs(implied: (typeof IMPLIED_PARTIES)[number], registry: Registry): boolean {
  let set = controllerImplied.get(registry);
  if (set === undefined) {
    const names = textsOf(registry.organisation?.value.name);
    set = new Set(IMPLIED_PARTIES.filter((i) => names.some((n) => i.named.test(n))));
    controllerImplied.set(registry, set);
  }
  return set.has(implied);
}

/**
 * The clause reader's answers (clauseReceiver) about texts whose reading asked nothing of the activity: neither its listed
 * parties and systems (`known`, the party context) nor its people or data categories, only the text and the controller
 * (one registry: made for each run of the rule). Such an answer is the same for every activity that says the text: a
 * record's activities of one kind repeat their words, and on the bench's record 20,500 of the 24,000 readings asked
 * nothing of their activity (#16, session 45). A reading that asked is made again for each activity; an answer of none
 * is kept as null. Not where readers are traced (ROPA_TRACE: each activity's reading says where its clauses stop).
 */
export class ContextFreeReadings {
  private readonly answers = new Map<string, string | null>();
  /** `read`'s answer about `text`, kept where `read` said (by `asked`) that it asked nothing of the activity. */
  answer(text: string, read: () => { answer: string | undefined; asked: boolean }): string | undefined {
    const kept = trace === undefined ? this.answers.get(text) : undefined;
    if (kept !== undefined) return kept ?? undefined;
    const { answer, asked } = read();
    if (!asked && trace === undefined) this.answers.set(text, answer ?? null);
    return answer;
  }
}

function missingParties(r: ResolvedActivity, ctx: RuleContext, parties: PartyWords, isController: IsController, readings: ContextFreeReadings): string[] {
  const texts = [...saidTexts(r.activity.description), ...r.purposes.flatMap((p) => saidTexts(p.description))];
  // Where the activity's people are employees, «arbeidsgiveren», «the employer» is the controller itself (facts.ts
  // NAMED_PARTIES: the employer is another party only in another controller's record; F, session 16).
  const staff = r.dataSubjects.some((d) => d.value.employees === true);
  const missing = namedPartiesMissing(texts, parties, staff ? (p, w) => EMPLOYER_WORD().test(p) || isController(p, w) : isController);
  // A reporter's identity told to someone the list does not name (the animal keeper a tip is about: MT50).
  const told = reporterRevealed(r, texts);
  if (told !== undefined && !listsTold(told, parties.listed())) missing.push(told);
  const municipality = municipalityMissing(texts, parties, isController);
  if (municipality !== undefined) missing.push(municipality);
  const childWelfare = childWelfareMissing(texts, parties);
  if (childWelfare !== undefined) missing.push(childWelfare);
  const sale = salePartyMissing(r, texts, parties);
  if (sale !== undefined) missing.push(sale);
  const access = accessPartyMissing(texts, parties, isController);
  if (access !== undefined && !missing.includes(access)) missing.push(access);
  for (const implied of IMPLIED_PARTIES) {
    // Not where the list names it, or the controller is that party (Økokrim's own record of the reports it receives).
    if (
      !impliedBy(implied, r, ctx.reference) ||
      implied.named.test(parties.listed()) ||
      missing.some((m) => implied.named.test(m)) ||
      controllerIs(implied, ctx.registry)
    )
      continue;
    missing.push(implied.party);
  }
  // A party in a country where no listed recipient, transfer, processor or system is, that the words hand the data to
  // («sende lister … til studiestøttemyndighetene i Canada og USA», while the list names the Nordic authorities:
  // variants-studiestotte ST36; L, session 14): the list leaves it out, whatever its kind of party.
  if (missing.length === 0) {
    const recorded = new Set(placesOf(r).flatMap((p) => (p.country === undefined ? [] : [p.country.toUpperCase()])));
    const abroad = activityProse(r).places.find(
      (p) => !ctx.reference.eea.countries.has(p.country) && !recorded.has(p.country) && discloses(byController(p.words), (party, w) => isController(party, w)),
    );
    if (abroad !== undefined) missing.push(abroad.party);
  }
  if (missing.length === 0) {
    for (const t of texts) {
      const name = mayNameParty(t) ? namedParty(r, byController(withoutOthersHanding(t, isController)), parties, isController) : undefined;
      if (name !== undefined) return [name];
    }
    // The shared clause reader (check/clause.ts): a receiver in words the readings above do not know. Whether a reading
    // asked anything of the activity (`asked`: its parties, people or data) decides whether its answer is kept for others.
    let asked = false;
    let subjectList: string[] | undefined;
    const subjectsOf = (): string[] => (subjectList ??= subjectNames(r));
    const known = (party: string, f: ClauseFact): boolean => {
      asked = true;
      return own(party, f);
    };
    const ownOne = (party: string, f: ClauseFact): boolean =>
      receiverKnown(party, parties.known()) ||
      // A brand of a recorded class («DNB» where a bank is listed), as namedParty reads it.
      instanceKnown(party, parties.known()) ||
      // A listed short name the party spells out, or the listed full name of an acronym («Statistisk sentralbyrå» where «SSB»
      // is listed), as the named reading above clears it (session 39: the clause reading stopped taking a body's own name
      // for statistics, and met the listed «SSB»).
      spelledOut(party, parties.known()) ||
      acronymOf(party, parties.known()) ||
      // A firm named by the trade a recorded party's name has («vaktselskapet» beside the processor «Vestfold Vakt AS»:
      // W4, session 45, variants-sykehjem's cameras).
      tradeKnown(party, parties) ||
      clientServed(party, f.clause, r) ||
      unitOfOwn(party, f.clause, isController) ||
      // Not another body named after a place in our name («Vesterfjords kommune» in Vesterfjord tingrett's record: check/parties.ts).
      ((isController(party, f.clause) || isController(party.replace(/^(?:the|our|den|det)\s+/iu, '').split(/\s+/u)[0]!, f.clause)) &&
        !namedAfterOurPlace(f.party, isController.orgName ?? '')) ||
      (staff && EMPLOYER_WORD().test(party.replace(/^(?:the|our|den|det)\s+/iu, ''))) ||
      // The people the record is about, by the first letters of their name («Meddommarane» for «meddommarar»); not a body of
      // theirs by a compound of their name and a word of an organisation («Vesterfjord meddommerlag», «pasientforeininga»:
      // session 37, R25, tingrett VT25), nor another party the lexicon knows as outside whose first letters are theirs
      // («eigedomsmeklarar» where the record is about «eigarar av … eigedommar»: vassverk VV30).
      (receiverHead(party).length >= 4 && subjectsOf().some((n) => namesParty(n, receiverHead(party).slice(0, 5))) && !namedAfterPeople(party, subjectsOf()));
    // Parties joined by «og», «or» (and an «only» before them) are each the controller's own or recorded: «Berre vaktselskapet
    // og dagleg leiar kan sjå opptaka» (FP, session 45), whichever order they come in.
    const own = (party: string, f: ClauseFact): boolean => {
      if (ownOne(party, f)) return true;
      const joined = joinedParties(party);
      return (joined.length > 1 || joined[0] !== party) && joined.every((p) => ownOne(p, f) || staffWord(p));
    };
    let partyCtx: PartyContext | undefined;
    const partyCtxOf = (): PartyContext => {
      asked = true;
      return (partyCtx ??= partyContextOf(r, parties, isController));
    };
    let heads: string[] | undefined;
    const headsOf = (): string[] => {
      asked = true;
      return (heads ??= dataHeadsOf(r));
    };
    for (const t of texts) {
      const name = readings.answer(t, () => {
        asked = false;
        return { answer: clauseReceiver(t, known, isController, partyCtxOf, headsOf), asked };
      });
      if (name !== undefined) return [name];
    }
  }
  return missing;
}

/**
 * A listed recipient that is the public, by the words records use for it (nb, nn, en): the public, everyone, anyone,
 * visitors, customers in the shop, readers, the audience («publikum»), spectators, or where it is published (the website,
 * social media, a named platform, a notice board); or the group the purpose shows it to (members, pupils, parents,
 * participants: a members' page, a school's notice board). «Offentlige myndigheter» and «public authorities» are no
 * public. (R1's review, 2026-12-01: «Publikum», «Lesarane av nettavisa», «Kunder i butikken», «Medlemmene i klubben»,
 * «Foreldre og elever ved skolen» listed, 5 of 10 lawful wordings fired.)
 */
const PUBLIC_NAMED = lazyPattern(
  String.raw`allmenn\p{L}*|allment\p{L}*|offentligheten|ålmenta|(?<![\p{L}])public(?!\s+(?:authorit|bod|sector|administration|agenc|organ|registers?|institution))|(?<![\p{L}])(?:alle som|alle besøkande|alle besøkende|everyone|anyone|kven som helst|hvem som helst)(?![\p{L}])|besøk\p{L}*|vitjar\p{L}*|visitors?|publikum|audiences?|(?<![\p{L}])(?:leser|lesar)\p{L}*|readers?|tilskuer\p{L}*|tilskodar\p{L}*|spectators?|(?<![\p{L}])(?:andre\s+)?(?:kunder|kundar|customers)\s+(?:i|in)\s+(?:the\s+)?(?:butikk\p{L}*|shop|store)|(?<![\p{L}])(?:medlem\p{L}*|members?|elev\p{L}*|pupils?|foreld\p{L}*|føresett\p{L}*|foresatt\p{L}*|parents?|deltak\p{L}*|participants?)(?![\p{L}])|publiser\p{L}*|publish\p{L}*|offentliggj\p{L}*|nettsted\p{L}*|nettstad\p{L}*|nettside\p{L}*|heimeside\p{L}*|hjemmeside\p{L}*|internett|internet|website|sosiale medi\p{L}*|social media|instagram|facebook|tiktok|linkedin|youtube|snapchat|oppslag\p{L}*|notice ?boards?|noticeboards?|bulletin boards?`,
  'iu',
);
/**
 * Where the record's own words say personal data is published or posted where everyone who comes sees it (`publishes`:
 * a purpose or the activity's description), while the list of recipients names no public (PUBLIC_NAMED): the purpose's
 * index, -1 for the activity's description, or undefined.
 */
/** `publishes` of a whole text, read once per distinct text (util/memo.ts): three readings of each activity ask it. */
const publishesText = byText((t: string) => publishes(t));
/** Whether a recipient's name or description names the public (PUBLIC_NAMED), read once per text (#16, session 42). */
const publicNamedIn = byText((t: string): boolean => PUBLIC_NAMED().test(t));
function publishedUnlisted(r: ResolvedActivity): number | undefined {
  const listed = Array.isArray(r.recipients) ? r.recipients : [];
  if (listed.some((x) => [...textsOf(x.value.name), ...textsOf(x.value.description)].some(publicNamedIn))) return undefined;
  const names = listed.flatMap((x) => textsOf(x.value.name));
  const ours = (t: string): boolean => publishesText(t) && !publishedByListed(t, names);
  const p = r.purposes.findIndex((x) => saidTexts(x.description).some(ours));
  if (p >= 0) return p;
  return saidTexts(r.activity.description).some(ours) ? -1 : undefined;
}
/** The words before a doer («intervjuet av lokalmedia», «by the newspaper»), or nothing (the sentence's subject). */
const DOER_BEFORE = lazyPattern(String.raw`(?:^\s*|(?<![\p{L}])(?:av|by)\s+(?:the\s+|den\s+|det\s+|dei\s+|de\s+)?)$`, 'iu');
/**
 * A publication whose doer is a listed recipient (session 32, R6; bodies/nannestad-barnehager's false alarm): «la eleven bli
 * intervjuet av lokalmedia og publisere bilde med namn» beside a listed «Lokalmedia», «Lokalavisa publiserer bileta»: the
 * recipient, a controller of its own (a newspaper under the journalistic exemption, personopplysningsloven § 3), publishes
 * what it gets; the body hands it to the listed recipient, and the readers are that recipient's, not the body's (Art.
 * 4(9), 13(1)(e)). Every sentence that publishes must name a listed recipient as its subject or after «av», «by».
 */
function publishedByListed(text: string, names: readonly string[]): boolean {
  if (names.length === 0) return false;
  const stems = names.flatMap((n) =>
    n
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length >= 5)
      .slice(0, 1)
      .map((w) => w.slice(0, 6)),
  );
  const said = text.split(SENTENCE_MARK).filter((x) => publishesText(x));
  return (
    said.length > 0 &&
    said.every((x) => {
      const lower = x.toLowerCase();
      return stems.some((stem) => {
        for (let at = lower.indexOf(stem); at >= 0; at = lower.indexOf(stem, at + 1))
          if (!/\p{L}/u.test(lower[at - 1] ?? ' ') && DOER_BEFORE().test(lower.slice(0, at))) return true;
        return false;
      });
    })
  );
}

/** Why `recipients: none` contradicts the record: the first of the reasons below that holds, or undefined. */
interface Contradiction {
  message: 'none-but-transfers' | 'none-but-published' | 'none-but-discloses' | 'described-disclosure';
  args: MessageArgs;
  severity: 'error' | 'warning';
}
/**
 * A receiver named by a pronoun («when NAV or an employer pays for the training we send them a progress report»:
 * variants-trafikkskole TS02; W8, session 21): the pronoun stands for the parties named before it in the same sentence or
 * the one right before, and the text is read again with each of them in its place («we send NAV a progress report»).
 * Only a pronoun right after a verb of sending or giving and before what is sent («send them a report», «sender vi dei ein
 * rapport»), not «send them to …» (the pronoun is what is sent). «Them», «dem», «deim», «dei» stand for two or more parties
 * («NAV or an employer», «arbeidsgiveren og NAV») or a plural party («employers», «the police»); «it», «det», «den» for
 * one. Where the last noun of people before the pronoun (learners, parents, customers …) stands after the party, the
 * pronoun is theirs: writing to the people the record is about is no disclosure.
 */
const PRONOUN_RECEIVER = lazyPattern(
  String.raw`(?<![\p{L}])(send|sends|sending|sender|sendar|sende|forward|forwards|give|gives|gir|gjev|gi|gje|pass|passes|e-?mail|e-?mails)\s+(?:(vi|me)\s+)?(them|dem|deim|dei|it|det|den|ham|him)(?=\s+(?:navnet|namnet|adressa|adressen|a|an|the|our|each|every|en|ei|et|eit|ein|vår|vårt|våre|kvar|hver|copies|copy|kopi|kopiar|kopier|reports?|rapport\p{L}*|lists?|list[ae]\p{L}*|informasjon|information|oversikt\p{L}*|opplysning\p{L}*|details|namn|navn|names)(?![\p{L}]))`,
  'iu',
);
/**
 * What is sent is no one's data: a link, a brochure, a price list, a timetable, a programme, a newsletter, an invitation,
 * thanks, a greeting or a card, or figures with no names (N6's review, session 21).
 */
const NOT_PERSONAL_OBJECT = lazyPattern(
  String.raw`^\s+(?:\p{L}+\s+){0,2}?(?:link(?:s)?|lenk(?:e|a|er|ar|ene|ane)|brochures?|brosjyr\p{L}*|leaflets?|price\s+lists?|prislist\p{L}*|timetables?|timeplan\p{L}*|schedules?|programme?s?|programmet|course\s+(?:plan|dates)|kursplan\p{L}*|newsletters?|nyhetsbrev\p{L}*|invitations?|invitasjon\p{L}*|thanks|takk|greetings?|hilsen\p{L}*|helsing\p{L}*|cards?|kort(?:et)?|julekort\p{L}*|no\s+names|tall\s+uten|tal\s+utan|figures\s+without|utgave\p{L}*|utgåve\p{L}*|edition\p{L}*)(?![\p{L}])`,
  'iu',
);
const MAY_PRONOUN = prefilter(PRONOUN_RECEIVER, false, 2);
const PARTY_ALL = lazyPattern(String.raw`(?<![\p{L}])(?:${RECEIVING_PARTY})(?![\p{L}])`, 'giu');
/** People the record is about: a pronoun after them is theirs. */
const PEOPLE_ALL = lazyPattern(
  String.raw`(?<![\p{L}])(?:learners?|pupils?|students?|customers?|clients?|patients?|parents?|children|child|participants?|members?|applicants?|candidates?|employees?|staff|users?|elev(?:en|ar|er|ane|ene)?|kund(?:e|en|ar|er|ane|ene)|foreldr\p{L}*|foresatt\p{L}*|føresett\p{L}*|barn(?:et|a|ene)?|pasient\p{L}*|deltak\p{L}*|medlem\p{L}*|søker(?:e|en|ne)?|søkjar\p{L}*|ansatt\p{L}*|tilsett\p{L}*|bruker(?:e|en|ne)?|brukar(?:en|ar|ane)?)(?![\p{L}])`,
  'giu',
);
const PEOPLE_ONE = lazyPattern(PEOPLE_ALL.source, 'iu');
const PLURAL_PRONOUN = lazyPattern(String.raw`^(?:them|dem|deim|dei)$`, 'iu');
/** Two parties joined («NAV or an employer», «arbeidsgiveren og NAV»), or one in the plural («employers», «the police»). */
const PARTIES_JOINED = lazyPattern(String.raw`(?<![\p{L}])(?:or|and|eller|og|nor|\/)\s+(?:(?:an?|the|en|ei|et|eit|ein|din|your)\s+)?$`, 'iu');
const PLURAL_PARTY = lazyPattern(String.raw`(?:s|ne|ere|arar)$|^(?:police|politiet|media|pressa|pressen|the\s+press)$`, 'iu');
const SENTENCE_GAP = lazyPattern(String.raw`(?<=[.!?])\s+`, 'u');
const sentencesOf = (t: string): string[] => t.split(SENTENCE_GAP());
/** The text's sentences with a pronoun receiver read again with each party it may stand for in its place. */
export function pronounsResolved(t: string): string[] {
  if (!MAY_PRONOUN(t)) return [];
  const out: string[] = [];
  const sentences = sentencesOf(t);
  sentences.forEach((sentence, i) => {
    const m = PRONOUN_RECEIVER().exec(sentence);
    if (m === null || NOT_PERSONAL_OBJECT().test(sentence.slice(m.index + m[0].length))) return;
    const before = `${i > 0 ? sentences[i - 1]! : ''} ${sentence.slice(0, m.index)}`;
    const parties = [...before.matchAll(PARTY_ALL())];
    if (parties.length === 0) return;
    const people = [...before.matchAll(PEOPLE_ALL())].pop();
    const last = parties[parties.length - 1]!;
    if (people !== undefined && people.index > last.index) return;
    const plural = PLURAL_PRONOUN().test(m[3]!);
    const fits = (p: RegExpMatchArray, k: number): boolean => {
      const joined =
        PARTIES_JOINED().test(before.slice(0, p.index)) || (k + 1 < parties.length && PARTIES_JOINED().test(before.slice(0, parties[k + 1]!.index)));
      return plural ? joined || PLURAL_PARTY().test(p[0]) : !PLURAL_PARTY().test(p[0]) || joined;
    };
    // «sender vi dem en rapport» is read as «vi sender NAV en rapport» (the subject before the verb, as discloses reads it).
    const head = `${sentence.slice(0, m.index)}${m[2] === undefined ? '' : `${m[2]} `}${m[1]!} `;
    const rest = sentence.slice(m.index + m[0].length);
    for (const [k, p] of parties.entries()) if (fits(p, k)) out.push(`${head}${p[0]}${rest}`);
  });
  return out;
}
/** A text and its pronoun receivers resolved (pronounsResolved). */
const withPronounsResolved = (t: string): string[] => [t, ...pronounsResolved(t)];

function noneContradicted(r: ResolvedActivity, parties: PartyWords, isController: IsController, ref: ReferenceData): Contradiction | undefined {
  // The controller's own staff abroad (`type: internal`) receive nothing from anyone else: EDPB Guidelines 05/2021,
  // an employee is «an integral part of the controller», so there is no disclosure to contradict `none`.
  const to = transfersOf(r).flatMap((t) =>
    t.party !== undefined && 'type' in t.party.value
      ? t.party.value.type === 'internal'
        ? []
        : [t.party.id]
      : t.party === undefined && t.organisation !== undefined
        ? [t.organisation]
        : [],
  );
  if (to.length > 0) return { message: 'none-but-transfers', args: { recipients: [...new Set(to)] }, severity: 'error' };
  const published = r.purposes.findIndex((p) => saidTexts(p.description).some((t) => publishesText(t)));
  if (published >= 0) return { message: 'none-but-published', args: { purpose: r.purposes[published]!.id }, severity: 'warning' };
  // A party word the activity's own data subjects are named by («Kunder»): sending to them is writing to the people.
  // A party of several words is known by its head noun, the last («the driving SCHOOL» is not «Driving test
  // candidates»). Not where the subjects' name has the party only as where something comes from («Mottakere av tilbud
  // fra samarbeidspartnere»: the subscribers are not the partners).
  const subjects = subjectNames(r);
  // Where the activity's people are the controller's own employees, the employer is the controller (as missingParties reads it).
  const staff = r.dataSubjects.some((d) => d.value.employees === true);
  const ownParty = (party: string, words: string, sentence = words) => {
    // The head before a company's form («the insurance company Trygg AS»: «as» is in «pasientar»; session 38, R28).
    const head = (UNITS_IN_GROUP().exec(party)?.[1] ?? party.replace(FORM_END.receiver(), '').split(/\s+/).pop()!).toLowerCase().slice(0, 5);
    return (
      customersAddressed(party, words) ||
      (head.length >= 3 &&
        subjects.some((n) => namesParty(n, head)) &&
        !AGENCY_HEAD().test(party) &&
        !otherRole(party, subjects) &&
        !namedAfterPeople(party, subjects)) ||
      isController(party, words) ||
      (staff && EMPLOYER_WORD().test(party)) ||
      // A school's principal in a municipality's or a school's record (facts.ts reads «principal» as a client): ours (F2, session 41).
      (PRINCIPAL().test(party) && SCHOOLS_RUN().test(isController.orgName ?? '')) ||
      // A party the activity's own processor is named by («Ubetalte krav sendes til inkasso hos Fjord Inkasso AS, som driver
      // inn kravet på våre vegne» with processors: fjord-inkasso: variants-ekom's base, an arguable false alarm its lawyer
      // noted), as a list of recipients counts its processors; not a buyer («selge … krav … til et inkassoselskap»: E27).
      (head.length >= 5 && !SOLD().test(words) && r.processors.some((x) => textsOf(x.value.name).some((n) => n.toLowerCase().includes(head)))) ||
      // The supplier of a system or the processor by its role, where the activity records a processor («Feilloggene sendes til
      // leverandøren av journalsystemet», «error logs are sent to the system vendor»: F1, session 40).
      (r.processors.length > 0 && !SOLD().test(words) && supplierOfSystem(party, words, sentence))
    );
  };
  const disclosed = r.purposes.findIndex((p) =>
    saidTexts(p.description).some(
      (t) =>
        withPronounsResolved(t).some((x) =>
          discloses(
            byController(checksEntitled(withoutOthersHanding(x, isController))),
            (p, w) => ownParty(p, w, x) || clauseClears(p, x) || namedBeside(p, x, parties.known()) || inInquiry(p, x),
          ),
        ) || saidUnnegated(t, REFERS()),
    ),
  );
  if (disclosed >= 0) return { message: 'none-but-discloses', args: { purpose: r.purposes[disclosed]!.id }, severity: 'warning' };
  // A purpose that does what makes a law name the recipient (IMPLIED_PARTIES: reports in the a-melding, suspicious
  // transactions) hands data to that party whatever the list says.
  const implying = IMPLIED_PARTIES.find((i) => impliedBy(i, r, ref));
  if (implying !== undefined) {
    const { description: _told, ...withoutDescription } = r.activity;
    const p = r.purposes.find((x) => impliedBy(implying, { ...r, activity: withoutDescription, purposes: [x] }, ref));
    if (p !== undefined) return { message: 'none-but-discloses', args: { purpose: p.id }, severity: 'warning' };
    return { message: 'described-disclosure', args: {}, severity: 'warning' };
  }
  const toldIn = r.purposes.find((p) => reporterRevealed(r, saidTexts(p.description)) !== undefined);
  if (toldIn !== undefined) return { message: 'none-but-discloses', args: { purpose: toldIn.id }, severity: 'warning' };
  // The child welfare service, in the record of a controller that is no municipality (variants-krisesenter KS45).
  const welfareIn = r.purposes.find((p) => childWelfareMissing(saidTexts(p.description), parties) !== undefined);
  if (welfareIn !== undefined) return { message: 'none-but-discloses', args: { purpose: welfareIn.id }, severity: 'warning' };
  if (childWelfareMissing(saidTexts(r.activity.description), parties) !== undefined) return { message: 'described-disclosure', args: {}, severity: 'warning' };
  const described = saidTexts(r.activity.description).some(
    (t) =>
      reporterRevealed(r, [t]) !== undefined ||
      publishesText(t) ||
      withPronounsResolved(t).some((x) =>
        discloses(
          byController(checksEntitled(withoutOthersHanding(x, isController))),
          (p, w) => ownParty(p, w, x) || clauseClears(p, x) || namedBeside(p, x, parties.known()) || inInquiry(p, x) || tradeKnown(p, parties),
        ),
      ) ||
      (accessGiven(t) !== undefined && !isController(accessGiven(t)!, t) && !inInquiry(accessGiven(t)!, t) && !tradeKnown(accessGiven(t)!, parties)) ||
      (mayNameParty(t) && namedParty(r, byController(withoutOthersHanding(t, isController)), parties, isController) !== undefined) ||
      withPronounsResolved(t).some(
        (x) =>
          clauseReceiver(
            x,
            (p, f) =>
              ownParty(p, f.clause, x) ||
              receiverKnown(p, parties.known()) ||
              instanceKnown(p, parties.known()) ||
              tradeKnown(p, parties) ||
              unitOfOwn(p, f.clause, isController),
            isController,
            () => partyContextOf(r, parties, isController),
            () => dataHeadsOf(r),
          ) !== undefined,
      ) ||
      saidUnnegated(t, REFERS()),
  );
  return described ? { message: 'described-disclosure', args: {}, severity: 'warning' } : undefined;
}

/**
 * An Art. 30(2) record names no recipients (the controller's record does), but one whose words say the processor
 * publishes who owes money (an arrears list on the residents' portal) makes that available to everyone who reads it
 * (Art. 4(2)): only on the controller's documented instruction (Art. 28(3)(a), 29), which such a publication is unlikely
 * to have a basis for; the processor must say so (Art. 28(3) second subparagraph). Where it says so, or undefined.
 */
function processorPublishesAt(r: ResolvedActivity): string | undefined {
  if (textsOf(r.activity.processorFor?.categoriesOfProcessing).some(publishesDebts)) return '/processorFor/categoriesOfProcessing';
  if (textsOf(r.activity.description).some(publishesDebts)) return '/description';
  return undefined;
}

/**
 * A head that is a place or a thing by its compound's last part («heimeadressa», «fagsystemet», «postkassa»,
 * «the database»): never a receiver by default (unknownOut).
 */
const THING_TAIL = lazyPattern(
  String.raw`(?:adress\p{L}*|address\p{L}*|system\p{L}*|register\p{L}*|registry|mapp\p{L}*|folder\p{L}*|database\p{L}*|server\p{L}*|portal\p{L}*|løysing\p{L}*|løsning\p{L}*|app|appen|appa|skjema\p{L}*|form|arkiv\p{L}*|archive|journal|journalen|journals|liste|lista|listen|list|fil|fila|filen|file|kass\p{L}*|boks\p{L}*|box|innboks\p{L}*|inbox|sky|skya|skyen|cloud|nettside\p{L}*|website|side|sida|siden|page|kart\p{L}*|map|konto\p{L}*|account)$`,
  'iu',
);
/**
 * A head that names a person by its compound's last part («jordmora», «the midwife», «vaktmannen», «tillitskvinna»): a
 * person may be our own staff under a title the lexicon does not list, so never a receiver by default (unknownOut).
 */
const PERSON_TAIL = lazyPattern(
  String.raw`(?:mor|mora|moren|far|faren|fedre|mødre|wife|wives|man|men|woman|women|person|personen|persons|people|mann|mannen|menn|kvinne|kvinna|kvinnen|kone|kona|konen|dame|damen|gutt|gutten|jente|jenta|barn|barnet|folk|folka|folket)$`,
  'iu',
);
/** A passive's agent right after its verb («blir sendt av fastlegen til …», «is sent by the school to …»): another gives. Not «får kopi av …»: what is got. */
const PASSIVE_AGENT = lazyPattern(
  String.raw`^\s*(?:(?:òg|også|also|then|vidare|videre|deretter|direkte|directly|automatisk|automatically)\s+)?(?:av|by)\s+(?!(?:oss|us|meg|me)(?![\p{L}]))`,
  'iu',
);
/** The data's destination in what is handed («opplysningene til KPR», «the data for the register»). */
const DESTINATION = lazyPattern(String.raw`(?<![\p{L}])(?:til|for|to)\s+(?:the\s+)?([\p{L}-]+)\s*$`, 'iu');
/** Verbs whose «med», «with» names whom it is shared with (unknownOutside). */
const SHARE_VERB = lazyPattern(String.raw`^(?:del|share|shar|går|gå|gjekk|gikk|go|goes|went|review)`, 'iu');
/** Verbs of telling whose object is the receiver (unknownOutside). */
const TELLS = lazyPattern(String.raw`^(?:informer|inform|orienter|varsl|notif|underrett|alert|tell|told|fortel)`, 'iu');
/** A subordinating word between a verb and its «til» (unknownOutside). */
const SUBORDINATOR = lazyPattern(String.raw`(?<![\p{L}])(?:når|hvis|dersom|viss|fordi|slik\s+at|etter\s+at|when|if|because|unless|once)(?![\p{L}])`, 'iu');
/** An act's noun by its ending («utleveringen», «vurderinga», «godkjenningen», «the assessment», «the consultation»); not a person in «-ing» («arvingane», «flyktningen», «lærlingen»). */
const NOMINAL_TAIL = lazyPattern(
  String.raw`(?:(?<!arv|flykt|slekt|lær|kjenn|fram|frem|ætt|yngl|nykomm|foren|[^aeiouyæøå\s]r)(?:ing|ingen|inga|ingar|ingane|ingene)|(?<!stift)else|(?<!stift)elsen|(?<!organisa|institu|federa|foreni)(?:sjon|sjonen|sjonar|sjoner)|(?<!federa|associa|organisa|organiza|founda|corpora|institu)(?:tion|tions)|ment|ments|ance|ence)$`,
  'iu',
);
/** An animal's data by a compound's tail in what is handed («opplysningar om skulehesten», «hundeeierens kattejournal»). */
const ANIMAL_TAIL = lazyPattern(String.raw`(?:hest|hund|katt|kalv|dyr|sau|gris|føl|valp|kanin|fugl|ku)(?:en|et|ar|er|ane|ene|a|ene|ens|ets)?(?![\p{L}])`, 'iu');
/** An inverted subject after a fronted adverbial («Døyr personen, sender vi …»: the thing read opens with «vi»). */
const WE_FIRST = lazyPattern(String.raw`^(?:vi|me|we)(?![\p{L}])`, 'iu');
/**
 * Record-first (sessions 30–31): we ourselves hand a person's data to a party no one knows — the active «(vi) sender … til
 * X» / «we send … to the X», the passive «… blir sendt til X», «… is sent to the X» with no agent of its own, and X as the
 * subject of a passive or of «får» («X får kopi av / tilgang til / vite …», «the X is told / is given …») — and X's head is a
 * definite noun that the record and the typed lexicon know as nothing (not the person, a relative, our staff or unit by
 * the record's own words, a thing, a recorded party): X is outside by default («Vi sender opplysningar om barnet til
 * apoteket», «Opplysningane blir sende til frivilligsentralen»). Not a place or thing (THING_TAIL) nor a person
 * (PERSON_TAIL: perhaps our staff under a title the lexicon lacks) by its compound's tail, a clause after «til», or an
 * animal's data.
 */
const unknownOutside = (f: ClauseFact, core: string, party: string, ctxOf: () => PartyContext): boolean => {
  const giver = f.giver.trim();
  if (f.voice === 'active') {
    const we = /^(?:vi|me|we)$/iu.test(giver) || ((giver === '' || TIME_FIRST().test(giver)) && WE_FIRST().test(f.thing.trim()));
    // The receiver after «til», «to»; after «med», «with» of sharing or going through («deler … med klassekontakten»); or the
    // object of telling («informerer klassekontakten om namna»: session 32, R6).
    if (!we || !(/^(?:til|to)$/iu.test(f.prep) || (/^(?:med|with)$/iu.test(f.prep) && SHARE_VERB().test(f.verb)) || (f.prep === '' && TELLS().test(f.verb))))
      return false;
  } else if (
    !(/^(?:til|to|)$/iu.test(f.prep) || (/^(?:med|with)$/iu.test(f.prep) && SHARE_VERB().test(f.verb.split(/\s+/u).pop()!))) ||
    PASSIVE_AGENT().test(f.clause.slice(f.at + f.verb.length))
  )
    return false;
  if (CLAUSE_START().test(party) || ANIMAL_THING().test(f.clause.replace(party, ' ')) || ANIMAL_TAIL().test(f.thing)) return false;
  // The «til» of another verb in a subordinate clause («gis videre når den innsatte samtykker til utleveringen»).
  const at = f.clause.indexOf(party);
  if (at > f.at && SUBORDINATOR().test(f.clause.slice(f.at + f.verb.length, at))) return false;
  // A proper name as written («til Ola Hansen»), or an act's noun («utleveringen», «the assessment»): no unknown body.
  const last = core.trim().split(/\s+/u).pop() ?? '';
  // An English name after «the» («the Red Cross», «the Salvation Army») is a body's, not a person's (session 32, R6).
  if (/^the\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*$/u.test(core.trim()) && ENGLISH_CLAUSE().test(f.clause)) return true;
  if ((/^\p{Lu}/u.test(last) && !f.clause.trim().startsWith(last)) || NOMINAL_TAIL().test(receiverHead(core))) return false;
  // The data's destination a recorded party («Helsedirektoratet mottar opplysningene til KPR» beside a recorded KPR): the
  // named one handles it for that party.
  const dest = DESTINATION().exec(f.thing);
  if (dest !== null && (ctxOf().recorded ?? []).some((t) => t.split(/[^\p{L}]+/u).includes(dest[1]!.toLowerCase()))) return false;
  const head = receiverHead(core);
  const definite = ENGLISH_CLAUSE().test(f.clause) ? /^the\s/iu.test(core.trim()) : /(?:en|et|a|ane|ene|na)$/u.test(head);
  return /^\p{Ll}/u.test(head) && definite && !THING_TAIL().test(head) && !PERSON_TAIL().test(head) && partyKind(headPhrase(core), ctxOf()) === 'unknown';
};
/**
 * A recipient entry named only as «third parties», «partners» or «others», perhaps «relevant» or «other», perhaps with the
 * condition of disclosing after it («Other relevant third parties, in accordance with legal requirements», «andre
 * relevante tredjeparter når loven krever det»): that names no category of recipients. A category says who receives the
 * data by what they do, their sector and where they are (Art. 13(1)(e), 14(1)(e), 30(1)(d); WP260 rev.01 on Art. 13(1)(e):
 * «as specific as possible by indicating the type of recipient»). B12, session 45: bodies/bane-nor. Authorities («relevant
 * authorities») are not read here: what they are follows from the law that obliges the disclosure. An entry whose
 * `description` says more is not read either. A warning (`vague-category`), once at the entry, naming the activities
 * that list it (the catalogue convention).
 */
const GENERIC_RECIPIENT = lazyPattern(
  String.raw`^(?:(?:other|others|andre|øvrige|relevant|relevante|aktuelle|utvalgte|utvalde|selected|certain|enkelte|visse|trusted|various|ulike|diverse)\s+)*(?:third[- ]part(?:y|ies)|tredjepart(?:er|ar|ene|ane)?|external\s+part(?:y|ies)|eksterne\s+part(?:er|ar)|(?:business\s+)?partners|samarbeidspartner(?:e|ar|ane|ne)?|forretningspartner(?:e|ar)?|others|andre)(?:,?\s+(?:in\s+accordance\s+with|i\s+samsvar\s+med|i\s+tråd\s+med|etter|as\s+required\s+by|as\s+permitted\s+by|where\s+required\s+by|when\s+required\s+by|når|der|where|when|if|dersom|hvis|om)\s+.*)?$`,
  'iu',
);
/** Whether a name is only a generic party (GENERIC_RECIPIENT), read once per distinct name (util/memo.ts). */
const genericName = byText((t: string): boolean => GENERIC_RECIPIENT().test(t.trim().replace(/[.;:]+$/u, '')));
/** Whether a recipient entry's every name is a generic party, with no description saying more. */
const vagueRecipient = (v: { name: Parameters<typeof textsOf>[0]; description?: unknown }): boolean => {
  if (v.description !== undefined) return false;
  const names = textsOf(v.name);
  return names.length > 0 && names.every(genericName);
};
export default defineRule(
  {
    id: 'recipients-stated',
    severity: 'error',
    citation: 'GDPR Art. 30(1)(d); 13(1)(e); 14(1)(e)',
    messages: [
      'missing',
      'none-but-transfers',
      'none-but-published',
      'none-but-discloses',
      'described-disclosure',
      'described-recipient-missing',
      'published-not-listed',
      'described-published-not-listed',
      'processor-publishes',
      'disclosure-no-law',
      'disclosure-not-listed',
      'vague-category',
      'described-party-unlisted',
    ],
    processorRecords: true,
  },
  (ctx, reporter) => {
    // The activities this rule spoke on: the co-occurrence reader (check/co-occurrence.ts, CO session 47) reads only the rest.
    const { report, spokeOn } = rememberingActivities(reporter);
    const isController = controllerOf(ctx.registry);
    const readings = new ContextFreeReadings();
    // A recipient entry that names no category (vagueRecipient): one finding at the entry, naming the controller
    // activities that list it.
    const vague = new Map<string, ResolvedActivity[]>();
    for (const r of ctx.activities) {
      if (r.activity.role === 'processor' || !Array.isArray(r.recipients)) continue;
      for (const ref of r.recipients) {
        if (!vagueRecipient(ref.value)) continue;
        const users = vague.get(ref.id);
        if (users === undefined) vague.set(ref.id, [r]);
        else if (users.at(-1) !== r) users.push(r);
      }
    }
    for (const [id, users] of vague) {
      const entry = ctx.registry.catalogues.recipients.get(id);
      if (entry === undefined) continue;
      const list = activityList(users.map((r) => ({ r })));
      const name = textsOf(entry.value.name)[0] ?? id;
      report.catalogue(entry, '/name', 'vague-category', { recipient: id, name, ...list.args }, list.ids, { severity: 'warning' });
    }
    for (const r of ctx.activities) {
      if (r.activity.role === 'processor') {
        const at = processorPublishesAt(r);
        if (at !== undefined) report.activity(r, at, 'processor-publishes', {}, { severity: 'warning' });
        continue;
      }
      // The recorded basis of each disclosure to a controller (disclosures, asked by `ropa new`): a legal obligation or
      // public task names the law that lays it down (Art. 6(3)); the recipient is one the record lists, or the notice
      // (which prints `recipients`) leaves it out (Art. 13(1)(e), 14(1)(e)).
      (r.activity.disclosures ?? []).forEach((d, i) => {
        const at = join('/disclosures', i);
        if ((d.basis === 'A6-1-c' || d.basis === 'A6-1-e') && (d.law ?? []).length === 0)
          report.activity(r, join(at, 'basis'), 'disclosure-no-law', { recipient: d.recipient, basis: d.basis });
        if (!(Array.isArray(r.activity.recipients) && r.activity.recipients.includes(d.recipient)))
          report.activity(r, join(at, 'recipient'), 'disclosure-not-listed', { recipient: d.recipient }, { severity: 'warning' });
      });
      const rec = r.activity.recipients;
      if (rec === undefined || rec.length === 0) {
        // «Kun vi og databehandleren vår har tilgang» in the description: «none», unless the record's words say otherwise.
        const ours = withoutOnlyOurs(r, isController);
        const noneSaid = ours !== r && noneContradicted(ours, new PartyWords(ours, ctx.registry), isController, ctx.reference) === undefined;
        if (!noneSaid) report.activity(r, '/recipients', 'missing');
      } else if (rec === 'none') {
        const ours = withoutOnlyOurs(r, isController);
        const why = noneContradicted(ours, new PartyWords(ours, ctx.registry), isController, ctx.reference);
        if (why !== undefined) report.activity(r, '/recipients', why.message, why.args, { severity: why.severity });
      } else {
        // A list: every party the record's own words hand data to must be among the recipients, processors or joint
        // controllers.
        const missing = missingParties(r, ctx, new PartyWords(r, ctx.registry), isController, readings);
        if (missing.length > 0) report.activity(r, '/recipients', 'described-recipient-missing', { parties: missing }, { severity: 'warning' });
        const published = publishedUnlisted(r);
        if (published !== undefined)
          report.activity(
            r,
            '/recipients',
            published >= 0 ? 'published-not-listed' : 'described-published-not-listed',
            published >= 0 ? { purpose: r.purposes[published]!.id } : {},
            {
              severity: 'warning',
            },
          );
      }
      if (!spokeOn(r) && (rec === 'none' || (Array.isArray(rec) && rec.length > 0))) {
        const unlisted = unlistedDisclosure(r, ctx.registry, notTaughtOnce);
        if (unlisted !== undefined) report.activity(r, unlisted.pointer, 'described-party-unlisted', { party: unlisted.party }, { severity: 'warning' });
      }
    }
  },
);
