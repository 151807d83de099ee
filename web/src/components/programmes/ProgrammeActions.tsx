/**
 * The programme's status actions, in the page header. A draft can be marked final (refused while
 * an item is uncovered without a written exception: the refusal lists those items and links to
 * the coverage tab showing exactly them) or archived; a final programme can be reopened to edit
 * or archived; an archived one reopened. Each asks to save unsaved edits first, and a 409 (someone
 * saved meanwhile) offers to load the saved version.
 */
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client';
import { changeStatus, type CoverageRow, getCoverage, type StatusAction } from '../../api/programme-tabs';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { ItemId } from '../ItemId';
import { ConfirmAction, SaveFirst, WriteError } from './ActionsDialog';
import type { ProgrammeTabProps } from './tab-props';
import './programme-tabs.css';

/** The items that keep the programme from being final, each with a link to the filtered matrix. */
function Blockers({ orgId, programmeId, rows }: { orgId: string; programmeId: string; rows: CoverageRow[] }) {
  const { t } = useI18n();
  return (
    <div className="prog-blockers" role="alert" data-testid="finalise-blockers">
      <p>{t('prog.actions.blocked', { count: rows.length })}</p>
      <ul>
        {rows.map((r) => (
          <li key={r.itemId} data-item={r.itemId}>
            <ItemId id={r.itemId} /> <span lang="kk">{r.kk}</span>
          </li>
        ))}
      </ul>
      <p>
        <Link href={`/orgs/${orgId}/programmes/${programmeId}/coverage?show=uncovered`} data-testid="blockers-link">
          {t('prog.actions.blockedLink')}
        </Link>
      </p>
    </div>
  );
}

export function ProgrammeActions({ orgId, programme, onChanged, dirty }: ProgrammeTabProps) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [blockers, setBlockers] = useState<CoverageRow[] | null>(null);
  const [saveFirst, setSaveFirst] = useState(false);
  /** Links to ids the cards do not have also keep a programme from being final. */
  const [unknown, setUnknown] = useState(0);
  // A refusal or an error is about the version it was made at; a new version starts afresh.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the version is the trigger
  useEffect(() => {
    setBlockers(null);
    setUnknown(0);
    setError(null);
  }, [programme.version]);

  const act = async (action: StatusAction) => {
    setError(null);
    setBlockers(null);
    setUnknown(0);
    onChanged(await changeStatus(orgId, programme, action));
  };

  const finalise = async () => {
    setSaveFirst(dirty);
    if (dirty) return;
    setBusy(true);
    try {
      await act('finalise');
    } catch (e) {
      if (e instanceof ApiError && e.status === 422) {
        // The refusal names the items in its message; the report gives them with their texts, in order.
        try {
          const report = await getCoverage(orgId, programme.id);
          if (report.blockers.length > 0) setBlockers(report.blockers);
          else if (report.unknownLinks.length > 0) setUnknown(report.unknownLinks.length);
          else setError(e);
        } catch {
          setError(e);
        }
      } else setError(e);
    } finally {
      setBusy(false);
    }
  };

  const writeError = (e: unknown) => (
    <WriteError error={e} orgId={orgId} programmeId={programme.id} onChanged={onChanged} />
  );
  const archive = (
    <ConfirmAction
      label={t('prog.actions.archive')}
      title={t('prog.actions.archiveTitle')}
      question={<p>{t('prog.actions.archiveQuestion')}</p>}
      confirm={t('prog.actions.archiveYes')}
      run={() => act('archive')}
      dirty={dirty}
      renderError={writeError}
      testId="programme-archive"
    />
  );

  return (
    <div className="prog-actions prog-noprint" data-testid="programme-actions" data-status={programme.status}>
      <div className="button-row">
        {programme.status === 'draft' && (
          <>
            <button type="button" disabled={busy} onClick={() => void finalise()} data-testid="programme-finalise">
              {t('prog.actions.finalise')}
            </button>
            {archive}
          </>
        )}
        {programme.status === 'final' && (
          <>
            <ConfirmAction
              label={t('prog.actions.reopen')}
              title={t('prog.actions.reopenTitle')}
              question={<p>{t('prog.actions.reopenQuestion')}</p>}
              confirm={t('prog.actions.reopenYes')}
              run={() => act('reopen')}
              dirty={dirty}
              renderError={writeError}
              testId="programme-reopen"
            />
            {archive}
          </>
        )}
        {programme.status === 'archived' && (
          <ConfirmAction
            label={t('prog.actions.unarchive')}
            title={t('prog.actions.unarchiveTitle')}
            question={<p>{t('prog.actions.unarchiveQuestion')}</p>}
            confirm={t('prog.actions.unarchiveYes')}
            run={() => act('reopen')}
            dirty={dirty}
            renderError={writeError}
            testId="programme-unarchive"
          />
        )}
      </div>
      {saveFirst && dirty && <SaveFirst />}
      {blockers && <Blockers orgId={orgId} programmeId={programme.id} rows={blockers} />}
      {unknown > 0 && (
        <p className="prog-blockers" role="alert" data-testid="finalise-unknown">
          {t('prog.actions.unknownLinks', { count: unknown })}{' '}
          <Link href={`/orgs/${orgId}/programmes/${programme.id}/coverage`}>{t('prog.actions.unknownLink')}</Link>
        </p>
      )}
      {error !== null && writeError(error)}
    </div>
  );
}
