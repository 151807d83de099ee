/**
 * The frame of the list and new-programme pages: the way back, the heading, the styles, and the
 * signed-in gate (a visitor is asked to sign in; the API decides who may see the programmes).
 */
import type { ReactNode } from 'react';
import { ApiError } from '../../api/client';
import type { Me } from '../../api/session';
import { useI18n } from '../../i18n';
import { Link } from '../../router';
import { type ProblemWords, problemText, SignedIn, serverDetail } from '../account/common';
import './programmes.css';

export function ListFrame({
  titleId,
  title,
  back,
  children,
}: {
  titleId: string;
  title: string;
  back: { href: string; label: string };
  children: (me: Me) => ReactNode;
}) {
  return (
    <section aria-labelledby={titleId} className="account-page prog-page">
      <p className="back prog-noprint">
        <Link href={back.href}>← {back.label}</Link>
      </p>
      <h1 id={titleId} tabIndex={-1}>
        {title}
      </h1>
      <SignedIn>{children}</SignedIn>
    </section>
  );
}

/** A refusal in the page's words: who may see an organisation's programmes, and 422 "not ready". */
export const PROGRAMME_WORDS: ProblemWords = {
  forbidden: 'prog.problem.forbidden',
  not_found: 'prog.problem.notFound',
  unprocessable: 'prog.problem.unprocessable',
};

/**
 * A failed request as one sentence, focusable so the page can move the focus to it: the server's
 * own `detail` when it is in the page's language and says more than a refusal; else the page's words.
 */
export function ProgrammeError({ error, testId }: { error: unknown; testId?: string }) {
  const { t, lang } = useI18n();
  const plain = error instanceof ApiError && [401, 403, 404].includes(error.status);
  const text = (plain ? undefined : serverDetail(error, lang)) ?? problemText(t, error, PROGRAMME_WORDS);
  return (
    <p className="form-error" role="alert" tabIndex={-1} data-testid={testId ?? 'prog-error'}>
      {text}
    </p>
  );
}
