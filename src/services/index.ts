/**
 * Assembles the use cases over one open database. The http and cli layers receive `Services`
 * and never touch storage themselves.
 */
import { type AccountsConfig, DEFAULT_ACCOUNTS } from '../config.js';
import type { OpenDb } from '../storage/db.js';
import { APP_NAME, APP_VERSION } from '../version.js';
import { createCareerService } from './career.service.js';
import { createDiffService } from './diff.service.js';
import { createEditionService } from './edition.service.js';
import { createHealthService } from './health.service.js';
import { createQualificationService } from './qualification.service.js';
import { createQualityService } from './quality.service.js';
import { createRegistryService } from './registry.service.js';
import { type Mailer, createMailer, defaultFrom } from './mail/mailer.js';
import { createOperations } from './operations/catalogue.js';
import { createPipeline } from './operations/pipeline.js';
import { createSearchService } from './search.service.js';

export type ServiceOptions = {
  accounts?: AccountsConfig;
  now?: () => Date;
  checkOutput?: boolean;
  /** Tests pass their own; by default SMTP_URL decides (no mail without it). */
  mailer?: Mailer;
};

/** The use cases over the database, before they are wrapped as operations. */
function createUseCases(database: OpenDb) {
  const editions = createEditionService(database);
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
  const useCases = createUseCases(database);
  return {
    ...useCases,
    accounts,
    /** Every use case as an operation; run them only through `pipeline.execute`. */
    ops: createOperations({
      accounts,
      useCases,
      mailer: opts.mailer ?? createMailer(accounts.smtpUrl, accounts.mailFrom ?? defaultFrom(accounts.publicUrl)),
    }),
    pipeline: createPipeline(database, { accounts, now: opts.now, checkOutput: opts.checkOutput }),
  };
}

export type Services = ReturnType<typeof createServices>;
