import { textsOf } from '../check/facts.js';
import { activityList } from '../check/processor-uses.js';
import { defineRule } from '../check/rule.js';
import type { Located } from '../model/registry.js';
import type { ResolvedActivity } from '../model/resolve.js';
import type { Processor, Recipient, Source } from '../model/types.js';
import { byText, memo } from '../util/memo.js';
import { prefilter } from '../util/prefilter.js';
import { join } from '../util/pointer.js';
import { lazyPattern } from '../util/lazy-pattern.js';

/**
 * Art. 30(1)(d), 13(1)(e), 14(1)(e) and 14(2)(f): the record and the notice name the recipients and the sources. A
 * public body named by a name it no longer has names a body that, under that name, is not there: people reading the
 * notice look for it in vain. A recipient's or a source's name (or a source's controller) that holds a former name,
 * with no current name beside it («Havindustritilsynet (formerly Petroleumstilsynet)» passes), gets a warning once the
 * renaming has taken effect.
 *
 * - Petroleumstilsynet became Havindustritilsynet, and Oljedirektoratet Sokkeldirektoratet, on 1 January 2024 (decided
 *   by the King in Council 15 September 2023; English names Norwegian Ocean Industry Authority and Norwegian Offshore
 *   Directorate; regjeringen.no, «Nye namn til Oljedirektoratet og Petroleumstilsynet»).
 * - Fylkesmannen became Statsforvalteren (nynorsk Statsforvaltaren) on 1 January 2021 (royal decree 18 December 2020;
 *   regjeringen.no).
 * - Fylkesnemndene for barnevern og sosiale saker became barneverns- og helsenemndene (nynorsk the same) when barnevernsloven
 *   (LOV-2021-06-18-97) took effect on 1 January 2023 (§ 18-1; chapter 14 «Behandling av saker i barneverns- og
 *   helsenemnda»; bvhn.no «Ny barnevernslov» names the twelve boards «Barneverns- og helsenemnda i …»; read by H12B
 *   2026-11-30).
 * - Arkivverket became Nasjonalarkivet with arkivlova (LOV-2025-06-20-96) on 1 January 2026 (docs/legal-sources.md).
 * - Toll- og avgiftsetaten (Toll- og avgiftsdirektoratet) became Tolletaten (Tolldirektoratet) when the excise duties
 *   went to Skatteetaten: the directorate still published its magazine under the old name in 2015 («Et blad fra Toll- og
 *   avgiftsdirektoratet», På grensen 1-2015: «Avgiftene skal overføres til Skatteetaten»), the body's pages said
 *   «Tolletaten» by 22 June 2016 and Prop. 1 LS (2016–2017) ch. 13 does; `since` is that earliest dated use (B11, read
 *   2026-12-01 with the search tool).
 * - Statens havarikommisjon for transport (SHT, Accident Investigation Board Norway) became Statens havarikommisjon
 *   (Norwegian Safety Investigation Authority, NSIA) on 1 July 2020, merged with Statens havarikommisjon for Forsvaret
 *   (regjeringen.no «Statens havarikommisjon», read by H12B 2026-11-30).
 * - Forbrukertvistutvalget (FTU) became Forbrukerklageutvalget with forbrukerklageloven (LOV-2017-02-17-7) on 1 March
 *   2017 (snl.no «Forbrukerklageutvalget»: «Før mars 2017 het dette organet Forbrukertvistutvalget»; forbrukerklageutvalget.no:
 *   the act «trådte i kraft 1. mars 2017»). That act is itself replaced by lov 23. juni 2020 nr. 98 for cases from 2021;
 *   the body's name stays.
 * - Statens legemiddelverk became Direktoratet for medisinske produkter (DMP) on 1 January 2024 (regjeringen.no: «Som
 *   følge av endringer i den sentrale helseforvaltningen fra 1. januar 2024 endret Statens legemiddelverk navn til
 *   Direktoratet for medisinske produkter»).
 * - Tilsynsrådet for advokatvirksomhet became Advokattilsynet, and Disiplinærnemnden for advokater became Advokatnemnda
 *   (§ 54: disciplinary complaints), when advokatloven (LOV-2022-05-12-28) took effect on 1 January 2025
 *   (§ 72 and res. 11 October 2024 nr. 2461; chapters 10 and 11; snl.no «Advokattilsynet»: «Tilsynsrådet ble erstattet
 *   av Advokattilsynet da advokatloven trådte i kraft 1. januar 2025»; rett24.no: the Tilsynsrådet, the disciplinary
 *   board and the licensing board disappeared at the turn of the year; B2, variants-advokat, 2026-12-01).
 * - Statens autorisasjonskontor for helsepersonell (SAK; SAFH until 2012; the Norwegian Registration Authority for Health
 *   Personnel), which granted authorisation and licences under helsepersonelloven ch. 9, was merged into Helsedirektoratet
 *   on 1 January 2016 (regjeringen.no, «Færre etater i helseforvaltningen», 2015: «Følgende etater innlemmes i
 *   Helsedirektoratet: Statens autorisasjonskontor for helsepersonell …»; «Endringer i helseforvaltningen fra 1. januar»,
 *   2016; read by W11 2026-12-02 with the search tool; variants-legevakt LV38).
 * - Sysselmannen på Svalbard became Sysselmesteren on 1 July 2021 (svalbardloven § 5 as amended by lov 11. juni 2021 nr.
 *   68: «På Svalbard skal det være en sysselmester»; the English name, Governor of Svalbard, did not change).
 * - Sivilombudsmannen (Stortingets ombudsmann for forvaltningen, the Parliamentary Ombudsman) became Sivilombudet
 *   (Stortingets ombud for kontroll med forvaltningen, the Parliamentary Ombud) when sivilombudsloven (LOV-2021-06-18-121)
 *   took effect on 1 July 2021 (§ 1 names «Sivilombudet»; § 35: «Loven trer i kraft 1. juli 2021», repealing
 *   sivilombudsmannsloven of 1962; read in sstraume97/norwegian-laws, 2 July 2026; B1, variants-studiestotte ST68).
 * - Fiskeri- og kystdepartementet and Nærings- og handelsdepartementet became Nærings- og fiskeridepartementet on 1 January
 *   2014 (regjeringen.no, «Nærings- og fiskeridepartementet endelig besluttet»: «Det nye departementet vil bestå av
 *   Nærings- og handelsdepartementet og Fiskeri- og kystdepartementet, med unntak av kyst- og miljøavdelingen […]
 *   Endringene trer i kraft fra 1. januar 2014»; the coastal department went to Samferdselsdepartementet; B7,
 *   variants-fiskeri FI34).
 * - Kredittilsynet became Finanstilsynet on 21 December 2009 (Meld. St. 12 (2009–2010) Finansmarknadsmeldinga 2009,
 *   ch. 6.1: «Kredittilsynet endra namn til Finanstilsynet 21. desember 2009»; English name then the Financial
 *   Supervisory Authority of Norway).
 * - Unit – Direktoratet for IKT og fellestjenester i høyere utdanning og forskning ended on 1 January 2022: its service
 *   deliveries went to Sikt – Kunnskapssektorens tjenesteleverandør, Samordna opptak to HK-dir (sikt.no; hkdir.no:
 *   «Samordna opptak ble en del av direktoratet 1. januar 2022»).
 * - Post- og teletilsynet (PT) became Nasjonal kommunikasjonsmyndighet (Nkom) on 1 January 2015 (regjeringen.no,
 *   «Nasjonal kommunikasjonsmyndighet - NKOM»: «Navneendring 1. januar 2015 - fra Post- og teletilsynet til Nasjonal
 *   kommunikasjonsmyndighet»; eng.nkom.no, «NPT changing its name»: «will start using the new name from 1 January 2015»).
 * - Trygdeetaten (the local «trygdekontoret», Rikstrygdeverket) and Aetat became Arbeids- og velferdsetaten (NAV) on 1 July
 *   2006 (snl.no «Arbeids- og velferdsforvaltning»: «etablert som ny etat, Nav, fra 1. juli 2006 […] Ved etableringen ble
 *   Aetat (arbeidsmarkedsetaten) og trygdeetaten med Rikstrygdeverket nedlagt»; regjeringen.no, «New Labour and Welfare
 *   Service», 2006: its inauguration «marks the abolishment of Aetat, the National Insurance Service»; B13, variants-bht
 *   BT66, read 2026-12-02).
 * - Sosial- og helsedirektoratet (SHdir, 2002-2008) became Helsedirektoratet on 1 April 2008, its social services having
 *   gone to Arbeids- og velferdsdirektoratet on 10 March 2008 (Den norske tannlegeforenings Tidende 2008 nr. 6,
 *   «Helsedirektoratet er tilbake»: «skiftet Sosial- og helsedirektoratet navn tilbake til Helsedirektoratet den 1.
 *   april»; no.wikipedia «Sosial- og helsedirektoratet»: «omdannet til Helsedirektoratet 1. april 2008»; B20,
 *   variants-bevilling BV26, read 2026-12-02). Either current body answers («Helsedirektoratet» inside the old name does not).
 * - Direktoratet for e-helse became part of Helsedirektoratet on 1 January 2024 (ehelse.no: «Fra 01.01.2024 er vi en del
 *   av Helsedirektoratet»).
 * - Direktoratet for internasjonalisering og kvalitetsutvikling i høyere utdanning (Diku) and Kompetanse Norge (Skills
 *   Norway) became Direktoratet for høyere utdanning og kompetanse (HK-dir) on 1 July 2021 (sikt.no, «Sikt sin rolle i
 *   kunnskapssektoren»: «HK-dir etablert 1. juli 2021, med hele oppgaveporteføljen til Diku, Kompetanse Norge og
 *   Universell»; regjeringen.no, «Nytt direktorat forener fagmiljøene …», 2021: «1. juli går startskuddet»).
 * - Kommunal- og moderniseringsdepartementet (KMD) became Kommunal- og distriktsdepartementet (KDD) on 1 January 2022
 *   (snl.no «Kommunal- og distriktsdepartementet»: «Senest i 2022 skiftet det navn fra Kommunal- og
 *   moderniseringsdepartementet»; no.wikipedia: «endret navn til Kommunal- og distriktsdepartementet 1. januar 2022»);
 *   KDD kept the elections (valgloven's «departementet»). Digitaliserings- og forvaltningsdepartementet was split off it
 *   on 1 January 2024.
 * - Direktoratet for forvaltning og IKT (Difi) and Altinn became Digitaliseringsdirektoratet (Digdir) on 1 January 2020
 *   (difi.no, «Godt nytt for digitalisering og omstilling», 15 March 2019: «Det nye digitaliseringsdirektoratet skal være
 *   operativt fra 1. januar 2020»); Difi's management and analysis departments went to DFØ.
 * - Direktoratet for økonomistyring (DFØ) became Direktoratet for forvaltning og økonomistyring (still DFØ) on 1 January
 *   2020, when it took over Difi's management and analysis departments (Sikt's Forvaltningsdatabasen, unit 1615: «01.01.2020
 *   Change of name … Norwegian Government Agency for Administration and Financial Management, DFØ»; dfo.no, «Oppdragsbrev om
 *   å utvide DFØs ansvarsområder»). Asked by B3 (variants-skatt SK53).
 * - NSD – Norsk senter for forskningsdata AS became part of Sikt on 1 January 2022 (sikt.no, the same page: «Sikt ble
 *   etablert fra 1. januar 2022 … organisert sammen med Uninett AS og Norsk senter for forskingsdata AS (NSD)»). Its
 *   abbreviation is read in capitals only («nsd» in a word list is not the body).
 * - Statens dyrehelsetilsyn, Statens næringsmiddeltilsyn and Statens landbrukstilsyn went into Mattilsynet (the Norwegian
 *   Food Safety Authority), which took over their tasks on 1 January 2004 (regjeringen.no, Landbruksdepartementet, «Ett
 *   Mattilsyn og én matlov», 21 January 2004: «Mattilsynet overtar forvaltningsoppgaver som frem til nå har vært løst av
 *   Statens landbrukstilsyn, Statens dyrehelsetilsyn og Statens næringsmiddeltilsyn»; Sikt's Forvaltningsdatabasen:
 *   «Det nye Mattilsynet overtar fra 1.1.2004 ansvar og oppgaver»; read 2026-12-02, W12, variants-veterinar DY40).
 *
 * A processor is a recipient too (Art. 4(9)), and the notice names it: its name is read like a recipient's. The
 * controller's own names are read too (`renamed-controller`, Art. 13(1)(a), 30(1)(a)).
 */
