/**
 * A query that could not reach the database server is the server's unavailability, not a bug of
 * the operation: on PostgreSQL, while the one thread is busy, a request may wait past the pool's
 * connection timeout ("timeout exceeded when trying to connect"), and a restarting server refuses
 * connections (ECONNREFUSED). The client should come back shortly, so it gets 503 with
 * Retry-After (exit 5 on the CLI), not a generic 500 that reads as a defect.
 */
import { AppError } from '../../domain/shared/errors.js';
import { isUnreachable } from '../../storage/db.js';

/** Seconds a client is asked to wait: about the pool's wait for a connection. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/**
 * `database_unavailable` for an error that means the server could not be reached or could not
 * serve now; any other error as it was. The server's own message (its address, the pool's
 * wording) is not repeated to clients.
 */
export function asDatabaseUnavailable(error: unknown): unknown {
  if (error instanceof AppError || !isUnreachable(error)) return error;
  return new AppError(
    'database_unavailable',
    'The database could not be reached in time; try again in a few seconds.',
    [],
    UNAVAILABLE_RETRY_AFTER_SECONDS,
  );
}
