import type { ReactNode } from 'react';
import { LANG_NAMES, LANGS, useI18n } from '../i18n';
import { Link } from '../router';

export function Layout({ children }: { children: ReactNode }) {
  const { t, lang, setLang } = useI18n();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="site-header">
        <Link href="/" className="brand" aria-label={t('nav.home')}>
          <span className="brand-mark" aria-hidden="true">
            K
          </span>
          <span>
            <span className="brand-name">{t('app.name')}</span>
            <span className="brand-tagline">{t('app.tagline')}</span>
          </span>
        </Link>
        <nav aria-label="main" className="site-nav">
          <Link href="/">{t('nav.home')}</Link>
          <a href="/api/docs">{t('nav.api')}</a>
        </nav>
        <label className="lang-switch">
          <span>{t('lang.label')}</span>
          <select
            value={lang}
            onChange={(e) => setLang(e.target.value as (typeof LANGS)[number])}
            data-testid="lang-switch"
          >
            {LANGS.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANG_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('footer.unofficial')}</p>
      </footer>
    </>
  );
}
