import { ELECTRONIC_MEANS, marketingSaid, NEGATION, PART_END, STOP, textsOf } from '../check/facts.js';
import { isArt6, type ResolvedPurpose } from '../model/resolve.js';
import type { DataSubject } from '../model/types.js';
import { defineRule } from '../check/rule.js';
import { byText, memo } from '../util/memo.js';
import { join } from '../util/pointer.js';
import { SEND_PERSON_OFFER } from '../check/lexicon-consent.js';
import { TAILORS_OFFERS } from '../check/lexicon-words.js';
import { lazyPattern } from '../util/lazy-pattern.js';
import { prefilter } from '../util/prefilter.js';

/**
 * Art. 6(1)(b) covers processing that is objectively necessary to perform a contract with the person, not what
 * is merely useful to the controller's other business: EDPB Guidelines 2/2019, para. 25 («Article 6(1)(b) will not
 * cover processing which is useful but not objectively necessary for performing the contractual service … even if
 * it is necessary for the controller's other business purposes»), and section 3.3 (online behavioural advertising).
 * A purpose whose only Art. 6 basis is the contract and whose words say it discloses data to partners or other
 * companies for their offers (shares, discloses or gives it to them), sends the person partners' offers or discounts
 * (e-mail, SMS), serves marketing or advertising («markedsføring», «marknadsføre»), offers picked for the person
 * («personlige tilbud») or e-mail or SMS about the controller's own similar goods, gets a warning: such processing needs its own basis (consent,
 * and for electronic marketing markedsføringsloven § 15). A purpose on the contract alone that serves fraud prevention
 * («avdekke forsikringssvindel», «fraud checks») gets its own warning: EDPB Guidelines 2/2019 section 3.2; rec. 47 makes
 * it a legitimate interest. A purpose on the contract alone that keeps applications for later or other vacancies (a talent
 * bank) gets a third warning. Recognised by the purpose's words (nb, nn, en).
 *
 * A purpose on the contract alone that improves or develops the service, analyses how customers use it or travel, or
 * plans the offer from it (route and capacity planning), gets a fourth warning, `service-improvement`: EDPB Guidelines
 * 2/2019 section 3.1 («Processing for 'service improvement'»): collecting usage data or patterns «in most cases» cannot
 * be regarded as necessary to provide the service, which could be delivered without it; it needs its own basis (usually
 * legitimate interests, or anonymised data).
 *
 * A purpose on the contract alone that the record marks `directMarketing: true` is `not-necessary` by that fact alone
 * (W4, session 45): direct marketing is the controller's own interest, not the contract's performance.
 */
const SHARE = lazyPattern(
  String.raw`\b(dele|deler|delar|deles|utlevere|utleverer|utleveres|utlevera|overføre|overfører|gi videre|gir videre|gi vidare|gje vidare|gjev vidare|selge|selger|sel|share|shares|shared|disclose|discloses|sell|sells|pass on)\b`,
  'i',
);
/**
 * Giving data to someone («gi kontaktopplysningene dine til samarbeidspartneren vår», «give your details to our partners»):
 * a disclosure like «dele» or «utlevere», when the same clause names another company and its offers. «Gi» alone is
 * no disclosure («gi deg tilbud» is the controller's own offer); the receiver, another company, is named right after
 * «til»/«to». Giving the person access to benefits at partners («gi deg tilgang til medlemsfordeler og tilbud hos våre
 * samarbeidspartnere», «give you access to member offers from our partners») gives the partner nothing: the member
 * benefits the membership promises are the contract's own performance.
 */
const GIVE_TO = lazyPattern(
  String.raw`(?<![\p{L}])(?:gi|gir|gis|gitt|gje|gjev|gjeve|give|gives|given|provide|provides|provided|hand|hands|handed|pass|passes|passed|sende|sender|sendes|sendt|oversende|oversender|videresende|videresender|vidaresende|send|sends|forward|forwards)(?![\p{L}])[^.;:!?]*?(?<![\p{L}])(?:til|to)\s+(?:\p{L}+\s+){0,2}?(?:samarbeid\p{L}*|\p{L}*partner\p{L}*|sponsor\p{L}*|tredjepart\p{L}*|insurers?|forsikringsselskap\p{L}*|andre (?:selskap|verksemder|virksomheter)|konsernselskap\p{L}*|søsterselskap\p{L}*|datterselskap\p{L}*|third part\p{L}*|other companies|affiliates|group compan\p{L}*|\p{L}+\s+(?:vi|me|we)\s+(?:samarbeider|samarbeidar|work|works|cooperate|partner)\s+(?:med|with)(?![\p{L}]))|(?<![\p{L}])(?:gi|gir|gje|gjev|give|gives|send|sende|sender)\s+(?:\p{L}+\s+){0,1}?(?:samarbeid\p{L}*|\p{L}*partner(?:e|en|ne|ar|ane|s)?|sponsor(?:en|ene|ane|ar|er|s)?)\s+(?:våre\s+|vår\s+|vårt\s+|our\s+)?(?:\p{L}+\s+){0,1}?(?:\p{L}*list\p{L}*|\p{L}*opplysning\p{L}*|\p{L}*data|details|lists?|names|navn|namn|kontakt\p{L}*|contact\p{L}*|e-?post\p{L}*|e-?mail\p{L}*)(?![\p{L}])`,
  'iu',
);
const OTHERS = lazyPattern(
  String.raw`samarbeid|partner|sponsor|tredjepart|\binsurers?\b|forsikringsselskap|forsikringsgi[vj]|insurance compan|andre selskap|andre verksemder|andre virksomheter|konsernselskap|søsterselskap|datterselskap|sister compan|subsidiar|parent compan|morselskap|third part|other companies|affiliates|group compan|allian[sc]|other (?:member )?organi[sz]ations|other charities|andre (?:medlems)?organisasjon`,
  'i',
);
/**
 * Fraud prevention: EDPB Guidelines 2/2019 section 3.2 (processing for fraud prevention generally goes beyond what is
 * objectively necessary for the contract); rec. 47 names it a legitimate interest. «Svik» as a word or the end of a
 * compound («forsikringssvik»), not «svikt» (a failure).
 */
const FRAUD = lazyPattern(String.raw`svindel|(?<![\p{L}])(?:\p{L}*s)?svik(?![\p{L}])|bedrageri|(?<![\p{L}])fraud`, 'iu');
/**
 * Offers picked for the person from what is known about them («personlige tilbud», «tilpassede rabatter», «personalised
 * offers»; the noun first: PERSONAL_OFFERS_AFTER): targeted marketing built on profiling, which EDPB Guidelines 2/2019
 * section 3.3 finds not necessary for a
 * contract, and which Datatilsynet («Kundeklubber og personvern») says a customer club needs the member's
 * consent for (analysis of purchase patterns goes beyond what the loyalty benefit strictly needs).
 */
const PERSONAL_OFFERS = lazyPattern(
  String.raw`(?<![\p{L}])(?:personlige|personlege|personaliserte|tilpassede|tilpassa|tilpasset|skreddersydde|individuelle|målrettede|målretta)\s+(?:tilbud|tilbod|rabatter|rabattar|annonser|kampanjer|kampanjar)(?![\p{L}])|(?<![\p{L}])(?:personali[sz]ed|tailored|targeted|individual)\s+(?:offers|discounts|ads|advertising|campaigns)(?![\p{L}])`,
  'iu',
);
/**
 * The same with the noun first (offers, ads or campaigns, not discounts, which may be a level's benefit): «offers tailored
 * to the member's interests», «tilbud som er tilpasset deg» (B2, variants-hotell HO10, 2026-12-01). An offer the person
 * asked for («tilbud tilpasset behovet du har bedt om», RENEWAL) is not read.
 */
const PERSONAL_OFFERS_AFTER = lazyPattern(
  String.raw`(?<![\p{L}])(?:tilbud|tilbod|annonser|kampanjer|kampanjar|offers|ads|campaigns)\s+(?:som\s+er\s+|that\s+are\s+)?(?:personali[sz]ed|tailored|targeted|adapted|matched|tilpasset|tilpassa|tilpassede|skreddersydd\p{L}*|målrettet|målretta)(?![\p{L}])`,
  'iu',
);
/**
 * An offer with the noun first is targeted marketing only where it is fitted to what is known of the person's behaviour
 * (interests, purchases, stays, what they looked at, segments) or to the person alone («tilbud som er tilpasset deg»,
 * «offers tailored to them»). Fitted to the pupil's level, the member's goals, an application, the programme, the
 * occupational group or the contract («tilbud tilpasset nivået», «loan offers tailored to the income stated in the
 * application», «tilbod som er tilpassa yrkesgruppa») it is the service itself (P's review, 2026-12-01: 8 of 9 such
 * lawful purposes of other bodies fired).
 */
const PROFILED = lazyPattern(
  String.raw`(?<![\p{L}])(?:interess\p{L}*|interests?|kjøps\p{L}*|kjøpt\p{L}*|purchas\p{L}*|bought|handle\p{L}*|shopping\p{L}*|behaviou?r\p{L}*|atferd\p{L}*|åtferd\p{L}*|adferd\p{L}*|preferan\p{L}*|preferenc\p{L}*|brows\p{L}*|klikk\p{L}*|clicks?|engagement|bruksmønster\p{L}*|historikk\p{L}*|history|profil\p{L}*|opphold\p{L}*|stays|segment\p{L}*|sett\s+på|viewed|looked\s+at)(?![\p{L}])`,
  'iu',
);
const PERSON_ALONE = lazyPattern(
  String.raw`^\s*(?:(?:to|til|for|mot|at)\s+)?(?:deg|dykk|dere|dykkar|dem|you|them|(?:the\s+|each\s+)?(?:members?|customers?|guests?|users?)|kunden|kundene|kundane|medlemmet|medlemmene|medlemene|gjesten|gjestene|brukeren|brukaren)?\s*[.!]?\s*$`,
  'iu',
);
const profiledOffer = (c: string): boolean => {
  const m = PERSONAL_OFFERS_AFTER().exec(c);
  return m !== null && (PROFILED().test(c) || PERSON_ALONE().test(c.slice(m.index + m[0].length)));
};
/**
 * Messages about the controller's own goods like those bought, by e-mail or SMS («e-post om våre egne varer som ligner på
 * det de har kjøpt», «e-mail about similar products»): the electronic marketing markedsføringsloven § 15 third paragraph
 * allows to existing customers («egne varer … tilsvarende dem som kundeforholdet bygger på»), which is marketing, not the
 * performance of the sale. Games, tickets and subscriptions are such goods too («e-post om egne, tilsvarende spill»:
 * variants-spill SP48, B4 2026-12-01).
 */
const SIMILAR_GOODS = lazyPattern(
  String.raw`(?<![\p{L}])(?:varer|vare|varene|produkter|produkt|produkta|tjenester|tenester|products|services|spill|spel|games)\s+(?:\p{L}+\s+){0,2}?(?:som\s+ligner|som\s+liknar|som\s+likner|tilsvarende|tilsvarande|lignende|liknande|similar)(?![\p{L}])|(?<![\p{L}])(?:tilsvarende|tilsvarande|lignende|liknande|similar)\s+(?:\p{L}+\s+){0,1}?(?:varer|produkter|tjenester|tenester|products|services|spill|spel|games|abonnement\p{L}*|billett\p{L}*|tickets|subscriptions)(?![\p{L}])`,
  'iu',
);
/**
 * The message is about the similar goods («e-post om egne, tilsvarende spill», «e-mail about similar products», «tilbud på
 * lignende varer»), not a receipt, a notice to holders or a waiting list for them («kvittering … for tilsvarande spel kjøpt
 * i butikk», «notify holders of similar tickets when a route is cancelled», «når tilsvarande billettar blir ledige»: P's
 * lawful-wording review, session 14, 3 of 11 fired).
 */
