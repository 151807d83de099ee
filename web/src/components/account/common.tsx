/**
 * What the account pages share: a failed request as one localised sentence, the "sign in first"
 * notice and the gate that shows it, and the names of roles and organisation kinds.
 */
import { type ReactNode, useEffect, useRef } from 'react';
import { isOrgKind, isOrgRole, type MailOutcome, type Me, useMe } from '../../api/session';
import { type Translate, useI18n } from '../../i18n';
import { type ProblemWords, problemText } from '../problem-text';
import { Link, useLocation } from '../../router';
import { ErrorBox, Loading } from '../Status';

// Where the account pages and many others have always found them.
export { type ProblemWords, problemText, serverDetail } from '../problem-text';

export function FormError({ error, words }: { error: unknown; words?: ProblemWords }) {
  const { t } = useI18n();
  return (
    <p className="form-error" role="alert">
      {problemText(t, error, words)}
    </p>
  );
}

/** Shown instead of a private page to someone who is not signed in. */
export function SignInNeeded() {
  const { t } = useI18n();
  const { pathname, search } = useLocation();
  return (
    <p className="notice" data-testid="signin-needed">
      {t('account.signInFirst')}{' '}
      <Link href={`/signin?next=${encodeURIComponent(pathname + search)}`}>{t('signin.title')}</Link>
    </p>
  );
}

/** Renders `children(me)` for a signed-in person; loading, failure or "sign in first" otherwise. */
export function SignedIn({ children }: { children: (me: Me) => ReactNode }) {
  const { me, error, reload } = useMe();
  if (error) return <ErrorBox error={error} onRetry={reload} />;
  if (me === undefined) return <Loading />;
  if (me === null) return <SignInNeeded />;
  return <>{children(me)}</>;
}

export function roleName(t: Translate, role: string): string {
  return isOrgRole(role) ? t(`org.role.${role}`) : role;
}

export function kindName(t: Translate, kind: string): string {
  return isOrgKind(kind) ? t(`org.kind.${kind}`) : kind;
}

export function RoleBadges({ roles }: { roles: readonly string[] }) {
  const { t } = useI18n();
  if (roles.length === 0) return null;
  return (
    <ul className="inline-list role-list" aria-label={t('org.rolesLabel')}>
      {roles.map((r) => (
        <li key={r} className="role-badge" data-role={r}>
          {roleName(t, r)}
        </li>
      ))}
    </ul>
  );
}

/** Next to a link shown once: whether the server also mailed it, or the link must be handed over. */
export function MailNote({ mail, email }: { mail: MailOutcome; email: string }) {
  const { t } = useI18n();
  return (
    <p className={`small mail-note mail-${mail}`} data-testid="mail-note" data-mail={mail}>
      {mail === 'sent' ? t('mail.sent', { email }) : t(mail === 'failed' ? 'mail.failed' : 'mail.off')}
    </p>
  );
}

/**
 * After a confirmed action on a row (revoke) and the list's reload, the row's button is gone, so
 * the focus goes to the list's heading instead of falling to the page body. `heading` goes on an
 * element with tabIndex={-1}; `after()` is called once the action succeeded.
 */
export function useFocusAfterReload<T>(data: T | undefined) {
  const heading = useRef<HTMLHeadingElement>(null);
  const pending = useRef(false);
  useEffect(() => {
    if (!pending.current || data === undefined) return;
    pending.current = false;
    heading.current?.focus();
  }, [data]);
  return {
    heading,
    after: () => {
      pending.current = true;
    },
  };
}