interface RenamedBody {
  old: RegExp;
  former: string;
  current: string;
  now: RegExp;
  since: string;
  /**
   * The old name counts only where the texts also say this (a municipal «kemner» is the tax collector only beside a word
   * of tax: the municipality's own collector of its fees, «Kemnerkontoret i Lindvik (innkreving)», is still there).
   */
  with?: RegExp;
  /**
   * A name other countries' bodies bear too («the Parliamentary Ombudsman» is also Sweden's, Denmark's and Finland's
   * ombudsman): it counts only for a party in Norway (its country NO, or none given) whose words name no other country.
   */
  norwegianOnly?: boolean;
  /** A register renamed, not a body: the message says the register has been called so. */
  register?: boolean;
}
/** Skatteetaten now: the tax administration, its collection authority, a tax office. */
const SKATTEETATEN_NOW = lazyPattern(
  String.raw`skatteetat|(?<![\p{L}])skattekontor|innkrev(?:ings|jings)myndighet|(?:norwegian )?tax administration|collection authority`,
  'iu',
);
/** Skatteetaten's collection authority, since 1 January 2026 one body (innkrevingsloven). */
const INNKREVING_NOW = SKATTEETATEN_NOW();
/** Words naming another country whose parliamentary ombudsman bears the same English name. */
const OTHER_COUNTRY = lazyPattern(
  String.raw`(?<![\p{L}])(?:swed\p{L}*|sverige|svensk\p{L}*|riksdag\p{L}*|ombudsmän|denmark|danish|danmark|dansk\p{L}*|folketing\p{L}*|finland|finnish|finsk\p{L}*|suomi|eduskun\p{L}*|iceland\p{L}*|island|islandsk\p{L}*|alþingi\p{L}*|althingi|europe\p{L}*|eu|european union|ireland|irish|malta|maltese|cyprus|austria\p{L}*|greece|greek|uk|british|united kingdom|scotland|scottish|wales|welsh|india\p{L}*|new zealand|australia\p{L}*|singapore\p{L}*)(?![\p{L}])`,
  'iu',
);

