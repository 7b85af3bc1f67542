import { t, LANGUAGES } from '../i18n/index.js';
import type { Contact, Organisation, Party } from '../model/types.js';
import type { Field } from './labels.js';
import type { SourceRow } from './table.js';
import { EMAIL, PHONE, addressOf, contactOf, fold, shorten } from './vocabulary.js';
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
  const data: Organisation = {
    name,
    ...(number && /^[0-9]{9}$/.test(number) ? { organisationNumber: number } : {}),
    publicAuthority: rc.opts.publicAuthority,
    ...(responsible ? { responsible } : {}),
    ...(address ? { address: addressOf(address) } : {}),
    ...(visiting ? { visitingAddress: addressOf(visiting) } : {}),
    ...(contact ? { contact: contactOf(contact) } : {}),
    ...(dpo ? { dpo: contactOf(dpo) } : {}),
    supervisoryAuthority: { name: 'Datatilsynet', url: 'https://www.datatilsynet.no/' },
    languages: [rc.opts.lang],
  };
  const remarks: Remark[] = [{ path: ['publicAuthority'], id: rc.opts.publicAuthority ? 'import.remark.public-authority' : 'import.remark.private', args: {} }];
  // The report's date is when it was made, not a fact of the record; every other line is kept.
  get('date', ['Dato']);
  for (const b of block.filter((x) => !used.has(x.label))) {
    data.custom = { ...(data.custom ?? {}), [b.label]: b.value };
    remarks.push({ path: ['custom', b.label], id: 'import.remark.not-read', args: { value: shorten(b.value) } });
    rc.summary.push({ row: b.row, column: b.label, id: 'import.remark.not-read', args: { value: shorten(b.value) } });
  }
  rc.organisation = { data, remarks };
}
