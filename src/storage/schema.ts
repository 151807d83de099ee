/**
 * The database as Kysely sees it. Hand-written, snake_case columns; the migrations are the
 * truth and `test/db/schema.test.ts` keeps the two in step.
 */
import type { ColumnType, Generated, JSONColumnType } from 'kysely';
import type { AssessmentTables } from './schema-assessment.js';
import type { ProgrammeTables } from './schema-programmes.js';
import type { WorkbenchTables } from './schema-workbench.js';

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
  /** Per language and text key, the review state of its unofficial translation (migration 0014); null: none. */
  translation_reviews: JSONColumnType<
    Record<string, Record<string, string>> | null,
    string | null | undefined,
    string | null
  >;
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

export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export type UserAccountTable = {
  id: string;
  email: string;
  display_name: string;
  password_hash: string | null;
  platform_roles: ColumnType<string[], string[] | undefined, string[]>;
  status: Generated<string>;
  created_at: Timestamp;
  erased_at: NullableTimestamp;
};

export type UserSessionTable = {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  user_agent: string | null;
};

export type ApiTokenTable = {
  id: string;
  user_id: string;
  name: string;
  secret_hash: string;
  scopes: string[];
  created_at: Timestamp;
  expires_at: Timestamp;
  last_used_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
};

export type OrganisationTable = { id: string; name: string; kind: string; bin: string | null; created_at: Timestamp };

export type MembershipTable = { org_id: string; user_id: string; roles: string[]; created_at: Timestamp };

export type InvitationTable = {
  id: string;
  org_id: string;
  email: string;
  roles: string[];
  token_hash: string;
  created_by: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  accepted_at: NullableTimestamp;
  accepted_by: string | null;
  revoked_at: NullableTimestamp;
};

export type PasswordResetTable = {
  token_hash: string;
  user_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: NullableTimestamp;
};

export type ConsentTable = {
  id: string;
  user_id: string;
  purpose: string;
  given_at: Timestamp;
  withdrawn_at: NullableTimestamp;
};

export type LoginFailureTable = { key: string; at: Timestamp };

export type AuditEventTable = {
  seq: Generated<string>;
  id: string;
  at: Timestamp;
  actor_kind: string;
  actor_user_id: string | null;
  actor_token_id: string | null;
  operation: string;
  event: string;
  org_id: string | null;
  subject_user_id: string | null;
  target_kind: string;
  target_id: string;
  before: JSONColumnType<Record<string, unknown> | null, string | null, string | null>;
  after: JSONColumnType<Record<string, unknown> | null, string | null, string | null>;
  request_id: string | null;
};

export type DateColumn = ColumnType<string, string, string>;
export type NullableDate = ColumnType<string | null, string | null | undefined, string | null>;
export type Json<T extends object = Record<string, unknown>> = JSONColumnType<T, string, string>;
type NullableJson = JSONColumnType<Record<string, unknown> | null, string | null | undefined, string | null>;

export type StaffMemberTable = {
  org_id: string;
  id: string;
  personnel_no: string;
  full_name: string;
  card_code: string;
  card_level: number;
  /** The whole staff record (domain StaffRecord): personal data, private to the organisation. */
  record: Json;
  user_id: string | null;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type StaffCategoryTable = {
  org_id: string;
  staff_id: string;
  computed_at: Timestamp;
  as_of: DateColumn;
  edition_id: string;
  card_code: string;
  card_level: number;
  /** Hash of the card's requirement rules it was computed on: a new edition with other rules makes it stale. */
  rules_hash: string;
  status: string;
  category: string | null;
  result: Json;
};

export type AttestationPolicyTable = { org_id: string; policy: Json; updated_at: Timestamp };

export type CommissionTable = {
  org_id: string;
  id: string;
  name: string;
  chair: string;
  secretary: string | null;
  members: Json<string[]>;
  version: Generated<number>;
  created_at: Timestamp;
};

export type AttestationTable = {
  org_id: string;
  id: string;
  staff_id: string;
  commission_id: string | null;
  protocol_no: string | null;
  scheduled_on: DateColumn;
  stage: string;
  testing: NullableJson;
  interview: NullableJson;
  decision: NullableJson;
  appeal: NullableJson;
  decided_on: NullableDate;
  category: string | null;
  valid_until: NullableDate;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type DevelopmentPlanTable = {
  org_id: string;
  id: string;
  staff_id: string;
  title: string;
  target_code: string;
  target_level: number;
  edition_id: string;
  basis: Json;
  status: string;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type DevelopmentPlanItemTable = {
  org_id: string;
  plan_id: string;
  id: string;
  position: number;
  title: string;
  kind: string;
  item_ids: string[];
  provider: string | null;
  hours: number | null;
  due_on: NullableDate;
  status: string;
  completed_on: NullableDate;
};

export type StaffImportTable = {
  org_id: string;
  id: string;
  created_by: string | null;
  created_at: Timestamp;
  file_name: string;
  status: string;
  /** Plans stored before migration 0015; newer ones are in plan_gzip. */
  plan: NullableJson;
  /** The plan as gzipped JSON (migration 0015: jsonb input grew PGlite's memory for good). */
  plan_gzip: Buffer | null;
  summary: Json;
  committed_at: NullableTimestamp;
};

export type StaffMappingTable = {
  org_id: string;
  id: string;
  name: string;
  mapping: Json<Record<string, string>>;
  created_at: Timestamp;
};

export type CalendarFeedTable = {
  org_id: string;
  id: string;
  user_id: string;
  secret_hash: string;
  lang: string;
  created_at: Timestamp;
  last_used_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
};

export type Database = AssessmentTables &
  ProgrammeTables &
  WorkbenchTables & {
    standard: StandardTable;
    edition: EditionTable;
    item: ItemTable;
    user_account: UserAccountTable;
    user_session: UserSessionTable;
    api_token: ApiTokenTable;
    organisation: OrganisationTable;
    membership: MembershipTable;
    invitation: InvitationTable;
    password_reset: PasswordResetTable;
    consent: ConsentTable;
    login_failure: LoginFailureTable;
    audit_event: AuditEventTable;
    staff_member: StaffMemberTable;
    staff_category: StaffCategoryTable;
    attestation_policy: AttestationPolicyTable;
    commission: CommissionTable;
    attestation: AttestationTable;
    development_plan: DevelopmentPlanTable;
    development_plan_item: DevelopmentPlanItemTable;
    staff_import: StaffImportTable;
    staff_mapping: StaffMappingTable;
    calendar_feed: CalendarFeedTable;
  };
