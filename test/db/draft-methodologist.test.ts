/**
 * Making a methodologist: a platform admin (or the operator, at the command line) grants the
 * role with `users.set-platform-role`; the account can then use the workbench, and loses it
 * when the role is revoked. The admin role is not grantable this way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Services, createServices } from '../../src/services/index.js';
import type { OpenDb } from '../../src/storage/db.js';
import { type Caller, OPERATOR, addMember, as, createAdmin, createOrg } from '../support/callers.js';
import { openTestDb, testEngines } from '../support/engines.js';
import { createMethodologist } from '../support/methodologists.js';

describe.each(testEngines)('granting the methodologist role on %s', (engine) => {
  let database: OpenDb;
  let services: Services;
  let admin: Caller;
  let member: Caller;

  beforeAll(async () => {
    database = await openTestDb(engine);
    services = createServices(database, { checkOutput: true });
    admin = await createAdmin(services, 'roles-admin@example.kz');
    const orgId = await createOrg(services, admin, 'Әдістемелік орталық');
    member = await addMember(services, admin, orgId, 'future-methodologist@example.kz', ['member']);
  });
  afterAll(async () => {
    await database.close();
  });

  const listDrafts = (caller: Caller) => services.pipeline.execute(services.ops.drafts.list, {}, as(caller));

  it('lets a methodologist into the workbench only after the grant, and out after the revoke', async () => {
    await expect(listDrafts(member)).rejects.toMatchObject({ code: 'forbidden' });
    const granted = await services.pipeline.execute(
      services.ops.users.setPlatformRole,
      { email: 'Future-Methodologist@example.kz', role: 'methodologist' },
      as(admin),
    );
    expect(granted).toMatchObject({ changed: true, user: { platformRoles: ['methodologist'] } });
    await expect(listDrafts(member)).resolves.toMatchObject({ total: 0 });
    const again = await services.pipeline.execute(
      services.ops.users.setPlatformRole,
      { email: 'future-methodologist@example.kz', role: 'methodologist' },
      as(admin),
    );
    expect(again.changed).toBe(false);
    await services.pipeline.execute(
      services.ops.users.setPlatformRole,
      { email: 'future-methodologist@example.kz', role: 'methodologist', granted: false },
      OPERATOR,
    );
    await expect(listDrafts(member)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('refuses a methodologist granting the role, the admin role, and an unknown account', async () => {
    const meth = await createMethodologist(services, 'meth-roles@example.kz');
    await expect(
      services.pipeline.execute(
        services.ops.users.setPlatformRole,
        { email: 'future-methodologist@example.kz', role: 'methodologist' },
        as(meth),
      ),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      services.pipeline.execute(
        services.ops.users.setPlatformRole,
        { email: 'future-methodologist@example.kz', role: 'admin' as never },
        as(admin),
      ),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(
      services.pipeline.execute(
        services.ops.users.setPlatformRole,
        { email: 'nobody@example.kz', role: 'methodologist' },
        as(admin),
      ),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});
