/** The draft page's Changes tab (slice B2 builds it). */
import type { DraftTabProps } from '../tab-props';

export function ChangesTab({ draft }: DraftTabProps) {
  return <section data-draft={draft.id} />;
}
