import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, ropa, tempDir } from '../helpers/cli.js';

describe('ropa schema', () => {
  it('lists the kinds', () => {
    const r = ropa(['schema']);
    expect(r.code).toBe(0);
    expect(
      r.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => l.split(/\s+/)[0]),
    ).toEqual(['organisation', 'activity', 'catalogue', 'common']);
    expect(r.stdout).toContain('activity.schema.json');
  });

  it.each(['organisation', 'activity', 'catalogue', 'common'])('prints the %s schema as shipped', (kind) => {
    const r = ropa(['schema', kind]);
    expect(r.stdout).toBe(readFileSync(join(ROOT, 'schemas', `${kind}.schema.json`), 'utf8'));
    expect(JSON.parse(r.stdout).$id).toBe(`${kind}.schema.json`);
  });

  it('refuses an unknown kind', () => {
    const r = ropa(['schema', 'activities']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/kind must be one of organisation, activity, catalogue, common/);
  });

  it('--dir writes the four files for an editor, and only when they change', () => {
    const { dir, cleanup } = tempDir();
    try {
      const target = join(dir, 'schemas');
      const r = ropa(['schema', '--dir', target]);
      expect(r.code).toBe(0);
      expect(readdirSync(target).sort()).toEqual(['activity.schema.json', 'catalogue.schema.json', 'common.schema.json', 'organisation.schema.json']);
      for (const f of readdirSync(target)) expect(readFileSync(join(target, f), 'utf8')).toBe(readFileSync(join(ROOT, 'schemas', f), 'utf8'));
      const mtimes = readdirSync(target).map((f) => statSync(join(target, f)).mtimeMs);
      const again = ropa(['schema', '--dir', target]);
      expect(again.stdout).toBe('');
      expect(readdirSync(target).map((f) => statSync(join(target, f)).mtimeMs)).toEqual(mtimes);
    } finally {
      cleanup();
    }
  });
});
