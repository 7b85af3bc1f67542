/**
 * Source facts by the SHAPE of their clause, the verbs read by kind (issue #12, session 30: variants-landbruk's sources were
 * 0/4 at first sight; each miss stopped at the verb or the clause shape, not the data word):
 * - checking a person's data WITH a party («we check the worker's name, address and start date with the farmer who employs
 *   them», «Vi sjekker navn og adresse med arbeidsgiveren», «Vi kontrollerer opplysningane med Skatteetaten», «we verify
 *   the applicant's income with the accountant»), or checking with a party whether, who, how long … («sjekker med
 *   arbeidsgiveren om søkeren er ansatt»): CHECK_WITH;
 * - matching against ANOTHER's list («Rapportene sammenholdes med mottakslista fra slakteriet, som viser hvem som leverte
 *   dyrene», «Vi sammenholder rapportene med slakteriets mottaksliste», «the reports are compared with the abattoir's
 *   delivery list», «cross-check … with the list from the dairy»): COMPARED_WITH, the list's owner the source;
 * - contacting a party who then confirms or tells («kontakter vi fastlegen, som bekrefter hvor lenge søkeren har vært
 *   sykmeldt», «We contact the worker's GP, who confirms how long …», «Vi ringjer avløysaren, som stadfestar kor mange
 *   timar …»): CONTACT_CONFIRMS;
 * - a third party confirming, as the subject or the agent of the passive («Fastlegen bekrefter overfor oss hvor lenge …»,
 *   «The employer confirms the worker's start date to us», «The worker's address is confirmed by the farmer who employs
 *   them», «Sykmeldinga vert stadfesta av fastlegen»): CONFIRMED_BY.
 * Each returns the party's words; prose-activity.ts's sourcesIn asks its own party test (its closed list, or
 * source-party.ts's kind by shape) and the person, staff, our own, a channel are no source. Not denied, not a choice
 * («kan», «may»), not the past (past.ts); the controller acting («vi», «we», a passive), not the person («Søkeren kontakter
 * selv fastlegen»); what is checked a person's data, not a price list or opening hours; what is confirmed not a thing that
 * has arrived («bekrefter at saken er mottatt»).
 */
import { lazyPattern } from '../util/lazy-pattern.js';
import { prefilter } from '../util/prefilter.js';
import { NEGATION } from './facts.js';
import { pastAt } from './past.js';

/** Words of a person's data (nb, nn, en) in what is checked or confirmed. */
const DATA_WORD = String.raw`(?:\p{L}*opplysning\p{L}*|\p{L}*informasjon(?:en)?|information|details|\p{L}*data|navn(?:et|a|ene)?|namn(?:et|a)?|names?|\p{L}*adress(?:e|a|en|er|ene|ar|ane)|address(?:es)?|\p{L}+dato(?:en|ane|ene)?|(?:start|birth|end)\s+dates?|dates?\s+of\s+birth|inntekt(?:a|en|er|ene)?|income|lønn(?:a|en)?|løn(?:a)?|wages?|salar(?:y|ies)|omsetning(?:a|en)?|omsetjing(?:a)?|turnover|identitet(?:en)?|identity|arbeidsforhold(?:et)?|employment|ansettelse(?:n)?|tilsetjing(?:a)?|sykmelding(?:a|en)?|sjukmelding(?:a)?|sick\s+leave|sykefravær(?:et)?|sjukefråvær(?:et)?|arbeidstimer(?:ne)?|arbeidstimar(?:ne)?|working\s+hours|hours\s+worked|fødselsnummer(?:et)?|personnummer(?:et)?|\p{L}*(?:telefon|mobil|tlf|konto)nummer(?:et|a|ene)?|(?:(?:tele)?phone|mobile|account)\s+numbers?|(?:omsetnings|omsetjings|lønns|løns|skatte|inntekts|mva|meirverdiavgifts|merverdiavgifts)oppg(?:åv|av)\p{L}*|(?:turnover|tax|vat|income)\s+returns?|\p{L}*attest(?:en|a|ar|er)?|diagnos\p{L}*|journal(?:en|ar|er)?|records?)`;
const PERSON_PRONOUN = String.raw`(?:he|she|they|him|her|them|han|hun|ho|dei|de|søker(?:en|ne)?|søkjar(?:en|ane)?|\p{L}+(?:en|a|et|ne|ane|ene)|the\s+\p{L}+|\p{L}+['’]s)`;
/** A clause on a person after «whether», «om», «hvem», «how long», «that» … («om søkeren er ansatt», «how long the worker has been on sick leave»). */
const ABOUT_SOMEONE = String.raw`(?:(?:hva|kva|what|which|hvilke|hvilken|hvilket|kva\s+for)\s+(?:\p{L}+\s+){0,2}?${DATA_WORD}\s+(?:\p{L}+\s+){0,2}?${PERSON_PRONOUN}\s+(?:er|var|har|hadde|is|was|has|have|had|bruker|brukar|uses?|used)(?![\p{L}])|(?:hvem|kven|who)\s+(?:som\s+)?(?:er|var|har|hadde|is|was|are|were|has|have|had|bor|bur|lives?|lived|works?|worked|arbeider|arbeidde|jobbar|jobber|driver|driv|runs?|leverte|delivered|eier|eig|owns?|employs?)(?![\p{L}])|(?:whether|if|om|hvem|kven|who|whom|hvor\s+(?:lenge|mye|mange|mykje)|kor\s+(?:lenge|mykje|mange)|how\s+(?:long|much|many)|at|that)\s+(?:\p{L}+\s+){0,2}?${PERSON_PRONOUN}\s+(?:(?:verkeleg|virkelig|faktisk|really|actually|still|fortsatt|framleis|fremdeles|enno|ennå|også|òg|also)\s+)?(?:er|var|har|hadde|is|was|are|were|has|have|had|bor|bur|lives?|lived|works?|worked|arbeider|arbeidde|jobbar|jobber|driver|driv|leverte|delivered|eier|eig|owns?|employs?)(?![\p{L}]))`;
const CHECK_VERB = String.raw`(?:forhører|forhøyrer|forhøre|forhøyre|hører|høyrer|høre|høyre|høres|høyrast|undersøk(?:er|ar|es|ast|e|t)|undersøkj(?:er|ar|e|ast|es)|sjekk(?:er|ar|es|ast|a|et)?|kontroller(?:er|ar|es|ast|t|te)?|verifiser(?:er|ar|es|ast|t|te)?|avklar(?:er|ar|es|ast|a|e|t)?|krysskjekk(?:er|ar|es|ast|a|et)?|kryssjekk(?:er|ar|es|ast|a|et)?|dobbeltsjekk(?:er|ar|es|ast|a|et)?|checks?|checked|verif(?:y|ies|ied)|cross-?checks?|cross-?checked|double-?checks?|double-?checked|confirms?)`;
/** Checking data with a party: group 1 what is checked, group 2 the party and what follows. */
const CHECK_WITH = lazyPattern(
  String.raw`(?<![\p{L}])${CHECK_VERB}\s+((?:[\p{L}\d'’-]+,?\s+){0,12}?)(?:med|with|hos)\s+(?!til\s)((?:[\p{L}\d'’-]+[,.]?\s*){1,14})`,
  'iu',
);
const MAY_CHECK_WITH = prefilter(CHECK_WITH);
/**
 * Checking «in» a register or a body's database named by its name («sjekkar vi i Cristin», «we check in the Central
 * Coordinating Register», «kontrollerer vi i Folkeregisteret»; variants-paraphrase6 PF039, session 37): group 1 what is
 * checked, group 2 the name (capitalised words) or a register kept by others. Only with a person's data checked, a clause on
 * someone after it, or a fronted «om», «whether» clause on someone before the verb and «vi», «we» after it.
 */
