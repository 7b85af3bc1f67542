import { CLAUSE_END, lovdataIdOf, MARKETING_WORDS, marketingSaid, NEGATION, sectionIds, textsOf } from '../check/facts.js';
import { claimsExpression, commercialWords, expressionExempt } from '../check/journalism.js';
import type { ReferenceData } from '../check/reference.js';
import type { Registry } from '../model/registry.js';
import { isArt6, resolveLaw, type ResolvedActivity, type ResolvedLaw, type ResolvedPurpose } from '../model/resolve.js';
import { defineRule } from '../check/rule.js';
import { join } from '../util/pointer.js';
import { lazyPattern } from '../util/lazy-pattern.js';

/**
 * Art. 6(1): every purpose rests on an Art. 6 basis. An Art. 9(2) condition lifts the Art. 9(1) ban; it is not an Art. 6
 * basis. A purpose that cites personopplysningsloven § 3 (the exemption for journalistic, academic, artistic and literary
 * expression, Art. 85) while its own words are commercial (subscriptions, invoices, marketing, ads, sales, competitions,
 * comment moderation …) or say nothing of such expression is warned: § 3 follows the purpose, and for anything else an
 * Art. 6 basis is needed on its own terms (src/check/journalism.ts).
 *
 * Some laws give data for one purpose only, and say so. Data an obliged entity processes under the anti-money-laundering
 * rules (hvitvaskingsloven, carrying out Directive (EU) 2015/849) may not be processed for other purposes «such as
 * commercial purposes» (Art. 41(2) of the Directive); debt data a lender obtains from a debt-information company
 * (gjeldsinformasjonsloven § 12 first paragraph (a)) is given only «når disse skal foreta kredittvurdering i forbindelse
 * med en konkret kredittsøknad eller søknad om endring av vilkår på en løpende kreditt». An activity that obtains data
 * under such a law (a legal basis or a source cites it) and has another purpose, not citing it, whose words are
 * marketing or sales («tilby kundene produkter», «tilby refinansiering», «markedsføring») is warned (`aml-commercial`,
 * `debt-register-commercial`): further processing incompatible with the purpose the law allows (GDPR Art. 5(1)(b), 6(4)).
 */
const PURPOSE_BOUND: readonly { lovdataId: string; message: 'aml-commercial' | 'debt-register-commercial'; sourceOnly: boolean }[] = [
  { lovdataId: 'LOV-2018-06-01-23', message: 'aml-commercial', sourceOnly: false },
  // A lender cites gjeldsinformasjonsloven § 10 for reporting its own loans too: only a source under the act obtains data.
  { lovdataId: 'LOV-2017-06-16-47', message: 'debt-register-commercial', sourceOnly: true },
];
/**
 * Marketing or sales in a purpose's words (nb, nn, en): marketing, advertising, sales, cross-selling, or offering products,
 * services, loans, refinancing, insurance, credit or advice («tilby kundene rådgivning og produkter», «tilby dem
 * refinansiering», «offer products»), or «tilbud om». Offering the customer access or a payment plan is no sale; nor is
 * an estate agent marketing the client's home, the assignment itself, nor marketing a vacancy (facts.ts MARKETING_WORDS and
 * marketingSaid, shared by every rule that reads marketing).
 */
const SELLING = lazyPattern(
  String.raw`${MARKETING_WORDS}|(?<![\p{L}])(?:salg|selge|selje|sell|sales)(?![\p{L}])|(?<![\p{L}])(?:tilby|tilbyr|tilbod|offer|offers|offering)\s+(?:\p{L}+\s+){0,4}?(?:produkt\p{L}*|tjenest\p{L}*|tenest\p{L}*|lån|refinansier\p{L}*|forsikring\p{L}*|kreditt\p{L}*|fond\p{L}*|sparing|rådgiving|rådgivning|products?|services?|loans?|refinanc\p{L}*|insurance|credit|advice)(?![\p{L}])|(?<![\p{L}])(?:tilbud|tilbod)\s+om(?![\p{L}])`,
  'iu',
);
/**
 * A grid company must act neutrally towards electricity suppliers and end users and «håndtere informasjon på en måte som
 * gjør at kraftleverandører eller andre tjenesteleverandører ikke kan gis konkurransefortrinn»; it may not share customer
 * or meter-value databases with suppliers (avregningsforskriften, FOR-1999-03-11-301, § 8-1 second and third paragraphs).
 * The customer and meter data it obtains under the regulation (meter values, chapters 3 and 4; customer data from Elhub,
 * § 6-17 second paragraph) serves its statutory role. An activity of a grid company (one that cites a duty the regulation
 * lays on the grid company: chapters 3 and 4, § 7-1a on grid-rent invoices, § 8-1; or leveringskvalitetsforskriften,
 * FOR-2004-11-30-1557; or energiloven §§ 3-4, 3-4 a, the duty to connect) that obtains data under avregningsforskriften
 * and has a purpose whose words sell or market (SELLING), or offer power contracts («tilby strømavtale»), is warned
 * (`grid-neutrality`): further use incompatible with the purpose the data was obtained for (GDPR Art. 5(1)(b), 6(4)),
 * and one the regulation forbids. An electricity supplier, which cites the regulation for its own duties (§§ 2-4, 7-1b,
 * 8-2) and sells power as its business, is not read.
 */
