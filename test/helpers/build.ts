import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cli.js';

/** The newest change under `dir`, in milliseconds. */
function newest(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (m, e) => Math.max(m, e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs),
    0,
  );
}

/**
 * The cli project runs dist/: built here when it is missing or older than the sources or schemas
 * it is made from, so that `npx vitest run --project cli` never tests yesterday's build.
 */
export default function setup(): void {
  const built = join(ROOT, 'dist/validate/validators.cjs');
  const sources = Math.max(newest(join(ROOT, 'src')), newest(join(ROOT, 'schemas')));
  if (existsSync(built) && existsSync(join(ROOT, 'dist/cli.js')) && statSync(built).mtimeMs >= sources) return;
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm run build failed: the cli tests need dist/');
}