const ABOUT_SIMILAR_GOODS = lazyPattern(
  String.raw`(?<![\p{L}])(?:om|about|featuring|tilbud\p{L}*|tilbod\p{L}*|offers?|reklame\p{L}*|advertis\p{L}*|promot\p{L}*|market\p{L}*|nyheter|nyheiter|news|(?:e-?post\p{L}*|e-?mails?|sms|meldinger|meldingar|messages?)\s+med)\s+(?:(?:on|of|på|for)\s+)?(?:[\p{L}-]+,?\s+){0,3}?(?:${SIMILAR_GOODS.source})`,
  'iu',
);
/**
 * The controller's own sales offers sent to the person («tilbud på Strandpostens egne abonnementer per e-post og
 * telefon», «tilbud om abonnement på e-post», «offers of our products by e-mail»): an offer to buy more, by e-mail, SMS
 * or phone, is marketing, not the performance of the contract the person has (EDPB Guidelines 2/2019 section 3.3), and
 * a former customer or a contestant has none. An offer of a valuation of the person's home («tilbud om gratis
 * verdivurdering på e-post») is an estate agent's sales offer. Renewing what the person already has («fornyelse av abonnementet») is
 * not read.
 */
const OWN_SALES_OFFER = lazyPattern(
  String.raw`(?<![\p{L}])(?:tilbud|tilbod|offers?)\s+(?:om|på|til|of|on|for)\s+(?:\p{L}+\s+){0,4}?(?:abonnement\p{L}*|\p{L}*produkt\p{L}*|varer|kjøp|salg|sal|medlemskap\p{L}*|oppgradering\p{L}*|verdivurdering\p{L}*|subscriptions?|products?|upgrades?|memberships?|valuations?|sale|selling)(?![\p{L}])|(?<![\p{L}])(?:tilby|tilbyr|tilbys|offer|offers|offering)\s+(?:\p{L}+\s+){0,6}?(?:et\s+|eit\s+|an?\s+)?(?:abonnement\p{L}*|medlemskap\p{L}*|oppgradering\p{L}*|subscriptions?|memberships?|upgrades?)(?![\p{L}])`,
  'iu',
);
/**
 * Offers of the controller's other or new services sent to the person («send customers offers on our cleaning and companion
 * services», «sende tilbud om nye tjenester og kurs til tidligere oppdragsgivere», «tilbod om andre tenester»:
 * variants-bpa BP24, variants-ika IK32; W14, session 24): an offer to buy more than the contract the person has is
 * marketing, not its performance (EDPB Guidelines 2/2019 section 3.3). Read with the person as receiver, not where the
 * services are included, asked for, bought, a right under the contract or a substitute, nor where the offers go only on
 * consent or elsewhere (OFFERS_ELSEWHERE), nor in a negated clause.
 */
const OWN_SERVICES_OFFER = lazyPattern(
  String.raw`(?<![\p{L}])(?:tilbud|tilbod|offers?)\s+(?:om|på|of|on|for)\s+(?:våre|vårt|vår|our|andre|other|nye|new|flere|fleire|more|additional|further|ekstra|extra)\s+(?:[\p{L}-]+,?\s+){0,3}?(?:tjenester|tenester|tjenestene|tenestene|services)(?![\p{L}])`,
  'iu',
);
/** OWN_SERVICES_OFFER's own words (util/prefilter.ts): a purpose without them is not read by it. */
const mayOfferOwnServices = prefilter(OWN_SERVICES_OFFER);
/**
 * Renewing what the person has, or an offer they asked for («tilbud på produktet du har bedt om», «a quote you
 * requested»: steps at the person's request prior to entering into a contract, Art. 6(1)(b)): not marketing.
 */
const RENEWAL = lazyPattern(
  String.raw`fornye\p{L}*|fornying\p{L}*|forlenge\p{L}*|renew\p{L}*|extend\p{L}*|bedt om|bede om|be om|(?<![\p{L}])(?:ber|bad) om(?![\p{L}])|etterspurt|etterspør\p{L}*|forespurt|forespør\p{L}*|(?<![\p{L}])(?:requested|asked for|ask for|request)(?![\p{L}])`,
  'iu',
);
/**
 * What is not marketing though its words look like an offer (H12V false-alarm review):
 * - a quote the person asked for: «når du ber om pris», «etter befaringen du har bestilt», «when you ask for a quote»
 *   (steps at the person's request prior to entering into a contract, Art. 6(1)(b));
 * - an offer to use a right the contract gives: «tilbud om å fryse medlemskapet ved sykdom», «offer to pause the
 *   subscription» (managing the contract the person has);
 * - goods in place of what the person ordered: «Dersom en vare er utsolgt, … foreslår tilsvarende varer i stedet»
 *   (performing the order, not selling more);
 * - a service the person has bought, called «tilbud» in Norwegian: «individuelle tilbud om oppfølging som medlemmet har
 *   kjøpt».
 */
const AT_REQUEST = lazyPattern(
  String.raw`(?<![\p{L}])(?:ber|ba|bad|spør|spurte)\s+(?:oss\s+)?om\s+(?:\p{L}+\s+){0,1}?(?:pris\p{L}*|tilbud\p{L}*|tilbod\p{L}*|kostnadsoverslag\p{L}*)|(?<![\p{L}])(?:befaring\p{L}*|synfaring\p{L}*|prisforespørsel\p{L}*|pristilbud\p{L}*)|ask(?:s|ed)?\s+(?:us\s+)?for\s+(?:a\s+)?(?:price|quote|quotation)|site visit`,
  'iu',
);
const CONTRACT_RIGHT = lazyPattern(
  String.raw`(?<![\p{L}])(?:å|to)\s+(?:fryse|frysa|pause|pausa|stanse|stansa|avslutte|avslutta|si opp|seie opp|flytte|flytta|overføre|overføra|utsette|utsetja|freeze|suspend|cancel|terminate|transfer)(?![\p{L}])`,
  'iu',
);
const SUBSTITUTE = lazyPattern(
  String.raw`utsolgt|utselt|ikke på lager|ikkje på lager|restordre|ikke tilgjengelig|ikkje tilgjengeleg|out of stock|unavailable`,
  'iu',
);
const BOUGHT_SERVICE = lazyPattern(
  String.raw`(?<![\p{L}])(?:tilbud|tilbod)\s+(?:\p{L}+\s+){0,3}?som\s+(?:\p{L}+\s+){0,2}?(?:har|hadde)\s+(?:kjøpt|betalt for|bestilt|tinga)(?![\p{L}])|(?:offers?|services?)\s+(?:\p{L}+\s+){0,4}?(?:(?:that|which)\s+)?(?:\p{L}+'?s?\s+){0,2}?(?:has|have|had)\s+(?:bought|purchased|paid for|ordered)(?![\p{L}])`,
  'iu',
);
/**
 * Asking the person for (new) gifts («be gjevarane om nye gåver», «førespurnader om nye gåver», «anmodning om gaver»,
 * «ask donors for further donations», «fundraising appeals»): soliciting support is marketing, not the performance of
 * a gift already given. markedsføringsloven § 16 a applies the rules for telephone and addressed-post marketing to
 * voluntary organisations' fundraising («innsamlinger»), and §§ 12, 13 speak of a «kunde- eller giverforhold»; Art.
 * 6(1)(b) covers only what is objectively necessary for the contract (EDPB Guidelines 2/2019, para. 25). Receiving or
 * acknowledging a gift («ta imot og kvittere for gåver») is not read: only a request or appeal for gifts.
 */
const FUNDRAISING = lazyPattern(
  String.raw`(?<![\p{L}])(?:be|ber|bede|bad|spørje|spørre|spør)\s+(?:\p{L}+\s+){0,2}?om\s+(?:nye\s+|fleire\s+|flere\s+|meir\s+|mer\s+|fleire\s+)?(?:(?:penge)?gåv(?:e|a|er|ene|ane)|(?:penge)?gav(?:e|en|er|ene)|økonomiske?\s+bidrag|pengebidrag)(?![\p{L}])|(?<![\p{L}])(?:førespurnad\p{L}*|forespørs\p{L}*|anmodning\p{L}*|oppmoding\p{L}*|oppfordring\p{L}*)\s+om\s+(?:å\s+gi\s+|å\s+gje\s+)?(?:nye\s+|fleire\s+|flere\s+|meir\s+|mer\s+)?(?:(?:penge)?gåv(?:e|a|er|ene|ane)|(?:penge)?gav(?:e|en|er|ene)|økonomiske?\s+bidrag|pengebidrag|økonomisk\s+støtte)(?![\p{L}])|(?<![\p{L}])innsamlingsaksjon\p{L}*|(?<![\p{L}])(?:ask|asks|asking|request|requests|requesting|appeal|appeals|solicit\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:for\s+)?(?:new\s+|further\s+|more\s+)?(?:donations?|gifts?)(?![\p{L}])|(?<![\p{L}])fundrais\p{L}*`,
  'iu',
);
/**
 * Asking those who gave before to give again («be dem som har gitt penger før om å gi igjen», «ask previous donors to
 * donate again»: variants-paraphrase PA18, parti P26 in other words; M, session 15): an appeal for a new gift as
 * FUNDRAISING is, read only where the clause also names a gift or the giving («gitt penger», «givere», «donors»), as «gi
 * igjen» alone is also to give something back («be låneren om å gi igjen boka»).
 */
const GIVE_AGAIN = lazyPattern(
  String.raw`(?<![\p{L}])(?:be|ber|bede|bad|spørje|spørre|spør|oppfordre|oppmode)\s+(?:\p{L}+\s+){0,6}?om\s+å\s+(?:gi|gje|donere|bidra|støtte)\s+(?:igjen|att|på nytt)(?![\p{L}])|(?<![\p{L}])(?:ask|asks|asking|invite|invites|inviting)\s+(?:\p{L}+\s+){0,6}?to\s+(?:give|donate|contribute)\s+again(?![\p{L}])`,
  'iu',
);
const GIVING = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:har|hadde|have|has|had)\s+(?:gitt|gjeve|gjevi|donert|donated|given|støttet|støtta)|\p{L}*giver\p{L}*|\p{L}*givar\p{L}*|\p{L}*gjevar\p{L}*|donor\p{L}*|donasjon\p{L}*|donation\p{L}*|innsamling\p{L}*|gave|gåve|gaver|gåver|gift|gifts|penger|pengar|money)(?![\p{L}])`,
  'iu',
);
const givesAgain = (c: string): boolean => GIVE_AGAIN().test(c) && GIVING().test(c);
/** Phone calls beside e-mail and SMS (markedsføringsloven §§ 12–15). */
const PHONE = lazyPattern(String.raw`telefon\p{L}*|(?<![\p{L}])(?:ringe|ring|phone|call)(?![\p{L}])`, 'iu');
/**
 * Following the person up or contacting them («følge opp visningsdeltakerne med tilbud om verdivurdering», «contact the
 * owner with offers»): an approach like a call or an e-mail, whatever the channel (variants-megler EM01, EM68).
 */
const FOLLOW_UP = lazyPattern(
  String.raw`(?<![\p{L}])(?:følge|følgje|følger|følgjer|følges|følgjast)\s+(?:\p{L}+\s+){0,3}?opp(?![\p{L}])|(?<![\p{L}])(?:kontakte|kontakter|kontaktes|kontakta)(?![\p{L}])|(?<![\p{L}])(?:follow(?:s|ing)?|followed)\s+(?:\p{L}+\s+){0,3}?up(?![\p{L}])|(?<![\p{L}])(?:contact|contacts|contacting|approach|approaches)\s+(?:the\s+|our\s+|former\s+)?(?:owner|owners|customer|customers|viewer|viewers|attendees|person|people|them|you)(?![\p{L}])`,
  'iu',
);
/** «… og deretter …», «and then»: a later, separate act in the same sentence. */
const THEN = lazyPattern(String.raw`,?\s+(?:og|and)\s+(?:deretter|derefter|etterpå|seinare|senere|then|afterwards|thereafter)(?![\p{L}])`, 'iu');
/**
 * Offers: disclosure to partners is necessary where the contract needs it (a carrier delivering the parcel); for their
 * offers it is not. «Tilbud» («gi deg tilbud»), not «tilbudet» (the package the customer bought, delivered by a partner hotel).
 * Partners that offer the people discounts or member benefits («gje namn og e-postadresse til samarbeidspartnarar som
 * tilbyr dei tilsette rabattar og medlemstilbod»: variants-fiskeri FI28; «partners who offer our members discounts»; F,
 * session 17): the partner's own offer, whatever it is called; not a discount the contract's terms give («rabatt på
 * egenandelen etter vilkårene»); a discount sent to the person is read below (DISCOUNTS). «Offers» as the noun, not the verb after
 * «which», «that», «who» («our partner, which offers you the discount under the terms of your package»: the verb's own
 * objects are read above; N2, session 17).
 */
const OFFERS = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:som|who|that|which)\s+(?:\p{L}+\s+){0,1}?(?:tilbyr|tilbyd|offers?)\s+(?:\p{L}+\s+){0,3}?(?:rabatt\p{L}*|discounts?|medlemsfordel\p{L}*|member\s+(?:offers|deals|benefits))(?![^.;:!?]{0,40}?(?:egenandel|eigendel|vilkår|avtalen|avtala|terms|policy|excess|deductible))|medlemstilbod\p{L}*|medlemstilbud\p{L}*|tilbud|tilbod|tilboda|tilbudene|velkomsttilbud\p{L}*|velkomsttilbod\p{L}*|velkomstpakk\p{L}*|(?:lån|låne|kreditt|forsikrings|spare|sparings|abonnements|salgs|sals|rabatt|produkt|kampanje|finansierings)(?:tilbud|tilbod)(?:a|ene)?)(?![\p{L}])|(?<![\p{L}])(?:(?:kan|can|could|may|skal|will)\s+(?:\p{L}+\s+){0,2}?(?:tilby|offer)|(?:som|who|that|which)\s+(?:\p{L}+\s+){0,1}?(?:tilbyr|offers))\s+(?:\p{L}+\s+){0,8}?(?:\p{L}*forsikring\p{L}*|\p{L}*lån|lån(?:et|a|ene|ane)?|kreditt\p{L}*|\p{L}*kort|abonnement\p{L}*|\p{L}*produkt\p{L}*|spare\p{L}*|insurance|loans?|credit|credit cards?|subscriptions?|products?|savings|(?:gunstig\p{L}*|good|better|favourable|cheap\p{L}*|billig\p{L}*)\s+(?:avtal\p{L}*|deals?|prices?|prisar|priser)(?![^.;:!?]{0,40}?(?:vilkår|avtalen|avtala|terms|agreement|booking|bestilling)))(?![\p{L}])|(?<![\p{L}])(?:kan|can|could|may|skal|will)\s+(?:\p{L}+\s+){0,2}?(?:tilby|offer)\s+(?:\p{L}+\s+){0,4}?\p{L}*(?:kraft|strøm|power|electricity|energy|mobil|mobile|broadband|breiband|bredbånd)\s*(?:avtal\p{L}*|kontrakt\p{L}*|contracts?|deals?)(?![\p{L}])|kampanje|nyhetsbrev|(?=offers)(?<!(?:which|that|who)\s+(?:also\s+)?)\boffers\b|welcome (?:offers?|packs?|packages?)|campaign|newsletter|(?:fundraising|donation|own)\s+appeals?|appeals?\s+for\s+(?:gifts|donations|support|money|funds)|giveraksjon\p{L}*|tiggerbrev\p{L}*`,
  'iu',
);
/**
 * Sending to the person: partners' offers sent to them (a verb with the person as receiver, a newsletter, or e-mail/SMS)
 * are marketing, shared or not. Sending something to the partner («sende skademeldingen til samarbeidende verksted»)
 * is not sending the person offers. The receiver definite or not: «sende medlemmer som har samtykket, tilbud fra
 * forbundets samarbeidspartnere» (H12D, variants-idrett ID39) sends as «sende medlemmene» does.
 */
