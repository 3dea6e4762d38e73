import { hash, hashSync, verify } from '@node-rs/bcrypt';

const COST = 10;

/**
 * A hash of no one's password, at the same cost: an unknown username is checked against it, so that it
 * takes as long as a wrong password and the answer's timing does not tell which usernames exist.
 */
const NO_ONE = hashSync('geen gebruiker', { cost: COST });

/**
 * Hashing runs on libuv's thread pool (native bcrypt), not on the event loop: a flood of sign-ins waits
 * for hashing threads without holding up every other request.
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { cost: COST });
}

/** Whether the password matches; without a stored hash, it costs the same and answers false. */
export async function passwordMatches(password: string, stored: string | undefined): Promise<boolean> {
  const matches = await verify(password, stored ?? NO_ONE);
  return matches && stored !== undefined;
}
