/**
 * The test items of a card in the item bank: filters (status, kind, knowledge item), the table
 * with edit and review actions, the editor for a new or draft item, and the pager.
 */
import { useState } from 'react';
import {
  ITEM_KINDS,
  type ItemKind,
  REVIEW_STATUSES,
  type ReviewStatus,
  type TestItem,
} from '../../../api/assessment-instruments';
import { api, call, usePrivate } from '../../../api/session';
import { useI18n } from '../../../i18n';
import { FormError } from '../../account/common';
import { Loading } from '../../Status';
import { BankPager, PAGE, type Section } from './BankPager';
import { StatusBadge } from './common';
import { ItemEditor } from './ItemEditor';
import { StatusButtons } from './StatusButtons';

export function ItemList({
  orgId,
  card,
  knowledge,
  author,
  onChange,
  tick,
  canManage,
}: Section & { knowledge: Parameters<typeof ItemEditor>[0]['knowledge'] }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<ReviewStatus | ''>('');
  const [kind, setKind] = useState<ItemKind | ''>('');
  const [knowledgeId, setKnowledgeId] = useState('');
  const [offset, setOffset] = useState(0);
  const [editing, setEditing] = useState<TestItem | 'new' | null>(null);
  const list = usePrivate(
    `${orgId}|${card.code}/${card.level}|${status}|${kind}|${knowledgeId}|${offset}|${tick}`,
    () =>
      call(
        api.GET('/v1/orgs/{orgId}/test-items', {
          params: {
            path: { orgId },
            query: {
              card: card.code,
              level: card.level,
              status: status || undefined,
              kind: kind || undefined,
              knowledgeId: knowledgeId || undefined,
              limit: PAGE,
              offset,
            },
          },
        }),
      ),
  );
  const move = async (item: TestItem, to: ReviewStatus) => {
    await call(
      api.POST('/v1/orgs/{orgId}/test-items/{itemId}/status', {
        params: { path: { orgId, itemId: item.id } },
        body: { version: item.version, status: to },
      }),
    );
    onChange();
  };
  const data = list.data;
  return (
    <section aria-labelledby="items-title">
      <h2 id="items-title">{t('ins.items.title')}</h2>
      <div className="hr-search">
        <label htmlFor="items-status">{t('ins.filter.status')}</label>
        <select
          id="items-status"
          value={status}
          onChange={(e) => {
            setStatus(e.target.value as ReviewStatus | '');
            setOffset(0);
          }}
        >
          <option value="">{t('ins.filter.any')}</option>
          {REVIEW_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`ins.status.${s}`)}
            </option>
          ))}
        </select>
        <label htmlFor="items-kind">{t('ins.item.kind')}</label>
        <select
          id="items-kind"
          value={kind}
          onChange={(e) => {
            setKind(e.target.value as ItemKind | '');
            setOffset(0);
          }}
        >
          <option value="">{t('ins.filter.any')}</option>
          {ITEM_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`ins.kind.${k}`)}
            </option>
          ))}
        </select>
        <label htmlFor="items-knowledge">{t('ins.filter.knowledge')}</label>
        <select
          id="items-knowledge"
          value={knowledgeId}
          onChange={(e) => {
            setKnowledgeId(e.target.value);
            setOffset(0);
          }}
        >
          <option value="">{t('ins.filter.any')}</option>
          {knowledge.map((k) => (
            <option key={k.id} value={k.id}>
              {k.id} — {k.display.text.slice(0, 60)}
            </option>
          ))}
        </select>
      </div>
      {editing ? (
        <ItemEditor
          key={editing === 'new' ? 'new' : editing.id}
          orgId={orgId}
          card={card}
          knowledge={knowledge}
          item={editing === 'new' ? null : editing}
          author={author}
          onSaved={() => {
            setEditing(null);
            onChange();
          }}
          onCancel={() => setEditing(null)}
        />
      ) : canManage ? (
        <p>
          <button type="button" onClick={() => setEditing('new')}>
            {t('ins.item.new')}
          </button>
        </p>
      ) : null}
      {list.error && <FormError error={list.error} />}
      {!data && !list.error && <Loading />}
      {data && data.total === 0 && <p className="notice">{t('ins.items.empty')}</p>}
      {data && data.total > 0 && (
        <>
          <div className="table-scroll hr-table-scroll">
            <table className="hr-table" data-testid="items-table">
              <thead>
                <tr>
                  <th scope="col">{t('ins.item.stem')}</th>
                  <th scope="col">{t('ins.item.knowledge')}</th>
                  <th scope="col">{t('ins.filter.status')}</th>
                  <th scope="col">{t('ins.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((item) => (
                  <tr key={item.id} data-item-id={item.id}>
                    <td>
                      {item.content.stem}
                      <div className="muted small">
                        {t(`ins.kind.${item.content.kind}`)} · {t(`ins.difficulty.${item.content.difficulty}`)}
                        {item.demo && ` · ${t('ins.demo')}`}
                      </div>
                    </td>
                    <td>
                      {item.content.knowledgeIds.map((k) => (
                        <code key={k} className="small">
                          {k}{' '}
                        </code>
                      ))}
                    </td>
                    <td>
                      <StatusBadge status={item.status} />
                    </td>
                    <td>
                      {canManage && item.status === 'draft' && (
                        <button
                          type="button"
                          className="secondary"
                          aria-label={`${t('ins.edit')}: ${item.content.stem}`}
                          onClick={() => setEditing(item)}
                        >
                          {t('ins.edit')}
                        </button>
                      )}{' '}
                      {canManage && (
                        <StatusButtons status={item.status} name={item.content.stem} onMove={(to) => move(item, to)} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <BankPager
            offset={offset}
            shown={data.items.length}
            total={data.total}
            onOffset={setOffset}
            label={t('ins.items.title')}
          />
        </>
      )}
    </section>
  );
}
