/**
 * The session's item analysis: alpha (or why there is none), each item's difficulty,
 * discrimination and flags in words, and sending the flagged items back to review after a
 * confirmation.
 */
import { useId, useState } from 'react';
import { type Psychometrics, sendFlaggedToReview } from '../../../api/assessment-decisions';
import { useI18n } from '../../../i18n';
import { HrError } from '../../hr/common';

export function PsychometricsPanel({
  orgId,
  sessionId,
  stats,
  canManage,
  onChange,
}: {
  orgId: string;
  sessionId: string;
  stats: Psychometrics;
  canManage: boolean;
  onChange: (next: Psychometrics) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [sent, setSent] = useState<number | null>(null);
  const [confirming, setConfirming] = useState(false);
  const { bounds } = stats;
  const flagged = stats.items.filter((i) => i.review && i.status === 'reviewed');

  const send = async () => {
    setBusy(true);
    setError(null);
    try {
      const out = await sendFlaggedToReview(orgId, sessionId);
      setSent(out.sent.length);
      setConfirming(false);
      const { sent: _sent, ...next } = out;
      onChange(next);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const flagText = (flag: Psychometrics['items'][number]['flags'][number]) =>
    t(`dec.psy.flag.${flag}`, {
      minP: bounds.minP,
      maxP: bounds.maxP,
      minR: bounds.minDiscrimination,
      min: bounds.minAnswers,
    });

  return (
    <section aria-labelledby={`${id}-h`} className="hr-panel dec-psy">
      <h2 id={`${id}-h`}>{t('dec.psy')}</h2>
      {stats.items.length === 0 ? (
        <p className="muted">{t('dec.psy.none')}</p>
      ) : (
        <>
          <p data-testid="alpha">
            {stats.alpha !== null
              ? t('dec.psy.alpha', { alpha: stats.alpha, items: stats.alphaItems, candidates: stats.candidates })
              : stats.alphaNote !== 'ok' && t(`dec.psy.alphaNote.${stats.alphaNote}`)}
          </p>
          <div className="hr-table-scroll">
            <table className="hr-table" data-testid="psychometrics">
              <thead>
                <tr>
                  <th scope="col">{t('dec.psy.col.item')}</th>
                  <th scope="col">{t('dec.psy.col.n')}</th>
                  <th scope="col">{t('dec.psy.col.p')}</th>
                  <th scope="col">{t('dec.psy.col.r')}</th>
                  <th scope="col">{t('dec.psy.col.flags')}</th>
                  <th scope="col">{t('dec.psy.col.status')}</th>
                </tr>
              </thead>
              <tbody>
                {stats.items.map((item) => (
                  <tr key={item.itemId} data-review={item.review}>
                    <th scope="row" className="dec-stem">
                      {item.stem ?? item.itemId}
                    </th>
                    <td>{item.n}</td>
                    <td>{item.p ?? '—'}</td>
                    <td>{item.discrimination ?? '—'}</td>
                    <td>
                      {item.flags.length === 0 ? (
                        <span className="muted">{t('dec.psy.ok')}</span>
                      ) : (
                        <>
                          {item.review && <strong>{t('dec.psy.review')}: </strong>}
                          {item.flags.map(flagText).join('; ')}
                        </>
                      )}
                    </td>
                    <td>{item.status ? t(`dec.item.${item.status as 'draft' | 'reviewed' | 'retired'}`) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {canManage && stats.items.length > 0 && (
        <div className="dec-noprint">
          {flagged.length === 0 ? (
            <p className="muted">{t('dec.psy.nothing')}</p>
          ) : confirming ? (
            <div role="alertdialog" aria-labelledby={`${id}-confirm`} className="dec-confirm">
              <p id={`${id}-confirm`}>{t('dec.psy.confirm', { count: flagged.length })}</p>
              <button type="button" onClick={() => void send()} disabled={busy}>
                {t('dec.confirmYes')}
              </button>{' '}
              <button type="button" className="secondary" onClick={() => setConfirming(false)}>
                {t('dec.cancel')}
              </button>
            </div>
          ) : (
            <p className="hr-actions">
              <button type="button" className="secondary" onClick={() => setConfirming(true)}>
                {t('dec.psy.send')}
              </button>
            </p>
          )}
          {sent !== null && <p role="status">{t('dec.psy.sent', { count: sent })}</p>}
        </div>
      )}
      {error !== null && <HrError error={error} />}
    </section>
  );
}
