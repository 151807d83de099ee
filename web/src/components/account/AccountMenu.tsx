/**
 * The header's account corner: "Sign in" for a visitor; for a signed-in person a button with
 * their name that opens a short list (my account, organisations, the audit trail for platform
 * admins, sign out). A disclosure, not an ARIA menu: Tab moves through it, Escape closes it.
 */
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { type Me, signOut, useMe } from '../../api/session';
import { useI18n } from '../../i18n';
import { Link, navigate } from '../../router';

export function AccountMenu({ pathname, search }: { pathname: string; search: string }) {
  const { t } = useI18n();
  const { me } = useMe({ lazy: true });
  if (me === undefined) return <span className="account-corner" />;
  if (me === null) {
    // A link's token stays out of `?next=` (an invitation or reset link is used once, on its own page).
    const link = pathname.startsWith('/invite/') || pathname.startsWith('/reset/');
    const here = pathname === '/signin' || link ? '' : pathname + search;
    const next = here && here !== '/' ? `?next=${encodeURIComponent(here)}` : '';
    return (
      <Link
        href={`/signin${next}`}
        className="account-corner sign-in-link"
        aria-current={pathname === '/signin' ? 'page' : undefined}
        data-testid="sign-in-link"
      >
        {t('nav.signIn')}
      </Link>
    );
  }
  return <SignedInMenu me={me} pathname={pathname} />;
}

function SignedInMenu({ me, pathname }: { me: Me; pathname: string }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new page closes the list
  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    if (!open) return;
    const outside = (event: MouseEvent | FocusEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', outside);
    document.addEventListener('focusin', outside);
    return () => {
      document.removeEventListener('mousedown', outside);
      document.removeEventListener('focusin', outside);
    };
  }, [open]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      setOpen(false);
      button.current?.focus();
    }
  };
  const out = async () => {
    setFailed(false);
    try {
      await signOut();
      navigate('/signin');
    } catch {
      setFailed(true);
    }
  };
  const current = (href: string) => (pathname === href ? 'page' : undefined);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere in the list closes it
    <div className="account-corner account-menu" ref={root} onKeyDown={onKeyDown}>
      <button
        ref={button}
        type="button"
        className="secondary account-button"
        aria-expanded={open}
        aria-controls="account-menu-list"
        onClick={() => setOpen((o) => !o)}
        data-testid="account-menu"
      >
        <span className="visually-hidden">{t('account.menu')}: </span>
        <span className="account-name">{me.user.displayName}</span>
        <span className="caret" aria-hidden="true" />
      </button>
      <ul id="account-menu-list" className="account-menu-list" hidden={!open}>
        <li className="account-menu-email muted small">{me.user.email}</li>
        <li>
          <Link href="/account" aria-current={current('/account')}>
            {t('account.title')}
          </Link>
        </li>
        <li>
          <Link href="/my-record" aria-current={current('/my-record')} data-testid="menu-my-record">
            {t('hr.my.title')}
          </Link>
        </li>
        <li>
          <Link href="/orgs" aria-current={current('/orgs')}>
            {t('orgs.title')}
          </Link>
        </li>
        {me.user.platformRoles.includes('methodologist') && (
          <li>
            <Link href="/workbench" aria-current={current('/workbench')} data-testid="menu-workbench">
              {t('wb.nav')}
            </Link>
          </li>
        )}
        {me.user.platformRoles.includes('admin') && (
          <li>
            <Link href="/audit" aria-current={current('/audit')}>
              {t('audit.allTitle')}
            </Link>
          </li>
        )}
        <li>
          <button type="button" className="link-button" onClick={() => void out()} data-testid="menu-sign-out">
            {t('account.signOut')}
          </button>
        </li>
        {failed && (
          <li className="form-error" role="alert">
            {t('common.errorNetwork')}
          </li>
        )}
      </ul>
    </div>
  );
}
