import { useI18n } from '../i18n';

export function HomePage() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">{t('home.title')}</h1>
      <p className="lead">{t('home.lead')}</p>
      <p>{t('home.comingSoon')}</p>
      <p>
        <a href="/api/docs">{t('home.apiLink')}</a>
      </p>
    </section>
  );
}
