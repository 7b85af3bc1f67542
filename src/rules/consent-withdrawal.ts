import { basesWithPointers, isConsent, marketingSaid, NEGATION, SENTENCE_END, STOP, textsOf } from '../check/facts.js';
import { defineRule } from '../check/rule.js';
import { join } from '../util/pointer.js';
import { lazyPattern } from '../util/lazy-pattern.js';
import { ways } from '../util/prefilter.js';
import { byText } from '../util/memo.js';
import { keptAfterLeaving, NOT_LEAVABLE } from '../check/lexicon-consent.js';
import { consentNotWithdrawable, withdrawalWayNamed } from '../check/consent-inferred.js';

/**
 * Art. 7(3): consent can be withdrawn as easily as given, and the person is told how (13(2)(c), 14(2)(d)).
 * Consent given by an active choice online (`consentMethod: opt-in`) that can be withdrawn only by letter
 * is harder to withdraw than to give: a warning, since ropa reads only the words (a withdrawal text that
 * names a letter or post and no electronic way: no e-mail, link, page, app, SMS or phone).
 * The explicit consent of 9(2)(a) is asked with the consent to the processing (6(1)(a)) of the same purpose, and
 * withdrawing that ends it all: where the 6(1)(a) basis says how to withdraw, the 9(2)(a) basis needs no copy of it.
 * A withdrawal text that says the data is kept anyway («kan trekkes tilbake, men allerede registrerte opplysninger
 * blir tatt vare på») makes withdrawal end nothing: where consent is the purpose's only Art. 6(1) basis, the data must
 * then be erased (Art. 17(1)(b)); a warning, since the record may keep it on a ground it does not state. Research
 * results and anonymised data are left out (Art. 17(3)(d), rec. 26), and so is keeping proof of the consent or its
 * withdrawal (Art. 7(1)) or an address on a suppression list.
 */
const BY_POST = lazyPattern(
  String.raw`\bbrev\b|\bper post\b|\bpostadresse|\bsignert|\bletter\b|\bby post\b|\bin writing\b|\bsigned\b|\bskriftleg\b|\bskriftlig\b`,
  'i',
);
/** Data said kept (a data noun, then a verb of keeping). */
const KEPT = lazyPattern(
  String.raw`\b(?:opplysning|data|informasjon|information|details|records|personopplysning|registrert|det du har)\w*\b[^.;]{0,60}?(?:\b(?:tas|tatt|teke|takast) vare på|\bbeholdes\b(?!\s+(?:ikke|ikkje))|\bbehaldast\b(?!\s+ikkje)|\b(?:lagres|lagrast|oppbevares|oppbevarast) (?:fortsatt|framleis|fremdeles|videre|vidare)|\bslettes ikke\b|\bblir ikke slettet\b|\b(?:vert|blir) ikkje sletta\b|\b(?:is|are|will be) (?:still |nevertheless )?(?:kept|retained|stored)\b|\b(?:is|are|will) not (?:be )?(?:deleted|erased)\b)`,
  'i',
);
/**
 * The same said of answers to a survey («svar som allerede er avgitt, beholdes i undersøkelsen», «answers already given are
 * kept»: variants-krisesenter KS70, B16, session 19), sentence by sentence. Not the person's answers kept (N3b's review,
 * F3, session 19): a sentence that deletes them too («svarene dine slettes da, og bare antall svar beholdes»), a count or
 * aggregate («talet på svar», «the total number of responses», «samlede svar … som prosenttall»), other people's answers
 * («svar fra andre brukere», «responses from other residents»), replies to enquiries («svar på henvendelser … etter
 * arkivloven») and answers that cannot be linked to the person.
 */
const KEPT_ANSWERS = lazyPattern(
  String.raw`\b(?:svar(?=ene\b|a\b|\b)|besvarelse|answers|responses)\w*\b[^.;]{0,60}?(?:\b(?:tas|tatt|teke|takast) vare på|\bbeholdes\b(?!\s+(?:ikke|ikkje))|\bbehaldast\b(?!\s+ikkje)|\b(?:lagres|lagrast|oppbevares|oppbevarast) (?:fortsatt|framleis|fremdeles|videre|vidare)|\bslettes ikke\b|\bblir ikke slettet\b|\b(?:vert|blir) ikkje sletta\b|\b(?:is|are|will be) (?:still |nevertheless )?(?:kept|retained|stored)\b|\b(?:is|are|will) not (?:be )?(?:deleted|erased)\b)`,
  'i',
);
const NOT_DELETED = lazyPattern(
  String.raw`\bslettes ikke\b|\bblir ikke slettet\b|\b(?:vert|blir) ikkje sletta\b|\b(?:is|are|will) not (?:be )?(?:deleted|erased)\b`,
  'gi',
);
const NOT_THEIR_ANSWERS = lazyPattern(
  String.raw`\bantall\b|\btal(?:et)? på\b|\bnumber of\b|\btotal|\bsamlede?\b|\bsamla\b|\baggregat|\bprosent|\bpercent|\b(?:fra|frå) andre\b|\bfrom (?:other|the other)\b|henvendel|førespurnad|\benquir|\binquir|\bikk(?:e|je) (?:kan )?(?:knyttes|knytast|koplast|koples|kobles)|\b(?:cannot|can't|can ?not|not) be (?:linked|traced|connected)\b`,
  'i',
);
const keptAnswers = (t: string): boolean =>
  t.split(SENTENCE_END).some((s) => KEPT_ANSWERS().test(s) && !DELETED().test(s.replace(NOT_DELETED(), ' ')) && !NOT_THEIR_ANSWERS().test(s));
/**
 * The same said actively by the controller («Vi beholder likevel e-postadressen etter avmelding, slik at vi kan sende tilbud
 * senere», «we still keep your address after you unsubscribe»: variants-regnskap RG06; W4, session 19): «we» keep, retain or
 * store, with a word that it outlasts the withdrawal (likevel, fortsatt, still, even after, etter avmelding, after you
 * unsubscribe). Not negated («we do not keep …», «vi beholder ikke …»), and not beside a word of deleting in the sentence;
 * proof of the withdrawal and a suppression list stay out (PROOF_OR_SUPPRESSION), as do research results.
 */
