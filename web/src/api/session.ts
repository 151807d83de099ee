/**
 * Signed-in requests and the signed-in person. Calls go through `api`, an openapi-fetch client
 * typed by the generated ./schema.d.ts, so a path, a body or an answer that differs from the
 * server's OpenAPI document fails to compile. The session itself is an HttpOnly cookie; the CSRF
 * token that every write needs (X-CSRF-Token) comes with sign-in, invitation acceptance and
 * GET /me, and lives in memory only. Private answers are never cached (`cache: 'no-store'`).
 */
import createClient from 'openapi-fetch';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { formatDate } from '../format';
import type { Lang } from '../i18n';
import { ApiError, answeredIn } from './client';
import type { components, paths } from './schema';
import type { Problem } from './types';

type Schemas = components['schemas'];

export type User = Schemas['User'];
export type Me = Schemas['Me'];
export type Org = Schemas['Organisation'];
export type OrgKind = Org['kind'];
export type OrgRole = Org['myRoles'][number];
export type ApiToken = Schemas['ApiToken'];
export type Invitation = Schemas['Invitation'];
type Json<P extends keyof paths, M extends 'get' | 'post'> = paths[P][M] extends {
  responses: { 200: { content: { 'application/json': infer Body } } };
}
  ? Body
  : never;
export type Session = Json<'/v1/me/sessions', 'get'>['sessions'][number];
export type Member = Json<'/v1/orgs/{orgId}/members', 'get'>['members'][number];
export type InvitationView = Json<'/v1/invitations/{token}', 'get'>;
type Created<P extends keyof paths> = paths[P]['post'] extends {
  responses: { 201: { content: { 'application/json': infer Body } } };
}
  ? Body
  : never;
export type ResetView = Json<'/v1/password-resets/{token}', 'get'>;
export type ResetLink = Created<'/v1/password-resets'>;
export type InvitationLink = Created<'/v1/orgs/{orgId}/invitations'>;
/** Whether the server also mailed a link it made (an invitation, a password reset). */
export type MailOutcome = ResetLink['mail'];
export type AuditEvent = Schemas['AuditEvent'];
export type AuditList = Json<'/v1/audit', 'get'>;

/** A new password's length in characters, as the server checks it (src/services/accounts/passwords.ts). */
export const PASSWORD_LENGTH = { min: 10, max: 256 } as const;

/** In the order the forms list them; a Record, so a role or kind the document adds fails to compile here. */
const ROLE_SET: Record<OrgRole, true> = {
  'org-admin': true,
  'hr-officer': true,
  assessor: true,
  'programme-designer': true,
  member: true,
};
const KIND_SET: Record<OrgKind, true> = {
  'social-service-provider': true,
  'education-provider': true,
  'assessment-centre': true,
  'methodology-body': true,
};
export const ORG_ROLES = Object.keys(ROLE_SET) as OrgRole[];
export const ORG_KINDS = Object.keys(KIND_SET) as OrgKind[];
/** GET /me and an invitation name roles and kinds as plain strings; these tell the known ones. */
export const isOrgRole = (role: string): role is OrgRole => Object.hasOwn(ROLE_SET, role);
export const isOrgKind = (kind: string): kind is OrgKind => Object.hasOwn(KIND_SET, kind);

/** An ApiError that also says when to try again (429's Retry-After). */
export class SessionError extends ApiError {
  readonly retryAfter: number | undefined;
  constructor(status: number, problem: Problem | null, message: string, retryAfter?: number) {
    super(status, problem, message);
    this.retryAfter = retryAfter;
  }
}

let csrfToken: string | null = null;

