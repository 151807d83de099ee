/** Hono's per-request variables, shared by middleware and routes. */
import type { CacheScope } from '../services/operations/operation.js';

export type AppEnv = { Variables: { requestId: string; cacheScope?: CacheScope } };
