/**
 * What an operator or a load balancer needs to know: is the database reachable, which engine
 * and version, which app version, are all migrations applied.
 */
import type { OpenDb } from '../storage/db.js';

export type Health = {
  status: 'ok' | 'degraded';
  engine: OpenDb['engine'];
  database: { version: string | null; reachable: boolean };
  app: { name: string; version: string };
  migrations: { applied: string[]; pending: string[]; upToDate: boolean };
};

export function createHealthService(database: OpenDb, app: { name: string; version: string }) {
  return {
    async check(): Promise<Health> {
      try {
        const [version, state] = await Promise.all([database.version(), database.migrationState()]);
        const upToDate = state.pending.length === 0;
        return {
          status: upToDate ? 'ok' : 'degraded',
          engine: database.engine,
          database: { version, reachable: true },
          app,
          migrations: { ...state, upToDate },
        };
      } catch {
        return {
          status: 'degraded',
          engine: database.engine,
          database: { version: null, reachable: false },
          app,
          migrations: { applied: [], pending: [], upToDate: false },
        };
      }
    },
  };
}

export type HealthService = ReturnType<typeof createHealthService>;
