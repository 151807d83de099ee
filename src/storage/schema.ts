/**
 * The database as Kysely sees it. Hand-written, snake_case columns; the migrations are the
 * truth and `test/db/schema.test.ts` keeps the two in step.
 */
import type { ColumnType, Generated, JSONColumnType } from 'kysely';

export type StandardTable = {
  id: string;
  title: JSONColumnType<Record<string, unknown>>;
  created_at: Generated<Date>;
};

export type EditionTable = {
  id: string;
  uuid: string;
  standard_id: string;
  status: string;
  order_date: string;
  /** The edition's metadata as loaded (domain EditionMeta). */
  meta: JSONColumnType<Record<string, unknown>>;
  /** The official text the items cite by line. */
  source_text: string;
  content_hash: string;
  loaded_at: ColumnType<Date, Date | string | undefined, Date | string>;
};

/**
 * Every item of an edition, one row each: cards, their functions, tasks, skills, knowledge,
 * requirements, links; terms; professions. `data` holds the item's own fields (not its
 * children), so an edition can be assembled back exactly; the text columns serve lookup and search.
 */
export type ItemTable = {
  edition_id: string;
  id: string;
  uuid: string;
  kind: string;
  parent_id: string | null;
  card_id: string | null;
  position: number;
  text_kk: string | null;
  text_ru: string | null;
  text_en: string | null;
  source_from: number | null;
  source_to: number | null;
  data: JSONColumnType<Record<string, unknown>>;
  content_hash: string;
  deprecated: Generated<boolean>;
  card_code: string | null;
  card_level: number | null;
  /** Analysed words (normalised, stemmed) of every language's text, for search. */
  search_text: Generated<string>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
};

export type Database = {
  standard: StandardTable;
  edition: EditionTable;
  item: ItemTable;
};
