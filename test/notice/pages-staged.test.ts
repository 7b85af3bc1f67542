import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE, ropa, tempDir } from '../helpers/cli.js';

/**
 * `-o DIR/` writes each page beside its place as soon as it is made (a notice of 10,000 activities is
 * never in memory whole) and puts them in place only when every page was made: a page that cannot be
 * made leaves nothing behind, neither pages nor temporary files nor the folder it made.
 */
describe('the pages are written all or nothing', () => {
  // The first document renders; each activity's own page (which links to no page) fails.
  const failing = '# {{title}}\n{{#each groups}}{{#each activities}}{{#if page}}- {{title}}\n{{else}}{{boom}}{{/if}}{{/each}}{{/each}}\n';

  it('a page that fails leaves no page, no temporary file and no new folder', () => {
    const tmp = tempDir();
    try {
      const templates = join(tmp.dir, 'templates');
      mkdirSync(templates);
      writeFileSync(join(templates, 'notice.md.hbs'), failing);
      const out = join(tmp.dir, 'new', 'pages');
      const r = ropa(['notice', EXAMPLE, '--draft', '--template', templates, '-o', `${out}/`]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('"boom" not defined');
      expect(existsSync(join(tmp.dir, 'new'))).toBe(false);

      const existing = join(tmp.dir, 'existing');
      mkdirSync(existing);
      writeFileSync(join(existing, 'index.md'), 'kept\n');
      const again = ropa(['notice', EXAMPLE, '--draft', '--template', templates, '-o', `${existing}/`]);
      expect(again.code).toBe(1);
      expect(readdirSync(existing)).toEqual(['index.md']);
    } finally {
      tmp.cleanup();
    }
  });

  it('pages and a document on stdout are written together, and the same as apart', () => {
    const tmp = tempDir();
    try {
      const both = ropa(['notice', EXAMPLE, '--draft', '-f', 'md', '-o', `${join(tmp.dir, 'md')}/`, '-f', 'html']);
      expect(both.code).toBe(0);
      const html = ropa(['notice', EXAMPLE, '--draft', '-f', 'html']);
      expect(both.stdout).toBe(html.stdout);
      const names = readdirSync(join(tmp.dir, 'md'));
      expect(names).toContain('index.md');
      expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
    } finally {
      tmp.cleanup();
    }
  });
});
