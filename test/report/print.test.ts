import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { t } from '../../src/i18n/index.js';
import { EXAMPLE, ropa, tempDir } from '../helpers/cli.js';
import { BASIC } from './helpers.js';

/**
 * The workbook on paper, as a DPO's colleague prints it: LibreOffice Calc converts it to PDF
 * (`soffice --headless --convert-to pdf`, Debian's libreoffice-calc, which .ci/run installs), and
 * poppler's pdfinfo and pdftotext read the pages back. Every word of every cell must be on paper,
 * whole (a word cut in two, or a row too low for its text, loses one), at a readable size, under its
 * sheet's header row on every page.
 */
const SOFFICE = process.env.SOFFICE_PATH ?? '/usr/bin/soffice';
const missing = [SOFFICE, '/usr/bin/pdftotext', '/usr/bin/pdfinfo'].filter((p) => !existsSync(p));
const skip = missing.length > 0 ? `skipped: ${missing.join(', ')} not installed (apt-get install libreoffice-calc poppler-utils)` : '';

/** 10-point text at full size is about 13 points high in pdftotext's boxes; 55 % of that is still easy to read. */
const FULL = 13;
const READABLE = 0.55;

interface Page {
  text: string;
  words: string[];
  /** The median height of the words between the page's header and footer, in points. */
  height: number;
}

