/**
 * The audit trail (an organisation's, for its admins; all of it, for platform admins), a person's
 * own data (export and erasure, Law No. 94-V) and platform admins' user management, over HTTP.
 */
import type { Context } from 'hono';
import type { Operations } from '../../services/operations/catalogue.js';
import type { AppEnv } from '../app-env.js';
import { type HttpBinding, bind } from '../operation-route.js';
import { clearSessionCookie } from '../session-cookie.js';

const EXPORT_TYPES = ['text/csv', 'application/json'];

export function auditPrivacyRoutes(ops: Operations, publicUrl: string): HttpBinding[] {
  const { audit, privacy, users } = ops;
  const tags = { audit: ['Audit trail'], privacy: ['Accounts'], users: ['Platform administration'] };
  return [
    bind({
      op: audit.orgList,
      method: 'get',
      path: '/v1/orgs/{orgId}/audit',
      tags: tags.audit,
      description:
        'Newest first; `nextCursor` asks for the next page. `to` is exclusive; a date alone covers that day.',
    }),
    bind({
      op: audit.orgExport,
      method: 'get',
      path: '/v1/orgs/{orgId}/audit/export',
      tags: tags.audit,
      files: EXPORT_TYPES,
    }),
    bind({ op: audit.allList, method: 'get', path: '/v1/audit', tags: tags.audit }),
    bind({ op: audit.allExport, method: 'get', path: '/v1/audit/export', tags: tags.audit, files: EXPORT_TYPES }),
    bind({
      op: privacy.exportMine,
      method: 'get',
      path: '/v1/me/export',
      tags: tags.privacy,
      description: 'Everything Kasip holds about me, as a JSON download (no secrets, no hashes).',
      present: {
        schema: privacy.exportMine.output,
        body: (c: Context<AppEnv>, out) => {
          c.header('Content-Disposition', 'attachment; filename="kasip-my-data.json"');
          return out;
        },
      },
    }),
    bind({
      op: privacy.eraseMine,
      method: 'post',
      path: '/v1/me/erase',
      tags: tags.privacy,
      description:
        'Pseudonymises my account, ends my sessions, revokes my tokens and memberships. The audit trail keeps its events, naming me by a pseudonym.',
      present: {
        schema: privacy.eraseMine.output,
        body: (c, out) => {
          clearSessionCookie(c, publicUrl);
          return out;
        },
      },
    }),
    bind({ op: privacy.eraseUser, method: 'post', path: '/v1/users/{userId}/erase', tags: tags.users }),
    bind({ op: users.listAdmins, method: 'get', path: '/v1/admins', tags: tags.users }),
    bind({ op: users.createAdmin, method: 'post', path: '/v1/admins', tags: tags.users, status: 201 }),
    bind({ op: users.setPlatformRole, method: 'post', path: '/v1/platform-roles', tags: tags.users }),
  ];
}
