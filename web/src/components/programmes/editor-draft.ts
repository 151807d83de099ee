/**
 * The programme page's state: the programme as last saved and the draft being edited. The draft
 * lives in the page, not in the modules tab, so moving between tabs keeps unsaved edits. Saving
 * sends the draft whole with the version it was made from; a 409 means someone saved since, a 400
 * names fields, and both stay on screen until the next save or reload.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, fieldErrors } from '../../api/client';
import { getProgramme, type Programme, type ProgrammeContent, saveProgramme } from '../../api/programme-editor';
import { type EditorErrors, fileErrors, localErrors } from './editor-errors';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'conflict' }
  | { kind: 'invalid'; errors: EditorErrors }
  | { kind: 'failed'; error: unknown };

export type ProgrammeDraft = {
  saved: Programme;
  draft: ProgrammeContent;
  dirty: boolean;
  /** Not a draft (final or archived): shown, not edited. */
  readOnly: boolean;
  save: SaveState;
  /** Replace the draft (every edit goes through here). */
  edit: (change: (content: ProgrammeContent) => ProgrammeContent) => void;
  /** Send the draft; resolves when the answer is in (the state says how it went). */
  submit: () => Promise<void>;
  /** After a 409: read the newest version and drop the edits. */
  reloadLatest: () => Promise<void>;
  /** After a 409: keep the edits, close the message. */
  dismiss: () => void;
  /** Another part of the page wrote the programme (finalise, reopen, restore…). */
  onChanged: (programme: Programme) => void;
};

export function useProgrammeDraft(orgId: string, initial: Programme, words: { required: string }): ProgrammeDraft {
  const [saved, setSaved] = useState(initial);
  const [draft, setDraft] = useState(initial.content);
  // The version the draft was made from: a save names it, so the server refuses (409) a draft
  // made from an older version than the one stored, even when the page has learnt of the newer one.
  const [baseVersion, setBaseVersion] = useState(initial.version);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  // Equal content is clean again (an edit undone by hand), so compare the documents, not references.
  const dirty = useMemo(
    () => draft !== saved.content && JSON.stringify(draft) !== JSON.stringify(saved.content),
    [draft, saved],
  );
  // A draft equal to the stored document is made from it, whatever the version it started from.
  useEffect(() => {
    if (!dirty) setBaseVersion(saved.version);
  }, [dirty, saved.version]);
  const current = useRef({ saved, draft, dirty, baseVersion });
  current.current = { saved, draft, dirty, baseVersion };

  const edit = useCallback((change: (content: ProgrammeContent) => ProgrammeContent) => {
    setDraft((d) => change(d));
    setSave((s) => (s.kind === 'saved' ? { kind: 'idle' } : s));
  }, []);

  const onChanged = useCallback((programme: Programme) => {
    setSaved(programme);
    // Unsaved edits stay, and so does the version they were made from.
    if (current.current.dirty) return;
    setDraft(programme.content);
    setBaseVersion(programme.version);
  }, []);

  const submit = useCallback(async () => {
    const { saved: base, draft: sent, baseVersion: version } = current.current;
    if (base.status !== 'draft') return;
    const local = localErrors(sent, words.required);
    if (Object.keys(local).length > 0) {
      setSave({ kind: 'invalid', errors: local });
      return;
    }
    setSave({ kind: 'saving' });
    try {
      const next = await saveProgramme(orgId, base.id, version, sent);
      setSaved(next);
      setBaseVersion(next.version);
      // Edits made while the save was on its way stay in the draft; otherwise take the stored form.
      setDraft((d) => (d === sent ? next.content : d));
      setSave({ kind: 'saved' });
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) setSave({ kind: 'conflict' });
      else if (error instanceof ApiError && error.status === 400 && (error.problem?.errors?.length ?? 0) > 0)
        setSave({ kind: 'invalid', errors: fileErrors(sent, fieldErrors(error)) });
      else setSave({ kind: 'failed', error });
    }
  }, [orgId, words.required]);

  const reloadLatest = useCallback(async () => {
    setSave({ kind: 'saving' });
    try {
      const latest = await getProgramme(orgId, current.current.saved.id);
      setSaved(latest);
      setDraft(latest.content);
      setBaseVersion(latest.version);
      setSave({ kind: 'idle' });
    } catch (error) {
      setSave({ kind: 'failed', error });
    }
  }, [orgId]);

  const dismiss = useCallback(() => setSave({ kind: 'idle' }), []);

  return {
    saved,
    draft,
    dirty,
    readOnly: saved.status !== 'draft',
    save,
    edit,
    submit,
    reloadLatest,
    dismiss,
    onChanged,
  };
}

/** Ctrl+S / Cmd+S saves (instead of the browser saving the page) while `active`. */
export function useSaveShortcut(active: boolean, submit: () => void): void {
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        submit();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, submit]);
}

/**
 * While `dirty`: the browser asks before the page is left (closing the tab, reloading, typing
 * another address), and a link inside the app that leads away from this programme (`within`, its
 * tabs are under it) asks `question` first, since the app's own navigation never unloads the page.
 */
export function useLeaveWarning(dirty: boolean, within: string, question: string): void {
  useEffect(() => {
    if (!dirty) return;
    const onLeave = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when a value is set.
      event.returnValue = '';
    };
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!(link instanceof HTMLAnchorElement) || link.target === '_blank' || link.hasAttribute('download')) return;
      const to = new URL(link.href, window.location.href);
      if (to.origin !== window.location.origin || to.pathname.startsWith('/api/')) return;
      if (to.pathname === within || to.pathname.startsWith(`${within}/`)) return;
      if (!window.confirm(question)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', onLeave);
    // Capture: before the router's link handler moves to the other page.
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onLeave);
      document.removeEventListener('click', onClick, true);
    };
  }, [dirty, within, question]);
}
