/**
 * Item ids of an imported workbook: the ids the methodologist kept are checked (format, no
 * duplicates); a blank id is given the next free one under its parent, following the data
 * files' convention (`CARD.f1.t2.s3`). Blank ids are filled only after every sheet is read, so
 * a new id never takes one that a later row already carries.
 */
import { itemIdSchema } from '../../domain/standard/schemas.js';
import type { Issues } from './xlsx-template-cells.js';
import { MSG } from './xlsx-template-messages.js';

type Holder = { id: string };

export class IdRegistry {
  private readonly seen = new Map<string, string>();
  private readonly pending: (() => void)[] = [];

  private readonly issues: Issues;

  constructor(issues: Issues) {
    this.issues = issues;
  }

  /** Takes the id written in a cell ('' = assign one later with `fresh`). */
  claim(holder: Holder, written: string, sheet: string, row: number, fresh: () => string, first = false): void {
    if (written === '') {
      // A card's id is claimed after its rows are read, but its children's ids are built from it.
      const run = () => {
        holder.id = this.next(fresh());
      };
      if (first) this.pending.unshift(run);
      else this.pending.push(run);
      return;
    }
    if (!itemIdSchema.safeParse(written).success) {
      this.issues.error(sheet, row, 'id', MSG.badId(written));
      return;
    }
    const firstPlace = this.seen.get(written);
    if (firstPlace) this.issues.error(sheet, row, 'id', MSG.duplicateId(written, firstPlace));
    else this.seen.set(written, `${sheet}!${row}`);
    holder.id = written;
  }

  /** `base` itself when free, else `base` with the first free number after it. */
  private next(base: string): string {
    const match = /^(.*?)(\d+)$/.exec(base);
    let candidate = base;
    for (let n = match ? Number(match[2]) : 1; this.seen.has(candidate); n++) {
      candidate = match ? `${match[1]}${n + 1}` : `${base}-${n + 1}`;
    }
    this.seen.set(candidate, 'new');
    return candidate;
  }

  /** Gives every blank id its value, parents before children (rows are registered in order). */
  assign(): void {
    for (const run of this.pending) run();
  }
}

/** The id a new child gets: parent id, letter, its 1-based place among its siblings. */
export const childId = (parent: Holder, letter: string, place: number) => (): string =>
  `${parent.id}.${letter}${place}`;