// Keeping the person updated or informed («halde kundane oppdaterte med tilbod på nye sikringsprodukt», «keep customers
// informed of offers») is an approach to the person too; an offer of a compound product («sikringsprodukt», «alarmprodukta»)
// is an offer of products (B1, variants-vakt VK39, 2026-12-01).
const TO_PERSON = lazyPattern(
  String.raw`(?<![\p{L}])(?:sende|sender|sendes|send|sends)\s+(?:deg|dykk|dere|you|kunden|kundane|kundene|kunder|kundar|medlemmene|medlemmane|medlemmer|medlemar|members|customers)(?![\p{L}])|nyhetsbrev|newsletter|(?<![\p{L}])(?:halde|holde|holda|held|holder)\s+(?:\p{L}+\s+){0,1}?(?:oppdatert\p{L}*|orientert\p{L}*)(?![\p{L}])|(?<![\p{L}])keep(?:s|ing)?\s+(?:\p{L}+\s+){0,1}?(?:updated|informed|posted)(?![\p{L}])|(?<![\p{L}])(?:sende|sender|sendes|sendast|send|sends|sending)(?![\p{L}])[^.;:!?]{0,80}?(?<![\p{L}])(?:til|to)\s+(?:(?:alle|all|våre|vår|our|tidligere|tidlegare|former|past|previous|eksisterende|existing|nåværende|noverande|current)\s+){1,2}(?:kund(?:e|en|er|ene|ar|ane)|oppdragsgiv(?:er|ere|erne)|oppdragsgjev(?:ar|arar|arane)|customers?|clients?)(?![\p{L}])|${SEND_PERSON_OFFER}`,
  'iu',
);
/**
 * Sending to the people the activity serves, named by a pronoun or as users, clients, patients, workers or participants
 * («send them offers of our courses and health products», «sende brukarane tilbod om …»: variants-bht BT16; W1, session
 * 18). Read only with OWN_SALES_OFFER (an offer to buy the controller's products, subscriptions or memberships), never
 * with news or offers alone: sending them what the contract delivers is not marketing.
 */
const SEND_TO_SERVED = lazyPattern(
  String.raw`(?<![\p{L}])(?:sende|sender|sendes|send|sends|sending)\s+(?:them|users|clients|patients|workers|employees|participants|dem|deim|brukerne|brukarane|brukere|brukarar|klientene|klientane|pasientene|pasientane|deltakerne|deltakarane|arbeidstakerne|arbeidstakarane|de\s+ansatte|dei\s+tilsette)(?![\p{L}])`,
  'iu',
);
/** E-mail, SMS and other electronic means of individual communication (facts' ELECTRONIC_MEANS, markedsføringsloven § 15). */
const CHANNEL = ELECTRONIC_MEANS;
/**
 * An offer of the service the contract delivers («tilbud om time hos en samarbeidende behandler» under a treatment
 * insurance, «tilbod om reparasjon hos samarbeidande verkstad» after a claim): not an offer to buy something.
 */
const SERVICE_OFFER = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:tilbud|tilbod)\s+om|tilbyr|tilby|offers?)\s+(?:\p{L}+\s+){0,2}?(?:behandling\p{L}*|time|timeavtale|undersøkelse|undersøking|utredning|operasjon|erstatning\p{L}*|oppgjør|reparasjon|leiebil|oppfølging|rehabilitering|repairs?|treatment|appointments?|replacement cars?|courtesy cars?)(?![\p{L}])`,
  'giu',
);
/** One clause of a description: a discount in one clause and an e-mailed member card in the next are two things. */
const CLAUSES = STOP;
/** «Rabatt» only sent to the person: a member discount at partners, or at the workshop the customer chose, may be what the contract gives. */
const DISCOUNTS = lazyPattern(String.raw`rabatt|discount`, 'i');
/**
 * A talent bank: keeping applicants' CVs for later or other vacancies. Art. 6(1)(b) covers «steps at the request of the
 * data subject prior to entering into a contract», the vacancy applied for; keeping the application for vacancies the
 * person did not apply for is not necessary for that (EDPB Guidelines 2/2019, para. 25) and needs its own basis.
 */
const TALENT_BANK = lazyPattern(
  String.raw`talentbank|kandidatbank|cv-bank|cv-database|talent pool|talent bank|candidate pool|(?<![\p{L}])(?:senere|seinare|fremtidige|framtidige|kommende|komande|nye|andre|future|later|other) (?:stillinger|stillingar|ledige stillinger|vacancies|positions|openings|jobs)(?![\p{L}])`,
  'iu',
);
/**
 * Sending or sharing the CV or application with other employers («sende CV-en til andre kommunar i regionen som kan ha
 * ledige stillingar», «forward applications to other companies in the group»): vacancies the person did not apply for,
 * at an employer they did not apply to (a disclosure to a third party, Art. 4(9)). Not where the words tie it to the
 * position applied for (a joint recruitment by several municipalities «om stillinga», «for the same role»).
 */
const OTHER_EMPLOYERS = lazyPattern(
  String.raw`(?<![\p{L}])(?:sende|sender|send|sends|vidaresend\p{L}*|videresend\p{L}*|forward\p{L}*|dele|deler|delar|share|shares|gi|gir|gje|gjev|pass|passes)\s+(?:\p{L}+\s+){0,3}?(?:cv|cv-en|cv-ane|cv-ene|cv'?s|søknad\p{L}*|application\p{L}*|résumé\p{L}*|resume\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:til|to|med|with)\s+(?:andre|other)\s+(?:\p{L}+\s+){0,1}?(?:kommun\p{L}*|arbeidsgiv\p{L}*|arbeidsgjev\p{L}*|verksemd\p{L}*|virksomhet\p{L}*|bedrift\p{L}*|selskap\p{L}*|employers?|municipalit\p{L}*|compan(?:y|ies)|organi[sz]ations?)(?![\p{L}])`,
  'iu',
);
const SAME_POSITION = lazyPattern(
  String.raw`(?<![\p{L}])(?:om|for|til|i)\s+(?:den\s+)?(?:stillinga|stillingen|den utlyste stillinga|den utlyste stillingen)(?![\p{L}])|(?<![\p{L}])(?:the\s+)?same\s+(?:role|position|post|vacancy)|the position applied for|stillinga det er søkt på|stillingen det er søkt på`,
  'iu',
);
/**
 * At the person's own request or choice («som kandidaten selv har bedt oss om å søke hos», «only when the applicant asks
 * us to», «som kandidaten har sagt ja til i oppdragsavtalen», «the companies the candidate has chosen in the job portal»),
 * or the joint vacancy the person applied for («den felles utlysinga søkjaren har søkt på», «lyst ut av konsernet
 * felles»): steps «at the request of the data subject» (Art. 6(1)(b)), not a talent bank (H12P's false-alarm review,
 * 2026-11-30: 6 of 7 such lawful purposes fired).
 */
const PERSON = lazyPattern(
  String.raw`(?<![\p{L}])(?:søker\p{L}*|søkjar\p{L}*|kandidat\p{L}*|applicants?|candidates?|du|you|personen|the person|vedkommande|vedkommende)(?![\p{L}])`,
  'iu',
);
const ASKED_WORDS = String.raw`(?:ber|bad|bedt|bede|spør|spurt|asks?|asked|requests?|requested|chooses|chose|chosen|choose|valgt|valt|velger|sagt ja|says? yes|said yes|agreed|agrees|signed up)`;
const ASKED = lazyPattern(String.raw`(?<![\p{L}])${ASKED_WORDS}(?![\p{L}])`, 'iu');
const JOINT = lazyPattern(
  String.raw`felles\s+utlys\p{L}*|lyst\s+ut\s+(?:\p{L}+\s+){0,3}?felles|jointly advertised|joint (?:vacancy|advertisement|recruitment)|(?<!(?:ikke|ikkje|not|never|aldri)\s+)(?:har|hadde)\s+søkt\s+på|(?<!(?:ikke|ikkje|not|never|aldri)\s+)applied (?:for|to)`,
  'iu',
);
/**
 * A request denied just before its verb («uten at søkeren har bedt om det», «without the candidate having asked»; «ikke»
 * and «not» already cut the rest of the clause, NEGATED) is none (R1's re-read); an earlier negation makes the request
 * the condition («Vi sender ikke CV-en … uten at søkeren har bedt om det»), and one after it («bare når søkeren ber om
 * det, ikke ellers») leaves it standing.
 */
