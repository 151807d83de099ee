/** The online test's secret link never reaches a log line: the page's path and the API's. */
import { describe, expect, it } from 'vitest';
import { loggablePath } from '../../src/http/middleware/request-context.js';

describe('test links in logs', () => {
  const token = `ktest_${'A'.repeat(43)}`;
  it('hides the secret of a test link in every path that carries it', () => {
    for (const path of [
      `/test/${token}`,
      `/api/v1/test/${token}`,
      `/api/v1/test/${token}/start`,
      `/api/v1/test/${token}/answers/0b0c5f0e-7a0e-4d8e-9a3f-0a6d1f7f2c11`,
    ]) {
      const logged = loggablePath(path);
      expect(logged).not.toContain(token);
      expect(logged).toContain('/test/[secret]');
    }
  });
});