const KEPT_ACTIVE = lazyPattern(
  String.raw`(?<![\p{L}])(?:vi|we)\s+(?:\p{L}+\s+){0,2}?(?:beholder|beheld|beholde|behalde|keep|retain|lagrer|lagrar|oppbevarer|oppbevarar|tar\s+vare\s+på|tek\s+vare\s+på)(?![\p{L}])[^.;]{0,80}?(?<![\p{L}])(?:likevel|fortsatt|framleis|fremdeles|still|nevertheless|anyway|even\s+after|etter\s+(?:avmelding\p{L}*|tilbaketrekking\p{L}*|at\s+(?:du|dei|de|medlemmet|kunden|mottakaren|mottakeren)\s+(?:har\s+)?(?:meldt|melde|trukket|trekt|trekker|trekkjer))|after\s+(?:you\s+|they\s+)?(?:have\s+|has\s+)?(?:unsubscrib\p{L}*|withdr\p{L}*|opt(?:ed|s)?\s+out))(?![\p{L}])`,
  'iu',
);
/**
 * What is kept on another legal ground is no data of the consent's (Art. 17(1)(b): erasure «where there is no other legal
 * ground»): the customer relationship, invoices, a course enrolment or booking kept after unsubscribing from a newsletter
 * («Vi beholder fortsatt kundeforholdet og fakturaene etter avmelding», «beholder likevel påmeldingen din til kurset»), or
 * a text that gives the other ground (bokføringsloven, «because invoices are sent to it», «if you are a client»). N3's
 * review, 2026-12-02. The e-mail address, profile or preferences kept with no such ground stay the warning's case.
 */
const KEPT_OTHER_OBJECT = lazyPattern(
  String.raw`^(?:vi|we)\s+(?:\p{L}+\s+){0,2}?(?:beholder|beheld|beholde|behalde|keep|retain|lagrer|lagrar|oppbevarer|oppbevarar|tar\s+vare\s+på|tek\s+vare\s+på)\s+(?:(?:likevel|fortsatt|framleis|fremdeles|still|nevertheless|also|også|òg|anyway)\s+)*(?:the\s+|your\s+|din\s+|ditt\s+|dine\s+|di\s+|dykkar\s+)?(?:kundeforhold\p{L}*|kundekonto\p{L}*|påmelding\p{L}*|faktura\p{L}*|kurs|kurset|kursplass\p{L}*|avtale\p{L}*|kontrakt\p{L}*|ordre\p{L}*|bestilling\p{L}*|medlemskap\p{L}*|customer\s+(?:account|relationship)|client\s+(?:account|relationship)|accounts?|invoices?|orders?|bookings?|enrol\p{L}*|contracts?|membership|course\s+(?:place|booking|enrolment)s?)(?![\p{L}])`,
  'iu',
);
const OTHER_GROUND = lazyPattern(
  String.raw`(?<![\p{L}])(?:bokføring\p{L}*|regnskapslov\p{L}*|rekneskapslov\p{L}*|bookkeeping|accounting\s+act|(?:fordi|because|since|ettersom|sidan|siden)\s+(?:[\p{L}-]+\s+){0,6}?(?:faktura\p{L}*|invoice\p{L}*|contract\p{L}*|avtale\p{L}*|kontrakt\p{L}*)|(?:if|when|as\s+long\s+as)\s+you\s+are\s+(?:a\s+|our\s+)?(?:client|customer)|(?:er\s+du|om\s+du\s+er|hvis\s+du\s+er|dersom\s+du\s+er|viss\s+du\s+er)\s+kunde)(?![\p{L}])`,
  'iu',
);
/** OTHER_GROUND run by its ways, each built only where its words are (util/prefilter.ts `ways`; #16, session 28). */
const otherGroundWays = ways(OTHER_GROUND);
const keptActively = (t: string): boolean =>
  !otherGroundWays.test(t) &&
  t.split(SENTENCE_END).some((s) => {
    const m = KEPT_ACTIVE().exec(s);
    return (
      m !== null &&
      !NEGATION.test(m[0]) &&
      !KEPT_OTHER_OBJECT().test(s.slice(m.index)) &&
      !DELETED().test(s) &&
      !RESEARCH_OR_ANON().test(s) &&
      !PROOF_OR_SUPPRESSION().test(s)
    );
  });
const RESEARCH_OR_ANON = lazyPattern(String.raw`anonym|analys|publiser|publicat|forskingsresultat|forskningsresultat|research results|results already`, 'i');
/** Keeping proof of the consent or its withdrawal (Art. 7(1)), or an address on a suppression list so as not to write again. */
const PROOF_OR_SUPPRESSION = lazyPattern(
  String.raw`dokumenter|dokumentasjon|\bbevis|at du har trukke|at du har reservert|reservasjon|sperreliste|suppression|do-not-contact|\bproof\b|record of (?:your |the )?(?:consent|withdrawal)|that you (?:have )?withdr`,
  'i',
);
/**
 * The same said in the retention of the purpose's data (H12C, variants-trening TR04: «When consent is withdrawn the
 * template is kept, switched off, until the membership ends»): a sentence that speaks of the withdrawal (WITHDRAWN) and
 * says the data is kept (KEPT_VERB), with no word of deleting, erasing or anonymising beside it («When you withdraw, we
 * delete the photos, but invoices are kept» deletes the consented data). Whatever the noun: a retention entry is about
 * its own categories.
 */