const NOT_ASKED = lazyPattern(
  String.raw`(?<![\p{L}])(?:ikke|ikkje|not|never|aldri|uten at|utan at|without)\s+(?:\p{L}+\s+){0,3}?${ASKED_WORDS}(?![\p{L}])`,
  'iu',
);
/** Whether a clause denies the request, unless an earlier negation makes it the condition («sender ikke … uten at søkeren har bedt om det»). */
const deniesRequest = (c: string): boolean => {
  const m = NOT_ASKED().exec(c);
  return m !== null && !NEGATION.test(c.slice(0, m.index));
};
const atPersonsRequest = (t: string): boolean => t.split(STOP).some((c) => (PERSON().test(c) && ASKED().test(c) && !deniesRequest(c)) || JOINT().test(c));
const sentToOtherEmployers = (t: string): boolean => OTHER_EMPLOYERS().test(t) && !SAME_POSITION().test(t) && !atPersonsRequest(t);
/**
 * Service improvement and planning (EDPB Guidelines 2/2019 section 3.1): improving or developing the service or product
 * («forbedre tjenesten», «vidareutvikle appen», «improve our services», «develop new features»), analysing how customers
 * use it or move («analysere reisemønsteret», «kartleggje bruksmønster», «analyse usage»), or planning the offer from it
 * («planleggje ruter og avgangar», «plan routes and capacity»). The customer's own journey or order («planlegge reisen
 * din», «plan your routes») is the service itself: a match whose words are the person's own is not read. Improving or
 * training a model or algorithm («improve the matching model», «train our AI on members' conversations», «trene modellen
 * på meldingane») is service improvement too (variants-dating DT20); using a trained model to deliver the service is not.
 */
const SERVICE_IMPROVEMENT = lazyPattern(
  String.raw`(?<![\p{L}])(?:forbedr\p{L}*|forbetr\p{L}*|videreutvikl\p{L}*|vidareutvikl\p{L}*|utvikl\p{L}*|improv\p{L}*|develop\p{L}*)\s+(?:\p{L}+\s+){0,2}?(?:tjeneste\p{L}*|teneste\p{L}*|tilbudet|tilbodet|rutetilbud\p{L}*|rutetilbod\p{L}*|produkt\p{L}*|appen|app|nettsiden|nettstaden|funksjon\p{L}*|services?|products?|features?|functionalit\p{L}*|modell(?:en|ane|ene|er|ar)?|models?|algorit\p{L}*)(?![\p{L}])|(?<![\p{L}])(?:train|trains|training|trene|trener|trenes|trenast|trena)\s+(?:(?:the|our|a|an|its|modellen|den|vår|vårt|våre)\s+)?(?:\p{L}+\s+)?(?:modell(?:en|ane|ene|er|ar)?|models?|algorit\p{L}*|ai|ki|kunstig\s+intelligens|machine\s+learning|maskinlæring\p{L}*)(?![\p{L}])|(?<![\p{L}])(?:analyse\s+av|analyser\p{L}*|analysis\s+of|analy[sz]\p{L}*|kartlegg\p{L}*|map(?:s|ping)?)\s+(?:\p{L}+\s+){0,3}?(?:(?:reise|kjøps|kjøpe|bruks|bevegelses|rørsle|forbruks)(?:mønster|mønstre|vaner|vanar)\p{L}*|bruken|usage|travel (?:patterns?|behaviou?r)|(?:usage|purchase|purchasing|movement) patterns?)(?![\p{L}])|(?<![\p{L}])(?:planlegg\p{L}*|dimensjoner\p{L}*|plan|planning)\s+(?:\p{L}+\s+){0,2}?(?:ruter|rutene|rutetilbud\p{L}*|rutetilbod\p{L}*|avganger|avgangar|kapasitet\p{L}*|routes|timetables?|capacity)(?![\p{L}])`,
  'giu',
);
/** The person's own («planlegge rutene dine», «plan your routes»): the journey the service is for, not the offer. */
const PERSONS_OWN = lazyPattern(String.raw`(?<![\p{L}])(?:your|yours|din|dine|ditt|dykkar|deres)(?![\p{L}])`, 'iu');
const improvesService = (t: string): boolean =>
  [...t.matchAll(SERVICE_IMPROVEMENT())].some((m) => !PERSONS_OWN().test(t.slice(m.index, m.index + m[0].length + 8)));
/**
 * A clause that denies it («brukes ikke til markedsføring», «we do not share them with partners»): from the negation
 * to the end of the clause, its words say what the purpose does not do. («no» is left out: in nynorsk it means «now».)
 */
const NEGATED = lazyPattern(String.raw`(?:\b(?:ikke|ikkje|aldri|verken|not|never|neither)\b|n't\b)[^.;:!?]*`, 'gi');

/**
 * The contract must be one «to which the data subject is party» (Art. 6(1)(b)). Contact persons and employees of a
 * business customer, supplier or partner are not parties to the contract with that business: processing their data
 * for it rests on legitimate interests (6(1)(f)). So are the contact persons a customer registers for its building,
 * premises or alarm («Kontaktpersoner for objekter (næringseiendommer, offentlige bygg) med overføring av automatisk
 * brannalarm», «contact persons for the customer's premises»): the customer is the party, they are not. A purpose on the contract alone in an activity whose every data-subject
 * group is such contact persons gets a warning; a group that also names owners, sole traders or the customers themselves
 * («Kontaktpersoner og innehavere hos bedriftskunder», «Alarmkunder og kontaktpersoner»), or the customer themself
 * («Kontaktpersoner for bygget, normalt kunden selv»; W1 false-alarm review, 2026-11-30) may hold parties and is not judged.
 */
const CONTACT_PERSONS = lazyPattern(
  String.raw`kontaktperso\p{L}* (?:hos|i|ved|for) (?:kunde|leverandør|leverandor|kreditor|virksomhet|verksemd|bedrift|samarbeidspartn|operatør|selskap|firma|organisasjon)|(?:customers?|suppliers?|partners?|operators?|compan(?:y|ies)|clients?)['’]?s?['’]? (?:contact (?:persons?|people)|employees|staff|drivers|users)|contact (?:persons?|people) (?:at|of|for|with) (?:our )?(?:customers?|suppliers?|partners?|operators?|compan(?:y|ies)|businesses|organisations?|organizations?|clients?)|(?:employees|staff|drivers|users) (?:of|at) (?:our |the )?(?:(?:corporate|business|commercial) )?(?:customers?|suppliers?|partners?|operators?|other compan(?:y|ies)|businesses|clients?)|business contacts?|forretningskontakt|(?:ansatte|tilsette|sjåfører|sjåførar|førere|førarar|brukere|brukarar) (?:hos|i|til) (?:\p{L}*kund(?:e|en|er|ene|ar|ane|ens|enes)(?![\p{L}])|leverandør|virksomhet|verksemd|bedrift|samarbeidspartn)|kontaktperso\p{L}* (?:for|på|ved|i) (?:\p{L}+ )?(?:objekt|anlegg|alarm|bygg|bygning|næringseiendom|næringseigedom|eiendom|eigedom|lokal)|contact (?:persons?|people) (?:at|of|for|with) (?:the |our |a |an )?(?:\p{L}+['’]s['’]? )?(?:premises|buildings?|sites?|propert(?:y|ies)|alarms?|objects?)`,
  'iu',
);
const PARTIES = lazyPattern(
  String.raw`innehaver|innehavar|(?<![\p{L}])(?:eier|eiere|eigar|eigarar|owners?)(?![\p{L}])|sole (?:trader|proprietor)|enkeltpersonforetak|enkeltpersonføretak|self-employed|selvstendig|sjølvstendig|(?<![\p{L}])\p{L}*kunder og|(?<![\p{L}])customers and|(?<![\p{L}])kunden\s+(?:selv|sjølv|sjøl)(?![\p{L}])|(?<![\p{L}])customers?\s+(?:themselves|himself|herself)(?![\p{L}])|(?<![\p{L}])(?:selv|sjølv|sjøl|også|og)\s+(?:er\s+)?(?:medlem\p{L}*|kund(?:e|er|ar)?)(?![\p{L}])|(?<![\p{L}])(?:who|that)\s+(?:are|is)\s+(?:also\s+)?(?:members?|customers?)(?:\s+themselves)?(?![\p{L}])`,
  'iu',
);

/**
 * What the person asked or applied for («lånesøknaden du har sendt», «the loan you applied for», «på vilkårene du ba om»):
 * a partner's offer then is the step they asked for (Art. 6(1)(b): «at the request of the data subject»), not marketing.
 */
const PERSON_APPLIED = lazyPattern(
  String.raw`(?<![\p{L}])(?:bedt om|bede om|ba om|bad om|søkt om|søkte om|søkt på|søknad(?:en)? du|asked for|applied for|requested|etterspurt|har bestilt|har tinga|signed up for|have ordered|has ordered|you ordered|they ordered|you added|du har lagt til|du har lagt inn)(?![\p{L}])`,
  'iu',
);
/**
 * Partners' offers sent or shown to the users, the users named after «til», «to» («sende tilbod, kampanjar og nyheiter frå
 * samarbeidspartnarar til appbrukarane», «Vise tilbud … fra samarbeidspartnere til brukerne», «show partners' offers to
 * our customers in the app»: variants-parkering PK29, variants-avfall AV53; E, session 18): the partner's marketing put
 * before the person, as «sende kundene tilbud fra …» is (TO_PERSON), which the contract does not need (EDPB Guidelines
 * 2/2019 para. 25, section 3.3). The benefits a membership gives at partners («medlemsfordeler», «member benefits», what
 * «inngår» in it) are the membership's own performance and are not read.
 */
const SHOWN_TO_USERS = lazyPattern(
  String.raw`(?<![\p{L}])(?:sende|sender|sendes|sendast|send|sends|vise|viser|vises|visast|show|shows|display|displays|presentere|presenterer|present|presents)(?![\p{L}])[^.;:!?]*?(?<![\p{L}])(?:til|to)\s+(?:alle\s+|all\s+|the\s+|våre\s+|our\s+)?(?:\p{L}*brukar(?:en|ar|ane)?|\p{L}*bruker(?:en|e|ne)?|\p{L}*kund(?:e|en|er|ene|ar|ane)|abonnent(?:en|er|ene|ar|ane)?|medlem(?:met|mer|mene|ar|ane|mar|mane)?|app\s+users?|users?|customers?|subscribers?|members?)(?![\p{L}])`,
  'iu',
);
const MEMBER_BENEFIT = lazyPattern(
  String.raw`medlemsfordel\p{L}*|(?<![\p{L}])fordel(?:ar|er|ane|ene)(?![\p{L}])|member\s+(?:benefits|perks)|(?<![\p{L}])(?:benefits|perks)(?![\p{L}])|inngår|included|inkluder\p{L}*`,
  'iu',
);
/** The partner does the work the customer ordered («samarbeidspartnaren som utfører reparasjonen», «the partner who carries out the repair»). */
const DOES_THE_WORK = lazyPattern(
  String.raw`(?<![\p{L}])(?:som|who|that)\s+(?:\p{L}+\s+)?(?:utfører|gjer|gjør|leverer|carries\s+out|carry\s+out|performs?|does|delivers?)\s+(?:\p{L}+\s+){0,2}?(?:reparasjon\p{L}*|arbeid\p{L}*|oppdrag\p{L}*|jobben|tenest\p{L}*|tjenest\p{L}*|repairs?|work|job|service|installation|installasjon\p{L}*)`,
  'iu',
);
const partnersOffersShown = (c: string): boolean => SHOWN_TO_USERS().test(c) && OFFERS().test(c) && !MEMBER_BENEFIT().test(c) && !DOES_THE_WORK().test(c);
/**
 * Partners who sell or market their own goods, named where the data is given them («gi navn og adresse til
 * samarbeidspartnere som selger hjelpemidler»: variants-sykehjem LY22), or let at the person with an offer or a quote («let
 * our partner insurers contact every buyer with a quote», «la forsikringspartnarane våre kontakte kjøparen med tilbod»:
 * variants-bilverksted BV64; FZ, session 46): the partner's marketing, which the contract does not need (EDPB Guidelines
 * 2/2019 para. 25). Not the partner who sells the very thing the person bought («som selger billettene du kjøper»).
 */
