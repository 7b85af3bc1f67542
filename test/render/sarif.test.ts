import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { sarif } from '../../src/render/findings/sarif.js';
import { VALIDATION_RULES } from '../../src/validate/rules.js';
import { format, validated, withoutRange } from './context.js';

/**
 * The SARIF 2.1.0 schema as Microsoft's SARIF SDK ships it (draft-04). Its keywords mean the same
 * in draft-07 except the top-level `id`, which becomes `$id`; one of its patterns is not valid
 * with the `u` flag, so patterns are compiled without it.
 */
function sarifValidator(): ReturnType<Ajv['compile']> {
  const path = createRequire(import.meta.url).resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const { $schema: _draft, id, ...schema } = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats.default(ajv);
  return ajv.compile({ ...schema, $id: id as string });
}

interface Log {
  version: string;
  runs: {
    tool: {
      driver: {
        name: string;
        version: string;
        informationUri: string;
        rules: { id: string; helpUri?: string; help: { text: string }; defaultConfiguration: { level: string } }[];
      };
    };
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Record<string, number> } }[];
    }[];
  }[];
}

describe('sarif format', () => {
  const validate = sarifValidator();

  it.each(['validate/schema-errors', 'render/escaping', 'validate/minimal', 'validate/binary-file'])('is valid SARIF 2.1.0 for %s', (fixture) => {
    const log = JSON.parse(format(sarif, fixture)) as unknown;
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('rejects what is not SARIF, so the check above can fail', () => {
    const log = JSON.parse(format(sarif, 'validate/schema-errors')) as Log;
    (log.runs[0]!.results[0]!.locations[0]!.physicalLocation.region as Record<string, unknown>).startLine = 0;
    expect(validate(log)).toBe(false);
  });

  it('describes every validation rule once, in a stable order, with help and a help URI', () => {
    const log = JSON.parse(format(sarif, 'validate/minimal')) as Log;
    const driver = log.runs[0]!.tool.driver;
    expect(driver).toMatchObject({ name: 'ropa', version: '9.9.9', informationUri: 'https://github.com/ropa-dev/ropa' });
    expect(driver.rules.map((r) => r.id)).toEqual([...VALIDATION_RULES]);
    const schema = driver.rules.find((r) => r.id === 'schema')!;
    expect(schema).toEqual({
      id: 'schema',
      shortDescription: { text: "A value does not match the registry's JSON Schema." },
      fullDescription: { text: "A value does not match the registry's JSON Schema." },
      help: { text: "A value does not match the registry's JSON Schema. See https://github.com/ropa-dev/ropa/blob/main/docs/validation.md#schema" },
      helpUri: 'https://github.com/ropa-dev/ropa/blob/main/docs/validation.md#schema',
      defaultConfiguration: { level: 'error' },
    });
    expect(log.runs[0]!.results).toEqual([]);
  });

  it('gives each result its rule by id and index, a relative percent-encoded URI and a 1-based region', () => {
    const log = JSON.parse(format(sarif, 'render/escaping')) as Log;
    const run = log.runs[0]!;
    expect(run.results).toEqual([
      {
        ruleId: 'id-mismatch',
        ruleIndex: VALIDATION_RULES.indexOf('id-mismatch'),
        level: 'error',
        message: { text: 'The id "pay-roll" must equal the file name "pay roll,100%".' },
        properties: { activity: 'pay-roll' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'test/fixtures/render/escaping/activities/pay%20roll%2C100%25.yaml', uriBaseId: '%SRCROOT%' },
              region: { startLine: 5, startColumn: 5, endLine: 5, endColumn: 13 },
            },
          },
        ],
      },
      {
        ruleId: 'schema',
        ruleIndex: VALIDATION_RULES.indexOf('schema'),
        level: 'error',
        message: { text: 'Unknown property "100%: a,b <&\'\u0001\r\n::warning::injected".' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'test/fixtures/render/escaping/activities/pay%20roll%2C100%25.yaml', uriBaseId: '%SRCROOT%' },
              region: { startLine: 8, startColumn: 1, endLine: 8, endColumn: 43 },
            },
          },
        ],
      },
    ]);
    expect(run.tool.driver.rules[run.results[1]!.ruleIndex]!.id).toBe('schema');
  });

  it('maps severities to levels and describes a rule it was not told about', () => {
    const { findings, ctx } = validated('render/escaping');
    const f = findings.find((x) => x.rule === 'schema')!;
    const log = JSON.parse(
      sarif(
        [
          { ...f, severity: 'warning' },
          { ...withoutRange(f), rule: 'zz-unknown', severity: 'info' },
        ],
        ctx,
      ),
    ) as Log;
    const run = log.runs[0]!;
    expect(run.results.map((r) => [r.ruleId, r.level, r.ruleIndex])).toEqual([
      ['schema', 'warning', VALIDATION_RULES.indexOf('schema')],
      ['zz-unknown', 'note', VALIDATION_RULES.length],
    ]);
    expect(run.results[1]!.locations[0]!.physicalLocation.region).toEqual({ startLine: 1 });
    expect(run.tool.driver.rules.at(-1)).toMatchObject({ id: 'zz-unknown', defaultConfiguration: { level: 'note' } });
    expect(validate(log)).toBe(true);
  });

  it('is the same bytes on every run', () => {
    expect(format(sarif, 'validate/schema-errors')).toBe(format(sarif, 'validate/schema-errors'));
  });
});
