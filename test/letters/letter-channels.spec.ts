import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderDocx, templateTags } from '@ap/letters';
import { CHANNELS, Channel } from '../../libs/protocol/src/channels/channels';
import { docxText } from '../support/docx-text';
import { newCitizen } from '../support/protocol-client';
import { TestClock } from '../support/test-clock';
import { useTestApp } from '../support/use-test-app';
import { LetterModels, readLetterModels, TEMPLATE_CODES, TEMPLATES_DIR } from './letter-models';

const ALL_BAN_CHANNELS: Channel[] = ['counter', 'phone', 'property-damage', 'public-road', 'violence', 'written'];

/**
 * The channels whose phrase (CHANNELS[…].phrase, "{incident.kanaal}") each letter's wording was checked
 * with. When a model lets a channel reach another letter, this table fails until the wording is checked.
 */
const REVIEWED: Record<string, Channel[]> = {
  ...Object.fromEntries(['BC1', 'BC2', 'BC3', 'BC4', 'BC5', 'BC6', 'BC7', 'BC8'].map((c) => [c, ['counter']])),
  BC9: ['property-damage', 'public-road'],
  BC10: ['public-road', 'violence'],
  ...Object.fromEntries(['BD1', 'BD2', 'BD3', 'BD4', 'BDC'].map((c) => [c, ['public-road']])),
  BW1: ['outside-hours'],
  ...Object.fromEntries(['HB1', 'HB2', 'HB3', 'HB4'].map((c) => [c, ['home-visit']])),
  ...Object.fromEntries(['SrC1', 'SrC2', 'SrC3', 'SrCH'].map((c) => [c, ['written']])),
  ...Object.fromEntries(['TC1', 'TC2', 'TC3', 'TC4'].map((c) => [c, ['phone']])),
  ...Object.fromEntries(['TVA', 'TVD', 'TVP', 'TVR'].map((c) => [c, ALL_BAN_CHANNELS])),
};

/**
 * How a letter may speak of each channel's setting: "had u <phrase>" reads only for a contact or a visit,
 * and "Tijdens dit bezoek", "Tijdens dit gesprek" or "In uw bericht" only for the setting that is one.
 */
const SETTING_OF: Record<Channel, { hadU: boolean; referredToAs: string | null }> = {
  phone: { hadU: true, referredToAs: 'Tijdens dit gesprek' },
  written: { hadU: true, referredToAs: 'In uw bericht' },
  counter: { hadU: true, referredToAs: 'Tijdens dit bezoek' },
  'property-damage': { hadU: true, referredToAs: 'Tijdens dit bezoek' },
  violence: { hadU: true, referredToAs: 'Tijdens dit bezoek' },
  'home-visit': { hadU: true, referredToAs: 'Tijdens dit bezoek' },
  'public-road': { hadU: false, referredToAs: null },
  'outside-hours': { hadU: false, referredToAs: null },
};
const REFERENCES = ['Tijdens dit gesprek', 'In uw bericht', 'Tijdens dit bezoek'];

const sample = (code: string) => JSON.parse(readFileSync(join(TEMPLATES_DIR, `${code}.sample.json`), 'utf8'));

function renderFor(code: string, channel: Channel): string {
  const data = sample(code);
  data.incident.kanaal = CHANNELS[channel].phrase;
  return docxText(renderDocx(code, readFileSync(join(TEMPLATES_DIR, `${code}.docx`)), data));
}

function wordingProblems(text: string, channel: Channel): string[] {
  const { phrase } = CHANNELS[channel];
  const { hadU, referredToAs } = SETTING_OF[channel];
  const problems: string[] = [];
  if (!hadU && new RegExp(`had u (opnieuw )?${phrase}`).test(text)) problems.push(`"had u ${phrase}"`);
  for (const reference of REFERENCES.filter((r) => r !== referredToAs)) if (text.includes(reference)) problems.push(`"${reference}"`);
  return problems;
}

describe('letters: the channel phrase reads right for every channel that reaches the letter', () => {
  let models: LetterModels;
  beforeAll(async () => {
    models = await readLetterModels();
  });

  it('knows which channels reach each letter, as the models say', () => {
    const reached: Record<string, Channel[]> = {};
    for (const channel of Object.keys(CHANNELS) as Channel[]) {
      for (const code of models.reach(channel)) (reached[code] ??= []).push(channel);
    }
    for (const channels of Object.values(reached)) channels.sort();
    expect(reached).toEqual(Object.fromEntries(TEMPLATE_CODES.map((code) => [code, [...REVIEWED[code]].sort()])));
  });

  it.each(Object.entries(REVIEWED).flatMap(([code, channels]) => channels.map((channel) => [code, channel] as const)))('%s reads right for %s', (code, channel) => {
    const text = renderFor(code, channel);
    if (templateTags(readFileSync(join(TEMPLATES_DIR, `${code}.docx`))).includes('incident.kanaal')) expect(text).toContain(CHANNELS[channel].phrase);
    expect(wordingProblems(text, channel)).toEqual([]);
  });

  it('words BC9 and BC10 as contact with an employee during the setting, whichever channel it is', () => {
    expect(renderFor('BC9', 'public-road')).toContain(
      'had u contact met een medewerker van onze gemeente tijdens werkzaamheden op de openbare weg (Stadskantoor, Markt 1, Voorbeeldstad). Daarbij heeft u zich schuldig gemaakt aan geweld tegen zaken.',
    );
    expect(renderFor('BC10', 'violence')).toContain(
      'had u contact met een medewerker van onze gemeente tijdens een bezoek aan het gemeentehuis (Stadskantoor, spreekkamer 1, Markt 1, Voorbeeldstad). Daarbij heeft u zich tegenover onze medewerker schuldig gemaakt aan geweld tegen personen.',
    );
  });
});

/** The same, through the product: a public-road incident drafts BC9 (C) or BC10 (D, the violence protocol). */
describe('letters: public road C and D through the API', () => {
  const clock = new TestClock(new Date('2026-09-07T10:00:00Z'));
  const app = useTestApp({ clock });

  it.each([
    ['property-damage', 'BC9'],
    ['violence', 'BC10'],
  ])('%s on the public road: %s names the work on the public road', async (behaviour, code) => {
    const incident = await app.api.report({
      channel: 'public-road',
      category: 'III',
      behaviour,
      occurredAt: '2026-09-07T09:00:00Z',
      location: 'Kerkstraat ter hoogte van nummer 40',
      description: 'De man gooide een afzetbord tegen de medewerker en de bestelbus.',
      citizen: newCitizen(),
    });
    await app.driver.completeAll(incident.id);
    const letter = (await app.api.file(incident.id)).letters.find((l: any) => l.code === code);
    expect(letter.status).toBe('final');
    const text = docxText(await app.api.letterDocx(letter.id));
    expect(text).toContain('had u contact met een medewerker van onze gemeente tijdens werkzaamheden op de openbare weg (Kerkstraat ter hoogte van nummer 40).');
    expect(wordingProblems(text, 'public-road')).toEqual([]);
  });
});
