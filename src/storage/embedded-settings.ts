/**
 * PostgreSQL settings the embedded engine (PGlite) starts with, on top of PGlite's own.
 *
 * PGlite runs PostgreSQL inside one WebAssembly.Memory, which can grow and never shrinks, and
 * PostgreSQL touches all of `shared_buffers` when it starts: PGlite's default of 128 MB was
 * resident from the first second (measured with bench/memory.ts: an empty PGlite idles at about
 * 310 MB RSS, 180 MB with 16 MB of buffers), while a database with Order 262 loaded is about
 * 10 MB on disk. Pages that do not fit stay in the operating system's file cache, so a miss costs
 * a read() rather than a disk seek. A server database keeps its own settings: these apply to
 * PGlite only. `wal_buffers` follows `shared_buffers` (1/32 of it) by itself.
 */
import { PGlite } from '@electric-sql/pglite';

export const EMBEDDED_SETTINGS = {
  shared_buffers: '32MB',
} as const;

/** PGlite's start parameters with ours appended: a later `-c` wins over an earlier one. */
export function embeddedStartParams(): string[] {
  return [
    ...PGlite.defaultStartParams,
    ...Object.entries(EMBEDDED_SETTINGS).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
  ];
}
