/**
 * The draft page's Checks tab: the structural errors that block publishing, then the quality
 * findings of the draft as it is now (GET /v1/drafts/{id}/checks: the same linter and invariants
 * a published edition gets), errors first. Each names its rule, says its message in the page's
 * language and links to the item on the items tab (`?item=<id>`). Read afresh each time the tab
 * opens and after every change of the draft; "Check again" reads it on demand.
 */
import { type DraftChecks, getChecks, orderedFindings } from '../../../api/workbench-review';
import { usePrivate } from '../../../api/session';
import type { QualityFinding, Severity } from '../../../api/types';
import { useI18n } from '../../../i18n';
import { Link } from '../../../router';
import { ErrorBox, Loading } from '../../Status';
import type { DraftTabProps } from '../tab-props';
import './review.css';

const SEVERITY_MARK: Record<Severity, string> = { error: '✖', warning: '▲', info: 'ℹ' };

const itemHref = (draftId: string, itemId: string) => `/workbench/drafts/${draftId}?item=${encodeURIComponent(itemId)}`;

function Blocking({ draftId, checks }: { draftId: string; checks: DraftChecks }) {
  const { t } = useI18n();
  if (checks.blocking.length === 0) return null;
  return (
    <section aria-labelledby="wbr-blocking-title" className="wbr-blocking" data-testid="checks-blocking">
      <h3 id="wbr-blocking-title">
        {t('wbr.checks.blocking')} <span className="count">({checks.blocking.length})</span>
      </h3>
      <p className="muted small">{t('wbr.checks.blockingLead')}</p>
      <ul className="wbr-findings">
        {checks.blocking.map((b) => (
          <li key={`${b.path}|${b.message}`} className="wbr-finding severity-error" data-severity="blocking">
            <p>
              <span aria-hidden="true">{SEVERITY_MARK.error} </span>
              {b.message}
            </p>
            <p className="small">
              <code>{b.path}</code>
              {b.itemId && (
                <>
                  {' · '}
                  <Link href={itemHref(draftId, b.itemId)}>{b.itemId}</Link>
                </>
              )}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Finding({ draftId, finding }: { draftId: string; finding: QualityFinding }) {
  const { t, lang } = useI18n();
  const message = finding.message[lang] || finding.message.kk;
  const itemId = finding.location.itemId;
  return (
    <li
      className={`wbr-finding severity-${finding.severity}`}
      data-testid="check-finding"
      data-severity={finding.severity}
      data-rule={finding.rule}
      data-item={itemId ?? ''}
    >
      <p>
        <span className="wbr-severity">
          <span aria-hidden="true">{SEVERITY_MARK[finding.severity]} </span>
          {t(`wbr.severity.${finding.severity}`)}
        </span>{' '}
        <code className="wbr-rule">{finding.rule}</code>
      </p>
      <p lang={finding.message[lang] ? lang : 'kk'}>{message}</p>
      <p className="small">
        {itemId ? (
          <Link href={itemHref(draftId, itemId)} data-testid="finding-item">
            {t('wbr.checks.openItem', { id: itemId })}
          </Link>
        ) : (
          <code>{finding.location.path}</code>
        )}
      </p>
    </li>
  );
}

export function ChecksTab({ draft }: DraftTabProps) {
  const { t } = useI18n();
  const checks = usePrivate(`${draft.id}@${draft.revision}`, () => getChecks(draft.id));
  if (checks.error) return <ErrorBox error={checks.error} onRetry={checks.reload} />;
  if (!checks.data) return <Loading />;
  const data = checks.data;
  const findings = orderedFindings(data);
  const clear = data.blocking.length === 0 && findings.length === 0;
  const counts = data.quality.summary.bySeverity;
  return (
    <section aria-labelledby="wbr-checks-title" className="wbr-tab" data-testid="checks-tab">
      <h2 id="wbr-checks-title">{t('wbr.checks.title')}</h2>
      <p className="wbr-tab-bar">
        <span data-testid="checks-summary">
          {t('wbr.checks.summary', {
            blocking: data.blocking.length,
            error: counts.error,
            warning: counts.warning,
            info: counts.info,
          })}
        </span>{' '}
        <button type="button" className="secondary small" onClick={checks.reload} data-testid="checks-again">
          {t('wbr.checks.again')}
        </button>
      </p>
      {clear ? (
        <p className="notice wbr-all-clear" role="status" data-testid="checks-clear">
          {t('wbr.checks.clear')}
        </p>
      ) : (
        <>
          <Blocking draftId={draft.id} checks={data} />
          {findings.length > 0 && (
            <section aria-labelledby="wbr-findings-title">
              <h3 id="wbr-findings-title">
                {t('wbr.checks.findings')} <span className="count">({findings.length})</span>
              </h3>
              <ul className="wbr-findings">
                {findings.map((f, i) => (
                  <Finding
                    key={`${f.rule}|${f.location.path}|${f.location.itemId ?? ''}|${String(i)}`}
                    draftId={draft.id}
                    finding={f}
                  />
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </section>
  );
}
