/** The record's date problems as the field errors of a problem+json answer, in the caller's language. */
import { fieldLabel, hrMessage } from '../../domain/hr/messages.js';
import type { StaffFieldError } from '../../domain/hr/staff-record.js';
import type { FieldError } from '../../domain/shared/errors.js';
import type { Lang } from '../../domain/shared/localize.js';

export function dateErrors(problems: readonly StaffFieldError[], lang: Lang): FieldError[] {
  return problems.map((p) => ({
    path: `record.${p.path}`,
    message: `${fieldLabel(p.path, lang)}: ${hrMessage(p.code, lang)}`,
  }));
}
