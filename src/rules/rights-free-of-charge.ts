import { NEGATION, SENTENCE_END, textsOf } from '../check/facts.js';
import { defineRule } from '../check/rule.js';
import { lazyPattern } from '../util/lazy-pattern.js';
import { gated } from '../util/prefilter.js';
import { byText } from '../util/memo.js';

/**
 * A fee for the person's access to, or a copy of, their own data, said in the activity's words (session 44, FT:
 * variants-tannhelse TH65 «Ber du om kopi av journalen på papir, tar vi et gebyr på 250 kroner»): in one sentence a fee, a
 * price or a payment («gebyr», «avgift», «koster 200 kr», «må du betale», «we charge a fee», «costs £10»), a copy or access
 * («kopi», «innsyn», «utskrift», «copy», «access») and the person's data («journalen», «opplysningene (om deg)»,
 * «personalmappa», «your records», «your own case file», «the data we hold»). Art. 15(3) makes the first copy free and allows a reasonable fee
 * only for further copies, Art. 12(5)(a) only for manifestly unfounded or excessive requests: a sentence that names either
 * (FEE_ALLOWED), says it is free, or is denied is not read, nor a copy of something else (a diploma, a card, a case file
 * under the Freedom of Information Act: no data word of the person's).
 */
const FEE_SAID = lazyPattern(
  String.raw`(?<![\p{L}])(?:gebyr\p{L}*|avgift\p{L}*|egenbetaling\p{L}*|betal(?:e|er|ar|ast|es)|fee|fees|charges?|charged|charging|kost(?:er|ar|a)|costs?|pay|pays|\d+\s*(?:kr|kroner|krone|nok|£|€|euro|pounds?)|kr\.?\s*\d+|(?:£|€|\$)\s*\d+)(?![\p{L}])`,
  'iu',
);
const COPY_OR_ACCESS = lazyPattern(
  String.raw`(?<![\p{L}])(?:kopi(?:en|ar|er|ane|ene)?|papirkopi\p{L}*|utskrift\p{L}*|innsyn\p{L}*|cop(?:y|ies)|printouts?|access|subject\s+access)(?![\p{L}])`,
  'iu',
);
const OWN_DATA = lazyPattern(
  String.raw`(?<![\p{L}])(?:\p{L}*journal(?:en|a|ar|er|ane|ene)?|\p{L}*opplysning(?:ane|ene|ar|er|a|en)?|\p{L}*opplysing(?:ane|ar|a)?|personopplysning\p{L}*|\p{L}*mapp(?:e|en|a|er|ar|ene|ane)|(?:dataene|dataa|data)\s+(?:om|about)\s+(?:deg|seg|dykk|dere|dei|de|you|them|themselves|yourself)|(?:your|their|his|her|the\s+person['’]s)\s+(?:\p{L}+\s+){0,2}?(?:data|records?|files?|information)|personal\s+data|(?:the\s+)?data\s+(?:we\s+hold|about\s+(?:you|them))|(?:medical|health|patient|school|personnel|case)\s+records?|data\s+subject)(?![\p{L}])`,
  'iu',
);
/** What Art. 12(5) and 15(3) allow, or a copy said to be free. */
const FEE_ALLOWED = lazyPattern(
  String.raw`(?<![\p{L}])(?:ytterligere|ytterlegare|ekstra|flere|fleire|nye|andre|further|additional|extra|subsequent|second|more|repeated|repetitive|gjentatte|gjentekne|åpenbart|openbert|openbart|grunnløs\p{L}*|grunnlaus\p{L}*|ugrunn\p{L}*|overdreve\p{L}*|overdrivne|urimelig\p{L}*|urimeleg\p{L}*|manifestly|unfounded|excessive|vexatious|gratis|free|kostnadsfri\p{L}*|vederlagsfri\p{L}*|gebyrfri\p{L}*|avgiftsfri\p{L}*|uten\s+kostnad|utan\s+kostnad|without\s+charge|no\s+charge)(?![\p{L}])`,
  'iu',
);
/**
 * Not the person's own right of access (session 45, FR): another who asks for or pays for the copy (an insurer, a lawyer,
 * an employer, a researcher, a genealogist, a third party, as the one who asks, orders or pays: «Forsikringsselskap som ber
 * om kopi», «Insurers who request a copy», «på vegne av»; a disclosure at their request, not Art. 15; an employer only
 * named, «personalmappa hos arbeidsgiveren», is the controller and still read), a deceased person's records (outside the
 * GDPR, recital 27; pasient- og brukerrettighetsloven § 5-1 gives the relatives their own access), or a certified copy (an
 * attestation is a service beyond the copy Art. 15(3) gives).
 */
