/**
 * Words that name an animal (nb, nn, en), shared by the readers that must tell an animal's data from a person's: an
 * animal's health is no natural person's (Art. 4(15): «the physical or mental health of a natural person»;
 * special-category-condition's animal sentence and a vet's animal categories) and an animal's life is no vital interest
 * (Art. 6(1)(d): «the life of the data subject or of another natural person»; vital-interests). One list, so that a word a
 * breeder, a vet or a farmer writes («the bitch is pregnant», «the litter», «tispa er drektig», «hoppen», «purka»,
 * «valpane», «kattungane») is read the same by each (F1, session 24: «The journal records whether the bitch is pregnant
 * and the expected date of the litter» read as a person's pregnancy at variants-veterinar).
 *
 * Strings, not patterns: each reader puts them inside its own pattern (whole words, `iu`). Left out where the word names a
 * person or a thing as often: «hen» (nb/nn: the neutral pronoun), «kid» (a child), «ram» (memory), «lam» (nb/nn: lame,
 * paralysed), a bare «kull» (a year's class of pupils or students, «årskullet»; coal), «hopper»/«hoppar»/«hoppa» and «hoppe» after «å» or a modal (jumps), «herd» («herd immunity»), and
 * «skatt» among the «-katt» compounds (tax: «eiendomsskatt»).
 */

/** An animal by its kind, sex or age (nb, nn): «dyret», «tispa», «valpane», «hoppen», «purka», «kattungen», «kyrne». */
const ANIMAL_NB = [
  String.raw`dyr(?:et|a|ene|ets|enes|as|s)?`,
  String.raw`(?:kjæle|hus|produksjons|pasient|forsøks|gards|gårds|selskaps|hobby|avls|beite|klinikk|heime|hjemme)dyr\p{L}*`,
  String.raw`\p{L}*hund(?:en|ar|er|ane|ene|ens|enes|s)?`,
  String.raw`tisp(?:e|a|en|er|ar|ene|ane|as|ens)`,
  String.raw`valp(?:en|ar|er|ane|ene|ens|s)?`,
  String.raw`(?:\p{L}*(?<!s)katt|huskatt)(?:en|ar|er|ane|ene|ens|enes|a|s)?`,
  String.raw`kattung(?:e|en|ar|er|ane|ene|ens)`,
  String.raw`(?:valpe|katte|kattunge|grise|smågris)kull\p{L}*`,
  String.raw`\p{L}*hest(?:en|ar|er|ane|ene|ens|enes|s)?`,
  String.raw`(?<!(?:å|kan|skal|vil|må|kunne|skulle|ville|klarer|klarar|får|fekk|fikk)\s)hopp(?:e|en|ene|ane)(?!\s+(?:over|inn|ut|av|opp|ned|på|i|fra|frå)(?![\p{L}]))`,
  String.raw`hingst(?:en|ar|er|ane|ene|ens|s)?`,
  String.raw`føll(?:et|a|ene)?`,
  String.raw`purk(?:e|a|en|er|ar|ene|ane)`,
  String.raw`\p{L}*gris(?:en|ar|er|ane|ene|ens)?`,
  String.raw`sau(?:en|er|ar|ene|ane|ens)?`,
  String.raw`søy(?:e|a|en|er|ar|ene|ane)`,
  String.raw`ku(?:a|en|as|ens)?|kyr(?:ne)?|kuer|kuene`,
  String.raw`kalv(?:en|ar|er|ane|ene|ens)?`,
  String.raw`kvig(?:e|a|en|er|ar|ene|ane)`,
  String.raw`geit(?:a|en|er|ar|ene|ane)?`,
  String.raw`kanin(?:en|ar|er|ane|ene|ens)?`,
  String.raw`fugl(?:en|ar|er|ane|ene|ens)?|høns(?:a|ene)?|høn(?:e|a|er|ar|ene|ane)`,
  String.raw`buskap\p{L}*`,
];
/** An animal by its kind, sex or age (en): «the bitch», «the litter», «the queen», «the mare», «the sow», «a whelp». */
const ANIMAL_EN = [
  String.raw`animals?|pets?|\p{L}*dogs?|pupp(?:y|ies)|pups?|bitch(?:es)?|whelps?|litters?`,
  String.raw`cats?|tomcats?|kittens?|queens?`,
  String.raw`horses?|ponies|pony|mares?|stallions?|geldings?|foals?|fill(?:y|ies)|colts?`,
  String.raw`livestock|cattle|cows?|calf|calves|heifers?|bulls?|oxen`,
  String.raw`sheep|ewes?|lambs?|pigs?|piglets?|sows?|boars?|goats?`,
  String.raw`rabbits?|hamsters?|guinea\s+pigs?|ferrets?|birds?|parrots?|budgies?|poultry|chickens?`,
];
/**
 * A word that names an animal (nb, nn, en), without the word boundaries around it (each reader adds its own). A
 * non-capturing group.
 */
export const ANIMAL_WORD = `(?:${[...ANIMAL_NB, ...ANIMAL_EN].join('|')})`;
/**
 * The state of an animal in young or in birth (nb, nn, en), said only of animals: «drektig», «drektigheit», «in whelp»,
 * «in foal», «whelping», «foaling», «calving», «valping», «kalving», «lamming». A non-capturing group.
 */
export const ANIMAL_STATE = String.raw`(?:drektig\p{L}*|in\s+(?:whelp|foal|calf|pup|lamb|kit)|whelping|foaling|calving|lambing|farrowing|kidding|valping\p{L}*|kalving\p{L}*|lamming\p{L}*|grising\p{L}*|følling\p{L}*)`;
