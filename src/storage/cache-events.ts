/**
 * Cache invalidation across processes through PostgreSQL's own LISTEN/NOTIFY: a writer sends
 * `NOTIFY kasip_cache` inside its transaction, so the message is delivered only if it commits, and
 * every process keeps one dedicated connection LISTENing. No broker of our own: several app nodes
 * (or `serve --workers`) on one primary stay consistent with what PostgreSQL already provides.
 */
import { sql } from 'kysely';
import pg from 'pg';
import type { Executor } from './repositories/edition.repository.js';

export const CACHE_CHANNEL = 'kasip_cache';

/**
 * What changed. `edition`: an edition was loaded, replaced or (later) published. `origin` names
 * the service set that wrote it: that one has already dropped its caches when it committed, and
 * must not drop them again when its own notification comes back a moment later.
 */
export type CacheEvent = { kind: 'edition'; id: string; origin?: string | undefined };

export function parseCacheEvent(payload: string | undefined): CacheEvent | undefined {
  try {
    const value = JSON.parse(payload ?? '') as Partial<CacheEvent>;
    if (value.kind === 'edition' && typeof value.id === 'string')
      return { kind: 'edition', id: value.id, ...(typeof value.origin === 'string' ? { origin: value.origin } : {}) };
  } catch {
    // a message of another version or sender: ignored, the TTLs still bound staleness
  }
  return undefined;
}

/** Queues the notification in the caller's transaction: PostgreSQL delivers it on commit, never on rollback. */
export async function notifyCacheEvent(trx: Executor, event: CacheEvent): Promise<void> {
  await sql`select pg_notify(${CACHE_CHANNEL}, ${JSON.stringify(event)})`.execute(trx);
}

export type CacheEventHandlers = {
  onEvent: (event: CacheEvent) => void;
  /**
   * Called after the listening connection came back: whatever was notified while it was down is
   * lost, so every cache must be dropped.
   */
  onResync: () => void;
};

export type CacheEventListener = {
  /** Whether notifications are arriving now; while not, callers keep their short TTLs. */
  live: () => boolean;
  /** Resolves once LISTEN is in place the first time (or the listener was closed). */
  ready: Promise<void>;
  close: () => Promise<void>;
};

const RETRY_MS = 1000;

/** One dedicated connection (not from the pool: a pooled client would be handed to queries) that LISTENs, reconnecting. */
export function listenForCacheEvents(url: string, handlers: CacheEventHandlers): CacheEventListener {
  let client: pg.Client | undefined;
  let live = false;
  let closed = false;
  let connectedOnce = false;
  let retry: NodeJS.Timeout | undefined;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });

  const reconnectLater = () => {
    live = false;
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      void connect();
    }, RETRY_MS);
    retry.unref();
  };

  async function connect(): Promise<void> {
    const current = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
    client = current;
    current.on('error', () => {
      void current.end().catch(() => {});
      reconnectLater();
    });
    current.on('end', reconnectLater);
    current.on('notification', (msg) => {
      if (msg.channel !== CACHE_CHANNEL) return;
      const event = parseCacheEvent(msg.payload);
      if (event) handlers.onEvent(event);
    });
    try {
      await current.connect();
      await current.query(`listen ${CACHE_CHANNEL}`);
      if (closed) {
        await current.end();
        return;
      }
      live = true;
      if (connectedOnce) handlers.onResync();
      connectedOnce = true;
      markReady();
    } catch {
      await current.end().catch(() => {});
      reconnectLater();
    }
  }

  void connect();
  return {
    live: () => live,
    ready,
    close: async () => {
      closed = true;
      live = false;
      if (retry) clearTimeout(retry);
      markReady();
      await client?.end().catch(() => {});
    },
  };
}
