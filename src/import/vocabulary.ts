import { t, LANGUAGES } from '../i18n/index.js';
import { countryCode } from './words.js';
import type { Address, Contact, Recipient, SourceType, SpecialCategory, TransferMechanism } from '../model/types.js';

/**
 * The words the importer reads by: ropa's own report phrases in every language, the keywords that give a
 * recipient's, source's or security measure's kind, and small readers of addresses, contacts and dates.
 */
export const fold = (s: string): string => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/** The words of a report key in every language, for reading ropa's own report back. */
const inEvery = (key: string): string[] => LANGUAGES.map((l) => t(l, key));
export const UNRECORDED = new Set(inEvery('report.unrecorded').map(fold));
export const NONE_RECIPIENTS = new Set(
  [...inEvery('report.none.recipients'), 'ingen', 'none', 'nei', 'ingen mottakere', 'ingen mottakarar', 'no recipients'].map(fold),
);
export const NONE_TRANSFERS = new Set([...inEvery('report.none.transfers'), 'ingen', 'none', 'nei', 'no'].map(fold));

/** A template like "{label}: {value}" as a regular expression with named groups. */
function templateRe(key: string): RegExp[] {
  return LANGUAGES.map((l) => {
    const tpl = t(l, key);
    const escaped = tpl.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_, name: string) => `(?<${name}>.+?)`);
    return new RegExp(`^${escaped}$`, 's');
  });
}
export function matchTemplate(key: string, text: string): Record<string, string> | undefined {
  for (const re of templateRe(key)) {
    const m = re.exec(text);
    if (m?.groups) return m.groups;
  }
  return undefined;
}

/** Which term (e.g. `terms.source-type.<x>`) a text is, in any language. */
export function termOf<T extends string>(prefix: string, values: readonly T[], text: string): T | undefined {
  const v = fold(text);
  return values.find((x) => LANGUAGES.some((l) => fold(t(l, `${prefix}.${x}`)) === v));
}

export const SPECIAL_WORDS: readonly [RegExp, SpecialCategory][] = [
  [/helse|health|diagnos|sykdom|sjukdom|medisinsk|medical/i, 'health'],
  [/fagforening|fagforeining|trade union/i, 'trade-union-membership'],
  [/etnisk|rase|ethnic|racial/i, 'racial-or-ethnic-origin'],
  [/politisk|political/i, 'political-opinions'],
  [/religi|livssyn|tru og livssyn|philosophical/i, 'religious-or-philosophical-beliefs'],
  [/genetisk|genetic/i, 'genetic'],
  [/biometri/i, 'biometric'],
  [/seksuell|sexual|sex life/i, 'sex-life-or-sexual-orientation'],
];

export const TECHNICAL =
  /krypter|encrypt|tilgangsstyr|tilgangskontroll|access control|logg|brannmur|firewall|pseudonym|anonymi|backup|sikkerhetskopi|to-faktor|tofaktor|2fa|mfa|multifaktor|passord|password|antivirus|skjerm|segment|autentiser|authenticat|tls|vpn/i;
export const ORGANISATIONAL =
  /rutine|opplæring|opplæring|training|taushetsplikt|confidential|avtale|agreement|instruks|policy|retningslinje|internkontroll|kurs|prosedyre|procedure|behovsstyr|need to know/i;

export const SOURCE_WORDS: readonly [RegExp, SourceType][] = [
  [
    /^(den registrerte|registrerte selv|the data subject|data subject|søker(en)?|foresatte|foreldre|brukeren|den ansatte|ansatte|employee|applicant)$/i,
    'data-subject',
  ],
  [/folkeregister|enhetsregister|matrikkel|\bregister\b|registeret/i, 'public-register'],
  [
    /^(pårørende|pårørande|nærmeste pårørende|næraste pårørande|next of kin|relatives|vitner?|vitne|witness(es)?|tipsere?|varslere?|varslarar?|whistleblowers?)$/i,
    'other-person',
  ],
];
export const RECIPIENT_WORDS: readonly [RegExp, Recipient['type']][] = [
  [/arkiv|ika\b|arkivverket|archive/i, 'archive'],
  [/forsker|researcher/i, 'researchers'],
  [
    /nav\b|skatteetaten|kommune|fylkeskommune|statsforvalter|direktorat|departement|helfo|politi|barnevern|domstol|tilsyn|etaten|lånekassen|police|authority|ministry/i,
    'public-authority',
  ],
  [/^(interne?|internt|ansatte|saksbehandlere|employees|internal)\b/i, 'internal'],
];

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const PHONE = /^\+?[0-9 ()-]{5,30}$/;
export const MECHANISMS: readonly TransferMechanism[] = [
  'A45-3',
  'A46-2-a',
  'A46-2-b',
  'A46-2-c',
  'A46-2-d',
  'A46-2-e',
  'A46-2-f',
  'A46-3-a',
  'A46-3-b',
  'A49-1-a',
  'A49-1-b',
  'A49-1-c',
  'A49-1-d',
  'A49-1-e',
  'A49-1-f',
  'A49-1-g',
  'A49-1-subpara2',
];
export const DPIA_STATUSES = ['not-screened', 'not-required', 'required', 'in-progress', 'done'] as const;
export const RIGHTS = [
  'information',
  'access',
  'rectification',
  'erasure',
  'restriction',
  'notification',
  'portability',
  'objection',
  'automated-decision',
] as const;