function run(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 180_000 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr || r.error?.message}`);
  return r.stdout;
}

const decode = (s: string): string =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&(?:#39|apos);/g, "'");

/** Where a line may break besides a space (after a hyphen, a dash, a slash or a closing bracket): words are compared in these pieces. */
const pieces = (text: string): string[] => text.split(/\s+|(?<=[-–/)])(?=\S)/).filter((w) => w !== '');

function pages(pdf: string): Page[] {
  const texts = run('pdftotext', ['-layout', pdf, '-']).split('\f');
  const bbox = run('pdftotext', ['-bbox', pdf, '-']);
  return [...bbox.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((m, i) => {
    const height = Number(m[2]);
    const boxes = [...m[3]!.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</g)].map((w) => ({
      y: Number(w[1]),
      h: Number(w[2]) - Number(w[1]),
      word: decode(w[3]!),
    }));
    const body = boxes.filter((b) => b.y > 40 && b.y < height - 40).map((b) => b.h);
    body.sort((a, b) => a - b);
    return { text: texts[i] ?? '', words: boxes.flatMap((b) => pieces(b.word)), height: body[Math.floor(body.length / 2)] ?? 0 };
  });
}

/** Every text in the workbook's cells, in pieces, each as often as it occurs. */
async function cellWords(xlsx: string): Promise<Map<string, number>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx);
  const count = new Map<string, number>();
  for (const ws of wb.worksheets)
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.isMerged && cell.master !== cell) return;
        for (const w of pieces(String(cell.value ?? ''))) count.set(w, (count.get(w) ?? 0) + 1);
      }),
    );
  return count;
}

/** The header rows a page may start with: each table's labels, as the workbook's sheets hold them. */
async function headerRows(xlsx: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx);
  return wb.worksheets.flatMap((ws) => {
    const row = ws.pageSetup.printTitlesRow?.split(':')[0];
    return row === undefined ? [] : [(ws.getRow(Number(row)).values as unknown[]).slice(1).map(String)];
  });
}

describe.skipIf(skip !== '')(`the workbook printed by LibreOffice on A4 ${skip}`, () => {
  const tmp = tempDir();
  const files = {
    example: join(tmp.dir, 'example.xlsx'),
    english: join(tmp.dir, 'english.xlsx'),
    basic: join(tmp.dir, 'basic.xlsx'),
  };
  const printed: Record<keyof typeof files, Page[]> = { example: [], english: [], basic: [] };

  beforeAll(() => {
    expect(ropa(['report', EXAMPLE, '-f', 'xlsx', '--date', '2026-11-29', '-o', files.example]).code).toBe(0);
    expect(ropa(['report', EXAMPLE, '-f', 'xlsx', '--lang', 'en', '--internal', '-o', files.english]).code).toBe(0);
    expect(ropa(['report', BASIC, '-f', 'xlsx', '--lang', 'nn', '--internal', '-o', files.basic]).code).toBe(0);
    // A profile of its own, so that runs side by side do not share (and lock) LibreOffice's.
    run(SOFFICE, [
      `-env:UserInstallation=file://${join(tmp.dir, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      tmp.dir,
      ...Object.values(files),
    ]);
    for (const key of Object.keys(files) as (keyof typeof files)[]) printed[key] = pages(files[key].replace(/\.xlsx$/, '.pdf'));
  }, 240_000);
  afterAll(() => tmp.cleanup());

  // Since session 46 the workbook ends with its sheet of other fields («Øvrige felt»: two pages for the example with its
  // notice groups, 2026-12-05), which prints after the record's pages: the record itself still at most 8 (3 activities: 6).
  it('prints the example (20 activities) on at most 8 pages, in bokmål and in English; 3 activities on at most 6; the sheet of other fields on two more', () => {
    expect(printed.example.length).toBeGreaterThan(0);
    const split = (pages: Page[], heading: string): [number, number] => {
      const at = pages.findIndex((p) => p.text.includes(heading));
      expect(at).toBeGreaterThan(0);
      return [at, pages.length - at];
    };
    expect(split(printed.example, 'Øvrige felt i registeret')).toSatisfy(([record, fields]: [number, number]) => record <= 8 && fields <= 2);
    expect(split(printed.english, 'Other fields of the registry')).toSatisfy(([record, fields]: [number, number]) => record <= 8 && fields <= 2);
    expect(split(printed.basic, 'Andre felt i registeret')).toSatisfy(([record, fields]: [number, number]) => record <= 6 && fields <= 2);
    for (const file of Object.values(files)) {
      expect(run('pdfinfo', [file.replace(/\.xlsx$/, '.pdf')])).toMatch(/Page size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
    }
  });

  it('has the title whole and the header block on the first page only', () => {
    const [first, second] = printed.example;
    expect(first!.text).toContain('Protokoll over behandlingsaktiviteter – Statistisk sentralbyrå');
    expect(first!.text).toContain('Den offisielle protokollen, slik den gjøres tilgjengelig for tilsynsmyndigheten');
    expect(first!.text).toContain('Øverste ansvarlig');
    // Page 2 continues the record: its header row, no title, no header block, no column repeated from page 1's left.
    expect(second!.text).not.toContain('Statistisk sentralbyrå –');
    expect(second!.text).not.toContain('Øverste ansvarlig');
    expect(second!.text).not.toContain('personvernforordningen artikkel 30 nr. 1');
    for (const label of ['Behandlingsaktivitet', 'Formålet med behandlingen', 'Planlagte tidsfrister for sletting', 'sikkerhetstiltak']) {
      expect(second!.words.join(' ')).toContain(label);
    }
  });

  it('repeats its sheet’s header row at the top of every page, and names the organisation and «Side N av M»', async () => {
    for (const key of ['example', 'english', 'basic'] as const) {
      const rows = await headerRows(files[key]);
      const all = printed[key];
      all.forEach((page, i) => {
        const pageOf = { example: `Side ${i + 1} av ${all.length}`, english: `Page ${i + 1} of ${all.length}`, basic: `Side ${i + 1} av ${all.length}` }[key];
        expect(page.text, `${key} page ${i + 1}`).toContain(pageOf);
        expect(page.text, `${key} page ${i + 1}`).toContain({ example: 'Statistisk sentralbyrå', english: 'Statistics Norway', basic: 'Eksempeletaten' }[key]);
        // A page with a table shows all of one header row, every word of it whole.
        const words = new Set(page.words);
        const sentence = page.words.length < 60 && rows.every((labels) => !labels.every((l) => pieces(l).every((w) => words.has(w))));
        if (sentence) return; // the record as processor, when it is only the sentence that there is none
        expect(
          rows.some((labels) => labels.every((l) => pieces(l).every((w) => words.has(w)))),
          `${key} page ${i + 1}: ${page.text.slice(0, 300)}`,
        ).toBe(true);
      });
    }
  });

  it('prints every word of every cell, whole: no row too low for its text, no word broken for want of width', async () => {
    for (const key of ['example', 'english', 'basic'] as const) {
      const printedWords = new Map<string, number>();
      for (const w of printed[key].flatMap((p) => p.words)) printedWords.set(w, (printedWords.get(w) ?? 0) + 1);
      const lost = [...(await cellWords(files[key]))].filter(([w, n]) => (printedWords.get(w) ?? 0) < n).map(([w]) => w);
      expect(lost, key).toEqual([]);
    }
  });

  it('prints at a readable size: text at no less than 55 % of its size on any page', () => {
    for (const key of ['example', 'english', 'basic'] as const) {
      printed[key].forEach((page, i) => expect(page.height / FULL, `${key} page ${i + 1}`).toBeGreaterThanOrEqual(READABLE));
    }
  });

  it('says on paper which copy it is: the official record or the internal working copy', () => {
    expect(printed.example.every((p) => p.text.includes('Offisiell protokoll'))).toBe(true);
    expect(printed.english.every((p) => p.text.includes('Internal working copy'))).toBe(true);
    expect(printed.basic[0]!.words.join(' ')).toContain(t('nn', 'report.not-approved', { approval: t('nn', 'report.approval.in-review') }));
  });
});
