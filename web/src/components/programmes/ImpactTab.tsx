/**
 * What a new edition of the standard changed under the programme: for each card, the edition it
 * was built on and the current one; the outcomes whose linked items changed (the official text
 * before and after, word by word) or were removed; the items the new edition added that no
 * outcome links. "Move to the current edition" rebases a draft, after a confirmation that lists
 * the links it will drop.
 */
import { useState } from 'react';
import { getImpact, type Impact, type Programme, rebaseProgramme, type Rebased } from '../../api/programme-tabs';
import { usePrivate } from '../../api/session';
import { diffWords } from '../../format';
import { useI18n } from '../../i18n';
import { ItemId } from '../ItemId';
import { ErrorBox, Loading } from '../Status';
import { WordDiff } from '../WordDiff';
import { ConfirmAction, WriteError } from './ActionsDialog';
import type { ProgrammeTabProps } from './tab-props';
import './programme-tabs.css';

/** The outcome's module code and text (outcome ids are unique in the whole document). */
function outcomeOf(programme: Programme, outcomeId: string) {
  for (const m of programme.content.modules) {
    const outcome = m.outcomes?.find((o) => o.id === outcomeId);
    if (outcome) return { code: m.code, text: outcome.text };
  }
  return { code: '', text: outcomeId };
}

function ChangedLinks({ impact, programme }: { impact: Impact; programme: Programme }) {
  const { t } = useI18n();
  if (impact.links.length === 0) return <p>{t('prog.impact.noLinks')}</p>;
  return (
    <ul className="prog-impact-links" data-testid="impact-links">
      {impact.links.map((l) => {
        const o = outcomeOf(programme, l.outcomeId);
        return (
          <li key={`${l.outcomeId}/${l.itemId}`} data-change={l.change}>
            <p>
              <strong>{o.code}</strong>: {o.text}
            </p>
            <p>
              <ItemId id={l.itemId} />{' '}
              <span className={`prog-tag prog-change-${l.change}`}>{t(`prog.impact.${l.change}`)}</span>
            </p>
            {l.change === 'changed' && l.after !== null ? (
              <WordDiff words={diffWords(l.before, l.after)} lang="kk" />
            ) : (
              <p lang="kk">
                <del>
                  <span className="visually-hidden">[{t('prog.impact.removedText')}: </span>
                  {l.before}
                  <span className="visually-hidden">]</span>
                </del>
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}

export function ImpactTab(props: ProgrammeTabProps) {
  const { orgId, programme, onChanged, dirty } = props;
  const { t } = useI18n();
  const impact = usePrivate(`${orgId}/${programme.id}@${programme.version}`, () => getImpact(orgId, programme.id));
  const [rebased, setRebased] = useState<Rebased | null>(null);
  if (impact.error) return <ErrorBox error={impact.error} onRetry={impact.reload} />;
  if (!impact.data) return <Loading />;
  const data = impact.data;
  const dropped = data.links.filter((l) => l.change === 'removed');
  const gone = data.cards.filter((c) => !c.inCurrentEdition);

  return (
    <section aria-labelledby="prog-impact-title" className="prog-impact" data-testid="impact-tab">
      <h2 id="prog-impact-title">{t('prog.impact.title')}</h2>
      {rebased && (
        <div className="notice" role="status" data-testid="impact-rebased">
          <p>{t('prog.impact.rebased', { count: rebased.dropped.length })}</p>
          {rebased.dropped.length > 0 && (
            <ul>
              {rebased.dropped.map((d) => (
                <li key={`${d.outcomeId}/${d.itemId}`}>
                  <ItemId id={d.itemId} /> — {outcomeOf(programme, d.outcomeId).text}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {data.upToDate ? (
        <p data-testid="impact-up-to-date">{t('prog.impact.upToDate', { edition: data.currentEditionId })}</p>
      ) : (
        <>
          <div className="prog-tab-table-scroll">
            <table className="prog-tab-table" data-testid="impact-cards">
              <thead>
                <tr>
                  <th scope="col">{t('prog.impact.card')}</th>
                  <th scope="col">{t('prog.impact.builtOn')}</th>
                  <th scope="col">{t('prog.impact.current')}</th>
                </tr>
              </thead>
              <tbody>
                {data.cards.map((c) => (
                  <tr key={`${c.code}/${c.level}`}>
                    <th scope="row">
                      {c.code} · {t('prog.impact.level', { level: c.level })}
                    </th>
                    <td>{c.editionId}</td>
                    <td>{c.inCurrentEdition ? data.currentEditionId : t('prog.impact.notInCurrent')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>{t('prog.impact.linksTitle')}</h3>
          <ChangedLinks impact={data} programme={programme} />
          <h3>{t('prog.impact.addedTitle')}</h3>
          {data.added.length === 0 ? (
            <p>{t('prog.impact.noAdded')}</p>
          ) : (
            <ul data-testid="impact-added">
              {data.added.map((a) => (
                <li key={a.itemId}>
                  <span className={`prog-itemkind-badge prog-kind-${a.kind}`}>
                    {t(a.kind === 'skill' ? 'prog.coverage.skill' : 'prog.coverage.knowledge')}
                  </span>{' '}
                  <ItemId id={a.itemId} /> <span lang="kk">{a.kk}</span>
                </li>
              ))}
            </ul>
          )}
          {gone.length > 0 ? (
            <p className="notice" role="note" data-testid="impact-card-gone">
              {t('prog.impact.cardGone', { cards: gone.map((c) => `${c.code}/${c.level}`).join(', ') })}
            </p>
          ) : programme.status === 'draft' ? (
            <div className="prog-noprint">
              <ConfirmAction
                primary
                label={t('prog.impact.rebase')}
                title={t('prog.impact.rebaseTitle')}
                confirm={t('prog.impact.rebaseYes')}
                dirty={dirty}
                question={
                  <>
                    <p>{t('prog.impact.rebaseQuestion', { edition: data.currentEditionId })}</p>
                    {dropped.length > 0 ? (
                      <>
                        <p>{t('prog.impact.willDrop', { count: dropped.length })}</p>
                        <ul>
                          {dropped.map((d) => (
                            <li key={`${d.outcomeId}/${d.itemId}`}>
                              <ItemId id={d.itemId} /> — {outcomeOf(programme, d.outcomeId).code}:{' '}
                              {outcomeOf(programme, d.outcomeId).text}
                            </li>
                          ))}
                        </ul>
                      </>
                    ) : (
                      <p>{t('prog.impact.dropsNothing')}</p>
                    )}
                  </>
                }
                run={async () => {
                  const out = await rebaseProgramme(orgId, programme);
                  setRebased(out);
                  onChanged(out.programme);
                }}
                renderError={(e) => (
                  <WriteError error={e} orgId={orgId} programmeId={programme.id} onChanged={onChanged} />
                )}
                testId="impact-rebase"
              />
            </div>
          ) : (
            <p className="muted">{t('prog.impact.draftOnly')}</p>
          )}
        </>
      )}
    </section>
  );
}
