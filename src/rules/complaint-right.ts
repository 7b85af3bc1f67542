import { defineRule } from '../check/rule.js';
import { lazyPattern } from '../util/lazy-pattern.js';

/**
 * Art. 77, 13(2)(d), 14(2)(e): the notice tells people they may complain to the supervisory authority.
 * A record whose activities are all processing for other controllers (`role: processor`) has no notice
 * of its own to carry it: informing is the controllers' duty (ctx.activities holds only the
 * organisation's own activities).
 *
 * The authority named must be a data protection authority (Art. 51): in Norway Datatilsynet
 * (personopplysningsloven § 20). A name that is none of the EEA's data protection authorities (the
 * consumer authority, an ombud) tells people to complain to the wrong body; ropa knows the authorities by
 * the words their names are made of (DATA_PROTECTION_AUTHORITY) and warns, since a name it does not know
 * may still be right.
 */
const DATA_PROTECTION_AUTHORITY = lazyPattern(
  String.raw`datatilsyn|data\s*protection|personvern|datainspektion|integritetsskydd|tietosuoja|persónuvernd|datenschutz|protection\s+des\s+donn|\bCNIL\b|protecci[oó]n\s+de\s+datos|protezione\s+dei\s+dati|persoonsgegevens|gegevensbescherming|ochrony\s+danych|andmekaitse|asmens\s+duomen|datu\s+valsts|adatv[eé]delm|ochranu\s+osobn|varstvo\s+osebnih|za[sš]titu\s+osobnih|prote[cç][aã]o\s+de\s+dados|protec[tț]ia\s+datelor|προστασία|защита\s+на\s+личните|\bEDPS\b|\bICO\b|information\s+commissioner|privacy`,
  'i',
);

export default defineRule(
  { id: 'complaint-right', severity: 'error', citation: 'GDPR Art. 77; 13(2)(d); 14(2)(e)', messages: ['missing', 'not-data-protection-authority'] },
  (ctx, report) => {
    const org = ctx.registry.organisation?.value;
    const onlyProcessor = ctx.registry.activities.length > 0 && ctx.activities.length === 0;
    if (!org || onlyProcessor) return;
    const sa = org.supervisoryAuthority;
    if (sa === undefined) report.organisation(ctx.registry, '/supervisoryAuthority', 'missing');
    else if (!DATA_PROTECTION_AUTHORITY().test(sa.name))
      report.organisation(ctx.registry, '/supervisoryAuthority/name', 'not-data-protection-authority', { name: sa.name }, { severity: 'warning' });
  },
);