export const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

/** The text with these spans taken out. */
export function cut(text: string, spans: readonly { start: number; end: number }[]): string {
  let out = '';
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, Math.max(at, s.start)) + ' ';
    at = Math.max(at, s.end);
  }
  return out + text.slice(at);
}

/**
 * «A, B og C» as ropa's report prints a list of names: a name the activity already has is taken whole, even when it
 * holds «and» or a comma («Allergies and dietary needs»); any other part is split as a list is.
 */
export function splitNames(text: string, known: readonly string[]): string[] {
  const names = [...new Set(known)].filter((n) => n !== '').sort((x, y) => y.length - x.length);
  const SEPARATOR = /,\s+|\s+(?:og|and)\s+/;
  const out: string[] = [];
  let rest = text.trim();
  while (rest !== '') {
    const name = names.find((n) => rest.startsWith(n) && (rest.length === n.length || rest.slice(n.length).search(SEPARATOR) === 0));
    if (name !== undefined) {
      out.push(name);
      rest = rest.slice(name.length).replace(SEPARATOR, '');
      continue;
    }
    const m = SEPARATOR.exec(rest);
    out.push((m ? rest.slice(0, m.index) : rest).trim());
    rest = m ? rest.slice(m.index + m[0].length) : '';
  }
  return out.filter((n) => n !== '');
}

/** «A, B og C» → [A, B, C]. */
export function splitList(text: string): string[] {
  return text
    .split(/,\s+|\s+(?:og|and)\s+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** «Postboks 2633 St. Hanshaugen, 0131 Oslo» → lines, postal code, town. */
export function addressOf(text: string): Address {
  const parts = text.split(/,\s*/);
  // A country after the town (ropa's report names it where it is not Norway: «…, 10115 Berlin, Tyskland»).
  const abroad = parts.length > 2 && /^\d{4,5} /.test(parts.at(-2)!) ? countryCode(parts.at(-1)!) : undefined;
  if (abroad !== undefined) parts.pop();
  const town = (abroad !== undefined ? /^(\d{4,5}) (.+)$/ : /^(\d{4}) (.+)$/).exec(parts.at(-1) ?? '');
  const lines = town ? parts.slice(0, -1) : parts;
  return { lines: lines.length > 0 ? lines : [text], ...(town ? { postalCode: town[1]!, city: town[2]! } : {}), ...(abroad ? { country: abroad } : {}) };
}

/** «Navn (Rolle), e-post x@y.no, telefon 62 88 50 00, adresse» → a contact; what is not one of these is its address. */
export function contactOf(text: string): Contact {
  const all = text.split(/,\s*/);
  // ropa prints the name, then e-mail, phone and web address, then the postal address (report/text.ts contact): a name
  // with a comma in it («Nordvakt AS, kundesenteret») is every part before the first of those, when there is one.
  const said = all.findIndex((p) => matchTemplate('report.contact.email', p) || matchTemplate('report.contact.phone', p) || /^https?:\/\//.test(p));
  const parts = said > 1 ? [all.slice(0, said).join(', '), ...all.slice(said)] : all;
  const c: Contact = {};
  const rest: string[] = [];
  parts.forEach((p, i) => {
    const email = matchTemplate('report.contact.email', p)?.value ?? (EMAIL.test(p) ? p : undefined);
    const phone = matchTemplate('report.contact.phone', p)?.value;
    if (email && EMAIL.test(email) && c.email === undefined) c.email = email;
    else if (phone && PHONE.test(phone) && c.phone === undefined) c.phone = phone;
    else if (/^https?:\/\//.test(p) && c.url === undefined) c.url = p;
    else if (i === 0) {
      const m = /^(.*) \(([^()]+)\)$/.exec(p);
      if (m) {
        c.name = m[1]!;
        c.role = m[2]!;
      } else c.name = p;
    } else rest.push(p);
  });
  if (rest.length > 0) c.address = addressOf(rest.join(', '));
  return c;
}

/** dd.mm.yyyy or yyyy-mm-dd → yyyy-mm-dd. */
export function isoDate(text: string): string | undefined {
  const v = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v);
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : undefined;
}

export function shorten(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 80 ? `${one.slice(0, 77)}…` : one;
}