const AVREGNING = 'FOR-1999-03-11-301';
const LEVERINGSKVALITET = 'FOR-2004-11-30-1557';
const ENERGILOVEN = 'LOV-1990-06-29-50';
const GRID_DUTY_SECTION = lazyPattern(String.raw`^(?:[34](?:-\d+[a-z]?)?|7-1a|8-1[ab]?)$`);
const POWER_CONTRACT = lazyPattern(
  String.raw`(?<![\p{L}])(?:tilby|tilbyr|tilbys|tilbud|tilbod|selge|selje|sell|offer|offers)\s+(?:\p{L}+\s+){0,4}?\p{L}*(?:strømavtal|kraftavtal|straumavtal|strømleveranse|kraftleveranse|electricity contract|power contract|electricity supply)\p{L}*`,
  'iu',
);
/** SELLING and POWER_CONTRACT for `matchAll`: every match in a clause. */
const SELLING_ALL = lazyPattern(SELLING.source, 'giu');
const POWER_CONTRACT_ALL = lazyPattern(POWER_CONTRACT.source, 'giu');
/**
 * What a grid company's words may say that is not its selling (W2 false-alarm review, 2026-11-30), read for
 * `grid-neutrality` only: offering what the grid company itself provides under its licence and energiloven § 3-4 —
 * connection, grid rent and tariffs, compensation for outages («gi kunden tilbud om tilknytning», «tilbud om fleksibel
 * tilknytning», «tilby effekttariff»); others selling, a prosumer or a supplier the subject just before the words
 * («prosumers sell back to the grid», «plusskunder som sel overskotsstraum»); and marketing by others («klager på
 * markedsføring fra kraftleverandører»).
 */
const GRID_OWN_OFFER = lazyPattern(
  String.raw`^(?:tilby|tilbyr|tilbud|tilbod|offer|offers|offering)(?:\s+om)?\s+(?:\p{L}+\s+){0,3}?(?:\p{L}*tilknyt\p{L}*|connection\p{L}*|nettleie\p{L}*|nettleige\p{L}*|\p{L}*tariff\p{L}*|kompensasjon\p{L}*|compensation|\p{L}*erstatning\p{L}*)`,
  'iu',
);
const OTHERS_BEFORE = lazyPattern(
  String.raw`(?<![\p{L}])(?:plusskund\p{L}*|prosumers?|(?:kraft|strøm|straum)?leverandør\p{L}*|suppliers?|kraftselskap\p{L}*)(?:\s+(?:som|that|who|which))?\s*$`,
  'iu',
);
const BY_OTHERS_AFTER = lazyPattern(
  String.raw`^\s+(?:fra|frå|from|by)\s+(?:\p{L}+\s+){0,2}?(?:(?:kraft|strøm|straum)?leverandør\p{L}*|suppliers?|kraftselskap\p{L}*|andre|others)(?![\p{L}])`,
  'iu',
);
const notGridSelling = (clause: string, m: RegExpMatchArray): boolean =>
  GRID_OWN_OFFER().test(clause.slice(m.index)) ||
  OTHERS_BEFORE().test(clause.slice(0, m.index)) ||
  BY_OTHERS_AFTER().test(clause.slice(m.index! + m[0].length));
