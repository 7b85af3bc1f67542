import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LocaleFileError, readCatalogue } from '../../src/i18n/index.js';
import { tempDir } from '../helpers/cli.js';

/** A locale file that is there but broken fails loudly; a namespace a language lacks falls back to English. */
const { dir, cleanup } = tempDir();
afterAll(cleanup);
const file = (name: string, text: string): string => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

describe('a locale file', () => {
  it('is read as an object of strings', () => {
    expect(readCatalogue(file('ok.json', '{"greeting": "hei {name}"}'))).toEqual({ greeting: 'hei {name}' });
  });

  it('that is missing gives no words, so that English is used', () => {
    expect(readCatalogue(join(dir, 'missing.json'))).toEqual({});
  });

  it.each([
    ['malformed JSON', 'bad.json', '{"greeting": "hei",}', /bad\.json: .*JSON/],
    ['an array', 'array.json', '["hei"]', /array\.json: not a JSON object/],
    ['a value that is not a string', 'number.json', '{"a": "x", "count": 3}', /number\.json: the value of "count" is not a string/],
  ])('that holds %s is an error naming the file', (_, name, text, message) => {
    const path = file(name, text);
    expect(() => readCatalogue(path)).toThrow(LocaleFileError);
    expect(() => readCatalogue(path)).toThrow(message);
  });
});
