/**
 * Errors with a stable `code` that clients switch on (never on the message). The HTTP layer
 * maps them to RFC 9457 problem details, the CLI to a message and an exit code.
 */
export type ErrorCode =
  | 'not_found'
  | 'validation_failed'
  | 'unsupported_media_type'
  | 'conflict'
  /** Well-formed, but the thing is not in a state to do it (publishing an uncovered specification). */
  | 'unprocessable'
  | 'data_dir_in_use'
  | 'data_dir_unusable'
  | 'unsupported_database'
  | 'database_unavailable'
  | 'invalid_data_file'
  | 'unauthenticated'
  | 'forbidden'
  | 'rate_limited'
  | 'internal_error';

export type FieldError = { path: string; message: string };

const STATUS: Record<ErrorCode, number> = {
  not_found: 404,
  validation_failed: 400,
  unsupported_media_type: 415,
  conflict: 409,
  unprocessable: 422,
  data_dir_in_use: 503,
  data_dir_unusable: 503,
  unsupported_database: 503,
  database_unavailable: 503,
  invalid_data_file: 422,
  unauthenticated: 401,
  forbidden: 403,
  rate_limited: 429,
  internal_error: 500,
};

export class AppError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly errors: FieldError[];
  /** Seconds a client should wait (rate limits: the Retry-After header). */
  readonly retryAfter: number | undefined;
  constructor(code: ErrorCode, message: string, errors: FieldError[] = [], retryAfter?: number) {
    super(message);
    this.retryAfter = retryAfter;
    this.name = 'AppError';
    this.code = code;
    this.errors = errors;
    this.status = STATUS[code];
  }
}

export const notFound = (message: string) => new AppError('not_found', message);
export const validationFailed = (message: string, errors: FieldError[] = []) =>
  new AppError('validation_failed', message, errors);
