/**
 * The practical tasks of a card in the item bank: each with its skills and criteria, edit and
 * review actions, the editor for a new or draft task, and the pager.
 */
import { useState } from 'react';
import type { PracticalTask, ReviewStatus } from '../../../api/assessment-instruments';
import { api, call, usePrivate } from '../../../api/session';
import { useI18n } from '../../../i18n';
import { FormError } from '../../account/common';
import { Loading } from '../../Status';
import { BankPager, PAGE, type Section } from './BankPager';
import { StatusBadge } from './common';
import { StatusButtons } from './StatusButtons';
import { TaskEditor } from './TaskEditor';

export function TaskList({
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
          <BankPager
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
