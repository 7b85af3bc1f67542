import { ANIMAL_WORD } from './animals.js';
import { lazyPattern } from '../util/lazy-pattern.js';
import { ways } from '../util/prefilter.js';
import { byText } from '../util/memo.js';
import { FORM_END } from './company-forms.js';

/*
 * What a source the prose names gives (prose-activity.ts's source reader: «X får … fra Y», «we receive … from Y»): read by
 * notice-art14 (a source the words say gives someone's data) and notice-source (a source the record does not name).
 */
/**
 * What is got from the source, the words before its name, is someone's data: not advice, guidance, statistics, figures, an
 * annual report, a price list, terms, courses or money («Barnehagen får veiledning fra PPT», «We receive general advice
 * from PPT», «får årsrapporten fra PPT med tall for hele kommunen»: F's lawful wordings, session 18, 6 of 12 fired before
 * this; newsletters, notices, materials and recommendations: N2b's review; a members' magazine or a nynorsk «nyhendebrev»:
 * B13, session 46), unless a word of someone's data stands beside it («vedtaket og sakkyndig vurdering», «opplysninger om barnet»).
 */
/**
 * Data about a thing, not a person (N11's review, session 25): information about the rules, a list of free meeting rooms,
 * lists of dog breeds, test results for the animals, the documentation of a system, the supplier's or the firm's
 * organisation number or address («informasjon om regelverket», «ei liste over ledige møterom», «opplysningar om firmaet»,
 * «adressa til firmaet», «the test results for the animals», «dokumentasjonen av journalsystemet»). Only a noun of data or a
 * document right before «om», «over», «of», «for», «til», «av», and at most two words before the thing (an adjective: «ledige»,
 * «dog»), none a preposition: «opplysningar om eigaren av hunden» keeps «opplysningar om», read as data.
 */
