/**
 * Assessment: the instruments an organisation builds from a card (test items, practical tasks,
 * specifications) and the sessions it runs with them (candidates, assessors, online test
 * attempts with every answer stored as it is given, checklist scores, evidence files, decisions
 * and appeals). Every table is keyed by the organisation first, like the staff register.
 */
import { type Kysely, sql } from 'kysely';

const STATEMENTS = [
  `create table assessment_item (
     org_id uuid not null references organisation(id) on delete cascade,
     id uuid not null,
     card_code text not null,
     card_level integer not null,
     content jsonb not null,
     status text not null default 'draft',
     demo boolean not null default false,
     version integer not null default 1,
     created_by uuid,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     primary key (org_id, id)
   )`,
  'create index assessment_item_card on assessment_item (org_id, card_code, card_level)',
  `create table practical_task (
     org_id uuid not null references organisation(id) on delete cascade,
     id uuid not null,
     card_code text not null,
     card_level integer not null,
     content jsonb not null,
     status text not null default 'draft',
     demo boolean not null default false,
     version integer not null default 1,
     created_by uuid,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     primary key (org_id, id)
   )`,
  `create table assessment_spec (
     org_id uuid not null references organisation(id) on delete cascade,
     id uuid not null,
     card_code text not null,
     card_level integer not null,
     edition_id text not null,
     content jsonb not null,
     status text not null default 'draft',
     published_at timestamptz,
     demo boolean not null default false,
     version integer not null default 1,
     created_by uuid,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     primary key (org_id, id)
   )`,
  `create table assessment_session (
     org_id uuid not null references organisation(id) on delete cascade,
     id uuid not null,
     spec_id uuid not null,
     title text not null,
     starts_on date not null,
     place text,
     status text not null default 'scheduled',
     commission jsonb not null default '[]',
     demo boolean not null default false,
     version integer not null default 1,
     created_by uuid,
     created_at timestamptz not null default now(),
     updated_at timestamptz not null default now(),
     primary key (org_id, id),
     foreign key (org_id, spec_id) references assessment_spec(org_id, id)
   )`,
  `create table session_assessor (
     org_id uuid not null,
     session_id uuid not null,
     user_id uuid not null references user_account(id) on delete cascade,
     primary key (org_id, session_id, user_id),
     foreign key (org_id, session_id) references assessment_session(org_id, id) on delete cascade
   )`,
  `create table session_candidate (
     org_id uuid not null,
     session_id uuid not null,
     id uuid not null,
     staff_id uuid,
     full_name text not null,
     email text,
     test_token_hash text unique,
     demo boolean not null default false,
     created_at timestamptz not null default now(),
     primary key (org_id, id),
     foreign key (org_id, session_id) references assessment_session(org_id, id) on delete cascade
   )`,
  'create index session_candidate_session on session_candidate (org_id, session_id)',
  `create table test_attempt (
     org_id uuid not null,
     id uuid not null,
     candidate_id uuid not null,
     draw jsonb not null,
     started_at timestamptz not null,
     deadline_at timestamptz not null,
     submitted_at timestamptz,
     primary key (org_id, id),
     unique (org_id, candidate_id),
     foreign key (org_id, candidate_id) references session_candidate(org_id, id) on delete cascade
   )`,
  `create table test_answer (
     org_id uuid not null,
     attempt_id uuid not null,
     item_id uuid not null,
     response jsonb not null,
     answered_at timestamptz not null,
     primary key (org_id, attempt_id, item_id),
     foreign key (org_id, attempt_id) references test_attempt(org_id, id) on delete cascade
   )`,
  `create table practical_score (
     org_id uuid not null,
     candidate_id uuid not null,
     task_id uuid not null,
     criteria jsonb not null,
     note text,
     assessor_id uuid,
     version integer not null default 1,
     updated_at timestamptz not null default now(),
     primary key (org_id, candidate_id, task_id),
     foreign key (org_id, candidate_id) references session_candidate(org_id, id) on delete cascade
   )`,
  `create table assessment_evidence (
     org_id uuid not null,
     id uuid not null,
     candidate_id uuid not null,
     task_id uuid,
     file_name text not null,
     media_type text not null,
     size_bytes integer not null,
     sha256 text not null,
     bytes bytea not null,
     uploaded_by uuid,
     uploaded_at timestamptz not null default now(),
     primary key (org_id, id),
     foreign key (org_id, candidate_id) references session_candidate(org_id, id) on delete cascade
   )`,
  `create table assessment_decision (
     org_id uuid not null,
     candidate_id uuid not null,
     function_results jsonb not null,
     outcome text not null,
     reason text,
     commission jsonb not null,
     decided_on date not null,
     decided_by uuid,
     credential_id uuid,
     version integer not null default 1,
     primary key (org_id, candidate_id),
     foreign key (org_id, candidate_id) references session_candidate(org_id, id) on delete cascade
   )`,
  `create table assessment_appeal (
     org_id uuid not null,
     id uuid not null,
     candidate_id uuid not null,
     lodged_on date not null,
     grounds text not null,
     outcome text,
     resolved_on date,
     primary key (org_id, id),
     foreign key (org_id, candidate_id) references session_candidate(org_id, id) on delete cascade
   )`,
];

const TABLES = [
  'assessment_appeal',
  'assessment_decision',
  'assessment_evidence',
  'practical_score',
  'test_answer',
  'test_attempt',
  'session_candidate',
  'session_assessor',
  'assessment_session',
  'assessment_spec',
  'practical_task',
  'assessment_item',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of STATEMENTS) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of TABLES) await sql.raw(`drop table if exists ${table}`).execute(db);
}