const PARTNER_SELLS = lazyPattern(
  String.raw`(?<![\p{L}])(?:som|who|that|which)\s+(?:\p{L}+\s+)?(?:selger|sel|sell|sells|markedsfører|marknadsfører|markets)(?![\p{L}])(?![^.;:!?]{0,60}?(?:(?<![\p{L}])(?:du|you|deg|kunden|kundane|kundene|the\s+customer)(?![\p{L}])|billett\p{L}*|tickets?))`,
  'iu',
);
const PARTNER_CONTACTS = lazyPattern(
  String.raw`(?<![\p{L}])(?:la|lar|lèt|late|let|lets|allow|allows|får)\s+(?:\p{L}+\s+){0,3}?(?:kontakte|kontakta|ringe|ringje|contact|call|phone|approach)\s+(?:\p{L}+\s+){0,3}?(?:med|with)\s+(?:\p{L}+\s+){0,2}?(?:tilbud\p{L}*|tilbod\p{L}*|pristilbud\p{L}*|pristilbod\p{L}*|quotes?|offers?)(?![\p{L}])`,
  'iu',
);
/**
 * Partners' offers given or sent to the person, the partner named after the offer («gi bebuaren tilbod frå
 * samarbeidspartnarane våre», «gi kundene tilbud fra samarbeidspartnere», «give members offers from our partners»:
 * variants-forvaltning FV45; FX, session 47): the double object of SEND_PERSON_OFFER with a verb of giving too, and the offer
 * said to be the partner's. Read from the verb on: a service the person ordered before it in the clause («utføre oppdraget
 * bebuaren har bestilt, fakturere det og gi bebuaren tilbod frå …») is not the offer the person asked for (PERSON_APPLIED).
 */
const GIVEN_PARTNERS_OFFERS = lazyPattern(
  String.raw`(?<![\p{L}])(?:gi|gir|gje|gjev|give|gives|giving|sende|sender|send|sends|sending)\s+(?:(?:våre|vår|alle|our|all|the|its|their|dei|de)\s+)?(?!(?:til|to|ut|inn|oss|us|en|ein|ei|et|eit|a|an|nye|new|tilbud\p{L}*|tilbod\p{L}*|offers?|rabatt\p{L}*|deals?|beskjed|svar|answer|notice|melding)(?![\p{L}]))[\p{L}-]+\s+(?:(?:personlege|personlige|personal|gode|good|spesielle|special|eksklusive|exclusive)\s+)?(?:tilbod|tilbud|tilboda|tilbudene|offers|deals|discounts|rabattar|rabatter|kampanjar|kampanjer)\s+(?:(?:og|and)\s+[\p{L}-]+\s+)?(?:frå|fra|from)\s+(?:(?:våre|vår|our|utvalde|utvalgte|selected)\s+)?(?:samarbeid\p{L}*|\p{L}*partner\p{L}*|sponsor\p{L}*|tredjepart\p{L}*|third[\s-]+part\p{L}*)`,
  'iu',
);
const partnersOffersGiven = (c: string): boolean => {
  const m = GIVEN_PARTNERS_OFFERS().exec(c);
  return m !== null && !PERSON_APPLIED().test(c.slice(m.index)) && !MEMBER_BENEFIT().test(c.slice(m.index));
};
/** Partners' offers: the data shared or given to others for their offers, or their offers or discounts sent to the person. */
const partnersOffers = (t: string): boolean =>
  t
    .split(CLAUSES)
    .map((c) => c.replace(SERVICE_OFFER(), ''))
    .some(
      (c) =>
        OTHERS().test(c) &&
        ((!PERSON_APPLIED().test(c) &&
          (((SHARE().test(c) || GIVE_TO().test(c) || TO_PERSON().test(c) || SEND_TO_SERVED().test(c) || CHANNEL.test(c)) && OFFERS().test(c)) ||
            ((SHARE().test(c) || GIVE_TO().test(c)) && PARTNER_SELLS().test(c)) ||
            PARTNER_CONTACTS().test(c) ||
            (TO_PERSON().test(c) && DISCOUNTS().test(c)) ||
            partnersOffersShown(c))) ||
          partnersOffersGiven(c)),
    );
/**
 * Winning back customers who have left or lapsed («send offers to patients who have not visited us for three years, to
 * win them back», «vinne tidligere kunder tilbake», «få dem tilbake som kunder»): marketing to people with whom there is no
 * contract left to perform, which Art. 6(1)(b) cannot cover (EDPB Guidelines 2/2019, paras. 22-25; variants-tannlege T16).
 * «Hente tilbake» (to retrieve equipment or data) is not read. Read in the purpose's own words before NEGATED cuts them,
 * comma part by comma part: a negation in a relative clause («patients who have not visited us») does not deny the aim
 * after it, while «we do not try to win them back» does.
 */
const WIN_BACK = lazyPattern(
  String.raw`(?<![\p{L}])win(?:s|ning)?\s+(?:\p{L}+\s+){0,2}?back(?![\p{L}])|(?<![\p{L}])win-?back(?![\p{L}])|(?<![\p{L}])vinne\s+(?:\p{L}+\s+){0,2}?tilbake(?![\p{L}])|(?<![\p{L}])tilbake\s+som\s+kund\p{L}*`,
  'iu',
);
/**
 * What is won back is a thing, not the person (W1 false-alarm review, 2026-11-30): trust, a deposit, money, reputation
 * («behandle reklamasjoner og vinne tilliten tilbake», «win back the customer's trust»). Complaint handling under the
 * contract is its performance.
 */
const THING_WON = lazyPattern(
  String.raw`(?<![\p{L}])(?:tillit\p{L}*|trust|confidence|depositum\p{L}*|deposit\p{L}*|penge\p{L}*|money|refund\p{L}*|omdømme\p{L}*|reputation|goodwill|kontroll\p{L}*|control)(?![\p{L}])`,
  'iu',
);
/** The person asks to come back («når en tidligere kunde ber om å komme tilbake som kunde»): steps at their request. */
const ASKS_BACK = lazyPattern(
  String.raw`(?<![\p{L}])(?:ber|ba|bad|spør|spurte|ønsker|ønskjer|vil)\s+(?:\p{L}+\s+){0,2}?(?:komme|kome)\s+tilbake|(?<![\p{L}])(?:asks?|asked|wants?|wishes)\s+(?:\p{L}+\s+){0,2}?(?:come|return)\s+back`,
  'iu',
);
const winsBack = (t: string): boolean =>
  t.split(PART_END).some((c) => {
    const m = WIN_BACK().exec(c);
    return (
      m !== null &&
      !NEGATION.test(c) &&
      !ASKS_BACK().test(c) &&
      !THING_WON().test(c.slice(m.index, m.index + m[0].length + 40).split(/\s+(?:og|and|eller|or)\s+/u)[0]!)
    );
  });
/**
 * Offers and news sent to the person, or news of new products or services («Send offers and news about our routes by
 * e-mail and text message»: variants-luftfart LF32; «Halde kundane oppdaterte om nye produkt og tilbod»: P2's plain defect,
 * session 14; «informere kundene om nye produkter og kampanjer»): the pair «tilbud og nyheter» / «offers and news», or new
 * products, services or routes named, is the seller's approach to sell more (EDPB Guidelines 2/2019 section 3.3;
 * markedsføringsloven § 15), not the contract. Not news of the contract itself: changes to the agreement, prices or
 * timetables, an order's status, offers of rebooking or a refund (RENEWAL, AT_REQUEST, CONTRACT_RIGHT, BOUGHT_SERVICE,
 * SUBSTITUTE as for OWN_SALES_OFFER), nor new services included in what the person has («nye tjenester som inngår i
 * abonnementet»: INCLUDED). F, session 15. A newsletter that carries offers («the newsletter with offers», «nyhetsbrev med
 * tilbud», «nyheitsbrev med tilbod», «offers in our newsletter») is the same approach to sell (variants-veterinar DY56,
 * W12, session 23).
 */
const OFFERS_AND_NEWS = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:tilbud|tilbod|offers|deals|kampanjer|kampanjar|campaigns)\s+(?:og|and|&)\s+(?:nyheter|nyheiter|nytt|news|newsletters?|nyhetsbrev)|(?:newsletters?|nyhetsbrev\p{L}*|nyheitsbrev\p{L}*)\s+(?:with|containing|featuring|med)\s+(?:[\p{L}-]+\s+){0,2}?(?:tilbud|tilbod|offers|deals|discounts|rabatter|rabattar|kampanjer|kampanjar|campaigns)|(?:tilbud|tilbod|offers|deals|discounts|rabatter|rabattar)\s+(?:i|in)\s+(?:the\s+|our\s+|a\s+|vårt\s+)?(?:newsletters?|nyhetsbrev(?:et)?|nyheitsbrev(?:et)?)|(?:nyheter|nyheiter|nytt|news)\s+(?:og|and|&)\s+(?:tilbud|tilbod|offers|deals|kampanjer|kampanjar|campaigns)|(?:nye|new|latest|siste)\s+(?:produkt(?:er|a|ene|ane)?|products|varer|vare|tjenester|tenester|services|ruter|ruta|routes|destinasjon(?:er|ar)|destinations|kolleksjon(?:er|ar)?|collections?)(?:\s+(?:og|and|&)\s+(?:tilbud|tilbod|offers|deals|kampanjer|kampanjar|campaigns))?)(?![\p{L}])`,
  'iu',
);
/**
 * The offers or news said to go only on consent, in the same clause («nyhetsbrev med tilbud sendes bare til dem som har
 * samtykket», «offers in our newsletter are sent only with the member's consent»: reviewer N9's v98, v102, session 23): the
 * contract purpose names the newsletter to put it on another basis, and does not send it itself.
 */
const OFFERS_ON_CONSENT = lazyPattern(String.raw`(?<![\p{L}])(?:samtykk\p{L}*|samtyk(?:t|te)|consent\p{L}*|opt(?:ed|s)?[\s-]in)(?![\p{L}])`, 'iu');
/** Informing the person («informere kundene om», «orientere medlemmane om», «inform customers of»). */
const INFORM_PERSON = lazyPattern(
  String.raw`(?<![\p{L}])(?:informere|informera|informerer|orientere|orientera|orienterer|inform|informs|informing)\s+(?:deg|dykk|dere|you|kunden|kundane|kundene|kunder|kundar|medlemmene|medlemmane|medlemmer|medlemar|members|customers|passengers|passasjerene|passasjerane)(?![\p{L}])`,
  'iu',
);
/**
 * New services included in what the person already has, or new products the person ordered: the contract («som inngår i
 * abonnementet», «included in your plan», «the new products they pre-ordered are ready»).
 */
const INCLUDED = lazyPattern(
  String.raw`inngår|inkluder\p{L}*|included|part of (?:your|their|the) (?:subscription|plan|agreement|contract)|(?<![\p{L}])(?:pre-?ordered|ordered|bestilt|bestilte|forhåndsbestilt\p{L}*|tinga|reserved|reservert\p{L}*)(?![\p{L}])`,
  'iu',
);
/**
 * Offers of further courses, classes or other services of the body sent to the person («send customers offers on further
 * licence classes and courses», «sende foreldrene tilbud om kulturskole, svømmekurs og SFO sammen med fakturaen»:
 * variants-trafikkskole TS09, variants-barnehage BH13; W8, session 21): an offer to buy or join something beyond the
 * contract the person has is marketing, not its performance (EDPB Guidelines 2/2019 para. 25; section 3.3), and electronic
 * offers to existing customers are the marketing markedsføringsloven § 15 third paragraph allows with an opt-out. Read
 * only where the offer is sent to the person (SEND_OFFER_TO: e-mail, SMS, «sende kundene», «send parents»), not a place
 * offered after an application («tilbud om plass i SFO»: admission is the contract), nor what the person asked for, booked
 * or has included (RENEWAL, AT_REQUEST, PERSON_APPLIED, INCLUDED, BOUGHT_SERVICE).
 */
const COURSE_OFFER = lazyPattern(
  String.raw`(?<![\p{L}])(?:tilbud|tilbod|offers?)\s+(?:om|på|til|of|on|for)\s+(?:[\p{L}-]+,?\s+){0,4}?(?:\p{L}*kurs(?:et|a|ene|ane|er|ar)?|courses?|classes|kulturskole\p{L}*|kulturskule\p{L}*|sfo|aks|aktivitetsskole\p{L}*|aktivitetsskule\p{L}*|leirskole\p{L}*|leirskule\p{L}*|sommerskole\p{L}*|sommarskule\p{L}*|summer\s+schools?|camps?|leir(?:en|ar|er)?)(?![\p{L}])`,
  'iu',
);
/** A place offered: admission after an application («tilbud om plass i SFO», «an offer of a place on the course»). */
const PLACE_OFFERED = lazyPattern(
  String.raw`(?<![\p{L}])(?:tilbud|tilbod|offers?)\s+(?:om|på|of|for)\s+(?:a\s+|en\s+|ein\s+)?(?:\p{L}*plass(?:en|er|ar)?|places?|seats?|spots?)(?![\p{L}])`,
  'iu',
);
/** Sending to the person: the served by name (SEND_TO_SERVED), customers (TO_PERSON), and parents, pupils, learners, students. */
const SEND_TO_FAMILY = lazyPattern(
  String.raw`(?<![\p{L}])(?:sende|sender|sendes|send|sends|sending)\s+(?:alle\s+|all\s+|the\s+)?(?:foreldrene|foreldra|foreldre|foresatte|føresette|parents|guardians|elevene|elevane|elever|elevar|pupils|learners|students|studentene|studentane)(?![\p{L}])`,
  'iu',
);
/** Enrolled or signed up for it («som barnet er påmeldt», «the course they have enrolled in»): the contract itself. */
const ENROLLED = lazyPattern(
  String.raw`påmeld\p{L}*|meldt\s+(?:seg|deg|dykk|barnet)\s+på|melde\s+(?:seg|deg|barnet)\s+på|enrol(?:l)?ed|signed\s+up|registered\s+for|booked|booka|har\s+søkt`,
  'iu',
);
/**
 * The offers go elsewhere: only under another activity or basis, separately, or only to those who consented or subscribed
 * («offers on other classes are sent only under the newsletter activity», «tilbud om andre kurs sendes bare til dem som har
 * samtykket»; N6's review, session 21); or what is offered is part of what the person bought or must take («the mandatory
 * course on slippery roads that is part of their package»).
 */
const OFFERS_ELSEWHERE = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:only|bare|berre|kun)\s+(?:under|i|in|via|through|gjennom|til|to|with|med)|separately|separat\p{L}*|(?:another|other|a\s+separate|egen|eiga|eigen|en\s+annen|ei\s+anna|ein\s+annan)\s+(?:activity|aktivitet|purpose|formål|føremål|basis|grunnlag)|samtykk\p{L}*|consent\p{L}*|subscrib\p{L}*|abonner\p{L}*|part\s+of\s+(?:their|the|your|his|her)\s+(?:package|course|training|programme|program)|(?:in|i)\s+(?:their|the|your|pakken|pakka)(?:\s+package)?|mandatory|compulsory|obligatorisk\p{L}*|påkrevd\p{L}*)(?![\p{L}])`,
  'iu',
);
const courseOffer = (c: string): boolean =>
  !OFFERS_ELSEWHERE().test(c) &&
  (CHANNEL.test(c) || TO_PERSON().test(c) || SEND_TO_SERVED().test(c) || SEND_TO_FAMILY().test(c)) &&
  COURSE_OFFER().test(c) &&
  !PLACE_OFFERED().test(c) &&
  !RENEWAL().test(c) &&
  !AT_REQUEST().test(c) &&
  !PERSON_APPLIED().test(c) &&
  !ENROLLED().test(c) &&
  !INCLUDED().test(c) &&
  !BOUGHT_SERVICE().test(c) &&
  !CONTRACT_RIGHT().test(c);
