/**
 * /career?from=CODE/LEVEL&to=CODE/LEVEL — the paths from one's card to a target card through the
 * career graph, and for each step what changes (labour functions, tasks, skills and knowledge:
 * added, removed, reworded with their similarity) and what the next card requires. When no path
 * leads there: why, the cards within reach, the ways into the target and what is missing.
 */
import { type FormEvent, useEffect, useState } from 'react';
import { apiUrl, useApi } from '../api/client';
import type {
  CardRef,
  CardSummary,
  CareerDeltaSection,
  CareerItem,
  CareerPaths,
  CareerRequirements,
  CareerStep,
  DeltaKind,
} from '../api/types';
import { CardSelect, cardKey, parseCardKey, useAllCards } from '../components/CardPicker';
import { FieldError } from '../components/PersonFields';
import { SourceLink } from '../components/SourceLink';
import { ErrorBox, Loading } from '../components/Status';
import { Text } from '../components/Text';
import { useTitle } from '../components/useTitle';
import { WordDiff } from '../components/WordDiff';
import { diffWords, formatYears } from '../format';
import { useI18n } from '../i18n';
import { Link, navigate, useLocation } from '../router';

const SECTIONS: DeltaKind[] = ['labourFunctions', 'tasks', 'skills', 'knowledge'];

type Names = Map<string, CardSummary>;

export default function CareerPage() {
  const { t, lang } = useI18n();
  useTitle(t('career.title'));
  const { search } = useLocation();
  const params = new URLSearchParams(search);
  const from = parseCardKey(params.get('from'));
  const to = parseCardKey(params.get('to'));
  const all = useAllCards();
  const [draft, setDraft] = useState({ from: from ? cardKey(from) : '', to: to ? cardKey(to) : '' });
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});
  const fromKey = from ? cardKey(from) : '';
  const toKey = to ? cardKey(to) : '';
  useEffect(() => setDraft({ from: fromKey, to: toKey }), [fromKey, toKey]);

  const paths = useApi<CareerPaths>(from && to ? apiUrl('/career/paths', { from: fromKey, to: toKey, lang }) : null);
  const names: Names = new Map((all.cards ?? []).map((c) => [cardKey(c), c]));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = {
      ...(draft.from ? {} : { from: t('form.error.card') }),
      ...(draft.to ? {} : { to: t('form.error.card') }),
    };
    setErrors(found);
    if (found.from || found.to) {
      requestAnimationFrame(() => document.getElementById(found.from ? 'career-from' : 'career-to')?.focus());
      return;
    }
    navigate(`/career?from=${draft.from}&to=${draft.to}`);
  };
  const swap = () => setDraft({ from: draft.to, to: draft.from });

  return (
    <section aria-labelledby="career-title" className="tool-page">
      <h1 id="career-title">{t('career.title')}</h1>
      <p className="lead">{t('career.lead')}</p>
      {all.error && <ErrorBox error={all.error} onRetry={all.retry} />}
      {!all.cards && !all.error && <Loading />}
      {all.cards && (
        <form className="tool-form career-form" onSubmit={submit} noValidate aria-label={t('career.formLabel')}>
          <div className="form-row">
            <div className="field field-wide">
              <label htmlFor="career-from">{t('career.from')}</label>
              <CardSelect
                id="career-from"
                cards={all.cards}
                value={draft.from}
                onChange={(v) => setDraft({ ...draft, from: v })}
                placeholder={t('form.chooseCard')}
                invalid={!!errors.from}
                describedBy={errors.from ? 'career-from-error' : undefined}
              />
              <FieldError id="career-from-error" path="card" message={errors.from} />
            </div>
            <div className="field field-wide">
              <label htmlFor="career-to">{t('career.to')}</label>
              <CardSelect
                id="career-to"
                cards={all.cards}
                value={draft.to}
                onChange={(v) => setDraft({ ...draft, to: v })}
                placeholder={t('form.chooseCard')}
                invalid={!!errors.to}
                describedBy={errors.to ? 'career-to-error' : undefined}
              />
              <FieldError id="career-to-error" path="card" message={errors.to} />
            </div>
          </div>
          <p className="form-actions">
            <button type="submit">{t('career.submit')}</button>
            <button type="button" className="secondary" onClick={swap}>
              ⇅ {t('career.swap')}
            </button>
          </p>
        </form>
      )}
      {paths.loading && <Loading />}
      {paths.error && <ErrorBox error={paths.error} onRetry={paths.retry} />}
      {paths.data && from && to && <PathsView data={paths.data} names={names} from={from} to={to} />}
    </section>
  );
}

