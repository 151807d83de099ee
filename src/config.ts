/**
 * The one place that reads the environment. Everything else receives a parsed `Config`, so
 * tests can build one explicitly and nothing depends on ambient state.
 */
import path from 'node:path';
import { z } from 'zod';

const portSchema = z.coerce
  .number({ error: 'PORT must be a number' })
  .int('PORT must be a whole number')
  .min(0, 'PORT must be between 0 and 65535')
  .max(65535, 'PORT must be between 0 and 65535');

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine(
      (v) => v === undefined || /^postgres(ql)?:\/\//.test(v),
      'DATABASE_URL must start with postgres:// or postgresql://',
    ),
  DATABASE_REPLICA_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine(
      (v) => v === undefined || /^postgres(ql)?:\/\//.test(v),
      'DATABASE_REPLICA_URL must start with postgres:// or postgresql://',
    ),
  KASIP_DATA_DIR: z.string().trim().min(1).default('./data'),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  PORT: portSchema.default(8080),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  KASIP_STANDARDS_DIR: z.string().trim().min(1).default('./data/standards'),
  KASIP_PUBLIC_URL: z.string().trim().url('KASIP_PUBLIC_URL must be a URL like https://kasip.example.kz').optional(),
  KASIP_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(43_200).default(120),
  KASIP_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(8_760).default(12),
  SMTP_URL: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || /^smtps?:\/\//.test(v), 'SMTP_URL must start with smtp:// or smtps://'),
  KASIP_MAIL_FROM: z.string().trim().min(3).optional(),
  KASIP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  // A 20 MB staff file needs about 55 s at 3 Mbit/s; a client slower than that is cut off.
  KASIP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(60_000),
  KASIP_KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  KASIP_MAX_CONNECTIONS: z.coerce.number().int().min(1).max(1_000_000).default(1_000),
});

export type DbConfig = { kind: 'embedded'; dataDir: string } | { kind: 'memory' } | { kind: 'server'; url: string };

export type Config = {
  db: DbConfig;
  /** A streaming replica of the server database for public reads (DATABASE_REPLICA_URL). */
  replicaUrl?: string | undefined;
  host: string;
  port: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Where bundled standards (data files) live. */
  standardsDir: string;
  /** Where the built web app lives. */
  webDistDir: string;
  accounts: AccountsConfig;
  /** Bounds on each client of the HTTP server (src/http/server.ts). */
  server: ServerConfig;
};

export type ServerConfig = {
  /** Time for a client to send all request headers. */
  headersTimeoutMs: number;
  /** Time for a client to send the whole request, headers and body. */
  requestTimeoutMs: number;
  /** How long an idle keep-alive connection is kept open. */
  keepAliveTimeoutMs: number;
  /** Connections beyond this are closed as they arrive. */
  maxConnections: number;
};

export type AccountsConfig = {
  /** The address users reach Kasip at: links in invitations, and Secure cookies when it is https. */
  publicUrl: string;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  smtpUrl: string | undefined;
  /** The sender of mailed links; unset: no-reply at the public address's host. */
  mailFrom?: string | undefined;
};

export const DEFAULT_ACCOUNTS: AccountsConfig = {
  publicUrl: 'http://127.0.0.1:8080',
  sessionIdleMinutes: 120,
  sessionMaxHours: 12,
  smtpUrl: undefined,
};

export type ConfigOverrides = { host?: string | undefined; port?: string | number | undefined };

export class ConfigError extends Error {
  readonly code = 'invalid_config';
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

/** Parses environment variables and command-line overrides; throws ConfigError naming each bad value. */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  overrides: ConfigOverrides = {},
): Config {
  const merged = {
    ...env,
    ...(overrides.host !== undefined ? { HOST: overrides.host } : {}),
    ...(overrides.port !== undefined ? { PORT: String(overrides.port) } : {}),
  };
  const parsed = envSchema.safeParse(merged);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || 'environment'}: ${i.message}`));
  }
  const e = parsed.data;
  if (e.DATABASE_REPLICA_URL && !e.DATABASE_URL) {
    throw new ConfigError(['DATABASE_REPLICA_URL: a replica needs its primary in DATABASE_URL']);
  }
  if (e.KASIP_HEADERS_TIMEOUT_MS > e.KASIP_REQUEST_TIMEOUT_MS) {
    throw new ConfigError(['KASIP_HEADERS_TIMEOUT_MS: must not exceed KASIP_REQUEST_TIMEOUT_MS']);
  }
  const dataDir = path.resolve(e.KASIP_DATA_DIR);
  return {
    db: e.DATABASE_URL
      ? { kind: 'server', url: e.DATABASE_URL }
      : { kind: 'embedded', dataDir: path.join(dataDir, 'pglite') },
    replicaUrl: e.DATABASE_REPLICA_URL,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    standardsDir: path.resolve(e.KASIP_STANDARDS_DIR),
    webDistDir: path.resolve('web/dist'),
    accounts: {
      publicUrl: (e.KASIP_PUBLIC_URL ?? `http://${e.HOST}:${e.PORT}`).replace(/\/$/, ''),
      sessionIdleMinutes: e.KASIP_SESSION_IDLE_MINUTES,
      sessionMaxHours: e.KASIP_SESSION_MAX_HOURS,
      smtpUrl: e.SMTP_URL || undefined,
      mailFrom: e.KASIP_MAIL_FROM,
    },
    server: {
      headersTimeoutMs: e.KASIP_HEADERS_TIMEOUT_MS,
      requestTimeoutMs: e.KASIP_REQUEST_TIMEOUT_MS,
      keepAliveTimeoutMs: e.KASIP_KEEP_ALIVE_TIMEOUT_MS,
      maxConnections: e.KASIP_MAX_CONNECTIONS,
    },
  };
}

/** A description safe to print: never the password of DATABASE_URL. */
export function describeDb(db: DbConfig): string {
  if (db.kind === 'server') return `PostgreSQL at ${db.url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@')}`;
  if (db.kind === 'memory') return 'embedded PostgreSQL (PGlite) in memory';
  return `embedded PostgreSQL (PGlite) in ${db.dataDir}`;
}

/**
 * The environment for an external tool (pg_dump, pg_restore): Kasip's own, as any child would
 * inherit it (PATH, PGSSLMODE, a PGPASSFILE…), plus `extra`. Kept here with the other reads.
 */
export function toolEnvironment(extra: Record<string, string>): Record<string, string | undefined> {
  return { ...process.env, ...extra };
}

/**
 * Test only: the place where this process kills itself (KASIP_FAULT_POINT, see
 * src/storage/fault-points.ts). No deployment sets it; read at the moment, so a test's child sees its own.
 */
export function faultPointFromEnvironment(): string | undefined {
  return process.env.KASIP_FAULT_POINT || undefined;
}