/** Whether a clause of the text says the body sells or markets (`all`: SELLING_ALL or POWER_CONTRACT_ALL), not denied and not skipped (facts' marketingSaid). */
const sellsIn = marketingSaid;
/** The law cites a duty avregningsforskriften, leveringskvalitetsforskriften or energiloven lays on the grid company. */
function gridDuty(l: ResolvedLaw, ref: ReferenceData): boolean {
  const id = lovdataIdOf(l, ref);
  if (id === LEVERINGSKVALITET) return true;
  const sections = sectionIds(l.section);
  if (id === AVREGNING) return sections.some((s) => GRID_DUTY_SECTION().test(s));
  return id === ENERGILOVEN && sections.some((s) => s === '3-4');
}
const citesIn = (laws: readonly ResolvedLaw[], id: string, ref: ReferenceData): boolean => laws.some((l) => lovdataIdOf(l, ref) === id);
const purposeCites = (p: ResolvedPurpose, id: string, ref: ReferenceData): boolean => p.legalBasis.some((b) => citesIn(b.law, id, ref));
/**
 * Whether the activity obtains data under a law: one of its sources cites it, or (unless `sourceOnly`) a purpose's legal
 * basis. The laws its purposes and its sources cite are read once per activity, for all the acts asked about.
 */
function obtainsUnder(registry: Registry, r: ResolvedActivity, ref: ReferenceData): (id: string, sourceOnly: boolean) => boolean {
  let byPurposes: Set<string | undefined> | undefined;
  let bySources: Set<string | undefined> | undefined;
  return (id, sourceOnly) =>
    (!sourceOnly && (byPurposes ??= new Set(r.purposes.flatMap((p) => p.legalBasis.flatMap((b) => b.law.map((l) => lovdataIdOf(l, ref)))))).has(id)) ||
    (bySources ??= new Set(r.sources.flatMap((s) => (s.value.law ?? []).map((l) => lovdataIdOf(resolveLaw(registry, l), ref))))).has(id);
}
/**
 * Traffic and location data at a provider of electronic communications (ekomloven, LOV-2024-12-13-76, § 3-11): they
 * «skal slettes eller anonymiseres så snart de ikke lenger er nødvendig for» communication or billing, or for what
 * § 3-13 or another law requires; «Annen behandling av slike data krever samtykke fra bruker. Samtykke skal oppfylle
 * kravene til samtykke i personvernforordningen» (second paragraph; § 3-10 first paragraph: not to be used «utover
 * lovlige behandlingsformål»). A registry is a provider's when some activity cites the sections on traffic data and the
 * authorities' access (§§ 3-10 to 3-14). A purpose there that uses traffic or location data (its own `dataCategories`, or
 * the activity's where it lists none) for offers, marketing, targeting or usage analysis (OTHER_USE, not denied), with no
 * consent among its bases, is warned (`traffic-data-consent`). Read in the sstraume97/norwegian-laws copy of Lovdata's
 * open data (2 July 2026) by H12A, 2026-11-30 (variants-ekom E08, E41).
 */
const EKOMLOVEN = 'LOV-2024-12-13-76';
const TRAFFIC_SECTION = lazyPattern(String.raw`^3-1[0-4]$`);
/** Traffic or location data by a category's flag, id, name or description (nb, nn, en). */
const TRAFFIC_DATA = lazyPattern(
  String.raw`trafikkdata|lokaliseringsdata|lokasjonsdata|traffic[- ]data|location[- ]data|basestasjon\p{L}*|mobilmast\p{L}*|(?<![\p{L}])celle(?:n|r|ne)?(?![\p{L}])|cell[- ]?(?:id|tower|site)s?|call detail records?`,
  'iu',
);
/** Offers, marketing, targeting, profiling or usage analysis (nb, nn, en). */
/**
 * Targeting, profiling, usage analysis or a suggestion (nb, nn, en): a use of traffic data by its own words. Also (P's
 * review, 2026-12-01) offers or ads tailored or shown by where or how the customer uses the phone («tilbud tilpasset hvor
 * kunden ferdes», «vise lokale annonser»), segments and campaigns, «target», and apps or content recommended.
 */
