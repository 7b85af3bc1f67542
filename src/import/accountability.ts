import { t, LANGUAGES } from '../i18n/index.js';
import type { Activity, Contact, RightsRestriction } from '../model/types.js';
import { RISK_FACTORS } from '../model/types.js';
import type { SourceRow } from './table.js';
import { DPIA_STATUSES, EMAIL, PHONE, RIGHTS, contactOf, fold, isoDate, matchTemplate, termOf } from './vocabulary.js';
import { lawCitations, onlyThese, yesNo } from './words.js';
import type { RowContext } from './context.js';

/**
 * Status and approval, the owner, joint controllers, the DPIA, reviews, restrictions of rights, risk factors and
 * automated decisions.
 */

export function status(rc: RowContext, a: Activity, row: SourceRow): void {
  const s = rc.cell(row, 'status');
  if (s !== undefined) {
    // The report writes «aktiv – godkjent» (joinParts); a comma is what a person types.
    const parts = s.split(/\s+–\s+|,\s*/);
    const [st, ap] = parts.length > 2 ? [s] : parts;
    const status =
      termOf('terms.status', ['planned', 'active', 'retired'] as const, st ?? '') ??
      (/^(aktiv|active|i bruk|in use)$/i.test(s)
        ? 'active'
        : /^(planlagt|planned)$/i.test(s)
          ? 'planned'
          : /^(avsluttet|avslutta|retired|ikke i bruk|ikkje i bruk)$/i.test(s)
            ? 'retired'
            : undefined);
    const approval = ap !== undefined ? termOf('report.approval', ['draft', 'in-review', 'approved'] as const, ap) : undefined;
    if (status !== undefined && (ap === undefined || approval !== undefined)) {
      a.status = status;
      if (approval) a.approval = approval;
    } else rc.keep(a, row, 'status', s, 'import.remark.not-read');
  }
  const ap = rc.cell(row, 'approval');
  if (ap !== undefined) {
    const v = fold(ap);
    const term = termOf('report.approval', ['draft', 'in-review', 'approved'] as const, ap);
    if (v === 'godkjent' || v === 'approved') a.approval = 'approved';
    else if (v === 'utkast' || v === 'draft') a.approval = 'draft';
    else if (term !== undefined) a.approval = term;
    else rc.keep(a, row, 'approval', ap, 'import.remark.not-read');
  }
  if (rc.table.behandlingsoversikt && !row.cells.has('approval')) a.approval = 'approved';
}

export function owner(rc: RowContext, a: Activity, row: SourceRow): void {
  const names = rc.items(rc.cell(row, 'ownerName'));
  const phones = rc.items(rc.cell(row, 'ownerPhone'));
  const emails = rc.items(rc.cell(row, 'ownerEmail'));
  if (names.length === 0 && phones.length === 0 && emails.length === 0) return;
  const c: Contact = {
    ...(names[0] ? { name: names[0] } : {}),
    ...(emails[0] && EMAIL.test(emails[0]) ? { email: emails[0] } : {}),
    ...(phones[0] && PHONE.test(phones[0]) ? { phone: phones[0] } : {}),
  };
  if (Object.keys(c).length > 0) a.owner = c;
  const lost =
    names.length > 1 ||
    phones.length > 1 ||
    emails.length > 1 ||
    (emails[0] !== undefined && !EMAIL.test(emails[0])) ||
    (phones[0] !== undefined && !PHONE.test(phones[0]));
  if (lost) {
    for (const f of ['ownerName', 'ownerPhone', 'ownerEmail'] as const) {
      const v = rc.cell(row, f);
      if (v !== undefined) rc.keep(a, row, f, v, 'import.remark.owner');
    }
  }
}

