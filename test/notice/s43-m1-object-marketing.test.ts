import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE, ropa, scratchCopy } from '../helpers/cli.js';

/**
 * Art. 21(2)-(4): where personal data is processed for direct marketing, the person may object at any time, and the
 * processing for it then stops, whatever its basis; the right is brought to their attention explicitly, clearly and
 * separately from any other information. The notice states it in a paragraph of its own where an activity it describes
 * is for direct marketing (its title, a purpose or a legitimate interest speaks of marketing, not denied; or a basis
 * cites markedsføringsloven: facts' isDirectMarketing, which consent-valid and retention-limit read too).
 */
const SAID = {
  nb: 'Når vi behandler opplysninger om deg for direkte markedsføring, kan du når som helst protestere mot det',
  nn: 'Når vi behandlar opplysningar om deg til direkte marknadsføring, kan du når som helst protestere mot det',
  en: 'Where we process data about you for direct marketing, you can object to it at any time',
} as const;
const FILE = 'activities/newsletter-mitt-ssb.yaml';
const DESCRIPTION = /( {2}- id: send-newsletter\n {4}description:\n)(?: {6}[a-z]{2}: .*\n){3}/;

/** The notice of the example registry with the newsletter's purpose described as `text` (in every language), or `change` made. */
function noticeWith(text: string | undefined, lang: keyof typeof SAID, format: 'md' | 'html' = 'md', change?: (yaml: string) => string): string {
  const { dir, cleanup } = scratchCopy(EXAMPLE);
  try {
    const path = join(dir, FILE);
    let yaml = readFileSync(path, 'utf8');
    if (text !== undefined) {
      expect(yaml).toMatch(DESCRIPTION);
      yaml = yaml.replace(DESCRIPTION, (_, head: string) => `${head}${['nb', 'nn', 'en'].map((l) => `      ${l}: ${JSON.stringify(text)}\n`).join('')}`);
    }
    writeFileSync(path, change ? change(yaml) : yaml);
    const r = ropa(['notice', dir, '--draft', '--lang', lang, '-f', format]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    return r.stdout;
  } finally {
    cleanup();
  }
}

describe('notice: the right to object to direct marketing (Art. 21(2)-(4))', () => {
  it.each(['nb', 'nn', 'en'] as const)('is stated in %s, in Markdown and HTML, as a paragraph of its own', (lang) => {
    const md = noticeWith('sende nyhetsbrev og markedsføring av egne kurs på e-post', lang);
    expect(md).toContain(SAID[lang]);
    // Its own paragraph: a blank line before and after it, not an item of the list of rights.
    expect(md).toMatch(new RegExp(`\\n\\n${SAID[lang]}[^\\n]* 21[^\\n]*\\n\\n`));
    const html = noticeWith('sende nyhetsbrev og markedsføring av egne kurs på e-post', lang, 'html');
    expect(html).toMatch(new RegExp(`<p>${SAID[lang]}[^<]*</p>`));
  });

  const fires = [
    'markedsføring av egne tjenester på e-post',
    'direkte markedsføring til kunder',
    'sende reklame på SMS til medlemmer',
    'marknadsføring av eigne tenester på e-post',
    'sende reklame på SMS til medlemar',
    'direct marketing to customers',
    'send marketing e-mails about our own products',
    'send advertising by text message to members',
  ];
  it.each(fires)('is stated where a purpose reads «%s»', (text) => expect(noticeWith(text, 'en')).toContain(SAID.en));

  const silent = [
    'vi bruker ikke opplysningene til markedsføring',
    'opplysningane blir ikkje brukte til marknadsføring',
    'the data is never used for marketing',
    'advertise vacancies and interview applicants',
    'lyse ut stillinger og annonsere ledige stillinger',
    'sende påminnelse om timeavtalen på SMS',
    'send subscribers a newsletter on statistics from SSB by area of interest',
  ];
  it.each(silent)('is not promised where a purpose reads «%s»', (text) => {
    const md = noticeWith(text, 'nb');
    expect(md).not.toContain(SAID.nb);
    expect(md).not.toMatch(/direkte markedsføring/);
  });

  it('is stated on consent too (the right is absolute), and for a basis that cites markedsføringsloven', () => {
    // The newsletter rests on consent (A6-1-a): Art. 21(1)'s objection is not listed, Art. 21(2)'s is.
    const md = noticeWith('markedsføring av egne tjenester på e-post', 'en');
    expect(md).toContain(SAID.en);
    const withAct = (yaml: string): string =>
      yaml.replace('      - gdpr: A6-1-a\n', '      - gdpr: A6-1-c\n        law: [{law: markedsforingsloven, section: "§ 15"}]\n      - gdpr: A6-1-a\n');
    const { dir, cleanup } = scratchCopy(EXAMPLE);
    try {
      const laws = join(dir, 'catalogues/laws.yaml');
      writeFileSync(
        laws,
        readFileSync(laws, 'utf8').replace(/^laws:\n/m, 'laws:\n  markedsforingsloven:\n    title: markedsføringsloven\n    lovdataId: LOV-2009-01-09-2\n'),
      );
      const path = join(dir, FILE);
      writeFileSync(path, withAct(readFileSync(path, 'utf8')));
      const r = ropa(['notice', dir, '--draft', '--lang', 'nn', '-f', 'md']);
      expect(r.stderr).toBe('');
      expect(r.stdout).toContain(SAID.nn);
    } finally {
      cleanup();
    }
  });
});