const ANALYSIS_WORDS = String.raw`(?<![\p{L}])(?:foreslå|foreslår|anbefale|anbefaler|suggest|suggests|recommend|recommends)\s+(?:\p{L}+\s+){0,3}?(?:abonnement\p{L}*|produkt\p{L}*|tjenest\p{L}*|tenest\p{L}*|app(?:er|ar|s)?|innhold|subscriptions?|plans?|products?|services?|apps?|content)|målrett\p{L}*|(?<![\p{L}])(?:profiler\p{L}*|bruksmønst(?:er|re)\p{L}*|bevegelsesmønst(?:er|re)\p{L}*|targeted|targeting|targets?|profiling|usage patterns?|movement patterns?|segment(?:er|ere|ering|erer|ert)\p{L}*|segments?|segmentation|kampanj\p{L}*|campaigns?)(?![\p{L}])|(?<![\p{L}])(?:tilbud|tilbod|offers?|annonse\p{L}*|reklame\p{L}*|ads|adverts?)\s+(?:\p{L}+\s+){0,1}?(?:tilpass\p{L}*|tailored|personalised|personalized)|(?<![\p{L}])(?:vise|vis|viser|show|display)\s+(?:\p{L}+\s+){0,2}?(?:annonse\p{L}*|reklame\p{L}*|ads|adverts?|advertisements?)(?![\p{L}])`;
/** A subscription offered, read for `traffic-data-consent` only (a grid company's «abonnement på SMS-varsel» is no sale of power). */
const OFFER_SUBSCRIPTION = String.raw`(?<![\p{L}])(?:tilby|tilbyr|tilbys|offer|offers|offering)\s+(?:\p{L}+\s+){0,4}?(?:abonnement\p{L}*|subscriptions?|plans?)(?![\p{L}])`;
const OTHER_USE_WORDS = String.raw`${SELLING.source}|${OFFER_SUBSCRIPTION}|${ANALYSIS_WORDS}`;
const OTHER_USE_ALL = lazyPattern(OTHER_USE_WORDS, 'giu');
const ANALYSIS_ALL = lazyPattern(ANALYSIS_WORDS, 'giu');
/**
 * Words of how the customer uses the service, in a clause with words of sale (P's review): where a purpose lists no data
 * categories of its own, the activity's traffic data are read as its data only when its words of sale name the use
 * («ut fra hvor mye de ringer», «basert på forbruket», «kundenes bevegelser», «based on where customers use their
 * phones»). «Selge abonnement og mobiltelefoner i butikk», «markedsføre egne tjenester til egne kunder på e-post» in an
 * activity that also holds traffic data (5 of 12 lawful wordings fired) say nothing of using them.
 */
const USAGE = lazyPattern(
  String.raw`forbruk\p{L}*|(?<![\p{L}])bruk(?:en|et|a)?(?![\p{L}])|\p{L}*mønst(?:er|re)\p{L}*|trafikk\p{L}*|bevegels\p{L}*|ferdes|reiser|posisjon\p{L}*|lokasjon\p{L}*|lokaliser\p{L}*|(?<![\p{L}])(?:hvor|kvar)\s+(?:kunden|kundane|kundene|de|dei|du|mye|mykje|ofte)|ringer|ringjer|(?:bruker|brukar|bruke|bruka|use|uses)\s+(?:mye|mykje|lite|mest|much|a lot of|little)|ring(?:e|a)mønst\p{L}*|datamengde\p{L}*|basestasjon\p{L}*|(?<![\p{L}])celle\p{L}*|usage|consumption|traffic|locations?|where (?:customers|the customer|they|you)|movements?|how (?:much|often)|calls?(?![\p{L}])|data use|cell(?:s|[- ]?ids?)?(?![\p{L}])`,
  'iu',
);
const SELLING_CLAUSE_ALL = lazyPattern(String.raw`${SELLING.source}|${OFFER_SUBSCRIPTION}`, 'giu');
/** Whether some activity of the registry cites ekomloven §§ 3-10 to 3-14 (a legal basis, a retention or a source). */
function ekomProvider(activities: readonly ResolvedActivity[], ref: ReferenceData): boolean {
  const cites = (l: ResolvedLaw) => lovdataIdOf(l, ref) === EKOMLOVEN && sectionIds(l.section).some((s) => TRAFFIC_SECTION().test(s));
  return activities.some((r) => r.purposes.some((p) => p.legalBasis.some((b) => b.law.some(cites))) || r.retention.some((e) => e.law.some(cites)));
}
/** A purpose that uses the activity's traffic or location data beyond transmission and billing, with no consent. */
function trafficDataOtherUse(r: ResolvedActivity, p: ResolvedPurpose): boolean {
  if (p.legalBasis.some((b) => b.gdpr === 'A6-1-a')) return false;
  const traffic = r.dataCategories
    .filter((c) => c.value.location === true || [c.id, ...textsOf(c.value.name), ...textsOf(c.value.description)].some((t) => TRAFFIC_DATA().test(t)))
    .map((c) => c.id);
  const uses = p.dataCategories === undefined ? traffic.length > 0 : p.dataCategories.some((c) => traffic.includes(c));
  const words = textsOf(p.description);
  if (!uses || words.some((t) => NOT_TRAFFIC().test(t) || ANONYMISED().test(t))) return false;
  if (p.dataCategories !== undefined) return words.some((t) => sellsIn(t, OTHER_USE_ALL(), notOtherUse));
  // The activity's categories: words of sale count only beside words of use (USAGE).
  return words.some(
    (t) => sellsIn(t, ANALYSIS_ALL(), notOtherUse) || sellsIn(t, SELLING_CLAUSE_ALL(), (clause, m) => notOtherUse(clause, m) || !USAGE().test(clause)),
  );
}
/**
 * What the service itself offers, read for `traffic-data-consent` only: an offer at the usage limit, which ekomloven § 4-8
 * has the provider tell the consumer of («informere forbruker før forbrukeren har nådd en fastsatt forbruksgrense, og når
 * tjenesten er brukt opp»), and a suggestion the customer asked for («når kunden ber om det», «at the customer's request»).
 */
