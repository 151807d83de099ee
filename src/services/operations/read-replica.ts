/**
 * Public reads on a streaming replica (DATABASE_REPLICA_URL). Only operations whose answer is the
 * same for everybody and that write nothing (cache scope `public`) go there: they may lag behind
 * the primary by the replica's delay, which a public, CDN-cacheable answer tolerates anyway.
 * Everything else, writes and read-your-own-writes, stays on the primary. A replica that cannot
 * be reached is skipped for a while and the read runs on the primary instead.
 */
import { type OpenDb, isUnreachable } from '../../storage/db.js';
import type { Operations } from './catalogue.js';
import type { Operation } from './operation.js';

/** How long an unreachable replica is left alone before it is tried again. */
export const REPLICA_BACKOFF_MS = 5000;

export function isReplicaRead(op: Pick<Operation, 'cache' | 'writes'>): boolean {
  return op.cache === 'public' && !op.writes;
}

/**
 * The catalogue with every public read running `replicaOps`' version (built over use cases on the
 * replica) with the replica as its executor, and the primary's on failure to reach it.
 */
export function routePublicReads(
  primaryOps: Operations,
  replicaOps: Operations,
  replica: OpenDb,
  opts: { now?: () => number; onFallback?: (error: unknown) => void } = {},
): Operations {
  const now = opts.now ?? Date.now;
  let downUntil = 0;
  const groups = Object.entries(primaryOps).map(([groupName, group]) => {
    const replicaGroup = (replicaOps as Record<string, Record<string, Operation>>)[groupName] ?? {};
    const routed = Object.entries(group as Record<string, Operation>).map(([name, op]) => {
      const onReplica = replicaGroup[name];
      if (!onReplica || !isReplicaRead(op)) return [name, op] as const;
      const run: Operation['run'] = async (input, ctx) => {
        if (now() >= downUntil) {
          try {
            return await onReplica.run(input, { ...ctx, db: replica.db });
          } catch (error) {
            if (!isUnreachable(error)) throw error;
            downUntil = now() + REPLICA_BACKOFF_MS;
            opts.onFallback?.(error);
          }
        }
        return op.run(input, ctx);
      };
      return [name, { ...op, run }] as const;
    });
    return [groupName, Object.fromEntries(routed)] as const;
  });
  return Object.fromEntries(groups) as Operations;
}
