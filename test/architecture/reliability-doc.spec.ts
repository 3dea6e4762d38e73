import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

/** RELIABILITY.md names the tests that show each point; it stays true when a test moves or goes. */
describe('RELIABILITY.md', () => {
  const text = readFileSync(join(ROOT, 'RELIABILITY.md'), 'utf8');

  it('has a line for each of the twelve points', () => {
    for (let point = 1; point <= 12; point++) expect(text).toMatch(new RegExp(`^\\| ${point}\\. `, 'm'));
  });

  it('names only tests that exist', () => {
    const named = [...text.matchAll(/`(test\/[^`]+\.ts)`/g)].map((m) => m[1]);
    expect(named.length).toBeGreaterThan(10);
    expect(named.filter((path) => !existsSync(join(ROOT, path)))).toEqual([]);
  });
});
