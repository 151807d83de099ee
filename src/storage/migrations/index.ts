/**
 * Migrations live in code (not a folder scan) so they work the same from tsx, a bundle or a
 * test, on both engines. Add a file and list it here; never edit one that has shipped.
 */
import type { Migration, MigrationProvider } from 'kysely';
import * as init from './0001-init.js';
import * as itemCardAndSearch from './0002-item-card-and-search.js';
import * as accountsAndAudit from './0003-accounts-and-audit.js';
import * as staffRegister from './0004-staff-register.js';
import * as calendarFeed from './0005-calendar-feed.js';
import * as assessment from './0006-assessment.js';
import * as credentials from './0007-credentials.js';
import * as instruments from './0008-instruments.js';
import * as certificates from './0011-certificates.js';
import * as programmes from './0012-programmes.js';
import * as workbench from './0013-workbench.js';
import * as translationReviews from './0014-translation-reviews.js';
import * as staffImportPlanGzip from './0015-staff-import-plan-gzip.js';

export const migrations: Record<string, Migration> = {
  '0001-init': init,
  '0002-item-card-and-search': itemCardAndSearch,
  '0003-accounts-and-audit': accountsAndAudit,
  '0004-staff-register': staffRegister,
  '0005-calendar-feed': calendarFeed,
  '0006-assessment': assessment,
  '0007-credentials': credentials,
  '0008-instruments': instruments,
  '0011-certificates': certificates,
  '0012-programmes': programmes,
  '0013-workbench': workbench,
  '0014-translation-reviews': translationReviews,
  '0015-staff-import-plan-gzip': staffImportPlanGzip,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
