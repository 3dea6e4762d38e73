import { DomainError } from '@ap/common';
import { UserTaskEntity } from '@ap/persistence';
import { Actor } from '../run-scope';
import { assertMayComplete } from './completion-permission';

describe('assertMayComplete', () => {
  const task = (fields: Partial<UserTaskEntity>) => ({ name: 'Beoordelen', status: 'open', candidateGroups: ['team-lead', 'employee'], assigneeId: null, ...fields }) as UserTaskEntity;
  const actor: Actor = { id: 'u1', name: 'Sanne de Boer' };
  const refusal = (t: UserTaskEntity, roles: string[], who = actor) => {
    try {
      assertMayComplete(t, who, roles);
      return null;
    } catch (err) {
      expect(err).toBeInstanceOf(DomainError);
      return { code: (err as DomainError).code, message: (err as DomainError).message };
    }
  };

  it('lets a holder of one of the roles complete an open task offered to the roles', () => {
    expect(refusal(task({}), ['employee'])).toBeNull();
    expect(refusal(task({ assigneeId: 'u1' }), ['team-lead'])).toBeNull();
  });

  it('refuses a task already completed or cancelled', () => {
    expect(refusal(task({ status: 'completed' }), ['employee'])).toEqual({ code: 'conflict', message: 'Taak "Beoordelen" is al afgerond' });
    expect(refusal(task({ status: 'cancelled' }), ['employee'])).toEqual({ code: 'conflict', message: 'Taak "Beoordelen" is al vervallen' });
    expect(refusal(task({ status: 'cancelled', closeMessage: 'Sanne de Boer heeft zich alsnog gemeld om 11:31.' }), ['employee'])).toEqual({
      code: 'conflict',
      message: 'Taak "Beoordelen" is al vervallen: Sanne de Boer heeft zich alsnog gemeld om 11:31.',
    });
  });

  it('refuses someone without one of its roles, even its assignee', () => {
    expect(refusal(task({}), ['hr', 'legal'])).toEqual({ code: 'forbidden', message: 'Taak "Beoordelen" is voor team-lead, employee' });
    expect(refusal(task({ assigneeId: 'u1' }), [])).toEqual({ code: 'forbidden', message: 'Taak "Beoordelen" is voor team-lead, employee' });
  });

  it('refuses a task assigned to someone else, and the system, which is no one', () => {
    expect(refusal(task({ assigneeId: 'u2' }), ['employee'])).toEqual({ code: 'conflict', message: 'Taak "Beoordelen" is aan iemand anders toegewezen' });
    expect(refusal(task({ assigneeId: 'u2' }), ['employee'], { id: null, name: 'systeem' })).toEqual({ code: 'conflict', message: 'Taak "Beoordelen" is aan iemand anders toegewezen' });
  });
});
