import { type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { LANG_NAMES, LANGS, useI18n } from '../i18n';
import { Link, useLocation } from '../router';
import { AccountMenu } from './account/AccountMenu';

const NAV = [
  { href: '/', key: 'nav.home' },
  { href: '/cards', key: 'nav.cards' },
  { href: '/search', key: 'nav.search' },
  { href: '/levels', key: 'nav.levels' },
  { href: '/terms', key: 'nav.terms' },
  { href: '/source', key: 'nav.source' },
  { href: '/latin', key: 'nav.latin' },
] as const;

/** The tools: a second group of the menu. */
const TOOLS = [
  { href: '/category', key: 'nav.category' },
  { href: '/career', key: 'nav.career' },
  { href: '/self-assessment', key: 'nav.selfAssessment' },
  { href: '/quality', key: 'nav.quality' },
  { href: '/changes', key: 'nav.changes' },
] as const;

function isCurrent(href: string, pathname: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}

export function Layout({ children }: { children: ReactNode }) {
  const { t, lang, setLang } = useI18n();
  const { pathname, search } = useLocation();
  const main = useRef<HTMLElement>(null);
  const menuButton = useRef<HTMLButtonElement>(null);
  const firstPath = useRef(pathname);
  // On narrow screens the menu folds behind a button; it closes when a page is chosen.
  const [menuOpen, setMenuOpen] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new path is the trigger
  useEffect(() => setMenuOpen(false), [pathname]);
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && menuOpen) {
      setMenuOpen(false);
      menuButton.current?.focus();
    }
  };

  // After a client-side navigation, move the keyboard focus to the new page (as a page load would),
  // unless the link pointed at an anchor, which its page focuses.
  useEffect(() => {
    if (pathname === firstPath.current) return;
    firstPath.current = '';
    if (!window.location.hash) main.current?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="site-header">
        <div className="header-row">
          <Link href="/" className="brand">
            <span className="brand-mark" aria-hidden="true">
              K
            </span>
            <span>
              <span className="brand-name">{t('app.name')}</span>
              <span className="brand-tagline">{t('app.tagline')}</span>
            </span>
          </Link>
          <AccountMenu pathname={pathname} search={search} />
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
          <button
            type="button"
            ref={menuButton}
            className="menu-button secondary"
            aria-expanded={menuOpen}
            aria-controls="site-nav"
            onClick={() => setMenuOpen((open) => !open)}
          >
            <span className="menu-icon" aria-hidden="true" /> {t('nav.menu')}
          </button>
        </div>
        <nav
          id="site-nav"
          aria-label={t('nav.label')}
          className={`site-nav${menuOpen ? ' open' : ''}`}
          onKeyDown={closeOnEscape}
        >
          <ul className="nav-main">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} aria-current={isCurrent(item.href, pathname) ? 'page' : undefined}>
                  {t(item.key)}
                </Link>
              </li>
            ))}
            <li>
              <a href="/api/docs">{t('nav.api')}</a>
            </li>
          </ul>
          <ul className="nav-tools" aria-label={t('nav.tools')}>
            <li className="nav-group-label" aria-hidden="true">
              {t('nav.tools')}
            </li>
            {TOOLS.map((item) => (
              <li key={item.href}>
                <Link href={item.href} aria-current={isCurrent(item.href, pathname) ? 'page' : undefined}>
                  {t(item.key)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} ref={main}>
        {children}
      </main>
      <footer className="site-footer">
        <p>
          {t('footer.official')} {t('footer.unofficial')}
        </p>
      </footer>
    </>
  );
}
