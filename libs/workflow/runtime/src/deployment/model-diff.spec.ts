import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffModels } from './model-diff';

const counter = readFileSync(join(__dirname, '../../../../../processes/counter.bpmn'), 'utf8');

/** The difference between two versions is told from the older to the newer, Camunda extensions included. */
describe('diffModels', () => {
  const newer = counter
    .replace('name="Incident registreren in GIR"', 'name="Registreren in GIR"')
    .replace(/<camunda:inputParameter name="window">P6M</, '<camunda:inputParameter name="window">P12M<')
    .replace('value="5.3 A, 1e keer"', 'value="5.3 A, 1e keer; 7.1, waarschuwing"')
    .replace(/<bpmn:userTask id="team_meeting"[\s\S]*?<\/bpmn:userTask>/, '');

  it('names what the newer version changed, with the old value first', async () => {
    const diff = await diffModels(counter, newer);
    expect(diff.changed).toEqual(
      expect.arrayContaining([
        { id: 'register_gir', label: 'Gebruikerstaak "Registreren in GIR"', changes: [{ property: 'Naam', old: 'Incident registreren in GIR', new: 'Registreren in GIR' }] },
        expect.objectContaining({ changes: [{ property: 'Invoer window', old: 'P6M', new: 'P12M' }] }),
        { id: 'letter_bc1', label: 'Aanroep "Waarschuwingsbrief BC1"', changes: [{ property: 'Protocolparagraaf', old: '5.3 A, 1e keer', new: '5.3 A, 1e keer; 7.1, waarschuwing' }] },
      ]),
    );
    expect(diff.removed).toEqual([{ id: 'team_meeting', label: 'Gebruikerstaak "Incident bespreken in het eerstvolgende werkoverleg"' }]);
    expect(diff.added).toEqual([]);
  });

  it('turns around with the versions: what one removed, the other added', async () => {
    const diff = await diffModels(newer, counter);
    expect(diff.added).toEqual([{ id: 'team_meeting', label: 'Gebruikerstaak "Incident bespreken in het eerstvolgende werkoverleg"' }]);
    expect(diff.removed).toEqual([]);
    expect(diff.changed.find((c) => c.id === 'register_gir')!.changes).toEqual([{ property: 'Naam', old: 'Registreren in GIR', new: 'Incident registreren in GIR' }]);
  });
});
