import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { runGaps } from '../../src/check/engine.js';
import type { Finding } from '../../src/model/finding.js';
import { GAP_RULES } from '../../src/rules/index.js';
import { validateRegistry } from '../../src/validate/index.js';

/**
 * F1's matrices (session 40) where the text is not the description sentenceRegistry writes (a withdrawal text, a measure's
 * name, a cited section, an activity with a processor): one activity per text, written by `activity(id, text)`, in a
 * record of `org` with the `catalogues` given (file name → YAML); the findings of `rule`. Removed after the file's tests.
 */
export function textRegistry(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let n = 0;
  return (
    texts: Record<string, string>,
    o: {
      org: string;
      publicAuthority?: boolean;
      rule: string;
      activity: (id: string, text: string) => string;
      catalogues?: Readonly<Record<string, string>>;
      today?: string;
    },
  ): Finding[] => {
    const d = join(dir, String(n++));
    mkdirSync(join(d, 'activities'), { recursive: true });
    mkdirSync(join(d, 'catalogues'), { recursive: true });
    writeFileSync(
      join(d, 'organisation.yaml'),
      `name: ${o.org}\npublicAuthority: ${o.publicAuthority ?? true}\nlanguages: [nb]\naddress:\n  lines: [Postboks 1]\n  postalCode: "6800"\n  city: Førde\ndpo:\n  name: DPO\n  email: dpo@example.no\nsupervisoryAuthority:\n  name: Datatilsynet\n`,
    );
    for (const [file, yaml] of Object.entries(o.catalogues ?? {})) writeFileSync(join(d, 'catalogues', file), yaml);
    for (const [id, text] of Object.entries(texts)) writeFileSync(join(d, 'activities', `${id}.yaml`), o.activity(id, text));
    const { registry } = validateRegistry(d);
    return runGaps(
      registry,
      GAP_RULES.filter((x) => x.meta.id === o.rule),
      { today: o.today ?? '2026-12-03' },
    ).findings;
  };
}
