import { expect, test } from 'vitest';
import { ropa, ropaProcess, EXAMPLE } from '../helpers/cli.js';
test('same', () => {
  for (const args of [['validate', EXAMPLE], ['gaps', EXAMPLE], ['report', EXAMPLE, '-f', 'csv'], ['--help'], ['bogus'], ['report', '--help']]) {
    const a = ropa(args), b = ropaProcess(args);
    expect(a).toEqual(b);
  }
});
