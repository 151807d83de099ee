/**
 * The workbench tables (migration 0013). `draft_item.data` holds an item record's own fields
 * (domain `ItemRecord.data`); `draft_edition.meta` the edition metadata being drafted.
 */
import type { Generated, JSONColumnType } from 'kysely';
import type { Json, NullableTimestamp, Timestamp } from './schema.js';

export type DraftEditionTable = {
  id: string;
  standard_id: string;
  /** The standard's title ({kk, ru?, en?}), for lists. */
  title: Json;
  /** The published edition the draft started from; null for a new standard. */
  base_edition_id: string | null;
  status: Generated<string>;
  meta: Json;
  /** The official text the draft's sources cite, when there is one (the base's, or uploaded). */
  official_text: string | null;
  revision: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  submitted_by: string | null;
  submitted_at: NullableTimestamp;
  approved_by: string | null;
  approved_at: NullableTimestamp;
  published_by: string | null;
  published_at: NullableTimestamp;
  published_edition_id: string | null;
  /** How it began: `edition` (from a published one), `empty`, `xlsx`, `case`, `csv`, `json`. */
  origin: Generated<string>;
  /** The review state of the draft's translations, as on an edition row (migration 0014). */
  translation_reviews: JSONColumnType<
    Record<string, Record<string, string>> | null,
    string | null | undefined,
    string | null
  >;
};

export type DraftItemTable = {
  draft_id: string;
  id: string;
  kind: string;
  parent_id: string | null;
  card_id: string | null;
  position: number;
  data: Json;
  deprecated: Generated<boolean>;
  revision: Generated<number>;
  base_hash: string | null;
  updated_by: string | null;
  updated_at: Timestamp;
};

export type DraftCommentTable = {
  id: string;
  draft_id: string;
  item_id: string | null;
  body: string;
  author_id: string | null;
  created_at: Timestamp;
  resolved_by: string | null;
  resolved_at: NullableTimestamp;
};

export type WorkbenchTables = {
  draft_edition: DraftEditionTable;
  draft_item: DraftItemTable;
  draft_comment: DraftCommentTable;
};
