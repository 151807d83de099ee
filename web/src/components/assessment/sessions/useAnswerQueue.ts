/**
 * The candidate's answers on their way to the server. Each answer given goes into a queue (kept
 * in localStorage as well) and is sent at once; it leaves the queue only when the server has
 * acknowledged it, which it does after the commit. A failure without an answer (offline, a
 * restarting server) is retried with a growing pause, and at once when the browser is back
 * online; a refusal (time up, already submitted) stops the queue and tells the page.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  loadPending,
  type SaveState,
  sendAnswer,
  storePending,
  type TestResponse,
  worthRetrying,
} from '../../../api/assessment-sessions';
import { SessionError } from '../../../api/session';

export function useAnswerQueue(token: string, onClosed: () => void) {
  const pending = useRef<Record<string, TestResponse>>(loadPending(token));
  const running = useRef(false);
  const wake = useRef<(() => void) | null>(null);
  const closedRef = useRef(onClosed);
  closedRef.current = onClosed;
  const [states, setStates] = useState<Record<string, SaveState>>(() =>
    Object.fromEntries(Object.keys(pending.current).map((id) => [id, 'saving' as SaveState])),
  );
  const [waiting, setWaiting] = useState(Object.keys(pending.current).length);
  const setState = (itemId: string, state: SaveState) => setStates((s) => ({ ...s, [itemId]: state }));
  const persist = () => {
    storePending(token, pending.current);
    setWaiting(Object.keys(pending.current).length);
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: persist and setState only touch refs and setters
  const flush = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    let pause = 1000;
    try {
      for (;;) {
        const itemId = Object.keys(pending.current)[0];
        if (itemId === undefined) return;
        const response = pending.current[itemId] as TestResponse;
        try {
          await sendAnswer(token, itemId, response);
          pause = 1000;
          // A newer answer to the same question may have been given meanwhile: it stays queued.
          if (JSON.stringify(pending.current[itemId]) === JSON.stringify(response)) {
            delete pending.current[itemId];
            setState(itemId, 'saved');
          }
          persist();
        } catch (error) {
          if (worthRetrying(error)) {
            for (const id of Object.keys(pending.current)) setState(id, 'retrying');
            await new Promise<void>((resolve) => {
              const timer = setTimeout(resolve, pause);
              wake.current = () => {
                clearTimeout(timer);
                resolve();
              };
            });
            wake.current = null;
            pause = Math.min(pause * 2, 15_000);
            continue;
          }
          const reason = error instanceof SessionError ? error.message : String(error);
          delete pending.current[itemId];
          persist();
          setState(itemId, { refused: reason });
          if (error instanceof SessionError && error.status === 409) {
            // Time is up or the test was submitted: nothing queued can be saved any more.
            for (const id of Object.keys(pending.current)) setState(id, { refused: reason });
            pending.current = {};
            persist();
            closedRef.current();
            return;
          }
        }
      }
    } finally {
      running.current = false;
    }
  }, [token]);

  useEffect(() => {
    const online = () => {
      wake.current?.();
      void flush();
    };
    window.addEventListener('online', online);
    void flush();
    return () => window.removeEventListener('online', online);
  }, [flush]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: persist and setState only touch refs and setters
  const give = useCallback(
    (itemId: string, response: TestResponse) => {
      pending.current = { ...pending.current, [itemId]: response };
      persist();
      setState(itemId, 'saving');
      wake.current?.();
      void flush();
    },
    [flush],
  );

  /** The answers still queued, to show over the server's copy after a reload. */
  const queued = () => ({ ...pending.current });

  return { give, states, waiting, queued };
}
