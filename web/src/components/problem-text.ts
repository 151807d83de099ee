/**
 * A failed request in the page's words: one localised sentence chosen by the problem's `code`
 * (or status), and the server's own `detail` only where it is in the page's language. Shared by
 * forms (FormError), the loading error box (ErrorBox) and the HR and programme pages.
 */
import { ApiError } from '../api/client';
import { SessionError } from '../api/session';
import type { Translate } from '../i18n';
import type { MessageKey } from '../i18n/kk';

/**
 * A sentence for a problem `code` where the page knows better than the general one: `conflict`,
 * or `code:field` for a field error (`validation_failed:password`).
 */
export type ProblemWords = Partial<Record<string, MessageKey>>;

const GENERAL: Record<string, MessageKey> = {
  unauthenticated: 'problem.sessionEnded',
  forbidden: 'problem.forbidden',
  not_found: 'problem.notFound',
  validation_failed: 'problem.validation',
  conflict: 'problem.conflict',
};
const BY_STATUS: Record<number, string> = { 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found' };

/** One localised sentence for a failed request, chosen by the problem's `code` (never by its English detail). */
export function problemText(t: Translate, error: unknown, words: ProblemWords = {}): string {
  if (!(error instanceof ApiError)) return t('problem.other');
  if (error.status === 0) return t('common.errorNetwork');
  const code = error.problem?.code ?? BY_STATUS[error.status] ?? '';
  if (code === 'rate_limited' || error.status === 429) {
    const seconds = error instanceof SessionError ? (error.retryAfter ?? 60) : 60;
    return t('problem.rateLimited', { minutes: Math.max(1, Math.ceil(seconds / 60)) });
  }
  for (const field of error.problem?.errors ?? []) {
    const key = words[`${code}:${field.path}`];
    if (key) return t(key);
  }
  const key = words[code] ?? GENERAL[code];
  return t(key ?? 'problem.other');
}

/** Letters only Kazakh uses among the Cyrillic ones. */
const KAZAKH_LETTERS = /[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/u;
const CYRILLIC = /[\u0400-\u04FF]/u;
const LATIN = /[A-Za-z]/;

/**
 * The language a server message is written in, as far as its letters tell: Kazakh letters say
 * Kazakh; other Cyrillic says Russian unless the answer said it was Kazakh (a short Kazakh
 * sentence may use no letter of its own); Latin says English (the validation library's messages
 * are English whatever the request's language); no letters at all, the answer's language.
 */
export function messageLanguage(message: string, answerLang: string | null): string | null {
  if (KAZAKH_LETTERS.test(message)) return 'kk';
  if (CYRILLIC.test(message)) return answerLang === 'kk' ? 'kk' : 'ru';
  if (LATIN.test(message)) return 'en';
  return answerLang;
}

/**
 * The server's own `detail`, when it can stand in for the page's sentence: only when it is in the
 * page's language (the request carried `?lang=` or the browser's Accept-Language, and the
 * server's answer says which it used in Content-Language). Else undefined, and the page says it
 * in its own words.
 */
export function serverDetail(error: unknown, lang: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const detail = error.problem?.detail?.trim();
  if (!detail) return undefined;
  return messageLanguage(detail, error.answerLang) === lang ? detail : undefined;
}
