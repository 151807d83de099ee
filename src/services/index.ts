/**
 * Assembles the use cases over one open database. The http and cli layers receive `Services`
 * and never touch storage themselves.
 */
import { type AccountsConfig, DEFAULT_ACCOUNTS } from '../config.js';
import type { OpenDb } from '../storage/db.js';
import { APP_NAME, APP_VERSION } from '../version.js';
import { createCareerService } from './career.service.js';
import { createDiffService } from './diff.service.js';
import type { CacheEventListener } from '../storage/cache-events.js';
import {
  EDITIONS_LISTENED_TTL_MS,
  EDITIONS_TTL_MS,
  type EditionServiceOptions,
  createEditionService,
} from './edition.service.js';
import { createHealthService } from './health.service.js';
import { createQualificationService } from './qualification.service.js';
import { createQualityService } from './quality.service.js';
import { createRegistryService } from './registry.service.js';
import { type Mailer, createMailer, defaultFrom } from './mail/mailer.js';
import { createOperations } from './operations/catalogue.js';
import { createPipeline } from './operations/pipeline.js';
import { routePublicReads } from './operations/read-replica.js';
import { createSearchService } from './search.service.js';

export type ServiceOptions = {
  accounts?: AccountsConfig;
  now?: () => Date;
  checkOutput?: boolean;
  /** Tests pass their own; by default SMTP_URL decides (no mail without it). */
  mailer?: Mailer;
  /**
   * A streaming replica (DATABASE_REPLICA_URL): public reads run there, over use cases and caches
   * of their own, and fall back to `database` while it cannot be reached.
   */
  replica?: OpenDb;
  /** Told when a public read fell back to the primary (logged by the composition root). */
  onReplicaFallback?: (error: unknown) => void;
};

/** The use cases over the database, before they are wrapped as operations. */
function createUseCases(database: OpenDb, editionOpts: EditionServiceOptions = {}) {
  const editions = createEditionService(database, editionOpts);
  const registry = createRegistryService(database, editions);
  return {
    database,
    health: createHealthService(database, { name: APP_NAME, version: APP_VERSION }),
    editions,
    registry,
    qualification: createQualificationService(registry),
    quality: createQualityService(database, editions),
    career: createCareerService(registry),
    diff: createDiffService(database, editions),
    search: createSearchService(database, editions),
  };
}

export type UseCases = ReturnType<typeof createUseCases>;

export function createServices(database: OpenDb, opts: ServiceOptions = {}) {
  const accounts = opts.accounts ?? DEFAULT_ACCOUNTS;
  const mailer = opts.mailer ?? createMailer(accounts.smtpUrl, accounts.mailFrom ?? defaultFrom(accounts.publicUrl));
  let cacheEvents: CacheEventListener | undefined;
  const origin = crypto.randomUUID();
  const useCases = createUseCases(database, {
    listTtlMs: () => (cacheEvents?.live() ? EDITIONS_LISTENED_TTL_MS : EDITIONS_TTL_MS),
    origin,
  });
  // Other processes' loads arrive through NOTIFY (a server database only; undefined on PGlite).
  cacheEvents = database.listenCacheEvents({
    // Our own load dropped our caches as it committed; its echo would only drop them again.
    onEvent: (event) => {
      if (event.origin !== origin) useCases.editions.changed(event);
    },
    onResync: () => useCases.editions.changed(undefined),
  });
  let ops = createOperations({ accounts, useCases, mailer });
  if (opts.replica) {
    // Their own caches, with the short TTL: a notification may arrive before the replica replays the commit.
    const onReplica = createUseCases(opts.replica);
    useCases.editions.onChange((event) => onReplica.editions.changed(event));
    ops = routePublicReads(ops, createOperations({ accounts, useCases: onReplica, mailer }), opts.replica, {
      onFallback: opts.onReplicaFallback,
    });
  }
  return {
    ...useCases,
    accounts,
    /** The LISTEN connection for other processes' cache events; undefined on the embedded database. */
    cacheEvents,
    /** Every use case as an operation; run them only through `pipeline.execute`. */
    ops,
    pipeline: createPipeline(database, { accounts, now: opts.now, checkOutput: opts.checkOutput }),
  };
}

export type Services = ReturnType<typeof createServices>;
