import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeDuration, formatDutchDate } from '@ap/common';
import { DEMO_USERS } from '../../apps/api/src/seed/demo-users';
import { addToDay } from '../../libs/protocol/src/bans/bans.service';
import { CHANNELS, Channel } from '../../libs/protocol/src/channels/channels';
import { LetterModels, LetterUse, readLetterModels, TEMPLATE_CODES, TEMPLATES_DIR } from './letter-models';

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const UNITS: Record<string, string> = { jaar: 'Y', maand: 'M', maanden: 'M', week: 'W', weken: 'W', dag: 'D', dagen: 'D' };

/** "1 december 2026" → "2026-12-01" */
function isoDay(dutch: string): string {
  const [, day, month, year] = /^(\d{1,2}) (\w+) (\d{4})$/.exec(dutch) ?? [];
  if (!MONTHS.includes(month)) throw new Error(`not a Dutch date: "${dutch}"`);
  return `${year}-${String(MONTHS.indexOf(month) + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** "1 jaar en 6 maanden" → "P1Y6M", the inverse of describeDuration. */
function isoDuration(dutch: string): string {
  const parts = dutch.split(/, | en /).map((part) => {
    const [, n, unit] = /^(\d+) (\w+)$/.exec(part) ?? [];
    if (!UNITS[unit]) throw new Error(`not a Dutch duration: "${dutch}"`);
    return `${n}${UNITS[unit]}`;
  });
  return `P${parts.sort((a, b) => 'YMWD'.indexOf(a.slice(-1)) - 'YMWD'.indexOf(b.slice(-1))).join('')}`;
}

const sample = (code: string) => JSON.parse(readFileSync(join(TEMPLATES_DIR, `${code}.sample.json`), 'utf8'));

/** Legal staff read a template with its sample: the sample must be a letter the product could write. */
describe('letter samples agree with the models and with the product', () => {
  let models: LetterModels;
  beforeAll(async () => {
    models = await readLetterModels();
  });
  const usesOf = (code: string): LetterUse[] => models.uses.filter((u) => u.code === code);

  it.each(TEMPLATE_CODES)('%s', (code) => {
    const data = sample(code);
    const uses = usesOf(code);
    expect(uses.length).toBeGreaterThan(0);
    const letterDay = isoDay(data.brief.datum);
    const incidentDay = isoDay(data.incident.datum);

    // The reference and subject as the product sets them, signed by the demo user of the model's signer role.
    expect(data.brief.kenmerk).toMatch(new RegExp(`^AG-${incidentDay.slice(0, 4)}-\\d{5}/${code}$`));
    expect(uses.map((u) => u.subject(data.burger.naam))).toContain(data.brief.onderwerp);
    const signers = DEMO_USERS.filter((user) => uses.some((u) => user.roles.includes(u.signer as never)));
    expect(signers.map((user) => ({ naam: user.displayName, functie: user.jobTitle }))).toContainEqual(data.ondertekenaar);
    expect(incidentDay <= letterDay).toBe(true);

    const channels = (Object.keys(CHANNELS) as Channel[]).filter((channel) => models.reach(channel).has(code));
    if (data.incident.kanaal !== undefined) expect(channels.map((c) => CHANNELS[c].phrase)).toContain(data.incident.kanaal);
    if (data.recidive) {
      const windows = uses.flatMap((u) => models.recidiveWindows(u.process)).map(describeDuration);
      expect(windows).toContain(data.recidive.termijn);
    }
    if (data.ontvanger) expect(uses.map((u) => u.recipient)).toContain(data.ontvanger.omschrijving);

    if (!data.maatregel) return;
    const { duur, ingangsdatum, einddatum } = data.maatregel;
    const duration = isoDuration(duur);
    expect(describeDuration(duration)).toBe(duur);
    // Up to and including the end date, computed as the product does (14 April + 6 months → 14 October).
    expect(einddatum).toBe(formatDutchDate(addToDay(isoDay(ingangsdatum), duration)));
    if (data.ontvanger) {
      // A copy goes out once the ban is in force.
      expect(letterDay >= isoDay(ingangsdatum)).toBe(true);
      return;
    }
    // The decision: the ban or other measure starts on the day it is signed, which is the letter's date.
    expect(ingangsdatum).toBe(data.brief.datum);
    // A ban of the length the model fixes, or within the range the college chooses in.
    const end = (iso: string) => addToDay(isoDay(ingangsdatum), iso);
    const fitsBan = ({ scope, fixed, min, max }: NonNullable<LetterUse['ban']>) =>
      scope === data.maatregel.reikwijdte &&
      (fixed ? end(fixed) === end(duration) : min.some((m) => end(m) <= end(duration)) && max.some((m) => end(duration) <= end(m)));
    // Another measure (SrCH, HB2) has no scope and lasts the model's measureDuration.
    const fitsMeasure = (measureDuration: string) => data.maatregel.reikwijdte === undefined && end(measureDuration) === end(duration);
    expect(uses.some((u) => (u.ban ? fitsBan(u.ban) : u.measureDuration !== undefined && fitsMeasure(u.measureDuration)))).toBe(true);
  });
});
