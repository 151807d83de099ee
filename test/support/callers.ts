/**
 * People for operation tests, made the way the product makes them: the first admin through
 * `users.create-admin` as the operator, everybody else through an invitation they accept.
 * Each helper returns the credentials a browser would send (session cookie and CSRF token).
 */
import type { Credentials } from '../../src/services/operations/authenticate.js';
import type { Call } from '../../src/services/operations/pipeline.js';
import type { Services } from '../../src/services/index.js';
import type { OrgRole } from '../../src/domain/access/roles.js';

export const PASSWORD = 'correct horse battery staple';
export const OPERATOR: Call = { credentials: { operator: true } };

export type Caller = { userId: string; email: string; credentials: Credentials };

/** A clock the test moves; pass `now` to createServices. */
export function testClock(start = new Date()) {
  let at = start.getTime();
  return {
    now: () => new Date(at),
    advance: (ms: number) => {
      at += ms;
    },
  };
}

export const MINUTE = 60_000;
export const DAY = 86_400_000;

export async function signIn(services: Services, email: string, password = PASSWORD, clientIp = '198.51.100.1') {
  const out = await services.pipeline.execute(services.ops.auth.login, { email, password }, { clientIp });
  if (out.outcome !== 'signed-in') throw new Error(`${email} could not sign in`);
  const caller: Caller = {
    userId: out.user.id,
    email,
    credentials: { session: out.session.secret, csrf: out.csrfToken },
  };
  return caller;
}

export async function createAdmin(services: Services, email: string): Promise<Caller> {
  await services.pipeline.execute(services.ops.users.createAdmin, { email, password: PASSWORD }, OPERATOR);
  return signIn(services, email);
}

export async function createOrg(services: Services, by: Caller, name: string): Promise<string> {
  const org = await services.pipeline.execute(
    services.ops.orgs.create,
    { name, kind: 'education-provider' },
    { credentials: by.credentials },
  );
  return org.id;
}

/** The invitation link's token (the last part of the link). */
export async function invite(services: Services, by: Caller, orgId: string, email: string, roles: OrgRole[]) {
  const out = await services.pipeline.execute(
    services.ops.orgs.invite,
    { orgId, email, roles },
    { credentials: by.credentials },
  );
  return out.link.split('/').at(-1) as string;
}

export async function accept(services: Services, token: string, displayName: string): Promise<Caller> {
  const out = await services.pipeline.execute(services.ops.orgs.acceptInvitation, {
    token,
    displayName,
    password: PASSWORD,
    consent: true,
  });
  return {
    userId: out.user.id,
    email: out.user.email,
    credentials: { session: out.session.secret, csrf: out.csrfToken },
  };
}

export async function addMember(
  services: Services,
  by: Caller,
  orgId: string,
  email: string,
  roles: OrgRole[],
): Promise<Caller> {
  return accept(services, await invite(services, by, orgId, email, roles), email.split('@')[0] ?? email);
}

export const as = (caller: Caller): Call => ({ credentials: caller.credentials });
