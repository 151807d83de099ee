/** The draft page's Checks tab (slice B2 builds it). */
import type { DraftTabProps } from '../tab-props';

export function ChecksTab({ draft }: DraftTabProps) {
  return <section data-draft={draft.id} />;
}