export const api = createClient<paths>({ baseUrl: '/api', credentials: 'same-origin', cache: 'no-store' });
api.use({
  onRequest({ request }) {
    request.headers.set('Accept', 'application/json, application/problem+json');
    if (request.method !== 'GET' && csrfToken) request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
  onResponse({ request, response }) {
    // A private read refused for want of a session: the session ended (expired, or signed out elsewhere).
    if (response.status === 401 && request.method === 'GET') signedOut();
    return response;
  },
});

type Result<T> = { data?: T; error?: unknown; response: Response };

/** The answer of an `api` call, or a SessionError with the server's problem (status 0: no answer at all). */
export async function call<T>(request: Promise<Result<T>>): Promise<T> {
  let result: Result<T>;
  try {
    result = await request;
  } catch (error) {
    throw new SessionError(0, null, error instanceof Error ? error.message : String(error));
  }
  const { response } = result;
  if (response.ok) return result.data as T;
  const problem = typeof result.error === 'object' && result.error !== null ? (result.error as Problem) : null;
  const retryAfter = Number(response.headers.get('Retry-After'));
  throw answeredIn(
    new SessionError(
      response.status,
      problem,
      problem?.detail ?? problem?.title ?? response.statusText,
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
    ),
    response.headers.get('Content-Language'),
  );
}

/** A private file (audit export, my data): fetched with the cookie, then handed to the browser as a download. */
export async function download(path: string, fallbackName: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(path, { credentials: 'same-origin', cache: 'no-store' });
  } catch (error) {
    throw new SessionError(0, null, error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) {
    const problem = (await response.json().catch(() => null)) as Problem | null;
    throw answeredIn(
      new SessionError(response.status, problem, problem?.detail ?? response.statusText),
      response.headers.get('Content-Language'),
    );
  }
  const named = /filename="?([^";]+)"?/i.exec(response.headers.get('Content-Disposition') ?? '')?.[1];
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = named ?? fallbackName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// ---------------------------------------------------------------------------------------------
// The signed-in person, shared by the header and the pages: one GET /me for all of them.

/**
 * A hint (not a secret) that this browser has a session, so the header asks GET /me only then:
 * visitors of the public pages send no private request and see no 401.
 */
const HINT_KEY = 'kasip.signedIn';

function hinted(): boolean {
  try {
    return localStorage.getItem(HINT_KEY) === '1';
  } catch {
    return true;
  }
}

function setCsrfToken(token: string | null): void {
  csrfToken = token;
  try {
    if (token) localStorage.setItem(HINT_KEY, '1');
    else localStorage.removeItem(HINT_KEY);
  } catch {
    // Storage blocked: GET /me is asked every time instead.
  }
}

/** `verified`: the server said so (or a sign-in or sign-out just did); otherwise `me: null` is the hint's guess. */
type MeSnapshot = { me: Me | null | undefined; error?: ApiError; verified: boolean };

let snapshot: MeSnapshot = { me: undefined, verified: false };
let loading: Promise<void> | null = null;
const subscribers = new Set<() => void>();

function publish(next: MeSnapshot): void {
  snapshot = next;
  for (const notify of subscribers) notify();
}

function signedOut(): void {
  setCsrfToken(null);
  if (snapshot.me !== null || !snapshot.verified) publish({ me: null, verified: true });
}

function loadMe(): void {
  if (loading) return;
  loading = call(api.GET('/v1/me'))
    .then(
      (me) => {
        setCsrfToken(me.csrfToken);
        publish({ me, verified: true });
      },
      (error: unknown) => {
        if (error instanceof ApiError && error.status === 401) signedOut();
        else publish({ me: undefined, verified: false, error: error as ApiError });
      },
    )
    .finally(() => {
      loading = null;
    });
}

/** Ask GET /me again (after a sign-in, a new membership, or "try again"). */
export function refreshMe(): void {
  snapshot = { ...snapshot, verified: false };
  loadMe();
}

function subscribe(notify: () => void): () => void {
  subscribers.add(notify);
  // Signing in or out in another tab changes the hint there.
  const onStorage = (event: StorageEvent) => event.key === HINT_KEY && refreshMe();
  window.addEventListener('storage', onStorage);
  return () => {
    subscribers.delete(notify);
    window.removeEventListener('storage', onStorage);
  };
}

