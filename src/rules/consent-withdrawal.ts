import { basesWithPointers, isConsent, textsOf } from '../check/facts.js';
import { defineRule } from '../check/rule.js';
import { join } from '../util/pointer.js';

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
 * results and anonymised data are left out (Art. 17(3)(d), rec. 26).
 */
const BY_POST = /\bbrev\b|\bper post\b|\bpostadresse|\bsignert|\bletter\b|\bby post\b|\bin writing\b|\bsigned\b|\bskriftleg\b|\bskriftlig\b/i;
const KEPT =
  /\b(?:opplysning|data|informasjon|information|details|records|personopplysning|registrert|det du har)\w*\b[^.;]{0,60}?(?:\b(?:tas|tatt|teke|takast) vare på|\bbeholdes\b(?!\s+(?:ikke|ikkje))|\bbehaldast\b(?!\s+ikkje)|\b(?:lagres|lagrast|oppbevares|oppbevarast) (?:fortsatt|framleis|fremdeles|videre|vidare)|\bslettes ikke\b|\bblir ikke slettet\b|\b(?:vert|blir) ikkje sletta\b|\b(?:is|are|will be) (?:still |nevertheless )?(?:kept|retained|stored)\b|\b(?:is|are|will) not (?:be )?(?:deleted|erased)\b)/i;
const RESEARCH_OR_ANON = /anonym|analys|publiser|publicat|forskingsresultat|forskningsresultat|research results|results already/i;
const ELECTRONIC =
  /e-?post|e-?mail|klikk|click|lenke|link|min side|mi side|my page|nett|online|web|app|sms|telefon|ring|phone|call|avmeld|meld deg av|unsubscribe|innstilling|setting|knapp|button/i;

export default defineRule(
  {
    id: 'consent-withdrawal',
    severity: 'error',
    citation: 'GDPR Art. 7(3); 13(2)(c); 14(2)(d)',
    messages: ['missing', 'harder-than-giving', 'kept-after-withdrawal'],
  },
  (ctx, report) => {
    for (const r of ctx.activities) {
      for (const { basis, pointer, purpose, p, b } of basesWithPointers(r)) {
        if (!isConsent(basis.gdpr)) continue;
        if (basis.consentWithdrawal === undefined) {
          if (basis.gdpr === 'A9-2-a' && purpose.legalBasis.some((o) => o.gdpr === 'A6-1-a' && o.consentWithdrawal !== undefined)) continue;
          report.activity(r, pointer, 'missing', { purpose: purpose.id });
          continue;
        }
        const texts = textsOf(basis.consentWithdrawal);
        if (
          basis.gdpr === 'A6-1-a' &&
          purpose.researchOrStatistics === undefined &&
          !purpose.legalBasis.some((o) => o.gdpr.startsWith('A6-1-') && o.gdpr !== 'A6-1-a') &&
          texts.some((t) => KEPT.test(t) && !RESEARCH_OR_ANON.test(t))
        )
          report.activity(
            r,
            join('/purposes', p, 'legalBasis', b, 'consentWithdrawal'),
            'kept-after-withdrawal',
            { purpose: purpose.id },
            { severity: 'warning' },
          );
        if (basis.consentMethod === 'opt-in' && texts.some((t) => BY_POST.test(t)) && !texts.some((t) => ELECTRONIC.test(t)))
          report.activity(
            r,
            join('/purposes', p, 'legalBasis', b, 'consentWithdrawal'),
            'harder-than-giving',
            { purpose: purpose.id },
            { severity: 'warning' },
          );
      }
    }
  },
);
