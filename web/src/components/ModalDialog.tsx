/**
 * A modal dialog: the browser's own <dialog> (it keeps the focus inside and closes on Escape),
 * closed through the parent's state, and the focus handed back to whatever opened it. The page
 * that uses it styles it through `className`.
 */
import { type ReactNode, useEffect, useId, useRef } from 'react';

export function ModalDialog({
  title,
  onClose,
  children,
  testId,
  className,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  testId?: string;
  className: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    // Whatever had the focus when the dialog opened gets it back when it closes.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal?.();
    return () => {
      dialog?.close();
      opener?.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={className}
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(event) => {
        // Escape: React decides what is shown, so the dialog closes through the parent's state.
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