export type MeState = { me: Me | null | undefined; error: ApiError | undefined; reload: () => void };

/**
 * The signed-in person: undefined while loading, null when signed out. `lazy` (the header): ask
 * the server only when this browser signed in before, else take "signed out" at once.
 */
export function useMe({ lazy = false }: { lazy?: boolean } = {}): MeState {
  const current = useSyncExternalStore(subscribe, () => snapshot);
  useEffect(() => {
    if (snapshot.verified || loading || snapshot.error) return;
    if (lazy && !hinted()) {
      if (snapshot.me === undefined) publish({ me: null, verified: false });
      return;
    }
    loadMe();
  }, [lazy]);
  // A page does not take the header's guess for an answer: it waits for the server.
  const me = lazy || current.verified ? current.me : undefined;
  return { me, error: current.error, reload: refreshMe };
}

export async function signIn(email: string, password: string): Promise<void> {
  const answer = await call(api.POST('/v1/auth/login', { body: { email, password } }));
  setCsrfToken(answer.csrfToken);
  refreshMe();
}

/** Signs out; a network failure leaves the person signed in (and throws), a 401 means it already happened. */
export async function signOut(): Promise<void> {
  try {
    await call(api.POST('/v1/auth/logout'));
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 401)) throw error;
  }
  signedOut();
}

export async function signOutEverywhere(): Promise<void> {
  await call(api.POST('/v1/me/sessions/revoke-all'));
  signedOut();
}

export async function acceptInvitation(
  token: string,
  body: { displayName: string; password: string; consent: true },
): Promise<void> {
  const answer = await call(api.POST('/v1/invitations/{token}/accept', { params: { path: { token } }, body }));
  setCsrfToken(answer.csrfToken);
  refreshMe();
}

/**
 * A new password through a reset link (no session or CSRF token needed). It ends every session
 * of that account: if this browser was signed in, GET /me tells whether it still is.
 */
export async function completePasswordReset(token: string, password: string) {
  const answer = await call(
    api.POST('/v1/password-resets/{token}/complete', { params: { path: { token } }, body: { password } }),
  );
  if (snapshot.me) refreshMe();
  return answer;
}

/** After the account is erased there is nothing left to be signed in to. */
export const accountErased = signedOut;

// ---------------------------------------------------------------------------------------------

export type PrivateState<T> = { data: T | undefined; error: ApiError | undefined; reload: () => void };

/**
 * A private read: `load` runs when `key` changes (null: nothing to read yet) and on `reload()`
 * after a write. Never cached.
 */
export function usePrivate<T>(key: string | null, load: () => Promise<T>): PrivateState<T> {
  const [state, setState] = useState<{ key: string | null; data?: T; error?: ApiError }>({ key: null });
  const [attempt, setAttempt] = useState(0);
  const loader = useRef(load);
  loader.current = load;
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt is the reload trigger
  useEffect(() => {
    if (!key) return;
    let live = true;
    loader.current().then(
      (data) => live && setState({ key, data }),
      (error: unknown) => live && setState({ key, error: error as ApiError }),
    );
    return () => {
      live = false;
    };
  }, [key, attempt]);
  const fresh = state.key === key;
  return { data: fresh ? state.data : undefined, error: fresh ? state.error : undefined, reload };
}

/** A timestamp as a date in words and the UTC time: "29 June 2023, 14:05 UTC". */
export function formatDateTime(iso: string | null | undefined, lang: Lang): string {
  if (!iso) return '—';
  const time = /T(\d{2}:\d{2})/.exec(iso)?.[1];
  return time ? `${formatDate(iso, lang)}, ${time} UTC` : formatDate(iso, lang);
}

/** `?next=` as a path inside this site (anything else is ignored: no open redirect). */
export function safeNext(search: string, fallback = '/account'): string {
  const next = new URLSearchParams(search).get('next');
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/api') ? next : fallback;
}