const CHECK_IN = lazyPattern(
  String.raw`(?<![\p{L}])${CHECK_VERB}\s+((?:[\p{L}\d'’-]+\s+){0,6}?)(?:i|in)\s+((?:the\s+)?[\p{L}\d-]+(?:\s+[\p{L}\d-]+){0,5})`,
  'iu',
);
/** CHECK_IN's name: capitalised words (joined by «og», «and», «of», «for»), or a register kept by others in lower case. */
const CHECKED_IN_NAME = lazyPattern(
  String.raw`^(?:(?:the\s+)?\p{Lu}[\p{L}\d-]*(?:\s+(?:(?:og|and|of|for)\s+)?\p{Lu}[\p{L}\d-]*){0,4}|\p{L}*folkeregist\p{L}*|\p{L}*(?:einings|enhets|foretaks|motorvogn|køyretøy|kjøretøy)regist\p{L}*|the\s+(?:population|business|vehicle)\s+register)(?![\p{L}\d])`,
  'u',
);
const MAY_CHECK_IN = prefilter(CHECK_IN);
/** A list, register or record kept by another (the noun in COMPARED_WITH). Not a checklist, a price list, a list of things. */
const LIST_NOUN = String.raw`(?:\p{L}*list(?:e|a|en|er|ene|ane)|lists?|\p{L}*oversikt(?:a|en)?|overviews?|\p{L}*protokoll(?:en)?|\p{L}*register(?:et)?|\p{L}*registra|registers?|records?|logs?|\p{L}*logg(?:en)?)`;
const NOT_PERSONS_LIST = lazyPattern(
  String.raw`(?<![\p{L}])(?:sjekklist\p{L}*|checklists?|check\s+lists?|\p{L}*prislist\p{L}*|price\s+lists?|\p{L}*varelist\p{L}*|\p{L}*utstyrslist\p{L}*|\p{L}*pakkelist\p{L}*|\p{L}*handleliste\p{L}*|(?:equipment|packing|shopping|parts?|product)\s+lists?|\p{L}*regelverk\p{L}*|\p{L}*lovregister\p{L}*)(?![\p{L}])`,
  'iu',
);
const COMPARE_VERB = String.raw`(?:sammenhold(?:er|es|t|e)?|samanheld|samanhald(?:e|ast|en)?|samanlikn(?:ar|er|ast|es|a|e)?|sammenlikn(?:er|es|et|a|e)?|sammenlign(?:er|es|et|a|e)?|jamfør(?:er|ar|es|ast)?|krysskjekk(?:er|ar|es|ast)?|kryssjekk(?:er|ar|es|ast)?|kontroller(?:er|ar|es|ast)?|sjekk(?:er|ar|es|ast)?|avstem(?:mer|mar|mes|mast)|compar(?:e|es|ed)|cross-?check(?:s|ed)?|checks?|checked|match(?:es|ed)?|reconcil(?:e|es|ed))`;
/** Comparing with a list: group 1 the list phrase (and its owner, before or after it). */
const COMPARED_WITH = lazyPattern(
  String.raw`(?<![\p{L}])${COMPARE_VERB}\s+(?:(?:[\p{L}\d'’-]+,?\s+){0,8}?)(?:(?:blir|vert|er|is|are)\s+\p{L}+\s+)?(?:med|mot|with|against|to)\s+((?:[\p{L}\d'’-]+\s+){0,4}?${LIST_NOUN}(?![\p{L}])(?:\s+(?:fra|frå|from|hos|of|til|kept\s+by|held\s+by)\s+(?:[\p{L}\d'’-]+[,.]?\s*){1,10})?)`,
  'iu',
);
const MAY_COMPARED_WITH = prefilter(COMPARED_WITH);
/** The owner of a list: «fra X» after it, or a genitive before it («slakteriets mottaksliste», «the abattoir's delivery list»). */
const LIST_OWNER_AFTER = lazyPattern(String.raw`^(?:[\p{L}\d'’-]+\s+){0,4}?\p{L}+\s+(?:fra|frå|from|hos|kept\s+by|held\s+by)\s+(.+)$`, 'iu');
const LIST_OWNER_BEFORE = lazyPattern(
  String.raw`^(?:(?:the|den|det)\s+)?((?:[\p{L}\d-]+\s+){0,2}?[\p{L}\d-]{3,}?)(?:s|['’]s?)\s+(?:\p{L}+\s+)?${LIST_NOUN}(?![\p{L}])`,
  'iu',
);
const CONTACT_VERB = String.raw`(?:kontakt(?:er|ar|e|a)|tar\s+(?:vi\s+|me\s+)?kontakt\s+med|tek\s+(?:vi\s+|me\s+)?kontakt\s+med|ta\s+kontakt\s+med|ringer(?:\s+til)?|ringjer(?:\s+til)?|ringe(?:\s+til)?|spør|spørre|spørje|forhører\s+(?:vi\s+)?oss\s+(?:hos|med)|forhøyrer\s+(?:vi\s+|me\s+)?oss\s+(?:hos|med)|forhøre\s+oss\s+(?:hos|med)|contacts?|contacting|calls?|calling|phones?|phoning|asks?|asking|get\s+in\s+touch\s+with|check\s+with|skriv(?:er)?\s+til|writes?\s+to)`;
const CONFIRM_TELL = String.raw`(?:bekreft(?:er|e|ar)?|stadfest(?:er|ar|e|a)?|opplyser|opplyse|fortel(?:l|ler|jer)?|oppgir|oppgjev|gir\s+oss|gjev\s+oss|confirms?|verif(?:y|ies)|tells?\s+us|informs?\s+us|lets?\s+us\s+know|gives?\s+us|reports?)`;
/** Contacting a party who confirms or tells: group 1 the party, group 2 what follows the verb of confirming. */
const CONTACT_CONFIRMS = lazyPattern(
  String.raw`(?<![\p{L}])${CONTACT_VERB}\s+((?:[\p{L}\d'’-]+\s+){0,5}?[\p{L}\d'’-]+)\s*,?\s+(?:som|who|which|that)\s+(?:(?:så|then|også|òg|also|da|deretter)\s+)?${CONFIRM_TELL}(?![\p{L}])(.*)$`,
  'iu',
);
const MAY_CONTACT_CONFIRMS = prefilter(CONTACT_CONFIRMS);
/** A party confirming: active (group 1 before it, group 2 after) or the agent of the passive (group 3 before, group 4 after). */
const CONFIRMED_BY = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:bekrefter|stadfester|stadfestar|confirms|verifies|attesterer|attests|certifies)(?![\p{L}])(.*)$|(?:bekreftes|bekreftast|stadfestes|stadfestast|(?:blir|vert|is|are|gets|get)\s+(?:(?:also|også|òg|then|så|da)\s+)?(?:bekreftet|bekrefta|stadfest(?:a|et)?|confirmed|verified|certified))\s+(?:(?:også|òg|also)\s+)?(?:av|by)\s+(.+)$)`,
  'iu',
);
const MAY_CONFIRMED_BY = prefilter(CONFIRMED_BY);
/** A thing that has arrived or been paid («at saka er motteken», «that the payment was received»): no one's data confirmed. */
const THING_ARRIVED = lazyPattern(
  String.raw`^\s*(?:(?:overfor|for|til|to)\s+(?:oss|us)\s+)?(?:mottak\p{L}*|receipt|(?:(?:at|that)\s+(?:\p{L}+\s+){1,3}?(?:er|har|has|have|was|were|is|blei|vart|ble)\s+(?:been\s+|vorte\s+|blitt\s+)?(?:motteke\p{L}*|mottatt|mottekne|komen|kome|kommet|arrived|received|registrert|registered|delivered|levert|betalt|paid|sendt|sent)))(?![\p{L}])`,
  'iu',
);
/** The controller acting: «vi», «we», «me» beside the verb, or a passive; not the person («Søkeren kontakter selv …»). */
const WE_NEAR = lazyPattern(String.raw`(?<![\p{L}])(?:vi|we|me)(?:\s+\p{L}+){0,2}\s*$`, 'iu');
const WE_AFTER = lazyPattern(String.raw`^\s*\p{L}*\s*(?:vi|me|we)(?![\p{L}])`, 'iu');
const PASSIVE_VERB = lazyPattern(
  String.raw`^(?:\p{L}+(?:es|ast)|(?:blir|vert|is|are)\s+\p{L}+|\p{L}+\s+(?:blir|vert|is|are))(?![\p{L}])|(?:blir|vert|is|are|er|was|were)\s+(?:\p{L}+\s+)?$`,
  'iu',
);
/** An auxiliary of the passive right before a participle («blir sjekka», «vert kontrollert», «is checked», «er undersøkt»). */
const PASSIVE_BEFORE = lazyPattern(
  String.raw`(?<![\p{L}])(?:blir|vert|blei|vart|is|are|gets?)\s+(?:(?:også|òg|alltid|ofte|also|always|often|then|så|da)\s+)?$`,
  'iu',
);
const CHOICE = lazyPattern(String.raw`(?<![\p{L}])(?:kan|may|can|could|kunne|might)\s+(?:\p{L}+\s+){0,3}$`, 'iu');
const SELF_WORD = lazyPattern(String.raw`(?<![\p{L}])(?:selv|sjølv|sjøl|themselves|himself|herself|yourself)(?![\p{L}])`, 'iu');

/** Whether the controller acts at `at` in `clause` (the verb `verb` there): «vi», «we» beside it, or a passive. */
function weAct(clause: string, at: number, verb: string): boolean {
  const before = clause.slice(0, at);
  const after = clause.slice(at + verb.length, at + verb.length + 30);
  return WE_NEAR().test(before) || WE_AFTER().test(after) || PASSIVE_VERB().test(verb) || PASSIVE_VERB().test(before.slice(-20));
}
/** The guards every shape shares: a denial or a choice before the match, the past, the person acting themself. */
/**
 * A fronted condition set off by a comma («Dersom eigaren ikkje svarar, undersøkjer vi …», «If the owner does not answer, we
 * check …»): its own denial, not the verb's (session 37).
 */
const CONDITION_SET_OFF = lazyPattern(String.raw`^\s*(?:dersom|hvis|viss|om|når|if|when|unless)\s[^,]*,`, 'iu');
/** A relative clause set off by a comma before the verb («Adresse til meddommere som ikke svarer, undersøker vi …»): its own denial. */
const RELATIVE_SET_OFF = lazyPattern(String.raw`(?<![\p{L}])(?:som|who|which|that|der)\s[^,]*,`, 'giu');
function guarded(clause: string, at: number): boolean {
  const before = clause.slice(0, at).replace(RELATIVE_SET_OFF(), ' ').replace(CONDITION_SET_OFF(), ' ');
  return NEGATION.test(before + clause.slice(at, at + 40)) || CHOICE().test(before) || pastAt(clause, at) || SELF_WORD().test(clause);
}
const DATA_RE = lazyPattern(String.raw`(?<![\p{L}])${DATA_WORD}(?![\p{L}])`, 'iu');
const ABOUT_SOMEONE_RE = lazyPattern(String.raw`(?<![\p{L}])${ABOUT_SOMEONE}`, 'iu');
/** «… with the farmer who employs them and with the tax office»: each «with X», «med X». */
const EACH_WITH = lazyPattern(String.raw`\s+(?:and|og|samt)\s+(?:(?:also|også|òg)\s+)?(?:med|with|hos)\s+`, 'iu');
/** Where a party's words end in CHECK_WITH's group 2 (a clause of what is asked: «om», «whether»). */
const PARTY_END = lazyPattern(
  String.raw`[,.;:]|\s(?:whether|if|om|hvem|kven|hva|kva|what|which|hvor|kor|how|when|når|før|before|for\s+å|to\s+\p{L}+)(?![\p{L}])`,
  'iu',
);

/**
 * The parties a clause's shape names as sources (see the module's note), each with its place. `isParty` is the readers' own
 * test of a party's words (prose-activity.ts: its closed list, the kind by shape, not the person, staff or our own).
 */
export function shapeSources(clause: string, isParty: (phrase: string) => boolean): string[] {
  const out: string[] = [];
  if (MAY_CHECK_WITH(clause)) {
    const m = CHECK_WITH().exec(clause);
    if (m !== null && !guarded(clause, m.index) && weAct(clause, m.index, m[0].split(/\s+/u)[0]!)) {
      const what = m[1]!;
      const rest = m[2]!;
      const end = PARTY_END().exec(rest);
      const about = end !== null && ABOUT_SOMEONE_RE().test(rest.slice(end.index));
      // «Vi kontrollerer identiteten, bestiller kortet hos kortutstederen»: a comma before «hos» starts another verb's clause
      // (variants-bemanning's clean base).
      const another = what.includes(',') && /\shos\s*$/iu.test(m[0].slice(0, m[0].length - rest.length));
      // A fronted object before the verb and «vi», «me» (V2: «Adressa til vitnet undersøker vi hos Skatteetaten», session 36).
      // Or a fronted topic on people, «om», «about» with no comma before the verb («Om søkjarar til stillingane høyrer vi med
      // tidlegare arbeidsgjevarar», «About applicants we also check with former employers»: variants-vassverk VV39, session 37);
      // «Om søkjaren ikkje svarar, …» is a condition (a comma), no topic.
      // The passive with what is checked as its subject («Adressa til vitnet blir sjekka hos Skatteetaten», «Telefonnummeret
      // vert kontrollert med burettslaget», «The address is checked with the Tax Administration»; session 37).
      const verb = m[0].split(/\s+/u)[0]!;
      const fronted =
        (WE_AFTER().test(clause.slice(m.index + verb.length)) || PASSIVE_VERB().test(verb) || PASSIVE_BEFORE().test(clause.slice(0, m.index))) &&
        (DATA_RE().test(clause.slice(0, m.index)) || TOPIC_PERSONS().test(clause.slice(0, m.index)) || ABOUT_SOMEONE_RE().test(clause.slice(0, m.index)));
      if (!another && (DATA_RE().test(what) || about || fronted))
        for (const p of (end === null ? rest : rest.slice(0, end.index)).split(EACH_WITH())) if (isParty(p.trim())) out.push(p.trim());
    }
  }
  if (MAY_CHECK_IN(clause)) {
    const m = CHECK_IN().exec(clause);
    const name = m === null ? undefined : CHECKED_IN_NAME().exec(m[2]!)?.[0];
    if (m !== null && name !== undefined && !guarded(clause, m.index) && weAct(clause, m.index, m[0].split(/\s+/u)[0]!)) {
      const after = clause.slice(m.index + m[0].length - m[2]!.length + name.length);
      const before = clause.slice(0, m.index);
      const we = WE_AFTER().test(clause.slice(m.index + m[0].split(/\s+/u)[0]!.length));
      if ((DATA_RE().test(m[1]!) || ABOUT_SOMEONE_RE().test(after) || (we && (DATA_RE().test(before) || ABOUT_SOMEONE_RE().test(before)))) && isParty(name))
        out.push(name);
    }
  }
  if (MAY_COMPARED_WITH(clause)) {
    const m = COMPARED_WITH().exec(clause);
    if (m !== null && !guarded(clause, m.index) && !NOT_PERSONS_LIST().test(m[1]!)) {
      const after = LIST_OWNER_AFTER().exec(m[1]!.trim());
      const owner = after !== null ? after[1]!.split(/[,.;:]/u)[0]!.trim() : LIST_OWNER_BEFORE().exec(m[1]!.trim())?.[1];
      if (owner !== undefined && isParty(owner)) out.push(owner);
    }
  }
  if (MAY_CONTACT_CONFIRMS(clause)) {
    const m = CONTACT_CONFIRMS().exec(clause);
    if (
      m !== null &&
      !guarded(clause, m.index) &&
      weAct(clause, m.index, m[0].split(/\s+/u)[0]!) &&
      !THING_ARRIVED().test(m[2]!) &&
      (DATA_RE().test(m[2]!) || ABOUT_SOMEONE_RE().test(m[2]!))
    ) {
      const p = m[1]!.trim();
      if (isParty(p)) out.push(p);
    }
  }
  if (MAY_CONFIRMED_BY(clause)) {
    const m = CONFIRMED_BY().exec(clause);
    if (m !== null && !guarded(clause, m.index)) {
      if (m[1] !== undefined) {
        // Active: the subject is the words before the verb back to the clause's start or a comma; not a relative («…, som
        // bekrefter»: CONTACT_CONFIRMS reads that), not «vi», «we».
        const before = clause.slice(0, m.index).trimEnd();
        const subject = before
          .split(/[,;:]\s*/u)
          .pop()!
          .trim();
        const rest = m[1];
        if (
          subject !== '' &&
          !/(?<![\p{L}])(?:som|who|which|that|der|vi|we|me)$/iu.test(subject) &&
          !THING_ARRIVED().test(rest) &&
          (DATA_RE().test(rest) || ABOUT_SOMEONE_RE().test(rest)) &&
          isParty(subject.replace(/^(?:og|and|men|but|så|then|da)\s+/iu, ''))
        )
          out.push(subject);
      } else {
        // Passive: what is confirmed (before the verb) is a person's data; the agent after «av», «by».
        const what = clause.slice(0, m.index);
        const agent = m[2]!.split(/[,;:]/u)[0]!.trim();
        if (DATA_RE().test(what) && isParty(agent)) out.push(agent);
      }
    }
  }
  givenUsSources(clause, isParty, out);
  passiveToUs(clause, isParty, out);
  frontedGet(clause, isParty, out);
  toldBy(clause, isParty, out);
  siteContent(clause, out);
  return out;
}
/**
 * The controller told by a party (issue #12, session 36, R22: variants-tingrett VT32 «Hva avdøde eide og skyldte, får vi
 * opplyst av bankene direkte»; the clause reader reads «får» as a give): «får vi opplyst av X», «vi får opplyst frå X kor
 * mykje …», «får vi vite av X», «vi får beskjed/melding/tips frå X om …», «we are told by X», «we are informed by X». The
 * controller the one told («vi», «me», «we» beside the verb; not «du får opplyst av oss»), and what is told a person's data,
 * a clause about someone, or a fronted wh-clause of what a person owns, owes, earns or where they live or work; the shapes'
 * guards (a denial, a choice, the past, the person acting themself).
 */
const TOLD_BY = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:får|fær|fekk|fikk)\s+(?:(?:vi|me)\s+)?(?:(?:også|òg|ofte|alltid|vanligvis|vanlegvis|gjerne|då|da|så|nå|no|direkte)\s+){0,2}(?:opplyst|oppgitt|oppgjeve|vite|greie\s+på|rede\s+på|beskjed|melding|tips|informasjon|varsel)|(?:are|is|get|gets)\s+(?:(?:also|often|then|usually|regularly)\s+)?(?:told|informed|notified|tipped\s+off|sent|given|handed|passed|forwarded))\s+(?:(?:[\p{L}-]+(?:['’]s?)?\s+){0,6}?)(?:av|fra|frå|by|from)\s+((?:[\p{L}\d'’«»-]+[,.]?\s*){1,8})`,
  'iu',
);
const MAY_TOLD_BY = prefilter(TOLD_BY);
/** A wh-clause of what a person owns, owes, earns, where they live or work («Hva avdøde eide og skyldte, …»). */
const WH_PERSONS = lazyPattern(
  String.raw`(?<![\p{L}])(?:hva|kva|hvem|kven|hvor|kor|what|who|where|how\s+much)\s+(?:[\p{L}-]+\s+){0,4}?(?:eide|eier|eig|åtte|skyldte|skylder|skuldar|skulda|tjente|tjener|tener|tente|bor|bur|budde|bodde|jobber|jobbar|arbeider|arbeidar|owns?|owned|owes?|owed|earns?|earned|lives?|lived|works?|worked)(?![\p{L}])`,
  'iu',
);
/** Where the party's words end before what is told («av banken hva avdøde eide», «by the banks what the deceased owned»). */
const TOLD_END = lazyPattern(String.raw`\s(?:hva|kva|hvilke|hvilken|hvilket|what|which|who|whom)(?![\p{L}])`, 'iu');
function toldBy(clause: string, isParty: (phrase: string) => boolean, out: string[]): void {
  if (!MAY_TOLD_BY(clause)) return;
  const m = TOLD_BY().exec(clause);
  if (m === null || guarded(clause, m.index)) return;
  const verb = m[0].split(/\s+/u)[0]!;
  const we = /^(?:får|fær|fekk|fikk)$/iu.test(verb)
    ? WE_NEAR().test(clause.slice(0, m.index)) || WE_AFTER().test(clause.slice(m.index + verb.length))
    : WE_NEAR().test(clause.slice(0, m.index));
  if (!we) return;
  const rest = m[1]!;
  const ends = [GIVER_END().exec(rest), PARTY_END().exec(rest), TOLD_END().exec(rest)].filter((e) => e !== null);
  const end = ends.length === 0 ? null : ends.reduce((a, b) => (b.index < a.index ? b : a));
  const p = (end === null ? rest : rest.slice(0, end.index)).trim();
  const told = clause.slice(0, m.index) + ' ' + (end === null ? '' : rest.slice(end.index));
  if (!(DATA_RE().test(told) || ABOUT_SOMEONE_RE().test(told) || WH_PERSONS().test(told) || PERSONS_HANDED().test(clause.slice(0, m.index)))) return;
  if (p !== '' && !/^(?:oss|us|deg|you|dykk|dere)$/iu.test(p) && isParty(p)) out.push(p);
}
/**
 * Three shapes of a party giving us data that no verb of getting carries (issue #12, session 33, R11's matrix,
 * test/check/sources-matrix.test.ts):
 * - a relative clause on the party that sends or gives us data («Vi samarbeider med barnevernet, som sender oss namna på …»,
 *   «the child welfare service, which sends us the names of …»), or an object relative with the party as its subject
 *   («inntektsopplysningane som Skatteetaten gir oss», «the income details that the Tax Administration gives us»):
 *   GIVES_US_RELATIVE, OBJECT_GIVEN_US;
 * - a list or register named through its owner, taken from («hentes fra grunnskolenes egne klasselister», «taken from the
 *   primary schools' own class lists», «henta frå klasselistene til grunnskulane»): OWNED_LIST_FROM, the owner the source;
 * - asking a party which people, who, whether or how much («Vi spør barnevernet hvilke barn som trenger …», «We ask the
 *   schools which pupils need …»): ASKED_WHICH. Only a question about other people by their noun: a pronoun after it is the
 *   party asked («Vi spør naboane om dei vil hjelpe til»: they answer for themselves, Art. 13).
 * The guards are the shapes' own (a denial, a choice, the past, the person acting themself); the party the readers' test.
 */
