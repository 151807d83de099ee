import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, jsonDepth, parseJsonBody } from './json-body.js';

/** The nesting depth of a parsed value, the slow way, as the oracle. */
const depthOf = (value: unknown): number =>
  value !== null && typeof value === 'object'
    ? 1 + Math.max(0, ...Object.values(value as Record<string, unknown>).map(depthOf))
    : 0;

describe('JSON body depth', () => {
  it('counts the nesting of any JSON text, strings with brackets and escapes included', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), (value) => {
        expect(jsonDepth(JSON.stringify(value))).toBe(depthOf(value));
      }),
      { numRuns: 500, seed: 7 },
    );
    expect(jsonDepth('{"a":"[[[{\\"}"}')).toBe(1);
  });

  it('refuses a body nested past the bound before parsing it, and reads one at the bound', () => {
    const nested = (n: number) => new TextEncoder().encode(`${'['.repeat(n)}${']'.repeat(n)}`);
    expect(() => parseJsonBody(nested(MAX_JSON_DEPTH + 1))).toThrow(/deeper than 64/);
    expect(() => parseJsonBody(nested(500_000))).toThrow(/deeper than 64/);
    expect(parseJsonBody(nested(MAX_JSON_DEPTH))).toBeInstanceOf(Array);
    expect(() => parseJsonBody(new TextEncoder().encode('{"a":'))).toThrow(/not valid JSON/);
  });
});
