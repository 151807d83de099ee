/**
 * An edition diff shown by kind: the summary in plain language, a jump list, then the changes —
 * reworded ones with the word-level diff (inserted and deleted words marked by more than colour),
 * added and removed ones with their text, moved ones from → to. The changes page shows two
 * editions with it; the draft page's changes tab shows a draft against its base (`draftId`: the
 * new side's places open the item in the draft instead of a card or the official text).
 */
import type { ReactNode } from 'react';
import type { ChangeKind, DiffLocation, EditionChange, EditionDiff, EditionListEntry } from '../../api/types';
import { type Translate, useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n/kk';
import { Link } from '../../router';
import { WordDiff } from '../WordDiff';

const KIND_ORDER: ChangeKind[] = [
  'added',
  'removed',
  'reworded',
  'moved',
  'levelChanged',
  'codeChanged',
  'requirementChanged',
  'renumbered',
  'attributesChanged',
  'metadataChanged',
];

const ITEM_KINDS = new Set([
  'edition',
  'card',
  'profession',
  'term',
  'labourFunction',
  'task',
  'skill',
  'knowledge',
  'qualificationRule',
  'qualificationGroup',
  'otherName',
  'link',
  'qualificationLink',
]);

export function DiffView({
  diff,
  editions,
  draftId,
}: {
  diff: EditionDiff;
  editions: EditionListEntry[];
  /** Set when the new side is a draft: its places link to the item in the draft. */
  draftId?: string;
}) {
  const { t, lang } = useI18n();
  const [headline, ...rest] = diff.summary[lang];
  const current = editions.find((e) => e.current)?.id;
  const byKind = KIND_ORDER.map((kind) => ({ kind, changes: diff.changes.filter((c) => c.kind === kind) })).filter(
    (g) => g.changes.length > 0,
  );
  return (
    <div className="diff" data-testid="diff">
      <section aria-labelledby="diff-summary" className="diff-summary" data-testid="diff-summary">
        <h2 id="diff-summary">{t('changes.summary')}</h2>
        {headline && <p lang={lang}>{headline}</p>}
        {rest.length > 0 && (
          <ul lang={lang}>
            {rest.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )}
        {diff.changes.length === 0 && <p>{t('changes.nothing')}</p>}
        {byKind.length > 0 && (
          <nav aria-label={t('changes.jump')}>
            <ul className="inline-list kind-jump">
              {byKind.map((g) => (
                <li key={g.kind}>
                  <a href={`#ch-${g.kind}`}>
                    {t(`changes.kind.${g.kind}`)} ({g.changes.length})
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </section>
      {byKind.some((g) => g.changes.some((c) => c.words)) && (
        <p className="diff-legend muted small">
          {t('changes.legend')} <ins>{t('changes.legendIns')}</ins> · <del>{t('changes.legendDel')}</del>
        </p>
      )}
      {byKind.map((g) => (
        <section
          key={g.kind}
          id={`ch-${g.kind}`}
          aria-labelledby={`ch-${g.kind}-title`}
          className="change-group"
          tabIndex={-1}
        >
          <h2 id={`ch-${g.kind}-title`}>
            {t(`changes.kind.${g.kind}`)} <span className="count">({g.changes.length})</span>
          </h2>
          <ul className="changes">
            {g.changes.map((c) => (
              <ChangeView
                key={`${c.kind}|${c.from?.id ?? ''}|${c.to?.id ?? ''}|${c.field ?? ''}|${c.message.en}`}
                change={c}
                diff={diff}
                current={current}
                draftId={draftId}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function itemKindLabel(kind: string, t: Translate): string {
  return ITEM_KINDS.has(kind) ? t(`changes.item.${kind}` as MessageKey) : kind;
}

function value(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (Array.isArray(v)) {
    return v
      .map((x) =>
        x && typeof x === 'object' && 'code' in x && 'level' in x
          ? `${(x as { code: string }).code}/${(x as { level: number }).level}`
          : typeof x === 'object'
            ? JSON.stringify(x)
            : String(x),
      )
      .join(', ');
  }
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

function Where({
  loc,
  edition,
  current,
  draftId,
}: {
  loc: NonNullable<DiffLocation>;
  edition: string;
  current?: string | undefined;
  /** The place is in this draft: it links to the item on the draft's items tab. */
  draftId?: string | undefined;
}) {
  const { t } = useI18n();
  const parts: ReactNode[] = [];
  if (loc.card) {
    const label = `${loc.card.code}, ${t('common.level', { n: loc.card.level })}`;
    if (draftId) {
      parts.push(
        <Link key="card" href={`/workbench/drafts/${draftId}?item=${encodeURIComponent(loc.id)}`}>
          {label}
        </Link>,
      );
    } else if (edition === current) {
      parts.push(
        <Link
          key="card"
          href={`/cards/${loc.card.code}/${loc.card.level}${loc.kind === 'card' ? '' : `#item-${loc.id}`}`}
        >
          {label}
        </Link>,
      );
    } else parts.push(<span key="card">{label}</span>);
  }
  if (loc.path) parts.push(<code key="path">{loc.path}</code>);
  // A draft has no official text of its own to open yet.
  if (loc.lines && !draftId) {
    const [a, b] = loc.lines;
    const lines = a === b ? t('common.sourceLine', { from: a }) : t('common.sourceLines', { from: a, to: b });
    parts.push(
      <Link key="lines" className="source-link" href={`/source?edition=${edition}#L${a}${a === b ? '' : `-L${b}`}`}>
        {lines}
      </Link>,
    );
  }
  return (
    <span className="where">
      <span className="edition-id">{draftId ? t('wbr.changes.draftSide') : edition}</span>
      {parts.map((p, i) => (
        <span key={String(i)}>
          {' · '}
          {p}
        </span>
      ))}
    </span>
  );
}

function ChangeView({
  change,
  diff,
  current,
  draftId,
}: {
  change: EditionChange;
  diff: EditionDiff;
  current?: string | undefined;
  draftId?: string | undefined;
}) {
  const { t, lang } = useI18n();
  const { from, to } = change;
  const showFields = change.fields && change.fields.length > 0 && change.kind !== 'moved';
  return (
    <li
      className={`change change-${change.kind}`}
      data-testid="change"
      data-kind={change.kind}
      data-item-kind={change.itemKind}
      data-item={change.to?.id ?? change.from?.id ?? ''}
    >
      <p className="change-head">
        <span className="kind-label">{itemKindLabel(change.itemKind, t)}</span>{' '}
        <span lang={lang}>{change.message[lang]}</span>
      </p>
      {change.words && change.words.length > 0 && <WordDiff words={change.words} />}
      {change.kind === 'added' && to?.text && <blockquote lang="kk">{to.text}</blockquote>}
      {change.kind === 'removed' && from?.text && <blockquote lang="kk">{from.text}</blockquote>}
      {showFields && (
        <dl className="field-changes">
          {change.fields?.map((f) => (
            <div key={f.field}>
              <dt>
                <code>{f.field}</code>
              </dt>
              <dd>
                <span className="old-value">{value(f.from)}</span> <span aria-hidden="true">→</span>
                <span className="visually-hidden">{t('career.toWord')}</span>{' '}
                <span className="new-value">{value(f.to)}</span>
              </dd>
            </div>
          ))}
        </dl>
      )}
      {change.kind === 'moved' && change.movedTo && (
        <p className="muted small">{t(`changes.movedTo.${change.movedTo}`)}</p>
      )}
      <dl className="change-where">
        {from && (
          <div>
            <dt>{change.kind === 'moved' ? t('changes.movedFrom') : t('changes.was')}</dt>
            <dd>
              <Where loc={from} edition={diff.from.id} current={current} />
            </dd>
          </div>
        )}
        {to && (
          <div>
            <dt>{change.kind === 'moved' ? t('changes.movedToLabel') : t('changes.now')}</dt>
            <dd>
              <Where loc={to} edition={diff.to.id} current={current} draftId={draftId} />
            </dd>
          </div>
        )}
      </dl>
    </li>
  );
}
