/** The draft page's Review tab (slice B2 builds it). */
import type { DraftTabProps } from '../tab-props';

export function ReviewTab({ draft }: DraftTabProps) {
  return <section data-draft={draft.id} />;
}