const GIVE_US_VERB = String.raw`(?:sender|sendar|send|sends|gir|gjev|gjer|gives|leverer|leverar|delivers|supplies|provides|oversender|oversendar|forwards|rapporterer|rapporterar|reports|melder|meldar|varsler|varslar|notifies|informs|tells|forteller|fortel|opplyser)`;
const GIVES_US_RELATIVE = lazyPattern(
  String.raw`((?:[\p{L}\d'’-]+\s+){0,3}?[\p{L}\d'’-]+)\s*,?\s+(?:som|who|which|that)\s+(?:(?:også|òg|also|then|så|da|kvar|hver|every)\s+(?:\p{L}+\s+)?)?${GIVE_US_VERB}\s+(?:(?:til\s+)?(?:oss|us)|(?:\p{L}+\s+){1,6}?(?:til|to)\s+(?:oss|us))(?![\p{L}])(.*)$`,
  'iu',
);
const MAY_GIVES_US_RELATIVE = prefilter(GIVES_US_RELATIVE);
const OBJECT_GIVEN_US = lazyPattern(
  String.raw`(?<![\p{L}])(?:som|that|which)\s+((?:[\p{L}\d'’-]+\s+){0,3}?[\p{L}\d'’-]+)\s+(?:(?:also|også|òg)\s+)?${GIVE_US_VERB}\s+(?:(?:til\s+)?(?:oss|us))(?![\p{L}])`,
  'iu',
);
const MAY_OBJECT_GIVEN_US = prefilter(OBJECT_GIVEN_US);
const FROM_LIST_VERB = lazyPattern(
  String.raw`(?<![\p{L}])(?:hent\p{L}*|innhent\p{L}*|tas|takast|tatt|teke|tekne|får|fær|mottar|mottek|importer\p{L}*|take|takes|taken|obtain(?:s|ed)?|collect(?:s|ed)?|retriev(?:e|es|ed)|fetch(?:es|ed)?|import(?:s|ed)?|gets?|got|receive(?:s|d)?|draw(?:s|n)?|extract(?:s|ed)?)(?![\p{L}])`,
  'iu',
);
/** «fra Ps (egne) lister», «from P's own lists», «frå lista til P»: group 1 the owner before the list, group 2 after. */
const OWNED_LIST_FROM = lazyPattern(
  String.raw`(?<![\p{L}])(?:fra|frå|from|out\s+of)\s+(?:(?:the|den|det|dei|de)\s+)?(?:((?:[\p{L}\d-]+\s+){0,2}?[\p{L}\d-]{3,}?(?:s|['’]s?))\s+(?:(?:own|egne|eigne|eget|eige|egen|eiga|eigen)\s+)?(?:[\p{L}-]+\s+)?${LIST_NOUN}|${LIST_NOUN}\s+(?:til|hos|of|kept\s+by|held\s+by)\s+((?:[\p{L}\d'’-]+\s*){1,4}))(?![\p{L}])`,
  'iu',
);
const MAY_OWNED_LIST_FROM = prefilter(OWNED_LIST_FROM);
const PERSON_NOUN = String.raw`(?:barn(?:a|et)?|born(?:a)?|elev\p{L}*|pupils?|students?|child(?:ren)?|famil\p{L}*|søk(?:er|jar)\p{L}*|applicants?|kandidat\p{L}*|candidates?|tilsett\p{L}*|ansatt\p{L}*|employees?|workers?|pasient\p{L}*|patients?|bruk(?:er|ar)\p{L}*|users?|medlem\p{L}*|members?|foreldr\p{L}*|parents?|personar|personer|persons?|people|folk|kunde\p{L}*|customers?)`;
/** A fronted topic on people with no comma («Om søkjarar til stillingane », «About applicants »): CHECK_WITH's fronted object. */
const TOPIC_PERSONS = lazyPattern(
  String.raw`^\s*(?:om|about|regarding|concerning|angåande|angående|når\s+det\s+gjeld|når\s+det\s+gjelder)\s+[^,]*?(?<![\p{L}])${PERSON_NOUN}(?![\p{L}])[^,]*$`,
  'iu',
);
const ASKED_WHICH = lazyPattern(
  String.raw`(?<![\p{L}])(?:spør|spørje|spørre|asks?|asking)\s+((?:[\p{L}\d'’-]+\s+){0,4}?[\p{L}\d'’-]+)\s+(?:(?:hvilke|hvilken|hvilket|kva\s+for|kven|hvem|which|what|who|whom|whether|om|hvor\s+(?:mye|mange|lenge)|kor\s+(?:mykje|mange|lenge)|how\s+(?:much|many|long))\s+)(?:\p{L}+\s+){0,3}?${PERSON_NOUN}(?![\p{L}])`,
  'iu',
);
const MAY_ASKED_WHICH = prefilter(ASKED_WHICH);
/**
 * Asking a party whether, how long or where someone else is, was, has, lives or works («Vi spør arbeidsgiveren om vitnet var
 * på jobb», «Me spør skulen kor lenge eleven har gått der», «We ask the employer whether the witness was at work»; session
 * 36, R22): the party tells about another person by their noun. A pronoun after «om» is the party asked («Vi spør naboane om
 * dei har sett noko»: they answer for themselves, Art. 13).
 */
