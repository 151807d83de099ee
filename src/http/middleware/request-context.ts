/**
 * Gives every request an id (honouring a sane incoming X-Request-Id), echoes it in the
 * response and logs one structured line per request.
 */
import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../../logger.js';
import type { AppEnv } from '../app-env.js';

const SAFE_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Invitation, password-reset and online-test links carry their secret in the path (the page's
 * and the API's); a log line must not hand it to whoever reads the logs.
 */
const SECRET_IN_PATH = /\/(invitations|password-resets|invite|reset|test)\/[^/]+/g;

export const loggablePath = (pathname: string) => pathname.replace(SECRET_IN_PATH, '/$1/[secret]');

export function requestContext(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && SAFE_ID.test(incoming) ? incoming : crypto.randomUUID();
    c.set('requestId', requestId);
    c.header('X-Request-Id', requestId);
    const started = performance.now();
    await next();
    logger.info('request', {
      requestId,
      method: c.req.method,
      path: loggablePath(new URL(c.req.url).pathname),
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  };
}