const WITHDRAWN = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:trekk\p{L}*|trekt|trukke[nt]?)\s+(?:\p{L}+\s+){0,2}?tilbake|(?:trekker|trekkjer|trekke|trekkje|trekkes|trekkjast)\s+(?:\p{L}+\s+){0,1}?samtykk\p{L}*|tilbaketrekk\p{L}*|withdr\p{L}*)(?![\p{L}])`,
  'iu',
);
const KEPT_VERB = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:tas|tatt|teke|takast)\s+(?:\p{L}+\s+){0,2}?vare\s+på|beholdes|behaldast|(?:lagres|lagrast|oppbevares|oppbevarast)\s+(?:(?:\p{L}+\s+){0,2}?(?:fortsatt|framleis|fremdeles|videre|vidare|likevel)|til)|slettes\s+ikke|blir\s+ikke\s+slettet|(?:vert|blir)\s+ikkje\s+sletta|(?:is|are|will\s+be)\s+(?:still\s+|nevertheless\s+|then\s+)?(?:kept|retained|stored)|(?:is|are|will)\s+not\s+(?:be\s+)?(?:deleted|erased))(?![\p{L}])`,
  'iu',
);
/**
 * A word of deleting, erasing or anonymising, from its start: «newsletter» holds «slett», a nynorsk passive in -erast
 * («registrerast», «leverast») and «operasjon» hold «eras», «klokkeslett» holds «slett» (F1, session 40).
 */
const DELETED = lazyPattern(
  String.raw`(?<![\p{L}])(?:slett\p{L}*|sletta|delet\p{L}*|eras\p{L}*|anonymi\p{L}*|fjern\p{L}*|remov\p{L}*|destroy\p{L}*|makul\p{L}*)`,
  'iu',
);
/**
 * What was done before the withdrawal and cannot be undone (the integrator's lawful-wording review, 2026-11-30: «photos
 * already printed in the yearbook are kept in the printed copies, which we cannot recall»): withdrawal «shall not affect
 * the lawfulness of processing based on consent before its withdrawal» (Art. 7(3)), and printed copies handed out are
 * no longer the controller's to keep.
 */
const DONE_BEFORE = lazyPattern(
  String.raw`(?<![\p{L}])(?:already|allerede|allereie|printed|trykt\p{L}*|trykte|handed\s+out|utdelt\p{L}*|delt\s+ut|distributed|cannot\s+(?:be\s+)?recall\p{L}*|(?:kan|kann)\s+(?:vi\s+)?ikk(?:e|je)\s+(?:hente|kalle|kalla)\s+tilbake)(?![\p{L}])`,
  'iu',
);
/**
 * The withdrawal as the end of the keeping («The photos are stored until you withdraw your consent», «lagres til du trekker
 * samtykket tilbake», «kept unless you withdraw»): lawful, and taken out before WITHDRAWN is read (R1's review, 2026-11-30:
 * 4 of 5 lawful wordings fired). Not «før/before»: data registered before the withdrawal and kept is the warning's case.
 */
const UNTIL_WITHDRAWN = lazyPattern(
  String.raw`(?<![\p{L}])(?:til|inntil|fram\s+til|frem\s+til|until|till|up\s+to|as\s+long\s+as|så\s+lenge|unless|med\s+mindre)\s+(?:\p{L}+\s+){0,3}?(?:${WITHDRAWN.source})`,
  'giu',
);
/**
 * Unsubscribing, said of a newsletter or a list, is withdrawing its consent («etter at du har meldt deg av», «etter
 * avmelding», «after you unsubscribe», «once they opt out»), and data that stays on the list («Adressen blir liggende i
 * kundelisten også etter at du har meldt deg av», «your address remains on our list after you unsubscribe»: variants-optiker
 * OP34, W7 session 47) is kept after it. Read only here, in the retention's words: a withdrawal text that names
 * unsubscribing names a way to withdraw, which someWayIn reads by its own words. «Until» the person unsubscribes is the end
 * of the keeping, as «until» they withdraw is (UNTIL_LEFT).
 */
const UNSUBSCRIBED = String.raw`(?:melder|meldar|meldt|melde|meldte|meldast|meldes)\s+(?:seg|deg|dykk|dere|dei|de)\s+av|avmeld\p{L}*|unsubscrib\p{L}*|opt(?:s|ed)?\s+out|opting\s+out`;
const LEFT = lazyPattern(String.raw`(?<![\p{L}])(?:${UNSUBSCRIBED})(?![\p{L}])|${WITHDRAWN.source}`, 'iu');
const LEFT_OR_WITHDRAWN = String.raw`(?:${UNSUBSCRIBED}|${WITHDRAWN.source})`;
// «… til du trekker samtykket tilbake eller melder deg av»: each way joined by «eller»/«or» ends the keeping too.
const UNTIL_LEFT = lazyPattern(
  String.raw`(?<![\p{L}])(?:til|inntil|fram\s+til|frem\s+til|until|till|up\s+to|as\s+long\s+as|så\s+lenge|unless|med\s+mindre)\s+(?:\p{L}+\s+){0,3}?${LEFT_OR_WITHDRAWN}(?:[^.;!?]{0,40}?\s(?:eller|or)\s+(?:\p{L}+\s+){0,3}?${LEFT_OR_WITHDRAWN})*`,
  'giu',
);
/** Data that stays where it was: «blir liggende», «ligg att», «remains on the list», «stays in our register». */
const STAYS = String.raw`(?:blir|vert|bli|verte)\s+(?:\p{L}+\s+)?(?:liggende|liggande|stående|ståande)|(?:ligger|ligg|står)\s+(?:\p{L}+\s+){0,2}?(?:igjen|att|fortsatt|framleis|fremdeles)|(?:remains?|stays?|remained|stayed)\s+(?:\p{L}+\s+){0,1}?(?:on|in)`;
const KEPT_OR_STAYS = lazyPattern(String.raw`${KEPT_VERB.source}|(?<![\p{L}])(?:${STAYS})(?![\p{L}])`, 'iu');
const keptAfterWithdrawal = byText((text: string): boolean =>
  text.split(SENTENCE_END).some((s) => {
    const kept = KEPT_OR_STAYS().exec(s);
    if (kept === null || !LEFT().test(s.replace(UNTIL_LEFT(), ' '))) return false;
    const rest = s.slice(0, kept.index) + s.slice(kept.index + kept[0].length);
    return !DELETED().test(rest) && !RESEARCH_OR_ANON().test(s) && !PROOF_OR_SUPPRESSION().test(s) && !DONE_BEFORE().test(s);
  }),
);
/**
 * Kept after withdrawal, told in the activity's description (check/lexicon-consent.ts `keptAfterLeaving`: «Adressa tek vi
 * likevel vare på etter at du har meldt deg av, i tilfelle du vil kome tilbake», «We keep your address after you unsubscribe»;
 * R32, session 39), with the same guards as the withdrawal text's reading: not deleting or anonymising beside it, not proof
 * of the consent or a suppression list («so that we do not write to you again»), not what was done before, not denied. The
 * sentence, or undefined.
 */