const RENAMED: readonly RenamedBody[] = [
  {
    old: /petroleumstilsyn|(?<![\p{L}])ptil(?![\p{L}])|petroleum safety authority/iu,
    former: 'Petroleumstilsynet',
    current: 'Havindustritilsynet',
    now: /havindustritilsyn|(?<![\p{L}])havtil(?![\p{L}])|ocean industry authority/iu,
    since: '2024-01-01',
  },
  {
    old: /oljedirektorat|norwegian petroleum directorate/iu,
    former: 'Oljedirektoratet',
    current: 'Sokkeldirektoratet',
    now: /sokkeldirektorat|offshore directorate/iu,
    since: '2024-01-01',
  },
  { old: /fylkesmann|fylkesmenn/iu, former: 'Fylkesmannen', current: 'Statsforvalteren', now: /statsforvalt/iu, since: '2021-01-01' },
  {
    old: /tilsynsrådet for advokat\p{L}*/iu,
    former: 'Tilsynsrådet for advokatvirksomhet',
    current: 'Advokattilsynet',
    now: /advokattilsyn/iu,
    since: '2025-01-01',
  },
  {
    old: /disiplinærnemnd\p{L}* for advokat\p{L}*/iu,
    former: 'Disiplinærnemnden for advokater',
    current: 'Advokatnemnda',
    now: /advokatnemnd/iu,
    since: '2025-01-01',
  },
  {
    // «Fylkesnemnda for barnevern og sosiale saker», «fylkesnemndene», «Sentralenheten for fylkesnemndene».
    old: /fylkesnemnd/iu,
    former: 'Fylkesnemnda for barnevern og sosiale saker',
    current: 'Barneverns- og helsenemnda',
    now: /barneverns- og helsenemnd|(?<![\p{L}])bvhn(?![\p{L}])/iu,
    since: '2023-01-01',
  },
  { old: /(?<![\p{L}])arkivverket/iu, former: 'Arkivverket', current: 'Nasjonalarkivet', now: /nasjonalarkiv/iu, since: '2026-01-01' },
  {
    old: /havarikommisjon\p{L}* for transport|accident investigation board norway|(?<![\p{L}])(?:SHT|AIBN)(?![\p{L}])/iu,
    former: 'Statens havarikommisjon for transport',
    current: 'Statens havarikommisjon',
    now: /statens havarikommisjon(?!\s+for)|safety investigation authority|(?<![\p{L}])NSIA(?![\p{L}])/iu,
    since: '2020-07-01',
  },
  {
    old: /forbruk[ea]rtvistutval/iu,
    former: 'Forbrukertvistutvalget',
    current: 'Forbrukerklageutvalget',
    now: /forbruk[ea]rklageutval/iu,
    since: '2017-03-01',
  },
  {
    old: /statens legemiddelverk|(?<![\p{L}])legemiddelverket|norwegian medicines agency/iu,
    former: 'Statens legemiddelverk',
    current: 'Direktoratet for medisinske produkter',
    now: /direktoratet for medisinske produkt|(?<![\p{L}])dmp(?![\p{L}])|medical products agency/iu,
    since: '2024-01-01',
  },
  {
    old: /statens autorisasjonskontor for helsepersonell|registration authority for health personnel/iu,
    former: 'Statens autorisasjonskontor for helsepersonell',
    current: 'Helsedirektoratet',
    now: /helsedirektorat|directorate of health/iu,
    since: '2016-01-01',
  },
  { old: /sysselmann|sysselmenn/iu, former: 'Sysselmannen', current: 'Sysselmesteren', now: /sysselmest/iu, since: '2021-07-01' },
  {
    // «Sivilombudsmannen», «Stortingets ombudsmann for forvaltningen»; not the repealed act's name alone
    // («sivilombudsmannsloven» is read as the body too, which a recipient's name does not hold).
    old: /sivilombudsm[ae]nn|stortingets ombudsmann/iu,
    former: 'Sivilombudsmannen',
    current: 'Sivilombudet',
    now: /sivilombud(?!sm[ae]nn)|stortingets ombud for kontroll|parliamentary ombud(?!sm[ae]n)/iu,
    since: '2021-07-01',
  },
  {
    // «The Parliamentary Ombudsman», the English name Sivilombudsmannen used, is also the English name of Sweden's
    // (Riksdagens ombudsmän), Denmark's (Folketingets Ombudsmand) and Finland's (eduskunnan oikeusasiamies) ombudsmen:
    // read only for a body in Norway (R2, session 13).
    old: /(?<![\p{L}])parliamentary ombudsm[ae]n/iu,
    former: 'Sivilombudsmannen',
    current: 'Sivilombudet',
    now: /sivilombud(?!sm[ae]nn)|stortingets ombud for kontroll|parliamentary ombud(?!sm[ae]n)/iu,
    since: '2021-07-01',
    norwegianOnly: true,
  },
  {
    // «Ministry of Trade and Industry» is NHD's English name; NFD's is «Ministry of Trade, Industry and Fisheries».
    old: /fiskeri- og kystdepartement|nærings- og handelsdepartement|ministry of fisheries and coastal affairs|ministry of trade and industry/iu,
    former: 'Fiskeri- og kystdepartementet',
    current: 'Nærings- og fiskeridepartementet',
    now: /nærings- og fiskeridepartement|(?<![\p{L}])nfd(?![\p{L}])|ministry of trade, industry and fisheries/iu,
    since: '2014-01-01',
    // Singapore's ministry bears the same English name, and Finland's did until 2008 (N's review, session 16): only a body in Norway.
    norwegianOnly: true,
  },
  {
    old: /kredittilsyn|(?<![\p{L}])banking,? insurance and securities commission/iu,
    former: 'Kredittilsynet',
    current: 'Finanstilsynet',
    now: /finanstilsyn|financial supervisory authority/iu,
    since: '2009-12-21',
  },
  {
    old: /direktoratet for ikt og fellestj|direktoratet for ikt og fellestenest|(?<![\p{L}])unit\s*[–-]\s*direktoratet/iu,
    former: 'Unit – Direktoratet for IKT og fellestjenester i høyere utdanning og forskning',
    current: 'Sikt – Kunnskapssektorens tjenesteleverandør / Direktoratet for høyere utdanning og kompetanse (HK-dir)',
    now: /(?<![\p{L}])sikt(?![\p{L}])|kunnskapssektorens tjenesteleverand|(?<![\p{L}])hk-dir(?![\p{L}])|direktoratet for h[øo]g(?:ere|are) utdanning og kompetanse/iu,
    since: '2022-01-01',
  },
  {
    // Full names only: «PT» is also a personal trainer, «NPT» many other things.
    old: /post-\s*og\s*teletilsyn|norwegian post and telecommunications authority/iu,
    former: 'Post- og teletilsynet',
    current: 'Nasjonal kommunikasjonsmyndighet (Nkom)',
    now: /nasjonal kommunikasjonsmyndighet|(?<![\p{L}])nkom(?![\p{L}])|norwegian communications authority/iu,
    since: '2015-01-01',
  },
  {
    old: /sosial-\s*og\s*helsedirektorat|(?<![\p{L}])shdir(?![\p{L}])|directorate (?:for|of) health and social affairs/iu,
    former: 'Sosial- og helsedirektoratet',
    current: 'Helsedirektoratet / Arbeids- og velferdsdirektoratet',
    now: /(?<!sosial-\s*og\s*)helsedirektorat|arbeids- og velferdsdirektorat|(?<![\p{L}])nav(?![\p{L}])|directorate of health(?! and social)|labour and welfare/iu,
    since: '2008-04-01',
  },
  {
    old: /direktoratet for e-helse|(?<![\p{L}])e-helsedirektoratet|norwegian directorate of ehealth/iu,
    former: 'Direktoratet for e-helse',
    current: 'Helsedirektoratet',
    now: /helsedirektoratet(?!\s+for)|norwegian directorate of health(?!\s*care)/iu,
    since: '2024-01-01',
  },
  {
    // Trygdeetaten (its local trygdekontor, Rikstrygdeverket) and Aetat were closed when Arbeids- og velferdsetaten (NAV)
    // was set up on 1 July 2006. «Aetat» as a word only: not inside another word.
    old: /trygdekontor|trygdeetat|rikstrygdeverk|(?<![\p{L}])aetat(?![\p{L}])/iu,
    former: 'trygdeetaten / Aetat',
    current: 'Arbeids- og velferdsetaten (NAV)',
    now: /(?<![\p{L}])nav(?![\p{L}])|arbeids- og velferds|labour and welfare/iu,
    since: '2006-07-01',
  },
  {
    // Not DIKU, the Department of Computer Science of the University of Copenhagen (Datalogisk Institut), a research partner.
    old: /(?=diku)(?<!(?:københavn|copenhagen|datalogisk|computer science)[^]*)(?<![\p{L}])diku(?![\p{L}])(?![^]*(?:københavn|copenhagen|datalogisk|computer science))|direktoratet for internasjonalisering og kvalitetsutvikling|norwegian agency for international cooperation and quality enhancement/iu,
    former: 'Direktoratet for internasjonalisering og kvalitetsutvikling i høyere utdanning (Diku)',
    current: 'Direktoratet for høyere utdanning og kompetanse (HK-dir)',
    now: /(?<![\p{L}])hk-dir(?![\p{L}])|direktoratet for h[øo]g(?:ere|are) utdanning og kompetanse|directorate for higher education and skills/iu,
    since: '2021-07-01',
  },
  {
    // Not inside a company's name («Sikkerhetskompetanse Norge AS», «Digital Kompetanse Norge AS»): the directorate was no company.
    old: /(?<![\p{L}])kompetanse no(?:rge|reg)(?![\p{L}])(?!\s+(?:as|asa|sa|da|ans|ba)(?![\p{L}]))|(?<![\p{L}])skills norway(?![\p{L}])/iu,
    former: 'Kompetanse Norge',
    current: 'Direktoratet for høyere utdanning og kompetanse (HK-dir)',
    now: /(?<![\p{L}])hk-dir(?![\p{L}])|direktoratet for h[øo]g(?:ere|are) utdanning og kompetanse|directorate for higher education and skills/iu,
    since: '2021-07-01',
  },
  {
    // «KMD», «KDD», «Difi» and «Digdir» only as words of their own, not inside other words.
    old: /kommunal-\s*og\s*moderniseringsdepartement|ministry of local government and modernisation|(?<![\p{L}])KMD(?![\p{L}])/iu,
    former: 'Kommunal- og moderniseringsdepartementet (KMD)',
    // A name only: the value is printed inside nb, nn and en messages, so no words of any language around it (DFD, split
    // off in 2024, is accepted as a current name by `now`).
    current: 'Kommunal- og distriktsdepartementet (KDD)',
    now: /kommunal-\s*og\s*distriktsdepartement|(?<![\p{L}])(?:KDD|DFD)(?![\p{L}])|ministry of local government and regional development|digitaliserings-\s*og\s*forvaltningsdepartement|ministry of digitalisation and public governance/iu,
    since: '2022-01-01',
  },
  {
    // Not the new name, which keeps «økonomistyring» and the abbreviation DFØ: only the old full names are read.
    old: /direktoratet for økonomistyring|senter for statlig økonomistyring|(?<![\p{L}])government agency for financial management/iu,
    former: 'Direktoratet for økonomistyring (DFØ)',
    current: 'Direktoratet for forvaltning og økonomistyring (DFØ)',
    now: /direktoratet for forvaltning og økonomistyring|agency for (?:public )?(?:administration|management) and financial management/iu,
    since: '2020-01-01',
  },
  {
    old: /direktoratet for forvaltning og ikt|(?<![\p{L}])difi(?![\p{L}])|agency for public management and egovernment/iu,
    former: 'Direktoratet for forvaltning og IKT (Difi)',
    current: 'Digitaliseringsdirektoratet (Digdir)',
    now: /digitaliseringsdirektorat|(?<![\p{L}])digdir(?![\p{L}])|norwegian digitali[sz]ation agency/iu,
    since: '2020-01-01',
  },
  {
    old: /(?<![\p{L}])NSD(?![\p{L}])|[Nn]orsk senter for forskn?ingsdata|[Nn]orwegian [Cc]ent(?:re|er) for [Rr]esearch [Dd]ata|[Nn]orsk samfunnsvitenskapelig datatjeneste/u,
    former: 'NSD – Norsk senter for forskningsdata',
    current: 'Sikt – Kunnskapssektorens tjenesteleverandør',
    now: /(?<![\p{L}])sikt(?![\p{L}])|kunnskapssektorens tj?enesteleverand|norwegian agency for shared services in education and research/iu,
    since: '2022-01-01',
  },
  {
    // A register, not a body: folkeregisterloven (LOV-2016-12-09-88) § 1-1 «Det skal være et sentralt personregister for
    // Norge, kalt Folkeregisteret», in force 1 October 2017 (§ 13-1: res. 9 June 2017 nr. 718; the 1970 act repealed).
    // Under the 1970 act it went by «Det sentrale folkeregister (DSF)» (jusleksikon.no «Folkeregisteret»; Prop. 164 L
    // (2015–2016) ch. 3, «det sentrale Folkeregisteret»). «DSF» alone is other things too.
    // Only with «DSF», the register's name under the 1970 act: «det sentrale folkeregisteret» alone describes Folkeregisteret
    // as it is (§ 1-1 «et sentralt personregister»; Statens vegvesen's notice names it so, bodies/statens-vegvesen). Not
    // another country's central register («… i Danmark»): for a register in Norway.
    old: /(?<![\p{L}])sentrale\s+folkeregister(?:et)?[\s,(–-]*DSF(?![\p{L}])|(?<![\p{L}])DSF[\s,(–-]+(?:det\s+)?sentrale\s+folkeregist/iu,
    former: 'Det sentrale folkeregister (DSF)',
    current: 'Folkeregisteret',
    now: /(?<!sentrale\s+)(?<![\p{L}])folkeregisteret(?![\p{L}])|(?<![\p{L}])freg(?![\p{L}])|national population register/iu,
    since: '2017-10-01',
    norwegianOnly: true,
    register: true,
  },
  {
    // Full names only: «SI» is many other things.
    old: /statens innkrev(?:ings|jings)sentral|(?<![\p{L}])norwegian national collection agency/iu,
    former: 'Statens innkrevingssentral (SI)',
    current: 'Skatteetaten (Innkrevingsmyndigheten)',
    now: INNKREVING_NOW,
    since: '2026-01-01',
  },
  {
    old: /innkrev(?:ings|jings)sentralen for bidrag|(?<![\p{L}])collection agency for child support/iu,
    former: 'Innkrevingssentralen for bidrag og tilbakebetalingskrav',
    current: 'Skatteetaten (Innkrevingsmyndigheten)',
    now: INNKREVING_NOW,
    since: '2026-01-01',
  },
  {
    // Not «KSF» alone (other bodies' abbreviation too), nor «Kriminalomsorgen», the service, which keeps its name.
    old: /kriminalomsorg(?:ens|as|a sin) sentrale forvaltning|(?<![\p{L}])central administration of the (?:norwegian )?correctional service/iu,
    former: 'Kriminalomsorgens sentrale forvaltning (KSF)',
    current: 'Kriminalomsorgsdirektoratet (KDI)',
    now: /kriminalomsorgsdirektorat|(?<![\p{L}])(?:KDI|KRID)(?![\p{L}])|correctional services? directorate|directorate of (?:the )?(?:norwegian )?correctional service/iu,
    since: '2013-07-01',
  },
  {
    // The municipal tax collector: its tasks went to Skatteetaten. «Skatteoppkrever» and «municipal tax collector» name it.
    old: /(?<![\p{L}])(?:kommunal\p{L}*\s+)?skatteoppkrevj?[ea]r\p{L}*|(?<![\p{L}])(?:municipal|local) tax collector/iu,
    former: 'Skatteoppkreveren (kemneren)',
    current: 'Skatteetaten',
    now: SKATTEETATEN_NOW(),
    since: '2020-11-01',
  },
  {
    // A «kemner» is the municipality's treasurer: the tax collector only beside a word of tax (the municipality may still
    // collect its own fees and property tax as særnamsmann, under another law: KS, «Overføring av skatteoppkreverfunksjonen»).
    old: /(?<![\p{L}])kemner\p{L}*/iu,
    with: /(?<![\p{L}])(?:skatt|skatte|skatten|skattar|skatter|tax|taxes|forskuddstrekk\p{L}*|forskotstrekk\p{L}*|arbeidsgiveravgift\p{L}*|arbeidsgjevaravgift\p{L}*|withholding|skattetrekk\p{L}*|restskatt\p{L}*|tax deduction\p{L}*|employer'?s contributions?)(?![\p{L}])/iu,
    former: 'Skatteoppkreveren (kemneren)',
    current: 'Skatteetaten',
    now: SKATTEETATEN_NOW(),
    since: '2020-11-01',
  },
  {
    // Toll- og avgiftsetaten and its directorate lost the excise duties to Skatteetaten and became Tolletaten and
    // Tolldirektoratet. Not «tollvesenet», the customs in general, which laws still say (matloven § 23, smittevernloven § 4-10).
    old: /toll- og avgifts(?:etat|direktorat)\p{L}*|(?<![\p{L}])norwegian customs and excise/iu,
    former: 'Toll- og avgiftsetaten (Toll- og avgiftsdirektoratet)',
    current: 'Tolletaten (Tolldirektoratet)',
    // Skatteetaten beside the old name: the excise duties' new home named.
    now: /(?<![\p{L}])toll(?:etat|direktorat)\p{L}*|(?<![\p{L}])norwegian customs(?! and excise)|(?<![\p{L}])skatteetat\p{L}*/iu,
    since: '2016-06-22',
  },
  {
    // The state agencies by their full names («Dyrehelsetilsynet» too), not «næringsmiddeltilsyn» alone: the municipal
    // food inspectorates went into Mattilsynet as well, but the word also names another country's.
    old: /statens dyrehelsetilsyn|(?<![\p{L}])dyrehelsetilsynet|norwegian animal health authority/iu,
    former: 'Statens dyrehelsetilsyn',
    current: 'Mattilsynet',
    now: /mattilsyn|norwegian food safety authority/iu,
    since: '2004-01-01',
  },
  {
    old: /statens næringsmiddeltilsyn|norwegian food control authority/iu,
    former: 'Statens næringsmiddeltilsyn',
    current: 'Mattilsynet',
    now: /mattilsyn|norwegian food safety authority/iu,
    since: '2004-01-01',
  },
  {
    old: /statens landbrukstilsyn|norwegian agricultural inspection service/iu,
    former: 'Statens landbrukstilsyn',
    current: 'Mattilsynet',
    now: /mattilsyn|norwegian food safety authority/iu,
    since: '2004-01-01',
  },
  // Appended by D1 (session 28): each entry's source in docs/rules/renamed-body.md, read 2026-12-03.
  {
    // Renamed by the King in Council 16 September 2011, from 1 January 2012 (Sikt's Forvaltningsdatabasen, unit 9805).
    old: /statens bygningstekniske etat|national office of building technology and administration/iu,
    former: 'Statens bygningstekniske etat',
    current: 'Direktoratet for byggkvalitet (DiBK)',
    now: /direktoratet for byggkvalitet|(?<![\p{L}])dibk(?![\p{L}])|(?:directorate|authority) (?:for|of) building quality/iu,
    since: '2012-01-01',
  },
  {
    // Merged into Landbruksdirektoratet from 1 July 2014 (FOR-2014-06-06-729, kgl.res. 6 June 2014; session 29). Full
    // names only: «SLF» and «SRF» are other bodies too.
    old: /statens landbruksforvaltning|statens reindriftsforvaltning|norwegian agricultural authority|norwegian reindeer husbandry administration/iu,
    former: 'Statens landbruksforvaltning / Statens reindriftsforvaltning',
    current: 'Landbruksdirektoratet',
    now: /landbruksdirektorat|norwegian agriculture agency/iu,
    since: '2014-07-01',
  },
  {
    // Not «strålevernet» alone: the word also names radiation protection itself.
    old: /statens strålevern|norwegian radiation protection authority/iu,
    former: 'Statens strålevern',
    current: 'Direktoratet for strålevern og atomsikkerhet (DSA)',
    now: /direktoratet for strålevern og atom|(?<![\p{L}])DSA(?![\p{L}])|radiation and nuclear safety authority/iu,
    since: '2019-01-01',
  },
  {
    // Forbrukerombudsmannen until 1980, Forbrukerombudet (nynorsk Forbrukarombodet) until 2018. Not Denmark's
    // Forbrugerombudsmanden (another spelling); the English «Consumer Ombudsman» is other countries' too, read below.
    old: /forbrukerombud|forbrukarombod/iu,
    former: 'Forbrukerombudet',
    current: 'Forbrukertilsynet',
    now: /forbruk[ea]rtilsyn|(?<![\p{L}])consumer authority/iu,
    since: '2018-01-01',
  },
  {
    // Sweden's, Denmark's and Finland's consumer ombudsmen bear the same English name: only a body in Norway.
    old: /(?<![\p{L}])(?:norwegian )?consumer ombudsman/iu,
    former: 'Forbrukerombudet',
    current: 'Forbrukertilsynet',
    now: /forbruk[ea]rtilsyn|(?<![\p{L}])consumer authority/iu,
    since: '2018-01-01',
    norwegianOnly: true,
  },
  {
    // Likestillings- og diskrimineringsnemnda (LDN) gave way to Diskrimineringsnemnda when diskrimineringsombudsloven took
    // effect; the ombud kept its name (its complaints now go to the tribunal), so it is not read.
    old: /likestillings-\s*og\s*diskrimineringsnemnd|equality and anti-discrimination tribunal/iu,
    former: 'Likestillings- og diskrimineringsnemnda',
    current: 'Diskrimineringsnemnda',
    now: /(?<!og\s)diskrimineringsnemnd|(?<!equality and )anti-discrimination tribunal/iu,
    since: '2018-01-01',
  },
  {
    // Both directorates were closed when DSB was set up (kgl.res. 29 August 2003, FOR-2003-08-29-1094 I-III).
    old: /direktoratet for brann- og el(?:ektrisk)?\s*sikkerhet|direktoratet for sivilt beredskap/iu,
    former: 'Direktoratet for brann- og elsikkerhet / Direktoratet for sivilt beredskap',
    current: 'Direktoratet for samfunnssikkerhet og beredskap (DSB)',
    now: /direktoratet for samfunnssikkerhet og beredskap|(?<![\p{L}])DSB(?![\p{L}])|directorate for civil protection/iu,
    since: '2003-09-01',
  },
  {
    // The county authority only: Statsforvalteren i Oslo og Viken keeps its name. Any of the three counties beside it passes.
    old: /viken fylkeskommune|fylkeskommunen i viken|(?<![\p{L}])viken county/iu,
    former: 'Viken fylkeskommune',
    current: 'Akershus / Buskerud / Østfold fylkeskommune',
    now: /(?<![\p{L}])(?:akershus|buskerud|østfold|ostfold)(?![\p{L}])/iu,
    since: '2024-01-01',
  },
  {
    // Statsforvalteren i Vestfold og Telemark keeps its name: the county authority only.
    old: /vestfold og telemark fylkeskommune|fylkeskommunen i vestfold og telemark|vestfold (?:og|and) telemark county/iu,
    former: 'Vestfold og Telemark fylkeskommune',
    current: 'Vestfold / Telemark fylkeskommune',
    now: /(?<![\p{L}])vestfold fylkeskommune|(?<!og\s)telemark fylkeskommune|fylkeskommunen i (?:vestfold|telemark)(?!\s+og)|(?<![\p{L}])vestfold county|(?<!and\s)telemark county/iu,
    since: '2024-01-01',
  },
  {
    // Statsforvalteren i Troms og Finnmark keeps its name: the county authority only (Sami «Romsa ja Finnmárkku fylkkagielda»).
    old: /troms og finnmark fylkeskommune|fylkeskommunen i troms og finnmark|troms (?:og|and) finnmark county|romsa ja finnmárkku fylkkagielda/iu,
    former: 'Troms og Finnmark fylkeskommune',
    current: 'Troms / Finnmark fylkeskommune',
    now: /(?<![\p{L}])troms fylkeskommune|(?<!og\s)finnmark fylkeskommune|fylkeskommunen i (?:troms|finnmark)(?!\s+og)|(?<![\p{L}])troms county|(?<!and\s)finnmark county/iu,
    since: '2024-01-01',
  },
];

/**
 * A national health register whose controller moved to another body: the body still exists under its name, but it no
 * longer holds the register, so a record that names it as the register's recipient or source names the wrong controller
 * (Art. 13(1)(e), 14(2)(f)). Kommunalt pasient- og brukerregister (KPR), Norsk pasientregister (NPR) and the IPLOS
 * register moved from Helsedirektoratet to Folkehelseinstituttet on 1 January 2024 (forskrift 20. desember 2023 nr.
 * 2165): KPR-forskriften § 1-3, Norsk pasientregisterforskriften § 1-4 and § 1-5 of the forskrift om pseudonymt register
 * for individbasert helse- og omsorgsstatistikk (IPLOS) now say «Folkehelseinstituttet er dataansvarlig» (Lovdata's
 * text in the sstraume97/norwegian-laws mirror of 2 July 2026, read 2026-11-30). Read on a recipient's, processor's or
 * source's texts together (its name and a source's controller): the register named, the former body named, the current
 * body not.
 */
interface MovedRegister {
  register: RegExp;
  name: string;
  old: RegExp;
  former: string;
  current: string;
  now: RegExp;
  since: string;
}
const MOVED: readonly MovedRegister[] = [
  {
    register:
      /kommunalt pasient- og bruke?a?rregist|(?<![\p{L}])KPR(?![\p{L}])|norsk pasientregist|(?<![\p{L}])NPR(?![\p{L}])|norwegian patient regist|IPLOS/iu,
    name: 'KPR, NPR, IPLOS',
    old: /helsedirektorat|directorate of health/iu,
    former: 'Helsedirektoratet',
    current: 'Folkehelseinstituttet',
    now: /folkehelseinstitutt|(?<![\p{L}])FHI(?![\p{L}])|institute of public health/iu,
    since: '2024-01-01',
  },
];

/**
 * A source that is the archive or the records of the former body («Arkiv etter Fylkesmannen i Hordaland», «arkivet frå
 * Oljedirektoratet», «records of the Petroleum Safety Authority»): the records creator keeps the name it had when it
 * made them, which is how archives name it; the name is right. So is an old document of it («a copy of an old Aetat
 * course certificate», «gamle vedtak frå trygdekontoret»: N2b's review, session 18).
 */
const ARCHIVE_OF = lazyPattern(
  String.raw`(?<![\p{L}])(?:arkiv|arkivet|arkiva|arkivene|arkivmateriale[tn]?|arkivbestand\p{L}*)\s+(?:etter|fra|frå)(?![\p{L}])|(?<![\p{L}])(?:archives?|records)\s+(?:of|from)(?![\p{L}])|(?<![\p{L}])(?:old|older|gammel|gamle|gamalt|eldre)\s+(?:(?:\p{L}+\s+){0,2}?(?:kursbevis\p{L}*|attest\p{L}*|vedtak\p{L}*|brev\p{L}*|certificates?|decisions?|letters?|documents?|dokument\p{L}*)|[\p{L}-]+\s+(?:kursbevis\p{L}*|attest\p{L}*|vedtak\p{L}*|course\s+certificates?|certificates?|decisions?|letters?))(?![\p{L}])`,
  'iu',
);

/**
 * A recipient's words that name the register as where the data comes from, not as what the body holds
 * («Helsedirektoratet (ISF-oppgjør, beregnet på grunnlag av data fra NPR)», «based on data from the Norwegian Patient
 * Registry»): Helsedirektoratet still settles activity-based financing on the register's data (H12V false-alarm review,
 * 2026-11-30). Not read for a source, whose «data fra NPR» names the register it comes from.
 */
const FROM_DATA = lazyPattern(String.raw`(?<![\p{L}])(?:fra|frå|from|basert på|bygd på|på grunnlag av|based on)\s+(?:\p{L}+\s+){0,3}?$`, 'iu');
/** Each register's pattern with the g flag, built once for `matchAll`. */
const REGISTER_ALL = new Map(MOVED.map((x) => [x.register, new RegExp(x.register.source, x.register.flags.replace('g', '') + 'g')]));
function dataFrom(text: string, register: RegExp): boolean {
  return [...text.matchAll(REGISTER_ALL.get(register)!)].every((x) => FROM_DATA().test(text.slice(0, x.index)));
}
/** A word of an extract handed over, and a year. */
const EXTRACTED = lazyPattern(
  String.raw`utlever\p{L}*|(?<![\p{L}])(?:levert|leverte|innhenta|innhentet|mottatt|motteke)(?![\p{L}])|uttrekk\p{L}*|uttrak\p{L}*|extract\p{L}*|delivered|disclosed|obtained|received`,
  'iu',
);
const YEAR = lazyPattern(String.raw`(?<![\d])(?:19|20)\d\d(?![\d])`, 'g');
/** Extracts that go on («årlige uttrekk», «første gang 2022», «løpende», «yearly»): later ones come from the register's new controller. */
const RECURRING = lazyPattern(
  String.raw`(?<![\p{L}])(?:årlig\p{L}*|årleg\p{L}*|hvert år|kvart år|løpende|løpande|fortløpende|jevnlig\p{L}*|jamleg\p{L}*|første gang|første gong|yearly|annual\p{L}*|each year|every year|ongoing|regular\p{L}*|first in)(?![\p{L}])`,
  'iu',
);
/**
 * A source whose words say the extract was handed over in a year before the register moved («Uttrekk fra NPR, utlevert av
 * Helsedirektoratet i 2022», «disclosed by the Directorate of Health in 2021»), and name no later year and no recurring
 * extract: the data came from the body that held the register then, which is the source Art. 14(2)(f) asks for (H12V
 * false-alarm review, 2026-11-30).
 */
function extractedBefore(texts: readonly string[], since: string): boolean {
  if (!texts.some((t) => EXTRACTED().test(t)) || texts.some((t) => RECURRING().test(t))) return false;
  const years = texts.flatMap((t) => [...t.matchAll(YEAR())].map((m) => m[0]));
  return years.length > 0 && years.every((y) => y < since.slice(0, 4));
}

/**
 * A body the activity's own words name as where the data goes or comes from, by a name it no longer has («Klaga blir
 * adressert til Fylkesmannen i Vestfold og Telemark», «Eldre papirarkiv blir avlevert direkte til Arkivverket», «we get the
 * decision from the County Governor»): the notice is built from these words as much as from the catalogue (Art. 13(1)(e),
 * 14(2)(f)), and people look for that body in vain (variants-gravferd GF31, GF32; B17, session 19). Read only right after
 * «til», «to», «frå», «fra», «from», «hos», «with» (one word between at most), with a verb of sending, handing over or
 * receiving before it, in a sentence that names neither the current name nor a year, nor speaks of the past, of the
 * former body's archive or of a course or guidance about it («tidlegare Fylkesmannen», «før 2021»,
 * «Arkiv etter Fylkesmannen i Hordaland», «the County Governor was the appeal body then»): a history is no party named.
 * The participle with no «til» reads alike («blir … oversendt Fylkesmannen», «vert oversend Fylkesmannen»: variants-landbruk
 * LB44, after the blind measure, session 29). The second of parties joined after the preposition reads alike («rapportere
 * til Skatteetaten og Rikstrygdeverket i a-meldingen», «to the Tax Administration and the County Governor»:
 * variants-forvaltning FV61; FX, session 47).
 */
const PARTY_BEFORE = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:til|to|frå|fra|from|hos|with)\s+(?:[\p{L}-]+\s+)?|(?:til|to|frå|fra|from|hos|with)\s+(?:[\p{L}-]+\s+){1,3}?(?:og|eller|samt|and|or)\s+(?:the\s+)?|(?:sendes|sendast|oversendes|oversendast|oversendt|oversend|videresendt|vidaresendt|vidaresend)\s+(?:(?:også|òg|deretter|hvert\s+år|kvart\s+år|årlig|årleg)\s+)?)$`,
  'iu',
);
const PAST_OR_YEAR = lazyPattern(
  String.raw`(?<![\p{L}])(?:tidlegare|tidligere|formerly|former|previously|før(?!\s+(?:[\p{L}-]+\s+){1,2}?(?:avgjør|gjør|gjer|\p{L}{3,}(?:er|ar))\s)|fram\s+til|frem\s+til|until|then|då|da|var|vart|ble|blei|was|were|het|heitte|hette|called|named|gamle|gamal|gammel|old|historisk\p{L}*|historic\p{L}*)(?![\p{L}])|(?<![\d])(?:19|20)\d\d(?![\d])`,
  'iu',
);
/**
 * A verb of sending, handing over or receiving before the party («blir adressert til», «avlevert til», «får … frå»), or work
 * done «på oppdrag fra/frå» a body, which names it as the principal the data is handled for (B20, variants-bevilling BV26).
 * Or checking something with a body («kontrollerer autorisasjonen hos Statens autorisasjonskontor for helsepersonell»,
 * «sjekkar … hos», «we check the licence with …»): the body is where the data comes from (Art. 14(2)(f); variants-legevakt
 * LV38, W11 session 23). PARTY_BEFORE still asks «hos», «with», «frå», «from» right before the name.
 */
const HANDING_VERB = lazyPattern(
  String.raw`(?<![\p{L}])(?:send\p{L}*|oversend\p{L}*|videresend\p{L}*|adresser\p{L}*|avlever\p{L}*|lever(?:e|er|es|ast|t|te)|overfør\p{L}*|utlever\p{L}*|rapporter\p{L}*|innrapporter\p{L}*|meld(?:e|er|es|ast|t|te)|klag(?:e|er|es|ast|a|ar|d|de)|innhent\p{L}*|hent(?:e|er|ar|es|ast|a|et|ta)|får|fær|mottek|mottar|motta|forward\p{L}*|sent|deliver\p{L}*|transfer\p{L}*|report\p{L}*|disclos\p{L}*|submit\p{L}*|appeal\p{L}*|receiv\p{L}*|gets?|obtain\p{L}*|claim(?:s|ed|ing)?|apply|applies|applied|applying|krev(?:e|er|es|ast|de|d|ja|jer)|søk(?:e|er|es|ast|te|t|ja|jer|je|jast)|posted|posting|complain\p{L}*|(?:go|goes|går|gjeng)(?=\s+(?:direkte\s+|directly\s+|videre\s+|on\s+)?(?:til|to)\s)|på\s+oppdrag(?=\s+(?:fra|frå)(?![\p{L}]))|kontroller(?:e|er|ar|es|ast|te|t|a)|sjekk(?:e|er|ar|es|ast|et|a)|verifiser(?:e|er|ar|es|ast|te|t|a)|checks?|checked|checking|verif(?:y|ies|ied|ying))(?![\p{L}])`,
  'iu',
);
/**
 * A decision, dispensation or permission the words say is needed, asked for or obtained now, from the body («må ha vedtak
 * om dispensasjon fra taushetsplikten … fra Fylkesmannen i Vestmark», «søker om tillatelse fra», «researchers need a
 * decision from»: variants-ika IK69; W14, session 24): the body named is the one that decides, the party the application
 * goes to and the decision comes from (Art. 14(2)(f)). The decision word only after a word of need, asking or obtaining
 * (within four words): «Arkivet inneholder vedtak fra Fylkesmannen», decisions kept as archive content, is a history.
 */
const DECISION_NEEDED = lazyPattern(
  String.raw`(?<![\p{L}])(?:må|skal|trenger|treng|krever|krev|kreves|krevst|søker|søkjer|søke|søkje|innhente|innhenter|innhentar|must|needs?|requires?|required|apply|applies|obtain|obtains)\s+(?:[\p{L}-]+\s+){0,4}?(?:vedtak\p{L}*|dispensasjon\p{L}*|tillatelse\p{L}*|tillating\p{L}*|løyve\p{L}*|decisions?|dispensations?|permission|permits?|approval)(?![\p{L}])`,
  'iu',
);
/** A course or guidance about the body or how to reach it: a topic, no party. */
const TOPIC = lazyPattern(
  String.raw`(?<![\p{L}])(?:kurs\p{L}*|courses?|training|opplæring\p{L}*|rettleiing\p{L}*|veiledning\p{L}*|guidance|korleis|hvordan|how\s+to)(?![\p{L}])`,
  'iu',
);
/**
 * Not a party of ours (N3b's review, 2026-12-02): a negation before the name («Klager blir ikkje lenger sende til
 * Fylkesmannen», «We send no data to the Petroleum Safety Authority»), or a practice stopped («Vi har sluttet å sende
 * listen til Arkivverket», «We have stopped sending …»: N11's review, session 25); a person's past work or a reference from it
 * («søkjarar som har arbeidd hos Fylkesmannen», «CV og attestar, til dømes frå Fylkesmannen», «experience from the
 * Norwegian Medicines Agency»); old cases («Eldre saker som er sende frå Fylkesmannen»: the past).
 */
const NEGATED = lazyPattern(
  String.raw`(?<![\p{L}])(?:ikkje|ikke|ingen|inga|intet|inkje|aldri|not|no|never|none|lenger|longer)(?![\p{L}])|n['’]t(?![\p{L}])|(?<![\p{L}])(?:slutta|sluttet|sluttar|slutter|stansa|stanset|stopped|ceased|quit)\s+(?:med\s+)?(?:å|to|sending|sharing|reporting)(?![\p{L}])`,
  'iu',
);
/**
 * The negation that denies the name's own verb (X2, session 20: since N3b's narrowing any negation before the name
 * silenced it, so «Vi sender ikkje berre klaga, men òg vedlegga til Fylkesmannen» was missed): read in the comma part that
 * holds the name and the parts before it back to one opening with «men», «but», «og», «and», «eller», «or» (a clause of its
 * own: «Vi sender ikkje klaga, men vedlegga til Fylkesmannen», «We do not keep the files, and we send them to …»); not
 * «ikkje berre», «not only» (NOT_ONLY: the sending is affirmed), nor a negation inside a subordinate clause it opens
 * («Saker som ikkje blir løyste her, sender vi til Fylkesmannen», «Klager som ikke tas til følge, sendes til …»). The
 * negations the narrowing was for stay denied («Klager blir ikkje lenger sende til Fylkesmannen», «We do not, as a rule,
 * send data to …», «Vi sender ikkje klaga til Fylkesmannen, men til kommunen», «Vi sender verken klaga eller vedlegga til
 * Fylkesmannen»).
 */
const NOT_ONLY = lazyPattern(String.raw`(?<![\p{L}])(?:ikkje|ikke|not)\s+(?:berre|bare|kun|einast|only|just|merely)(?![\p{L}])`, 'giu');
const NEW_CLAUSE = lazyPattern(String.raw`^\s*(?:men|but|og|and|eller|or|samt|dessutan|dessuten|berre|bare|kun|einast|only)(?![\p{L}])`, 'iu');
const SUBORDINATE_NEGATION = lazyPattern(
  String.raw`(?<![\p{L}])(?:som|that|which|who|der|når|dersom|viss|hvis|om|if|when|unless)\s+(?:[\p{L}-]+\s+){0,4}?(?:ikkje|ikke|not|aldri|never)(?![\p{L}])`,
  'iu',
);
/**
 * A condition said by a verb first, before its comma («Er klagaren ikkje nøgd, blir klaga send til Fylkesmannen», «Er du ikke
 * fornøyd, kan du klage til …», «Får vi ikkje svar, sender vi saka til …»: the bokmål and nynorsk «if» without «dersom»;
 * variants-legevakt LV19, W11 session 23): its negation is the condition's, not the sending's. Only a sentence that opens
 * with the verb and has a comma after the negation; «Blir klaga ikkje send til Fylkesmannen» (no comma) stays denied.
 */
const VERB_FIRST_CONDITION = lazyPattern(
  String.raw`^\s*(?:er|var|har|hadde|får|fær|fekk|fikk|blir|vert|ble|blei|vart|kjem|kommer|kom|kan|vil|skal|gjer|gjør)\s+(?:[\p{L}-]+\s+){1,3}?(?:ikkje|ikke|aldri)(?![\p{L}])[^,]*,`,
  'iu',
);
const NEITHER = lazyPattern(String.raw`(?<![\p{L}])(?:verken|korkje|neither)(?![\p{L}])`, 'iu');
function negatedBefore(before: string): boolean {
  const parts = before.split(',');
  let words = '';
  for (let i = parts.length - 1; i >= 0; i--) {
    words = `${parts[i]!},${words}`;
    if (NEW_CLAUSE().test(parts[i]!)) break;
  }
  const read = words.replace(NOT_ONLY(), ' ').replace(VERB_FIRST_CONDITION(), ' ');
  if (NEITHER().test(read)) return true;
  return NEGATED().test(read.replace(SUBORDINATE_NEGATION(), ' '));
}
const PAST_WORK = lazyPattern(
  String.raw`(?<![\p{L}])(?:arbeidd|arbeidde|jobba|jobbet|worked|experience|erfaring\p{L}*|attest\p{L}*|vitnemål\p{L}*|references?|referanse\p{L}*|cv|(?:har|hadde|have|has|had)\s+(?:[\p{L}-]+\s+)?(?:arbeidet|vore\s+tilsett|vært\s+ansatt|been\s+employed))(?![\p{L}])|(?<![\p{L}])(?:eldre|older|tidlegare|earlier)\s+(?:[\p{L}-]+\s+)?(?:sak\p{L}*|cases?|files?|mapp\p{L}*|søknad\p{L}*|klage\p{L}*|klagar\p{L}*|records?|applications?|complaints?|matters?)(?![\p{L}])`,
  'iu',
);
/**
 * The old name ends its word, or the word is the former name's own with an ending at most («Fylkesmannen», «Fylkesmannens»,
 * «Fylkesmennene», «Petroleumstilsynets»): not another word that starts with it («Fylkesmannsgarden», a building: N3b's
 * review). The word is measured against the former name's word it starts (`former`), three letters of ending allowed.
 */
const WORD_REST = lazyPattern(String.raw`^\p{L}*`, 'u');
const LAST_WORD = lazyPattern(String.raw`\p{L}*$`, 'u');
const WORDS = lazyPattern(String.raw`[^\p{L}]+`, 'u');
function endsAsName(body: RenamedBody, sentence: string, o: RegExpExecArray): boolean {
  const rest = WORD_REST().exec(sentence.slice(o.index + o[0].length))![0];
  if (rest === '') return true;
  const last = LAST_WORD().exec(o[0])![0].toLowerCase();
  const own = body.former
    .toLowerCase()
    .split(WORDS())
    .find((w) => last !== '' && w.startsWith(last));
  return own === undefined || last.length + rest.length <= own.length + 3;
}
/**
 * A year that opens a practice still going on: «frå», «fra», «from», «sidan», «siden», «since» and a year with no end year
 * after it, in a sentence whose verb is in the present («Frå 2019 sender vi klagene til Fylkesmannen», «Sidan 2019 har vi
 * sendt klagene til Fylkesmannen», «From 2018 we send the complaints to Fylkesmannen, as we still do»: N4's review, X2,
 * session 20). Such a year dates no name, and is taken out before PAST_OR_YEAR reads the sentence; a past verb
 * («sendte», «sent»), an end year («fra 2015 til 2020») or another past word keeps the sentence a history.
 */
const OPEN_START_YEAR = lazyPattern(
  String.raw`(?<![\p{L}])(?:fra|frå|from|sidan|siden|since)\s+(?:(?:år(?:et)?|the\s+year)\s+)?(?:19|20)\d\d(?![\d])(?!\s*(?:[-–—]|til|to|until|og|and)\s*(?:19|20)\d\d)(?:\s+av(?![\p{L}]))?`,
  'giu',
);
const PRESENT_VERB = lazyPattern(
  String.raw`(?<![\p{L}])(?:sender|sendar|sendes|sendast|send|sends|har\s+(?:vi\s+|me\s+)?sendt|have\s+sent|has\s+been\s+sent|have\s+been\s+sent|går|gjeng|goes|go|får|fær|mottar|mottek|receive|receives|get|gets|leverer|leverar|deliver|delivers|melder|meldar|report|reports|still|framleis|fortsatt|fremdeles)(?![\p{L}])`,
  'iu',
);
const SENT_PAST = lazyPattern(
  String.raw`(?<![\p{L}])(?:sendte|sende\s+(?:vi|me|dei|de)|sent\s+(?!to\s)|sendt\s+(?!til\s)|went|fekk|fikk|got|received|leverte|delivered|reported|meldte)(?![\p{L}])`,
  'iu',
);
function presentFrom(sentence: string): string {
  // search, not test: the pattern is global, and search keeps no lastIndex.
  if (sentence.search(OPEN_START_YEAR()) < 0) return sentence;
  if (!PRESENT_VERB().test(sentence) || SENT_PAST().test(sentence)) return sentence;
  return sentence.replace(OPEN_START_YEAR(), ' ');
}
const SENTENCE = lazyPattern(String.raw`[^.!?;]+`, 'gu');
/**
 * The words one of the former names read as a party must hold (util/prefilter.ts, over all of them as one alternation
 * ignoring case: only ever weaker than each): a text without any names none, and its sentences are not read.
 */
const MAY_NAME_FORMER = prefilter({
  source: RENAMED.filter((x) => x.with === undefined && x.norwegianOnly !== true)
    .map((x) => `(?:${x.old.source})`)
    .join('|'),
  flags: 'iu',
});
/** The renamed body the text names as a party (PARTY_BEFORE), in a sentence of the present (PAST_OR_YEAR), if any. */
export function namedAsParty(text: string, today: string): RenamedBody | undefined {
  return partyByDay(today)(text) ?? undefined;
}
/** `namedAsParty` remembered per text (util/memo.ts), for the day the run reads: a record repeats its texts. */
const partyByDate = new Map<string, (text: string) => RenamedBody | null>();
function partyByDay(today: string): (text: string) => RenamedBody | null {
  let read = partyByDate.get(today);
  if (read === undefined) partyByDate.set(today, (read = byText((text) => partyNamed(text, today) ?? null)));
  return read;
}
const KEMNER = lazyPattern(String.raw`(?<![\p{L}])kemner`, 'iu');
/** A sentence (a SENTENCE match in `text`) and the one after it. */
function withNext(text: string, m: RegExpMatchArray): string {
  const rest = text.slice(m.index! + m[0].length + 1);
  const end = rest.search(/[.!?;]/u);
  return `${m[0]} ${end < 0 ? rest : rest.slice(0, end)}`;
}
/** A former name's pattern, global, for reading each place it stands. */
const allOf = memo((re: RegExp) => new RegExp(re.source, 'giu'));
function partyNamed(text: string, today: string): RenamedBody | undefined {
  if (!MAY_NAME_FORMER(text) && !KEMNER().test(text)) return undefined;
  for (const m of text.matchAll(SENTENCE())) {
    const sentence = m[0];
    if (PAST_OR_YEAR().test(presentFrom(sentence)) || ARCHIVE_OF().test(sentence) || TOPIC().test(sentence)) continue;
    const b = RENAMED.find((x) => {
      // The former name first: most sentences hold none, and the current name is read only beside one.
      // A name that needs a word beside it (`with`: «kemneren» and a word of tax) is read where its sentence or the next one
      // says that word («… innhentes uttalelse fra politiet og fra kemneren om bevillingshaveren … Uttalelsene gjelder forhold
      // etter … skatte-, avgifts- og regnskapslovgivningen»: variants-bevilling BV25; F9, session 21).
      if (x.since > today || (x.with !== undefined && !(x.old.test(sentence) && x.with.test(withNext(text, m)))) || x.norwegianOnly === true) return false;
      if (!x.old.test(sentence) || x.now.test(sentence) || PAST_WORK().test(sentence)) return false;
      // Each place the name stands, not the first only («journalføres etter Arkivverkets standard, og kopi av journalen
      // sendes Arkivverket»: a standard first, then the party; BV27).
      for (const o of sentence.matchAll(allOf(x.old))) {
        if (
          endsAsName(x, sentence, o) &&
          PARTY_BEFORE().test(sentence.slice(Math.max(0, o.index - 40), o.index)) &&
          (HANDING_VERB().test(sentence.slice(0, o.index)) || DECISION_NEEDED().test(sentence.slice(0, o.index))) &&
          !negatedBefore(sentence.slice(0, o.index))
        )
          return true;
      }
      return false;
    });
    if (b !== undefined) return b;
  }
  return undefined;
}

/**
 * A name dated to before the renaming: every year the words name is one before it («Vedtak fra Fylkesmannen før 2021»,
 * «decisions from the Fylkesmannen, before 2021», «saker frå fylkesmannen i 2015–2019», «Aetat-kursbevis fra 2004»): the
 * words speak of what the body did under the name it then had, which is the name to give it (the source Art. 14(2)(f)
 * asks for is where the data came from; N2b's review of session 18, X1, session 19). A year after «før», «before», «prior
 * to» may be the renaming's own year (before it began; «før juli 2021» before a renaming of 1 July 2021); any other year
 * must be before the year the renaming took effect.
 * Not where the words go on («fra 2018», «since 2019», «and later», «løpende», «nye vedtak»: later ones come from the body
 * under its new name), nor with no year at all. «fra 2017» after one document («tilsynsrapport frå 2017», «a letter from
 * 2019») dates it; after «vedtak», «decisions» (plural or either) it may be an open start and is read as one.
 */
const YEAR_ANY = lazyPattern(String.raw`(?<![\d])(?:19|20)\d\d(?![\d])`, 'g');
/** «før», «before», «prior to» right before a year, with a day and a month between or not («før 1. juli 2021»). */
const BEFORE_YEAR = lazyPattern(
  String.raw`(?<![\p{L}])(?:før|fyre|innan|innen|before|prior\s+to|earlier\s+than)\s+(?:(?:år(?:et)?|the\s+year)\s+|(?:(\d{1,2})\.?\s+)?(januar|january|februar|february|mars|march|april|mai|may|juni|june|juli|july|august|september|oktober|october|november|desember|december)\s+)?$`,
  'iu',
);
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'des'];
const monthOf = (name: string): number => {
  const n = name.toLowerCase().slice(0, 3).replace('may', 'mai').replace('oct', 'okt').replace('dec', 'des');
  return MONTHS.indexOf(n) + 1;
};
/** An open start: «fra 2018», «sidan 2019», «since 2019», «from 2018» with no end year after it, or «etter 2015», «after». */
const OPEN_FROM = lazyPattern(
  String.raw`(?<![\p{L}])(?:(fra|frå|from)(?<!(?:rapport|rapporten|brev|brevet|attest|attesten|kursbevis|kursbeviset|protokoll|protokollen|dommen|kjennelse|kjennelsen|uttalelse|uttalelsen|fråsegn|fråsegna|report|letter|certificate|statement|judgment|judgement|ruling)\s+(?:fra|frå|from))|since|siden|sidan|etter|after|f\.o\.m\.?|fom)\s+(?:(?:år(?:et)?|the\s+year)\s+)?((?:19|20)\d\d)(?![\d])(?!\s*(?:[-–—]|til|to|until|og\s+fram|and)\s*(?:19|20)\d\d)`,
  'giu',
);
const GOES_ON = lazyPattern(
  String.raw`(?<![\p{L}])(?:løpende|løpande|fortløpende|fortløpande|framover|fremover|nye|nyere|nyare|seinare|senere|later|new|newer|ongoing|current|onwards|og\s+utover|and\s+later|og\s+seinare|og\s+senere|til\s+i\s+dag|til\s+no|til\s+nå|hittil|to\s+date|to\s+this\s+day|until\s+now|up\s+to\s+now)(?![\p{L}])`,
  'iu',
);
function datedBefore(texts: readonly string[], since: string): boolean {
  const sinceYear = Number(since.slice(0, 4));
  let years = 0;
  for (const t of texts) {
    if (GOES_ON().test(t)) return false;
    // «fra 2019» before the renaming's year dates the words as «før 2021» does (X2, session 20): what the body did under
    // that name began then and ended with the name («Fylkesmannens vedtak frå 2019»); «since», «etter» and a year from
    // the renaming on stay an open start.
    for (const o of t.matchAll(OPEN_FROM())) if (o[1] === undefined || Number(o[2]) >= sinceYear) return false;
    for (const m of t.matchAll(YEAR_ANY())) {
      const y = Number(m[0]);
      years++;
      // Before a day: that day must be on or before the renaming's (before 1 July 2021 is before 2021-07-01).
      const before = BEFORE_YEAR().exec(t.slice(Math.max(0, m.index - 40), m.index));
      const day =
        before === null
          ? undefined
          : `${y}-${String(before[2] === undefined ? 1 : monthOf(before[2])).padStart(2, '0')}-${String(before[1] ?? 1).padStart(2, '0')}`;
      if (!(y < sinceYear || (day !== undefined && day <= since))) return false;
    }
  }
  return years > 0;
}