const THING_TOPIC = String.raw`(?:\p{L}*regl\p{L}*|\p{L}*regel\p{L}*|maskin(?:a|en|ene|ane|er|ar)?|machines?|dispenser\p{L}*|\p{L}*anlegg(?:et|a|ene)?|heis(?:en|ar|er|ane|ene)?|lifts?|elevators?|rules?|regulations?|lov(?:a|en|er|ene|ar|ane)?|forskrift\p{L}*|retningslin\p{L}*|guidelines?|firma(?:et|er|ene|a|ane)?|firms?|bedrift(?:a|en|er|ene|ar|ane)?|selskap(?:et|a|er|ene)?|compan(?:y|ies)|leverandør(?:en|ar|er|ane|ene)?|suppliers?|vendors?|foretak(?:et|a|ene)?|enterprises?|${ANIMAL_WORD}|pets?|(?:hunde|katte|heste)ras\p{L}*|breeds?|møterom\p{L}*|rom(?:met|ma|mene)?|rooms?|lokal(?:e|et|a|ene|er)|premises|\p{L}*system(?:et|a|ene|er|ar|ane)?|systems?|programvar\p{L}*|software|vêr(?:et)?|vær(?:et)?|weather|departments?|offices?|avdeling(?:en|ane|ene|ar|er)?|kontor(?:et|a|ene|er|ar)?|legemiddel\p{L}*|medisin(?:en|ar|er|ane|ene)?|medicines?|drugs?|produkt(?:et|a|er|ene)?|products?|var(?:e|a|en|er|ene|ane)|goods|\p{L}*feil(?:en|a|ar|er|ane|ene)?|errors?|faults?|server(?:en|ar|er|ane|ene|s)?|servers?|oppetid\p{L}*|uptime|veg(?:en|ar|ane)?|vei(?:en|er|ene)?|roads?)`;
const ABOUT_THING = String.raw`(?:\p{L}*opplysning\p{L}*|informasjon(?:en)?|information|\p{L}*data|details|\p{L}*dokumentasjon(?:en)?|documentation|\p{L}*list(?:e|a|en|er|ene|ane)?|lists?|oversikt(?:en|er|ar)?|overview|\p{L}*resultat(?:et|a|er|ene)?|results?|\p{L}*nummer(?:et)?|numbers?|\p{L}*adress(?:e|a|en|er|ene)|address(?:es)?|\p{L}*meldinga?r?|\p{L}*meldingene|\p{L}*meldinger|notices?|rapport(?:en|ar|er)?|reports?|logg(?:en|ar|er|ane|ene)?|logs?)\s+(?:om|over|of|for|til|av|about|on)\s+(?:(?:the|its|their|our|den|det|dei|de)\s+)?(?:(?!(?:av|of|til|to|for|i|in|på|om|about|med|with|frå|fra|from)\s)[\p{L}-]+\s+){0,2}?${THING_TOPIC}`;
const NOT_DATA_GOT = lazyPattern(
  String.raw`(?<![\p{L}])(?:krav\s+om\s+(?:betaling|innbetaling|oppgjer|oppgjør)|betalingskrav\p{L}*|claims?\s+for\s+payment|payment\s+claims?|gjennomsnitt\p{L}*|averages?|samtykke(?:t|r|ne)?|samtykka|samtykkje|consents?|krav\s+om\s+(?:\p{L}+\s+)?(?:dokumentasjon\p{L}*|rutine\p{L}*|tiltak\p{L}*|endring\p{L}*|retting\p{L}*|utbetring\p{L}*|utbedring\p{L}*|internkontroll\p{L}*|rapportering\p{L}*|opprydding\p{L}*)|requirements?|pålegg\p{L}*|(?:improvement|enforcement)\s+notices?|veiledning\p{L}*|rettleiing\p{L}*|råd|rådet|råda|rådene|advice|guidance|guidelines|retningslin\p{L}*|statisti\p{L}*|anonym\p{L}*|aggreg\p{L}*|tall|tala|tallene|figures|totals?|antall|talet|årsrapport\p{L}*|årsmelding\p{L}*|annual\s+reports?|\p{L}*prislist\p{L}*|price\s+lists?|vilkår\p{L}*|terms|maler|malar|templates?|kurs\p{L}*|courses?|opplæring\p{L}*|training|brosjyr\p{L}*|brochures?|faktura\p{L}*|invoices?|tilskudd\p{L}*|tilskot\p{L}*|grants?|funding|midler|midlar|varer|goods|utstyr\p{L}*|equipment|nyhetsbrev\p{L}*|nyheitsbrev\p{L}*|nyhendebrev\p{L}*|newsletters?|medlemsblad\p{L}*|medlemsmagasin\p{L}*|magazines?|tidsskrift\p{L}*|periodicals?|beskjed\p{L}*|rundskriv\p{L}*|circulars?|ventetid\p{L}*|waiting\s+times?|regelverk\p{L}*|lovendring\p{L}*|\p{L}*materiell\p{L}*|materials?|anbefaling\p{L}*|tilråding\p{L}*|recommendations?|mal(?:en|ane|ene)|vêrmelding\p{L}*|værmelding\p{L}*|vêrvarsel\p{L}*|værvarsel\p{L}*|(?:weather\s+)?forecasts?|kartdata|map\s+data|tilbod(?:et|a)?|tilbud(?:et|ene)?|tenders?|quotations?|breeds?|produktdata|product\s+data(?:\s+sheets?)?|produktinformasjon|product\s+information|datablad\p{L}*|data\s+sheets?|(?<!(?:phone|mobile|telephone|account|id|identity|passport|personal|case|customer|member|membership|reference|contact|national|registration|licence|license)\s)(?:total\s+)?number\s+of(?!\s+(?:the\s+)?(?:owner|person|member|customer|patient|employee|applicant|user|client)s?['’]?(?![\p{L}]))|skjema(?:et|a|ene)?\s+for|blankett(?:en|ar|er)?\s+for|forms?\s+for|læreplan\p{L}*|curricul\p{L}*|rutetid\p{L}*|rutetabell\p{L}*|ruteplan\p{L}*|timetables?|organisasjonsnummer\p{L}*|organi[sz]ation\s+numbers?|foretaksnummer\p{L}*|vat\s+numbers?|${ABOUT_THING})(?![\p{L}])`,
  'iu',
);
const NOT_DATA_WITH = lazyPattern(
  String.raw`(?:${NOT_DATA_GOT.source})(?:\s+(?:for|til|om|on|of|about|med|with|på)(?:\s+(?!(?:og|and|eller|or|samt)(?![\p{L}]))\p{L}+){1,4})?`,
  'giu',
);
const DATA_GOT = lazyPattern(
  String.raw`(?<![\p{L}])(?:\p{L}*opplysning\p{L}*|(?:omsetnings|omsetjings|lønns|løns|skatte|inntekts|mva|meirverdiavgifts|merverdiavgifts)oppg(?:åv|av)\p{L}*|(?:turnover|tax|vat|income)\s+returns?|\p{L}*nummer\p{L}*|\p{L}*numre|(?:phone|mobile|account|id|identity|passport|national\s+id(?:entity)?|personal)\s+numbers?|vedtak\p{L}*|\p{L}*vurdering\p{L}*|journal\p{L}*|epikrise\p{L}*|\p{L}*attest\p{L}*|\p{L}*erklæring\p{L}*|navn\p{L}*|namn\p{L}*|names?|adress\p{L}*|address\p{L}*|fødselsnummer\p{L}*|kontakt\p{L}*|contact|e-?post\p{L}*|e-?mail|(?:liste|lista|listen|lister|oversikt\p{L}*|lists?|overview)\s+(?:over|of|med|with)|melding\s+om|henvisning\p{L}*|tilvising\p{L}*|referrals?|søknad\p{L}*|applications?|cv|bekreft\p{L}*|confirm\p{L}*|\p{L}*data|details|information\s+(?:about|on)|informasjon\s+om|assessments?|decisions?|records?|reports?\s+(?:on|about)|rapport\s+om)(?![\p{L}])`,
  'iu',
);
/**
 * A letter, an e-mail or a parcel got from the source with only advice, guidance, rules or materials in it, said after the
 * source's name («Vi får brev frå Statsforvaltaren med rettleiing om nye reglar for sakshandsaming», «We get a letter from
 * the ministry with guidance on the new rules»): no one's data (F8, session 21). A word of someone's data in it («brev
 * frå NAV med vedtak», «… with the names of …») is read as before.
 */
