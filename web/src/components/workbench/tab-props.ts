/** What every tab of the draft page takes: the draft as last read, and a way to read it again. */
import type { components } from '../../api/schema';

export type Draft = components['schemas']['Draft'];
export type DraftItem = components['schemas']['DraftItem'];

export type DraftTabProps = {
  draft: Draft;
  /** Reads the draft again (after a workflow step, or when the server said it changed). */
  reload: () => void;
};
