/**
 * Types for the parts of js-yaml the tests use (src/parse/fast.ts reads it through createRequire with its own types;
 * the package ships none). Only the test project (tsconfig.test.json) sees this file.
 */
declare module 'js-yaml' {
  export function load(text: string, options?: Record<string, unknown>): unknown;
}