const CONTAINER_GOT = lazyPattern(
  String.raw`(?<![\p{L}])(?:brev(?:et|a|ene)?|letters?|e-?post(?:en)?|e-?mails?|pakke(?:r|n)?|parcels?|packages?)\s+(?:fra|frå|from)\s+$`,
  'iu',
);
const GET_VERB = lazyPattern(
  String.raw`(?<![\p{L}])(?:får|fær|fikk|fekk|mottar|mottek|tar\s+imot|tek\s+imot|receives?|received|gets?|got)(?![\p{L}])(?![^]*(?<![\p{L}])(?:får|fær|fikk|fekk|mottar|mottek|receives?|received|gets?|got)(?![\p{L}]))`,
  'iu',
);
/**
 * What a message, notice or confirmation got from the source is about, said after the source's name: a thing («meldingar frå
 * Helsedirektoratet om nye retningslinjer», «notices from the Food Safety Authority about new rules»), or that a case or a
 * thing has arrived («tilbakemelding frå kommunen om at saka er motteken», «a confirmation from the insurer that the claim
 * has arrived»): no one's data (N11's review, session 25). Only where the words before the name name no data.
 */
const TOPIC_AFTER = lazyPattern(
  String.raw`^\s*(?:om|about|on|regarding|angåande|angående)\s+(?:(?:hvilke|hvilken|hvilket|kva|which|what)\s+)?(?:(?:the|new|nye?|endra|endrede|changed|amended|dei|de|den|det)\s+){0,2}(?:(?!(?:av|of|til|to|for|i|in|på|om|about|med|with)\s)[\p{L}-]+\s+){0,1}?${THING_TOPIC}(?![\p{L}])|^\s*(?:for|om)\s+(?:(?:the|their|its|a|an|ei|en|ein|eit|et|sin|si|sitt|sine|deira|deres)\s+)?${ABOUT_THING}(?![\p{L}])`,
  'iu',
);
/**
 * TOPIC_AFTER behind its words (util/prefilter.ts): its 5,500 characters are built only where they may match (#16); each of
 * its two ways on its own (`ways`, session 28): a text with the words of the short one builds only that one.
 */
const topicAfter = ways(TOPIC_AFTER).test;
const CONFIRMATION_GOT = lazyPattern(
  String.raw`(?<![\p{L}])(?:tilbakemelding\p{L}*|stadfesting\p{L}*|bekreftelse\p{L}*|kvittering\p{L}*|confirmations?|acknowledg\p{L}*|receipts?)(?![\p{L}])`,
  'iu',
);
const ARRIVED_AFTER = lazyPattern(
  String.raw`^\s*(?:(?:om|på)\s+)?(?:at|that)\s+(?:\p{L}+\s+){1,3}?(?:er|har|has|have|was|were|is|had|hadde|blei|vart|ble)\s+(?:been\s+|vorte\s+|blitt\s+)?(?:motteke\p{L}*|mottatt|mottekne|komen|kome|kommet|arrived|received|registrert|registered|delivered|levert)(?![\p{L}])`,
  'iu',
);
/** «no names», «uten navn»: a data word denied, not data got («a report with totals only, no names»). */
const NO_NAMES = lazyPattern(
  String.raw`(?<![\p{L}])(?:no|without|uten|utan|ingen|inga|ikke|ikkje)\s+(?:(?:personal|personlige|personlege)\s+)?(?:names?|navn|namn|data|details|personopplysning\p{L}*|opplysning\p{L}*|information)(?![\p{L}])`,
  'giu',
);
const WITH_NOT_DATA = lazyPattern(String.raw`^\s*(?:med|with|containing|som\s+inneheld|som\s+inneholder)\s+`, 'iu');
export function personDataGot(words: string, named: string): boolean {
  const at = words.indexOf(named);
  const got = at > 0 ? words.slice(0, at) : words;
  if (at > 0 && CONTAINER_GOT().test(got)) {
    // The name may run on into what the letter holds («Statsforvaltaren med rettleiing»).
    const inName = named.search(/\s(?:med|with|containing|som\s+inneheld|som\s+inneholder)\s/iu);
    const after = (inName >= 0 ? named.slice(inName) : '') + words.slice(at + named.length);
    if (WITH_NOT_DATA().test(after) && NOT_DATA_GOT().test(after) && !DATA_GOT().test(after.replace(NOT_DATA_WITH(), ' '))) return false;
  }
  // A data word that only says what the advice, template or figures are for («maler for sakkyndig vurdering») is taken with them.
  // What is got, read from the verb of getting on: the subject's own name («Opplysningstjenesten får oppdaterte rundskriv
  // fra …») holds no data got (F8, session 21).
  const verb = GET_VERB().exec(got);
  const object = verb === null ? got : got.slice(verb.index);
  if (at > 0) {
    const after = words.slice(at + named.length);
    if (topicAfter(after) && !DATA_GOT().test(object.replace(NOT_DATA_WITH(), ' '))) return false;
    if (ARRIVED_AFTER().test(after) && CONFIRMATION_GOT().test(object) && !DATA_GOT().test(object.replace(CONFIRMATION_GOT(), ' '))) return false;
  }
  if (object !== got && NOT_DATA_GOT().test(object) && !DATA_GOT().test(object.replace(NOT_DATA_WITH(), ' '))) return false;
  return !(NOT_DATA_GOT().test(got) && !DATA_GOT().test(got.replace(NOT_DATA_WITH(), ' ').replace(NO_NAMES(), ' ')));
}
/**
 * `personDataGot` read once per distinct pair of words and name (util/memo.ts): a record repeats the words its activities
 * name their sources in, and every activity that holds them asks again.
 */
