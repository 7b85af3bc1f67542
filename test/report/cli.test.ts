import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { report as runReport } from '../../src/commands/report.js';
import type { RunContext } from '../../src/cli/context.js';
import { UserError } from '../../src/util/errors.js';
import { EXAMPLE, FIXTURES, ropa, scratchCopy, tempDir } from '../helpers/cli.js';
import { BASIC, INJECTION } from './helpers.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!();
});
function temp(): string {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
}

describe('ropa report', () => {
  it('writes the controller record as Markdown in bokmål by default', () => {
    const r = ropa(['report', BASIC]);
    expect(r.code).toBe(0);
    // The official record: BASIC's «statistics» is in review, so it is left out, and stderr says so.
    expect(r.stderr).toBe('ropa: 1 processing activity that is not approved is left out of the official record; --internal includes them all\n');
    expect(r.stdout).not.toContain('Registerstatistikk');
    expect(r.stdout).toMatch(/^# Protokoll over behandlingsaktiviteter – Eksempeletaten\n/);
    // The date comes from the registry: the latest review.
    expect(r.stdout).toContain('- **Dato:** 01.02.2026');
  });

  it('writes English with --lang en and takes the date from --date', () => {
    const r = ropa(['report', BASIC, '--lang', 'en', '--format', 'csv', '--date', '2026-04-30', '--columns', 'activity,retention', '--internal']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      '\uFEFFProcessing activity,Envisaged time limits for erasure\r\n' +
        'Payroll and personnel,"Contact details and Income: 5 years after the end of employment, deleted, cf. arkivloven\nSick leave: 1 year and 6 months, deleted"\r\n' +
        '"Register statistics\nNot approved (in review)","Never deleted – transferred to the National Archives, cf. arkivloven"\r\n',
    );
  });

  it('gives the official record by default and the internal working copy with --internal, in every format', () => {
    for (const format of ['md', 'html', 'csv', 'json', 'dpv']) {
      const official = ropa(['report', BASIC, '-f', format]);
      const internal = ropa(['report', BASIC, '-f', format, '--internal']);
      expect([official.code, internal.code]).toEqual([0, 0]);
      expect(official.stdout).not.toMatch(/Registerstatistikk|statistics\.yaml/);
      expect(internal.stdout).toMatch(/Registerstatistikk|statistics\.yaml/);
      expect(internal.stderr).toBe('');
    }
    expect(ropa(['report', BASIC, '--internal']).stdout).toContain('### Registerstatistikk\n\n**Ikke godkjent (til gjennomgang)**');
    // The record as processor: its one activity has no approval field, which counts as approved (as for the notice).
    expect(ropa(['report', BASIC, '--kind', 'processor'])).toMatchObject({ code: 0, stderr: '' });
  });

  it('refuses an unknown column with a suggestion, exit 2', () => {
    const r = ropa(['report', BASIC, '--columns', 'activity,purpose']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('ropa: unknown column "purpose" – did you mean "purposes"?\n');
    const far = ropa(['report', BASIC, '--columns', 'colour']);
    expect(far.code).toBe(2);
    expect(far.stderr).toMatch(/^ropa: unknown column "colour"; valid columns: activity, purposes, data-subjects, /);
    expect(ropa(['report', BASIC, '--kind', 'processor', '--columns', 'recipients']).stderr).toMatch(
      /unknown column "recipients"; valid columns: activity, controllers,/,
    );
  });

  it('refuses --columns for json and dpv, and bad options, exit 2', () => {
    expect(ropa(['report', BASIC, '-f', 'json', '--columns', 'activity'])).toMatchObject({
      code: 2,
      stderr: 'ropa: --columns applies to the formats xlsx, csv, html and md, not json\n',
    });
    expect(ropa(['report', BASIC, '-f', 'pdf']).code).toBe(2);
    expect(ropa(['report', BASIC, '--kind', 'owner']).code).toBe(2);
    expect(ropa(['report', BASIC, '--lang', 'sv']).code).toBe(2);
    expect(ropa(['report', BASIC, '--date', '2026-02-30']).code).toBe(2);
    expect(ropa(['report', BASIC, '--columns', ' , ']).code).toBe(2);
  });

  it('says clearly when there is no record as processor, and still writes the document', () => {
    const r = ropa(['report', INJECTION, '--kind', 'processor']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('ropa: the registry has no processing activities with role "processor"; the record under Article 30(2) is empty\n');
    expect(r.stdout).toContain('*Databehandler – personvernforordningen artikkel 30 nr. 2*');
    expect(r.stdout).toContain('Registeret har ingen behandlingsaktiviteter der');
  });

  it('writes xlsx to a pipe, and to a file with -o', () => {
    const piped = ropa(['report', BASIC, '-f', 'xlsx'], {});
    expect(piped.code).toBe(0);
    expect(piped.stdout.startsWith('PK')).toBe(true);
    const out = join(temp(), 'protokoll.xlsx');
    expect(ropa(['report', BASIC, '-f', 'xlsx', '-o', out]).code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses to write xlsx to a terminal', async () => {
    const stdout = Object.assign(new PassThrough(), { isTTY: true });
    const ctx: RunContext = { cwd: process.cwd(), env: {}, stdout, stderr: new PassThrough(), verbose: false };
    await expect(runReport(BASIC, { format: 'xlsx' }, ctx)).rejects.toThrow(UserError);
    await expect(runReport(BASIC, { format: 'xlsx' }, ctx)).rejects.toMatchObject({ messageId: 'report.xlsx-needs-output', exitCode: 2 });
  });

  it('will not write inside the registry unless forced', () => {
    const copy = scratchCopy(BASIC);
    cleanups.push(copy.cleanup);
    const inside = join(copy.dir, 'report.html');
    expect(ropa(['report', copy.dir, '-f', 'html', '-o', inside]).code).toBe(2);
    expect(existsSync(inside)).toBe(false);
    expect(ropa(['report', copy.dir, '-f', 'html', '-o', inside, '--force']).code).toBe(0);
    expect(readFileSync(inside, 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });

  it('exits 1 on a registry with errors, and reports them', () => {
    const r = ropa(['report', join(FIXTURES, 'validate/empty-file')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/empty-file/);
  });

  it('leaves retired activities out unless asked', () => {
    expect(ropa(['report', BASIC, '-f', 'csv', '--columns', 'id']).stdout).not.toContain('old-register');
    expect(ropa(['report', BASIC, '-f', 'csv', '--columns', 'id', '--include-retired']).stdout).toContain('old-register');
  });
});

describe('ropa report on the example registry', () => {
  it.each(['md', 'csv', 'html', 'json', 'dpv'])('writes %s', (format) => {
    const r = ropa(['report', EXAMPLE, '-f', format]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(format === 'json' || format === 'dpv' ? 'official-statistics' : 'Offisiell statistikk fra offentlige registre');
  });

  it('gives the same bytes twice', () => {
    const dir = temp();
    for (const format of ['xlsx', 'html', 'dpv']) {
      const a = join(dir, `a.${format}`);
      const b = join(dir, `b.${format}`);
      expect(ropa(['report', EXAMPLE, '-f', format, '-o', a]).code).toBe(0);
      expect(ropa(['report', EXAMPLE, '-f', format, '-o', b]).code).toBe(0);
      expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    }
  }, 60_000);
});
