/**
 * /orgs/:orgId/programmes/:programmeId[/coverage|/history|/impact] — one programme: its header
 * (title, status, version, type, language, volume, cards, the actions and downloads), the tab
 * links (each tab its own URL) and the tab. The draft being edited lives here, not in the modules
 * tab, so moving to the coverage matrix and back keeps unsaved edits; the other tabs learn of
 * them through `dirty`.
 */
import type { ApiError } from '../../api/client';
import { getProgramme, type Programme } from '../../api/programme-editor';
import { usePrivate } from '../../api/session';
import { FormError, SignedIn } from '../../components/account/common';
import { CoverageTab } from '../../components/programmes/CoverageTab';
import { DownloadsMenu } from '../../components/programmes/DownloadsMenu';
import { type ProgrammeDraft, useLeaveWarning, useProgrammeDraft } from '../../components/programmes/editor-draft';
import { HistoryTab } from '../../components/programmes/HistoryTab';
import { ImpactTab } from '../../components/programmes/ImpactTab';
import { ModulesTab } from '../../components/programmes/ModulesTab';
import { ProgrammeActions } from '../../components/programmes/ProgrammeActions';
import type { ProgrammeTabProps } from '../../components/programmes/tab-props';
import { Loading } from '../../components/Status';
import { useTitle } from '../../components/useTitle';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import '../../components/programmes/programme-editor.css';

export type ProgrammeTab = 'modules' | 'coverage' | 'history' | 'impact';
const TABS: readonly ProgrammeTab[] = ['modules', 'coverage', 'history', 'impact'];

export default function ProgrammePage({
  orgId,
  programmeId,
  tab,
}: {
  orgId: string;
  programmeId: string;
  tab: ProgrammeTab;
}) {
  const { t } = useI18n();
  const loaded = usePrivate(`${orgId}|${programmeId}`, () => getProgramme(orgId, programmeId));
  return (
    <section className="account-page prog-page" aria-labelledby="prog-title">
      <p className="back prog-noprint">
        <Link href={`/orgs/${encodeURIComponent(orgId)}/programmes`}>← {t('prog.editor.back')}</Link>
      </p>
      <SignedIn>
        {() =>
          loaded.error ? (
            <NotLoaded error={loaded.error} />
          ) : !loaded.data ? (
            <>
              <h1 id="prog-title">{t('prog.editor.title')}</h1>
              <Loading />
            </>
          ) : (
            <Loaded key={loaded.data.id} orgId={orgId} initial={loaded.data} tab={tab} />
          )
        }
      </SignedIn>
    </section>
  );
}

function NotLoaded({ error }: { error: ApiError }) {
  const { t } = useI18n();
  useTitle(t('prog.editor.title'));
  return (
    <>
      <h1 id="prog-title">{t('prog.editor.title')}</h1>
      {error.status === 404 ? (
        <p className="notice" role="alert" data-testid="prog-not-found">
          {t('prog.editor.notFound')}
        </p>
      ) : (
        <FormError error={error} />
      )}
    </>
  );
}

function Loaded({ orgId, initial, tab }: { orgId: string; initial: Programme; tab: ProgrammeTab }) {
  const { t } = useI18n();
  const editor = useProgrammeDraft(orgId, initial, { required: t('prog.editor.required') });
  const base = `/orgs/${encodeURIComponent(orgId)}/programmes/${encodeURIComponent(initial.id)}`;
  useLeaveWarning(editor.dirty, base, t('prog.editor.leaveQuestion'));
  useTitle(editor.saved.content.title);
  const props: ProgrammeTabProps = {
    orgId,
    programme: editor.saved,
    onChanged: editor.onChanged,
    dirty: editor.dirty,
  };
  return (
    <>
      <Header programme={editor.saved} props={props} />
      {editor.dirty && tab !== 'modules' && (
        <p className="prog-unsaved-note prog-noprint" data-testid="prog-unsaved-elsewhere">
          {t('prog.editor.unsaved')} — <Link href={base}>{t('prog.editor.unsavedLink')}</Link>
        </p>
      )}
      <nav className="prog-tabs prog-noprint" aria-label={t('prog.editor.tabs')}>
        <ul>
          {TABS.map((name) => (
            <li key={name}>
              <Link
                href={name === 'modules' ? base : `${base}/${name}`}
                aria-current={name === tab ? 'page' : undefined}
                data-testid={`prog-tab-${name}`}
              >
                {t(`prog.editor.tab.${name}`)}
                {name === 'modules' && editor.dirty && (
                  <span className="prog-dirty-dot" title={t('prog.editor.unsaved')}>
                    {' '}
                    •<span className="visually-hidden">{t('prog.editor.unsaved')}</span>
                  </span>
                )}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="prog-tab-body" data-tab={tab}>
        <TabBody tab={tab} props={props} editor={editor} />
      </div>
    </>
  );
}

function TabBody({ tab, props, editor }: { tab: ProgrammeTab; props: ProgrammeTabProps; editor: ProgrammeDraft }) {
  if (tab === 'coverage') return <CoverageTab {...props} />;
  if (tab === 'history') return <HistoryTab {...props} />;
  if (tab === 'impact') return <ImpactTab {...props} />;
  return <ModulesTab {...props} editor={editor} />;
}

function Header({ programme, props }: { programme: Programme; props: ProgrammeTabProps }) {
  const { t } = useI18n();
  const c = programme.content;
  return (
    <header className="prog-header">
      <h1 id="prog-title">{c.title}</h1>
      <p className="prog-badges">
        <span
          className={`prog-status prog-status-${programme.status}`}
          data-testid="prog-status"
          data-status={programme.status}
        >
          {t(`prog.status.${programme.status}`)}
        </span>{' '}
        <span className="muted" data-testid="prog-version">
          {t('prog.editor.version', { version: programme.version })}
        </span>
        {programme.demo && (
          <>
            {' '}
            <span className="prog-status">{t('prog.editor.demo')}</span>
          </>
        )}
      </p>
      <dl className="prog-facts" aria-label={t('prog.editor.facts')}>
        <div>
          <dt>{t('prog.editor.type')}</dt>
          <dd>{t(`prog.type.${c.type}`)}</dd>
        </div>
        <div>
          <dt>{t('prog.editor.lang')}</dt>
          <dd>{t(`prog.lang.${c.lang}`)}</dd>
        </div>
        <div>
          <dt>{t('prog.editor.volume')}</dt>
          <dd>
            {c.volume.value} {t(`prog.unit.${c.volume.unit}`)}
          </dd>
        </div>
        <div>
          <dt>{t('prog.editor.cards')}</dt>
          <dd>
            <ul className="plain-list">
              {c.cards.map((card) => (
                <li key={`${card.code}/${card.level}`}>
                  <Link href={`/cards/${card.code}/${card.level}`}>
                    {t('prog.editor.cardLevel', { code: card.code, level: card.level })}
                  </Link>{' '}
                  <span className="muted small">{t('prog.editor.edition', { edition: card.editionId })}</span>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      </dl>
      <div className="prog-header-actions prog-noprint">
        <ProgrammeActions {...props} />
        <DownloadsMenu {...props} />
      </div>
    </header>
  );
}
