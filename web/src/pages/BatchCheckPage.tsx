/**
 * /category/batch — the category check for a whole staff list, without signing in: the columns
 * a file needs (and a template in the page's language), the upload, the answers on the page
 * with the rows that could not be read marked, and the answers as CSV or XLSX in the page's
 * language. POST /api/v1/qualification/category:batch reads the file as sent (CSV or XLSX) and
 * keeps nothing; the downloads send it again with `format` and `lang`.
 */
import { type FormEvent, useId, useRef, useState } from 'react';
import { apiUrl, saveFile } from '../api/client';
import type { components } from '../api/schema';
import { Loading } from '../components/Status';
import { useTitle } from '../components/useTitle';
import { type Lang, type Translate, useI18n } from '../i18n';
import { Link } from '../router';

type BatchResult = components['schemas']['CategoryBatchResult'];
type BatchRow = BatchResult['rows'][number];

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The server's bound on a staff list (src/http/routes/qualification.routes.ts): refused here before sending. */
const MAX_BYTES = 32 * 1024 * 1024;
/** A page of 200,000 rows would hang the browser; the downloads always hold every row. */
const SHOWN_ROWS = 500;

/** The template's columns, in the order the server documents them (years per category, lowest first). */
const COLUMNS = [
  'id',
  'card',
  'level',
  'education',
  'field',
  'certificate',
  'none',
  'second',
  'first',
  'higher',
] as const;
const EDUCATION_VALUES = ['basic-secondary', 'tvet', 'higher', 'postgraduate'] as const;
const FIELD_VALUES = ['social', 'economic', 'pedagogical', 'medical', 'psychological', 'legal', 'other'] as const;

function mediaTypeOf(file: File): string | null {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlsx') || file.type === XLSX_TYPE) return XLSX_TYPE;
  if (name.endsWith('.csv') || name.endsWith('.txt') || file.type === 'text/csv') return 'text/csv';
  return null;
}

/**
 * A template in the page's language: the column titles and the words the server reads back
 * (src/domain/qualification/batch-messages.ts). Kazakh and Russian spreadsheets use the comma
 * for decimals, so their list separator is `;`.
 */
