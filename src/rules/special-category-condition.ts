import { FORMS, formsPattern } from '../check/company-forms.js';
import { basesWithPointers, MARKETING_WORDS, marketingSaid, NEGATION, STOP, textsOf } from '../check/facts.js';
import { ANIMAL_STATE, ANIMAL_WORD } from '../check/animals.js';
import { categoryExempt, expressionExempt } from '../check/journalism.js';
import { clauseAt, pastAt } from '../check/past.js';
import { activityReveals, revealedSpecial, revealsIn } from '../check/prose-category.js';
import { defineRule } from '../check/rule.js';

/**
 * A group of people who are patients or receive care («Pasienter», «pasientar på post 3», «Beboere», «Brukere av
 * hjemmetjenesten», «clients»), by id or name: a nursing home's text calls its residents «pasienter».
 */
const PATIENT = lazyPattern(
  String.raw`pasient|patient|beboer|bebuar|resident|bruker|brukar|users?\b|klient|client|tjenestemottak|tenestemottak|care recipient`,
  'i',
);
import { isArt9Condition } from '../model/resolve.js';
import { join, parsePointer } from '../util/pointer.js';
import { lazyPattern } from '../util/lazy-pattern.js';

/**
 * Art. 9: special categories are prohibited (9(1)) unless an Art. 9(2) condition applies. Citing
 * "Art. 9(1)" as if it were a basis cites the prohibition. The condition is per purpose: a condition
 * on one purpose does not clear another purpose of the same activity. Where a purpose lists the data
 * categories it uses (`dataCategories`), that is checked (an error if it uses a special category with
 * no condition, nothing if it uses none); where it does not, a warning, as the record does not say. A special
 * category the record itself scopes to other purposes (listed in their `dataCategories`, each such purpose with
 * an Art. 9(2) condition) is not asked of a purpose that lists nothing: the record has said where it is used.
 * Art. 9(2)(d) (a not-for-profit body's members) as the only condition of an activity that discloses outside the body
 * is a warning. So is 9(2)(d) as a purpose's only condition where the record says people who are not members take part
 * («også dei som ikkje er medlemmer»): the condition «relates solely to the members or to former members of the body or
 * to persons who have regular contact with it in connection with its purposes»; quiet where the record says those
 * people are in regular contact («jamleg kontakt»). And (d) as a purpose's only condition where the organisation's own
 * words (name, notice introduction) make it a sports body, a housing co-operative or a company, naming no political,
 * philosophical, religious or trade-union aim, is a warning (`not-for-profit-aim`).
 * A purpose whose only Art. 9(2) conditions are (h) (health care) or (i) (public health) and whose words market or sell
 * («tilby pasienten relevante handelsvarer», «øke salget», «markedsføring») is warned (`care-not-marketing`): neither
 * condition covers marketing (variants-apotek AP02: prescription data used to sell retail goods).
 * Explicit consent (9(2)(a)) to hand data from Reseptformidleren, or genetic data, to an insurer or an employer is warned
 * (`consent-barred`): Norwegian law bars it even with consent (reseptformidlerforskriften § 1-4; bioteknologiloven § 5-8),
 * and 9(2)(a) does not apply where Member State law says the prohibition may not be lifted (variants-apotek AP37).
 * A category that only journalistic (or academic, artistic, literary) purposes use is not asked: personopplysningsloven
 * § 3 lifts Art. 9 for them (src/check/journalism.ts).
 */
/**
 * The record's words that people who are not members take part (nb, nn, en): «(dei) som ikkje er medlemmer», «er ikke
 * medlem», «ikke-medlemmer», «uten å være medlem», «uavhengig av medlemskap», «non-members», «are not members»,
 * «regardless of membership»; or that anyone may take part: «alle kan abonnere», «hvem som helst kan melde seg på», «åpent
 * for alle», «anyone can subscribe», «open to the public». Former members («som ikkje lenger er medlemmer») are within
 * 9(2)(d) and are not matched;
 * nor is a negated verb before «medlem…» («vi deler ikke medlemslister», «registrerer ikke medlemmer under 15»).
 */
const NON_MEMBERS = lazyPattern(
  String.raw`(?<![\p{L}])(?:ikke|ikkje)-medlem\p{L}*|(?<![\p{L}])som\s+(?:ikke|ikkje)\s+(?:er|var)\s+medlem|(?<![\p{L}])(?:er|var)\s+(?:ikke|ikkje)\s+medlem(?:mer|mar)?(?![\p{L}])|(?<![\p{L}])(?:uten|utan)\s+å\s+(?:være|vere|vera)\s+medlem|uavhengig av (?:medlemskap|om (?:dei|de|du|han|ho|hun) er medlem)|(?<![\p{L}])non-?members?(?![\p{L}])|(?<![\p{L}])(?:are|is)\s+not\s+(?:a\s+)?members?(?![\p{L}])|regardless of membership|whether or not they are members|(?<![\p{L}])(?:alle|hvem som helst|kven som helst|anyone|everyone)\s+(?:kan|can)\s+(?:\p{L}+\s+)?(?:abonnere\p{L}*|tinge\p{L}*|melde\s+seg|delta\p{L}*|bli\s+med|vere\s+med|være\s+med|subscribe\p{L}*|sign\s+up|join|take\s+part|attend)(?![\p{L}])|(?<![\p{L}])(?:åpent?|ope)\s+for\s+alle(?![\p{L}])|(?<![\p{L}])open\s+to\s+(?:all|anyone|everyone|the\s+public)(?![\p{L}])`,
  'iu',
);
/** The record's answer: the non-members are in regular contact with the body in connection with its purposes. */
const REGULAR_CONTACT = lazyPattern(
  String.raw`jamleg\w* kontakt|jevnlig\w* kontakt|regelmessig\w* kontakt|fast kontakt|regular\w* contact|regularly in contact`,
  'i',
);
/**
 * An organisation whose own words make its aim sport, housing or business (nb, nn, en): a sports club or federation
 * («idrettslag», «særforbund», «idrettsforbund», «sports club»), a housing co-operative («borettslag», «boligbyggelag»), or
 * a company (its name ends in «AS», «ASA», «Ltd»). Art. 9(2)(d) is for «a foundation, association or any other not-for-profit body with a
 * political, philosophical, religious or trade union aim» (H12D, variants-idrett ID17: a sports federation's injury
 * register on (d)).
 */
