import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE, ROOT, ropa, tempDir } from '../helpers/cli.js';
import { fixture, plain } from './helpers.js';

/**
 * The layered notice (docs/notice.md, «Layers»): `ropa notice` gives the first document, whose
 * activities link to pages of their own (`activity-<id>.<format>`); `-o DIR/` writes it as
 * `index.<format>` with `complete.<format>` (everything in one document) and one page per activity.
 * Checked on the example, a directorate and a real body's registry, in Markdown and HTML.
 */
const BODY = (name: string): string => join(ROOT, 'test/fixtures/corpus/bodies', name, 'registry');

/** Writes the pages into a fresh folder and reads them back: file name → text. */
function pages(dir: string, ...args: string[]): Map<string, string> {
  const tmp = tempDir();
  try {
    const r = ropa(['notice', dir, ...args, '-o', `${tmp.dir}/`]);
    expect({ code: r.code, stderr: r.stderr, stdout: r.stdout }).toEqual({ code: 0, stderr: '', stdout: '' });
    return new Map(readdirSync(tmp.dir).map((f) => [f, readFileSync(join(tmp.dir, f), 'utf8')]));
  } finally {
    tmp.cleanup();
  }
}

/** Link targets and anchors of a page, as Markdown or HTML writes them. */
function links(text: string, format: 'md' | 'html'): string[] {
  return format === 'md' ? [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!) : [...text.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
}
function anchors(text: string): Set<string> {
  return new Set([...text.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!));
}

describe('-o DIR/ writes the layered notice with its pages, and every link between them resolves', () => {
  const cases = [
    ['the example (draft)', EXAMPLE, ['--draft']],
    ['a directorate (draft)', fixture('directorate'), ['--draft']],
    ['Skatteetaten (corpus, draft)', BODY('skatteetaten'), ['--draft']],
    ['a complete registry, nynorsk', fixture('complete'), ['--lang', 'nn']],
  ] as const;

  it.each(cases.flatMap(([name, dir, args]) => (['md', 'html'] as const).map((format) => [`${name}, ${format}`, dir, args, format] as const)))(
    '%s',
    (_name, dir, args, format) => {
      const files = pages(dir, ...args, '-f', format);
      expect(files.has(`index.${format}`)).toBe(true);
      expect(files.has(`complete.${format}`)).toBe(true);
      const activityPages = [...files.keys()].filter((f) => f.startsWith('activity-'));
      expect(activityPages.length).toBeGreaterThan(0);
      // The first document links to every page, and the pages back to it.
      const index = files.get(`index.${format}`)!;
      for (const page of activityPages) expect(links(index, format)).toContain(page);
      expect(links(index, format)).toContain(`complete.${format}`);
      for (const [file, text] of files) {
        for (const target of links(text, format)) {
          if (/^(https?:|mailto:|tel:)/.test(target)) continue;
          const [page, anchor] = target.split('#') as [string, string | undefined];
          const into = page === '' ? text : files.get(page);
          expect(into, `${file}: ${target} names no page written`).toBeDefined();
          if (anchor !== undefined) expect(anchors(into!).has(anchor), `${file}: ${target} has no anchor`).toBe(true);
        }
        if (file !== `index.${format}`) expect(links(text, format)).toContain(`index.${format}`);
      }
    },
  );

  it('nothing recorded is lost by the layers: every word of the complete document is on the first document or a page', () => {
    for (const dir of [fixture('fields'), EXAMPLE]) {
      const files = pages(dir, '--draft');
      const tokens = (text: string): Set<string> =>
        new Set(
          plain(text)
            .toLowerCase()
            .match(/[\p{L}\p{N}§][\p{L}\p{N}§-]*/gu) ?? [],
        );
      const layered = tokens(
        [...files]
          .filter(([f]) => f !== 'complete.md')
          .map(([, t]) => t)
          .join('\n'),
      );
      const missing = [...tokens(files.get('complete.md')!)].filter((w) => !layered.has(w));
      expect(missing).toEqual([]);
    }
  });

  it('the same registry gives the same bytes, page by page', () => {
    const a = pages(fixture('directorate'), '--draft', '-f', 'html');
    const b = pages(fixture('directorate'), '--draft', '-f', 'html');
    expect([...a.keys()]).toEqual([...b.keys()]);
    for (const [f, text] of a) expect(b.get(f)).toBe(text);
  });

  it('a folder is for the whole notice: with --activity or --group it is a usage error, and nothing is written', () => {
    const tmp = tempDir();
    try {
      const r = ropa(['notice', EXAMPLE, '--draft', '--activity', 'voluntary-surveys', '-o', `${tmp.dir}/`]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--activity');
      expect(readdirSync(tmp.dir)).toEqual([]);
    } finally {
      tmp.cleanup();
    }
  });

  it('a file given as a folder (FILE/) is a clear error, no trace, and nothing is written', () => {
    const tmp = tempDir();
    try {
      const file = join(tmp.dir, 'notice');
      writeFileSync(file, 'kept\n');
      const r = ropa(['notice', EXAMPLE, '--draft', '-o', `${file}/`]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('ENOTDIR');
      expect(r.stderr).not.toMatch(/internal|intern feil|at .*\.js/);
      expect(readFileSync(file, 'utf8')).toBe('kept\n');
      const deep = ropa(['notice', fixture('complete'), '-o', `${join(tmp.dir, 'a', 'b')}/`]);
      expect(deep.code).toBe(0);
      expect(readdirSync(join(tmp.dir, 'a', 'b'))).toContain('index.md');
    } finally {
      tmp.cleanup();
    }
  });

  it('never writes inside the registry', () => {
    const r = ropa(['notice', fixture('complete'), '-o', `${join(fixture('complete'), 'pages')}/`]);
    expect(r.code).toBe(2);
    expect(existsSync(join(fixture('complete'), 'pages'))).toBe(false);
  });
});

describe('the first document', () => {
  const md = plain(ropa(['notice', EXAMPLE, '--draft']).stdout);
  const html = ropa(['notice', EXAMPLE, '--draft', '-f', 'html']).stdout;
  const written = pages(EXAMPLE, '--draft');
  const writtenHtml = pages(EXAMPLE, '--draft', '-f', 'html');

  it('gives per activity its purposes with their bases, its retention and the organisation’s words, and links its page when the pages are written', () => {
    const index = plain(written.get('index.md')!);
    expect(index).toContain('#### <a id="activity-voluntary-surveys"></a>[Frivillige undersøkelser](activity-voluntary-surveys.md)');
    expect(index).toContain('- **Formål:** Trekke ut deltakere tilfeldig fra Folkeregisteret');
    expect(index).toContain('- **Lagring:** Svar på undersøkelser ([Anonymiseres senest to år etter innsamling](#retention-consent-survey-two-years))');
    expect(index).toContain('Dersom man ikke svarer på slike undersøkelser, kan SSB ilegge tvangsmulkt.');
    expect(writtenHtml.get('index.html')).toContain(
      '<h4 id="activity-voluntary-surveys-title"><a href="activity-voluntary-surveys.html">Frivillige undersøkelser</a></h4>',
    );
  });

  it('printed to stdout or one file, links to no page it does not write: plain titles, and a draft says how to write the pages', () => {
    for (const [text, page] of [
      [md, /\]\(activity-[^)]*\.md\)/],
      [html, /href="activity-[^"]*\.html"/],
    ] as const) {
      expect(text).not.toMatch(page);
      expect(text).toContain('ropa notice -o MAPPE/');
    }
    expect(md).toContain('#### <a id="activity-voluntary-surveys"></a>Frivillige undersøkelser\n');
    expect(html).toContain('<h4 id="activity-voluntary-surveys-title">Frivillige undersøkelser</h4>');
    // Every in-document link still resolves.
    for (const target of [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!)) expect(html).toContain(`id="${target}"`);
    // A final notice (the complete fixture) carries no word for the publisher, and no link to a page either.
    for (const format of ['md', 'html'] as const) {
      const final = ropa(['notice', fixture('complete'), '-f', format]);
      expect(final.code).toBe(0);
      expect(final.stdout).not.toMatch(/activity-[a-z-]+\.(md|html)/);
      expect(final.stdout).not.toContain('-o MAPPE/');
    }
  });

  it('shows in a draft, at the activity, what its page lacks, with the number of the list at the end', () => {
    const at = md.split('#### <a id="activity-commissioned-statistics"></a>')[1]!.split('\n#### ')[0]!;
    expect(at).toMatch(
      /> \*\*Mangler på behandlingens side:\*\* \*\*\[MANGLER (\d+): kategorier av personopplysninger\]\*\* \*\*\[MANGLER \d+: hvor opplysningene kommer fra\]\*\* \*\*\[MANGLER \d+: mottakere\]\*\*/,
    );
    const n = /MANGLER (\d+): kategorier av personopplysninger/.exec(at)![1];
    expect(md).toMatch(new RegExp(`^${n}\\. «Statistikk på oppdrag»: det står ikke hvilke kategorier personopplysninger`, 'm'));
    expect(html).toContain('<p class="draft"><strong>Mangler på behandlingens side:</strong>');
    // Not in a final notice, and not twice on the page itself.
    const page = plain(ropa(['notice', EXAMPLE, '--draft', '--activity', 'commissioned-statistics']).stdout);
    expect(page).not.toContain('Mangler på behandlingens side');
    expect(page).toContain('kategorier av personopplysninger]');
  });

  it('leaves whose data, which data, sources per activity and systems to the pages, and says so', () => {
    // Data categories and systems are named on the activity's page only.
    expect(md).not.toContain('Bostedsopplysninger fra Folkeregisteret');
    expect(md).not.toContain('SSBs databaser');
    const page = plain(ropa(['notice', EXAMPLE, '--draft', '--activity', 'official-statistics']).stdout);
    expect(page).toContain('Bostedsopplysninger fra Folkeregisteret');
    expect(page).toContain('SSBs databaser');
  });

  it('says each recipient once, described, in a section of its own', () => {
    expect(md).toContain(
      '- **Ansatte i SSB som utarbeider statistikk**: Har tilgang til personopplysninger fra registre og undersøkelser knyttet til den aktuelle statistikken som skal lages.',
    );
    expect(md.match(/Ansatte i SSB som utarbeider statistikk/g)).toHaveLength(1);
  });

  it('lists every gap at the end of a draft, as the complete document does', () => {
    const count = (text: string): number => text.split(/\n## Dette mangler i registeret\n/)[1]!.match(/^\d+\. /gm)!.length;
    expect(count(md)).toBe(count(plain(ropa(['notice', EXAMPLE, '--draft', '--complete']).stdout)));
  });

  it('a final notice is refused for the same mandatory gaps whether layered or not', () => {
    const layered = ropa(['notice', fixture('incomplete')]);
    const whole = ropa(['notice', fixture('incomplete'), '--complete']);
    expect(layered.code).toBe(1);
    expect(layered.stderr).toBe(whole.stderr);
  });
});

describe('a registry where the organisation is only a processor (Art. 30(2))', () => {
  it('gets no notice: the controllers it works for give it; the message says so, exit 1', () => {
    for (const lang of ['nb', 'nn', 'en'] as const) {
      const r = ropa(['notice', BODY('norsk-helsenett'), '--lang', 'nn', '--draft'], { env: { ROPA_LANG: lang } });
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('(role: processor)');
      expect(r.stderr).not.toMatch(/supervisoryAuthority|Datatilsynet|tilsynsmyndighet/);
    }
    expect(ropa(['notice', BODY('norsk-helsenett'), '--lang', 'nn'], { env: { ROPA_LANG: 'en' } }).stderr).toContain(
      'the privacy notice under Articles 13 and 14 is given by the controller you process for',
    );
  });

  it('a registry with processor work beside its own still gets its notice, without the processor work', () => {
    // test/fixtures/notice/complete runs a payroll service for others (payroll-service.yaml, role: processor).
    const r = ropa(['notice', fixture('complete'), '--complete']);
    expect(r.code).toBe(0);
    expect(readFileSync(join(fixture('complete'), 'activities/payroll-service.yaml'), 'utf8')).toContain('role: processor');
    expect(plain(r.stdout)).not.toContain('Lønnstjeneste for andre');
  });
});