function CardName({ card, names }: { card: CardRef; names: Names }) {
  const { t } = useI18n();
  const summary = names.get(cardKey(card));
  return (
    <>
      {summary ? <Text d={summary.name.display} /> : <span className="code">{card.code}</span>}{' '}
      <span className="card-ref">
        ({card.code}, {t('common.level', { n: card.level })})
      </span>
    </>
  );
}

function PathsView({ data, names, from, to }: { data: CareerPaths; names: Names; from: CardRef; to: CardRef }) {
  const { t } = useI18n();
  if (data.paths.length === 0) {
    return (
      <>
        <div className="notice" role="status">
          <p>{t('career.noPath')}</p>
          <p>
            <Link href="/levels">{t('career.seeGraph')}</Link>
          </p>
        </div>
        {data.deadEnd && <DeadEndView deadEnd={data.deadEnd} names={names} from={from} to={to} />}
      </>
    );
  }
  return (
    <div className="career-paths" data-testid="career-paths">
      <p className="result-count" role="status">
        {t('career.found', { n: data.paths.length })}
      </p>
      {data.paths.map((path, i) => (
        <section
          key={path.steps.map((s) => cardKey(s.to)).join('>') || i}
          className="career-path"
          aria-labelledby={`path-${i}`}
        >
          <h2 id={`path-${i}`}>
            {data.paths.length > 1 ? t('career.pathN', { n: i + 1 }) : t('career.path')}:{' '}
            {path.steps.length === 0 ? t('career.sameCard') : t('career.steps', { n: path.steps.length })}
          </h2>
          <ol className="path-line" aria-label={t('career.route')}>
            <li>
              <CardName card={from} names={names} />
            </li>
            {path.steps.map((step) => (
              <li key={cardKey(step.to)}>
                <CardName card={step.to} names={names} />
              </li>
            ))}
          </ol>
          {path.steps.map((step, s) => (
            <StepView key={`${cardKey(step.from)}>${cardKey(step.to)}`} step={step} index={s} names={names} />
          ))}
        </section>
      ))}
      <p className="see-also">
        <Link href={`/self-assessment?card=${cardKey(to)}`}>{t('career.assessTarget')}</Link>
        <Link href={`/category?card=${cardKey(to)}`}>{t('career.checkTarget')}</Link>
      </p>
    </div>
  );
}

