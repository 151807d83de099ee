/** /category?card=CODE/LEVEL — the category check for any card, the card chosen on the page. */
import { CardSelect, cardKey, parseCardKey, useAllCards } from '../components/CardPicker';
import { CategoryCheck } from '../components/CategoryCheck';
import { ErrorBox, Loading } from '../components/Status';
import { useTitle } from '../components/useTitle';
import { useI18n } from '../i18n';
import { Link, navigate, useLocation } from '../router';

export default function CategoryPage() {
  const { t } = useI18n();
  useTitle(t('check.title'));
  const { search } = useLocation();
  const card = parseCardKey(new URLSearchParams(search).get('card'));
  const all = useAllCards();
  const choose = (value: string) => navigate(value ? `/category?card=${value}` : '/category', { replace: true });

  return (
    <section aria-labelledby="category-title" className="tool-page category-check-page">
      <h1 id="category-title">{t('check.title')}</h1>
      <p className="lead">{t('check.lead')}</p>
      <p className="see-also">
        <Link href="/category/batch">{t('check.batchLink')}</Link>
      </p>
      {all.error && <ErrorBox error={all.error} onRetry={all.retry} />}
      {!all.cards && !all.error && <Loading />}
      {all.cards && (
        <CategoryCheck
          card={card}
          heading="h2"
          cardField={({ id, invalid, describedBy }) => (
            <CardSelect
              id={id}
              cards={all.cards ?? []}
              value={card ? cardKey(card) : ''}
              onChange={choose}
              placeholder={t('form.chooseCard')}
              invalid={invalid}
              describedBy={describedBy}
            />
          )}
        />
      )}
      {card && (
        <p className="see-also">
          <Link href={`/cards/${card.code}/${card.level}#qualification`}>{t('check.rulesOfCard')}</Link>
        </p>
      )}
    </section>
  );
}