const OTHER_AIM = lazyPattern(
  String.raw`idrett\p{L}*|særforbund\p{L}*|særkrets\p{L}*|sports?\s*(?:club|federation|association)s?|sportsklubb\p{L}*|borettslag\p{L}*|burettslag\p{L}*|boligbyggelag\p{L}*|bustadbyggjelag\p{L}*`,
  'iu',
);
/**
 * In the notice introduction, only what the body is (W2 false-alarm review, 2026-11-30): a body noun («Forbundet er
 * særforbund …», «Vi er et borettslag»), not a compound that names a field («faggruppene for idrettsfysioterapi» in a
 * physiotherapists' union) nor bodies the organisation works among («organiserer vaktmestere i borettslag»).
 */
const OTHER_AIM_BODY = lazyPattern(
  String.raw`(?<![\p{L}])(?:idretts(?:lag|klubb|forbund|forening|krets|råd|organisasjon)\p{L}*|særforbund\p{L}*|særkrets\p{L}*|sports?\s*(?:club|federation|association)s?|sportsklubb\p{L}*|borettslag\p{L}*|burettslag\p{L}*|boligbyggelag\p{L}*|bustadbyggjelag\p{L}*)`,
  'giu',
);
const AMONG_OTHERS = lazyPattern(String.raw`(?<![\p{L}])(?:i|in|for|blant|among|hos|with|med|til|to|på|at)\s+$`, 'iu');
const introBody = (text: string): boolean => [...text.matchAll(OTHER_AIM_BODY())].some((m) => !AMONG_OTHERS().test(text.slice(0, m.index)));
/** A company by the end of its name («Tindra Sport AS», «Nordvik Energi ASA», «Acme Ltd»), not «… eier … AS» in a text. */
const COMPANY_NAME = lazyPattern(String.raw`(?<![\p{L}])${formsPattern(FORMS.forProfit)}\.?\s*$`, 'u');
/** Words of an aim (d) covers: a party, a union, a church or faith, a philosophy of life (nb, nn, en). */
const D_AIM = lazyPattern(
  String.raw`parti(?![\p{L}])|partiet|politisk\p{L}*|fagforen\p{L}*|fagforbund\p{L}*|fagorganis\p{L}*|arbeidstakarorganisasjon\p{L}*|arbeidstakerorganisasjon\p{L}*|kirke\p{L}*|kyrkj\p{L}*|menighet\p{L}*|kyrkjelyd\p{L}*|bispedømme\p{L}*|trossamfunn\p{L}*|trudomssamfunn\p{L}*|livssyn\p{L}*|humanetisk\p{L}*|humanist\p{L}*|religi\p{L}*|kristen|kristne|kristeleg\p{L}*|kristelig\p{L}*|muslimsk\p{L}*|islamsk\p{L}*|jødisk\p{L}*|buddhist\p{L}*|hinduistisk\p{L}*|party|political|trade union|union|church|faith|christian\p{L}*|muslim\p{L}*|islamic|jewish|hindu\p{L}*|philosoph\p{L}*`,
  'iu',
);
/**
 * Marketing the controller's own goods commercially, in a purpose's words or its stated interest (nb, nn, en): marketing
 * and advertising («markedsføre», «reklame», «advertise»), cross-selling and upselling, raising sales («øke salget»),
 * offering retail goods («tilby pasienten relevante handelsvarer»). Selling or supplying medicines and the products or
 * aids a treatment needs is care (a pharmacy must offer the aids: forskrift om rekvirering og utlevering av legemidler
 * § 10-5), and health promotion, public health campaigns and practical newsletters are not marketing («health
 * promotion», «kampanje for influensavaksinering», «nyhetsbrev om endrede åpningstider»; the integrator's review,
 * 2026-11-30): none of them is matched.
 */
const MARKETS = lazyPattern(
  String.raw`${MARKETING_WORDS}|(?<![\p{L}])(?:øke|øker|økt|auke|aukar|auka|increase|increasing|boost)\s+(?:\p{L}+\s+){0,1}?(?:salg\p{L}*|sal|salet|sales)(?![\p{L}])|(?<![\p{L}])(?:tilby|tilbyr|tilbys|offer|offers)\s+(?:\p{L}+\s+){0,3}?(?:handelsvar\p{L}*|merchandise|retail\s+goods)(?![\p{L}])`,
  'giu',
);

