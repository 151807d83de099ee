/**
 * Every operation's route, in one list: app.ts mounts them all, the OpenAPI document lists them,
 * and the route-inventory test checks that each operation has one.
 */
import type { Services } from '../../services/index.js';
import type { HttpBinding } from '../operation-route.js';
import { accountRoutes } from './accounts.routes.js';

export function operationBindings(services: Services): HttpBinding[] {
  return [
    ...accountRoutes(services.ops, services.accounts.publicUrl),
    // registry, editions, search: add their bindings here
    // qualification, quality, career, diff: add their bindings here
    // audit, privacy, admin: add their bindings here
  ];
}