/** What a source is named by: its name, and the controller it comes from. */
const sourceTexts = (v: Source): string[] => [...textsOf(v.name), ...(v.controller !== undefined ? [v.controller] : [])];
/** Where a source's old name is written: its name, else the controller it comes from. */
const sourceField = (v: Source, old: RegExp | undefined): string =>
  old !== undefined && v.controller !== undefined && !textsOf(v.name).some((t) => old.test(t)) && old.test(v.controller) ? '/controller' : '/name';

export default defineRule(
  {
    id: 'renamed-body',
    severity: 'warning',
    citation: 'GDPR Art. 30(1)(a), (d); 13(1)(a), (e); 14(1)(e), 14(2)(f)',
    messages: ['renamed', 'renamed-entry', 'renamed-controller', 'register-moved', 'register-renamed'],
  },
  (ctx, report) => {
    /**
     * The renaming the texts show, if any. `more`: the party's other words (a description), read only for a name's
     * condition (`with`, `norwegianOnly`); `country`: the party's country, for a name other countries' bodies bear too.
     */
    const renamed = (texts: string[], more: readonly string[] = [], country?: string) =>
      RENAMED.find(
        (b) =>
          b.since <= ctx.today &&
          texts.some((t) => b.old.test(t)) &&
          !texts.some((t) => b.now.test(t) || ARCHIVE_OF().test(t)) &&
          !datedBefore(texts, b.since) &&
          (b.with === undefined || [...texts, ...more].some((t) => b.with!.test(t))) &&
          (b.norwegianOnly !== true ||
            ((country === undefined || country.toUpperCase() === 'NO') && ![...texts, ...more].some((t) => OTHER_COUNTRY().test(t)))),
      );
    // A catalogue entry is shared by every activity that names it: its answer is found once per run.
    const recipient = memo((v: Recipient) => renamed(textsOf(v.name), textsOf(v.description), v.abroad === true ? 'abroad' : v.country));
    const source = memo((v: Source) => renamed(sourceTexts(v), textsOf(v.description)));
    const processor = memo((v: Processor) => renamed(textsOf(v.name), [], v.country));
    // A register whose controller moved (MOVED): its name and the former body together, the current body not named.
    const moved = (texts: string[], source = false) =>
      MOVED.find(
        (x) =>
          x.since <= ctx.today &&
          texts.some((t) => x.register.test(t) && (source || !dataFrom(t, x.register))) &&
          texts.some((t) => x.old.test(t)) &&
          !texts.some((t) => x.now.test(t)) &&
          !(source && extractedBefore(texts, x.since)),
      );
    const recipientMoved = memo((v: Recipient) => moved(textsOf(v.name)));
    const sourceMoved = memo((v: Source) => moved(sourceTexts(v), true));
    const processorMoved = memo((v: Processor) => moved(textsOf(v.name)));
    const policyArchive = memo((v: { archive?: unknown }) => (v.archive === undefined ? undefined : renamed(textsOf(v.archive))));
    // A name in a catalogue entry (a recipient, a source, a processor, a retention policy's archive) is fixed once, in the
    // entry: one finding there, naming the activities that use it (the processor convention). A name the activity itself
    // writes (its own retention entry's `archive`) stays on the activity.
    const entries = new Map<Located<unknown>, { at: string; b: RenamedBody | undefined; m: MovedRegister | undefined; users: ResolvedActivity[] }>();
    const use = (entry: Located<unknown> | undefined, at: string, b: RenamedBody | undefined, m: MovedRegister | undefined, r: ResolvedActivity) => {
      if (entry === undefined || (b === undefined && m === undefined)) return;
      let e = entries.get(entry);
      if (e === undefined) entries.set(entry, (e = { at, b, m, users: [] }));
      if (e.users.at(-1) !== r) e.users.push(r);
    };
    const c = ctx.registry.catalogues;
    for (const r of ctx.activities) {
      if (Array.isArray(r.recipients))
        for (const x of r.recipients) {
          const b = recipient(x.value);
          use(c.recipients.get(x.id), '/name', b, b ? undefined : recipientMoved(x.value), r);
        }
      for (const x of r.sources) {
        const b = source(x.value);
        const m = b ? undefined : sourceMoved(x.value);
        use(c.sources.get(x.id), sourceField(x.value, b?.old ?? m?.old), b, m, r);
      }
      for (const x of r.processors) {
        const b = processor(x.value);
        use(c.processors.get(x.id), '/name', b, b ? undefined : processorMoved(x.value), r);
      }
      // The activity's own words (its description, each purpose's) naming a renamed body as a party (namedAsParty).
      const texts: { text: string; at: string }[] = [
        ...textsOf(r.activity.description).map((text) => ({ text, at: '/description' })),
        ...(r.activity.purposes ?? []).flatMap((p, i) => textsOf(p.description).map((text) => ({ text, at: join('/purposes', i, 'description') }))),
      ];
      for (const { text, at } of texts) {
        const b = namedAsParty(text, ctx.today);
        if (b === undefined) continue;
        report.activity(r, at, 'renamed', { id: r.activity.id, former: b.former, current: b.current, since: b.since });
        break;
      }
      // The archive institution data is handed to (a retention entry's `archive`, its own or its policy's) receives it
      // too (Art. 13(1)(e)): «avleveres til Arkivverket» names a body that is now Nasjonalarkivet.
      r.retention.forEach((e, i) => {
        if (e.archive === undefined) return;
        const own = (r.activity.retention ?? [])[i]?.archive !== undefined;
        const b = own ? renamed(textsOf(e.archive)) : policyArchive(e.policy!.value);
        if (b === undefined) return;
        if (own)
          report.activity(r, join('/retention', i, 'archive'), 'renamed', {
            id: e.policy?.id ?? 'retention',
            former: b.former,
            current: b.current,
            since: b.since,
          });
        else use(c.retentionPolicies.get(e.policy!.id), '/archive', b, undefined, r);
      });
    }
    for (const [entry, { at, b, m, users }] of entries) {
      const list = activityList(users.map((r) => ({ r })));
      if (b)
        report.catalogue(
          entry,
          at,
          b.register === true ? 'register-renamed' : 'renamed-entry',
          { id: entry.id, former: b.former, current: b.current, since: b.since, ...list.args },
          list.ids,
        );
      else if (m)
        report.catalogue(
          entry,
          at,
          'register-moved',
          { id: entry.id, former: m.former, current: m.current, since: m.since, register: m.name, ...list.args },
          list.ids,
        );
    }
    // Art. 13(1)(a), 30(1)(a): the controller itself named by a name it no longer has («Unit», «Direktoratet for
    // e-helse»): people cannot find the controller the notice names. The organisation's names, its responsible unit and
    // its contact name are read together, so a current name beside the old one passes.
    const org = ctx.registry.organisation?.value;
    if (org !== undefined) {
      const own = renamed([org.name, org.shortName, org.responsible, org.contact?.name].flatMap((t) => (t === undefined ? [] : textsOf(t))));
      if (own) report.organisation(ctx.registry, '/name', 'renamed-controller', { former: own.former, current: own.current, since: own.since });
      // A joint controller the organisation names (Art. 26(2): the essence of the arrangement is made available to the
      // data subjects, who must find the other controller): B1, variants-studiestotte ST24.
      for (const [id, party] of Object.entries(org.jointControllers ?? {})) {
        const b = renamed([party.name], [], party.country);
        if (b)
          report.organisation(ctx.registry, join('/jointControllers', id, 'name'), 'renamed', { id, former: b.former, current: b.current, since: b.since });
      }
    }
  },
);
