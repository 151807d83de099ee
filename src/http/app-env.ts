/** Hono's per-request variables, shared by middleware and routes. */
export type AppEnv = { Variables: { requestId: string } };
