/**
 * The online test at /test/{token}, without signing in: the link's secret is the authority. A
 * start screen (time limit, number of questions), then one question at a time with previous/next
 * and a map of all questions, a timer counted from the server's seconds left, every answer saved
 * as soon as it is given (with a visible state, retried when the connection fails), and a submit
 * with a confirmation. A reload resumes from the server; answers not yet acknowledged come back
 * from this browser's storage and are sent again. After the deadline the page says so and stops.
 */
import { useCallback, useEffect, useState } from 'react';
import {
  clock,
  openTest,
  readAttempt,
  startTest,
  submitTest,
  type TestAttempt,
  type TestOverview,
  type TestResponse,
} from '../../api/assessment-sessions';
import { ApiError } from '../../api/client';
import { SaveStatus, TestQuestionView } from '../../components/assessment/sessions/TestQuestionView';
import { useAnswerQueue } from '../../components/assessment/sessions/useAnswerQueue';
import { ErrorBox, Loading } from '../../components/Status';
import { useI18n } from '../../i18n';
import '../../components/assessment/sessions/sessions.css';

type Phase =
  | { kind: 'loading' }
  | { kind: 'bad-link' }
  | { kind: 'error'; error: unknown }
  | { kind: 'overview'; overview: TestOverview }
  | { kind: 'attempt'; overview: TestOverview; attempt: TestAttempt; endsAt: number };

const withEnd = (overview: TestOverview, attempt: TestAttempt): Phase => ({
  kind: 'attempt',
  overview,
  attempt,
  endsAt: Date.now() + attempt.secondsLeft * 1000,
});

export default function TakeTestPage({ token }: { token: string }) {
  const { t } = useI18n();
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);

  const load = useCallback(async () => {
    try {
      const overview = await openTest(token);
      if (overview.state === 'not-started') return setPhase({ kind: 'overview', overview });
      setPhase(withEnd(overview, await readAttempt(token)));
    } catch (error) {
      if (error instanceof ApiError && (error.status === 404 || error.status === 400)) setPhase({ kind: 'bad-link' });
      else setPhase({ kind: 'error', error });
    }
  }, [token]);
  useEffect(() => {
    void load();
  }, [load]);

  const start = async () => {
    if (phase.kind !== 'overview') return;
    setBusy(true);
    setActionError(null);
    try {
      const attempt = await startTest(token);
      setPhase(withEnd({ ...phase.overview, state: 'in-progress' }, attempt));
    } catch (error) {
      setActionError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="test-title" className="account-page test-page">
      <h1 id="test-title">{t('test.title')}</h1>
      {phase.kind === 'loading' && <Loading />}
      {phase.kind === 'bad-link' && (
        <p className="form-error" role="alert" data-testid="test-bad-link">
          {t('test.badLink')}
        </p>
      )}
      {phase.kind === 'error' && <ErrorBox error={phase.error as ApiError} onRetry={() => void load()} />}
      {(phase.kind === 'overview' || phase.kind === 'attempt') && <OverviewHeader overview={phase.overview} />}
      {phase.kind === 'overview' && (
        <>
          <p>{t('test.rules', { minutes: phase.overview.timeLimitMinutes, questions: phase.overview.questions })}</p>
          {phase.overview.closed ? (
            <p className="form-error" role="alert" data-testid="test-closed">
              {t('test.closed', { reason: t(`test.closed.${phase.overview.closed}`) })}
            </p>
          ) : (
            <p className="button-row">
              <button type="button" onClick={() => void start()} disabled={busy} data-testid="test-start">
                {t('test.start')}
              </button>
            </p>
          )}
          {actionError !== null && <ErrorBox error={actionError as ApiError} onRetry={() => void start()} />}
        </>
      )}
      {phase.kind === 'attempt' && (
        <Attempt
          token={token}
          attempt={phase.attempt}
          endsAt={phase.endsAt}
          reload={() => void load()}
          onSubmitted={async () => {
            setPhase({ ...phase, attempt: await readAttempt(token) });
          }}
        />
      )}
    </section>
  );
}

function OverviewHeader({ overview }: { overview: TestOverview }) {
  const { t, lang } = useI18n();
  const name = lang === 'kk' ? overview.card.name.kk : (overview.card.name.ru ?? overview.card.name.kk);
  return (
    <div className="test-overview">
      <p className="test-session">
        <strong>{overview.sessionTitle}</strong>
      </p>
      <p>{t('test.candidate', { name: overview.candidateName })}</p>
      <p className="muted">{t('test.card', { code: overview.card.code, level: overview.card.level, name })}</p>
    </div>
  );
}

