// The store's few typed errors. The API maps NotFoundError to 404 and
// ConflictError to 409; anything else is a bug or an outage (500).

/** The row does not exist, or belongs to someone else (we never say which). */
export class NotFoundError extends Error {
  override readonly name = 'NotFoundError';
  constructor(readonly entity: string, message = `${entity} not found`) {
    super(message);
  }
}

/** The write clashes with what is stored: a reused id with other content, a taken email. */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
  constructor(readonly entity: string, message: string) {
    super(message);
  }
}

/** The row was deleted (a tombstone keeps its id): a replayed upload must not bring it back. */
export class GoneError extends Error {
  override readonly name = 'GoneError';
  constructor(
    readonly entity: string,
    readonly deletedAt: string,
    message = `this ${entity} was deleted (${deletedAt}); sending it again does not bring it back`,
  ) {
    super(message);
  }
}

/** True for a primary-key or unique-index violation on either backend. */
export function isUniqueViolation(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const code = (err as { code?: unknown }).code;
  // 23505 = unique_violation in PostgreSQL; better-sqlite3 reports extended codes.
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** PostgreSQL ended the transaction to break a deadlock (40P01) or a serialization clash (40001); it may run again. */
export function isDeadlockOrSerialization(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const code = (err as { code?: unknown }).code;
  return code === '40P01' || code === '40001';
}