const ASKED_ABOUT = lazyPattern(
  String.raw`(?<![\p{L}])(?:spør|spørje|spørre|asks?|asking)\s+((?:[\p{L}\d'’-]+\s+){0,4}?[\p{L}\d'’-]+)\s+(?:om|whether|if|hvor\s+lenge|kor\s+lenge|how\s+long|hvor|kor|where)\s+(?:\p{L}+\s+){0,2}?(?!(?:dei|de|han|hun|ho|they|he|she|it|det|den|dere|dykk|you)\s)(?:\p{L}+(?:en|a|et|ne|ane|ene)|the\s+\p{L}+|\p{L}+['’]s\s+\p{L}+)\s+(?:er|var|har|hadde|bor|bur|budde|bodde|arbeider|arbeidde|jobbar|jobber|jobba|is|was|are|were|has|had|lives|lived|works|worked)(?![\p{L}])`,
  'iu',
);
const MAY_ASKED_ABOUT = prefilter(ASKED_ABOUT);
/**
 * Asking a party how much or what it has sold, delivered or paid to someone («we ask the wholesalers how much alcohol they
 * have sold to the premises», «Vi spør grossistane kor mykje dei har selt til staden», «Me spør bankane kva dei har betalt ut
 * til den avdøde»: variants-paraphrase6 PF034, session 37): the party tells of its dealings with the person. Not what it sold
 * to us («to us», «til oss»: our own dealings).
 */