const NOT_AGAIN = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:ikke|ikkje|not|never|aldri)\s+(?:\p{L}+\s+){0,2}?(?:sender|send|sende|kontakter|kontaktar|contact|write|skriv\p{L}*|ringer|ringjer|call)|again|igjen|att)(?![\p{L}])`,
  'iu',
);
/** «etter at du har trukket …» is the time of the keeping, not proof «at du har trukket» (PROOF_OR_SUPPRESSION). */
const AFTER_THAT = lazyPattern(String.raw`(?<![\p{L}])(etter|after)\s+at(?![\p{L}])`, 'giu');
const keptAfterLeavingSentence = byText((text: string): string | undefined =>
  text
    .split(SENTENCE_END)
    .find(
      (x) =>
        keptAfterLeaving(x) &&
        !NEGATION.test(x) &&
        !DELETED().test(x) &&
        !RESEARCH_OR_ANON().test(x) &&
        !PROOF_OR_SUPPRESSION().test(x.replace(AFTER_THAT(), '$1')) &&
        !DONE_BEFORE().test(x) &&
        !NOT_AGAIN().test(x) &&
        !UNTIL_WITHDRAWN().test(x),
    ),
);
/**
 * A withdrawal text that says the consent cannot be withdrawn, is irrevocable, or can be withdrawn only later («Samtykket
 * gjeld for heile skuleåret og kan ikkje trekkjast før skuleåret er slutt», «kan ikke trekkes tilbake», «cannot be
 * withdrawn», «is irrevocable», «kan berre trekkjast når sesongen er over»): Art. 7(3) gives the right to withdraw «at any
 * time» (variants-kultur KU37). Only the consent as the one withdrawn (passive forms), so «du kan ikkje trekkje samtykket
 * på vegner av barnet etter at barnet har fylt 15 år» (who withdraws) is not read; nor a sentence about what was done
 * before («med tilbakevirkende kraft», «retroactively», DONE_BEFORE) or about others («av andre enn deg»).
 */
const NOT_WITHDRAWABLE = lazyPattern(
  String.raw`(?<![\p{L}])(?:kan|kann|can|may)\s+(?:(?:samtykket|samtykke|samtykkje|det|dette|den)\s+)?(?:ikke|ikkje|not|never|aldri|no)\s+(?:\p{L}+\s+){0,2}?(?:trekkes|trekkjast|trekkast|tilbakekalles|tilbakekallast|be\s+withdrawn|be\s+revoked)(?![\p{L}])|(?<![\p{L}])cannot\s+be\s+(?:withdrawn|revoked)(?![\p{L}])|(?<![\p{L}])(?:er|is)\s+(?:ikke|ikkje|not)\s+(?:mulig|mogleg|possible)\s+(?:å\s+trekke|å\s+trekkje|to\s+withdraw)(?![\p{L}])|(?<![\p{L}])(?:ugjenkallel\p{L}*|irrevocabl\p{L}*)|(?<![\p{L}])(?:kan|can)\s+(?:først|berre|bare|only)\s+(?:\p{L}+\s+){0,2}?(?:trekkes|trekkjast|trekkast|be\s+withdrawn)\s+(?:\p{L}+\s+){0,3}?(?:etter|når|after|when|at\s+the\s+end|ved\s+slutten)(?![\p{L}])`,
  'iu',
);
/** NOT_WITHDRAWABLE run by its ways, each built only where its words are (util/prefilter.ts `ways`; #16, session 28). */
const notWithdrawableWays = ways(NOT_WITHDRAWABLE);
const RETRO_OR_OTHERS = lazyPattern(
  String.raw`tilbakevirk\p{L}*|tilbakeverk\p{L}*|retroactiv\p{L}*|(?<![\p{L}])(?:av|by)\s+(?:andre|others|anyone\s+else|nokon\s+annan|noen\s+andre)(?![\p{L}])|(?<![\p{L}])(?:som|that)\s+(?:alt|allereie|allerede|already)(?![\p{L}])`,
  'iu',
);
/**
 * The consent as what cannot be withdrawn: «samtykke», «consent» or a pronoun for it («det», «it») before the words or in
 * them. «Anonymised data cannot be withdrawn», «Opplysninger som er anonymisert, kan ikke trekkes ut av statistikken»,
 * «Bilete som er sende ut …, kan ikkje trekkjast tilbake frå mottakarane» speak of data, not of the consent (R1's review,
 * 2026-12-01: 5 of 10 lawful wordings fired).
 */
const CONSENT_SUBJECT = lazyPattern(String.raw`samtykk|consent|(?<![\p{L}])(?:det|dette|den|it|this)(?![\p{L}])`, 'iu');
/** What was done before the withdrawal («med virkning for behandling før tilbaketrekkingen», «before the withdrawal»). */
const BEFORE_WITHDRAWAL = lazyPattern(
  String.raw`(?<![\p{L}])(?:virkning|verknad)\s+(?:for|bakover)|(?<![\p{L}])(?:før|before)\s+(?:the\s+)?(?:tilbaketrekking\p{L}*|tilbakekall\p{L}*|withdrawal|du\s+trakk|you\s+withdr\p{L}*)`,
  'iu',
);
/**
 * The participation, consent or person that cannot be ended or leave before a time (check/lexicon-consent.ts NOT_LEAVABLE:
 * «Participation cannot be ended before the pilot is over», «Du kan ikke trekke deg før kurset er slutt»; R35, session 40:
 * variants-lading EV65), under the same guards.
 */
const NOT_LEAVABLE_RE = lazyPattern(NOT_LEAVABLE, 'iu');
const notLeavable = (s: string): boolean => NOT_LEAVABLE_RE().test(s) && !RETRO_OR_OTHERS().test(s) && !DONE_BEFORE().test(s) && !BEFORE_WITHDRAWAL().test(s);
/**
 * The withdrawal said to take effect only at a later period's end or the next period (W6, session 46; variants-forvaltning
 * FV51: «Unsubscribing takes effect from the end of the calendar year in which it was asked for»; «Avmeldingen gjelder
 * først fra utgangen av året», «Withdrawal takes effect at the next renewal»): the processing goes on after the person
 * has withdrawn, so the consent is withdrawable only later (Art. 7(3): «at any time», «as easy to withdraw as to give»).
 * The withdrawal (or unsubscribing, avmelding, tilbaketrekking) as the subject, a verb of taking effect, and a later
 * point that is a period's end or the next one; not where it is said to take effect at once.
 */
const WITHDRAWAL_LATER = lazyPattern(
  String.raw`(?<![\p{L}])(?:withdrawal|withdrawing|unsubscrib\p{L}*|opting\s+out|opt-outs?|tilbaketrekking\p{L}*|tilbakekall\p{L}*|avmelding\p{L}*|utmelding\p{L}*|reservasjon\p{L}*)\s+(?:\p{L}+\s+){0,3}?(?:takes?\s+effect|has\s+effect|becomes?\s+effective|is\s+effective|applies|gjelder|gjeld|får\s+virkning|får\s+verknad|trer\s+i\s+kraft|blir\s+gjeldende|vert\s+gjeldande)\s+(?:(?:only|først|berre|bare)\s+)?(?:from|at|as\s+of|fra|frå|ved|med|etter|after)\s+(?:the\s+)?(?:end|expiry|next|following|utgangen|slutten|utløpet|neste|påfølgende|førstkommende|nyttår|årsskiftet|renewal|fornyelsen|fornyinga|bindingstid\p{L}*)(?![\p{L}])`,
  'iu',
);
const AT_ONCE = lazyPattern(
  String.raw`(?<![\p{L}])(?:immediately|at\s+once|straks|umiddelbart|med\s+en\s+gang|med\s+ein\s+gong|omgående|omgåande)(?![\p{L}])`,
  'iu',
);
/** One sentence that says the consent cannot be withdrawn, or only later (NOT_WITHDRAWABLE, NOT_LEAVABLE), with the guards. */
const notWithdrawableSentence = (s: string): boolean => {
  if (notLeavable(s)) return true;
  if (WITHDRAWAL_LATER().test(s) && !AT_ONCE().test(s) && !DONE_BEFORE().test(s)) return true;
  if (consentNotWithdrawable(s) && !RETRO_OR_OTHERS().test(s) && !DONE_BEFORE().test(s) && !BEFORE_WITHDRAWAL().test(s)) return true;
  const m = notWithdrawableWays.exec(s);
  return (
    m !== null &&
    CONSENT_SUBJECT().test(s.slice(0, m.index + m[0].length)) &&
    !RETRO_OR_OTHERS().test(s) &&
    !DONE_BEFORE().test(s) &&
    !BEFORE_WITHDRAWAL().test(s)
  );
};
const notWithdrawable = byText((text: string): boolean => text.split(SENTENCE_END).some(notWithdrawableSentence));
/**
 * The description's sentence that says the consent cannot be withdrawn, or only later (session 44, FT: variants-tannhelse
 * TH62 «Once the saliva samples have been analysed, the consent can no longer be withdrawn and the data stay in the
 * study»), read on any activity, a consent basis recorded or not: the consent the words tell of (a research consent under
 * helseforskningsloven § 13, a photo consent) is withdrawable «at any time» (Art. 7(3); helseforskningsloven § 16 first
 * paragraph), though data already in completed analyses may stay (§ 16 third paragraph). Only the consent as the one
 * withdrawn (CONSENT_SUBJECT), so «data already analysed stay in the study» is not read; not a denied sentence beyond the
 * reading's own words, and not where the consent is said to be withdrawable (WITHDRAWABLE_SAID) in the same sentence.
 */
const WITHDRAWABLE_SAID = lazyPattern(String.raw`(?<![\p{L}])(?:når\s+som\s+helst|kva\s+tid\s+som\s+helst|at\s+any\s+time|any\s?time)(?![\p{L}])`, 'iu');
const describedNotWithdrawable = byText((text: string): string | undefined =>
  text
    .split(SENTENCE_END)
    .find((s) => notWithdrawableSentence(s) && !WITHDRAWABLE_SAID().test(s))
    ?.trim(),
);
/**
 * A withdrawal text that only says how long the consent lasts («Your consent remains valid for as long as you are a
 * member», «Samtykket gjelder så lenge medlemskapet varer», «Samtykket gjeld for heile skuleåret») and names no way to
 * withdraw it (no withdrawing, unsubscribing or opting out, no channel, no one to tell): the consent ends only with the
 * period, so it is withdrawable only later (B2, variants-hotell HO15, 2026-12-01). A text that also says how to withdraw
 * («… so long as you are a member; withdraw it at any time in the app») is the ordinary case and is not read.
 */
const LASTS = lazyPattern(
  String.raw`(?<![\p{L}])(?:samtykk\p{L}*|consent|it|det|dette)\s+(?:\p{L}+\s+){0,2}?(?:gjelder|gjeld|varer|varar|er\s+gyldig|står\s+ved\s+lag|remains?\s+(?:valid|in\s+force|in\s+effect)|is\s+valid|stays?\s+valid|applies|lasts|continues)\s+(?:\p{L}+\s+){0,3}?(?:så\s+lenge|så\s+lengje|til|inntil|fram\s+til|frem\s+til|for\s+hele|for\s+heile|gjennom|as\s+long\s+as|so\s+long\s+as|until|till|for\s+the\s+whole|throughout|during|(?:i|for)\s+(?:\d+|\p{L}+)\s+(?:dag\p{L}*|døgn|vek(?:e|er|a|ene|ene)|uk(?:e|er|a|ene)|månad\p{L}*|måned\p{L}*|år|days?|weeks?|months?|years?))(?![\p{L}])`,
  'iu',
);
const SOME_WAY = lazyPattern(
  String.raw`contact|kontakt|tell|(?:si|sier|seie|seier|gi|gir|gje|gjev|melde?|meld|melder|meldar)\s+(?:\p{L}+\s+)?(?:fr[aå]|beskjed)|reserv\p{L}*|opt(?:s|ing)?\s+out|stop|stans\p{L}*|slutt\p{L}*\s+å\s+motta|avslutt\p{L}*|cancel|revok\p{L}*|tilbakekall\p{L}*`,
  'iu',
);
/**
 * More ways the person ends the consent (P's review, 2026-12-01: 7 of 10 lawful texts of other bodies fired): asking us
 * («til du ber oss slette bildene», «until you ask HR to remove your photo»), giving notice («til du sier det opp», «gir
 * oss melding», «notify the union office», «let us know»), changing one's mind or choice («endre det i Vigilo», «change
 * your mind», «ombestemme deg») and «when you want» («når som helst», «at any time»). A period that merely ends («til
 * vilkåra blir endra», «as long as you are a member») is none of these.
 */
const OTHER_WAY = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:ber|be|bed|spør)\s+oss|ask\s+(?:us|\p{L}+\s+to)|request\p{L}*|(?:si|sier|seie|seier)\s+(?:\p{L}+\s+)?opp|melding|message|notif\p{L}*|let\s+us\s+know|writ(?:e|ing)\s+to|endr\p{L}*\s+(?:\p{L}+\s+)?(?:det|dette|valet|valget|samtykket|svaret|meininga|meiningen|mening|meninga|meningen)|change\s+(?:your\s+mind|it|your\s+(?:choice|answer|consent))|ombestem\p{L}*|når\s+som\s+helst|kva\s+tid\s+som\s+helst|at\s+any\s+time|any\s?time|whenever|når\s+du\s+(?:vil|ønsker|ønskjer))(?![\p{L}])`,
  'iu',
);
const lastsWithNoWay = (texts: string[]): boolean => texts.some(lastsIn) && !texts.some(someWayIn);
/** The two readings of lastsWithNoWay, remembered per text (#16, session 42). */
const lastsIn = byText((t: string): boolean => LASTS().test(t));
const someWayIn = byText((t: string): boolean => WITHDRAWN().test(t) || ELECTRONIC().test(t) || SOME_WAY().test(t) || OTHER_WAY().test(t));