const OTHERS = String.raw`\p{L}*forsikringsselskap\p{L}*|advokat\p{L}*|arbeidsgiver\p{L}*|arbeidsgjevar\p{L}*|tredjepart\p{L}*|forsker(?:e|en|ne)?|forskar(?:ar|en|ane)?|slekts(?:gransk|forsk)\p{L}*|insurers?|insurance\s+compan(?:y|ies)|solicitors?|lawyers?|attorneys?|employers?|third\s+part(?:y|ies)|researchers?|genealogists?`;
const NOT_OWN_ACCESS = lazyPattern(
  String.raw`(?<![\p{L}])(?:(?:${OTHERS})\s+(?:som|who|that|ber|bestiller|tingar|krever|krev|requests?|asks?|orders?|pays?|betaler|betalar)(?![\p{L}])|på\s+vegne\s+av|on\s+behalf\s+of|avdød\p{L}*|avdaud\p{L}*|deceased|(?:bekrefta|bekreftet|stadfest\p{L}*|attestert\p{L}*|sertifisert\p{L}*)\s+kopi\p{L}*|certified\s+cop(?:y|ies)|apostille)(?![\p{L}])`,
  'iu',
);
/**
 * A coordinated clause (nb, nn, en: «, og», «, men», «, and», «, but», «, while»): a fee in one and a copy in the other
 * («Du betaler egenandel for timen, og du kan be om kopi av journalen») charge for something else. A clause that a
 * condition opens («Ber du om kopi av journalen, tar vi et gebyr») stays whole.
 */
const COORDINATION = lazyPattern(String.raw`,\s*(?:og|men|mens|medan|eller|and|but|while|or)\s`, 'iu');
/** Whether one clause of a sentence says a fee for the person's access or copy of their own data. */
const feeClause = (c: string): boolean => FEE_SAID().test(c) && COPY_OR_ACCESS().test(c) && OWN_DATA().test(c);
/** Public access to a body's documents, not the person's own data: the public journal, the Freedom of Information Act. */
const PUBLIC_RECORDS = lazyPattern(
  String.raw`(?<![\p{L}])(?:postjournal\p{L}*|(?:offentlig|offentleg|offentlege|offentlige)\s+journal\p{L}*|offentleglov\p{L}*|offentlighetslov\p{L}*|public\s+(?:records?|journal)|freedom\s+of\s+information)(?![\p{L}])`,
  'iu',
);
const mayFee = gated(FEE_SAID);
/** The sentence of a text that charges for the person's access or copy (FEE_SAID, COPY_OR_ACCESS, OWN_DATA), or undefined. */
const feeSentence = byText((t: string): string | undefined => {
  if (!mayFee(t)) return undefined;
  return t
    .split(SENTENCE_END)
    .find(
      (s) =>
        feeClause(s) &&
        s.split(COORDINATION()).some(feeClause) &&
        !FEE_ALLOWED().test(s) &&
        !PUBLIC_RECORDS().test(s) &&
        !NOT_OWN_ACCESS().test(s) &&
        !NEGATION.test(s),
    )
    ?.trim();
});

/**
 * Art. 12(5): information under Arts. 13 and 14 and «any communication and any actions taken under Articles 15 to 22
 * and 34 shall be provided free of charge». A fee is allowed only for manifestly unfounded or excessive requests (Art.
 * 12(5)(a), «a reasonable fee taking into account the administrative costs») and for further copies of the data (Art.
 * 15(3)). organisation.yaml records it as a fact (`rightsFee`, L2, session 41): `standard`, a fee for requests in general
 * («gebyr på 100 kr for innsyn»), is reported; `none` and `exceptions-only` are lawful and printed in the notice's rights
 * section. A record without the field is not judged on it (nothing in it shows a fee), nor one whose activities are all
 * processing for other controllers: answering requests is the controllers' duty, the processor only assists (Art.
 * 28(3)(e)). An activity whose description or purposes say a fee is charged for the person's access or copy (feeSentence)
 * is reported too (`fee-in-words`), unless the organisation already gets `standard-fee`.
 */
export default defineRule(
  { id: 'rights-free-of-charge', severity: 'error', citation: 'GDPR Art. 12(5); 15(3)', messages: ['standard-fee', 'fee-in-words'] },
  (ctx, report) => {
    const org = ctx.registry.organisation?.value;
    const onlyProcessor = ctx.registry.activities.length > 0 && ctx.activities.length === 0;
    if (!org || onlyProcessor) return;
    if (org.rightsFee === 'standard') {
      report.organisation(ctx.registry, '/rightsFee', 'standard-fee');
      return;
    }
    for (const r of ctx.activities) {
      const texts: [string, unknown][] = [
        ['/description', r.activity.description],
        ...r.purposes.map((p, i): [string, unknown] => [`/purposes/${i}/description`, p.description]),
      ];
      for (const [pointer, value] of texts) {
        const words = textsOf(value)
          .map(feeSentence)
          .find((w) => w !== undefined);
        if (words !== undefined) {
          report.activity(r, pointer, 'fee-in-words', { words });
          break;
        }
      }
    }
  },
);