/**
 * Handing data to an insurer or an employer, in one clause (nb, nn, en): a verb of giving, sending, sharing or disclosing
 * and the insurer's or employer's word («gi kundens forsikringsselskap opplysninger om utleverte legemidler», «sende
 * legeerklæringen til arbeidsgiveren», «share test results with the insurer»).
 */
const TO_INSURER_OR_EMPLOYER = lazyPattern(
  String.raw`(?<![\p{L}])(?:gi|gir|gis|gje|gjev|utlever\p{L}*|oversend\p{L}*|sende|sender|sendes|send|sends|dele|deler|deles|share|shares|overfør\p{L}*|disclos\p{L}*|give|gives|provide|provides|pass)(?![\p{L}])[^.;:!?]*?(?<![\p{L}])(?:forsikringsselskap\p{L}*|forsikrings?giver\p{L}*|forsikrer\p{L}*|insurers?|insurance compan\p{L}*|arbeidsgiver\p{L}*|arbeidsgjevar\p{L}*|employers?)(?![\p{L}])`,
  'iu',
);
/**
 * What is handed over, named in the same clause: prescriptions and dispensed medicines, or genetic test results (nb, nn,
 * en). A medical certificate or a request for adjustments at work is the clinic's or the person's own, which consent may
 * release (helsepersonelloven § 22).
 */
const BARRED_DATA = lazyPattern(
  String.raw`resept\p{L}*|legemid\p{L}*|lækjemid\p{L}*|medisin(?:er|ar|ane|ene)?(?![\p{L}])|utlevert\p{L}*|prescri\p{L}*|medicines?|medication\p{L}*|dispens\p{L}*|gentest\p{L}*|genetisk\p{L}*|genetic\p{L}*|dna`,
  'iu',
);
/** The person acts themself («pasienten kan selv gi …», «customers send it themselves»), or the party is a health service. */
const NOT_BARRED = lazyPattern(
  String.raw`(?<![\p{L}])(?:selv|sjølv|sjøl|themselves|himself|herself)(?![\p{L}])|bedriftshelsetjeneste\p{L}*|bedriftshelseteneste\p{L}*|occupational health`,
  'iu',
);
/**
 * The person as the one given the data, right after the verb («gi kunden en utskrift av legemidlene … til bruk overfor
 * arbeidsgiveren», «give the patient a copy of their prescription history to show to their insurer»): what they hand on
 * is their own choice, as NOT_BARRED's «selv» (R1's review, 2026-11-30: both fired).
 */
const TO_THE_PERSON = lazyPattern(
  String.raw`(?<![\p{L}])(?:gi|gir|gje|gjev|give|gives|provide|provides|sende|sender|send|sends)\s+(?:the\s+)?(?:kunden|pasienten|personen|brukeren|brukaren|den registrerte|customer|patient|person|data subject|them|him|her)(?![\p{L}])`,
  'iu',
);
/** A source that is Reseptformidleren, the national e-prescription database (reseptformidlerforskriften § 1-1). */
const PRESCRIPTION_DATABASE = lazyPattern(String.raw`reseptformidler\p{L}*`, 'iu');

/** Words that say a purpose discloses data to others (nb, nn, en). */
const DISCLOSES = lazyPattern(
  String.raw`(?<![\p{L}])(?:dele|deler|deles|dela|utlevere|utleverer|utleveres|utlevering|gi videre|gje vidare|overføre|overfører|overføring|sende|sender|share|shares|sharing|disclose|discloses|disclosure|pass on|transfer)(?![\p{L}])`,
  'iu',
);

/**
 * Art. 9(2)(e) covers only «personal data which are manifestly made public by the data subject». A condition (e) whose own
 * note says the person gave the data to the controller — told to us, given in the application, sent on the form («Søkjaren
 * har sjølv gitt helseopplysningane til kommunen i søknaden», «The applicant provided the health information to us in the
 * application») — names a disclosure to one body, not a publication: data given in confidence to a public body are no data
 * made public (`not-made-public`, a warning; W2, session 18, variants-valg VA52). Quiet where the note also names a
 * publication or a public place (offentleg, allment kjent, publisert, «gjort kjent», open meeting, the press, a website,
 * social media, public, published): there the person may have done both. Only the (e) line's own note is read, not the
 * purpose's other words.
 */