export function templateCsv(t: Translate, lang: Lang): string {
  const separator = lang === 'en' ? ',' : ';';
  const years = lang === 'en' ? '1.5' : '1,5';
  const rows = [
    COLUMNS.map((c) => t(`batch.col.${c}`)),
    ['T-0017', '3412-0-008', '5', t('batch.value.tvet'), t('field.social'), '', '1', years, '', ''],
    [
      'T-0018',
      '2635-3-001',
      '6',
      t('batch.value.higher'),
      t('field.psychological'),
      t('batch.value.yes'),
      '2',
      '',
      '',
      '',
    ],
  ];
  const cell = (v: string) => (/[",;\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return `\uFEFF${rows.map((r) => r.map(cell).join(separator)).join('\r\n')}\r\n`;
}

type Problem = 'noFile' | 'wrongType' | 'tooLarge';
type Failure = { kind: 'network' } | { kind: 'unreadable' } | { kind: 'server'; status: number };

class BatchFailure extends Error {
  readonly failure: Failure;
  constructor(failure: Failure) {
    super(failure.kind);
    this.failure = failure;
  }
}

/** The server's problem is not shown as it is (its detail is English): what went wrong is said here. */
function failureText(failure: Failure, t: Translate): string {
  if (failure.kind === 'network') return t('common.errorNetwork');
  if (failure.kind === 'unreadable') return t('batch.error.unreadable');
  return t('batch.error.server', { status: failure.status });
}

async function sendList(file: File, type: string, format: 'json' | 'csv' | 'xlsx', lang: Lang): Promise<Response> {
  const accept = { json: 'application/json', csv: 'text/csv', xlsx: XLSX_TYPE }[format];
  let response: Response;
  try {
    response = await fetch(apiUrl('/qualification/category:batch', { format, lang }), {
      method: 'POST',
      headers: { 'Content-Type': type, Accept: `${accept}, application/problem+json` },
      body: file,
      cache: 'no-store',
    });
  } catch {
    throw new BatchFailure({ kind: 'network' });
  }
  // 400, 413 and 415 are the file itself (not CSV or XLSX, unreadable, too large); anything else is the server's.
  if ([400, 413, 415].includes(response.status)) throw new BatchFailure({ kind: 'unreadable' });
  if (!response.ok) throw new BatchFailure({ kind: 'server', status: response.status });
  return response;
}

function ResultRow({ row, lang, t }: { row: BatchRow; lang: Lang; t: Translate }) {
  if (!row.ok) {
    return (
      <tr className="is-unreadable">
        <td>{row.row}</td>
        <td>{row.id}</td>
        <td />
        <td className="batch-status">
          <span aria-hidden="true">✗ </span>
          {t('batch.status.unreadable')}
        </td>
        <td />
        <td />
        <td lang={lang}>
          <ul className="batch-errors">
            {row.errors.map((e) => (
              <li key={`${e.field}-${e.message}`}>{e.text[lang]}</li>
            ))}
          </ul>
        </td>
      </tr>
    );
  }
  const category = row.result.category;
  return (
    <tr className={`is-${row.status}`}>
      <td>{row.row}</td>
      <td>{row.id}</td>
      <td>
        <Link href={`/category?card=${row.card.code}/${row.card.level}`}>
          {row.card.code}/{row.card.level}
        </Link>
      </td>
      <td className="batch-status">
        <span aria-hidden="true">{row.status === 'eligible' ? '✓ ' : row.status === 'not-eligible' ? '✗ ' : '– '}</span>
        {t(`batch.status.${row.status}`)}
      </td>
      <td data-category={category ?? ''}>{category ? t(`form.category.${category}`) : '—'}</td>
      <td lang={lang}>{row.summary[lang]}</td>
      <td />
    </tr>
  );
}

function ColumnGuide() {
  const { t, lang } = useI18n();
  const help: Record<(typeof COLUMNS)[number], string> = {
    id: t('batch.help.id'),
    card: t('batch.help.card'),
    level: t('batch.help.level'),
    education: t('batch.help.values', { values: EDUCATION_VALUES.map((v) => t(`batch.value.${v}`)).join(', ') }),
    field: t('batch.help.values', { values: FIELD_VALUES.map((v) => t(`field.${v}`)).join(', ') }),
    certificate: t('batch.help.certificate', { yes: t('batch.value.yes') }),
    none: t('batch.help.years'),
    second: t('batch.help.years'),
    first: t('batch.help.years'),
    higher: t('batch.help.years'),
  };
  const downloadTemplate = () =>
    saveFile(new Blob([templateCsv(t, lang)], { type: 'text/csv;charset=utf-8' }), `kasip-staff-template-${lang}.csv`);
  return (
    <section aria-labelledby="batch-columns-title">
      <h2 id="batch-columns-title">{t('batch.columnsTitle')}</h2>
      <p>{t('batch.columnsLead')}</p>
      <div className="table-scroll">
        <table className="rules batch-columns">
          <thead>
            <tr>
              <th scope="col">{t('batch.colName')}</th>
              <th scope="col">{t('batch.colContent')}</th>
            </tr>
          </thead>
          <tbody>
            {COLUMNS.map((c) => (
              <tr key={c}>
                <th scope="row">
                  {t(`batch.col.${c}`)} <code className="muted">{c}</code>
                </th>
                <td>{help[c]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="button-row">
        <button type="button" className="secondary" onClick={downloadTemplate}>
          {t('batch.template')}
        </button>
        <span className="muted">{t('batch.templateHint')}</span>
      </p>
    </section>
  );
}

export default function BatchCheckPage() {
  const { t, lang } = useI18n();
  useTitle(t('batch.title'));
  const inputId = `batch-file${useId().replace(/[^\w-]/g, '')}`;
  const input = useRef<HTMLInputElement>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [busy, setBusy] = useState<'' | 'check' | 'csv' | 'xlsx'>('');
  const [checked, setChecked] = useState<{ file: File; type: string; result: BatchResult } | null>(null);
  const [onlyUnreadable, setOnlyUnreadable] = useState(false);

  const refuse = (found: Problem) => {
    setProblem(found);
    input.current?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const file = input.current?.files?.[0];
    if (!file) return refuse('noFile');
    const type = mediaTypeOf(file);
    if (!type) return refuse('wrongType');
    if (file.size > MAX_BYTES) return refuse('tooLarge');
    setProblem(null);
    setBusy('check');
    try {
      const response = await sendList(file, type, 'json', lang);
      setChecked({ file, type, result: (await response.json()) as BatchResult });
      setOnlyUnreadable(false);
      requestAnimationFrame(() => resultsHeading.current?.focus());
    } catch (error) {
      setChecked(null);
      setFailure(error instanceof BatchFailure ? error.failure : { kind: 'network' });
    } finally {
      setBusy('');
    }
  };

  const download = async (format: 'csv' | 'xlsx') => {
    if (!checked) return;
    setFailure(null);
    setBusy(format);
    try {
      const response = await sendList(checked.file, checked.type, format, lang);
      saveFile(await response.blob(), `categories-${lang}.${format}`);
    } catch (error) {
      setFailure(error instanceof BatchFailure ? error.failure : { kind: 'network' });
    } finally {
      setBusy('');
    }
  };

  const problemId = `${inputId}-error`;
  const result = checked?.result;
  const rows = result ? (onlyUnreadable ? result.rows.filter((r) => !r.ok) : result.rows) : [];
  const shown = rows.slice(0, SHOWN_ROWS);
  return (
    <section aria-labelledby="batch-title" className="tool-page batch-page">
      <h1 id="batch-title">{t('batch.title')}</h1>
      <p className="lead">{t('batch.lead')}</p>
      <p className="see-also">
        <Link href="/category">{t('batch.single')}</Link>
      </p>
      <ColumnGuide />
      <form className="tool-form" onSubmit={submit} noValidate aria-label={t('batch.formLabel')}>
        <div className="field field-wide">
          <label htmlFor={inputId}>{t('batch.file')}</label>
          <input
            ref={input}
            id={inputId}
            type="file"
            accept={`.csv,.xlsx,text/csv,${XLSX_TYPE}`}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${inputId}-hint ${problemId}` : `${inputId}-hint`}
            onChange={() => setProblem(null)}
          />
          <span id={`${inputId}-hint`} className="muted">
            {t('batch.fileHint')}
          </span>
          {problem && (
            <p id={problemId} className="field-error" role="alert">
              {t(`batch.${problem}`)}
            </p>
          )}
        </div>
        <p className="form-actions">
          <button type="submit" disabled={busy !== ''}>
            {t('batch.submit')}
          </button>
        </p>
        {busy === 'check' && <Loading label={t('batch.checking')} />}
      </form>
      {failure && (
        <div className="error-box" role="alert">
          <h2>{t('batch.failed')}</h2>
          <p>{failureText(failure, t)}</p>
        </div>
      )}
      {checked && result && (
        <section aria-labelledby="batch-results-title" className="batch-results">
          <h2 id="batch-results-title" ref={resultsHeading} tabIndex={-1}>
            {t('batch.resultsTitle')}
          </h2>
          <p data-testid="batch-counts">
            {t('batch.counts', { total: result.total, answered: result.answered, failed: result.failed })}
          </p>
          {result.total === 0 ? (
            <p>{t('batch.empty')}</p>
          ) : (
            <>
              <div className="button-row">
                <button type="button" className="secondary" onClick={() => download('csv')} disabled={busy !== ''}>
                  {t('batch.downloadCsv')}
                </button>
                <button type="button" className="secondary" onClick={() => download('xlsx')} disabled={busy !== ''}>
                  {t('batch.downloadXlsx')}
                </button>
                {(busy === 'csv' || busy === 'xlsx') && (
                  <span className="muted" role="status">
                    {t('batch.preparing')}
                  </span>
                )}
              </div>
              {result.failed > 0 && (
                <p className="check-inline">
                  <label>
                    <input
                      type="checkbox"
                      checked={onlyUnreadable}
                      onChange={(e) => setOnlyUnreadable(e.target.checked)}
                    />{' '}
                    {t('batch.onlyUnreadable')}
                  </label>
                </p>
              )}
              {rows.length > SHOWN_ROWS && (
                <p className="muted">{t('batch.truncated', { shown: SHOWN_ROWS, total: rows.length })}</p>
              )}
              {/* The table scrolls within itself on a narrow screen; the region takes the focus so the keyboard can scroll it. */}
              {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard */}
              <section className="table-scroll" aria-labelledby="batch-results-caption" tabIndex={0}>
                <table className="batch-table" data-testid="batch-results">
                  <caption id="batch-results-caption">{t('batch.tableCaption', { file: checked.file.name })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('batch.th.row')}</th>
                      <th scope="col">{t('batch.col.id')}</th>
                      <th scope="col">{t('batch.th.card')}</th>
                      <th scope="col">{t('batch.th.result')}</th>
                      <th scope="col">{t('batch.th.category')}</th>
                      <th scope="col">{t('batch.th.summary')}</th>
                      <th scope="col">{t('batch.th.errors')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {shown.map((row) => (
                      <ResultRow key={row.row} row={row} lang={lang} t={t} />
                    ))}
                  </tbody>
                </table>
              </section>
            </>
          )}
        </section>
      )}
    </section>
  );
}
