import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, ROOT } from './cli.js';

/**
 * The example registry, then every corpus registry in a fixed order: each body's, then each set's base or registry (the
 * variant sets' bases, the planted sets). For a test that holds a reading to the one it replaced on every real record.
 */
export function corpusRegistries(): string[] {
  const corpus = join(FIXTURES, 'corpus');
  const out = [join(ROOT, 'registry')];
  for (const body of readdirSync(join(corpus, 'bodies')).sort()) {
    const dir = join(corpus, 'bodies', body, 'registry');
    if (existsSync(dir)) out.push(dir);
  }
  for (const set of readdirSync(corpus).sort()) {
    for (const sub of ['base', 'registry']) {
      const dir = join(corpus, set, sub);
      if (set !== 'bodies' && existsSync(join(dir, 'organisation.yaml'))) out.push(dir);
    }
  }
  return out;
}
