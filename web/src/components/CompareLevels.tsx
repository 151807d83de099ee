/**
 * What a card adds to, and shares with, another level of the same profession: the skills and
 * knowledge of both cards, matched by their normalised Kazakh text.
 */
import { useId, useState } from 'react';
import { apiUrl, useApi } from '../api/client';
import type { Card, CardDetail, NumberedText } from '../api/types';
import { normalizeText } from '../format';
import { useI18n } from '../i18n';
import { Link } from '../router';
import { ErrorBox, Loading } from './Status';
import { Text } from './Text';
import { TranslatedSection } from './TranslatedSection';

type Lists = { skills: NumberedText[]; knowledge: NumberedText[] };

export function cardItems(card: Card): Lists {
  const lists: Lists = { skills: [], knowledge: [] };
  for (const fn of card.labourFunctions) {
    for (const task of fn.tasks) {
      lists.skills.push(...task.skills);
      lists.knowledge.push(...task.knowledge);
    }
    lists.skills.push(...(fn.skills ?? []));
    lists.knowledge.push(...(fn.knowledge ?? []));
  }
  return lists;
}

export type Comparison = { added: NumberedText[]; missing: NumberedText[]; same: NumberedText[] };

export function compareItems(mine: NumberedText[], theirs: NumberedText[]): Comparison {
  const theirKeys = new Set(theirs.map((i) => normalizeText(i.kk)));
  const myKeys = new Set(mine.map((i) => normalizeText(i.kk)));
  return {
    added: mine.filter((i) => !theirKeys.has(normalizeText(i.kk))),
    same: mine.filter((i) => theirKeys.has(normalizeText(i.kk))),
    missing: theirs.filter((i) => !myKeys.has(normalizeText(i.kk))),
  };
}

export function CompareLevels({ detail }: { detail: CardDetail }) {
  const { t } = useI18n();
  const level = detail.card.level.value;
  const others = [...detail.otherLevels].sort((a, b) => a.level - b.level);
  // The level below is the natural comparison ("what does this level add?"); else the one above.
  const below = [...others].reverse().find((o) => o.level < level);
  const [chosen, setChosen] = useState<number | undefined>((below ?? others[0])?.level);
  const selectId = useId();

  if (others.length === 0) return <p className="muted">{t('card.noOtherLevels')}</p>;
  const other = others.find((o) => o.level === chosen) ?? others[0];
  return (
    <div className="compare">
      <p className="muted">{t('card.compareLead')}</p>
      <p className="field inline-field">
        <label htmlFor={selectId}>{t('card.compareWith')}</label>
        <select id={selectId} value={other?.level} onChange={(e) => setChosen(Number(e.target.value))}>
          {others.map((o) => (
            <option key={o.level} value={o.level} lang={o.name.lang}>
              {t('common.level', { n: o.level })} — {o.name.text}
            </option>
          ))}
        </select>
      </p>
      {other && <Comparison detail={detail} code={other.code} otherLevel={other.level} />}
    </div>
  );
}

function Comparison({ detail, code, otherLevel }: { detail: CardDetail; code: string; otherLevel: number }) {
  const { t, lang } = useI18n();
  const theirs = useApi<CardDetail>(apiUrl(`/cards/${code}/${otherLevel}`, { lang }));
  if (theirs.loading) return <Loading />;
  if (theirs.error) return <ErrorBox error={theirs.error} onRetry={theirs.retry} />;
  if (!theirs.data) return null;
  const mine = cardItems(detail.card);
  const other = cardItems(theirs.data.card);
  const otherHref = (id: string) => `/cards/${code}/${otherLevel}#item-${id}`;
  const shown = [...mine.skills, ...mine.knowledge, ...other.skills, ...other.knowledge].map((i) => i.display);
  return (
    <div className="compare-results" data-testid="compare-results">
      <TranslatedSection texts={shown}>
        {(['skills', 'knowledge'] as const).map((kind) => {
          const result = compareItems(mine[kind], other[kind]);
          return (
            <div key={kind} className="compare-kind">
              <h3>{t(kind === 'skills' ? 'card.skills' : 'card.knowledge')}</h3>
              <h4>{t('card.compareAdded', { level: otherLevel, n: result.added.length })}</h4>
              <CompareList items={result.added} href={(id) => `#item-${id}`} />
              <h4>{t('card.compareMissing', { level: otherLevel, n: result.missing.length })}</h4>
              <CompareList items={result.missing} href={otherHref} />
              <details>
                <summary>{t('card.compareSame', { n: result.same.length })}</summary>
                <CompareList items={result.same} href={(id) => `#item-${id}`} />
              </details>
            </div>
          );
        })}
      </TranslatedSection>
    </div>
  );
}

function CompareList({ items, href }: { items: NumberedText[]; href: (id: string) => string }) {
  const { t } = useI18n();
  if (items.length === 0) return <p className="muted">{t('card.compareNothing')}</p>;
  return (
    <ul className="compare-list">
      {items.map((item) => {
        const to = href(item.id);
        return (
          <li key={item.id}>
            {to.startsWith('#') ? (
              <a href={to}>
                <Text d={item.display} kk={item.kk} />
              </a>
            ) : (
              <Link href={to}>
                <Text d={item.display} kk={item.kk} />
              </Link>
            )}
          </li>
        );
      })}
    </ul>
  );
}