/**
 * Withdrawal only by ending the whole relationship (variants-dating DT13: «Consent to offers is part of membership; a
 * member who no longer wants them deletes the account»; «Samtykket kan bare trekkes ved å si opp medlemskapet»): the
 * person loses the service to withdraw a consent to something else, so the consent is neither withdrawable as easily as
 * given nor free (Art. 7(3), 7(4); rec. 42: withdrawal «without detriment»). Only where no clause names another way beside the ending (unsubscribing, turning it off, a link, settings, contacting us): «Unsubscribe in any e-mail;
 * deleting your account also ends it» is the ordinary case.
 */
const ENDS_RELATIONSHIP = lazyPattern(
  String.raw`(?<![\p{L}])(?:delet\p{L}*|clos(?:e|es|ed|ing)|cancel\p{L}*|terminat\p{L}*|end(?:s|ed|ing)?|leav(?:e|es|ing))\s+(?:\p{L}+\s+){0,2}?(?:account|accounts|membership|memberships|contract|profile|club|association|union)(?![\p{L}])|(?<![\p{L}])(?:account|membership|profile)\s+(?:deletion|closure|cancellation|termination)(?![\p{L}])|(?<![\p{L}])(?:slett\p{L}*|avslutt\p{L}*|(?:si|sier|seie|seier|sa|sagt)\s+opp|melde?r?\s+(?:deg\s+|seg\s+)?ut\s+(?:av|fra|frå))\s+(?:\p{L}+\s+){0,2}?(?:konto\p{L}*|brukar(?:en|kontoen)?|bruker(?:en|kontoen)?|medlemskap\p{L}*|kundeforhold\p{L}*|profil(?:en|ane|ene)?|klubb(?:en)?|laget|foreningen|foreininga)(?![\p{L}])|(?<![\p{L}])(?:sletting|avslutning|oppsigelse|oppseiing)\s+(?:av\s+)?(?:\p{L}+\s+)?(?:konto\p{L}*|medlemskap\p{L}*|profil\p{L}*)(?![\p{L}])`,
  'iu',
);
const OTHER_WITHDRAWAL = lazyPattern(
  String.raw`unsubscri\p{L}*|avmeld\p{L}*|meld\p{L}*\s+(?:deg\s+|seg\s+)?av(?![\p{L}])|opt(?:s|ing)?[-\s]out|turn(?:s|ing)?\s+(?:\p{L}+\s+){0,2}?off|switch(?:es|ing)?\s+(?:\p{L}+\s+){0,2}?off|sl[åa]\p{L}*\s+(?:\p{L}+\s+){0,2}?av(?![\p{L}])|skru\p{L}*\s+(?:\p{L}+\s+){0,2}?av(?![\p{L}])|untick|fjern\p{L}*\s+(?:\p{L}+\s+)?(?:haken|krysset|samtykk\p{L}*)|reserv\p{L}*|lenk\p{L}*|link|contact|kontakt\p{L}*|e-?post|e-?mail|ask\s+us|(?:be|ber|bed)\s+oss|(?:si|sei)\s+fr[aå]|gi\s+beskjed|tell\s+us|notif\p{L}*|setting\p{L}*|innstilling\p{L}*|min\s+side|mi\s+side|my\s+page|telefon|phone|\bsms\b`,
  'iu',
);
const ENDS_RELATIONSHIP_ALL = lazyPattern(ENDS_RELATIONSHIP.source, 'giu');
/**
 * A purpose whose own object is the account, the profile or the membership («create and show your profile to other
 * members», «opprette og vise profilen din», «føre medlemskapet ditt i vennelaget»): deleting it IS withdrawing that
 * consent, with nothing else lost (N's review, session 15: two lawful wordings fired). Not where the purpose's words
 * are marketing or offers: then the person gives up the service to stop something else (variants-dating DT13).
 */
