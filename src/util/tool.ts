import { readFileSync } from 'node:fs';
import { packagePath } from './paths.js';

let manifest: { version: string; homepage: string } | undefined;
function packageJson(): { version: string; homepage: string } {
  manifest ??= JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string; homepage: string };
  return manifest;
}

/** ropa's version (package.json `version`). */
export function toolVersion(): string {
  return packageJson().version;
}

/** The project's home page (package.json `homepage`): where rule pages and SARIF links point. */
export function toolHomepage(): string {
  return packageJson().homepage;
}
