/**
 * The drafts: status, standard title, base edition, counts against the base, open comments, when
 * and by whom it was last touched; a status filter and a pager. A table on wide screens, one block
 * per draft on a phone (the table's rows stack).
 */
import { useState } from 'react';
import { formatDateTime, usePrivate } from '../../api/session';
import { DRAFTS_PAGE_SIZE, DRAFT_STATUSES, type DraftStatus, listDrafts } from '../../api/workbench';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { ErrorBox, Loading } from '../Status';
import { StatusBadge } from './StatusBadge';

export function DraftsTable() {
  const { t, lang } = useI18n();
  const [status, setStatus] = useState<DraftStatus | ''>('');
  const [page, setPage] = useState(1);
  const list = usePrivate(`${status}|${page}`, () => listDrafts({ status, page }));
  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / DRAFTS_PAGE_SIZE)) : 1;
  return (
    <section aria-labelledby="wb-drafts-title" className="wb-drafts">
      <h2 id="wb-drafts-title">{t('wb.list.title')}</h2>
      <p className="wb-filter">
        <label htmlFor="wb-status-filter">{t('wb.list.status')}</label>{' '}
        <select
          id="wb-status-filter"
          value={status}
          onChange={(e) => {
            setStatus(e.target.value as DraftStatus | '');
            setPage(1);
          }}
          data-testid="wb-status-filter"
        >
          <option value="">{t('wb.list.allStatuses')}</option>
          {DRAFT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`wb.status.${s}`)}
            </option>
          ))}
        </select>
      </p>
      {list.error && <ErrorBox error={list.error} onRetry={list.reload} />}
      {!data && !list.error && <Loading />}
      {data && data.total === 0 && (
        <p className="notice" role="status" data-testid="wb-no-drafts">
          {t(status ? 'wb.list.noMatch' : 'wb.list.none')}
        </p>
      )}
      {data && data.total > 0 && (
        <table className="wb-table" data-testid="wb-drafts">
          <caption className="visually-hidden">{t('wb.list.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('wb.list.standard')}</th>
              <th scope="col">{t('wb.list.status')}</th>
              <th scope="col">{t('wb.list.base')}</th>
              <th scope="col">{t('wb.list.changes')}</th>
              <th scope="col">{t('wb.list.comments')}</th>
              <th scope="col">{t('wb.list.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {data.drafts.map((d) => (
              <tr key={d.id} data-testid="wb-draft-row" data-draft={d.id}>
                <th scope="row">
                  <Link href={`/workbench/drafts/${encodeURIComponent(d.id)}`} lang="kk">
                    {d.title.kk}
                  </Link>
                </th>
                <td data-label={t('wb.list.status')}>
                  <StatusBadge status={d.status} />
                </td>
                <td data-label={t('wb.list.base')}>{d.baseEditionId ?? t('wb.draft.newStandard')}</td>
                <td data-label={t('wb.list.changes')}>
                  {t('wb.draft.counts', {
                    new: d.counts.new,
                    changed: d.counts.changed,
                    deprecated: d.counts.deprecated,
                  })}
                </td>
                <td data-label={t('wb.list.comments')}>{d.openComments}</td>
                <td data-label={t('wb.list.updated')}>
                  {formatDateTime(d.updatedAt, lang)}
                  {d.createdBy && <span className="small muted"> · {d.createdBy.name}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data && pages > 1 && (
        <nav className="wb-pager" aria-label={t('wb.list.pager')}>
          <button type="button" className="secondary small" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {t('wb.list.prev')}
          </button>
          <span>{t('wb.list.page', { page, pages })}</span>
          <button type="button" className="secondary small" disabled={page >= pages} onClick={() => setPage(page + 1)}>
            {t('wb.list.next')}
          </button>
        </nav>
      )}
    </section>
  );
}
