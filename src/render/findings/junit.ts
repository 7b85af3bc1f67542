import type { Finding } from '../../model/finding.js';
import { t } from '../../i18n/index.js';
import type { FindingFormatter } from './types.js';
import { displayPath } from '../../util/paths.js';

/**
 * JUnit XML for CI test reports: one testsuite per file, one testcase per finding, and one passing
 * testcase for a file with none. Errors and warnings are failures; an info finding passes and
 * carries its message as output. No timestamps or durations: the same input gives the same bytes.
 */
export const junit: FindingFormatter = (findings, ctx) => {
  const byFile = new Map<string, Finding[]>();
  for (const file of ctx.files ?? []) byFile.set(file, []);
  for (const f of findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  const files = [...byFile.keys()].map((file) => ({ file, name: displayPath(file, ctx.cwd) })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const { file, name } of files) {
    const list = byFile.get(file)!;
    const cases = list.map((f) => {
      const message = t(ctx.lang, f.messageId, f.args);
      const where = f.range ? `${name}:${f.range.line}:${f.range.column}` : name;
      const caseName = f.range ? `${f.rule} ${f.range.line}:${f.range.column}` : f.rule;
      const body = `${where} ${message} (${f.rule})`;
      const open = `    <testcase classname="${attr(name)}" name="${attr(caseName)}" file="${attr(name)}"${f.range ? ` line="${f.range.line}"` : ''}>`;
      const inner =
        f.severity === 'info'
          ? `      <system-out>${text(body)}</system-out>`
          : `      <failure type="${attr(f.severity)}" message="${attr(message)}">${text(body)}</failure>`;
      return `${open}\n${inner}\n    </testcase>`;
    });
    if (cases.length === 0) cases.push(`    <testcase classname="${attr(name)}" name="${attr(t(ctx.lang, 'formats.junit-clean'))}" file="${attr(name)}"/>`);
    const failed = list.filter((f) => f.severity !== 'info').length;
    tests += cases.length;
    failures += failed;
    suites.push(`  <testsuite name="${attr(name)}" tests="${cases.length}" failures="${failed}" errors="0" skipped="0">\n${cases.join('\n')}\n  </testsuite>`);
  }
  const head = `<testsuites name="${attr(`${ctx.tool.name} ${ctx.command}`)}" tests="${tests}" failures="${failures}" errors="0">`;
  return ['<?xml version="1.0" encoding="UTF-8"?>', head, ...suites, '</testsuites>', ''].join('\n');
};

/** Characters XML 1.0 cannot carry at all are shown as \uXXXX rather than dropped. */
function legal(s: string): string {
  return s.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function text(s: string): string {
  return legal(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** An attribute keeps its line breaks and tabs only as character references. */
function attr(s: string): string {
  return text(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}
