/** Translates the database's constraint errors into something a caller can act on. */
export function isUniqueViolation(err: unknown): boolean {
  return (err as any)?.code === '23505' || (err as any)?.driverError?.code === '23505';
}

// Connection failures and a server that refuses sessions: the database is away, not the request wrong.
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE', '57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08004', '08006']);
const UNAVAILABLE_MESSAGES = /Connection terminated|connection timeout|not currently accepting connections|Client has encountered a connection error|Client was closed/i;

/** Whether an error means the database cannot be reached now (as opposed to refusing what was asked). */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e: any = err, depth = 0; e && depth < 4; e = e.driverError ?? e.cause, depth++) {
    if (UNAVAILABLE_CODES.has(e.code) || (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.test(e.message))) return true;
  }
  return false;
}
