/**
 * The programme tables (migration 0012), beside schema.ts like the assessment ones. `content`
 * holds the domain's `ProgrammeContent`; the repository parses it back through its schema.
 */
import type { Generated } from 'kysely';
import type { Json, NullableTimestamp, Timestamp } from './schema.js';

export type ProgrammeTable = {
  org_id: string;
  id: string;
  title: string;
  type: string;
  lang: string;
  status: Generated<string>;
  content: Json;
  version: Generated<number>;
  demo: Generated<boolean>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  finalised_at: NullableTimestamp;
};

export type ProgrammeRevisionTable = {
  org_id: string;
  programme_id: string;
  version: number;
  status: string;
  content: Json;
  /** What changed from the revision before, in short English phrases for the audit and the history. */
  summary: Json<string[]>;
  saved_by: string | null;
  saved_at: Timestamp;
};

export type ProgrammeCardTable = {
  org_id: string;
  programme_id: string;
  card_code: string;
  card_level: number;
  edition_id: string;
};

export type ProgrammeLinkTable = { org_id: string; programme_id: string; item_id: string };

export type ProgrammeTables = {
  programme: ProgrammeTable;
  programme_revision: ProgrammeRevisionTable;
  programme_card: ProgrammeCardTable;
  programme_link: ProgrammeLinkTable;
};
