import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { FIXTURES } from '../helpers/cli.js';
import { editedBase } from '../helpers/edited-base.js';

/**
 * Session 46, W6: a free-text miss of variants-forvaltning (FV64). «Den det varsles om, får ikke innsyn i saken»: the
 * person a whistleblowing report is about is refused access to their own case with no law named (Art. 15, 23;
 * personopplysningsloven § 16). check/rights-refused.ts knew the person as «du», «kunden», «pasienten» …, not as the one
 * the case is about («den det gjelder», «den det varsles om», «vedkommende», «the person concerned»). Each sentence is
 * added to the whistleblowing activity's description in a copy of the set's clean base (which records no restriction),
 * and the whole registry is checked: rights-restriction-reference `in-words` on that activity, or nothing. A law named
 * after «jf.» is in the sentence that refuses: the abbreviation's point no longer ends it.
 */
const BASE = join(FIXTURES, 'corpus/variants-forvaltning/base');
const FILE = 'activities/varsling.yaml';
const ANCHOR = '  fortrolig; bare advokaten og den som undersøker saken ser varslerens identitet.\n';
const edited = editedBase(BASE, 'ropa-s46-w6-concerned-', '2026-12-05');
const refusedFindings = (sentence: string): string[] => edited(FILE, ANCHOR, `${ANCHOR.trimEnd()} ${sentence}\n`, 'rights-restriction-reference', 'varsling');

describe('rights-restriction-reference: access refused to the person the case is about', () => {
  it.each([
    'Den det varsles om, får ikke innsyn i saken.',
    'Den det gjelder får ikke innsyn i varselet.',
    'Den det gjelder, har ikke rett til innsyn i saken.',
    'Den som er omtalt i varselet, får ikke se dokumentene om seg.',
    'Vi gir ikke den det varsles om innsyn i saken.',
    'The person concerned cannot see their case file.',
  ])('reports «%s»', (sentence) => {
    expect(refusedFindings(sentence)).toEqual(['gaps.rights-restriction-reference.in-words']);
  });

  it.each([
    'Den det varsles om, informeres når det ikke lenger skader undersøkelsen.',
    'Den det varsles om, får ikke innsyn i varslerens identitet eller andres opplysninger.',
    'Den det varsles om, får ikke innsyn før undersøkelsen er avsluttet.',
    'Den det varsles om, får ikke innsyn i saken, jf. personopplysningsloven § 16 første ledd bokstav e.',
    'Den det varsles om, får innsyn i saken når den er avsluttet.',
  ])('stays silent on «%s»', (sentence) => {
    expect(refusedFindings(sentence)).toEqual([]);
  });
});
