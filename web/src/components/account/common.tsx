/**
 * What the account pages share: a failed request as one localised sentence, the "sign in first"
 * notice and the gate that shows it, and the names of roles and organisation kinds.
 */
import { type ReactNode, useEffect, useRef } from 'react';
import { ApiError } from '../../api/client';
import { isOrgKind, isOrgRole, type MailOutcome, type Me, SessionError, useMe } from '../../api/session';
import { type Translate, useI18n } from '../../i18n';
import type { MessageKey } from '../../i18n/kk';
import { Link, useLocation } from '../../router';
import { ErrorBox, Loading } from '../Status';

/**
 * A sentence for a problem `code` where the page knows better than the general one: `conflict`,
 * or `code:field` for a field error (`validation_failed:password`).
 */
export type ProblemWords = Partial<Record<string, MessageKey>>;

const GENERAL: Record<string, MessageKey> = {
  unauthenticated: 'problem.sessionEnded',
  forbidden: 'problem.forbidden',
  not_found: 'problem.notFound',
  validation_failed: 'problem.validation',
  conflict: 'problem.conflict',
};
const BY_STATUS: Record<number, string> = { 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found' };

/** One localised sentence for a failed request, chosen by the problem's `code` (never by its English detail). */
export function problemText(t: Translate, error: unknown, words: ProblemWords = {}): string {
  if (!(error instanceof ApiError)) return t('problem.other');
  if (error.status === 0) return t('common.errorNetwork');
  const code = error.problem?.code ?? BY_STATUS[error.status] ?? '';
  if (code === 'rate_limited' || error.status === 429) {
    const seconds = error instanceof SessionError ? (error.retryAfter ?? 60) : 60;
    return t('problem.rateLimited', { minutes: Math.max(1, Math.ceil(seconds / 60)) });
  }
  for (const field of error.problem?.errors ?? []) {
    const key = words[`${code}:${field.path}`];
    if (key) return t(key);
  }
  const key = words[code] ?? GENERAL[code];
  return t(key ?? 'problem.other');
}

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