const SERVICE_OFFER = lazyPattern(
  String.raw`forbruksgrens\p{L}*|datakvot\p{L}*|(?<![\p{L}])kvot(?:e|en|a)(?![\p{L}])|brukt opp|usage limits?|data (?:cap|allowance|quota)|quota|(?:på|etter) (?:kundens |brukerens )?(?:forespørsel|oppmoding|ønske)|når (?:kunden|brukeren|brukaren|abonnenten) (?:selv |sjølv )?(?:ber om|spør|ønsker|ønskjer|bestiller|bestillar|kjøper|kjøpar)|at (?:the )?(?:customer|user|subscriber)['’]s request|when (?:the )?(?:customer|user|subscriber) (?:asks|orders|buys)`,
  'iu',
);
/**
 * Usage patterns or profiles read for running the network or stopping fraud and misuse («styre trafikken og fordele
 * kapasiteten etter bruksmønsteret i hver celle», «detect SIM-swap fraud from unusual usage patterns»; R1's review,
 * 2026-11-30): the communication purposes of § 3-11 first paragraph, as the rule's fixture already reads «oppdage og stoppe
 * spam og svindelanrop» and «analysere trafikkmønstre … for å planlegge kapasitet». Only the analysis words are left for
 * such a clause; its words of sale or targeting are still read.
 */
const ANALYSIS_WORD = lazyPattern(String.raw`^(?:profiler|bruksmønst(?:er|re)|bevegelsesmønst(?:er|re)|profiling|usage pattern|movement pattern)`, 'iu');
const NETWORK_OR_FRAUD = lazyPattern(
  String.raw`angrep\p{L}*|attack\p{L}*|ddos|skadevare|malware|botnet\p{L}*|dimensjoner\p{L}*|dimension\p{L}*|dekning\p{L}*|coverage|utbygging\p{L}*|rollout|roll-out|network planning|nettplanlegging|svindel\p{L}*|bedrageri\p{L}*|misbruk\p{L}*|spam|fraud\p{L}*|misuse|abuse|trafikkstyring|styre trafikken|kapasitet\p{L}*|capacity|traffic management|nettsikkerhet|network security|feilsøk\p{L}*|troubleshoot\p{L}*`,
  'iu',
);
const notOtherUse = (clause: string, m: RegExpMatchArray): boolean =>
  SERVICE_OFFER().test(clause) || (ANALYSIS_WORD().test(m[0]) && NETWORK_OR_FRAUD().test(clause));
/**
 * What is used is anonymised or aggregated («selge anonymisert statistikk om bevegelser», «aggregated figures»): no traffic
 * data about a user any more (§ 3-11 first paragraph: «slettes eller anonymiseres»; P's review, 2026-12-01).
 */
