/** Translates the database's constraint errors into something a caller can act on. */
export function isUniqueViolation(err: unknown): boolean {
  return (err as any)?.code === '23505' || (err as any)?.driverError?.code === '23505';
}
