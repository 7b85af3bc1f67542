import { lazyPattern } from '../util/lazy-pattern.js';
import { byText } from '../util/memo.js';

/*
 * What a source the prose names gives (prose-activity.ts's source reader: «X får … fra Y», «we receive … from Y»): read by
 * notice-art14 (a source the words say gives someone's data) and notice-source (a source the record does not name).
 */
/**
 * What is got from the source, the words before its name, is someone's data: not advice, guidance, statistics, figures, an
 * annual report, a price list, terms, courses or money («Barnehagen får veiledning fra PPT», «We receive general advice
 * from PPT», «får årsrapporten fra PPT med tall for hele kommunen»: F's lawful wordings, session 18, 6 of 12 fired before
 * this; newsletters, notices, materials and recommendations: N2b's review), unless a word of someone's data stands beside it («vedtaket og sakkyndig vurdering», «opplysninger om barnet»).
 */
const NOT_DATA_GOT = lazyPattern(
  String.raw`(?<![\p{L}])(?:veiledning\p{L}*|rettleiing\p{L}*|råd|rådet|råda|rådene|advice|guidance|guidelines|retningslin\p{L}*|statisti\p{L}*|anonym\p{L}*|aggreg\p{L}*|tall|tala|tallene|figures|antall|talet|årsrapport\p{L}*|årsmelding\p{L}*|annual\s+reports?|\p{L}*prislist\p{L}*|price\s+lists?|vilkår\p{L}*|terms|maler|malar|templates?|kurs\p{L}*|courses?|opplæring\p{L}*|training|brosjyr\p{L}*|brochures?|faktura\p{L}*|invoices?|tilskudd\p{L}*|tilskot\p{L}*|grants?|funding|midler|midlar|varer|goods|utstyr\p{L}*|equipment|nyhetsbrev\p{L}*|nyheitsbrev\p{L}*|newsletters?|beskjed\p{L}*|rundskriv\p{L}*|circulars?|ventetid\p{L}*|waiting\s+times?|regelverk\p{L}*|lovendring\p{L}*|\p{L}*materiell\p{L}*|materials?|anbefaling\p{L}*|tilråding\p{L}*|recommendations?)(?![\p{L}])`,
  'iu',
);
const NOT_DATA_WITH = lazyPattern(
  String.raw`(?:${NOT_DATA_GOT.source})(?:\s+(?:for|til|om|on|of|about|med|with|på)(?:\s+(?!(?:og|and|eller|or|samt)(?![\p{L}]))\p{L}+){1,3})?`,
  'giu',
);
const DATA_GOT = lazyPattern(
  String.raw`(?<![\p{L}])(?:\p{L}*opplysning\p{L}*|\p{L}*nummer\p{L}*|\p{L}*numre|(?:phone|mobile|account|id|identity|passport|national\s+id(?:entity)?|personal)\s+numbers?|vedtak\p{L}*|\p{L}*vurdering\p{L}*|journal\p{L}*|epikrise\p{L}*|\p{L}*attest\p{L}*|\p{L}*erklæring\p{L}*|navn\p{L}*|namn\p{L}*|names?|adress\p{L}*|address\p{L}*|fødselsnummer\p{L}*|kontakt\p{L}*|contact|e-?post\p{L}*|e-?mail|(?:liste|lista|listen|lister|oversikt\p{L}*|lists?|overview)\s+(?:over|of|med|with)|melding\s+om|henvisning\p{L}*|tilvising\p{L}*|referrals?|søknad\p{L}*|applications?|cv|bekreft\p{L}*|confirm\p{L}*|\p{L}*data|details|information\s+(?:about|on)|informasjon\s+om|assessments?|decisions?|records?|reports?\s+(?:on|about)|rapport\s+om)(?![\p{L}])`,
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
  if (object !== got && NOT_DATA_GOT().test(object) && !DATA_GOT().test(object.replace(NOT_DATA_WITH(), ' '))) return false;
  return !(NOT_DATA_GOT().test(got) && !DATA_GOT().test(got.replace(NOT_DATA_WITH(), ' ')));
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