/** The controller's own marketing: its words, requests for gifts, offers picked for the person, or offers of its own goods sent to the person. */
export const ownMarketing = (t: string): boolean =>
  marketingSaid(t) ||
  FUNDRAISING().test(t) ||
  t.split(CLAUSES).some(givesAgain) ||
  t
    .split(CLAUSES)
    .flatMap((c) => c.split(THEN()))
    .some(
      (c) =>
        courseOffer(c) ||
        (PERSONAL_OFFERS().test(c) && !AT_REQUEST().test(c) && !BOUGHT_SERVICE().test(c)) ||
        (PERSONAL_OFFERS_AFTER().test(c) && profiledOffer(c) && !AT_REQUEST().test(c) && !RENEWAL().test(c) && !BOUGHT_SERVICE().test(c)) ||
        (CHANNEL.test(c) && ABOUT_SIMILAR_GOODS().test(c) && !SUBSTITUTE().test(c)) ||
        ((CHANNEL.test(c) || PHONE().test(c) || TO_PERSON().test(c) || FOLLOW_UP().test(c) || SEND_TO_SERVED().test(c)) &&
          OWN_SALES_OFFER().test(c.replace(SERVICE_OFFER(), '')) &&
          !RENEWAL().test(c) &&
          !AT_REQUEST().test(c) &&
          !CONTRACT_RIGHT().test(c) &&
          !BOUGHT_SERVICE().test(c)) ||
        ((CHANNEL.test(c) || TO_PERSON().test(c) || SEND_TO_SERVED().test(c)) &&
          mayOfferOwnServices(c) &&
          OWN_SERVICES_OFFER().test(c) &&
          !OFFERS_ELSEWHERE().test(c) &&
          !INCLUDED().test(c) &&
          !RENEWAL().test(c) &&
          !AT_REQUEST().test(c) &&
          !PERSON_APPLIED().test(c) &&
          !CONTRACT_RIGHT().test(c) &&
          !BOUGHT_SERVICE().test(c) &&
          !SUBSTITUTE().test(c) &&
          !NEGATION.test(c)) ||
        ((CHANNEL.test(c) || TO_PERSON().test(c) || INFORM_PERSON().test(c)) &&
          OFFERS_AND_NEWS().test(c) &&
          !OFFERS_ON_CONSENT().test(c) &&
          !RENEWAL().test(c) &&
          !AT_REQUEST().test(c) &&
          !CONTRACT_RIGHT().test(c) &&
          !BOUGHT_SERVICE().test(c) &&
          !SUBSTITUTE().test(c) &&
          !INCLUDED().test(c) &&
          !NEGATION.test(c)),
    );

/**
 * Showing the controller's own activities to new people, or using the data so that more people learn of them («publisere
 * bilder … for å vise fram barnehagene til nye foreldre», «bruke bilete … slik at fleire får vite om tilboda», «to promote
 * our club to new members»: variants-barnehage BH53, variants-paraphrase PA39 (kyrkje K20); E, session 18): promotion of the
 * body to people who are not yet party to any contract with it, which the contract with the person pictured does not need
 * (EDPB Guidelines 2/2019 para. 25; Art. 6(1)(b) «necessary for the performance of a contract to which the data subject is
 * party»). Only where what is shown is the body or its activities (OWN_ACTIVITY): showing the seller's home to new buyers,
 * or presenting a candidate to new employers, is the contract itself; and only with pictures or publishing (PUBLICITY).
 */
const OWN_ACTIVITY = String.raw`(?:barnehag(?:e|en|ene|ar|ane)|skolen|skulen|klubb(?:en)?|laget|tilbud(?:et|ene)|tilbod(?:et|a)|aktivitet(?:en|ene|ane|ar|er)|arbeidet|organisasjon(?:en)?|foreningen|foreininga|forbundet|verksemda|virksomheten|selskapet|kyrkja|kirken|soknet|menigheten|kyrkjelyden|senteret|oss|us|(?:our|the)\s+(?:club|school|kindergartens?|activities|organi[sz]ation|services|company|centre|center|church|parish))`;
const PROMOTES = lazyPattern(
  String.raw`(?<![\p{L}])(?:vise\s+fram|vise\s+frem|viser\s+fram|viser\s+frem|showcase|showcases|show\s+off|promote|promotes|promoting|promotere|promoterer|reklamere\s+for)\s+(?:\p{L}+\s+){0,1}?${OWN_ACTIVITY}\s+(?:\p{L}+\s+){0,2}?(?:til|for|to|overfor|among|blant)\s+(?:\p{L}+\s+){0,1}?(?:nye|new|potential|prospective|framtidige|fremtidige|kommende|komande|mulige|moglege|andre|other)(?![\p{L}])|(?<![\p{L}])(?:slik\s+at|så\s+at|so\s+that|for\s+at)\s+(?:fleire|flere|more|andre|others|nye|new)\s+(?:\p{L}+\s+){0,1}?(?:får\s+vite|får\s+høyre|får\s+høre|får\s+kjennskap|blir\s+kjende?|learn|hear|find\s+out|get\s+to\s+know)\s+(?:om|about|of|til|med)\s+(?:\p{L}+\s+){0,1}?${OWN_ACTIVITY}(?![\p{L}])`,
  'iu',
);
/**
 * The promotion is made with the person's pictures or by publishing («bilete», «photos», «publisere», «nettsida», «sosiale
 * medium»): showing the school to prospective pupils at an open day is steps they asked for before a contract, not the
 * pupils' photos used to sell it (N2-style lawful wording, E, session 18).
 */
const PUBLICITY = lazyPattern(
  String.raw`(?<![\p{L}])(?:bilde\p{L}*|bilete\p{L}*|foto\p{L}*|photo\p{L}*|pictures?|images?|video\p{L}*|film\p{L}*|publiser\p{L}*|publish\p{L}*|nettside\p{L}*|nettsted\p{L}*|nettstad\p{L}*|websites?|sosiale\s+medi\p{L}*|social\s+media|kyrkjeblad\p{L}*|kirkeblad\p{L}*|menighetsblad\p{L}*|brosjyr\p{L}*|brochures?|legge\s+ut|leggje\s+ut|post(?:s|ed|ing)?\s+(?:on|to)|instagram|facebook)(?![\p{L}])`,
  'iu',
);
// PUBLICITY in a clause that does not deny it («no photos are taken»), and not a brochure or answer sent to those who
// have applied (steps at their request, Art. 6(1)(b)): N2a's review, session 18.
const publicity = (t: string): boolean => t.split(CLAUSES).some((c) => PUBLICITY().test(c) && !NEGATION.test(c));
const APPLIED = lazyPattern(
  String.raw`(?<![\p{L}])(?:som\s+har\s+søkt|som\s+har\s+søkt\s+om|who\s+have\s+applied|applicants?|søkjar\p{L}*|søker(?:e|ne)|har\s+søkt)(?![\p{L}])`,
  'iu',
);
const promotes = (t: string): boolean => publicity(t) && !APPLIED().test(t) && t.split(CLAUSES).some((c) => PROMOTES().test(c) && !NEGATION.test(c));

/**
 * A minor (nb, nn, en): «mindreårige», children, young people, youth members, teenagers, an age under 18 («13 år», «aged
 * 13», «13-åringer», «under 18»). Not pupils («elever»: upper-secondary pupils may be of age).
 */
const MINOR = lazyPattern(
  String.raw`(?<![\p{L}])(?:mindreårig\p{L}*|barn(?:a|et|ene)?|ungdom(?:men|mane|mene|ar|er)?|unge|ungdommer|ungdomsmedlem\p{L}*|tenåring\p{L}*|children|child|minors?|young people|youths?|youth members?|teenagers?|juniors?|under 18)(?![\p{L}])|(?<![\p{L}\d])(?:[5-9]|1[0-7])(?:\s*(?:år|years?)|-åring\p{L}*|-year-olds?)(?![\p{L}])`,
  'iu',
);
/** An age of 18 or more («over 18», «fra 18 år», «aged 18»): then the person is of age. */
const OF_AGE = lazyPattern(
  String.raw`(?<![\p{L}\d])(?:1[89]|[2-9]\d)(?:\s*(?:år|years?)|-åring\p{L}*|-year-olds?)(?![\p{L}])|over 18|myndig\p{L}*|of age|adults?|voksne`,
  'iu',
);
/** Making a contract: signing or entering into it, taking out a membership or subscription. */
const MAKES = lazyPattern(
  String.raw`(?<![\p{L}])(?:signer\p{L}*|skriv(?:er)? under|undertegn\p{L}*|underteikn\p{L}*|inngå\p{L}*|tegne|tegner|tegnes|teikne|teiknar|sign|signs|signed|signing|enter|enters|entered|entering|conclude\p{L}*|take out|takes out|agree to)(?![\p{L}])`,
  'iu',
);
/** What is made: a contract, an agreement, a membership or subscription, the terms. */
const CONTRACT_WORD = lazyPattern(
  String.raw`avtale\p{L}*|kontrakt\p{L}*|medlemskap\p{L}*|abonnement\p{L}*|vilkår\p{L}*|contracts?|agreements?|memberships?|subscriptions?|terms`,
  'iu',
);
/** On one's own: «selv», «alene», «på egen hånd», «themselves», «without a guardian», «no guardian». */
const ALONE = lazyPattern(
  String.raw`(?<![\p{L}])(?:selv|sjølv|sjøl|alene|aleine|åleine|på egen hånd|på eiga hand|themselves|himself|herself|themself|on their own|alone|by themselves|(?:uten|utan|without|no|ingen|inga)\s+(?:\p{L}+\s+){0,2}?(?:foresatt\p{L}*|føresett\p{L}*|foreld\p{L}*|verge\p{L}*|verje\p{L}*|parents?|guardians?|parental))(?![\p{L}])`,
  'iu',
);
/**
 * What the law lets a minor make alone: an employment contract from 15 (vergemålsloven § 10), a purchase with money they
 * earned after 15 or were given for their own use (§ 12: «lommepenger», «egne penger», «own money»); and consent to health
 * care from 16, which is no contract (pasient- og brukerrettighetsloven § 4-3).
 */
