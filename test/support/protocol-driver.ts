import { TimerScheduler } from '@ap/workflow-runtime';
import { ProtocolClient, taskLabel } from './protocol-client';
import { TestApp } from './test-app';

/** The demo user who acts for each role (see DEMO_USERS). */
export const DEMO_USER_OF_ROLE: Record<string, string> = {
  employee: 'medewerker',
  'team-lead': 'eerstemedewerker',
  'department-head': 'afdelingshoofd',
  college: 'college',
  'public-contacts-head': 'publiekscontacten',
  reception: 'receptie',
  hr: 'pno',
};

/** A valid answer to each form, for the tasks a scenario does not decide itself. */
export function defaultAnswer(task: { formKey: string | null; input: Record<string, any> }, now: Date): Record<string, unknown> {
  const options = (value: unknown) => (Array.isArray(value) ? value : String(value).split(',')).map((v) => String(v).trim());
  switch (task.formKey) {
    case 'letter-signing':
      return { decision: 'approve' };
    case 'police-report':
      return { filed: true, reportNumber: 'PL0600-2026000001', filedAt: now.toISOString(), policeStation: 'Politiebureau Centrum' };
    case 'aftercare-outcome':
      return { outcome: 'close' };
    case 'severity-assessment':
      return { path: 'A', explanation: 'Beledigend taalgebruik, geen bedreiging.' };
    case 'on-site-steps':
      return { steps: [{ step: 'addressed', at: now.toISOString() }], outcome: 'left' };
    case 'perpetrator-description':
      return { sex: 'man', height: 'ongeveer 1,80 m', clothing: 'donkere jas, spijkerbroek', language: 'Nederlands, Rotterdams accent' };
    case 'letter-choice':
      return { code: options(task.input.options)[0] };
    case 'ban-duration':
      return { duration: task.input.minDuration };
    case 'damage-recovery':
      return { materialDamage: false };
    case 'benefit-reduction':
      return { applies: false, motivation: 'De burger ontvangt geen bijstand.' };
    default:
      return {};
  }
}

/** Moves a protocol along as its users would: completes open tasks and lets time pass. */
export class ProtocolDriver {
  constructor(
    private readonly t: TestApp,
    private readonly api: ProtocolClient,
  ) {}

  /**
   * Completes the incident's open tasks, each by the demo user of its first role, with the answer given
   * for its label or the default one, until no task is open. Returns the labels completed, in order.
   */
  async completeAll(incidentId: string, answers: Record<string, Record<string, unknown>> = {}): Promise<string[]> {
    const done: string[] = [];
    for (let round = 0; round < 100; round++) {
      const open = (await this.api.file(incidentId)).tasks.filter((task: any) => task.status === 'open');
      if (!open.length) return done;
      const task = open[0];
      const label = taskLabel(task);
      const form = answers[label] ?? defaultAnswer(task, this.t.clock.now());
      const res = await this.api.complete(task.id, form, DEMO_USER_OF_ROLE[task.candidateGroups[0]]);
      if (res.status !== 200) throw new Error(`completing ${label} failed: ${res.status} ${JSON.stringify(res.body)}`);
      done.push(label);
    }
    throw new Error(`tasks of incident ${incidentId} keep coming`);
  }

  /** Sets the clock and fires every timer due by then, as the scheduler would. */
  async advanceTo(iso: string): Promise<void> {
    this.t.clock.set(iso);
    await this.t.app.get(TimerScheduler).fireDue();
  }
}
