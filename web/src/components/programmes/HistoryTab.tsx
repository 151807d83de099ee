/**
 * The programme's revisions, newest first: version, when, who, the status it had and what
 * changed. "View" shows a revision's document read-only; "Restore this version" saves that
 * document as a new revision (nothing is overwritten: the restore is itself in the history),
 * only while the programme is a draft and has no unsaved edits.
 */
import { useState } from 'react';
import { saveProgramme } from '../../api/programme-editor';
import { getRevision, getRevisions, type Programme, type Revision } from '../../api/programme-tabs';
import { formatDateTime, usePrivate } from '../../api/session';
import { useI18n } from '../../i18n';
import { ErrorBox, Loading } from '../Status';
import { ConfirmAction, ErrorLine, WriteError } from './ActionsDialog';
import { localisePhrase } from './HistoryPhrases';
import { HistoryRevision } from './HistoryRevision';
import type { ProgrammeTabProps } from './tab-props';
import './programme-tabs.css';

function RevisionEntry({
  revision,
  current,
  tabProps,
}: {
  revision: Revision;
  current: boolean;
  tabProps: ProgrammeTabProps;
}) {
  const { orgId, programme, onChanged, dirty } = tabProps;
  const { t, lang } = useI18n();
  const [shown, setShown] = useState<Programme | null>(null);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const viewId = `revision-${revision.version}-view`;
  const toggle = async () => {
    if (open) {
      setOpen(false);
      return;
    }
    setError(null);
    try {
      setShown(shown ?? (await getRevision(orgId, programme.id, revision.version)));
      setOpen(true);
    } catch (e) {
      setError(e);
    }
  };
  const restore = async () => {
    const old = shown ?? (await getRevision(orgId, programme.id, revision.version));
    onChanged(await saveProgramme(orgId, programme.id, programme.version, old.content));
  };
  return (
    <li className="prog-history-entry" data-testid="revision" data-version={revision.version}>
      <h3>
        {t('prog.history.version', { version: revision.version })}
        {current && <span className="prog-tag">{t('prog.history.current')}</span>}
      </h3>
      <p className="muted small">
        <time dateTime={revision.savedAt}>{formatDateTime(revision.savedAt, lang)}</time> ·{' '}
        {revision.savedBy?.name ?? t('prog.history.nobody')} · {t(`prog.status.${revision.status}`)}
      </p>
      {revision.summary.length > 0 ? (
        <ul className="prog-history-summary">
          {revision.summary.map((line, i) => {
            const local = localisePhrase(line, t);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: the summary is a fixed list of phrases
              <li key={i} lang={local === null ? 'en' : undefined} data-phrase={line}>
                {local ?? line}
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="muted small">{t('prog.history.noSummary')}</p>
      )}
      <div className="button-row prog-noprint">
        <button
          type="button"
          className="secondary small"
          aria-expanded={open}
          aria-controls={open ? viewId : undefined}
          onClick={() => void toggle()}
          data-testid="revision-view-toggle"
        >
          {open ? t('prog.history.hide') : t('prog.history.view')}
          <span className="visually-hidden"> {t('prog.history.version', { version: revision.version })}</span>
        </button>
        {!current && programme.status === 'draft' && (
          <ConfirmAction
            label={t('prog.history.restore')}
            title={t('prog.history.restoreTitle', { version: revision.version })}
            question={
              <p>{t('prog.history.restoreQuestion', { version: revision.version, next: programme.version + 1 })}</p>
            }
            confirm={t('prog.history.restoreYes')}
            run={restore}
            dirty={dirty}
            renderError={(e) => <WriteError error={e} orgId={orgId} programmeId={programme.id} onChanged={onChanged} />}
            testId="revision-restore"
          />
        )}
      </div>
      {error !== null && <ErrorLine error={error} />}
      {open && shown && (
        <div id={viewId}>
          <HistoryRevision content={shown.content} />
        </div>
      )}
    </li>
  );
}

export function HistoryTab(props: ProgrammeTabProps) {
  const { orgId, programme } = props;
  const { t } = useI18n();
  const list = usePrivate(`${orgId}/${programme.id}@${programme.version}`, () => getRevisions(orgId, programme.id));
  if (list.error) return <ErrorBox error={list.error} onRetry={list.reload} />;
  if (!list.data) return <Loading />;
  return (
    <section aria-labelledby="prog-history-title" className="prog-history" data-testid="history-tab">
      <h2 id="prog-history-title">{t('prog.history.title')}</h2>
      {programme.status !== 'draft' && <p className="muted small">{t('prog.history.restoreDraftOnly')}</p>}
      <ol className="prog-history-list" reversed>
        {list.data.revisions.map((r) => (
          <RevisionEntry key={r.version} revision={r} current={r.version === programme.version} tabProps={props} />
        ))}
      </ol>
    </section>
  );
}
