import { t, LANGUAGES } from '../i18n/index.js';
import type { Contact, Organisation, Party } from '../model/types.js';
import type { Field } from './labels.js';
import type { SourceRow } from './table.js';
import { EMAIL, PHONE, addressOf, contactOf, fold, matchTemplate, shorten } from './vocabulary.js';
import { CORE_ACTIVITIES } from '../render/report/model.js';
import type { Remark } from './built.js';
import type { RowContext } from './context.js';

/**
 * The controller: from the columns of each row (Behandlingsoversikt, spreadsheets) or from the block above the
 * table (ropa's workbook, Datatilsynet's template).
 */

export function organisationFrom(rc: RowContext, row: SourceRow): void {
  const get = (f: Field): string | undefined => rc.cell(row, f);
  const name = get('organisationName');
  if (name === undefined && rc.organisation !== undefined) return;
  const contactOf = (n?: string, address?: string, email?: string, phone?: string): Contact | undefined => {
    const c: Contact = {
      ...(n ? { name: n } : {}),
      ...(email && EMAIL.test(email) ? { email } : {}),
      ...(phone && PHONE.test(phone) ? { phone } : {}),
      ...(address ? { address: { lines: [address] } } : {}),
    };
    return Object.keys(c).length > 0 ? c : undefined;
  };
  if (rc.organisation === undefined) {
    const number = get('organisationNumber')?.replace(/\s/g, '');
    const contact = contactOf(get('organisationContact'), undefined, get('organisationEmail'), get('organisationPhone'));
    const address = get('organisationAddress');
    const dpo = contactOf(get('dpoName'), get('dpoAddress'), get('dpoEmail'), get('dpoPhone'));
    const repName = get('representativeName');
    const representative: Party | undefined = repName
      ? {
          name: repName,
          ...(contactOf(undefined, get('representativeAddress'), get('representativeEmail'), get('representativePhone'))
            ? { contact: contactOf(undefined, get('representativeAddress'), get('representativeEmail'), get('representativePhone'))! }
            : {}),
        }
      : undefined;
    const data: Organisation = {
      name: name ?? rc.opts.source,
      ...(number && /^[0-9]{9}$/.test(number) ? { organisationNumber: number } : {}),
      publicAuthority: rc.opts.publicAuthority,
      ...(address ? { address: { lines: [address] } } : {}),
      ...(contact ? { contact } : {}),
      ...(dpo ? { dpo } : {}),
      ...(representative ? { representative } : {}),
      supervisoryAuthority: { name: 'Datatilsynet', url: 'https://www.datatilsynet.no/' },
      languages: [rc.opts.lang],
    };
    const remarks: Remark[] = [
      { path: ['publicAuthority'], id: rc.opts.publicAuthority ? 'import.remark.public-authority' : 'import.remark.private', args: {} },
    ];
    if (name === undefined) remarks.push({ path: ['name'], id: 'import.remark.organisation-name', args: {} });
    for (const [f, v] of [
      ['organisationEmail', get('organisationEmail')],
      ['organisationPhone', get('organisationPhone')],
      ['dpoEmail', get('dpoEmail')],
      ['dpoPhone', get('dpoPhone')],
    ] as const) {
      if (v !== undefined && !(f.endsWith('Email') ? EMAIL : PHONE).test(v)) {
        data.custom = { ...(data.custom ?? {}), [rc.header(row, f)]: v };
        remarks.push({ path: ['custom', rc.header(row, f)], id: 'import.remark.not-read', args: { value: v } });
        rc.note(row, rc.header(row, f), 'import.remark.not-read', { value: v });
      }
    }
    if (number !== undefined && !/^[0-9]{9}$/.test(number)) {
      data.custom = { ...(data.custom ?? {}), [rc.header(row, 'organisationNumber')]: number };
      remarks.push({ path: ['custom', rc.header(row, 'organisationNumber')], id: 'import.remark.not-read', args: { value: number } });
    }
    rc.organisation = { data, remarks };
  }
}

/**
 * The block above the table (ropa's workbook, Datatilsynet's template): the controller's name, number,
 * address, contact and DPO, where its labels say so.
 */