const RELATIONSHIP_PURPOSE = lazyPattern(
  String.raw`(?<![\p{L}])(?:account|accounts|profile|profiles|membership|memberships|\p{L}*konto\p{L}*|\p{L}*profil(?:en|ar|er|ane|ene)?|medlemskap\p{L}*)(?![\p{L}])`,
  'iu',
);
const OFFERS = lazyPattern(
  String.raw`(?<![\p{L}])(?:offers?|tilbud|tilbod|nyhetsbrev\p{L}*|newsletters?|kampanj\p{L}*|campaigns?|nyheiter|nyheter|news)(?![\p{L}])`,
  'iu',
);
const purposeIsRelationship = (description: string | undefined): boolean =>
  description !== undefined && RELATIONSHIP_PURPOSE().test(description) && !OFFERS().test(description) && !marketingSaid(description);
/** Whether a withdrawal text ends the consent only by ending the relationship, with no other way in another clause. */
const onlyByLeaving = (texts: string[]): boolean => texts.some(endsRelationshipIn) && !texts.some(otherWithdrawalIn);
/** The two readings of onlyByLeaving, remembered per text (#16, session 42). */
const endsRelationshipIn = byText((t: string): boolean => ENDS_RELATIONSHIP().test(t));
const otherWithdrawalIn = byText((t: string): boolean => t.split(STOP).some((c) => OTHER_WITHDRAWAL().test(c.replace(ENDS_RELATIONSHIP_ALL(), ' '))));

