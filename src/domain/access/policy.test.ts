import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.js';
import { iinCheckDigit, iinProblem } from './iin.js';
import { decide } from './policy.js';

const hr = (orgId: string): Actor => ({
  kind: 'user',
  userId: 'u1',
  sessionId: 's',
  platformRoles: [],
  memberships: [{ orgId, roles: ['hr-officer'] }],
});

describe('policy', () => {
  it('hides another organisation from its non-members (404, not 403)', () => {
    expect(decide(hr('A'), 'org.members.read', { orgId: 'A' })).toBe('allow');
    expect(decide(hr('A'), 'org.members.read', { orgId: 'B' })).toBe('hidden');
    expect(decide(hr('A'), 'org.members.manage', { orgId: 'A' })).toBe('forbidden');
  });
  it('asks anonymous callers to sign in, except for public reads', () => {
    expect(decide({ kind: 'anonymous' }, 'org.read', { orgId: 'A' })).toBe('unauthenticated');
    expect(decide({ kind: 'anonymous' }, 'registry.read')).toBe('allow');
  });
  it('refuses writes to a read-only token', () => {
    const token: Actor = {
      kind: 'token',
      tokenId: 't',
      userId: 'u',
      platformRoles: ['admin'],
      memberships: [],
      scopes: ['read'],
    };
    expect(decide(token, 'org.create', {}, true)).toBe('forbidden');
    expect(decide(token, 'org.list.all', {}, false)).toBe('allow');
  });
});

describe('IIN', () => {
  it('accepts a number with its check digit and refuses any other last digit', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d)\d{5}$/), (first11) => {
        const check = iinCheckDigit(first11);
        fc.pre(check !== null);
        expect(iinProblem(`${first11}${check}`)).toBeNull();
        expect(iinProblem(`${first11}${((check as number) + 1) % 10}`)).toBe('check-digit');
      }),
    );
    expect(iinProblem('12345')).toBe('format');
  });
});