export function organisationFromBlock(rc: RowContext): void {
  const block = rc.table.above ?? [];
  if (block.length === 0) return;
  const is = (label: string, key: string, extra: string[] = []): boolean =>
    [...LANGUAGES.map((l) => t(l, `report.header.${key}`)), ...extra].some((x) => fold(x) === fold(label.replace(/:$/, '')));
  const used = new Set<string>();
  const get = (key: string, extra: string[] = []): string | undefined => {
    const b = block.find((x) => is(x.label, key, extra));
    if (b) used.add(b.label);
    return b?.value;
  };
  const name = get('controller', ['Virksomhet', 'Virksomhetens navn', 'Behandlingsansvarlig virksomhet', 'Organisation', 'Name of controller']);
  if (name === undefined) return;
  const number = get('organisation-number', ['Org.nr.', 'Org.nr', 'Organisasjonsnr.'])?.replace(/\s/g, '');
  const responsible = get('responsible');
  const address = get('address', ['Adresse']);
  const visiting = get('visiting-address');
  const contact = get('contact', ['Kontaktinformasjon']);
  const dpo = get('dpo', ['Personvernombudet', 'DPO']);
  const representative = get('representative');
  // The organisation's joint controllers (Art. 26), one a line: the activities' column names them by name.
  for (const line of (get('joint-controllers') ?? '').split('\n').filter((l) => l.trim() !== '')) {
    const party = partyOf(line.trim());
    if (rc.jointByName.has(fold(party.name))) continue;
    const id = rc.jointIds.next(party.name, 'controller');
    rc.jointByName.set(fold(party.name), id);
    rc.joints.set(id, party);
  }
  // ropa's workbook says whether the controller is a public authority: taken as said, unless --private says it is not.
  const said = yesNoCell(get('public-authority'));
  const publicAuthority = rc.opts.publicAuthority && (said ?? true);
  const core = coreActivities(get('core-activities'));
  const individualPractice = yesNoCell(get('individual-practice'));
  const data: Organisation = {
    name,
    ...(number && /^[0-9]{9}$/.test(number) ? { organisationNumber: number } : {}),
    publicAuthority,
    ...(core ? { coreActivities: core } : {}),
    ...(individualPractice !== undefined ? { individualPractice } : {}),
    ...(responsible ? { responsible } : {}),
    ...(address ? { address: addressOf(address) } : {}),
    ...(visiting ? { visitingAddress: addressOf(visiting) } : {}),
    ...(contact ? { contact: contactOf(contact) } : {}),
    ...(dpo ? { dpo: contactOf(dpo) } : {}),
    ...(representative ? { representative: partyOf(representative) } : {}),
    supervisoryAuthority: { name: 'Datatilsynet', url: 'https://www.datatilsynet.no/' },
    languages: [rc.opts.lang],
  };
  const remarks: Remark[] =
    said !== undefined && said === publicAuthority
      ? []
      : [{ path: ['publicAuthority'], id: rc.opts.publicAuthority ? 'import.remark.public-authority' : 'import.remark.private', args: {} }];
  // The report's date is when it was made, not a fact of the record; every other line is kept.
  get('date', ['Dato']);
  for (const b of block.filter((x) => !used.has(x.label))) {
    data.custom = { ...(data.custom ?? {}), [b.label]: b.value };
    remarks.push({ path: ['custom', b.label], id: 'import.remark.not-read', args: { value: shorten(b.value) } });
    rc.summary.push({ row: b.row, column: b.label, id: 'import.remark.not-read', args: { value: shorten(b.value) } });
  }
  rc.organisation = { data, remarks };
}

/** «Ja», «Nei» in any language (report.value.yes/no, as ropa's header block prints them), or undefined. */
function yesNoCell(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  const v = fold(value);
  if (LANGUAGES.some((l) => fold(t(l, 'report.value.yes')) === v)) return true;
  if (LANGUAGES.some((l) => fold(t(l, 'report.value.no')) === v)) return false;
  return undefined;
}

/** The header block's core activities (report/model.ts): a «label: Ja/Nei» line per fact it records. */
function coreActivities(value: string | undefined): Organisation['coreActivities'] {
  if (value === undefined) return undefined;
  const out: NonNullable<Organisation['coreActivities']> = {};
  for (const line of value.split('\n')) {
    const m = matchTemplate('report.labelled', line.trim());
    const fact = m
      ? CORE_ACTIVITIES.find(([, key]) => LANGUAGES.some((l) => fold(t(l, `report.header.core-activities.${key}`)) === fold(m.label!)))
      : undefined;
    const yes = m ? yesNoCell(m.value) : undefined;
    if (fact && yes !== undefined) out[fact[0]] = yes;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * A party as the header block prints it (report/columns.ts partyLine): «Name (organisation number) – contact –
 * Representant: … – Personvernombud: …».
 */
function partyOf(value: string): Party {
  const [first, ...parts] = value.split(' – ');
  const m = /^(.*) \(([0-9]{9})\)$/.exec(first!);
  const party: Party = { name: m ? m[1]! : first! };
  if (m) party.organisationNumber = m[2]!;
  for (const part of parts) {
    const labelled = matchTemplate('report.labelled', part);
    const label = labelled ? fold(labelled.label!) : undefined;
    if (label !== undefined && LANGUAGES.some((l) => fold(t(l, 'report.header.representative')) === label)) party.representative = contactOf(labelled!.value!);
    else if (label !== undefined && LANGUAGES.some((l) => fold(t(l, 'report.header.dpo')) === label)) party.dpo = contactOf(labelled!.value!);
    else if (party.contact === undefined) party.contact = contactOf(part);
  }
  return party;
}
