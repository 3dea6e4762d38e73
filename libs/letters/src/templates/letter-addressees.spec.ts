import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LetterTemplateStore } from './letter-template-store';

const dir = join(__dirname, '../../../../letter-templates');

function templatesWith(addressees: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'letter-templates-'));
  cpSync(dir, copy, { recursive: true });
  writeFileSync(join(copy, 'addressees.json'), addressees);
  return copy;
}

describe('the roles letters are addressed to (addressees.json)', () => {
  it('addresses TVR to receptions, and no other letter to anyone', async () => {
    const store = new LetterTemplateStore(dir);
    await store.load();
    expect(store.addresseesOf('TVR')).toEqual(['reception']);
    expect(store.list().filter((t) => store.addresseesOf(t.code).length).map((t) => t.code)).toEqual(['TVR']);
  });

  it('refuses to start naming an unknown letter, a role that cannot be addressed, and broken JSON', async () => {
    await expect(new LetterTemplateStore(templatesWith('{ "XX1": ["reception"], "TVD": ["college"] }')).load()).rejects.toThrow(
      /addressees\.json: er is geen briefsjabloon XX1[\s\S]*addressees\.json: TVD: rollen moeten een lijst zijn uit reception/,
    );
    await expect(new LetterTemplateStore(templatesWith('{ "TVR": "reception" }')).load()).rejects.toThrow(/addressees\.json: TVR: rollen moeten een lijst zijn/);
    await expect(new LetterTemplateStore(templatesWith('[')).load()).rejects.toThrow(/addressees\.json: .*JSON/);
  });
});
