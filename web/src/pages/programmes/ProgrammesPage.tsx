/**
 * /orgs/:orgId/programmes — an education provider's programmes for its admins and programme
 * designers: filters (status, card, title words), a page of programmes with their type, cards,
 * status and size, a pager, and the way to a new programme. With none yet, the page explains
 * what the designer does. A refusal (403, 404) is said plainly.
 */
import { useState } from 'react';
import { type ListFilter, listProgrammes } from '../../api/programmes';
import { usePrivate } from '../../api/session';
import { ListEmpty } from '../../components/programmes/ListEmpty';
import { ListFilters, NO_FILTER } from '../../components/programmes/ListFilters';
import { ListFrame, ProgrammeError } from '../../components/programmes/ListFrame';
import { ListTable } from '../../components/programmes/ListTable';
import { Loading } from '../../components/Status';
import { useTitle } from '../../components/useTitle';
import { useI18n } from '../../i18n';
import { Link } from '../../router';

export default function ProgrammesPage({ orgId }: { orgId: string }) {
  const { t } = useI18n();
  useTitle(t('prog.title'));
  return (
    <ListFrame
      titleId="programmes-title"
      title={t('prog.title')}
      back={{ href: `/orgs/${orgId}`, label: t('org.title') }}
    >
      {() => <Programmes orgId={orgId} />}
    </ListFrame>
  );
}

function Programmes({ orgId }: { orgId: string }) {
  const { t } = useI18n();
  const [filter, setFilter] = useState<ListFilter>(NO_FILTER);
  const key = `${orgId}|${filter.status}|${filter.card}|${filter.q}|${filter.page}`;
  const list = usePrivate(key, () => listProgrammes(orgId, filter));
  const data = list.data;
  const filtered = filter.status !== '' || filter.card !== '' || filter.q !== '';
  if (list.error) return <ProgrammeError error={list.error} testId="prog-list-error" />;
  // Nothing at all yet: the explanation instead of empty filters and an empty table.
  if (data && data.total === 0 && !filtered) return <ListEmpty orgId={orgId} />;
  return (
    <>
      <p className="button-row prog-noprint">
        <Link className="button" href={`/orgs/${orgId}/programmes/new`} data-testid="prog-new-link">
          {t('prog.new.button')}
        </Link>
      </p>
      <ListFilters filter={filter} onApply={setFilter} />
      {!data && <Loading />}
      {data && data.total === 0 && (
        <p className="notice" role="status" data-testid="prog-no-match">
          {t('prog.list.noMatch')}
        </p>
      )}
      {data && data.total > 0 && (
        <ListTable orgId={orgId} list={data} onPage={(page) => setFilter({ ...filter, page })} />
      )}
    </>
  );
}
