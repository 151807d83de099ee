/**
 * Reading the registry API: GET with JSON, errors as problem details (RFC 9457), a small
 * in-memory cache so going back to a page or switching the language back is instant.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Problem } from './types';

export const API = '/api/v1';

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;
  /** The language the server answered in (its Content-Language): its `detail` is shown only
   * to a page in that language. Null when unknown (no answer, or no header). */
  answerLang: string | null = null;
  constructor(status: number, problem: Problem | null, message: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

/** The error, noting the language of the answer it came from (`Content-Language`). */
export function answeredIn<E extends ApiError>(error: E, contentLanguage: string | null): E {
  error.answerLang = contentLanguage?.split(',')[0]?.trim().toLowerCase().split('-')[0] || null;
  return error;
}

/** `apiUrl('/cards', { level: 5, text: '' })` → `/api/v1/cards?level=5` (empty values left out). */
export function apiUrl(path: string, params: Record<string, string | number | null | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  const qs = query.toString();
  return `${API}${path}${qs ? `?${qs}` : ''}`;
}

const cache = new Map<string, Promise<unknown>>();

export function fetchJson<T>(url: string): Promise<T> {
  const cached = cache.get(url);
  if (cached) return cached as Promise<T>;
  const promise = (async () => {
    let response: Response;
    try {
      response = await fetch(url, { headers: { Accept: 'application/json' } });
    } catch (error) {
      throw new ApiError(0, null, error instanceof Error ? error.message : String(error));
    }
    if (!response.ok) {
      let problem: Problem | null = null;
      try {
        problem = (await response.json()) as Problem;
      } catch {
        // Not a problem document (a proxy's HTML page, say); the status alone says what happened.
      }
      throw answeredIn(
        new ApiError(response.status, problem, problem?.detail ?? problem?.title ?? response.statusText),
        response.headers.get('Content-Language'),
      );
    }
    return (await response.json()) as T;
  })();
  cache.set(url, promise);
  // A failure is not remembered: "try again" must ask the server again.
  promise.catch(() => cache.delete(url));
  return promise;
}

export type ApiState<T> = { data: T | undefined; error: ApiError | undefined; loading: boolean; retry: () => void };

/** Fetch `url` (null: nothing to fetch yet); re-fetches when the url changes. */
export function useApi<T>(url: string | null): ApiState<T> {
  const [state, setState] = useState<{ url: string | null; data?: T; error?: ApiError }>({ url: null });
  const [attempt, setAttempt] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt is the retry trigger
  useEffect(() => {
    if (!url) return;
    let live = true;
    fetchJson<T>(url).then(
      (data) => live && setState({ url, data }),
      (error: unknown) =>
        live && setState({ url, error: error instanceof ApiError ? error : new ApiError(0, null, String(error)) }),
    );
    return () => {
      live = false;
    };
  }, [url, attempt]);
  const retry = useCallback(() => {
    setState({ url: null });
    setAttempt((n) => n + 1);
  }, []);
  const fresh = state.url === url;
  return {
    data: fresh ? state.data : undefined,
    error: fresh ? state.error : undefined,
    loading: !!url && (!fresh || (state.data === undefined && state.error === undefined)),
    retry,
  };
}

async function problemOf(response: Response): Promise<ApiError> {
  let problem: Problem | null = null;
  try {
    problem = (await response.json()) as Problem;
  } catch {
    // Not a problem document; the status says what happened.
  }
  return answeredIn(
    new ApiError(response.status, problem, problem?.detail ?? problem?.title ?? response.statusText),
    response.headers.get('Content-Language'),
  );
}

async function post(url: string, body: unknown, accept: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: `${accept}, application/problem+json` },
      body: JSON.stringify(body),
    });
  } catch (error) {
    throw new ApiError(0, null, error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw await problemOf(response);
  return response;
}

/** POST a JSON body and read the JSON answer; a failure is an ApiError with the server's problem. Never cached. */
export async function postJson<T>(url: string, body: unknown): Promise<T> {
  const response = await post(url, body, 'application/json');
  return (await response.json()) as T;
}

/** POST a JSON body and read a file: its bytes and the name the server suggests (Content-Disposition). */
export async function postFile(
  url: string,
  body: unknown,
  accept: string,
): Promise<{ blob: Blob; filename: string | null }> {
  const response = await post(url, body, accept);
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  let filename: string | null = null;
  try {
    filename = star?.[1] ? decodeURIComponent(star[1]) : (plain?.[1] ?? null);
  } catch {
    filename = plain?.[1] ?? null;
  }
  return { blob: await response.blob(), filename };
}

/**
 * The problem's field errors by field path, without the request part: `json.experience.0.years`
 * → `experience.0.years`. The first message for a path wins.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(error instanceof ApiError)) return out;
  for (const e of error.problem?.errors ?? []) {
    const path = e.path.replace(/^(json|body|query|param)\./, '');
    if (!(path in out)) out[path] = e.message;
  }
  return out;
}

/** Hand a file to the browser as a download with the given name. */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL is revoked.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
