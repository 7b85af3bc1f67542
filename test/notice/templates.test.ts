import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, ropa } from '../helpers/cli.js';
import { fixture, plain } from './helpers.js';

/** `--template DIR`: an organisation's own layout and partials, and errors that point into them. */
const templates = (name: string): string => `test/fixtures/notice/templates/${name}`;

describe('an organisation can bring its own templates', () => {
  it('replaces the layout and adds partials; the built-in partials stay available', () => {
    const r = ropa(['notice', fixture('complete'), '--template', templates('custom-layout')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        '# Personvernerklæring for Eksempelforeningen',
        '',
        '## Medlemmer',
        '',
        '- Svindelkontroll: Hindre svindel med medlemsrabatter',
        '- Medlemsregister: Administrere medlemskapet',
        '- Nyhetsbrev: Sende deg nyhetsbrev',
        '',
        '## Forskning',
        '',
        '- Helsestudie: Forske på helsen til medlemmene',
        '',
        '- Kari Nordmann (Personvernombud)',
        '- E-post: [pvo@example.no](mailto:pvo@example.no)',
        '- Telefon: [22 00 00 01](tel:22000001)',
        '- Postadresse: Eksempelforeningen, Personvernombudet, Postboks 1, 0101 Oslo',
        '',
      ].join('\n'),
    );
  });

  it('cannot emit registry text unescaped, not even with a triple-stash', () => {
    const r = ropa(['notice', fixture('escaping'), '--template', templates('custom-layout')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("# Personvernerklæring for Etaten \\<script\\>alert('navn')\\</script\\> \\& Co");
    expect(r.stdout).not.toContain('<script>');
  });

  it('replaces a single partial and keeps the rest of the built-in layout', () => {
    const r = ropa(['notice', fixture('incomplete'), '--draft', '--template', templates('partial-only')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('*Sist oppdatert: ⟨MANGLER 1: dato⟩*');
    expect(r.stdout).not.toContain('**\\[MANGLER');
    expect(plain(r.stdout)).toContain('## Dette mangler i registeret');
  });
});

describe('a template error names the template file and line, and exits 1 as bad input does', () => {
  it.each([
    ['broken-field', 'notice.md.hbs, line 3, column 3: "tittel" not defined'],
    ['broken-partial', 'partials/contact.md.hbs, line 2, column 5: "emial" not defined'],
    ['broken-parse', 'notice.md.hbs, line 3: parse error: ...{{labels.draftBanner} Expecting'],
    ['broken-block', "notice.md.hbs, line 3, column 4: each doesn't match if"],
  ])('%s', (name, message) => {
    const r = ropa(['notice', fixture('complete'), '--template', templates(name)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`ropa: error in template ${templates(name)}/${message}`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a folder that does not exist, or has nothing for the format, is a usage error', () => {
    const none = ropa(['notice', fixture('complete'), '--template', templates('nope')]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(`ropa: template folder not found: ${templates('nope')}`);
    const other = ropa(['notice', fixture('complete'), '--template', templates('html-only')]);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('has no templates for format md (expected notice.md.hbs or partials/*.md.hbs)');
    const html = ropa(['notice', fixture('complete'), '--template', templates('html-only'), '-f', 'html']);
    expect(html.code).toBe(0);
    expect(html.stdout).toBe(
      '<!doctype html><html lang="nb"><title>Personvernerklæring for Eksempelforeningen</title><h1>Personvernerklæring for Eksempelforeningen</h1></html>\n',
    );
  });
});

describe("ropa's own templates are precompiled at build time", () => {
  it('holds every built-in template with its source', async () => {
    const { precompiledModule } = await import('../../src/render/notice/precompile.js');
    const { loadTemplates } = await import('../../src/render/notice/templates.js');
    const module = precompiledModule();
    for (const format of ['md', 'html'] as const) {
      const set = loadTemplates(format);
      for (const file of [set.layout, ...set.partials]) expect(module).toContain(`source: ${JSON.stringify(file.source)}`);
    }
  });

  it('renders the same notice as the templates compiled when used', () => {
    // A copy of ropa's templates with a comment added to each file is no longer precompiled: compiled as it is used.
    const own = mkdtempSync(join(tmpdir(), 'ropa-templates-'));
    try {
      const builtin = join(ROOT, 'templates', 'notice');
      mkdirSync(join(own, 'partials'));
      for (const name of [...readdirSync(builtin).filter((f) => f.endsWith('.hbs')), ...readdirSync(join(builtin, 'partials')).map((f) => `partials/${f}`)])
        writeFileSync(join(own, name), `${readFileSync(join(builtin, name), 'utf8')}{{!-- copied --}}`);
      for (const format of ['md', 'html']) {
        for (const extra of [[], ['--complete']]) {
          const args = ['notice', 'registry', '--draft', '-f', format, '--date', '2025-06-01', ...extra];
          const precompiled = ropa(args);
          const compiled = ropa([...args, '--template', own]);
          expect(precompiled.code).toBe(0);
          expect(compiled.stderr).toBe('');
          expect(compiled.stdout).toBe(precompiled.stdout);
        }
      }
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  });
});