const GIVEN_TO_US = lazyPattern(
  String.raw`(?<![\p{L}])(?:gitt|gjeve|gjevne|gitte|gav|ga|gir|gjev|oppgitt|oppgjeve|oppgir|oppgjev|levert|leverer|levere|sendt|sender|sende|sendte|innsendt|lagt\s+fram|legg\s+fram|legger\s+fram|lagt\s+ved|fylt\s+ut|fyller\s+ut|opplyst|opplyser|given|gave|gives|provided|provides|submitted|submits|supplied|supplies|sent|sends|told|tells|filled\s+in|fills\s+in)(?![\p{L}])(?:\s+[\p{L}\d-]+){0,6}?\s+(?:(?:til|to)\s+(?:oss|us|\p{L}*(?:kommunen|etaten|direktoratet|tilsynet|skolen|skulen|høgskulen|høyskolen|universitetet|sykehuset|sjukehuset|arbeidsgiveren|arbeidsgjevaren|arbeidsgivaren|foreningen|foreininga|laget|klubben))|(?:to|with)\s+the\s+(?:council|municipality|agency|authority|school|university|college|hospital|employer|association|club|union)|(?:i|på|in|on|via|gjennom|through)\s+(?:\p{L}+\s+){0,2}?(?:\p{L}*søknad(?:en|a|er|ar|ene|ane)?|\p{L}*skjema(?:et|a|er|ene)?|\p{L}*(?:application|form)s?|questionnaires?|påmelding(?:a|en)?|registrering(?:a|en)?|registration))(?![\p{L}])`,
  'iu',
);
/**
 * A veterinary practice by its own name (nb, nn, en): «Fjordvet Dyreklinikker AS», «Evidensia Dyrehelse AS», «Os
 * Dyrlegekontor», «Bergen Dyresjukehus», «Nordic Veterinary Clinic», «City Animal Hospital». Its patients are animals:
 * the journal, the diagnoses, the treatment and the prescriptions are the animal's, which is no natural person's health
 * (Art. 4(15): «the physical or mental health of a natural person»), linked to the owner only as the owner's data
 * (variants-veterinar's clean base, B23, session 22). Only the name is read, not the notice: a food authority or a
 * municipality that mentions veterinarians is no practice.
 */
const VET_BODY = lazyPattern(
  String.raw`dyreklinikk|dyresjukehus|dyresykehus|dyrlege|dyrelege|dyrehelse|smådyrklinikk|smådyrsjukehus|smådyrsykehus|hesteklinikk|veterinærklinikk|veterinærkontor|veterinærsenter|veterinærsenteret|veterinærpraksis|veterinærteneste|veterinærtjeneste|veterinary\s+(?:clinic|hospital|practice|centre|center|surgery|services?)|animal\s+(?:hospital|clinic|health)|vet\s+(?:clinic|hospital|practice)`,
  'iu',
);
/**
 * The words of care a veterinary practice writes of its patients (nb, nn, en): a diagnosis, a treatment, a
 * prescription, a medicine, the journal, a disease, lab results, an X-ray, a vaccination. Not sick leave, sick notes
 * or a doctor's certificate, which are always a person's.
 */
const ANIMAL_CARE = lazyPattern(
  String.raw`(?<![\p{L}])(?:diagnos\p{L}*|sykehistori\p{L}*|sjukehistori\p{L}*|anamnes\p{L}*|medical\s+history|prescri\p{L}*|resept\p{L}*|medisin\p{L}*|medicin\p{L}*|medication\p{L}*|legemid\p{L}*|treatments?|behandling\p{L}*|journal\p{L}*|sykdom\p{L}*|sjukdom\p{L}*|diseases?|lab\p{L}*|røntgen\p{L}*|x-rays?|vaksin\p{L}*|vaccin\p{L}*|symptom\p{L}*|findings?|funn)(?![\p{L}])`,
  'iu',
);
/** An animal named in a category's words (nb, nn, en), as whose the data is. */
const ANIMAL_NAMED = lazyPattern(
  String.raw`(?<![\p{L}])(?:${ANIMAL_WORD}|${ANIMAL_STATE}|animal['’]s|animals['’]|pet['’]s|species|breeds?|dyreart\p{L}*|rase|rasen|herds?|besetning\p{L}*)(?![\p{L}])`,
  'iu',
);
/** A person named in a category's words as the one the data is about (nb, nn, en): owner, employee, customer, person. */
const PERSON_NAMED = lazyPattern(
  String.raw`(?<![\p{L}])(?:owners?|owner['’]s|eier\p{L}*|eigar\p{L}*|employees?|employee['’]s|staff|ansatt\p{L}*|tilsett\p{L}*|applicants?|søker\p{L}*|søkjar\p{L}*|customers?|customer['’]s|kunde\p{L}*|kundar\p{L}*|persons?|person['’]s|people|humans?|menneske\p{L}*|workers?|arbeidstak\p{L}*|vikar\p{L}*|locums?)(?![\p{L}])`,
  'iu',
);

/**
 * An animal or its vet named in a sentence (nb, nn, en): «The base's sniffer dog is examined by a vet each year; its health
 * records are kept by the dog handler company», «Terapihunden vart sjekka av veterinær før besøka, og helseattesten ligg
 * hos eigaren» (reviewer N8's g02, g06, session 22). Health words in such a sentence are the animal's (Art. 4(15)), unless
 * the sentence also names a person whose health it may be (HUMAN_HEALTH). The genitive too («Hundens allergier», W12).
 */
const ANIMAL_SENTENCE = lazyPattern(String.raw`(?<![\p{L}])(?:${ANIMAL_WORD}|${ANIMAL_STATE}|veterinær\p{L}*|veterinarians?|vets?)(?![\p{L}])`, 'iu');
/**
 * A person named in the same sentence, whose health it may be (nb, nn, en). «Fører» the driver, not the verb («Vi fører
 * journal for hvert dyr»: W12, session 23).
 */
