// `node scripts/lazy-patterns.cjs [file…]`: turns each module-level regular-expression literal and `new RegExp(…)` of
// src/rules/*.ts and src/check/*.ts into `lazyPattern(…)` (src/util/lazy-pattern.ts: built on first use, not when the
// module loads) and each use X into X(), except X.source, X.flags and X given to prefilter, prefilterAny,
// prefilterClauses, gated and gatedAll (they read the source without building it). An exported pattern is left as it is
// (other modules use it as a RegExp). Re-runnable: a module with nothing left to convert is not touched, and the import
// is added only where it is missing. test/util/lazy-pattern.test.ts asks that none is left. Prints what it could not
// convert and each use that still builds a pattern when the module loads. Run prettier after (`npx prettier --write`
// on the files it names DONE).
const ts = require('typescript');
const fs = require('fs'),
  path = require('path');
const ROOT = path.resolve(__dirname, '..');
const only = process.argv.slice(2);
const cfg = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
const program = ts.createProgram(cfg.fileNames, cfg.options);
const checker = program.getTypeChecker();
const KEEP_CALLS = new Set(['prefilter', 'prefilterAny', 'prefilterClauses', 'gated']);
const DIRS = ['src/rules/', 'src/check/'].map((d) => path.join(ROOT, d));
const exported = (st) => (st.modifiers ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
const report = [];
for (const sf of program.getSourceFiles()) {
  if (!DIRS.some((d) => sf.fileName.startsWith(d)) || sf.fileName.endsWith('index.ts')) continue;
  if (only.length && !only.some((o) => sf.fileName.endsWith(o))) continue;
  const text = sf.getFullText();
  const edits = []; // [start, end, replacement]
  const decls = new Map(); // symbol -> name
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st) || exported(st)) continue;
    for (const d of st.declarationList.declarations) {
      const init = d.initializer;
      if (!init || !ts.isIdentifier(d.name)) continue;
      let repl;
      if (init.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const lit = init.getText();
        const end = lit.lastIndexOf('/');
        const body = lit.slice(1, end),
          flags = lit.slice(end + 1);
        if (body.includes('`') || body.includes('${')) {
          report.push(`MANUAL ${sf.fileName}:${d.name.text} backtick`);
          continue;
        }
        repl = `lazyPattern(String.raw\`${body}\`${flags ? `, '${flags}'` : ''})`;
      } else if (ts.isNewExpression(init) && init.expression.getText() === 'RegExp') {
        const args = init.arguments ?? [];
        const t0 = args[0] && checker.getTypeAtLocation(args[0]);
        if (!t0 || !(t0.flags & ts.TypeFlags.StringLike)) {
          report.push(`MANUAL ${sf.fileName}:${d.name.text} non-string arg`);
          continue;
        }
        repl = `lazyPattern(${args.map((a) => a.getText()).join(', ')})`;
      } else continue;
      edits.push([init.getStart(), init.getEnd(), repl]);
      decls.set(checker.getSymbolAtLocation(d.name), d.name.text);
    }
  }
  if (decls.size === 0) continue;
  const visit = (node) => {
    if (ts.isIdentifier(node)) {
      const sym = checker.getSymbolAtLocation(node);
      const parent = node.parent;
      if (sym && decls.has(sym) && !(ts.isVariableDeclaration(parent) && parent.name === node)) {
        if (ts.isPropertyAccessExpression(parent) && parent.expression === node && (parent.name.text === 'source' || parent.name.text === 'flags')) return;
        if (ts.isCallExpression(parent) && parent.arguments.includes(node) && KEEP_CALLS.has(parent.expression.getText())) return;
        if (ts.isPropertyAssignment(parent) && parent.initializer === node) {
          const call = parent.parent.parent;
          if (ts.isCallExpression(call) && call.expression.getText() === 'gatedAll') return;
        }
        if (ts.isShorthandPropertyAssignment(parent)) {
          const call = parent.parent.parent;
          if (ts.isCallExpression(call) && call.expression.getText() === 'gatedAll') return;
          edits.push([node.getStart(), node.getEnd(), `${node.text}: ${node.text}()`]);
        } else edits.push([node.getStart(), node.getEnd(), `${node.text}()`]);
        // module-level use (not inside a function): compiled at load
        let p = parent,
          inFn = false;
        while (p && p !== sf) {
          if (ts.isFunctionLike(p)) {
            inFn = true;
            break;
          }
          p = p.parent;
        }
        if (!inFn) report.push(`LOADTIME ${path.basename(sf.fileName)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${node.text}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(sf, visit);
  const imports = [...sf.statements].filter(ts.isImportDeclaration);
  const imported = imports.some(
    (i) =>
      i.moduleSpecifier.text.endsWith('/lazy-pattern.js') &&
      i.importClause?.namedBindings &&
      ts.isNamedImports(i.importClause.namedBindings) &&
      i.importClause.namedBindings.elements.some((e) => e.name.text === 'lazyPattern'),
  );
  if (!imported) {
    const at = imports.length ? imports[imports.length - 1].getEnd() : 0;
    edits.push([at, at, `\nimport { lazyPattern } from '../util/lazy-pattern.js';`]);
  }
  edits.sort((a, b) => b[0] - a[0]);
  let out = text;
  for (const [s, e, r] of edits) out = out.slice(0, s) + r + out.slice(e);
  fs.writeFileSync(sf.fileName, out);
  report.push(`DONE ${path.basename(sf.fileName)} ${decls.size}`);
}
console.log(report.join('\n'));
