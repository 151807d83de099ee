/**
 * Every operation's route, in one list: app.ts mounts them all, the OpenAPI document lists them,
 * and the route-inventory test checks that each operation has one.
 */
import type { Services } from '../../services/index.js';
import type { HttpBinding } from '../operation-route.js';
import { accountRoutes } from './accounts.routes.js';
import { auditPrivacyRoutes } from './audit-privacy.routes.js';
import { careerRoutes } from './career.routes.js';
import { diffRoutes } from './diff.routes.js';
import { qualificationRoutes } from './qualification.routes.js';
import { qualityRoutes } from './quality.routes.js';
import { cardPdfRoutes } from './card-pdf.routes.js';
import { editionRoutes } from './edition.routes.js';
import { latinRoutes } from './latin.routes.js';
import { healthRoutes } from './health.routes.js';
import { hrRoutes } from './hr.routes.js';
import { certificateRoutes } from './certificates.routes.js';
import { decisionRoutes } from './decisions.routes.js';
import { instrumentRoutes } from './instruments.routes.js';
import { sessionRoutes } from './sessions.routes.js';
import { programmeExportRoutes } from './programme-exports.routes.js';
import { programmeImportRoutes } from './programme-import.routes.js';
import { programmeRoutes } from './programmes.routes.js';
import { registryRoutes } from './registry.routes.js';
import { searchRoutes } from './search.routes.js';
import { caseRoutes } from './case.routes.js';
import { draftRoutes } from './drafts.routes.js';
import { standardFileRoutes } from './standard-files.routes.js';
import { standardCsvRoutes } from './standard-csv.routes.js';

export function operationBindings(services: Services): HttpBinding[] {
  return [
    ...accountRoutes(services.ops, services.accounts.publicUrl),
    ...healthRoutes(services.ops),
    ...editionRoutes(services.ops),
    ...latinRoutes(services.ops),
    ...registryRoutes(services.ops),
    ...cardPdfRoutes(services.ops, (handler) => services.editions.onChange(handler)),
    ...searchRoutes(services.ops),
    ...qualificationRoutes(services.ops),
    ...qualityRoutes(services.ops),
    ...careerRoutes(services.ops),
    ...diffRoutes(services.ops),
    ...auditPrivacyRoutes(services.ops, services.accounts.publicUrl),
    ...hrRoutes(services.ops),
    ...instrumentRoutes(services.ops, services.accounts.publicUrl),
    ...sessionRoutes(services.ops, services.accounts.publicUrl),
    ...decisionRoutes(services.ops, services.accounts.publicUrl),
    ...certificateRoutes(services.ops, services.accounts.publicUrl),
    ...programmeRoutes(services.ops),
    ...programmeImportRoutes(services.ops),
    ...programmeExportRoutes(services.ops, services.accounts.publicUrl),
    ...draftRoutes(services.ops),
    ...standardFileRoutes(services.ops),
    ...standardCsvRoutes(services.ops),
    ...caseRoutes(services.ops, services.accounts.publicUrl),
  ];
}