export function joint(rc: RowContext, a: Activity, row: SourceRow): void {
  const flag = rc.cell(row, 'jointController');
  const names = rc.cell(row, 'jointControllerNames');
  const text = rc.cell(row, 'jointControllers');
  if (text !== undefined && rc.ropa && flag === undefined && names === undefined) {
    ropaJoint(rc, a, text);
    return;
  }
  if (text !== undefined) rc.keep(a, row, 'jointControllers', text, 'import.remark.joint-text');
  const yes = flag === undefined ? names !== undefined : yesNo(flag);
  if (!yes) return;
  if (names === undefined) {
    rc.keep(a, row, 'jointController', flag!, 'import.remark.joint-without-name');
    return;
  }
  const key = fold(names);
  let id = rc.jointByName.get(key);
  if (id === undefined) {
    id = rc.jointIds.next(names, 'controller');
    rc.jointByName.set(key, id);
    const contactName = rc.items(rc.cell(row, 'jointControllerContact'))[0];
    const email = rc.items(rc.cell(row, 'jointControllerEmail'))[0];
    const phone = rc.items(rc.cell(row, 'jointControllerPhone'))[0];
    const contact: Contact = {
      ...(contactName ? { name: contactName } : {}),
      ...(email && EMAIL.test(email) ? { email } : {}),
      ...(phone && PHONE.test(phone) ? { phone } : {}),
    };
    rc.joints.set(id, { name: names, ...(Object.keys(contact).length > 0 ? { contact } : {}) });
  }
  a.role = 'joint-controller';
  const resp = rc.cell(row, 'jointControllerResponsibilities');
  a.jointControllers = [{ controller: id, ...(resp ? { responsibilities: resp } : {}) }];
}

/**
 * ropa's own column of joint controllers (report/columns.ts): one a line, «name – avtale etter artikkel 26: … –
 * responsibilities – kontaktpunkt for de registrerte: …». Each is a joint controller of the organisation by its name.
 */
function ropaJoint(rc: RowContext, a: Activity, text: string): void {
  const out: NonNullable<Activity['jointControllers']> = [];
  for (const line of rc.items(text)) {
    const [name, ...parts] = line.split(' – ');
    if (name === undefined || name.trim() === '') continue;
    const key = fold(name);
    let id = rc.jointByName.get(key);
    if (id === undefined) {
      id = rc.jointIds.next(name, 'controller');
      rc.jointByName.set(key, id);
      rc.joints.set(id, { name: name.trim() });
    }
    const j: (typeof out)[number] = { controller: id };
    const said: string[] = [];
    for (const part of parts) {
      const arrangement = matchTemplate('report.joint.arrangement', part);
      const point = matchTemplate('report.joint.contact-point', part);
      if (arrangement && j.arrangement === undefined) j.arrangement = arrangement.value!;
      else if (point && j.contactPoint === undefined) j.contactPoint = contactOf(point.value!);
      else said.push(part);
    }
    if (said.length > 0) j.responsibilities = said.join(' – ');
    out.push(j);
  }
  if (out.length === 0) return;
  a.role = 'joint-controller';
  a.jointControllers = out;
}

export function dpia(rc: RowContext, a: Activity, row: SourceRow): void {
  const done = rc.cell(row, 'dpiaConducted');
  const ref = rc.cell(row, 'dpiaReference');
  if (done !== undefined) {
    const yes = yesNo(done);
    if (yes === true) a.dpia = { status: 'done', ...(ref ? { reference: ref } : {}) };
    else {
      // «Nei» says no DPIA was done — not whether one is needed. Kept as written.
      rc.keep(a, row, 'dpiaConducted', done, yes === false ? 'import.remark.dpia-no' : 'import.remark.not-read');
      if (ref) rc.keep(a, row, 'dpiaReference', ref, 'import.remark.not-read');
    }
  } else if (ref !== undefined) a.dpia = { reference: ref };
  const text = rc.cell(row, 'dpia');
  if (text !== undefined) {
    const parts = text.split(' – ');
    const status = termOf('terms.dpia', DPIA_STATUSES, parts[0]!);
    const dpia = { ...(a.dpia ?? {}) };
    const rest = status ? parts.slice(1) : parts;
    if (status) dpia.status = status;
    const last = rest.at(-1);
    const iso = last !== undefined ? isoDate(last) : undefined;
    if (iso) {
      dpia.date = iso;
      rest.pop();
    }
    if (rest.length > 0) dpia.reference = rest.join(' – ');
    a.dpia = dpia;
    if (!status && yesNo(parts[0]!) !== undefined) {
      delete a.dpia;
      rc.keep(a, row, 'dpia', text, 'import.remark.not-read');
    }
  }
  dpiaSheet(rc, a, row);
  const high = rc.cell(row, 'highRisk');
  if (high !== undefined) {
    const computed = matchTemplate('report.computed', high);
    if (computed) return; // ropa computed it from the record; it computes it again.
    const yes = yesNo(high);
    if (yes === undefined) rc.keep(a, row, 'highRisk', high, 'import.remark.not-read');
    else a.dpia = { ...(a.dpia ?? {}), highRisk: yes };
  }
}