const HUMAN_HEALTH = lazyPattern(
  String.raw`(?<![\p{L}])(?:customers?|customer['’]s|kunde\p{L}*|kundar\p{L}*|employees?|employee['’]s|ansatt\p{L}*|tilsett\p{L}*|staff|pasient\p{L}*|patients?|persons?|person['’]s|people|elev\p{L}*|pupils?|students?|child\p{L}*|barn|barna|born|borna|users?|bruker\p{L}*|brukar\p{L}*|applicants?|søker\p{L}*|søkjar\p{L}*|handler['’]s|handlers['’]|førar\p{L}*|fører(?:en|ne|e|ens|nes)?(?!\s+(?:journal\p{L}*|lister?|oversikt\p{L}*|register\p{L}*|tilsyn|protokoll\p{L}*|logg\p{L}*|opp|inn|med))|visitors?|visitors['’]|visitor['’]s|guests?|members?|participants?|residents?|passengers?|workers?|clients?|besøkende|besøkjande|besøkjarar|besøkarar|besøkere|gjest\p{L}*|medlem\p{L}*|deltak\p{L}*|bebu\p{L}*|beboer\p{L}*|owner['’]s\s+own|eierens\s+egne?|eigaren\s+sjølv|eigar(?:en)?\s+sin(?:e)?\s+eigne?|humans?|menneske\p{L}*|his|her|their|hans|hennes|deira|deres)(?![\p{L}])`,
  'iu',
);
/** The text a reading's pointer names inside an activity (`/description/en`, `/purposes/0/description`). */
function textAt(activity: unknown, pointer: string): string | undefined {
  let v: unknown = activity;
  for (const k of parsePointer(pointer)) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return typeof v === 'string' ? v : undefined;
}
/** Whether the health words at `index` of `text` sit in a sentence about an animal that names no person. */
function animalsHealth(text: string, index: number): boolean {
  const sentence = sentenceAt(text, index);
  return ANIMAL_SENTENCE().test(sentence) && !HUMAN_HEALTH().test(sentence);
}
function sentenceAt(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf('.', index), text.lastIndexOf('!', index), text.lastIndexOf('?', index)) + 1;
  const ends = ['.', '!', '?'].map((c) => text.indexOf(c, index)).filter((i) => i >= 0);
  return text.slice(start, ends.length > 0 ? Math.min(...ends) : text.length);
}
/**
 * At a veterinary practice (VET_BODY), words of care («diagnosis», «Prescriptions»: ANIMAL_CARE) in a sentence that names no
 * person whose health it may be (HUMAN_HEALTH) are its animal patients', as a category's are (animalCare): «NMBU receives
 * pseudonymised extracts of journals: species, diagnosis, treatment», «Prescriptions go to the pharmacy the owner chooses»
 * (variants-veterinar's clean base; W12, session 23).
 */
const vetCareWords = (text: string, index: number, words: string): boolean => ANIMAL_CARE().test(words) && !HUMAN_HEALTH().test(sentenceAt(text, index));

/** The first health words after the sentence at `index` that are no animal's (animalsHealth), with their offset in `text`. */
function laterPersonsHealth(text: string, index: number, patientsAreOthers: boolean, vet: boolean): { words: string; index: number } | undefined {
  for (let from = index; ;) {
    const ends = ['.', '!', '?'].map((c) => text.indexOf(c, from)).filter((i) => i >= 0);
    if (ends.length === 0) return undefined;
    const start = Math.min(...ends) + 1;
    const next = revealsIn(text.slice(start), true, patientsAreOthers).find((x) => x.kind === 'health');
    if (next === undefined) return undefined;
    const at = start + next.index;
    if (!animalsHealth(text, at) && !(vet && vetCareWords(text, at, next.words))) return { words: next.words, index: at };
    from = at;
  }
}

/**
 * The first words of `kind` after the clause at `index` that are not of a practice ended or a plan rejected (pastAt), or
 * that `skip` leaves out.
 */
function laterNotPast(
  text: string,
  index: number,
  kind: string,
  patientsAreOthers: boolean,
  skip: (text: string, at: number) => boolean = pastAt,
): { words: string; index: number } | undefined {
  for (let from = clauseAt(text, index).end; from < text.length;) {
    const next = revealsIn(text.slice(from), true, patientsAreOthers).find((x) => x.kind === kind);
    if (next === undefined) return undefined;
    const at = from + next.index;
    if (!skip(text, at)) return { words: next.words, index: at };
    from = clauseAt(text, at).end;
  }
  return undefined;
}

/** Words of a publication or a public place (nb, nn, en), which lift `not-made-public`. */
const MADE_PUBLIC = lazyPattern(
  String.raw`(?<![\p{L}])(?:offentl\p{L}*|allment|almen\p{L}*|ålment|allmenn\p{L}*|ålmenn\p{L}*|publiser\p{L}*|\p{L}*kjent|\p{L}*kjend|\p{L}*kjende|open|ope|opent|åpen|åpent|åpne|opne|avis\p{L}*|pressen?|media|medier|mediene|nettsid\p{L}*|nettstad\p{L}*|heimesid\p{L}*|hjemmesid\p{L}*|sosiale\s+medi\p{L}*|public\p{L}*|publish\p{L}*|openly|press|newspapers?|websites?|social\s+media|known)(?![\p{L}])`,
  'iu',
);

