/**
 * The changes page while there is nothing to compare: which edition there is (its title, order
 * number and date, status), what a comparison will show once the next edition is published, and
 * where to look at this one meanwhile. Spoken to a reader, not to whoever runs the server.
 */
import type { EditionListEntry } from '../../api/types';
import { formatDate } from '../../format';
import { useI18n } from '../../i18n';
import { Link } from '../../router';

export function NoEdition() {
  const { t } = useI18n();
  return (
    <p className="notice" role="status" data-testid="no-edition">
      {t('changes.none')}
    </p>
  );
}

export function OneEdition({ edition }: { edition: EditionListEntry }) {
  const { t, lang } = useI18n();
  const title = edition.title[lang] ?? edition.title.kk;
  const order = t('changes.order', {
    number: edition.order.number,
    date: formatDate(edition.order.date ?? edition.orderDate, lang),
  });
  const status =
    edition.status === 'in-force' || edition.status === 'superseded' || edition.status === 'draft'
      ? t(`changes.status.${edition.status}`)
      : edition.status;
  return (
    <section aria-labelledby="one-edition-title" className="notice one-edition" data-testid="one-edition">
      <h2 id="one-edition-title">{t('changes.oneEdition.title')}</h2>
      <p>{t('changes.oneEdition.current', { title, order, status })}</p>
      <p>{t('changes.oneEdition.next')}</p>
      <ul>
        <li>{t('changes.oneEdition.reworded')}</li>
        <li>{t('changes.oneEdition.added')}</li>
        <li>{t('changes.oneEdition.removed')}</li>
        <li>{t('changes.oneEdition.other')}</li>
      </ul>
      <p>
        {t('changes.oneEdition.meanwhile')} <Link href="/cards">{t('changes.oneEdition.cards')}</Link>
        {' · '}
        <Link href={`/source?edition=${edition.id}`}>{t('changes.oneEdition.source')}</Link>
      </p>
    </section>
  );
}
