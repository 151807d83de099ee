/**
 * The assessment and certificate tables (migrations 0006 and 0007), kept beside schema.ts so
 * that neither grows past reading. JSON columns hold the domain's validated shapes; the
 * repositories parse them back through the domain schemas.
 */
import type { ColumnType, Generated } from 'kysely';
import type { DateColumn, Json, NullableDate, NullableTimestamp, Timestamp } from './schema.js';

type InstrumentColumns = {
  org_id: string;
  id: string;
  card_code: string;
  card_level: number;
  content: Json;
  status: Generated<string>;
  demo: Generated<boolean>;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
};

/** Who reviewed it and when (migration 0008); null while a draft. */
type ReviewColumns = {
  reviewed_by: ColumnType<string | null, string | null | undefined, string | null>;
  reviewed_at: NullableTimestamp;
};
export type AssessmentItemTable = InstrumentColumns & ReviewColumns;
export type PracticalTaskTable = InstrumentColumns & ReviewColumns;
export type AssessmentSpecTable = InstrumentColumns & { edition_id: string; published_at: NullableTimestamp };

export type AssessmentSessionTable = {
  org_id: string;
  id: string;
  spec_id: string;
  title: string;
  starts_on: DateColumn;
  place: string | null;
  status: Generated<string>;
  commission: Json<{ name: string; role: string }[]>;
  demo: Generated<boolean>;
  version: Generated<number>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type SessionAssessorTable = { org_id: string; session_id: string; user_id: string };

export type SessionCandidateTable = {
  org_id: string;
  session_id: string;
  id: string;
  staff_id: string | null;
  full_name: string;
  email: string | null;
  test_token_hash: string | null;
  demo: Generated<boolean>;
  created_at: Timestamp;
};

export type TestAttemptTable = {
  org_id: string;
  id: string;
  candidate_id: string;
  draw: Json;
  started_at: Timestamp;
  deadline_at: Timestamp;
  submitted_at: NullableTimestamp;
};

export type TestAnswerTable = {
  org_id: string;
  attempt_id: string;
  item_id: string;
  response: Json;
  answered_at: Timestamp;
};

export type PracticalScoreTable = {
  org_id: string;
  candidate_id: string;
  task_id: string;
  criteria: Json;
  note: string | null;
  assessor_id: string | null;
  version: Generated<number>;
  updated_at: Timestamp;
};

export type AssessmentEvidenceTable = {
  org_id: string;
  id: string;
  candidate_id: string;
  task_id: string | null;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  bytes: Uint8Array;
  uploaded_by: string | null;
  uploaded_at: Timestamp;
};

export type AssessmentDecisionTable = {
  org_id: string;
  candidate_id: string;
  function_results: Json<unknown[]>;
  outcome: string;
  reason: string | null;
  commission: Json<{ name: string; role: string }[]>;
  decided_on: DateColumn;
  decided_by: string | null;
  credential_id: string | null;
  version: Generated<number>;
};

export type AssessmentAppealTable = {
  org_id: string;
  id: string;
  candidate_id: string;
  lodged_on: DateColumn;
  grounds: string;
  outcome: string | null;
  resolved_on: NullableDate;
};

export type IssuerKeyTable = {
  org_id: string;
  id: string;
  controller: string;
  verification_method: string;
  public_key_multibase: string;
  secret_key_multibase: string;
  created_at: Timestamp;
  retired_at: NullableTimestamp;
};

export type StatusListTable = {
  org_id: string;
  id: string;
  purpose: string;
  size: number;
  next_index: Generated<number>;
  created_at: Timestamp;
  /** Migration 0011: the key the list is signed with; null for the organisation's current key. */
  issuer_key_id: string | null;
};

export type CredentialTable = {
  id: string;
  org_id: string;
  number: string;
  candidate_id: string | null;
  holder_name: string;
  card_code: string;
  card_level: number;
  edition_id: string;
  issued_at: Timestamp;
  valid_until: Timestamp;
  status_list_id: string;
  status_index: number;
  document: Json;
  revoked_at: NullableTimestamp;
  revocation_reason: string | null;
  demo: Generated<boolean>;
};

export type AssessmentTables = {
  assessment_item: AssessmentItemTable;
  practical_task: PracticalTaskTable;
  assessment_spec: AssessmentSpecTable;
  assessment_session: AssessmentSessionTable;
  session_assessor: SessionAssessorTable;
  session_candidate: SessionCandidateTable;
  test_attempt: TestAttemptTable;
  test_answer: TestAnswerTable;
  practical_score: PracticalScoreTable;
  assessment_evidence: AssessmentEvidenceTable;
  assessment_decision: AssessmentDecisionTable;
  assessment_appeal: AssessmentAppealTable;
  issuer_key: IssuerKeyTable;
  status_list: StatusListTable;
  credential: CredentialTable;
};