const ASKED_TRADE = lazyPattern(
  String.raw`(?<![\p{L}])(?:spør|spørje|spørre|asks?|asking)\s+((?:[\p{L}\d'’-]+\s+){0,4}?[\p{L}\d'’-]+)\s+(?:how\s+(?:much|many)|what|which|kor\s+(?:mykje|mange)|hvor\s+(?:mye|mange)|hva|kva)\s+(?:[\p{L}-]+\s+){0,3}?(?:they|it|dei|de|den|det)\s+(?:(?:have|has|had|har|hadde)\s+)?(?:sold|delivered|supplied|paid(?:\s+out)?|lent|invoiced|billed|selt|seld|solgt|levert|betalt(?:\s+ut)?|utbetalt|lånt(?:\s+ut)?|utlånt|fakturert|sel|sell|sells|delivers?|pays?|selger|sel|leverer|leverar|betaler|betalar)\s+(?:[\p{L}-]+\s+){0,3}?(?:to|til)\s+(?!(?:us|oss)(?![\p{L}]))\p{L}`,
  'iu',
);
const MAY_ASKED_TRADE = prefilter(ASKED_TRADE);
/**
 * Calling or contacting a party and so learning what someone has, is or did («Legen ringjer òg apoteket og får vite kva
 * legemiddel pasienten har henta ut», «Vi kontaktar banken og får opplyst kor mykje den avdøde skulda», «We call the pharmacy
 * and find out which medicines the patient has collected»: variants-legevakt LV30, session 37): the party tells, a source.
 * The caller we or our staff (not the person: PERSON_NOUN as the subject); what is learnt a clause on someone (ABOUT_SOMEONE)
 * or what a person has, owns, owes or did (WH_PERSONS, a wh-clause with a person's noun and a verb of having or doing).
 */