const MINOR_MAY = lazyPattern(
  String.raw`arbeidsavtale\p{L}*|arbeidskontrakt\p{L}*|employment contracts?|sommerjobb\p{L}*|summer jobs?|(?<![\p{L}])jobb\p{L}*|lommepeng\p{L}*|egne penger|eigne pengar|egen lønn|eiga løn|own money|pocket money|earned|tjent|helsehjelp\p{L}*|health care|healthcare`,
  'iu',
);
/**
 * Joining an association from 15: «Barn som er fylt 15 år, avgjer sjølv spørsmål om val av utdanning og om å melde seg inn
 * i eller ut av foreiningar» (barnelova § 32; Lovdata's text of 2 July 2026, R2 2026-12-01). Read where the clause gives
 * an age of 15, 16 or 17 and names an association (a club of a sports association, a union, a society), not a company's
 * gym or service.
 */
const AGE_15_TO_17 = lazyPattern(
  String.raw`(?<![\p{L}\d])1[5-7](?:\s*(?:år|years?)|-åring\p{L}*|-year-olds?)(?![\p{L}])|(?<![\p{L}])(?:aged|over|fra|frå|from)\s+1[5-7](?![\d])`,
  'iu',
);
/** An age under 15 («13 år», «13-17», «13 til 17», «aged 13 to 17»): then not all the members are 15. */
const AGE_UNDER_15 = lazyPattern(
  String.raw`(?<![\p{L}\d])(?:[5-9]|1[0-4])(?:\s*(?:år|years?)|-åring\p{L}*|-year-olds?|\s*(?:-|–|til|to)\s*1\d)(?![\p{L}\d])|(?<![\p{L}])(?:aged|under|fra|frå|from)\s+(?:[5-9]|1[0-4])(?![\d])`,
  'iu',
);
const ASSOCIATION = lazyPattern(
  String.raw`(?<![\p{L}])(?:\p{L}*forening\p{L}*|\p{L}*foreining\p{L}*|\p{L}*forbund(?:et|ets)?|idrettslag\p{L}*|ungdomslag\p{L}*|idrettsklubb\p{L}*|sportsklubb\p{L}*|speider\p{L}*|speidar\p{L}*|korps\p{L}*|lag|laget|\p{L}+laget|kor|koret|choirs?|(?:trade )?unions?|associations?|society|societies|sports? clubs?)(?![\p{L}])`,
  'iu',
);
/** The guardian makes the contract («når foreldrene har signert låneavtalen», «the parent signs as guardian»). */
const GUARDIAN_MAKES = lazyPattern(
  String.raw`(?<![\p{L}])(?:foreld\p{L}*|foresatt\p{L}*|føresett\p{L}*|verge\p{L}*|verje\p{L}*|parents?|guardians?)\s+(?:\p{L}+\s+){0,2}?(?:signer\p{L}*|skriv\p{L}*|undertegn\p{L}*|underteikn\p{L}*|inngå\p{L}*|tegn\p{L}*|teikn\p{L}*|sign|signs|signed|enter\p{L}*)(?![\p{L}])`,
  'iu',
);
/**
 * The guardian makes or approves it in other words (R1's review, 2026-12-01): the passive «avtalen inngås av foreldrene»,
 * «signed by a parent», or the guardian's consent («når foresatte har samtykket», «med samtykke fra verge», «with a
 * parent's consent»), which vergemålsloven § 9 allows as the guardian's act.
 */
const GUARDIAN_APPROVES = lazyPattern(
  String.raw`(?<![\p{L}])(?:inngås|inngåast|signeres|signerast|underskrives|underskrivast|underteiknast|skrives under|skrivast under|signed|entered into|made|concluded)\s+(?:\p{L}+\s+){0,1}?(?:av|by)\s+(?:\p{L}+\s+){0,1}?(?:foreld|foresatt|føresett|verge|verje|parent|guardian)|(?:foreld|foresatt|føresett|verge|verje|parent|guardian)\p{L}*\s+(?:\p{L}+\s+){0,2}?(?:samtykk\p{L}*|godkjen\p{L}*|consent\p{L}*|approv\p{L}*)|(?:samtykke|samtykket|consent|approval|godkjenning)\s+(?:\p{L}+\s+){0,1}?(?:fra|frå|av|of|from|by)\s+(?:\p{L}+\s+){0,1}?(?:foreld|foresatt|føresett|verge|verje|parent|guardian)|parental\s+(?:consent|approval)`,
  'iu',
);
/** A denial («kan ikke selv inngå», «cannot sign alone»): NEGATION and «cannot». */
const CANNOT = lazyPattern(String.raw`(?<![\p{L}])(?:cannot|can't|may not|must not)(?![\p{L}])`, 'iu');
/** MINOR's words (util/prefilter.ts): a text that names no minor is not cut into clauses (session 23). */
const mayNameMinor = prefilter(MINOR);
/**
 * Whether a clause says a minor makes the contract alone (MINOR, MAKES, CONTRACT_WORD, ALONE), not of age, not what the law
 * lets a minor make (MINOR_MAY; an association joined from 15), and not denied.
 */
const minorAlone = byText(
  (t: string): boolean =>
    mayNameMinor(t) &&
    t
      .split(STOP)
      .some(
        (c) =>
          MINOR().test(c) &&
          MAKES().test(c) &&
          CONTRACT_WORD().test(c) &&
          ALONE().test(c) &&
          !OF_AGE().test(c) &&
          !MINOR_MAY().test(c) &&
          !(AGE_15_TO_17().test(c) && !AGE_UNDER_15().test(c) && ASSOCIATION().test(c)) &&
          !GUARDIAN_MAKES().test(c) &&
          !GUARDIAN_APPROVES().test(c) &&
          !NEGATION.test(c) &&
          !CANNOT().test(c),
      ),
);

/**
 * Why a purpose on the contract alone is not covered by it: marketing or partners' offers, fraud prevention, a talent bank,
 * service improvement, or people who are no party (asked last, and only then); undefined where nothing says so.
 */
/**
 * The person's use of the service reported to their employer or another payer («send the employer each enrolled employee's
 * number of visits per month», «rapportere til arbeidsgiveren hvor ofte den ansatte trener», «gje arbeidsgivaren oversikt over
 * oppmøtet til kvar tilsett»: variants-trening TR12; R2, session 25): the member's contract is performed without it (EDPB
 * Guidelines 2/2019, para. 25: useful to the payer, not necessary to the person's contract), and it watches the employee
 * (arbeidsmiljøloven § 9-1). Read in one clause: a verb of sending or reporting, the employer or payer after it, and what the
 * person does (visits, attendance, training, use, check-ins, classes); not totals or anonymous counts, not a denial.
 */
