import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { validateRegistry } from '../../src/validate/index.js';
import { buildNoticeView, missingFindings } from '../../src/render/notice/index.js';
import { MISSING_ITEMS } from '../../src/render/notice/missing.js';
import { ropa, scratchCopy } from '../helpers/cli.js';
import { expectations, fixture, plain } from './helpers.js';

/**
 * test/fixtures/notice/incomplete lacks every item a notice needs once; `# expect: item` marks the
 * line each is reported on. Without --draft the mandatory ones stop the notice; with --draft every
 * one is a placeholder in the text and an entry in the list at the end.
 */
const INCOMPLETE = fixture('incomplete');

describe('what the registry lacks', () => {
  const { registry, findings } = validateRegistry(INCOMPLETE);

  it('the fixture is a valid registry: these are notice gaps, not validation errors', () => {
    expect(findings).toEqual([]);
  });

  it('every gap is found where the fixture marks it, and nothing else', () => {
    const { missing } = buildNoticeView(registry, { lang: 'nb', format: 'md', draft: true });
    const found = missingFindings(missing).map((f) => `${relative(INCOMPLETE, f.file)}:${f.range!.line} ${f.rule}`);
    expect(found.sort()).toEqual(expectations(INCOMPLETE).sort());
  });

  it('the fixture covers every kind of gap but a missing translation, which validation already prevents', () => {
    const marked = new Set(expectations(INCOMPLETE).map((e) => e.split(' ')[1]));
    expect(Object.keys(MISSING_ITEMS).filter((id) => !marked.has(id))).toEqual(['translation']);
  });

  it('a text missing in the notice language is a gap, with the first language standing in', () => {
    const { view, missing } = buildNoticeView(registry, { lang: 'nn', format: 'md', draft: true });
    expect(missing.filter((m) => m.id === 'translation').map((m) => m.pointer)).toContain('/name');
    expect(view.contact.controllerName).toBe('Mangeletaten');
  });

  it('numbers the gaps in the order the notice shows them', () => {
    const { view } = buildNoticeView(registry, { lang: 'nb', format: 'md', draft: true });
    expect(view.missing.map((m) => m.number)).toEqual(view.missing.map((_, i) => i + 1));
    expect(view.missing[0]!.text).toContain('ingen dato');
    expect(view.dateMissing?.number).toBe(1);
  });
});

describe('without --draft a mandatory gap stops the notice', () => {
  const r = ropa(['notice', INCOMPLETE]);

  it('exits 1 and writes no notice', () => {
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
  });

  it('names file, line, activity and field of each gap', () => {
    expect(r.stderr).toContain('test/fixtures/notice/incomplete/activities/bases.yaml');
    expect(r.stderr).toMatch(/6:5 +error +"Grunnlag": the purpose "noe uten grunnlag" has no legal basis under GDPR Article 6 \(legalBasis\)\. +legal-basis/);
    expect(r.stderr).toMatch(/8:1 +error +The data protection officer's contact details are missing/);
    expect(r.stderr).toContain('ropa: the privacy notice lacks 24 mandatory items');
  });

  it('does not stop for gaps that are only recommended', () => {
    expect(r.stderr).not.toContain('last-updated');
    expect(r.stderr).not.toContain('source-access');
  });

  it('speaks the message language (ROPA_LANG), not the notice language', () => {
    const nb = ropa(['notice', INCOMPLETE, '--lang', 'en'], { env: { ROPA_LANG: 'nb' } });
    expect(nb.stderr).toContain('«Bases»: formålet «something without a basis» har ikke noe rettslig grunnlag');
    expect(nb.stderr).toContain('personvernerklæringen mangler 24 påkrevde opplysninger');
  });
});

describe('with --draft every gap is a visible placeholder and listed at the end', () => {
  it.each(['md', 'html'] as const)('%s', (format) => {
    const r = ropa(['notice', INCOMPLETE, '--draft', '--complete', '--format', format]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const text = plain(r.stdout);
    const total = expectations(INCOMPLETE).length;
    const numbers = new Set([...text.matchAll(/\[MANGLER (\d+): /g)].map((m) => Number(m[1])));
    expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(text).toContain('Utkast – skal ikke publiseres');
    expect(text).toContain('Dette mangler i registeret');
    expect(text).toContain('[MANGLER 1: dato]');
    expect(text).toContain('«Grunnlag»: formålet «noe uten grunnlag» har ikke noe rettslig grunnlag etter personvernforordningen artikkel 6 (legalBasis).');
    expect(text).toContain('(påkrevd; activities/bases.yaml, felt /purposes/0/legalBasis)');
    expect(text).toContain('(anbefalt; catalogues/catalogue.yaml, felt /sources/folkeregisteret/publiclyAccessible)');
    if (format === 'html') {
      for (let n = 1; n <= total; n++) expect(r.stdout).toContain(`<li id="missing-${n}">`);
      expect(r.stdout).toContain('<a class="missing" href="#missing-1">[MANGLER 1: dato]</a>');
    }
  });

  it('the draft of an empty-handed activity still shows its title and group', () => {
    const text = plain(ropa(['notice', INCOMPLETE, '--draft', '--complete']).stdout);
    expect(text).toContain('</a>Fakta');
    expect(text).toContain('</a>Andre formål');
    // The table row shows the gap in the recipients' cell.
    expect(text).toMatch(/\|\s+\*\*\[MANGLER \d+: mottakere\]\*\*\s+\|/);
  });
});

describe('gaps that are only recommended', () => {
  it('are left out without --draft, and the notice is written', () => {
    const copy = scratchCopy(fixture('complete'));
    try {
      const org = join(copy.dir, 'organisation.yaml');
      writeFileSync(org, readFileSync(org, 'utf8').replace('  lastUpdated: "2026-01-15"\n', ''));
      const cat = join(copy.dir, 'catalogues/catalogue.yaml');
      writeFileSync(cat, readFileSync(cat, 'utf8').replace('    publiclyAccessible: false\n', ''));
      const strict = ropa(['notice', copy.dir]);
      expect(strict.code).toBe(0);
      expect(strict.stdout).not.toContain('Sist oppdatert');
      expect(strict.stdout).not.toContain('MANGLER');
      expect(strict.stdout).not.toContain('Kilden er ikke offentlig tilgjengelig.');
      const draft = plain(ropa(['notice', copy.dir, '--draft']).stdout);
      expect(draft).toContain('Sist oppdatert: **[MANGLER 1: dato]**');
      expect(draft).toContain('[MANGLER 2: om kilden er offentlig tilgjengelig]');
    } finally {
      copy.cleanup();
    }
  });
});
