/**
 * A request body nested half a million levels deep (1 MiB of `[`) is refused with a problem
 * before it is parsed, and the server goes on answering others at once.
 */
import { describe, expect, it } from 'vitest';
import { useBundledApp } from '../support/bundled-app.js';

describe('JSON nesting bound', () => {
  const ctx = useBundledApp('pglite');

  it('refuses a deeply nested body with 400 problem+json and keeps answering', async () => {
    const depth = 500_000;
    const res = await ctx.app.request('/api/v1/qualification/category', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: `{"request":${'['.repeat(depth)}${']'.repeat(depth)}}`,
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(await res.text()).toContain('deeper than 64');
    const started = performance.now();
    expect((await ctx.app.request('/api/health')).status).toBe(200);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
