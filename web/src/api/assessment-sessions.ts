/**
 * Assessment sessions and the online test for the web pages: the generated types under short
 * names, and the candidate's answer queue. An answer is "saved" only when the server said 200
 * (it is then committed); until then it waits in the queue, kept in localStorage too, so that a
 * lost connection or a reload sends it again instead of losing it.
 */
import type { components } from './schema';
import { api, call, SessionError } from './session';

type Schemas = components['schemas'];
export type Session = Schemas['AssessmentSession'];
export type SessionSummary = Schemas['AssessmentSessionSummary'];
export type SessionCandidate = Schemas['SessionCandidate'];
export type TestOverview = Schemas['TestOverview'];
export type TestAttempt = Schemas['TestAttempt'];
export type TestQuestion = Schemas['TestQuestion'];
export type TestResponse = NonNullable<TestQuestion['answer']>;

export const SESSION_STATUSES = ['scheduled', 'in-progress', 'completed', 'cancelled'] as const;

/** Seconds as m:ss, or h:mm:ss from an hour. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

export const openTest = (token: string) => call(api.GET('/v1/test/{token}', { params: { path: { token } } }));
export const startTest = (token: string) => call(api.POST('/v1/test/{token}/start', { params: { path: { token } } }));
export const readAttempt = (token: string) =>
  call(api.GET('/v1/test/{token}/attempt', { params: { path: { token } } }));
export const submitTest = (token: string) => call(api.POST('/v1/test/{token}/submit', { params: { path: { token } } }));
export const sendAnswer = (token: string, itemId: string, response: TestResponse) =>
  call(api.PUT('/v1/test/{token}/answers/{itemId}', { params: { path: { token, itemId } }, body: { response } }));

export type SaveState = 'saved' | 'saving' | 'retrying' | { refused: string };

/** Whether a failed save is worth sending again: no answer at all, or the server or a proxy failing. */
export const worthRetrying = (error: unknown) =>
  error instanceof SessionError &&
  (error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500);

const storageKey = (token: string) => `kasip.test.${token.slice(-12)}`;

/** The answers not yet acknowledged, as kept in this browser. */
export function loadPending(token: string): Record<string, TestResponse> {
  try {
    const raw = localStorage.getItem(storageKey(token));
    const parsed = raw ? (JSON.parse(raw) as unknown) : null;
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, TestResponse>)
      : {};
  } catch {
    return {};
  }
}

export function storePending(token: string, pending: Record<string, TestResponse>): void {
  try {
    if (Object.keys(pending).length === 0) localStorage.removeItem(storageKey(token));
    else localStorage.setItem(storageKey(token), JSON.stringify(pending));
  } catch {
    // Storage blocked: the queue still lives in memory until the page is closed.
  }
}
