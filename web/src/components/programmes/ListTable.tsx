/**
 * The page of programmes as a table (stacked into labelled blocks on a narrow screen) and its
 * pager. Each title links to the programme; the cards link to the registry.
 */
import { PAGE_SIZE, type ProgrammeList, type ProgrammeStatus } from '../../api/programmes';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';
import { Link } from '../../router';

export function StatusBadge({ status }: { status: ProgrammeStatus }) {
  const { t } = useI18n();
  return (
    <span className={`prog-badge prog-status-${status}`} data-status={status}>
      {t(`prog.status.${status}`)}
    </span>
  );
}

export function ListTable({
  orgId,
  list,
  onPage,
}: {
  orgId: string;
  list: ProgrammeList;
  onPage: (page: number) => void;
}) {
  const { t, lang } = useI18n();
  const th = {
    title: t('prog.list.th.title'),
    type: t('prog.list.th.type'),
    cards: t('prog.list.th.cards'),
    status: t('prog.list.th.status'),
    size: t('prog.list.th.size'),
    updated: t('prog.list.th.updated'),
  };
  const from = (list.page - 1) * list.pageSize + 1;
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  return (
    <>
      <table className="prog-table prog-stack" data-testid="prog-table">
        <caption className="visually-hidden">{t('prog.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{th.title}</th>
            <th scope="col">{th.type}</th>
            <th scope="col">{th.cards}</th>
            <th scope="col">{th.status}</th>
            <th scope="col">{th.size}</th>
            <th scope="col">{th.updated}</th>
          </tr>
        </thead>
        <tbody>
          {list.programmes.map((p) => (
            <tr key={p.id} data-programme={p.id}>
              <th scope="row" data-label={th.title}>
                <Link href={`/orgs/${orgId}/programmes/${p.id}`} lang={p.lang}>
                  {p.title}
                </Link>
                {p.demo && <span className="prog-badge prog-demo">{t('prog.list.demo')}</span>}
              </th>
              <td data-label={th.type}>
                {t(`prog.type.${p.type}`)}
                <div className="muted small">{t(`prog.lang.${p.lang}`)}</div>
              </td>
              <td data-label={th.cards}>
                <ul className="prog-cards">
                  {p.cards.map((c) => (
                    <li key={`${c.code}/${c.level}`}>
                      <Link href={`/cards/${c.code}/${c.level}`}>
                        {c.code} / {c.level}
                      </Link>
                    </li>
                  ))}
                </ul>
              </td>
              <td data-label={th.status}>
                <StatusBadge status={p.status} />
              </td>
              <td data-label={th.size}>{t('prog.list.size', { modules: p.modules, outcomes: p.outcomes })}</td>
              <td data-label={th.updated}>
                <time dateTime={p.updatedAt}>{formatDate(p.updatedAt, lang)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {list.total > PAGE_SIZE || list.page > 1 ? (
        <nav className="prog-pager prog-noprint" aria-label={t('prog.list.pager')}>
          <button type="button" className="secondary" disabled={list.page <= 1} onClick={() => onPage(list.page - 1)}>
            {t('prog.list.prev')}
          </button>
          <span data-testid="prog-total" aria-live="polite">
            {t('prog.list.pageOf', { from, to: from + list.programmes.length - 1, total: list.total })}
          </span>
          <button
            type="button"
            className="secondary"
            disabled={list.page >= pages}
            onClick={() => onPage(list.page + 1)}
          >
            {t('prog.list.next')}
          </button>
        </nav>
      ) : (
        <p className="muted small" data-testid="prog-total">
          {t('prog.list.count', { total: list.total })}
        </p>
      )}
    </>
  );
}
