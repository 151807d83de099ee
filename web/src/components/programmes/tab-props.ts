/**
 * What the programme page hands each of its tabs and header parts (the contract between the
 * editor and the coverage, history, impact, actions and downloads components).
 */
import type { components } from '../../api/schema';

export type Programme = components['schemas']['Programme'];
export type ProgrammeContent = Programme['content'];

export type ProgrammeTabProps = {
  orgId: string;
  /** The programme as last saved (or finalised, reopened, archived, restored). */
  programme: Programme;
  /** After a write that changed the programme: the page shows the new version everywhere. */
  onChanged: (programme: Programme) => void;
  /**
   * True while the modules tab holds edits not saved yet: finalising, archiving or restoring a
   * revision must not run on a document the designer is still changing, so those ask to save first.
   */
  dirty: boolean;
};
