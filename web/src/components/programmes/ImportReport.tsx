/**
 * What the import made of the designer's file: its format, and each warning with where it is
 * (sheet or table, row, column) — rows skipped or read with a guess. The messages come in the
 * page's language from the server (it reads Accept-Language).
 */
import type { ProgrammeImport } from '../../api/programmes';
import { useI18n } from '../../i18n';

export function ImportReport({ report, fileName }: { report: ProgrammeImport['report']; fileName: string }) {
  const { t } = useI18n();
  return (
    <div className="prog-import-report" data-testid="import-report">
      <p>
        {t('prog.import.read', { file: fileName, format: report.format.toUpperCase() })}{' '}
        {report.suggestions > 0 && t('prog.import.suggestionsNote', { n: report.suggestions })}
      </p>
      {report.warnings.length === 0 ? (
        <p className="muted" data-testid="import-no-warnings">
          {t('prog.import.noWarnings')}
        </p>
      ) : (
        <details open={report.warnings.length <= 10} className="prog-warnings">
          <summary>{t('prog.import.warnings', { n: report.warnings.length })}</summary>
          <table className="prog-table prog-stack" data-testid="import-warnings">
            <thead>
              <tr>
                <th scope="col">{t('prog.import.th.where')}</th>
                <th scope="col">{t('prog.import.th.message')}</th>
              </tr>
            </thead>
            <tbody>
              {report.warnings.map((w, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: warnings keep the file's order; two may say the same
                <tr key={i}>
                  <td data-label={t('prog.import.th.where')}>{w.where}</td>
                  <td data-label={t('prog.import.th.message')}>{w.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </div>
  );
}