/**
 * What ropa's DPIA sheet alone prints (table.ts, joinDpiaSheet): the residual risk in the report's words, the prior
 * consultation as «reference – date», and the reason. A value that is not one of them is kept as text.
 */
function dpiaSheet(rc: RowContext, a: Activity, row: SourceRow): void {
  const risk = rc.cell(row, 'dpiaResidualRisk');
  if (risk !== undefined) {
    const level = termOf('report.residual-risk', ['low', 'medium', 'high'] as const, risk);
    if (level) a.dpia = { ...(a.dpia ?? {}), residualRisk: level };
    else rc.keep(a, row, 'dpiaResidualRisk', risk, 'import.remark.not-read');
  }
  const prior = rc.cell(row, 'dpiaPriorConsultation');
  if (prior !== undefined) {
    const parts = prior.split(' – ');
    const iso = isoDate(parts.at(-1)!);
    const reference = (iso ? parts.slice(0, -1) : parts).join(' – ').trim();
    a.dpia = { ...(a.dpia ?? {}), priorConsultation: { ...(reference !== '' ? { reference } : {}), ...(iso ? { date: iso } : {}) } };
  }
  const reason = rc.cell(row, 'dpiaReason');
  if (reason !== undefined) a.dpia = { ...(a.dpia ?? {}), reason };
}

export function review(rc: RowContext, a: Activity, row: SourceRow): void {
  const v = rc.cell(row, 'lastReview');
  if (v === undefined) return;
  const review: NonNullable<Activity['review']> = {};
  for (const line of rc.items(v)) {
    const next = matchTemplate('report.review.next', line);
    const by = matchTemplate('report.review', line);
    if (next && isoDate(next.date!)) review.nextReview = isoDate(next.date!)!;
    else if (by && isoDate(by.date!)) {
      review.lastReviewed = isoDate(by.date!)!;
      review.reviewedBy = by.by!;
    } else if (isoDate(line)) review.lastReviewed = isoDate(line)!;
    else {
      rc.keep(a, row, 'lastReview', v, 'import.remark.not-read');
      return;
    }
  }
  a.review = review;
}

export function rights(rc: RowContext, a: Activity, row: SourceRow): void {
  const v = rc.cell(row, 'rightsRestrictions');
  if (v === undefined) return;
  const column = rc.header(row, 'rightsRestrictions');
  const out: RightsRestriction[] = [];
  for (const line of rc.items(v)) {
    const m = matchTemplate('report.labelled', line);
    const right = m ? termOf('terms.right', RIGHTS, m.label!) : undefined;
    if (!m || !right) {
      rc.keep(a, row, 'rightsRestrictions', v, 'import.remark.not-read');
      return;
    }
    const value = m.value!;
    const cites = lawCitations(value);
    // The report prints the GDPR provision, then the laws after «, » (report/columns.ts): «Art. 89(2), personopplysningsloven § 17».
    const both = /^(Art\.? ?\d[^,]*), (.+)$/is.exec(value);
    const laws = both ? lawCitations(both[2]!) : [];
    if (/^Art\.? ?\d/i.test(value) && cites.length === 0) out.push({ right, gdpr: value });
    else if (cites.length > 0 && onlyThese(value, cites)) out.push({ right, law: cites.map((c) => rc.law(c)) });
    else if (both && laws.length > 0 && onlyThese(both[2]!, laws)) out.push({ right, gdpr: both[1]!, law: laws.map((c) => rc.law(c)) });
    // ropa's report prints a law ropa does not know by its title (the registry's law catalogue): a free-text reference,
    // and said so, as other law columns (RowContext.laws).
    else if (rc.ropa && both && /§/.test(both[2]!))
      out.push({ right, gdpr: both[1]!, law: rc.laws(both[2]!, ['rightsRestrictions', out.length, 'law'], row, column) });
    else if (rc.ropa && !/^Art\.? ?\d/i.test(value) && /§/.test(value))
      out.push({ right, law: rc.laws(value, ['rightsRestrictions', out.length, 'law'], row, column) });
    else out.push({ right, note: value });
  }
  a.rightsRestrictions = out;
}

