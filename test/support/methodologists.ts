/**
 * Methodologists for tests, made the way the product makes them: an account (here a member of a
 * throwaway organisation, through an invitation) that a platform admin grants the
 * `methodologist` role with `users.set-platform-role`, then signs in.
 */
import type { Services } from '../../src/services/index.js';
import { type Caller, OPERATOR, PASSWORD, signIn } from './callers.js';

let orgSeq = 0;

/** A new account with this email (it must not exist yet), made a methodologist and signed in. */
export async function createMethodologist(services: Services, email: string): Promise<Caller> {
  orgSeq += 1;
  const org = await services.pipeline.execute(
    services.ops.orgs.create,
    { name: `Methodologists ${orgSeq}`, kind: 'education-provider' },
    OPERATOR,
  );
  const invitation = await services.pipeline.execute(
    services.ops.orgs.invite,
    { orgId: org.id, email, roles: ['member'] },
    OPERATOR,
  );
  await services.pipeline.execute(services.ops.orgs.acceptInvitation, {
    token: invitation.link.split('/').at(-1) as string,
    displayName: email.split('@')[0] ?? email,
    password: PASSWORD,
    consent: true,
  });
  await services.pipeline.execute(services.ops.users.setPlatformRole, { email, role: 'methodologist' }, OPERATOR);
  return signIn(services, email);
}
