import { describe, expect, it } from 'vitest';
import { displayPath, displayPaths } from '../../src/util/paths.js';

// displayPaths works out each folder's path once (the gap view's 10,000 activity files in one folder): every file is shown
// as displayPath shows it, the folder inside the working directory, above it, beside it or far from it.
describe('displayPaths', () => {
  const cwds = ['/', '/work', '/work/wt/P42', '/work/wt/P42/registry', '/a', '/a/b', '/tmp/ropa-bench-x'];
  const files = [
    '/work/wt/P42/registry/activities/hr-payroll.yaml',
    '/work/wt/P42/registry/organisation.yaml',
    '/work/wt/P4/x.yaml',
    '/work/wt/P42/x.yaml',
    '/work/x.yaml',
    '/a/x.yaml',
    '/a/b/c/d/e/f/g/h/a-rather-long-file-name-for-its-folder.yaml',
    '/tmp/ropa-bench-x/10000/activities/activity-logging-u1.yaml',
    '/tmp/p42-r10k/activities/web-analytics-u99.yaml',
    '/x.yaml',
    '/dev/null',
    '/work//wt/./P42/registry/../registry/activities/a.yaml',
    '/work/wt/P42/registry/',
    '/work/wt/P42/registry/.',
    '/work/wt/P42/registry/..',
    'relative/activities/a.yaml',
    '/ø/æ å/activity.yaml',
  ];
  it('shows every file as displayPath does, asked once or again', () => {
    let compared = 0;
    for (const cwd of cwds) {
      const shown = displayPaths(cwd);
      for (const round of [1, 2]) {
        for (const file of files) {
          expect(shown(file), `${file} from ${cwd}, round ${round}`).toBe(displayPath(file, cwd));
          compared++;
        }
      }
    }
    expect(compared).toBe(cwds.length * files.length * 2);
  });

  it('chooses per folder between the relative path and the absolute one, as displayPath does for each file', () => {
    // From /a/b, the folder /a is «..»: its files are «../x.yaml» (9 characters) against «/a/x.yaml» (9): relative.
    expect(displayPaths('/a/b')('/a/x.yaml')).toBe('../x.yaml');
    // From deep inside, a file far up is shown absolute (shorter than its «../../..»).
    expect(displayPaths('/work/wt/P42/registry/activities')('/x.yaml')).toBe('/x.yaml');
    expect(displayPaths('/work/wt/P42')('/tmp/p42-r10k/activities/a.yaml')).toBe('/tmp/p42-r10k/activities/a.yaml');
    expect(displayPaths('/tmp/ropa-bench-x/10000')('/tmp/ropa-bench-x/10000/activities/a.yaml')).toBe('activities/a.yaml');
    expect(displayPaths('/work/wt/P42')('/work/wt/P42/registry/organisation.yaml')).toBe('registry/organisation.yaml');
  });
});