/** A withdrawal text that says what is kept after the withdrawal, remembered per text (#16, session 42). */
const keptIn = byText(
  (t: string): boolean => ((KEPT().test(t) || keptAnswers(t)) && !RESEARCH_OR_ANON().test(t) && !PROOF_OR_SUPPRESSION().test(t)) || keptActively(t),
);
/**
 * A way that is not a letter: electronic, or said to someone face to face («Gi beskjed til kontaktsykepleieren, muntlig eller
 * skriftlig»: FP, session 45, read as a letter only by «skriftlig»).
 */
const ELECTRONIC = lazyPattern(
  String.raw`e-?post|e-?mail|klikk|click|lenke|link|min side|mi side|my page|nett|online|web|app|sms|telefon|ring|phone|call|avmeld|meld deg av|unsubscribe|innstilling|setting|knapp|button|\bmuntlig|\bmunnleg|\borally\b|\bin person\b|\bface to face\b`,
  'i',
);

/**
 * Consent or the data it covers given electronically or by phone, told in the activity's or the purpose's words where the
 * record sets no `consentMethod` (session 46, FW; variants-ferje FJ61, written blind by W5: «Reisende … kan melde behov for
 * assistanse i appen, på telefon eller på kaien» beside «Samtykket kan trekkes tilbake ved brev til hovedkontoret»). Art.
 * 7(3): withdrawing shall be as easy as giving; a letter is harder than an app or a call. Only a verb of giving, reporting,
 * signing up or consenting with an app, the web, a phone, SMS or e-mail in the same sentence: a paper form or a meeting is
 * no easier than a letter, and an app named for another use («varsler i appen») gives nothing.
 */
const GIVEN_ELECTRONICALLY = lazyPattern(
  String.raw`(?<![\p{L}])(?:melde|meld|melder|meldar|gi|gir|gjev|gje|samtykke|samtykker|samtykkjer|registrere|registrerer|registrerar|bestille|bestiller|tinge|tingar|krysse|krysser|kryssar|be\s+om|ber\s+om|bed\s+om|oppgi|oppgir|oppgjev|report|reports|give|gives|consent|consents|register|registers|sign\s+up|signs\s+up|opt\s+in|opts\s+in|tick|ticks|request|requests|book|books)(?![\p{L}])[^.;!?]{0,80}?(?<![\p{L}])(?:i|via|gjennom|på|per|med|in|on|through|by|over)\s+(?:(?:den|det|vår|vårt|våre|our|the|a|an)\s+)?(?:\p{L}+\s+)?(?:app(?:en|a)?|apps?|nettsida|nettsiden|nettsidene|nettet|internett|website|web|min\s+side|mi\s+side|my\s+page|telefon(?:en)?|phone|telephone|sms|e-?post(?:en)?|e-?mail|online|chat(?:ten)?)(?![\p{L}])`,
  'iu',
);
const givenElectronically = byText((t: string): boolean => t.split(SENTENCE_END).some((c) => GIVEN_ELECTRONICALLY().test(c)));

