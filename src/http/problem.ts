/**
 * RFC 9457 problem details. Every error leaves the server as application/problem+json with a
 * stable `code` and a title in the request's language; stack traces never leave it.
 */
import type { Context } from 'hono';
import type { AppEnv } from './app-env.js';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorCode, FieldError } from '../domain/shared/errors.js';
import { type Lang, pickLang } from './locale.js';

const TITLES: Record<ErrorCode | 'method_not_allowed', Record<Lang, string>> = {
  not_found: { kk: 'Табылмады', ru: 'Не найдено', en: 'Not found' },
  validation_failed: { kk: 'Сұрау қате', ru: 'Некорректный запрос', en: 'Invalid request' },
  unsupported_media_type: {
    kk: 'Мазмұн түрі қолдау көрсетілмейді',
    ru: 'Неподдерживаемый тип содержимого',
    en: 'Unsupported media type',
  },
  conflict: { kk: 'Қайшылық', ru: 'Конфликт', en: 'Conflict' },
  unprocessable: { kk: 'Әзірге орындау мүмкін емес', ru: 'Пока нельзя выполнить', en: 'Cannot be done yet' },
  data_dir_in_use: { kk: 'Деректер каталогы бос емес', ru: 'Каталог данных занят', en: 'Data directory in use' },
  data_dir_unusable: {
    kk: 'Деректер каталогына жазу мүмкін емес',
    ru: 'В каталог данных нельзя записать',
    en: 'Data directory not writable',
  },
  unsupported_database: {
    kk: 'Дерекқор қолдау көрсетілмейді',
    ru: 'База данных не поддерживается',
    en: 'Unsupported database',
  },
  database_unavailable: { kk: 'Дерекқор қолжетімсіз', ru: 'База данных недоступна', en: 'Database unavailable' },
  invalid_data_file: { kk: 'Деректер файлы қате', ru: 'Ошибка в файле данных', en: 'Invalid data file' },
  unauthenticated: { kk: 'Жүйеге кіру қажет', ru: 'Требуется вход', en: 'Sign-in required' },
  forbidden: { kk: 'Рұқсат жоқ', ru: 'Доступ запрещён', en: 'Forbidden' },
  rate_limited: { kk: 'Әрекет тым көп', ru: 'Слишком много попыток', en: 'Too many attempts' },
  method_not_allowed: { kk: 'Әдіс рұқсат етілмеген', ru: 'Метод не разрешён', en: 'Method not allowed' },
  internal_error: { kk: 'Ішкі қате', ru: 'Внутренняя ошибка', en: 'Internal error' },
};

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
    title: TITLES[code][lang],
    status,
    code,
    ...(detail ? { detail } : {}),
    instance: new URL(c.req.url).pathname,
    ...(errors && errors.length > 0 ? { errors } : {}),
    ...(c.get('requestId') ? { requestId: c.get('requestId') } : {}),
  };
  c.header('Content-Language', lang);
  return c.body(JSON.stringify(body), status as ContentfulStatusCode, { 'Content-Type': 'application/problem+json' });
}
