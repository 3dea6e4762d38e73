import { availableParallelism } from 'node:os';
import { hash, hashSync, verify } from '@node-rs/bcrypt';

const COST = 10;

/**
 * A hash of no one's password, at the same cost: an unknown username is checked against it, so that it
 * takes as long as a wrong password and the answer's timing does not tell which usernames exist.
 */
const NO_ONE = hashSync('geen gebruiker', { cost: COST });

/**
 * Hashing runs on libuv's thread pool (native bcrypt), not on the event loop, and at most one hash per
 * core but one at a time: a flood of sign-ins waits for its turn and leaves a core to every other request.
 */
const AT_ONCE = Math.max(1, availableParallelism() - 1);
let running = 0;
const waiting: (() => void)[] = [];

async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  if (running >= AT_ONCE) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

export function hashPassword(password: string): Promise<string> {
  return inTurn(() => hash(password, { cost: COST }));
}

/** Whether the password matches; without a stored hash, it costs the same and answers false. */
export async function passwordMatches(password: string, stored: string | undefined): Promise<boolean> {
  const matches = await inTurn(() => verify(password, stored ?? NO_ONE));
  return matches && stored !== undefined;
}
