import { describe, expect, it } from 'vitest';
import { github, escapeData, escapeProperty } from '../../src/render/findings/github.js';
import { format, validated, withoutRange } from './context.js';
import { ropa } from '../helpers/cli.js';

describe('github format: workflow-command annotations', () => {
  it('escapes as @actions/core does: data %, CR, LF; properties also : and ,', () => {
    expect(escapeData('100% a:b,c\r\nd')).toBe('100%25 a:b,c%0D%0Ad');
    expect(escapeProperty('100% a:b,c\r\nd')).toBe('100%25 a%3Ab%2Cc%0D%0Ad');
    // % first, so an escape in the input is not mistaken for one of ours.
    expect(escapeData('%0A')).toBe('%250A');
  });

  it('annotates each finding with file, position and title, and cannot be steered by text from the registry', () => {
    const out = format(github, 'render/escaping');
    expect(out).toBe(
      '::error file=test/fixtures/render/escaping/activities/pay roll%2C100%25.yaml,line=5,col=5,endLine=5,endColumn=13,title=id-mismatch' +
        '::The id "pay-roll" must equal the file name "pay roll,100%25".\n' +
        '::error file=test/fixtures/render/escaping/activities/pay roll%2C100%25.yaml,line=8,col=1,endLine=8,endColumn=43,title=schema' +
        // Control characters are shown (\u0001, \u000d), never sent; a line feed is escaped as the toolkit does.
        '::Unknown property "100%25: a,b <&\'\\u0001\\u000d%0A::warning::injected".\n' +
        '✖ 2 problems (2 errors, 0 warnings) in 1 file\n',
    );
    expect(out.split('\n').filter((l) => l.startsWith('::'))).toHaveLength(2);
  });

  it('gives no annotation for a clean registry, only the summary line', () => {
    expect(format(github, 'validate/minimal')).toBe('✔ The registry is valid.\n');
  });

  it('maps severities to error, warning and notice, and leaves columns out of a range over several lines', () => {
    const { findings, ctx } = validated('render/escaping');
    const f = findings.find((x) => x.rule === 'schema')!;
    const out = github(
      [{ ...f, severity: 'warning' }, { ...f, severity: 'info', range: { line: 3, column: 2, endLine: 5, endColumn: 4 } }, withoutRange(f)],
      ctx,
    );
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^::warning file=[^ ]+ roll%2C100%25\.yaml,line=8,col=1,endLine=8,endColumn=43,title=schema::/);
    expect(lines[1]).toMatch(/^::notice file=[^ ]+ roll%2C100%25\.yaml,line=3,endLine=5,title=schema::/);
    expect(lines[2]).toMatch(/^::error file=[^ ]+ roll%2C100%25\.yaml,title=schema::/);
    expect(lines[3]).toBe('✖ 3 problems (1 error, 1 warning) in 1 file');
  });

  it('is what `ropa validate -f github` prints, with exit code 1 on errors', () => {
    const r = ropa(['validate', 'test/fixtures/validate/schema-errors', '-f', 'github']);
    expect(r.code).toBe(1);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(9);
    expect(lines[1]).toBe(
      '::error file=test/fixtures/validate/schema-errors/activities/payroll.yaml,line=3,col=9,endLine=3,endColumn=14,title=schema' +
        '::"actve" is not allowed here. Did you mean "active"? Allowed: planned, active, retired.',
    );
  });
});
