/**
 * An import's problems, each with its place (file, sheet, row, column or path) and its message in
 * the page's language (the importer writes each in kk, ru and en; a 422 carries the request's).
 */
import { ApiError } from '../../api/client';
import type { ImportIssue } from '../../api/workbench';
import { type Translate, useI18n } from '../../i18n';

type Place = ImportIssue['place'];

/** The issues a refused import's problem lists (`errors`, each with a place or a path). */
export function issuesOfProblem(error: unknown): ImportIssue[] {
  if (!(error instanceof ApiError) || !error.problem) return [];
  return (error.problem.errors ?? []).map((e) => {
    const extra = e as typeof e & Partial<Place> & { place?: Place; severity?: ImportIssue['severity'] };
    const place: Place = extra.place ?? {
      ...(extra.file ? { file: extra.file } : {}),
      ...(extra.sheet ? { sheet: extra.sheet } : {}),
      ...(extra.row !== undefined ? { row: extra.row } : {}),
      ...(extra.column ? { column: extra.column } : {}),
      ...(e.path && e.path !== '-' ? { path: e.path } : {}),
    };
    return { severity: extra.severity ?? 'error', place, message: e.message };
  });
}

/** Where the problem is: the server's own one-line place when it gave one, else its parts in words. */
export function placeText(t: Translate, place: Place, where?: string): string {
  if (where && where !== '-') return where;
  const parts: string[] = [];
  if (place.file) parts.push(t('wb.place.file', { file: place.file }));
  if (place.sheet) parts.push(t('wb.place.sheet', { sheet: place.sheet }));
  if (place.row !== undefined) parts.push(t('wb.place.row', { row: place.row }));
  if (place.column) parts.push(t('wb.place.column', { column: place.column }));
  if (parts.length === 0 && place.path) parts.push(place.path);
  return parts.join(', ');
}

export function ImportIssues({ issues }: { issues: readonly ImportIssue[] }) {
  const { t } = useI18n();
  return (
    <ul className="wb-issues" data-testid="wb-issues">
      {issues.map((issue, i) => {
        const place = placeText(t, issue.place, issue.where);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: issues have no id and never reorder
          <li key={i} data-severity={issue.severity}>
            <span className="wb-badge">{t(`wb.severity.${issue.severity}`)}</span> {place && <strong>{place}: </strong>}
            {issue.message}
          </li>
        );
      })}
    </ul>
  );
}
