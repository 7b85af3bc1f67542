import { FORMS } from '../check/company-forms.js';
import { textsOf } from '../check/facts.js';
import { defineRule } from '../check/rule.js';
import type { Address, Organisation } from '../model/types.js';
import { lazyPattern } from '../util/lazy-pattern.js';

/** The legal forms a name ends with («AS», «IKS», «Ltd», «GmbH»). */
const LEGAL_FORM = FORMS.organisation.join('|').toLowerCase();
/** A legal form or a word that makes a name an organisation's («AS», «IKS», «Ltd», «advokatfirma», «kommune»). */
const ORGANISATION_WORD = lazyPattern(
  String.raw`(?<![\p{L}])(?:${LEGAL_FORM}|advokatfirma\p{L}*|advokatkontor\p{L}*|kommune|kommunane|kommunene|fylkeskommune|konsern\p{L}*|selskap\p{L}*|stiftelse\p{L}*|foundation|company)(?![\p{L}])`,
  'iu',
);
/** The legal form at the end of a name, left out when the address names the controller without it («AtB» for «AtB AS»). */
const LEGAL_FORM_END = lazyPattern(String.raw`\s+(?:${LEGAL_FORM})$`, 'u');
/** Where an address line's parts meet: «v/», «ved», «c/o», «att.», «Attn:», «for the attention of», a comma or a dash. */
const PART_BREAK = lazyPattern(
  String.raw`\s*(?:,|;|\s[-–]\s|(?<![\p{L}])(?:v\/|ved\s|att(?:n)?\s*[.:]|att\s|attn\s|attention(?:\s+of)?\s*:?|for\s+the\s+attention\s+of\s|(?=c\/o(?![\p{L}]))))\s*`,
  'iu',
);
const CARE_OF = lazyPattern(String.raw`^c\/o\s*`, 'iu');
/** A role at the controller named before it («Personvernombudet i AtB AS», «Data protection officer at AtB»). */
const ROLE_AT = lazyPattern(String.raw`^.{0,60}?\s(?:i|hos|ved|for|at|of)\s`, 'iu');
/**
 * The controller named by a definite word for itself, in its own record (L1, session 36): «selskapet», «virksomheten»,
 * «verksemda», «foretaket», «kommunen», «the company», alone, after a role («Personvernombudet i selskapet») or as the
 * owner of the role («Selskapets personvernombud», «the company's DPO»). ORGANISATION_WORD's «selskap» read it as
 * another organisation, so the controller's own address for the DPO's attention was no address. Only the bare word: a
 * name after it («selskapet Hjort DA») is another organisation's. Read on `norm`'s lower-case words.
 */
const SELF_WORD = String.raw`(?:selskapet|virksomheten|verksemda|foretaket|føretaket|firmaet|bedriften|bedrifta|kommunen|fylkeskommunen|etaten|direktoratet|tilsynet|foreningen|foreninga|organisasjonen|stiftelsen|(?:the|our)\s+(?:company|organi[sz]ation|firm|municipality|business))`;
const SELF_OWNS = String.raw`(?:selskapets|virksomhetens|verksemda\s+sitt|verksemda\s+sin|foretakets|føretaket\s+sitt|firmaets|bedriftens|kommunens|kommunen\s+sitt|fylkeskommunens|etatens|direktoratets|tilsynets|foreningens|organisasjonens|stiftelsens|(?:the|our)\s+(?:company|organi[sz]ation|firm|municipality|business)\s+s)`;
const SELF_REFERENCE = lazyPattern(
  String.raw`^(?:(?:vårt|vår|vort|vor|our)\s+)?${SELF_WORD}$|^${SELF_OWNS}\s+(?:personvernombud\p{L}*|personvernomb\p{L}*|dpo|data\s+protection\s+officer|privacy\s+officer)$`,
  'u',
);
const norm = (t: string): string =>
  t
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The controller's names, in the forms an address line gives them: its name, short name and contact name, with or without the legal form. */
function ownNames(org: Organisation): Set<string> {
  const names = new Set<string>();
  for (const t of [...textsOf(org.name), ...textsOf(org.shortName), ...textsOf(org.contact?.name)]) {
    const n = norm(t);
    if (n.length < 2) continue;
    names.add(n);
    const bare = n.replace(LEGAL_FORM_END(), '');
    if (bare.length >= 3) names.add(bare);
  }
  return names;
}