export default defineRule(
  {
    id: 'special-category-condition',
    severity: 'error',
    citation: 'GDPR Art. 9(1)-(2)',
    messages: [
      'art9-1',
      'no-condition',
      'purpose',
      'purpose-uses',
      'not-for-profit-disclosure',
      'not-for-profit-outsiders',
      'not-for-profit-aim',
      'care-not-marketing',
      'consent-barred',
      'not-made-public',
      'category-reveals',
      'category-reveals-no-condition',
      'activity-reveals',
      'activity-reveals-no-condition',
    ],
  },
  (ctx, report) => {
    // A veterinary practice by its own name: a category's words of care are its animal patients' (VET_BODY), where they
    // name an animal as the data's or name no person at all (a vet's «Employees' illness» is still read).
    let vetOnce: boolean | undefined;
    const vet = (): boolean => {
      if (vetOnce !== undefined) return vetOnce;
      const org = ctx.registry.organisation?.value;
      return (vetOnce = org !== undefined && [...textsOf(org.name), org.shortName ?? ''].some((n) => VET_BODY().test(n)));
    };
    const animalCare = (c: { name: unknown; description?: unknown }, seen: { kind: string; words: string }): boolean => {
      if (seen.kind !== 'health' || !ANIMAL_CARE().test(seen.words) || !vet()) return false;
      const name = textsOf(c.name);
      const words = [...name, ...textsOf(c.description)];
      return name.some((t) => ANIMAL_NAMED().test(t)) || !words.some((t) => PERSON_NAMED().test(t));
    };
    // The organisation's own words, read once per run and only when a purpose rests on (d) alone.
    let otherAimOnce: boolean | undefined;
    const otherAim = (): boolean => {
      if (otherAimOnce !== undefined) return otherAimOnce;
      const org = ctx.registry.organisation?.value;
      const names = org ? [...textsOf(org.name), org.shortName ?? ''] : [];
      const intro = org ? textsOf(org.notice?.introduction) : [];
      const words = [...names, ...intro];
      const company = org ? textsOf(org.name).some((n) => COMPANY_NAME().test(n)) : false;
      return (otherAimOnce = (company || names.some((t) => OTHER_AIM().test(t)) || intro.some(introBody)) && !words.some((t) => D_AIM().test(t)));
    };
    for (const r of ctx.activities) {
      const bases = basesWithPointers(r);
      for (const { basis, pointer, purpose } of bases) {
        if (basis.gdpr === 'A9-1') report.activity(r, pointer, 'art9-1', { purpose: purpose.id });
      }
      // A category whose own words reveal a special category while its entry records none (src/check/prose-category.ts;
      // C-184/20: data liable to disclose it indirectly are such data): the record must say so, and the activity needs
      // an Art. 9(2) condition as if it did. A warning, pointing at the words in the catalogue entry.
      for (const c of r.dataCategories) {
        const seen = revealedSpecial(c.value);
        if (seen === undefined || categoryExempt(r, c.id, ctx.reference) || animalCare(c.value, seen)) continue;
        // A purpose that names this category in its own `dataCategories`, with a basis and no Art. 9(2) condition, and none
        // of whose categories records the kind: the condition the activity has elsewhere does not cover it (Art. 9 is read
        // per purpose; variants-luftfart LF15: a medical form on consent beside assistance needs on a legal duty alone).
        const uncovered = r.purposes.some(
          (p) =>
            p.legalBasis.length > 0 &&
            (p.dataCategories ?? []).includes(c.id) &&
            !p.legalBasis.some((b) => isArt9Condition(b.gdpr)) &&
            !expressionExempt(p, ctx.reference) &&
            !r.specialCategories.some((s) => s.value.specialCategory === seen.kind && (p.dataCategories ?? []).includes(s.id)),
        );
        // Where another category of the activity records the same special category, the record says it already (but for
        // a purpose above that uses this category alone, without a condition).
        if (r.specialCategories.some((s) => s.value.specialCategory === seen.kind) && !uncovered) continue;
        const entry = ctx.registry.catalogues.dataCategories.get(c.id);
        if (entry === undefined) continue;
        const condition = !uncovered && bases.some(({ basis }) => isArt9Condition(basis.gdpr));
        report.entry(
          r,
          entry,
          seen.pointer,
          condition ? 'category-reveals' : 'category-reveals-no-condition',
          { category: c.id, words: seen.words, kind: seen.kind },
          { severity: 'warning' },
        );
      }
      // The activity's or a purpose's own words that reveal a special category no category of the activity records (nor a
      // category's words, reported just above): the record must list the category (Art. 30(1)(c)), and the activity
      // needs an Art. 9(2) condition as if it did. Once per kind, at the first words; a purpose only expression uses is
      // left alone (personopplysningsloven § 3).
      // Patients named before the words are other people where the activity records its people and none are patients (a
      // staff rota at a hospital, students on placement): their health is not this activity's data.
      const patientsAreOthers =
        r.dataSubjects.length > 0 && !r.dataSubjects.some((d) => PATIENT().test(d.id) || textsOf(d.value.name).some((n) => PATIENT().test(n)));
      const told = new Set<string>();
      for (const seen of activityReveals(r.activity, patientsAreOthers)) {
        if (seen.kind === 'national-id' || seen.kind === 'criminal-offence' || told.has(seen.kind)) continue;
        let reveal = seen;
        // Words of a practice ended or a plan turned down (src/check/past.ts: «Tidligere ba vi om helseattest, men det sluttet vi
        // med i 2019»: F1, session 24): a later clause of the same text may still tell the kind.
        const said = textAt(r.activity, seen.pointer);
        if (said !== undefined && pastAt(said, seen.index)) {
          const later = laterNotPast(said, seen.index, seen.kind, patientsAreOthers);
          if (later === undefined) continue;
          reveal = { ...seen, ...later };
        }
        // An animal's DNA test («The clinic offers DNA tests for dogs, and the results are sent to the owner»: N10) is no
        // person's genetic data (Art. 4(13)): the next genetic words of the text that are no animal's, if any.
        if (seen.kind === 'genetic' && said !== undefined && animalsHealth(said, reveal.index)) {
          const later = laterNotPast(said, reveal.index, 'genetic', patientsAreOthers, (t, at) => pastAt(t, at) || animalsHealth(t, at));
          if (later === undefined) continue;
          reveal = { ...seen, ...later };
        }
        if (seen.kind === 'health') {
          const text = said;
          if (text !== undefined && (animalsHealth(text, reveal.index) || (vet() && vetCareWords(text, reveal.index, reveal.words)))) {
            // The reader gives a text's first health words: where those are the animal's, a later sentence may still tell a
            // person's health («… diagnoses, treatment … . The journal holds … the owner's own health … (allergies, asthma)»:
            // variants-veterinar DY01; W12, session 23).
            const later = laterPersonsHealth(text, reveal.index, patientsAreOthers, vet());
            if (later === undefined) continue;
            reveal = { ...seen, ...later };
          }
        }
        // A category whose words reveal the kind only as a vet's animal patients' care (animalCare) records no person's
        // health: the owner's own health told in the activity's words is still new (variants-veterinar DY01; W12, session 23).
        if (
          r.dataCategories.some((c) => {
            if (c.value.specialCategory === seen.kind) return true;
            const shown = revealedSpecial(c.value);
            return shown?.kind === seen.kind && !animalCare(c.value, shown);
          })
        )
          continue;
        const p = /^\/purposes\/(\d+)\//.exec(seen.pointer);
        if (p && expressionExempt(r.purposes[Number(p[1])]!, ctx.reference)) continue;
        told.add(seen.kind);
        const condition = bases.some(({ basis }) => isArt9Condition(basis.gdpr));
        report.activity(
          r,
          reveal.pointer,
          condition ? 'activity-reveals' : 'activity-reveals-no-condition',
          { words: reveal.words, kind: reveal.kind },
          { severity: 'warning' },
        );
      }
      // Art. 9 is lifted where only journalistic or other expression uses the category (personopplysningsloven § 3).
      const specials = r.specialCategories.filter((c) => !categoryExempt(r, c.id, ctx.reference));
      const first = specials[0];
      if (!first) continue;
      const categories = specials.map((c) => c.id);
      if (!bases.some(({ basis }) => isArt9Condition(basis.gdpr))) {
        report.activity(r, join('/dataCategories', (r.activity.dataCategories ?? []).indexOf(first.id)), 'no-condition', { categories });
        continue;
      }
      // Art. 9(2)(d): a not-for-profit body with a political, philosophical, religious or trade-union aim may process
      // its members' data «on condition … that the personal data are not disclosed outside that body without the consent
      // of the data subjects». Where (d) is the activity's only Art. 9 condition and the activity discloses to someone
      // outside the body (a recipient that is not internal), the condition does not cover the disclosure.
      const outside = Array.isArray(r.recipients) ? r.recipients.filter((x) => x.value.type !== 'internal') : [];
      const conditions = bases.filter(({ basis }) => isArt9Condition(basis.gdpr));
      // Disclosure «with» consent is what (d) allows: a purpose on the members' consent whose words say it discloses.
      const consentedDisclosure = () =>
        r.purposes.some((p) => p.legalBasis.some((b) => b.gdpr === 'A6-1-a') && textsOf(p.description).some((t) => DISCLOSES().test(t)));
      if (outside.length > 0 && conditions.every(({ basis }) => basis.gdpr === 'A9-2-d') && !consentedDisclosure()) {
        const d = conditions[0]!;
        report.activity(r, d.pointer, 'not-for-profit-disclosure', { purpose: d.purpose.id, recipients: outside.map((x) => x.id) }, { severity: 'warning' });
      }
      // Art. 9(2)(d) covers members, former members and people in regular contact only. Where the record says people who
      // are not members take part, a purpose whose only condition is (d) is asked to show the regular contact.
      // Read only where a purpose's only condition is (d).
      const dOnly = conditions.filter(
        ({ basis, purpose }) => basis.gdpr === 'A9-2-d' && !purpose.legalBasis.some((b) => b !== basis && isArt9Condition(b.gdpr)),
      );
      const about = () => [
        ...textsOf(r.activity.title),
        ...textsOf(r.activity.description),
        ...r.dataSubjects.flatMap((x) => [...textsOf(x.value.name), ...textsOf(x.value.description)]),
      ];
      // The regular contact may be said of the activity or of the group itself («Også dei som ikkje er medlemmer syng i
      // koret; dei har jamleg kontakt med kyrkjelyden»), where the record says who the non-members are.
      const groups = () => r.dataSubjects.flatMap((x) => textsOf(x.value.description));
      if (
        dOnly.length > 0 &&
        about().some((t) => NON_MEMBERS().test(t)) &&
        ![...textsOf(r.activity.description), ...groups()].some((t) => REGULAR_CONTACT().test(t))
      ) {
        for (const { basis, pointer, purpose } of dOnly) {
          const answered = [...textsOf(basis.note), ...textsOf(purpose.description)].some((t) => REGULAR_CONTACT().test(t));
          if (!answered) report.activity(r, pointer, 'not-for-profit-outsiders', { purpose: purpose.id }, { severity: 'warning' });
        }
      }
      // Art. 9(2)(d) by a body whose own words make it a sports body, a housing co-operative or a company and name no
      // aim (d) covers: the condition is not the body's to use.
      if (dOnly.length > 0 && otherAim()) {
        for (const { pointer, purpose } of dOnly) report.activity(r, pointer, 'not-for-profit-aim', { purpose: purpose.id }, { severity: 'warning' });
      }
      // Art. 9(2)(h) covers «preventive or occupational medicine, … medical diagnosis, the provision of health or social
      // care or treatment or the management of health or social care systems and services», and (i) public health; a
      // purpose whose only conditions are (h) or (i) and whose own words market or sell (MARKETS) is none of those.
      for (const { basis, pointer, purpose } of conditions) {
        const own = purpose.legalBasis.filter((b) => isArt9Condition(b.gdpr));
        if (own[0] !== basis || !own.every((b) => b.gdpr === 'A9-2-h' || b.gdpr === 'A9-2-i')) continue;
        const words = [...textsOf(purpose.description), ...purpose.legalBasis.flatMap((b) => textsOf(b.legitimateInterest))];
        if (words.some((t) => marketingSaid(t, MARKETS())))
          report.activity(r, pointer, 'care-not-marketing', { purpose: purpose.id, condition: basis.gdpr.slice(-1) }, { severity: 'warning' });
      }
      // Art. 9(2)(a) lifts the prohibition «except where Union or Member State law provide that the prohibition … may not be
      // lifted by the data subject». Norwegian law says so for data from Reseptformidleren handed to employers or for
      // insurance (reseptformidlerforskriften § 1-4 second paragraph: «selv om den registrerte samtykker») and for genetic
      // test results outside the health service (bioteknologiloven § 5-8; only private persons acting with the person's
      // consent are exempt). A purpose whose condition is explicit consent and whose words hand the data to an insurer or an
      // employer, in an activity that takes data from Reseptformidleren or uses genetic data, is warned.
      const barredData = () =>
        r.sources.some((x) => [...textsOf(x.value.name), ...textsOf(x.value.description)].some((t) => PRESCRIPTION_DATABASE().test(t))) ||
        specials.some((c) => c.value.specialCategory === 'genetic');
      for (const { basis, pointer, purpose } of conditions) {
        if (basis.gdpr !== 'A9-2-a' || purpose.legalBasis.find((b) => b.gdpr === 'A9-2-a') !== basis) continue;
        const handsOver = (t: string) =>
          t
            .split(STOP)
            .some((c) => TO_INSURER_OR_EMPLOYER().test(c) && BARRED_DATA().test(c) && !NEGATION.test(c) && !NOT_BARRED().test(c) && !TO_THE_PERSON().test(c));
        if (textsOf(purpose.description).some(handsOver) && barredData())
          report.activity(r, pointer, 'consent-barred', { purpose: purpose.id }, { severity: 'warning' });
      }
      for (const { basis, pointer, purpose } of conditions) {
        if (basis.gdpr !== 'A9-2-e') continue;
        const note = textsOf(basis.note);
        if (note.some((t) => GIVEN_TO_US().test(t)) && !note.some((t) => MADE_PUBLIC().test(t)))
          report.activity(r, pointer, 'not-made-public', { purpose: purpose.id }, { severity: 'warning' });
      }
      const special = new Set(specials.map((c) => c.id));
      /** Special categories that a purpose with an Art. 9(2) condition names in its own `dataCategories`. */
      const scoped = new Set(
        r.purposes.filter((p) => p.legalBasis.some((b) => isArt9Condition(b.gdpr))).flatMap((p) => (p.dataCategories ?? []).filter((c) => special.has(c))),
      );
      const unscoped = specials.map((c) => c.id).filter((c) => !scoped.has(c));
      r.purposes.forEach((purpose, p) => {
        if (purpose.legalBasis.length === 0 || purpose.legalBasis.some((b) => isArt9Condition(b.gdpr)) || expressionExempt(purpose, ctx.reference)) return;
        if (purpose.dataCategories !== undefined) {
          // The purpose says which categories it uses: then ropa knows.
          const used = purpose.dataCategories.filter((c) => special.has(c));
          if (used.length > 0)
            report.activity(r, join('/purposes', p, 'legalBasis'), 'purpose-uses', { purpose: purpose.id, categories: used }, { target: 'key' });
          return;
        }
        if (unscoped.length === 0) return;
        report.activity(
          r,
          join('/purposes', p, 'legalBasis'),
          'purpose',
          { purpose: purpose.id, categories: unscoped },
          { severity: 'warning', target: 'key' },
        );
      });
    }
  },
);
