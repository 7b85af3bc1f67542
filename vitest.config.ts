import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Four projects, so that the everyday loop needs no build and no browser:
 *
 * - unit: everything that imports the TypeScript sources (`npx vitest run --project unit`);
 * - cli: runs the built CLI (test/helpers/cli.ts, test/hostile/, test/e2e/); builds first when dist/ is stale;
 * - browser: drives Chromium (playwright-core);
 * - property: random registries (fast-check), the slowest.
 *
 * `vitest run` (what `npm test` and CI run) runs all four. A test file's project follows from what
 * it uses, so a new test file lands in the right one without being listed here.
 */
const root = fileURLToPath(new URL('.', import.meta.url));

type Project = 'unit' | 'cli' | 'browser' | 'property';

function projectOf(file: string, text: string): Project {
  if (file.startsWith('test/property/')) return 'property';
  if (/from ['"](playwright-core|\.\.\/helpers\/browser\.js)['"]/.test(text)) return 'browser';
  if (file.startsWith('test/hostile/') || file.startsWith('test/e2e/')) return 'cli';
  // The in-process runner and the binary both run dist/; so does the list of outputs found from --help.
  if (/\b(ropa|ropaProcess|hostileRun)\(|\bBIN\b|hostile\/outputs\.js/.test(text)) return 'cli';
  return 'unit';
}

function testFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? (e.name === 'fixtures' ? [] : testFiles(join(dir, e.name))) : e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  );
}

const byProject: Record<Project, string[]> = { unit: [], cli: [], browser: [], property: [] };
for (const file of testFiles('test')) {
  const path = relative(root, join(root, file)).split('\\').join('/');
  byProject[projectOf(path, readFileSync(join(root, file), 'utf8'))].push(path);
}

/**
 * Timeouts are a safety net against a hang, not a claim about speed (that is the benchmark's): a
 * busy machine may take several times as long as a quiet one, and must not fail for it.
 */
const shared = { testTimeout: 120_000, hookTimeout: 120_000, pool: 'forks' as const };

export default defineConfig({
  test: {
    // Two test files at a time even on two cores (vitest's default there is one): a file mostly
    // waits on one thread (the CLI's, test/helpers/cli.ts) or one child process at a time.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Transformed TypeScript kept between runs (node_modules/.experimental-vitest-cache, keyed by each
    // file's content, dropped when node_modules is reinstalled): about a fifth of the unit project's CPU.
    experimental: { fsModuleCache: true },
    projects: [
      // The unit tests share no state worth isolating: one module graph for all of them saves a fork and an import per file.
      { test: { ...shared, name: 'unit', include: byProject.unit, isolate: false } },
      // One module graph too: the CLI's thread (test/helpers/cli.ts) then starts once per worker, not once per file.
      { test: { ...shared, name: 'cli', include: byProject.cli, isolate: false, globalSetup: ['test/helpers/build.ts'] } },
      { test: { ...shared, name: 'browser', include: byProject.browser } },
      { test: { ...shared, name: 'property', include: byProject.property, setupFiles: ['test/helpers/property-seed.ts'] } },
    ],
  },
});
