/**
 * Accounts and organisations over HTTP: signing in and out, my account, organisations, members
 * and invitations. Each route is one operation; the login and the invitation acceptance move
 * the session secret out of the body into the HttpOnly cookie.
 */
import type { Context } from 'hono';
import { z } from 'zod';
import { AppError } from '../../domain/shared/errors.js';
import type { Operations } from '../../services/operations/catalogue.js';
import type { AppEnv } from '../app-env.js';
import { type HttpBinding, bind } from '../operation-route.js';
import { clearSessionCookie, setSessionCookie } from '../session-cookie.js';

type SignedIn = { user: unknown; csrfToken: string; session: { secret: string; expiresAt: string } };

const signedInBody = z
  .object({
    user: z.object({ id: z.string(), email: z.string(), displayName: z.string(), platformRoles: z.array(z.string()) }),
    csrfToken: z.string().describe('Send it as X-CSRF-Token with every write of this session'),
    expiresAt: z.string(),
  })
  .meta({ id: 'SignedIn' });

export function accountRoutes(ops: Operations, publicUrl: string): HttpBinding[] {
  const signIn = (c: Context<AppEnv>, out: SignedIn) => {
    setSessionCookie(c, out.session, publicUrl);
    return { user: out.user, csrfToken: out.csrfToken, expiresAt: out.session.expiresAt };
  };
  const signOut = <T>(c: Context<AppEnv>, out: T) => {
    clearSessionCookie(c, publicUrl);
    return out;
  };
  const { auth, orgs, resets } = ops;
  const tags = { auth: ['Accounts'], orgs: ['Organisations'] };
  return [
    bind({
      op: auth.login,
      method: 'post',
      path: '/v1/auth/login',
      tags: tags.auth,
      headers: { userAgent: 'user-agent' },
      description:
        'Sets the session cookie (HttpOnly, SameSite=Lax). A wrong email or password is one generic 401; too many failures give 429 with Retry-After.',
      present: {
        schema: signedInBody,
        body: (c, out) => {
          if (out.outcome !== 'signed-in') throw new AppError('unauthenticated', 'The email or password is wrong.');
          return signIn(c, out);
        },
      },
    }),
    bind({
      op: auth.logout,
      method: 'post',
      path: '/v1/auth/logout',
      tags: tags.auth,
      present: { schema: auth.logout.output, body: signOut },
    }),
    bind({ op: auth.me, method: 'get', path: '/v1/me', tags: tags.auth }),
    bind({ op: auth.sessions, method: 'get', path: '/v1/me/sessions', tags: tags.auth }),
    bind({
      op: auth.signOutEverywhere,
      method: 'post',
      path: '/v1/me/sessions/revoke-all',
      tags: tags.auth,
      present: { schema: auth.signOutEverywhere.output, body: signOut },
    }),
    bind({ op: auth.tokensList, method: 'get', path: '/v1/me/tokens', tags: tags.auth }),
    bind({ op: auth.tokenCreate, method: 'post', path: '/v1/me/tokens', tags: tags.auth, status: 201 }),
    bind({ op: auth.tokenRevoke, method: 'post', path: '/v1/me/tokens/{id}/revoke', tags: tags.auth }),

    bind({ op: orgs.list, method: 'get', path: '/v1/orgs', tags: tags.orgs }),
    bind({ op: orgs.create, method: 'post', path: '/v1/orgs', tags: tags.orgs, status: 201 }),
    bind({ op: orgs.get, method: 'get', path: '/v1/orgs/{orgId}', tags: tags.orgs }),
    bind({ op: orgs.members, method: 'get', path: '/v1/orgs/{orgId}/members', tags: tags.orgs }),
    bind({ op: orgs.setRoles, method: 'put', path: '/v1/orgs/{orgId}/members/{userId}', tags: tags.orgs }),
    bind({ op: orgs.remove, method: 'delete', path: '/v1/orgs/{orgId}/members/{userId}', tags: tags.orgs }),
    bind({ op: orgs.invitations, method: 'get', path: '/v1/orgs/{orgId}/invitations', tags: tags.orgs }),
    bind({ op: orgs.invite, method: 'post', path: '/v1/orgs/{orgId}/invitations', tags: tags.orgs, status: 201 }),
    bind({
      op: orgs.revokeInvite,
      method: 'post',
      path: '/v1/orgs/{orgId}/invitations/{id}/revoke',
      tags: tags.orgs,
    }),
    bind({ op: orgs.viewInvitation, method: 'get', path: '/v1/invitations/{token}', tags: tags.orgs }),
    bind({
      op: orgs.acceptInvitation,
      method: 'post',
      path: '/v1/invitations/{token}/accept',
      tags: tags.orgs,
      headers: { userAgent: 'user-agent' },
      present: { schema: signedInBody, body: signIn },
    }),
    bind({ op: resets.create, method: 'post', path: '/v1/password-resets', tags: tags.auth, status: 201 }),
    bind({ op: resets.view, method: 'get', path: '/v1/password-resets/{token}', tags: tags.auth }),
    bind({ op: resets.complete, method: 'post', path: '/v1/password-resets/{token}/complete', tags: tags.auth }),
  ];
}
