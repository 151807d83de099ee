/**
 * A file sent with its progress shown: fetch cannot report upload progress, so uploads use
 * XMLHttpRequest, with the session cookie and CSRF token as every write. The answer is the JSON
 * body, or a SessionError carrying the problem document and the language it was written in.
 */
import { answeredIn } from './client';
import { SessionError } from './session';
import type { Problem } from './types';

export function uploadWithProgress<T>(opts: {
  url: string;
  body: Blob | FormData;
  csrfToken: string;
  /** Extra request headers; none for a form, whose multipart boundary the browser writes itself. */
  headers?: Record<string, string>;
  onProgress: (share: number) => void;
}): Promise<T> {
  const { url, body, csrfToken, headers = {}, onProgress } = opts;
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.setRequestHeader('X-CSRF-Token', csrfToken);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () => reject(new SessionError(0, null, 'network error'));
    xhr.onload = () => {
      let answer: unknown = null;
      try {
        answer = JSON.parse(xhr.responseText);
      } catch {
        // Not JSON (a proxy's page for a 413, say): the status alone says what happened.
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1);
        resolve(answer as T);
      } else {
        const problem = (answer as Problem | null) ?? null;
        reject(
          answeredIn(
            new SessionError(xhr.status, problem, problem?.detail ?? xhr.statusText),
            xhr.getResponseHeader('Content-Language'),
          ),
        );
      }
    };
    xhr.send(body);
  });
}
