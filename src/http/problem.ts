/**
 * RFC 9457 problem details. Every error leaves the server as application/problem+json with a
 * stable `code`, a title and (when the catalogue knows it) a detail in the request's language;
 * stack traces never leave it.
 */
import type { Context } from 'hono';
import type { AppEnv } from './app-env.js';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorCode, FieldError } from '../domain/shared/errors.js';
import { message, restate, type Lang } from '../domain/shared/messages/index.js';
import { pickLang } from './locale.js';

/**
 * The detail in the request's language when it is one of the catalogue's templates
 * (src/domain/shared/messages/problem.ts); any other detail is left as the service wrote it.
 */
export function localizeDetail(lang: Lang, detail: string): string {
  if (lang === 'en') return detail;
  return restate(lang, detail, 'problem.detail.') ?? restate(lang, detail, 'zip.') ?? detail;
}

/** A field error's message in the request's language, when it is one of the catalogue's validation texts. */
export function localizeFieldMessage(lang: Lang, text: string): string {
  if (lang === 'en') return text;
  return restate(lang, text, 'zod.') ?? restate(lang, text, 'validation.') ?? text;
}

export type Problem = {
  type: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
  requestId?: string;
};

export function problemResponse(
  c: Context<AppEnv>,
  code: ErrorCode | 'method_not_allowed',
  status: number,
  detail?: string,
  errors?: FieldError[],
): Response {
  const lang = pickLang(c.req.query('lang'), c.req.header('accept-language'));
  const body: Problem = {
    type: `https://kasip.kz/problems/${code.replaceAll('_', '-')}`,
    title: message(lang, `problem.title.${code}`),
    status,
    code,
    ...(detail ? { detail: localizeDetail(lang, detail) } : {}),
    instance: new URL(c.req.url).pathname,
    ...(errors && errors.length > 0
      ? { errors: errors.map((e) => ({ ...e, message: localizeFieldMessage(lang, e.message) })) }
      : {}),
    ...(c.get('requestId') ? { requestId: c.get('requestId') } : {}),
  };
  c.header('Content-Language', lang);
  return c.body(JSON.stringify(body), status as ContentfulStatusCode, { 'Content-Type': 'application/problem+json' });
}
