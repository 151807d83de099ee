/**
 * The draft page's Review tab: where the draft stands (status, who submitted and approved it),
 * the workflow buttons the signed-in methodologist may use, the publish dialog (impact first,
 * then the order), the review comments, and — once published — links to the new edition's
 * changes page and to the cards it changed.
 */
import { useState } from 'react';
import { apiUrl, useApi } from '../../../api/client';
import { formatDateTime, usePrivate } from '../../../api/session';
import type { EditionDiff } from '../../../api/types';
import { type Draft, getDraftDiff, type PublishResult } from '../../../api/workbench-review';
import { useI18n } from '../../../i18n';
import { Link, useLocation } from '../../../router';
import type { DraftTabProps } from '../tab-props';
import { Comments, type ItemChoice } from './Comments';
import { WorkflowActions } from './WorkflowActions';
import './review.css';

/** The items the draft changes, to comment on: "id — the start of its text". */
function changedItems(diff: EditionDiff | undefined): ItemChoice[] {
  const seen = new Map<string, ItemChoice>();
  for (const change of diff?.changes ?? []) {
    const at = change.to ?? change.from;
    if (!at || at.kind === 'edition' || seen.has(at.id)) continue;
    const text = at.text ?? change.from?.text ?? '';
    seen.set(at.id, {
      id: at.id,
      label: text ? `${at.id} — ${text.length > 60 ? `${text.slice(0, 60)}…` : text}` : at.id,
    });
  }
  return [...seen.values()];
}

/** After publishing: the new edition, its changes page and the cards whose items changed. */
function Published({ draft, result }: { draft: Draft; result: PublishResult | null }) {
  const { t } = useI18n();
  const editionId = result?.editionId ?? draft.publishedEditionId;
  const base = result?.supersededEditionId ?? draft.baseEditionId;
  const diff = useApi<EditionDiff>(editionId && base ? apiUrl(`/editions/${base}/diff/${editionId}`) : null);
  if (!editionId) return null;
  const cards = new Map<string, { code: string; level: number }>();
  for (const c of diff.data?.changes ?? []) {
    const card = c.to?.card ?? c.from?.card;
    if (card) cards.set(`${card.code}/${card.level}`, card);
  }
  const changesHref = base ? `/changes?from=${base}&to=${editionId}` : '/changes';
  return (
    <section
      className="notice wbr-published"
      role="status"
      data-testid="review-published"
      aria-labelledby="wbr-pub-title"
    >
      <h3 id="wbr-pub-title">{t('wbr.published.title', { edition: editionId })}</h3>
      {result && (
        <p data-testid="published-counts">
          {t('wbr.published.counts', {
            total: result.items.total,
            new: result.items.new,
            changed: result.items.changed,
            removed: result.items.removed,
          })}
        </p>
      )}
      <p>
        <Link href={changesHref} data-testid="published-changes">
          {t('wbr.published.changes')}
        </Link>
      </p>
      {cards.size > 0 && (
        <>
          <p>{t('wbr.published.cards')}</p>
          <ul className="inline-list" data-testid="published-cards">
            {[...cards.entries()].map(([key, card]) => (
              <li key={key}>
                {/* A full load, not the app's router: the app keeps the public answers it read during
                    the visit, and a card read before publishing would show its old text. */}
                <a href={`/cards/${card.code}/${card.level}`}>
                  {card.code}, {t('common.level', { n: card.level })}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Person({ label, person, at }: { label: string; person: Draft['createdBy']; at?: string | null }) {
  const { lang } = useI18n();
  if (!person) return null;
  return (
    <div>
      <dt>{label}</dt>
      <dd>
        {person.name}
        {at ? ` · ${formatDateTime(at, lang)}` : ''}
      </dd>
    </div>
  );
}

export function ReviewTab({ draft, reload }: DraftTabProps) {
  const { t } = useI18n();
  const { search } = useLocation();
  const presetItem = new URLSearchParams(search).get('item');
  const [result, setResult] = useState<PublishResult | null>(null);
  const diff = usePrivate(draft.baseEditionId ? `${draft.id}@${draft.revision}` : null, () => getDraftDiff(draft.id));
  return (
    <section aria-labelledby="wbr-review-title" className="wbr-tab" data-testid="review-tab">
      <h2 id="wbr-review-title">{t('wbr.review.title')}</h2>
      <dl className="wbr-facts">
        <div>
          <dt>{t('wbr.review.status')}</dt>
          <dd data-testid="review-status" data-status={draft.status}>
            {t(`wbr.status.${draft.status}`)}
          </dd>
        </div>
        <Person label={t('wbr.review.createdBy')} person={draft.createdBy} at={draft.createdAt} />
        <Person label={t('wbr.review.submittedBy')} person={draft.submittedBy} />
        <Person label={t('wbr.review.approvedBy')} person={draft.approvedBy} />
        <Person label={t('wbr.review.publishedBy')} person={draft.publishedBy} at={draft.publishedAt} />
        <div>
          <dt>{t('wbr.review.counts')}</dt>
          <dd>
            {t('wbr.review.countsValue', {
              changed: draft.counts.changed,
              new: draft.counts.new,
              deprecated: draft.counts.deprecated,
            })}
          </dd>
        </div>
        {draft.source.mode === 'compiled' && (
          <div>
            <dt>{t('wbr.review.source')}</dt>
            <dd>{t('wbr.review.compiled', { count: draft.source.unmatchedTexts })}</dd>
          </div>
        )}
      </dl>
      {draft.status === 'published' ? (
        <Published draft={draft} result={result} />
      ) : (
        <WorkflowActions draft={draft} reload={reload} onPublished={setResult} />
      )}
      <Comments draft={draft} reload={reload} items={changedItems(diff.data)} presetItem={presetItem} />
    </section>
  );
}