const CALL_AND_LEARN = lazyPattern(
  String.raw`(?<![\p{L}])${CONTACT_VERB}\s+(?:(?:òg|også|also|then|så|da)\s+)?((?:[\p{L}\d'’-]+\s+){0,3}?[\p{L}\d'’-]+)\s+(?:og|and)\s+(?:(?:vi|me|we)\s+)?(?:får\s+(?:(?:då|da|så|òg|også)\s+)?(?:vite|opplyst|greie\s+på|rede\s+på|beskjed\s+om|stadfesta|bekreftet|bekrefta)|finds?\s+out|learns?|(?:is|are|gets?)\s+told|asks?)(?![\p{L}])(.*)$`,
  'iu',
);
const MAY_CALL_AND_LEARN = prefilter(CALL_AND_LEARN);
/** A wh-clause on what a person has, got, collected or did («kva legemiddel pasienten har henta ut», «which medicines the patient has collected»). */
const WH_PERSON_DID = lazyPattern(
  String.raw`^\s*(?:hva|kva|kor|hvor|what|which|how\s+(?:much|many))\s+(?:[\p{L}-]+\s+){0,3}?(?:${PERSON_NOUN}|\p{L}+['’]s?\s+\p{L}+)\s+(?:har|hadde|has|have|had|er|var|is|was|fekk|fikk|got|eig|eier|owns?|skuldar|skylder|owes?)(?![\p{L}])`,
  'iu',
);
/**
 * «om», «whether» and a person by their noun and a verb («om søkeren er ansatt», «whether the applicant was at work»): not a
 * thing («om legemiddelet er på lager»: lawful-wordings-s23-n l97, l99).
 */
const ABOUT_PERSON = lazyPattern(
  String.raw`^\s*(?:om|whether|if|hvor\s+lenge|kor\s+lenge|how\s+long)\s+(?:\p{L}+\s+){0,2}?${PERSON_NOUN}\s+(?:(?:verkeleg|virkelig|faktisk|really|actually|still|fortsatt|framleis|fremdeles|også|òg|also)\s+)?(?:er|var|har|hadde|is|was|are|were|has|have|had|bor|bur|lives?|lived|works?|worked|arbeider|arbeidde|jobbar|jobber)(?![\p{L}])`,
  'iu',
);
/** The subject of a clause is the person («Pasienten ringjer apoteket og får vite …»): their own asking. */
const PERSON_SUBJECT_START = lazyPattern(String.raw`^\s*(?:${PERSON_NOUN}|du|you|dei|de|they|han|hun|ho|he|she)\s`, 'iu');
/**
 * A party as the subject delivering data that the controller then uses («Folkeregisteret og NAV leverer opplysningar som vi
 * koblar med uttrekket», «The Tax Administration provides income data that we match with the sample», «Skatteetaten gjev
 * inntektsopplysningar som me bruker»: variants-paraphrase6 PF038, session 37): no «to us», the relative clause with «vi»,
 * «we» says the data come to us. The subject the readers' party test (not the person, us, our own); the shapes' guards.
 */
