import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { EXAMPLE } from '../helpers/cli.js';
import { hostileRun, scratch, STACK_FRAME } from './run.js';

/**
 * Session 42 (A4): the fields of session 41 through `ropa report -f xlsx` and `ropa import` of that workbook. A
 * restricted right that cites both its GDPR provision and the national law («Art. 89(2), personopplysningsloven
 * § 17», as the report prints it) came back as a note only: the provision and the law were gone from the record,
 * and the gap rule rights-restriction-reference then asked for the law the DPO had given. The note the report
 * leaves out where there is a reference was dropped without the summary naming it; since session 46 it comes back
 * from the workbook's sheet of other fields.
 */
const { temp, copy } = scratch();

describe('ropa import of the report: rights restrictions', () => {
  it('a provision and a law come back as the provision and the law, and the note the record leaves out comes back too', () => {
    const dir = copy(EXAMPLE);
    const file = join(dir, 'activities', 'research-analysis.yaml');
    const text = readFileSync(file, 'utf8');
    const block = '  - right: access\n    gdpr: Art. 89(2)\n';
    expect(text).toContain(block);
    writeFileSync(
      file,
      text.replace(
        block,
        '  - right: access\n    gdpr: Art. 89(2)\n    law:\n      - law: personopplysningsloven\n        section: § 17\n    note: Innsyn gis ikke i statistikkgrunnlaget.\n',
      ),
    );
    const out = temp();
    const xlsx = join(out, 'record.xlsx');
    const written = hostileRun(['report', dir, '-f', 'xlsx', '-o', xlsx, '--lang', 'nb']);
    expect(written.code, written.stderr).toBe(0);
    const reg = join(out, 'back');
    const r = hostileRun(['import', xlsx, reg]);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(r.code, r.stderr).toBe(0);
    const back = parse(readFileSync(join(reg, 'activities', 'research-analysis.yaml'), 'utf8')) as { rightsRestrictions: unknown[] };
    expect(back.rightsRestrictions[0]).toEqual({
      right: 'access',
      gdpr: 'Art. 89(2)',
      law: [{ law: 'personopplysningsloven', section: '§ 17' }],
      note: 'Innsyn gis ikke i statistikkgrunnlaget.',
    });
    // The others, a provision alone, as before.
    expect(back.rightsRestrictions.slice(1)).toEqual([
      { right: 'rectification', gdpr: 'Art. 89(2)' },
      { right: 'erasure', gdpr: 'Art. 17(3)(d)' },
      { right: 'restriction', gdpr: 'Art. 89(2)' },
    ]);
    // The official record leaves out accepted gaps and custom fields (session 47): those two only are named as not in it.
    expect(r.stdout).toMatch(/fields of an activity: acceptedGaps, custom;/);
  });
});