export function riskFactors(rc: RowContext, a: Activity, title: string): void {
  const v = rc.opts.riskFactors?.get(title);
  if (v === undefined) return;
  const factors: Record<string, boolean> = {};
  for (const line of v.split('\n')) {
    // «Ikke: stort omfang»: a factor the record says is absent (report.risk-factor-not).
    const not = matchTemplate('report.risk-factor-not', line.trim());
    const key = termOf('report.risk-factor', RISK_FACTORS, not?.factor ?? line.trim());
    if (key) factors[key] = not === undefined;
  }
  if (Object.keys(factors).length > 0) a.riskFactors = factors;
}

/** The report's line for `automatedDecisions.humanReview`, one per value (src/render/report/columns.ts). */
const HUMAN_REVIEW = ['every-decision', 'on-request', 'none'] as const;

/** «Unntak etter art. 22 nr. 2: lov (…), jf. X» (report.automated.exception): the Art. 22(2) exception and its law's words. */
function automatedException(line: string): { exception: NonNullable<NonNullable<Activity['automatedDecisions']>['exception']>; law?: string } | undefined {
  const value = matchTemplate('report.automated.exception', line)?.value;
  if (value === undefined) return undefined;
  const withLaw = matchTemplate('report.with-law', value);
  const word = withLaw?.value ?? value;
  const exception = (['contract', 'explicit-consent', 'law'] as const).find((x) =>
    LANGUAGES.some((l) => (x === 'law' ? t(l, 'report.automated.exception.law') : t(l, `terms.automated-exception.${x}`)) === word),
  );
  if (exception === undefined) return undefined;
  return { exception, ...(withLaw ? { law: withLaw.laws! } : {}) };
}

export function automated(rc: RowContext, a: Activity, row: SourceRow): void {
  const v = rc.cell(row, 'automatedDecisions');
  if (v === undefined) return;
  const lines = rc.items(v);
  const used = yesNo(lines[0] ?? '');
  if (used === undefined) {
    rc.keep(a, row, 'automatedDecisions', v, 'import.remark.not-read');
    return;
  }
  const d: NonNullable<Activity['automatedDecisions']> = { used };
  for (const line of lines.slice(1)) {
    const logic = matchTemplate('report.automated.logic', line);
    const sig = matchTemplate('report.automated.significance', line);
    const exception = automatedException(line);
    const review = HUMAN_REVIEW.find((id) => LANGUAGES.some((l) => t(l, `report.automated.human-review.${id}`) === line));
    if (LANGUAGES.some((l) => t(l, 'report.automated.profiling') === line)) d.profiling = true;
    else if (LANGUAGES.some((l) => t(l, 'report.automated.no-profiling') === line)) d.profiling = false;
    else if (review !== undefined) d.humanReview = review;
    else if (logic) d.logic = logic.value!;
    else if (sig) d.significance = sig.value!;
    else if (exception) {
      d.exception = exception.exception;
      if (exception.law !== undefined) d.law = rc.laws(exception.law, ['automatedDecisions', 'law'], row, rc.header(row, 'automatedDecisions'));
    } else {
      rc.keep(a, row, 'automatedDecisions', v, 'import.remark.not-read');
      return;
    }
  }
  a.automatedDecisions = d;
}
