/**
 * The CLI's exit codes, one per error family, so scripts can react without parsing messages.
 */
import type { ErrorCode } from '../domain/shared/errors.js';

export const EXIT = {
  ok: 0,
  usage: 1,
  validation: 2,
  notFound: 3,
  conflict: 4,
  environment: 5,
  forbidden: 6,
  internal: 70,
} as const;

export function exitCodeFor(code: ErrorCode | 'invalid_config'): number {
  switch (code) {
    case 'validation_failed':
    case 'unsupported_media_type':
    case 'invalid_data_file':
    case 'unprocessable':
      return EXIT.validation;
    case 'not_found':
      return EXIT.notFound;
    case 'conflict':
      return EXIT.conflict;
    case 'unauthenticated':
    case 'forbidden':
    case 'rate_limited':
      return EXIT.forbidden;
    case 'invalid_config':
      return EXIT.usage;
    case 'data_dir_in_use':
    case 'data_dir_unusable':
    case 'unsupported_database':
    case 'database_unavailable':
      return EXIT.environment;
    default:
      return EXIT.internal;
  }
}
