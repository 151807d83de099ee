import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { certificateNumber, CERTIFICATE_NUMBER, sequenceOf } from './certificate-number.js';
import { didWebOf, issuerIdentity, orgIdOfDidWeb, usesDidWeb } from './issuer-did.js';
import { addMonths, isoSeconds, statusAt } from './validity.js';
import { verificationOf } from './verification.js';

const ORG = '0b6f5d8e-3c1a-4a7e-9f00-123456789abc';

describe('issuer DIDs', () => {
  it('makes did:web from an https address, the port percent-encoded and a path prefix kept', () => {
    expect(didWebOf('https://kasip.kz', ORG)).toBe(`did:web:kasip.kz:api:v1:orgs:${ORG}:issuer`);
    expect(didWebOf('https://kasip.kz:8443', ORG)).toBe(`did:web:kasip.kz%3A8443:api:v1:orgs:${ORG}:issuer`);
    expect(didWebOf('https://gov.kz/kasip', ORG)).toBe(`did:web:gov.kz:kasip:api:v1:orgs:${ORG}:issuer`);
  });

  it('finds the organisation of our own did:web only', () => {
    const did = didWebOf('https://kasip.kz:8443', ORG);
    expect(orgIdOfDidWeb(`${did}#z6Mk`, 'https://kasip.kz:8443')).toBe(ORG);
    expect(orgIdOfDidWeb(did, 'https://other.kz')).toBeNull();
    expect(orgIdOfDidWeb(did, 'http://kasip.kz:8443')).toBeNull();
    expect(orgIdOfDidWeb('did:key:z6Mk', 'https://kasip.kz')).toBeNull();
  });

  it('uses did:key without https', () => {
    expect(usesDidWeb('http://127.0.0.1:8080')).toBe(false);
    expect(issuerIdentity('http://127.0.0.1:8080', ORG, 'z6MkX')).toEqual({
      controller: 'did:key:z6MkX',
      verificationMethod: 'did:key:z6MkX#z6MkX',
    });
  });
});

describe('certificate numbers', () => {
  it('round-trips any sequence of its year and refuses another year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2999 }), fc.integer({ min: 1, max: 99_999_999 }), (year, n) => {
        const number = certificateNumber(year, n);
        expect(number).toMatch(CERTIFICATE_NUMBER);
        expect(sequenceOf(number, year)).toBe(n);
        expect(sequenceOf(number, year + 1)).toBeNull();
      }),
    );
    expect(certificateNumber(2026, 123)).toBe('KSP-2026-000123');
  });
});

describe('validity', () => {
  it('adds months without spilling into the next month', () => {
    expect(isoSeconds(addMonths(new Date('2026-01-31T10:00:00Z'), 1))).toBe('2026-02-28T10:00:00Z');
    expect(isoSeconds(addMonths(new Date('2026-12-01T06:00:00Z'), 36))).toBe('2029-12-01T06:00:00Z');
    expect(isoSeconds(addMonths(new Date('2027-02-28T00:00:00Z'), 12))).toBe('2028-02-28T00:00:00Z');
  });

  it('says revoked before expired, and expired only after the last moment', () => {
    const period = { validFrom: new Date('2026-01-01T00:00:00Z'), validUntil: new Date('2027-01-01T00:00:00Z') };
    expect(statusAt(new Date('2027-01-01T00:00:00Z'), period, null)).toBe('valid');
    expect(statusAt(new Date('2027-01-01T00:00:01Z'), period, null)).toBe('expired');
    expect(statusAt(new Date('2028-01-01T00:00:00Z'), period, new Date())).toBe('revoked');
    expect(statusAt(new Date('2025-12-31T00:00:00Z'), period, null)).toBe('not-yet-valid');
  });
});

describe('verification answers', () => {
  it('is valid only when every check passed, with one reason per failure in the language asked', () => {
    expect(verificationOf([], [], 'kk', null).valid).toBe(true);
    const revoked = verificationOf(['revoked'], [], 'ru', 'x');
    expect(revoked).toMatchObject({ valid: false, checks: { signature: 'passed', revocation: 'failed' } });
    expect(revoked.reasons[0]?.message).toMatch(/отозван/);
    const forged = verificationOf(['signature-invalid'], ['expiry', 'revocation'], 'en', null);
    expect(forged.checks).toEqual({ signature: 'failed', expiry: 'not-checked', revocation: 'not-checked' });
  });
});
