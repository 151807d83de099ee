/**
 * Places where a test makes the process kill itself (SIGKILL: no finally, no exit handler runs,
 * as with kill -9 or a power loss) to prove that what it leaves is recovered. Inert unless the
 * environment variable KASIP_FAULT_POINT names the place, which no deployment sets; a test
 * sets it on a child process only.
 */
import { faultPointFromEnvironment } from '../config.js';

export type FaultPoint =
  /** A restore's staging database is loaded and open, before it is prepared (embedded-backup.ts). */
  | 'restore-during-staging'
  /** A restore has renamed the data directory away and not yet put the restored one in its place. */
  | 'restore-between-renames';

export function faultPoint(point: FaultPoint): void {
  if (faultPointFromEnvironment() === point) process.kill(process.pid, 'SIGKILL');
}