export const personDataGotOnce = (words: string, named: string): boolean => dataGotOnce(`${named}\u0000${words}`);
const dataGotOnce = byText((key: string): boolean => {
  const cut = key.indexOf('\u0000');
  return personDataGot(key.slice(cut + 1), key.slice(0, cut));
});

/**
 * The body that gets the data, named as the subject before the verb of getting («Kommunen får navnene på tolkene fra
 * politiet», «The municipality receives the interpreters' names from the police», «Fylkeskommunen henter opplysninger om
 * tolkene fra Skatteetaten»): where it is not the controller, the handing is between two others, no source of ours
 * (Art. 14(2)(f) asks where the CONTROLLER got the data) — the mirror of recipients-stated's `otherGives` (noticed in
 * variants-tolk, session 28; E2, session 29). Only a body by its kind or its company form, one to four words opening the
 * words, right before the verb; «vi», «we», a person or a unit of ours gives undefined. notice-source asks whether the body
 * is the controller (its `ourReceiver`, by kind and name). A modal and the words between may stand before the verb
 * («Forsikringsselskapet vil i et begrenset tidsrom … ved søk i FOSS få opplysninger om kundens skadehistorikk», «The
 * insurer will, for 30 days, get the customer's claims history»: B10, session 43, Finans Norge's FOSS).
 */
const BODY_GETTER = lazyPattern(
  String.raw`^\s*((?:(?:the|den|det)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:\p{L}*kommun(?:en|ane|ene)|bydel(?:en)?|municipality|council|county|\p{L}*(?:etaten|direktoratet|tilsynet|departementet|foretaket|forvaltninga|forvaltningen)|statsforvalt(?:aren|eren)|agency|directorate|ministry|authority|politi(?:et|distriktet)|police|\p{L}*sjukehus(?:et)?|\p{L}*sykehus(?:et)?|hospital|health\s+trust|nav|skatteetaten|tingretten|retten|court|arbeidsgiv(?:aren|eren)|employer|forsikringsselskapet|insurer|banken|bank|skul(?:en)|skol(?:en)|school)|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}\s+(?:AS|ASA|IKS|HF|KF|SA|Ltd))\s+(?:får|fær|fikk|fekk|mottar|mottek|tar\s+imot|tek\s+imot|henter|hentar|innhenter|innhentar|receives|received|gets|got|obtains|obtained|fetches|collects|collected|(?:vil|skal|kan|må|will|shall|can|may|must)\s+(?:[^.;:!?]{0,80}?\s)?(?:få|motta|ta\s+imot|hente|innhente|receive|get|obtain|fetch|collect))(?![\p{L}])`,
  'u',
);
const BODY_GETTER_I = lazyPattern(BODY_GETTER.source, 'iu');
export function otherGetter(words: string): string | undefined {
  const m = BODY_GETTER_I().exec(words);
  if (m === null) return undefined;
  // A company form must be written as one (capitals); a body's kind may be in any case.
  if (FORM_END.getter().test(m[1]!) && BODY_GETTER().exec(words) === null) return undefined;
  return m[1]!.trim();
}