function Attempt({
  token,
  attempt,
  endsAt,
  reload,
  onSubmitted,
}: {
  token: string;
  attempt: TestAttempt;
  endsAt: number;
  reload: () => void;
  onSubmitted: () => Promise<void>;
}) {
  const { t } = useI18n();
  const queue = useAnswerQueue(token, reload);
  const [answers, setAnswers] = useState<Record<string, TestResponse | null>>(() => ({
    ...Object.fromEntries(attempt.questions.map((q) => [q.itemId, q.answer])),
    ...queue.queued(),
  }));
  const [index, setIndex] = useState(0);
  const [left, setLeft] = useState(() => Math.max(0, Math.ceil((endsAt - Date.now()) / 1000)));
  const [confirming, setConfirming] = useState(false);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [online, setOnline] = useState(() => (typeof navigator === 'undefined' ? true : navigator.onLine));

  useEffect(() => {
    const tick = () => setLeft(Math.max(0, Math.ceil((endsAt - Date.now()) / 1000)));
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [endsAt]);
  useEffect(() => {
    const up = () => setOnline(true);
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, []);

  const total = attempt.questions.length;
  const answeredCount = Object.values(answers).filter(
    (a) => a !== null && a !== '' && !(Array.isArray(a) && a.length === 0),
  ).length;
  const timeUp = attempt.state === 'expired' || (attempt.state === 'in-progress' && left <= 0);

  if (attempt.state === 'submitted')
    return (
      <p className="test-done" role="status" data-testid="test-submitted">
        {t('test.submitted', { answered: attempt.answered, total })}
      </p>
    );
  if (timeUp)
    return (
      <p className="form-error test-done" role="alert" data-testid="test-expired">
        {t('test.expired', { answered: attempt.state === 'expired' ? attempt.answered : answeredCount, total })}
      </p>
    );

  const question = attempt.questions[index];
  const give = (itemId: string, response: TestResponse) => {
    setAnswers((a) => ({ ...a, [itemId]: response }));
    queue.give(itemId, response);
  };
  const submit = async () => {
    setSubmitError(null);
    try {
      await submitTest(token);
      await onSubmitted();
    } catch (error) {
      setSubmitError(error);
    }
  };
  const isAnswered = (id: string) => {
    const a = answers[id];
    return a !== null && a !== undefined && a !== '' && !(Array.isArray(a) && a.length === 0);
  };

  return (
    <div className="test-attempt">
      <p className="test-timer" role="timer" aria-label={t('test.timeLeft')} data-testid="test-timer">
        {t('test.timeLeft')}: <strong>{clock(left)}</strong>
      </p>
      {!online && (
        <p className="form-error" role="alert">
          {t('test.offline')}
        </p>
      )}
      {question && (
        <>
          <TestQuestionView
            key={question.itemId}
            question={question}
            n={index + 1}
            total={total}
            answer={answers[question.itemId] ?? null}
            disabled={false}
            onAnswer={(response) => give(question.itemId, response)}
          />
          <SaveStatus state={queue.states[question.itemId]} answered={isAnswered(question.itemId)} />
        </>
      )}
      <p className="button-row test-nav">
        <button type="button" onClick={() => setIndex((i) => Math.max(0, i - 1))} disabled={index === 0}>
          ← {t('test.prev')}
        </button>
        <button type="button" onClick={() => setIndex((i) => Math.min(total - 1, i + 1))} disabled={index >= total - 1}>
          {t('test.next')} →
        </button>
      </p>
      <nav aria-label={t('test.map')} className="test-map">
        <ol>
          {attempt.questions.map((q, i) => (
            <li key={q.itemId}>
              <button
                type="button"
                onClick={() => setIndex(i)}
                aria-current={i === index ? 'step' : undefined}
                aria-label={`${t('test.mapItem', { n: i + 1 })}${isAnswered(q.itemId) ? `, ${t('test.mapAnswered')}` : ''}`}
                className={isAnswered(q.itemId) ? 'answered' : undefined}
              >
                {i + 1}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      {queue.waiting > 0 && (
        <p className="muted" role="status">
          {t('test.pending')}
        </p>
      )}
      {confirming ? (
        <section className="test-confirm" aria-labelledby="submit-question">
          <p id="submit-question">{t('test.submitQuestion', { answered: answeredCount, total })}</p>
          <p className="button-row">
            <button
              type="button"
              onClick={() => void submit()}
              disabled={queue.waiting > 0}
              data-testid="test-submit-confirm"
            >
              {t('test.submitConfirm')}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(false)}>
              {t('test.submitCancel')}
            </button>
          </p>
        </section>
      ) : (
        <p className="button-row">
          <button type="button" onClick={() => setConfirming(true)} data-testid="test-submit">
            {t('test.submit')}
          </button>
        </p>
      )}
      {submitError !== null && <ErrorBox error={submitError as ApiError} onRetry={() => void submit()} />}
    </div>
  );
}
