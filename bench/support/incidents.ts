import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { scalar } from './bench-database';

/**
 * The incident every throughput figure uses: a first phone threat (protocol 5.1, path B), which starts
 * the police report, aftercare and warning letter TC3, and waits for the department head to sign it.
 */
function phoneThreat(citizenName: string, occurredAt: Date) {
  return {
    channel: 'phone',
    category: 'II',
    behaviour: 'threat',
    occurredAt: occurredAt.toISOString(),
    location: 'Klantcontactcentrum, Markt 1',
    description: 'De beller dreigde de medewerker op te wachten na het werk.',
    citizen: { name: citizenName, dateOfBirth: '1980-04-12', streetAddress: 'Dorpsstraat 12', postalCode: '1234 AB', city: 'Voorbeeldstad' },
  };
}

const run = randomUUID().slice(0, 8);
let citizens = 0;

/** The body of a new first phone threat, each time by another citizen: never a repeat. */
export function newPhoneThreat() {
  return phoneThreat(`Burger ${run}-${++citizens}`, new Date(Date.now() - 10 * 60_000));
}

/** Letters waiting for their signature: what each reported phone threat must have left behind. */
export function openSignatureTasks(sql: Client): Promise<number> {
  return scalar(sql, `SELECT count(*) FROM user_tasks WHERE element_id = 'sign' AND status = 'open'`);
}