const PARTY_DELIVERS = lazyPattern(
  String.raw`^\s*((?:[\p{L}\d'’-]+\s+){0,5}?[\p{L}\d'’-]+)\s+(?:(?:også|òg|also|kvar\s+\p{L}+|hver\s+\p{L}+|every\s+\p{L}+)\s+)?(?:leverer|leverar|gir|gjev|sender|sendar|oversender|oversendar|supplies|provides|delivers|sends|gives|passes\s+on)\s+((?:[\p{L}\d'’-]+\s+){0,4}?)(${DATA_WORD})\s*,?\s+(?:som|that|which)\s+(?:vi|me|we)\s+(?:(?:\p{L}+\s+)?)\p{L}+`,
  'iu',
);
const MAY_PARTY_DELIVERS = prefilter(PARTY_DELIVERS);
/** The words a relative's antecedent ends with: back to a preposition or a verb's object. */
const ANTECEDENT_START = lazyPattern(String.raw`^.*?(?<![\p{L}])(?:med|with|fra|frå|from|hos|og|and|to|til|i|in)\s+`, 'iu');
function givenUsSources(clause: string, isParty: (phrase: string) => boolean, out: string[]): void {
  if (MAY_GIVES_US_RELATIVE(clause)) {
    const m = GIVES_US_RELATIVE().exec(clause);
    if (m !== null && !guarded(clause, m.index + m[1]!.length) && (DATA_RE().test(m[0]) || ABOUT_SOMEONE_RE().test(m[2]!))) {
      const p = m[1]!.replace(ANTECEDENT_START(), '').trim();
      if (isParty(p)) out.push(p);
    }
  }
  if (MAY_OBJECT_GIVEN_US(clause)) {
    const m = OBJECT_GIVEN_US().exec(clause);
    if (m !== null && !guarded(clause, m.index) && DATA_RE().test(clause.slice(0, m.index))) {
      const p = m[1]!.trim();
      if (!/^(?:vi|we|me|du|you|de|dei|they)$/iu.test(p) && isParty(p)) out.push(p);
    }
  }
  if (MAY_OWNED_LIST_FROM(clause)) {
    const m = OWNED_LIST_FROM().exec(clause);
    const verb = m === null ? null : FROM_LIST_VERB().exec(clause.slice(0, m.index));
    if (m !== null && verb !== null && !guarded(clause, verb.index) && weAct(clause, verb.index, verb[0]) && !NOT_PERSONS_LIST().test(m[0])) {
      const owner = (m[1] ?? m[2] ?? '')
        .replace(/(?:['’]s?|s)$/u, (x) => (m[1] !== undefined ? '' : x))
        .split(/[,.;:]/u)[0]!
        .trim();
      if (owner !== '' && isParty(owner)) out.push(owner);
    }
  }
  if (MAY_ASKED_ABOUT(clause)) {
    const m = ASKED_ABOUT().exec(clause);
    if (m !== null && !guarded(clause, m.index) && weAct(clause, m.index, m[0].split(/\s+/u)[0]!)) {
      const p = m[1]!.trim();
      if (isParty(p)) out.push(p);
    }
  }
  if (MAY_ASKED_TRADE(clause)) {
    const m = ASKED_TRADE().exec(clause);
    if (m !== null && !guarded(clause, m.index) && weAct(clause, m.index, m[0].split(/\s+/u)[0]!)) {
      const p = m[1]!.trim();
      if (isParty(p)) out.push(p);
    }
  }
  if (MAY_CALL_AND_LEARN(clause)) {
    const m = CALL_AND_LEARN().exec(clause);
    if (
      m !== null &&
      !guarded(clause, m.index) &&
      !PERSON_SUBJECT_START().test(clause.slice(0, m.index)) &&
      (ABOUT_PERSON().test(m[2]!) || WH_PERSON_DID().test(m[2]!) || WH_PERSONS().test(m[2]!) || DATA_RE().test(m[2]!))
    ) {
      const p = m[1]!.trim();
      if (isParty(p)) out.push(p);
    }
  }
  if (MAY_PARTY_DELIVERS(clause)) {
    const m = PARTY_DELIVERS().exec(clause);
    if (m !== null && !guarded(clause, m.index + m[1]!.length)) {
      const p = m[1]!.replace(/^(?:og|and|men|but|så|then)\s+/iu, '').trim();
      if (!/^(?:vi|we|me|du|you|de|dei|they)$/iu.test(p) && isParty(p)) out.push(p);
    }
  }
  if (MAY_ASKED_WHICH(clause)) {
    const m = ASKED_WHICH().exec(clause);
    if (m !== null && !guarded(clause, m.index) && weAct(clause, m.index, m[0].split(/\s+/u)[0]!)) {
      const p = m[1]!.trim();
      if (isParty(p)) out.push(p);
    }
  }
}
/**
 * A passive that hands data «to us» with its giver after «fra», «frå», «from», «av», «by» (issue #12, session 35: variants-havn
 * HV32, variants-bibliotek BB30, variants-helsestasjon HS30): «Opplysninger om båter … blir oversendt oss fra de andre
 * gjestehavnene i regionen» (the dative pronoun, no «til»), «Mange av brukerne blir meldt til oss av hjemmesykepleien»,
 * «Nokre ungdommar blir viste vidare til oss frå legevakta», «Names of members are sent to us by the club», «the youths are
 * referred to us from the emergency clinic». The clause reader reads a give to «oss» (no source) or no fact. Only a verb
 * of handing, sending, reporting or referring, in the present (not «ble», «was», «er sendt»), what is handed a person's data
 * or people (PERSONS_HANDED); the giver the readers' party test (not the person, our own, a channel); the shapes' guards.
 */
const HANDED_PARTICIPLE = String.raw`(?:over)?(?:sendt|sendte|send|sende|sent|tilsendt|tilsendte|meldt|melde|meldte|innmeldt|varsl(?:et|a|ede)|rapportert|rapporterte|overført|overførte|overført|formidl(?:et|a|ede)|videreformidl(?:et|a|ede)|vist|viste|henvist|henviste|tilvist|tilviste|levert|leverte|gitt|gjeve|gjevne|gitte|delt|delte|forwarded|passed|reported|notified|transferred|provided|supplied|handed|delivered|shared|referred|sent|given|submitted|communicated)`;
const SYNTHETIC_HANDED = String.raw`(?:(?:over)?send(?:es|ast)|meld(?:es|ast)|varsl(?:es|ast)|rapporter(?:es|ast)|overfør(?:es|ast)|formidl(?:es|ast)|henvis(?:es|ast)|tilvis(?:es|ast)|lever(?:es|ast)|gis|gjevast|del(?:es|ast))`;
const PASSIVE_TO_US = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:blir|vert|is|are|gets?)\s+(?:(?:også|òg|also|ofte|often|av\s+og\s+til|sometimes|then|så|da|jevnlig|jamleg|regularly|usually|vanligvis|vanlegvis|normally|normalt)\s+)?${HANDED_PARTICIPLE}|${SYNTHETIC_HANDED})\s+(?:(?:videre|vidare|on|over|inn|in|back|tilbake|direkte|directly)\s+)?(?:(?:til|to)\s+)?(?:oss|us)\s+(?:(?:videre|vidare|on|over|inn|in|direkte|directly|også|òg|also|each\s+\p{L}+|every\s+\p{L}+|hver\s+\p{L}+|kvar\s+\p{L}+)\s+)?(?:fra|frå|from|av|by)\s+((?:[\p{L}\d'’«»-]+[,.]?\s*){1,10})`,
  'iu',
);
const MAY_PASSIVE_TO_US = prefilter(PASSIVE_TO_US);
/** What a passive hands: a person's data (DATA_WORD), people, their cases or reports on them. */
const PERSONS_HANDED = lazyPattern(
  String.raw`(?<![\p{L}])(?:${DATA_WORD}|${PERSON_NOUN}|ungdom\p{L}*|youths?|young\s+people|klient\p{L}*|clients?|beboer\p{L}*|bebuar\p{L}*|residents?|\p{L}*melding(?:a|en|ar|er|ane|ene)?|\p{L}*søknad(?:en|a|er|ar|ene|ane)?|applications?|saker|sakene|sakar|sakene|cases|referrals?|henvisning\p{L}*|tilvising\p{L}*|reports?|rapport(?:en|ar|er|ane|ene)?|liste(?:n|r|ne)?|lista|listene|lists?|\p{L}+list(?:e|a|en|er|ene|ane)|\p{L}+lists?|results?|resultat\p{L}*|prøvesvar\p{L}*|test\s+results?)(?![\p{L}])`,
  'iu',
);
/** Where the giver's words end after «fra», «av» (a relative clause, a medium, a time). */
const GIVER_END = lazyPattern(
  String.raw`[,;:.]|\s(?:som|who|which|that|der|where|på|via|through|gjennom|med|with|når|when|hver|kvar|every|each|etter|after|før|before|for\s+å|to\s+\p{L}+|in\s+order|slik|so)(?![\p{L}])`,
  'iu',
);
function passiveToUs(clause: string, isParty: (phrase: string) => boolean, out: string[]): void {
  if (!MAY_PASSIVE_TO_US(clause)) return;
  const m = PASSIVE_TO_US().exec(clause);
  if (m === null || guarded(clause, m.index) || !PERSONS_HANDED().test(clause.slice(0, m.index))) return;
  const rest = m[1]!;
  const end = GIVER_END().exec(rest);
  const p = (end === null ? rest : rest.slice(0, end.index)).trim();
  if (p !== '' && isParty(p)) out.push(p);
}
/**
 * A fronted object before a verb of getting and «vi», «me» (V2), the party after «fra», «frå» («Adressen til dem på ventelisten
 * som har flytta, henter vi fra 1881», «Namna på deltakarane hentar me frå medlemslista til laget»: variants-havn HV30;
 * session 35): the clause reader takes the object for the subject and finds no data in what is got. What comes before the
 * verb must be a person's data or people; the shapes' guards.
 */
const FRONTED_GET = lazyPattern(
  String.raw`(?<![\p{L}])(?:henter|hentar|innhenter|innhentar|får|mottar|mottek|kjøper|kjøpar|importerer|importerar)\s+(?:vi|me)\s+(?:(?:også|òg|ofte|alltid|vanligvis|vanlegvis|inn|då|da|så|nå|no)\s+){0,2}(?:fra|frå)\s+((?:[\p{L}\d'’«»-]+[,.]?\s*){1,10})`,
  'iu',
);
const MAY_FRONTED_GET = prefilter(FRONTED_GET);
function frontedGet(clause: string, isParty: (phrase: string) => boolean, out: string[]): void {
  if (!MAY_FRONTED_GET(clause)) return;
  const m = FRONTED_GET().exec(clause);
  if (m === null || guarded(clause, m.index) || !PERSONS_HANDED().test(clause.slice(0, m.index))) return;
  for (const piece of m[1]!.split(/\s+(?:og|samt)\s+(?:(?:fra|frå)\s+)?/iu)) {
    const end = GIVER_END().exec(piece);
    const p = (end === null ? piece : piece.slice(0, end.index)).trim();
    if (p !== '' && isParty(p)) {
      out.push(p);
      return;
    }
  }
}
/**
 * What people post or what is written about someone on a public site, looked at, checked, copied or added by the controller
 * (issue #12, session 36, R22; variants-paraphrase6 PF031, PF035, PF036, PF045, PF046, variants-tingrett VT33): «ser vi òg
 * etter kva kandidatane har lagt ut på LinkedIn», «Candidates' profiles on LinkedIn … are checked», «Omtalar … på Google og
 * Facebook blir kopierte inn i TABS», «Vurderinger … som folk har lagt ut på Google, henter vi inn», «What online
 * newspapers and social media say about the person … is added to the register». The site is the source (Art. 14(2)(f)
 * names «publicly accessible sources»). Only a site of the closed list, a verb of looking, checking, copying, taking in
 * or adding in the clause, what is there a person's profile, posts, reviews, or what is said about someone; the controller
 * acting (we, or a passive); not our own page, not what we post ourselves; the shapes' guards.
 */
const SITE = String.raw`(?:linkedin|facebook|instagram|tiktok|twitter|snapchat|youtube|google|sosiale\s+medi\p{L}*|social\s+media|nettavis\p{L}*|online\s+newspapers?|online\s+news|internett(?:et)?|the\s+internet)`;
const SITE_AT = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:på|i|on|in|fra|frå|from)\s+(?:(?:andre|other|ulike|various)\s+)?(${SITE}(?:\s+(?:og|and|or|eller)\s+(?:(?:andre|anna|other|ulike|i|på|on|in)\s+){0,2}?${SITE})?)|(${SITE}(?:\s+(?:og|and|or|eller)\s+${SITE})?)\s+(?:\p{L}+\s+){0,3}?(?:say|says|said|write|writes|wrote|report|reports|skriv(?:er)?|skreiv|skrev|melder|meldar|står|stend)\s+(?:om|about))(?![\p{L}])`,
  'iu',
);
const MAY_SITE_AT = prefilter(SITE_AT);
const SITE_LOOK = lazyPattern(
  String.raw`(?<![\p{L}])(?:ser\s+(?:(?:vi|me|òg|også|alltid|gjerne)\s+){0,3}(?:etter|på|gjennom)|går\s+(?:(?:vi|me|òg|også)\s+){0,2}gjennom|sjekk\p{L}*|kontroller\p{L}*|undersøk\p{L}*|(?:søk\p{L}*|slå\p{L}*|slår)\s+(?:\p{L}+\s+){0,3}?opp|kopier\p{L}*|copy|copies|copied|hent\p{L}*|innhent\p{L}*|legg\p{L}*\s+(?:(?:vi|me)\s+)?(?:til|inn)|lagt\s+(?:til|inn)|added|adds?|suppler\p{L}*|supplement\p{L}*|checks?|checked|checking|reviews?\s+(?:the|their|his|her)|reviewed|look(?:s|ed|ing)?\s+(?:at|for|through|up)|screen\p{L}*|collect\p{L}*|gather\p{L}*|følg(?:er|jer)\s+(?:vi\s+|me\s+)?med\s+på|monitor\p{L}*)(?![\p{L}])`,
  'iu',
);
/** What is on the site is someone's: a profile, posts, reviews, what a person has put out, what is said about someone. */
const SITE_PERSONS = lazyPattern(
  String.raw`(?<![\p{L}])(?:profil\p{L}*|profiles?|innlegg\p{L}*|posts?|posted|omtal\p{L}*|anmeldels\p{L}*|vurdering\p{L}*|reviews?|kommentar\p{L}*|comments?|lagt\s+ut|legg(?:er)?\s+ut|legg\s+ut|skreiv|skrev|wrote|written|say\s+about|says\s+about|står\s+om|about\s+the\s+(?:person|applicant|candidate|customer)|om\s+personen|${PERSON_NOUN}|\p{L}+['’]s?\s+(?:profiles?|posts?|accounts?))(?![\p{L}])`,
  'iu',
);
/** Our own page or what we post ourselves («Facebook-sida vår», «our page on LinkedIn», «vi legger ut bilder på Facebook»). */
const OUR_SITE = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:vår|vårt|våre|our|own|egen|eiga|eigen|eget|egne|eigne)\s+(?:\p{L}+\s+)?(?:side|sida|sider|sidene|page|pages|profil\p{L}*|profiles?|accounts?|konto\p{L}*|kanal\p{L}*|channels?)|(?:side|sida|sider|page|profil\p{L}*|konto\p{L}*)\s+(?:vår|vårt|våre)|(?:vi|we|me)\s+(?:\p{L}+\s+){0,3}?(?:lagt\s+ut|legg(?:er)?\s+ut|post(?:s|ed)?|publiser\p{L}*|publish(?:es|ed)?|del(?:er|ar|t)|shares?|shared|annonser\p{L}*|advertis\p{L}*))(?![\p{L}])`,
  'iu',
);
const WE_OR_PASSIVE = lazyPattern(String.raw`(?<![\p{L}])(?:vi|we|me|blir|vert|is|are|was|were|\p{L}+(?:es|ast))(?![\p{L}])`, 'iu');
/**
 * Looked at only where the person asks for it or agrees («berre dersom søkjaren ber oss om det», «only if the applicant asks
 * us to», «at the candidate's request»): the person points us to it, their own giving (Art. 13; the lawful wordings of
 * session 25, n175).
 */
const PERSON_ASKS = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:dersom|hvis|viss|om|når|if|when|where)\s+(?:\p{L}+\s+){0,3}?(?:ber|bed|ba|asks?|asked|requests?|requested|samtykk\p{L}*|consents?|consented|ønsker|ønskjer|wants?|vil\s+det|gir\s+(?:oss\s+)?lov|gjev\s+(?:oss\s+)?lov)|(?:på|etter)\s+(?:eiga|egen|eigen|eget|eige|sin|si|hans|hennes|deira|deres)?\s*(?:oppfordring|ønske|førespurnad|forespørsel)|at\s+(?:the\s+)?(?:\p{L}+['’]s?\s+|their\s+|his\s+|her\s+)?(?:own\s+)?request|with\s+(?:their|the\s+\p{L}+['’]s?)\s+consent|med\s+samtykke)(?![\p{L}])`,
  'iu',
);
/** Whether the person asks for it or agrees (PERSON_ASKS): prose-activity.ts reads a site looked up so too (SOURCE_SAID). */
export const personAsks = (text: string): boolean => PERSON_ASKS().test(text);
function siteContent(clause: string, out: string[]): void {
  if (!MAY_SITE_AT(clause)) return;
  const m = SITE_AT().exec(clause);
  if (m === null) return;
  const look = SITE_LOOK().exec(clause);
  if (look === null || guarded(clause, Math.min(look.index, m.index)) || !WE_OR_PASSIVE().test(clause)) return;
  if (!SITE_PERSONS().test(clause) || OUR_SITE().test(clause) || PERSON_ASKS().test(clause)) return;
  out.push((m[1] ?? m[2]!).trim());
}
/** Whether a text may hold a shape at all (the gate of the readers: each shape's own words). */
export const mayShapeSource = (text: string): boolean =>
  MAY_CHECK_WITH(text) ||
  MAY_COMPARED_WITH(text) ||
  MAY_CONTACT_CONFIRMS(text) ||
  MAY_CONFIRMED_BY(text) ||
  MAY_GIVES_US_RELATIVE(text) ||
  MAY_OBJECT_GIVEN_US(text) ||
  MAY_OWNED_LIST_FROM(text) ||
  MAY_ASKED_WHICH(text) ||
  MAY_ASKED_ABOUT(text) ||
  MAY_ASKED_TRADE(text) ||
  MAY_CALL_AND_LEARN(text) ||
  MAY_PARTY_DELIVERS(text) ||
  MAY_CHECK_IN(text) ||
  MAY_PASSIVE_TO_US(text) ||
  MAY_FRONTED_GET(text) ||
  MAY_TOLD_BY(text) ||
  MAY_SITE_AT(text);