const ANONYMISED = lazyPattern(String.raw`(?<![\p{L}])(?:anonymi\p{L}*|aggreg\p{L}*|anonymous)(?![\p{L}])`, 'iu');
/** The purpose's words say it uses no traffic or location data («uten bruk av trafikkdata», «without using location data»). */
const NOT_TRAFFIC = lazyPattern(
  String.raw`(?<![\p{L}])(?:uten|utan|without|ingen|inga|ikke|ikkje|not|never|aldri)\s+(?:\p{L}+\s+){0,3}?(?:trafikkdata|lokaliseringsdata|lokasjonsdata|traffic data|location data)`,
  'iu',
);
/**
 * Ekomloven § 4-14 fifth paragraph: «Avgivende tilbyder skal ikke bruke informasjon fra bytteprosessen i egen
 * markedsføring rettet mot sluttbruker», in the switching period and 14 days after (switching internet access); for a
 * number port-out the same ban is ekomforskriften § 4-8 fifth paragraph («Avgivende tilbyder skal ikke bruke
 * porteringsinformasjon …», R2's reading, 2026-11-30), which the message cites beside it. At a provider's registry (as for
 * `traffic-data-consent`), a purpose whose words use a pending switch or port-out (SWITCH_INFO: «kunder som har bestilt
 * bytte til en annen tilbyder», «før byttet er gjennomført», «porteringsordre», «switching request») in one clause with
 * words of sale or of keeping the customer (SELLING, WIN_BACK), not denied, is warned (`switching-marketing`) on any
 * basis: the law forbids the use itself. Read in Lovdata's text (sstraume97/norwegian-laws, 2 July 2026) by H12A,
 * 2026-11-30 (variants-ekom E18).
 */
const SWITCH_INFO = String.raw`bytteprosess\p{L}*|byttebestilling\p{L}*|porteringsordre\p{L}*|porteringsforespørsel\p{L}*|porteringsbestilling\p{L}*|(?:bestilt|bestiller|bestilte|ordered|requested|order|request)\s+(?:\p{L}+\s+){0,3}?(?:bytte|portering|switch\p{L}*|porting)\s+(?:\p{L}+\s+){0,2}?(?:til|to)\s+(?:\p{L}+\s+){0,1}?(?:annen|annan|anna|ny|another|a new|other)|(?:før|under|mens)\s+(?:byttet|porteringen|bytteperioden)|(?:before|during)\s+the\s+(?:switch|porting|switching period)|switching (?:requests?|orders?|process)|port(?:ing)?[- ]out (?:requests?|orders?)`;
/**
 * Words of keeping the customer: an offer, winning them back, keeping or retaining the customer (the customer the object:
 * not «retain switching requests», «beholde porteringsordren», «keep the customer informed»; P's false-alarm review,
 * 2026-12-01).
 */
const WIN_BACK = String.raw`(?<![\p{L}])(?:tilbud|tilbod|offers?|vinne\s+(?:\p{L}+\s+){0,2}?tilbake|bedre tilbud|betre tilbod|motbud|win\s+(?:\p{L}+\s+){0,2}?back|better offer|counter-?offer|(?:tilby|tilbyr|tilbys|offer|offers|offering)\s+(?:\p{L}+\s+){0,3}?(?:rabatt\p{L}*|discount\p{L}*|abonnement\p{L}*|subscriptions?|plans?|pris\p{L}*|prices?|deals?)|(?:beholde|behalde|retain|keep)\s+(?:the\s+)?(?:kunden|kundane|kundene|kunder|kundar|customers?|them|dei|dem|abonnent\p{L}*|subscribers?)(?!\s+(?:informert|orientert|oppdatert|informed|updated|posted)))`;
const SWITCH_SELLING_ALL = lazyPattern(String.raw`(?:${SELLING.source}|${WIN_BACK})`, 'giu');
/**
 * What the words sell or offer is a service around the switch, not a sale (P's review): an offer of help, a copy, the final
 * invoice, returning the equipment («gje kunden tilbod om å få sluttfakturaen på e-post», «sende tilbud om retur av
 * utstyr», «offer the customer help to move their e-mail address», «offer the customer a copy of the final invoice»),
 * read in the five words after the offer; and complaints about sales («behandle klager på salg»).
 */
