import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tasksOpeningAtStart } from './opening-tasks';
import { parseDefinition } from './parse-definition';
import { ParsedDefinition } from './parsed-definition';

const models = new Map<string, Promise<ParsedDefinition>>();
/** The product's own models, by process key (the file is named after it). */
const model = (key: string) => {
  if (!models.has(key)) models.set(key, parseDefinition(`${key}.bpmn`, readFileSync(join(__dirname, '../../../../../processes', `${key}.bpmn`), 'utf8')));
  return models.get(key)!;
};
const opening = async (key: string, variables: Record<string, unknown>) =>
  (await tasksOpeningAtStart(await model(key), variables, model)).map((t) => `${t.processKey}:${t.elementId}:${t.candidateGroups?.join('|') ?? '?'}`).sort();

describe('the user tasks that open at the start, read from the model', () => {
  it('follows the parallel fork to each first task, and stops at the first wait', async () => {
    expect(await opening('counter', { channel: 'counter', behaviour: 'house-rules', category: 'I' })).toEqual([
      'counter:on_site_steps:employee',
      'counter:register_gir:hr',
      'counter:team_meeting:department-head',
    ]);
  });

  it('goes into the process a call activity calls, only on the path the given variables take', async () => {
    const violence = await opening('public-road', { channel: 'public-road', behaviour: 'violence', category: 'III' });
    expect(violence).toContain('violence:describe_perpetrator:employee');
    expect(violence.filter((t) => t.startsWith('public-road:'))).toEqual([]);
    for (const behaviour of ['insult', 'threat', 'property-damage']) {
      expect((await opening('public-road', { channel: 'public-road', behaviour, category: 'I' })).filter((t) => t.startsWith('violence:'))).toEqual([]);
    }
  });

  it('does not follow a condition on a variable that is not known before the start', async () => {
    // A phone threat decides on isRepeat, which the recidive check sets: the letter behind it does not count,
    // where a public road insult goes to its letter on the category alone.
    expect((await opening('phone', { channel: 'phone', behaviour: 'threat', category: 'II' })).some((t) => t.startsWith('letter:'))).toBe(false);
    expect(await opening('public-road', { channel: 'public-road', behaviour: 'insult', category: 'I' })).toContain('letter:sign:department-head');
    // Nothing is known behind a gateway on a behaviour not given.
    expect((await opening('public-road', { channel: 'public-road' })).filter((t) => !t.startsWith('public-road:'))).toEqual([]);
  });

  it('gives a called task the roles its caller names, and no roles when they cannot be known yet', async () => {
    const written = await opening('letter', { signer: 'college' });
    expect(written).toContain('letter:sign:college');
    expect(await opening('letter', {})).toContain('letter:sign:?');
  });
});