/**
 * Whether an address (the DPO's) is the controller's own address, for the attention of someone there (bodies/atb-kollektivtrafikk,
 * G17 session 33: «AtB AS v/personvernombud, Prinsens gate 39»): its lines before the street or post box (the first line with a
 * digit) name the controller, alone or before or after a role («AtB AS v/personvernombud», «Personvernombudet, c/o AtB»,
 * «Attn: Data Protection Officer, AtB AS», «Personvernombudet i AtB AS»), and no part names another organisation: a DPO
 * reached at a law firm or another body («c/o Advokatfirmaet Hjort DA», «Personvernombud hos Trøndelag fylkeskommune») is
 * not the controller's address (exported for test/rules).
 */
export function controllerAddressed(org: Organisation, address: Address | undefined): boolean {
  if (address === undefined) return false;
  const names = ownNames(org);
  const nameLines: string[] = [];
  for (const line of address.lines) {
    if (/\d/u.test(line) || nameLines.length === 2) break;
    nameLines.push(line);
  }
  let own = false;
  for (const part of nameLines.flatMap((l) => l.split(PART_BREAK())).filter((p) => p.trim() !== '')) {
    const careOf = CARE_OF().test(part);
    const n = norm(part.replace(CARE_OF(), ''));
    const role = n.replace(ROLE_AT(), '');
    // A self-word in care of («c/o kommunen») may be an owner's; only the controller's own name counts there.
    const mine = names.has(n) || names.has(role) || (!careOf && (SELF_REFERENCE().test(n) || SELF_REFERENCE().test(role)));
    if (mine) own = true;
    else if (careOf || ORGANISATION_WORD().test(n)) return false;
  }
  return own;
}

/**
 * Art. 30(1)(a): the record names the controller and gives its contact details. A postal address is contact
 * details: a record with only an address has them; a missing address is a warning. A registry
 * whose every activity is processed for others is a processor's record: Art. 30(2)(a) asks the same of
 * the processor, and the message says «processor», not «controller». The DPO's address that is the controller's own,
 * for the DPO's attention («AtB AS v/personvernombud»: controllerAddressed), is the controller's postal address too, where
 * the controller gives contact details of its own (a web address, e-mail, phone): Art. 13(1)(a) and (b) are two items, and
 * a record whose only contact is the DPO's names none for the controller (`no-contact` stays; eight planted defects, e.g.
 * variants-spill SP03 «only the DPO can be reached»).
 */
export default defineRule(
  {
    id: 'controller-contact',
    severity: 'error',
    citation: 'GDPR Art. 30(1)(a), 30(2)(a); 13(1)(a); 14(1)(a)',
    processorRecords: true,
    messages: ['no-address', 'no-contact', 'no-address-processor', 'no-contact-processor'],
  },
  (ctx, report) => {
    const org = ctx.registry.organisation?.value;
    if (!org) return;
    const processorOnly = ctx.activities.length > 0 && ctx.activities.every((r) => r.activity.role === 'processor');
    const c = org.contact;
    const reachable =
      org.address !== undefined || (c !== undefined && (c.email !== undefined || c.phone !== undefined || c.url !== undefined || c.address !== undefined));
    if (!reachable) report.organisation(ctx.registry, '/contact', processorOnly ? 'no-contact-processor' : 'no-contact');
    else if (org.address === undefined && c?.address === undefined && !controllerAddressed(org, org.dpo?.address))
      report.organisation(ctx.registry, '/address', processorOnly ? 'no-address-processor' : 'no-address', {}, { severity: 'warning' });
  },
);