export default defineRule(
  {
    id: 'consent-withdrawal',
    severity: 'error',
    citation: 'GDPR Art. 7(3); 13(2)(c); 14(2)(d)',
    messages: [
      'missing',
      'harder-than-giving',
      'kept-after-withdrawal',
      'retention-kept-after-withdrawal',
      'not-withdrawable',
      'only-by-leaving',
      'described-kept-after-withdrawal',
      'described-not-withdrawable',
    ],
  },
  (ctx, report) => {
    for (const r of ctx.activities) {
      let keptReported = false;
      let notWithdrawnReported = false;
      for (const { basis, pointer, purpose, p, b } of basesWithPointers(r)) {
        if (!isConsent(basis.gdpr)) continue;
        if (basis.consentWithdrawal === undefined) {
          if (basis.gdpr === 'A9-2-a' && purpose.legalBasis.some((o) => o.gdpr === 'A6-1-a' && o.consentWithdrawal !== undefined)) continue;
          report.activity(r, pointer, 'missing', { purpose: purpose.id });
          continue;
        }
        const texts = textsOf(basis.consentWithdrawal);

        // Not `continue`: the retention of the purpose's data is still read; the withdrawal text's own readings are moot.
        const notWithdrawn = texts.some(notWithdrawable) || lastsWithNoWay(texts);
        if (notWithdrawn) {
          report.activity(r, join('/purposes', p, 'legalBasis', b, 'consentWithdrawal'), 'not-withdrawable', { purpose: purpose.id });
          notWithdrawnReported = true;
        }
        // A withdrawal text that names no means of withdrawing at all: the record does not say how, as if the field were
        // left out (check/consent-inferred.ts `withdrawalWayNamed`; FX, session 45).
        else if (texts.length > 0 && !texts.some(withdrawalWayNamed))
          report.activity(r, join('/purposes', p, 'legalBasis', b, 'consentWithdrawal'), 'missing', { purpose: purpose.id });
        else if (onlyByLeaving(texts) && !textsOf(purpose.description).some(purposeIsRelationship))
          report.activity(r, join('/purposes', p, 'legalBasis', b, 'consentWithdrawal'), 'only-by-leaving', { purpose: purpose.id }, { severity: 'warning' });
        const consentOnly =
          basis.gdpr === 'A6-1-a' &&
          purpose.researchOrStatistics === undefined &&
          !purpose.legalBasis.some((o) => o.gdpr.startsWith('A6-1-') && o.gdpr !== 'A6-1-a');
        if (!notWithdrawn && consentOnly && texts.some(keptIn)) {
          report.activity(
            r,
            join('/purposes', p, 'legalBasis', b, 'consentWithdrawal'),
            'kept-after-withdrawal',
            { purpose: purpose.id },
            { severity: 'warning' },
          );
          keptReported = true;
        }
        // The retention of this purpose's data (its own categories, or the activity's), where no other purpose of the
        // activity may keep them on a ground of its own (one on another basis naming no categories may keep them all).
        else if (consentOnly) {
          const own = purpose.dataCategories !== undefined && purpose.dataCategories.length > 0 ? purpose.dataCategories : undefined;
          const otherGrounds = r.purposes.filter((o) => o !== purpose && o.legalBasis.some((x) => x.gdpr.startsWith('A6-1-') && x.gdpr !== 'A6-1-a'));
          const others = new Set(otherGrounds.flatMap((o) => o.dataCategories ?? []));
          // Not `continue`: the by-post check below is still due for this basis.
          const i = otherGrounds.some((o) => (o.dataCategories ?? []).length === 0)
            ? -1
            : r.retention.findIndex((e) => {
                const cats = e.categories.length > 0 ? e.categories.map((c) => c.id) : r.dataCategories.map((c) => c.id);
                const mine = own === undefined ? cats : cats.filter((c) => own.includes(c));
                return (
                  (cats.length === 0 || mine.length > 0) &&
                  !mine.some((c) => others.has(c)) &&
                  [...textsOf(e.description), ...textsOf(e.trigger)].some(keptAfterWithdrawal)
                );
              });
          if (i >= 0) {
            const field = textsOf(r.retention[i]!.description).some(keptAfterWithdrawal) ? 'description' : 'trigger';
            report.activity(r, join('/retention', i, field), 'retention-kept-after-withdrawal', { purpose: purpose.id }, { severity: 'warning' });
            keptReported = true;
          }
        }
        if (
          !notWithdrawn &&
          (basis.consentMethod === 'opt-in' ||
            (basis.consentMethod === undefined && [...textsOf(r.activity.description), ...textsOf(purpose.description)].some(givenElectronically))) &&
          texts.some((t) => BY_POST().test(t)) &&
          !texts.some((t) => ELECTRONIC().test(t))
        )
          report.activity(
            r,
            join('/purposes', p, 'legalBasis', b, 'consentWithdrawal'),
            'harder-than-giving',
            { purpose: purpose.id },
            { severity: 'warning' },
          );
      }
      // Kept after withdrawal, told in the description, where a purpose rests on consent alone and nothing above said it.
      const consentAlone = r.purposes.find(
        (x) =>
          x.researchOrStatistics === undefined &&
          x.legalBasis.some((y) => y.gdpr === 'A6-1-a') &&
          !x.legalBasis.some((y) => y.gdpr.startsWith('A6-1-') && y.gdpr !== 'A6-1-a'),
      );
      // The consent said in the description to be beyond withdrawal, where the withdrawal texts above did not say it.
      if (!notWithdrawnReported)
        for (const t of textsOf(r.activity.description)) {
          const words = describedNotWithdrawable(t);
          if (words === undefined) continue;
          report.activity(r, '/description', 'described-not-withdrawable', { words }, { severity: 'warning' });
          break;
        }
      if (!keptReported && consentAlone !== undefined)
        for (const t of textsOf(r.activity.description)) {
          const words = keptAfterLeavingSentence(t);
          if (words === undefined) continue;
          report.activity(r, '/description', 'described-kept-after-withdrawal', { purpose: consentAlone.id, words: words.trim() }, { severity: 'warning' });
          break;
        }
    }
  },
);