const SERVICE_OBJECT = lazyPattern(
  String.raw`^(?:\s+\p{L}+){0,4}?\s+(?:hjelp\p{L}*|help|kopi\p{L}*|cop(?:y|ies)|sluttfaktura\p{L}*|final invoices?|retur\p{L}*|return\p{L}*|tilbakelever\p{L}*)(?![\p{L}])`,
  'iu',
);
const COMPLAINT_BEFORE = lazyPattern(String.raw`(?:klage\p{L}*|klaga\p{L}*|complaints?)\s+(?:på|om|over|about|on|over)\s+(?:\p{L}+\s+)?$`, 'iu');
const SWITCH = lazyPattern(SWITCH_INFO, 'iu');
/** An offer or marketing denied by its determiner («gir ingen tilbud», «no offers», «uten markedsføring»). */
const NO_OFFER = lazyPattern(
  String.raw`(?<![\p{L}])(?:ingen|inga|intet|no|without|uten|utan)\s+(?:\p{L}+\s+){0,1}?(?:tilbud|tilbod|offers?|markedsf\p{L}*|marknadsf\p{L}*|marketing|salg|sales)`,
  'iu',
);
/** Whether a clause uses switching information for marketing or keeping the customer, not denied. */
const marketsOnSwitch = (text: string): boolean =>
  text
    .split(CLAUSE_END)
    .some(
      (c) =>
        SWITCH().test(c) &&
        !NEGATION.test(c) &&
        !NO_OFFER().test(c) &&
        [...c.matchAll(SWITCH_SELLING_ALL())].some(
          (m) => !SERVICE_OBJECT().test(c.slice(m.index + m[0].length)) && !COMPLAINT_BEFORE().test(c.slice(0, m.index)),
        ),
    );
export default defineRule(
  {
    id: 'legal-basis-per-purpose',
    severity: 'error',
    citation: 'GDPR Art. 6(1); 13(1)(c); 14(1)(c)',
    messages: [
      'missing',
      'only-other',
      'journalism-commercial',
      'journalism-unshown',
      'aml-commercial',
      'debt-register-commercial',
      'grid-neutrality',
      'traffic-data-consent',
      'switching-marketing',
    ],
  },
  (ctx, report) => {
    const provider = ekomProvider(ctx.activities, ctx.reference);
    for (const r of ctx.activities) {
      if (provider)
        r.purposes.forEach((p, i) => {
          if (trafficDataOtherUse(r, p))
            report.activity(r, join('/purposes', i, 'description'), 'traffic-data-consent', { purpose: p.id }, { severity: 'warning' });
          if (textsOf(p.description).some(marketsOnSwitch))
            report.activity(r, join('/purposes', i, 'description'), 'switching-marketing', { purpose: p.id }, { severity: 'warning' });
        });
      const obtains = obtainsUnder(ctx.registry, r, ctx.reference);
      for (const { lovdataId, message, sourceOnly } of PURPOSE_BOUND) {
        if (!obtains(lovdataId, sourceOnly)) continue;
        r.purposes.forEach((p, i) => {
          if (!purposeCites(p, lovdataId, ctx.reference) && textsOf(p.description).some((t) => sellsIn(t, SELLING_ALL())))
            report.activity(r, join('/purposes', i, 'description'), message, { purpose: p.id }, { severity: 'warning' });
        });
      }
      if (obtains(AVREGNING, false) && r.purposes.some((p) => p.legalBasis.some((b) => b.law.some((l) => gridDuty(l, ctx.reference)))))
        r.purposes.forEach((p, i) => {
          if (textsOf(p.description).some((t) => sellsIn(t, SELLING_ALL(), notGridSelling) || sellsIn(t, POWER_CONTRACT_ALL(), notGridSelling)))
            report.activity(r, join('/purposes', i, 'description'), 'grid-neutrality', { purpose: p.id }, { severity: 'warning' });
        });
      r.purposes.forEach((p, i) => {
        if (claimsExpression(p, ctx.reference) && !expressionExempt(p, ctx.reference))
          report.activity(
            r,
            join('/purposes', i, 'legalBasis'),
            commercialWords(p) ? 'journalism-commercial' : 'journalism-unshown',
            { purpose: p.id },
            {
              severity: 'warning',
              target: 'key',
            },
          );
        if (p.legalBasis.some((b) => isArt6(b.gdpr))) return;
        const others = p.legalBasis.map((b) => b.gdpr);
        if (others.length > 0) report.activity(r, join('/purposes', i, 'legalBasis'), 'only-other', { purpose: p.id, codes: others });
        else report.activity(r, join('/purposes', i), 'missing', { purpose: p.id });
      });
    }
  },
);
