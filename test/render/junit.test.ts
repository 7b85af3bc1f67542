import { describe, expect, it } from 'vitest';
import { junit } from '../../src/render/findings/junit.js';
import { format, validated, withoutRange } from './context.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ropa, tempDir } from '../helpers/cli.js';

const DIR = 'test/fixtures/render/escaping';

describe('junit format', () => {
  it('has one testsuite per file, a failing testcase per finding and a passing one for a clean file, all escaped', () => {
    expect(format(junit, 'render/escaping')).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="ropa validate" tests="5" failures="2" errors="0">',
        `  <testsuite name="${DIR}/activities/pay roll,100%.yaml" tests="2" failures="2" errors="0" skipped="0">`,
        `    <testcase classname="${DIR}/activities/pay roll,100%.yaml" name="id-mismatch 5:5" file="${DIR}/activities/pay roll,100%.yaml" line="5">`,
        '      <failure type="error" message="The id &quot;pay-roll&quot; must equal the file name &quot;pay roll,100%&quot;.">' +
          `${DIR}/activities/pay roll,100%.yaml:5:5 The id "pay-roll" must equal the file name "pay roll,100%". (id-mismatch)</failure>`,
        '    </testcase>',
        `    <testcase classname="${DIR}/activities/pay roll,100%.yaml" name="schema 8:1" file="${DIR}/activities/pay roll,100%.yaml" line="8">`,
        '      <failure type="error" message="Unknown property &quot;100%: a,b &lt;&amp;&apos;\\u0001&#13;&#10;::warning::injected&quot;.">' +
          `${DIR}/activities/pay roll,100%.yaml:8:1 Unknown property "100%: a,b &lt;&amp;'\\u0001&#13;\n::warning::injected". (schema)</failure>`,
        '    </testcase>',
        '  </testsuite>',
        ...['activities/payroll.yaml', 'catalogues/catalogue.yaml', 'organisation.yaml'].flatMap((f) => [
          `  <testsuite name="${DIR}/${f}" tests="1" failures="0" errors="0" skipped="0">`,
          `    <testcase classname="${DIR}/${f}" name="no findings" file="${DIR}/${f}"/>`,
          '  </testsuite>',
        ]),
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  it('fails on errors and warnings; an info finding passes with its message as output', () => {
    const { findings, ctx } = validated('render/escaping');
    const f = findings.find((x) => x.rule === 'schema')!;
    const out = junit(
      [
        { ...f, severity: 'warning' },
        { ...withoutRange(f), severity: 'info' },
      ],
      { ...ctx, files: [] },
    );
    expect(out).toContain('<testsuites name="ropa validate" tests="2" failures="1" errors="0">');
    expect(out).toContain('<failure type="warning" message=');
    expect(out).toMatch(/<testcase classname="[^"]+" name="schema" file="[^"]+">\n {6}<system-out>[^<]+ Unknown property [^<]+\(schema\)<\/system-out>/);
  });

  it('writes the same report with `ropa validate -f junit -o FILE` beside another format on stdout', () => {
    const tmp = tempDir();
    try {
      const out = join(tmp.dir, 'report.xml');
      const r = ropa(['validate', DIR, '-f', 'github', '-o', '-', '-f', 'junit', '-o', out]);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/^::error file=/);
      expect(readFileSync(out, 'utf8')).toBe(format(junit, 'render/escaping'));
    } finally {
      tmp.cleanup();
    }
  });
});