const USE_TO_EMPLOYER = lazyPattern(
  String.raw`(?<![\p{L}])(?:send\p{L}*|gi|gir|gje|gjev|give|gives|report\p{L}*|rapporter\p{L}*|tell\p{L}*|inform\p{L}*|share\p{L}*|dele|deler|oversend\p{L}*|show\p{L}*|vis(?:e|er))\s+(?:[\p{L}'’-]+\s+){0,8}?(?:(?:til|to|for)\s+)?(?:the\s+|their\s+|its\s+)?(?:employers?|arbeidsgiver\p{L}*|arbeidsgjevar\p{L}*|arbeidsgivar\p{L}*|payers?)(?![\p{L}])`,
  'iu',
);
const PERSONS_USE = lazyPattern(
  String.raw`(?<![\p{L}])(?:visits?|besøk(?:et|a|ene|ane)?|attendance|oppmøte\p{L}*|check-?ins?|innsjekk\p{L}*|(?:hvor|kor)\s+ofte|how\s+often|training\s+logs?|treningslogg\p{L}*|workouts?|treningsøkt\p{L}*|(?:each|every|hver|hvert|kvar|kvart|the)\s+(?:enrolled\s+)?(?:employee|member|ansatt|tilsett|medlem)\p{L}*['’]?s?\s+(?:training|trening\p{L}*|classes|timer|bruk|use))(?![\p{L}])`,
  'iu',
);
/** The person's own choice («members can show their employer …, if they wish», «medlemmet kan sjølv vise …»: N11's review of R2). */
const OWN_CHOICE = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:members?|employees?|medlem\p{L}*|ansatt\p{L}*|tilsett\p{L}*|de|dei|they|each\s+(?:employee|member))\s+(?:\p{L}+\s+)?(?:can|may|kan)|if\s+they\s+(?:wish|want|like|choose)|om\s+(?:de|dei)\s+(?:vil|ønsker|ønskjer)|dersom\s+(?:de|dei)\s+(?:vil|ønsker|ønskjer)|selv|sjølv|themselves|on\s+their\s+own)(?![\p{L}])`,
  'iu',
);
/** A practice the words say has ended («we used to report attendance to employers, but stopped in 2022»). */
const USED_TO_ENDED = lazyPattern(
  String.raw`^(?=[^]*?(?<![\p{L}])(?:used\s+to|pleide|pleidde|tidligere|tidlegare|previously|formerly|until|fram\s+til|frem\s+til|inntil)(?![\p{L}]))(?=[^]*?(?<![\p{L}])(?:stopped|ended|discontinued|no\s+longer|sluttet|slutta|avviklet|avvikla|stoppet|stoppa|ikke\s+lenger|ikkje\s+lenger)(?![\p{L}]))`,
  'iu',
);
const TOTALS = lazyPattern(String.raw`anonym|aggreg|statisti|totalt|samla|samlet|in\s+total|total\s+number`, 'iu');
const useToEmployer = (t: string): boolean =>
  t
    .split(STOP)
    .some(
      (c) => USE_TO_EMPLOYER().test(c) && PERSONS_USE().test(c) && !TOTALS().test(c) && !NEGATION.test(c) && !OWN_CHOICE().test(c) && !USED_TO_ENDED().test(c),
    );

/**
 * Offers fitted to the person with the verb (lexicon-words.ts TAILORS_OFFERS: «tailor offers from our partners to the
 * customer», «tilpasse tilbud ut fra kjøpshistorikken»), beside partners or the person's profile: targeted marketing (EDPB
 * Guidelines 2/2019 section 3.3), as PERSONAL_OFFERS is with the adjective (R36, session 40; variants-lading EV75).
 */
const TAILORED = lazyPattern(TAILORS_OFFERS, 'iu');
/** A profile or a history as the end of a compound («forbruksprofilen», «kjøpshistorikken», «handlemønsteret»). */
const PROFILE_COMPOUND = lazyPattern(String.raw`\p{L}(?:profil|historikk|mønster|mønstre)\p{L}*`, 'iu');
const tailoredOffers = (t: string): boolean =>
  t
    .split(CLAUSES)
    .some(
      (c) =>
        TAILORED().test(c) &&
        (OTHERS().test(c) || PROFILED().test(c) || PROFILE_COMPOUND().test(c)) &&
        !AT_REQUEST().test(c) &&
        !RENEWAL().test(c) &&
        !BOUGHT_SERVICE().test(c),
    );
/**
 * The body's list of customers or members given, sold or shared to another business (R36, session 40; variants-sameting
 * SM74 «gi kundelisten videre til forlagene vi selger for»): a whole list is no part of performing one person's contract
 * (Art. 6(1)(b); EDPB Guidelines 2/2019 paras. 25-30). Read in one clause: a verb of sharing or giving (SHARE, GIVE_VERB), the
 * list («kundelisten», «medlemsregisteret», «the customer list», «our mailing list»), and a receiver after «til», «to»,
 * «med», «with»; not the accountant, the auditor, an authority, a processor, the board or the federation the members
 * belong to (a duty, a service done for the body, or the membership itself).
 */
const CUSTOMER_LIST = String.raw`(?:\p{L}*kundelist\p{L}*|\p{L}*kunderegist\p{L}*|\p{L}*kundedatabase\p{L}*|medlemslist\p{L}*|medlemsregist\p{L}*|adresselist\p{L}*|e-?postlist\p{L}*|(?:customer|client|member|membership|mailing|contact|subscriber)\s+(?:lists?|registers?|databases?|base))`;
const GIVE_VERB = String.raw`(?:dele|deler|delar|deles|utlevere|utleverer|utleveres|utlevera|overføre|overfører|gi\s+videre|gir\s+videre|gi\s+vidare|gje\s+vidare|gjev\s+vidare|selge|selger|sel|selje|share|shares|shared|disclose|discloses|sell|sells|pass\s+on|gi|gir|gis|gje|gjev|give|gives|given|sende|sender|sendes|send|sends|selges|sold|leie\s+ut|leier\s+ut|rent\s+out|rents\s+out)`;
const LIST_GIVEN = lazyPattern(
  String.raw`(?<![\p{L}])(?:${GIVE_VERB}\s+(?:[\p{L}-]+\s+){0,3}?${CUSTOMER_LIST}|${CUSTOMER_LIST}\s+(?:[\p{L}-]+\s+){0,3}?${GIVE_VERB})(?![\p{L}])[^.;:!?]*?(?<![\p{L}])(?:til|to|med|with)\s+(?!(?:vår|vårt|våre|our|the|de|dei)?\s*(?:regnskap\p{L}*|rekneskap\p{L}*|revisor\p{L}*|accountant\p{L}*|auditor\p{L}*|skatt\p{L}*|tax\p{L}*|myndighet\p{L}*|styresmakt\p{L}*|authorit\p{L}*|politi\p{L}*|police|databehandl\p{L}*|processors?|styre\p{L}*|board|forbund\p{L}*|federation|hovedorganisasjon\p{L}*|årsmøte\p{L}*|general\s+meeting|deg|dykk|dere|you|medlem\p{L}*|members?|kund\p{L}*|customers?)(?![\p{L}]))\p{L}`,
  'iu',
);
/**
 * The list given to one who acts for the body, a processor (Art. 28): by its kind («databehandlaren», «our payment processor»,
 * «driftsleverandøren», «trykkeriet», «our mailing house») or by the words that it acts for us («som behandler betalingene
 * på våre vegne», «which posts the magazine on our behalf», «som drifter nettbanken for oss»): the body's own processing,
 * not the list handed on for another's use (F2, session 41: a bank's customer list to its payment service).
 */
const FOR_US = lazyPattern(
  String.raw`(?<![\p{L}])(?:på\s+(?:våre|vår|vårt|bankens|selskapets|klubbens|lagets)\s+vegne(?:r)?|på\s+vegne(?:r)?\s+av\s+(?:oss|banken|selskapet|klubben|laget|foreningen|foreininga)|on\s+(?:our|its|the\s+(?:bank|company|club)['’]s)\s+behalf|on\s+behalf\s+of\s+(?:us|the\s+(?:bank|company|club))|(?:som|that|which|who)\s+(?:[\p{L}-]+\s+){0,4}?for\s+(?:oss|us))(?![\p{L}])|(?<![\p{L}])(?:til|to|med|with)\s+(?:(?:vår|vårt|våre|our|the|its|their|den|det|dei|de)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:\p{L}*databehandl\p{L}*|processors?|\p{L}*driftsleverandør\p{L}*|it-leverandør\p{L}*|\p{L}*systemleverandør\p{L}*|trykkeri\p{L}*|printers?|mailing\s+hous(?:e|es))(?![\p{L}])`,
  'iu',
);
/** A list sold or rented out: never a processor's work, whatever the buyer does for us. */
const SOLD_LIST = lazyPattern(
  String.raw`(?<![\p{L}])(?:selge|selger|selges|sel|selje|seljast|solgt|selde|sell|sells|sold|leie\s+ut|leier\s+ut|leige\s+ut|rent\s+out|rents\s+out)(?![\p{L}])`,
  'iu',
);
const listGiven = (t: string): boolean => t.split(CLAUSES).some((c) => LIST_GIVEN().test(c) && (!FOR_US().test(c) || SOLD_LIST().test(c)));
/** Either reading on a purpose's words with their denials cut out (NEGATED), as notCovered reads them (exported for tests). */
export const contractCreep = (t: string): boolean => {
  const said = t.replace(NEGATED(), '');
  return tailoredOffers(said) || listGiven(said);
};

function notCovered(
  p: ResolvedPurpose,
  contactsOnly: () => boolean,
): 'not-necessary' | 'fraud-prevention' | 'talent-bank' | 'service-improvement' | 'not-party' | undefined {
  // A purpose the record itself marks as direct marketing (`directMarketing: true`: offers or advertising addressed to
  // the person) is never needed to perform a contract, whatever its words (EDPB Guidelines 2/2019, para. 25, section 3.3; W4,
  // session 45, variants-sykehjem LY61: «sende nyhetsbrev om aktiviteter og ledige private plasser» on A6-1-b).
  if (p.directMarketing === true) return 'not-necessary';
  // The purpose's words with what they deny cut out (NEGATED); winning back is read in the whole words.
  const texts = textsOf(p.description).map((t) => t.replace(NEGATED(), ''));
  if (
    texts.some((t) => partnersOffers(t) || ownMarketing(t) || promotes(t) || useToEmployer(t) || tailoredOffers(t) || listGiven(t)) ||
    textsOf(p.description).some(winsBack)
  )
    return 'not-necessary';
  if (texts.some((t) => FRAUD().test(t))) return 'fraud-prevention';
  if (texts.some((t) => TALENT_BANK().test(t) || sentToOtherEmployers(t))) return 'talent-bank';
  if (texts.some(improvesService)) return 'service-improvement';
  return contactsOnly() ? 'not-party' : undefined;
}

/**
 * The contract made conditional on marketing, said in what happens if the person does not give the data
 * (`collection.consequences`; W5, session 46, variants-ferje FJ80: «For å kjøpe billett må kunden godta at
 * kjøpshistorikken brukes til markedsføring fra oss og våre samarbeidspartnere»): to buy, sign up or use the service the
 * person must accept that the data is used for marketing or shared with partners. Marketing is not necessary to perform
 * the contract (EDPB Guidelines 2/2019 paras 49-54), and a consent tied to it is not free (Art. 7(4)). Read in one
 * sentence: a duty of accepting («må godta», «må akseptere», «må samtykke til», «must accept», «must agree to», «is
 * required to accept»), a word of marketing or partners and what the person gets (a purchase, an account, the service:
 * not the newsletter asked for itself), not denied («trenger ikke godta», «does not have to accept»).
 */
const MUST_ACCEPT = lazyPattern(
  String.raw`(?<![\p{L}])(?:må|skal|må\s+også|må\s+òg|must|has\s+to|have\s+to|(?:is|are)\s+required\s+to)\s+(?:\p{L}+\s+){0,2}?(?:godta|godtek|godtar|akseptere|aksepterer|samtykke|samtykkje|accept|agree|consent)(?![\p{L}])|(?<![\p{L}])(?:forutsetter|føreset|føresett|krever|krev|requires?|conditional\s+on|conditioned\s+on)\s+(?:\p{L}+\s+){0,3}?(?:samtykke|samtykkje|consent|godkjenning|aksept|acceptance|at\s+(?:kunden|du|brukeren|brukaren|medlemmet)\s+(?:godtar|godtek|aksepterer|samtykker|samtykkjer))(?![\p{L}])`,
  'iu',
);
const FOR_MARKETING = lazyPattern(
  String.raw`(?<![\p{L}])(?:markedsføring\p{L}*|marknadsføring\p{L}*|reklame\p{L}*|nyhetsbrev\p{L}*|nyheitsbrev\p{L}*|kampanj\p{L}*|marketing|advertising|newsletters?|samarbeidspartner\p{L}*|partnere|partnarar|partners?)(?![\p{L}])`,
  'iu',
);
const NEED_NOT = lazyPattern(
  String.raw`(?<![\p{L}])(?:trenger\s+ikke|treng\s+ikkje|må\s+ikke|må\s+ikkje|ikke\s+nødvendig|ikkje\s+naudsynt|does\s+not\s+have\s+to|do\s+not\s+have\s+to|need\s+not|needn['’]t|don['’]t\s+have\s+to|doesn['’]t\s+have\s+to|without\s+(?:having\s+to\s+)?accept\p{L}*|uten\s+å\s+godta|utan\s+å\s+godta)(?![\p{L}])`,
  'iu',
);
/** What the person gets: a purchase, an account, a membership, the service (not the newsletter itself). */
const THE_CONTRACT = lazyPattern(
  String.raw`(?<![\p{L}])(?:kjøp\p{L}*|kjøpe|bestill\p{L}*|billett\p{L}*|medlem\p{L}*|konto\p{L}*|avtal\p{L}*|tjenest\p{L}*|tenest\p{L}*|abonnement\p{L}*|buy\p{L}*|purchas\p{L}*|orders?|ordering|book\p{L}*|tickets?|members?|membership|accounts?|contracts?|services?)(?![\p{L}])`,
  'iu',
);
/** The sentence of the consequences that makes the contract conditional on marketing, if any (exported for tests). */
export const conditionalOnMarketing = (text: string): string | undefined =>
  text
    .split(/(?<=[.;!?])\s+/u)
    .find((t) => MUST_ACCEPT().test(t) && FOR_MARKETING().test(t) && THE_CONTRACT().test(t) && !NEED_NOT().test(t))
    ?.trim();

export default defineRule(
  {
    id: 'contract-necessity',
    severity: 'warning',
    citation: 'GDPR Art. 6(1)(b); EDPB Guidelines 2/2019',
    messages: ['not-necessary', 'fraud-prevention', 'talent-bank', 'service-improvement', 'not-party', 'minor-alone', 'conditional-marketing'],
  },
  (ctx, report) => {
    // A data-subject group is a catalogue entry shared by the activities that name it: judged once per run, and only
    // for an activity that has a purpose on the contract alone.
    const contactPersons = memo((d: DataSubject): boolean => {
      const names = [...textsOf(d.name), ...textsOf(d.description)];
      return names.some((t) => CONTACT_PERSONS().test(t)) && !names.some((t) => PARTIES().test(t));
    });
    for (const r of ctx.activities) {
      // The activity's own description read for a minor making the contract alone, reported on its first contract purpose
      // that has not been reported for its own words.
      let minorInDescription = textsOf(r.activity.description).some(minorAlone);
      const contactsOnly = () => r.dataSubjects.length > 0 && r.dataSubjects.every((d) => contactPersons(d.value));
      // The contract made conditional on marketing in the consequences of not giving the data: told once, on the first
      // purpose that rests on the contract alone.
      const tied = textsOf(r.activity.collection?.consequences)
        .map(conditionalOnMarketing)
        .find((w) => w !== undefined);
      if (tied !== undefined) {
        const i = r.purposes.findIndex((p) => {
          const art6 = p.legalBasis.filter((b) => isArt6(b.gdpr));
          return art6.length > 0 && art6.every((b) => b.gdpr === 'A6-1-b');
        });
        if (i >= 0) report.activity(r, '/collection/consequences', 'conditional-marketing', { purpose: r.purposes[i]!.id, words: tied });
      }
      r.purposes.forEach((p, i) => {
        const art6 = p.legalBasis.filter((b) => isArt6(b.gdpr));
        const contract = art6.filter((b) => b.gdpr === 'A6-1-b');
        // A contract the person could not make alone is no basis (vergemålsloven § 9), whatever other basis stands beside it.
        if (contract.length > 0 && (minorInDescription || [...textsOf(p.description), ...contract.flatMap((b) => textsOf(b.note))].some(minorAlone))) {
          report.activity(r, join('/purposes', i, 'legalBasis'), 'minor-alone', { purpose: p.id });
          minorInDescription = false;
        }
        if (art6.length === 0 || !art6.every((b) => b.gdpr === 'A6-1-b')) return;
        const why = notCovered(p, contactsOnly);
        if (why !== undefined) report.activity(r, join('/purposes', i, 'legalBasis'), why, { purpose: p.id });
      });
    }
  },
);
