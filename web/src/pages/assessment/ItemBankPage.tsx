/**
 * /orgs/:orgId/assessment/bank — the item bank of a card: test items (filtered by status, kind
 * and knowledge item) and practical tasks, each written, edited while a draft, reviewed, retired
 * or sent back to draft; the Moodle XML and GIFT files of the bank come and go here too.
 */
import { useState } from 'react';
import {
  DEMO_CARD,
  ITEM_KINDS,
  type ItemKind,
  type PracticalTask,
  REVIEW_STATUSES,
  type ReviewStatus,
  type TestItem,
} from '../../api/assessment-instruments';
import { api, call, type Me, usePrivate } from '../../api/session';
import { FormError } from '../../components/account/common';
import {
  CardPicker,
  InstrumentsFrame,
  StatusBadge,
  canManageInstruments,
  useCoverage,
} from '../../components/assessment/instruments/common';
import { CoverageMap } from '../../components/assessment/instruments/CoverageMap';
import { InterchangePanel } from '../../components/assessment/instruments/InterchangePanel';
import { ItemEditor } from '../../components/assessment/instruments/ItemEditor';
import { StatusButtons } from '../../components/assessment/instruments/StatusButtons';
import { TaskEditor } from '../../components/assessment/instruments/TaskEditor';
import { Loading } from '../../components/Status';
import { useTitle } from '../../components/useTitle';
import { useI18n } from '../../i18n';

const PAGE = 50;

export default function ItemBankPage({ orgId }: { orgId: string }) {
  const { t } = useI18n();
  useTitle(t('ins.bank.title'));
  return (
    <InstrumentsFrame orgId={orgId} titleId="bank-title" title={t('ins.bank.title')}>
      {(me) => <Bank orgId={orgId} me={me} />}
    </InstrumentsFrame>
  );
}

function Bank({ orgId, me }: { orgId: string; me: Me }) {
  const { t } = useI18n();
  const [card, setCard] = useState<{ code: string; level: number }>(DEMO_CARD);
  const [tick, setTick] = useState(0);
  const coverage = useCoverage(orgId, { card: card.code, level: card.level }, tick);
  const refresh = () => setTick((n) => n + 1);
  const rows = coverage.data?.rows ?? [];
  const manage = canManageInstruments(me, orgId);
  return (
    <>
      <CardPicker
        code={card.code}
        level={card.level}
        onPick={(code, level) => setCard({ code, level })}
        idPrefix="bank-card"
      />
      {coverage.error && <FormError error={coverage.error} />}
      {!coverage.data && !coverage.error && <Loading />}
      {coverage.data && (
        <>
          <p data-testid="bank-coverage">
            {coverage.data.uncovered.length === 0
              ? t('ins.cov.allCovered', { total: rows.length })
              : t('ins.cov.summary', { uncovered: coverage.data.uncovered.length, total: rows.length })}
          </p>
          <details className="ins-bank-coverage">
            <summary>{t('ins.cov.title')}</summary>
            <CoverageMap coverage={coverage.data} />
          </details>
          <Items
            orgId={orgId}
            card={card}
            knowledge={rows.filter((r) => r.kind === 'knowledge')}
            author={me.user.displayName}
            canManage={manage}
            onChange={refresh}
            tick={tick}
          />
          <Tasks
            orgId={orgId}
            card={card}
            skills={rows.filter((r) => r.kind === 'skill')}
            author={me.user.displayName}
            canManage={manage}
            onChange={refresh}
            tick={tick}
          />
          <InterchangePanel orgId={orgId} card={card} onImported={refresh} canImport={manage} />
        </>
      )}
    </>
  );
}

type Section = {
  orgId: string;
  card: { code: string; level: number };
  author: string;
  onChange: () => void;
  tick: number;
  canManage: boolean;
};

function Items({
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
          <Pager
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

function Tasks({
  orgId,
  card,
  skills,
  author,
  onChange,
  tick,
  canManage,
}: Section & { skills: Parameters<typeof TaskEditor>[0]['skills'] }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState<PracticalTask | 'new' | null>(null);
  const [offset, setOffset] = useState(0);
  const list = usePrivate(`${orgId}|${card.code}/${card.level}|tasks|${offset}|${tick}`, () =>
    call(
      api.GET('/v1/orgs/{orgId}/practical-tasks', {
        params: { path: { orgId }, query: { card: card.code, level: card.level, limit: PAGE, offset } },
      }),
    ),
  );
  const move = async (task: PracticalTask, to: ReviewStatus) => {
    await call(
      api.POST('/v1/orgs/{orgId}/practical-tasks/{taskId}/status', {
        params: { path: { orgId, taskId: task.id } },
        body: { version: task.version, status: to },
      }),
    );
    onChange();
  };
  const data = list.data;
  return (
    <section aria-labelledby="tasks-title">
      <h2 id="tasks-title">{t('ins.tasks.title')}</h2>
      {editing ? (
        <TaskEditor
          key={editing === 'new' ? 'new' : editing.id}
          orgId={orgId}
          card={card}
          skills={skills}
          task={editing === 'new' ? null : editing}
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
            {t('ins.task.new')}
          </button>
        </p>
      ) : null}
      {list.error && <FormError error={list.error} />}
      {!data && !list.error && <Loading />}
      {data && data.total === 0 && <p className="notice">{t('ins.tasks.empty')}</p>}
      {data && data.total > 0 && (
        <>
          <ul className="ins-card-list" data-testid="tasks-list">
            {data.tasks.map((task) => (
              <li key={task.id} data-task-id={task.id}>
                <strong>{task.content.title}</strong> <StatusBadge status={task.status} />
                {task.demo && <span className="muted small"> · {t('ins.demo')}</span>}
                <div className="muted small">
                  {task.content.skillIds.map((s) => (
                    <code key={s}>{s} </code>
                  ))}
                </div>
                <ol>
                  {task.content.criteria.map((c) => (
                    <li key={c.id}>
                      {c.text}
                      {c.critical && <strong> ({t('ins.task.critical')})</strong>}
                    </li>
                  ))}
                </ol>
                {canManage && task.status === 'draft' && (
                  <button
                    type="button"
                    className="secondary"
                    aria-label={`${t('ins.edit')}: ${task.content.title}`}
                    onClick={() => setEditing(task)}
                  >
                    {t('ins.edit')}
                  </button>
                )}{' '}
                {canManage && (
                  <StatusButtons status={task.status} name={task.content.title} onMove={(to) => move(task, to)} />
                )}
              </li>
            ))}
          </ul>
          <Pager
            offset={offset}
            shown={data.tasks.length}
            total={data.total}
            onOffset={setOffset}
            label={t('ins.tasks.title')}
          />
        </>
      )}
    </section>
  );
}

function Pager({
  offset,
  shown,
  total,
  onOffset,
  label,
}: {
  offset: number;
  shown: number;
  total: number;
  onOffset: (offset: number) => void;
  label: string;
}) {
  const { t } = useI18n();
  if (total <= PAGE) return null;
  return (
    <nav className="hr-pager hr-noprint" aria-label={label}>
      <button
        type="button"
        className="secondary"
        disabled={offset === 0}
        onClick={() => onOffset(Math.max(0, offset - PAGE))}
      >
        {t('hr.prev')}
      </button>
      <span>{t('hr.pageOf', { from: offset + 1, to: offset + shown, total })}</span>
      <button
        type="button"
        className="secondary"
        disabled={offset + PAGE >= total}
        onClick={() => onOffset(offset + PAGE)}
      >
        {t('hr.next')}
      </button>
    </nav>
  );
}