function StepView({ step, index, names }: { step: CareerStep; index: number; names: Names }) {
  const { t } = useI18n();
  return (
    <article className="career-step" data-testid="career-step">
      <h3>
        <span className="tree-label">{t('career.stepN', { n: index + 1 })}</span>{' '}
        <Link href={`/cards/${step.from.code}/${step.from.level}`}>
          <CardName card={step.from} names={names} />
        </Link>{' '}
        <span aria-hidden="true">→</span>
        <span className="visually-hidden">{t('career.toWord')}</span>{' '}
        <Link href={`/cards/${step.to.code}/${step.to.level}`}>
          <CardName card={step.to} names={names} />
        </Link>
      </h3>
      <p className="muted small">{step.kind === 'stated' ? t('levels.edge.stated') : t('levels.edge.next-level')}</p>
      <h4>{t('career.delta')}</h4>
      <div className="table-scroll">
        <table className="delta-table" data-testid="delta-table">
          <thead>
            <tr>
              <th scope="col">{t('career.col.what')}</th>
              <th scope="col">{t('career.col.same')}</th>
              <th scope="col">{t('career.col.changed')}</th>
              <th scope="col">{t('career.col.added')}</th>
              <th scope="col">{t('career.col.removed')}</th>
            </tr>
          </thead>
          <tbody>
            {SECTIONS.map((kind) => {
              const c = step.delta[kind].counts;
              return (
                <tr key={kind}>
                  <th scope="row">{t(`career.kind.${kind}`)}</th>
                  <td data-label={t('career.col.same')}>{c.same}</td>
                  <td data-label={t('career.col.changed')}>{c.changed}</td>
                  <td data-label={t('career.col.added')} className={c.added ? 'num-added' : undefined}>
                    {c.added ? `+${c.added}` : 0}
                  </td>
                  <td data-label={t('career.col.removed')} className={c.removed ? 'num-removed' : undefined}>
                    {c.removed ? `−${c.removed}` : 0}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {SECTIONS.map((kind) => (
        <DeltaLists key={kind} kind={kind} section={step.delta[kind]} />
      ))}
      <Requirements requires={step.requires} card={step.to} />
    </article>
  );
}

function ItemText({ item }: { item: CareerItem }) {
  return <Text d={item.display} />;
}

/** Items only one of the two cards has, each with its sign. */
function SignedItems({
  title,
  className,
  sign,
  items,
}: {
  title: string;
  className: string;
  sign: string;
  items: CareerItem[];
}) {
  if (items.length === 0) return null;
  return (
    <>
      <h5>{title}</h5>
      <ul className={`delta-list ${className}`}>
        {items.map((item) => (
          <li key={item.id}>
            <span className="delta-sign" aria-hidden="true">
              {sign}
            </span>
            <ItemText item={item} />
          </li>
        ))}
      </ul>
    </>
  );
}

function DeltaLists({ kind, section }: { kind: DeltaKind; section: CareerDeltaSection }) {
  const { t } = useI18n();
  const { added, removed, changed } = section;
  if (added.length + removed.length + changed.length === 0) return null;
  return (
    <details className="delta-lists" data-testid={`delta-${kind}`}>
      <summary>
        {t(`career.kind.${kind}`)}:{' '}
        {t('career.deltaCounts', { added: added.length, removed: removed.length, changed: changed.length })}
      </summary>
      <SignedItems title={t('career.added', { n: added.length })} className="added" sign="+" items={added} />
      <SignedItems title={t('career.removed', { n: removed.length })} className="removed" sign="−" items={removed} />
      {changed.length > 0 && (
        <>
          <h5>{t('career.changed', { n: changed.length })}</h5>
          <p className="diff-legend muted small">
            {t('changes.legend')} <ins>{t('changes.legendIns')}</ins> · <del>{t('changes.legendDel')}</del>
          </p>
          <ul className="delta-list changed">
            {changed.map((pair) => {
              const sameLang = pair.from.display.lang === pair.to.display.lang;
              const before = sameLang ? pair.from.display.text : pair.from.kk;
              const after = sameLang ? pair.to.display.text : pair.to.kk;
              return (
                <li key={`${pair.from.id}>${pair.to.id}`}>
                  <span className="similarity">{t('career.similarity', { p: Math.round(pair.similarity * 100) })}</span>
                  <WordDiff words={diffWords(before, after)} lang={sameLang ? pair.to.display.lang : 'kk'} />
                </li>
              );
            })}
          </ul>
        </>
      )}
    </details>
  );
}

function Requirements({ requires, card }: { requires: CareerRequirements; card: CardRef }) {
  const { t, lang } = useI18n();
  const groupLabel = (g: string) =>
    g === 'high-level-specialist' || g === 'mid-level-specialist' || g === 'general' ? t(`group.${g}`) : g;
  return (
    <div className="requirements">
      <h4>{t('career.requires')}</h4>
      <dl className="facts">
        <dt>{t('card.educationLevel')}</dt>
        <dd>
          <Text d={requires.education.display} /> <SourceLink source={requires.education.source} compact />
          {requires.higherEducation && <span className="badge">{t('career.higherEducation')}</span>}
        </dd>
        {requires.minYears !== null && (
          <>
            <dt>{t('career.minYears')}</dt>
            <dd>{requires.minYears === 0 ? t('card.noExperience') : formatYears(requires.minYears, lang)}</dd>
          </>
        )}
      </dl>
      {requires.entry.length > 0 && (
        <>
          <h5>{t('career.entry')}</h5>
          <ul className="entry-rules">
            {requires.entry.map((rule) => (
              <li key={rule.id}>
                <strong>{groupLabel(rule.group)}</strong>
                {rule.category && <> · {t(`form.category.${rule.category}`)}</>}
                <br />
                <Text d={rule.display} />{' '}
                <span className="item-meta">
                  <SourceLink source={rule.source} compact />
                  <Link href={`/cards/${card.code}/${card.level}#item-${rule.id}`}>{t('check.ruleOnCard')}</Link>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="see-also small">
        <Link href={`/category?card=${cardKey(card)}`}>{t('career.checkStep')}</Link>
        <Link href={`/self-assessment?card=${cardKey(card)}`}>{t('career.assessStep')}</Link>
      </p>
    </div>
  );
}

type DeadEnd = NonNullable<CareerPaths['deadEnd']>;

/**
 * No path: why (no chain of links reaches the target; what the target asks that the start card
 * does not), the nearest cards within reach, the cards that lead into the target, and the skills
 * and knowledge the target adds.
 */
function DeadEndView({ deadEnd, names, from, to }: { deadEnd: DeadEnd; names: Names; from: CardRef; to: CardRef }) {
  const { t, lang } = useI18n();
  const blockerText = (b: DeadEnd['blockers'][number]) => {
    switch (b.kind) {
      case 'education-level':
        return t('career.blocker.level', { need: t(`education.${b.need}`), have: t(`education.${b.have}`) });
      case 'education-field':
        return t('career.blocker.field', {
          need: b.need.map((f) => t(`field.${f}` as 'field.social')).join(', '),
          have: b.have.map((f) => t(`field.${f}` as 'field.social')).join(', '),
        });
      case 'experience':
        return t('career.blocker.experience', { years: formatYears(b.years, lang) });
      default:
        return '';
    }
  };
  return (
    <div className="dead-end" data-testid="career-dead-end">
      <h2>{t('career.deadEnd.title')}</h2>
      <p>
        {deadEnd.reachableCount > 0
          ? t('career.deadEnd.notLinked', { n: deadEnd.reachableCount })
          : t('career.deadEnd.noneReachable')}
      </p>
      {deadEnd.entries.length > 0 ? (
        <>
          <p>{t('career.deadEnd.entries')}</p>
          <ul className="dead-end-entries">
            {deadEnd.entries.map((entry) => (
              <li key={cardKey(entry)}>
                <CardName card={entry} names={names} /> ·{' '}
                <Link href={`/career?from=${cardKey(entry)}&to=${cardKey(to)}`}>{t('career.deadEnd.pathFrom')}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('career.deadEnd.noEntries')}</p>
      )}
      <h3>{t('career.deadEnd.blockers')}</h3>
      {deadEnd.blockers.length > 0 ? (
        <ul className="dead-end-blockers" data-testid="dead-end-blockers">
          {deadEnd.blockers.map((b) => (
            <li key={b.kind}>{blockerText(b)}</li>
          ))}
        </ul>
      ) : (
        <p>{t('career.deadEnd.noBlockers')}</p>
      )}
      {deadEnd.reachable.length > 0 && (
        <>
          <h3>{t('career.deadEnd.nearest')}</h3>
          <ol className="dead-end-nearest" data-testid="dead-end-nearest">
            {deadEnd.reachable.map((r) => (
              <li key={cardKey(r.card)}>
                <Link href={`/cards/${r.card.code}/${r.card.level}`}>
                  <CardName card={r.card} names={names} />
                </Link>
                <br />
                <span className="muted small">
                  {t('career.steps', { n: r.steps })} ·{' '}
                  {t('career.deadEnd.overlap', { p: Math.round(r.overlap * 100) })}
                  {r.sameProfession && <> · {t('career.deadEnd.sameProfession')}</>}
                </span>{' '}
                <Link href={`/career?from=${cardKey(from)}&to=${cardKey(r.card)}`}>{t('career.deadEnd.pathTo')}</Link>
              </li>
            ))}
          </ol>
        </>
      )}
      <h3>{t('career.deadEnd.missing')}</h3>
      <Requirements requires={deadEnd.requires} card={to} />
      <SignedItems
        title={t('career.deadEnd.skills', { n: deadEnd.missingSkills.length })}
        className="added"
        sign="+"
        items={deadEnd.missingSkills}
      />
      <SignedItems
        title={t('career.deadEnd.knowledge', { n: deadEnd.missingKnowledge.length })}
        className="added"
        sign="+"
        items={deadEnd.missingKnowledge}
      />
    </div>
  );
}
