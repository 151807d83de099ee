/**
 * One search result: its text in the page's language with the query's words marked, the official
 * Kazakh text under a translation when the match is in the Kazakh (or the reader asked for the
 * originals), where it is printed (its card and level, or every card of a repeated text), and its id.
 * Inside a TranslatedSection the "unofficial translation" mark is said once for the section.
 */
import type { Display, SearchHit as Hit } from '../../api/types';
import { safeHighlight } from '../../format';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { isUntranslated } from '../../translation-state';
import { ItemId } from '../ItemId';
import { useSectionLanguage } from '../section-language';
import { NoTranslation, Text, Unofficial } from '../Text';
import './search.css';

type Place = { id: string; card: Hit['card'] };

/** Where a hit opens: its card at the item, a profession's cards, a term in the list. */
export function hitHref(hit: Place & { type: Hit['type'] }): string {
  if (hit.type === 'card' && hit.card) return `/cards/${hit.card.code}/${hit.card.level}`;
  if (hit.card) return `/cards/${hit.card.code}/${hit.card.level}#item-${hit.id}`;
  if (hit.type === 'profession') return `/cards?profession=${encodeURIComponent(hit.id)}`;
  if (hit.type === 'term') return `/terms#${hit.id}`;
  return '/cards';
}

/** Server HTML (escaped, only <mark> added; safeHighlight checks that), or the plain text. */
function Marked({ html, text }: { html: string; text: string }) {
  const safe = safeHighlight(html);
  if (safe === null) return <>{text}</>;
  // biome-ignore lint/security/noDangerouslySetInnerHtml: escaped by the server, checked above
  return <span dangerouslySetInnerHTML={{ __html: safe }} />;
}

const hasMark = (html: string) => html.includes('<mark>');

export function SearchHit({ hit, cardNames }: { hit: Hit; cardNames: ReadonlyMap<string, Display> }) {
  const { t, lang } = useI18n();
  const section = useSectionLanguage();
  const translated = !hit.name.official;
  // The query's words may be marked only in the Kazakh text (a Kazakh query in a Russian page):
  // then the Kazakh is shown under the translation, so the reader sees why it was found.
  const showKazakh = translated && (section.showOriginal || (hasMark(hit.highlight) && !hasMark(hit.nameHighlight)));
  const copies: Place[] = hit.alsoIn.length > 0 ? [{ id: hit.id, card: hit.card }, ...hit.alsoIn] : [];
  return (
    <li className="hit" data-hit-type={hit.type} data-hit-id={hit.id}>
      <Link href={hitHref(hit)} className="hit-link" lang={hit.name.lang}>
        <Marked html={hit.nameHighlight} text={hit.name.text} />
      </Link>
      {translated && !section.marked && (
        <>
          {' '}
          <Unofficial />
        </>
      )}
      {isUntranslated(hit.name, lang) && !section.marked && (
        <>
          {' '}
          <NoTranslation />
        </>
      )}
      {showKazakh && (
        <p className="hit-meta hit-official" lang="kk">
          <span className="visually-hidden">{t('lang.original')}: </span>
          <Marked html={hit.highlight} text={hit.text} />
        </p>
      )}
      {copies.length > 0 ? (
        <Copies type={hit.type} copies={copies} cardNames={cardNames} />
      ) : (
        hit.type !== 'profession' && (
          <p className="hit-meta">
            {hit.card && hit.type !== 'card' && <CardPlace card={hit.card} cardNames={cardNames} />}
            {hit.card && hit.type === 'card' && <span>{t('common.sqfLevel', { n: hit.card.level })}</span>}
            <ItemId id={hit.id} />
          </p>
        )
      )}
    </li>
  );
}

function CardPlace({ card, cardNames }: { card: NonNullable<Hit['card']>; cardNames: ReadonlyMap<string, Display> }) {
  const { t } = useI18n();
  const name = cardNames.get(`${card.code}/${card.level}`);
  return (
    <span>
      {name && (
        <>
          <Text d={name} />
          {' · '}
        </>
      )}
      {t('search.inCard', { code: card.code, level: card.level })}
    </span>
  );
}

/** "In 6 cards:" then each card once by name, its levels as links to the item in that card. */
function Copies({
  type,
  copies,
  cardNames,
}: {
  type: Hit['type'];
  copies: Place[];
  cardNames: ReadonlyMap<string, Display>;
}) {
  const { t } = useI18n();
  const byCode = new Map<string, Place[]>();
  for (const copy of copies) {
    const code = copy.card?.code ?? '';
    byCode.set(code, [...(byCode.get(code) ?? []), copy]);
  }
  return (
    <div className="hit-meta hit-copies" data-testid="hit-copies">
      <span>{t('search.inCards', { n: copies.length })}</span>
      <ul>
        {[...byCode].map(([code, places]) => {
          const first = places[0]?.card;
          const name = first ? cardNames.get(`${first.code}/${first.level}`) : undefined;
          return (
            <li key={code}>
              {name ? <Text d={name} /> : <span>{code}</span>}
              {': '}
              {places.map((place, k) => (
                <span key={place.id}>
                  {k > 0 && ', '}
                  <Link
                    href={hitHref({ ...place, type })}
                    title={place.id}
                    aria-label={
                      place.card ? t('search.inCard', { code: place.card.code, level: place.card.level }) : place.id
                    }
                  >
                    {t('search.copyLevel', { level: place.card?.level ?? 0 })}
                  </Link>
                </span>
              ))}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
