import type { ColumnType, Generated } from 'kysely';

// Table types, written by hand once per migration. Instants read back as a Date on PostgreSQL
// and as ISO-8601 text on SQLite; queries turn them into ISO strings at one seam (see `iso`).
type Instant = ColumnType<Date | string, string | undefined, string>;
type NullableInstant = ColumnType<Date | string | null, string | null | undefined, string | null>;
// bigint columns come back as strings from pg; SQLite gives numbers.
type NullableBigInt = ColumnType<number | string | null, number | null | undefined, number | null>;

export interface UserTable {
  id: string;
  name: string;
  email: string;
  emailVerified: ColumnType<boolean | number, boolean | number, boolean | number>;
  image: string | null;
  createdAt: ColumnType<Date | string, Date | string, Date | string>;
  updatedAt: ColumnType<Date | string, Date | string, Date | string>;
  role: string;
}

export interface SessionTable {
  id: string;
  expiresAt: ColumnType<Date | string, Date | string, Date | string>;
  token: string;
  userId: string;
}

export interface InvitationTable {
  id: Generated<number>;
  email: string;
  role: string;
  token_hash: string;
  invited_by: string | null;
  candidate_id: number | null;
  expires_at: Instant;
  accepted_at: NullableInstant;
  created_at: Instant;
}

export interface CompanyTable {
  id: Generated<number>;
  name: string;
  slug: string;
  industry: Generated<string>;
  website: Generated<string>;
  description: Generated<string>;
  internal_notes: Generated<string>;
  created_by: string | null;
  created_at: Instant;
  updated_at: Instant;
}

export interface OpeningTable {
  id: Generated<number>;
  slug: string;
  company_id: number;
  title: string;
  field: string;
  description: string;
  city: string;
  region: string;
  country: string;
  workplace_type: string;
  employment_type: string;
  salary_min: NullableBigInt;
  salary_max: NullableBigInt;
  salary_currency: string | null;
  salary_period: string | null;
  salary_max_yearly: NullableBigInt;
  positions: number;
  status: string;
  hiring_contact_id: number | null;
  owner_id: string | null;
  posted_at: NullableInstant;
  valid_through: NullableInstant;
  created_by: string | null;
  created_at: Instant;
  updated_at: Instant;
}

export interface CandidateTable {
  id: Generated<number>;
  user_id: string | null;
  name: string;
  email: Generated<string>;
  phone: Generated<string>;
  phone_key: Generated<string>;
  city: Generated<string>;
  region: Generated<string>;
  country: Generated<string>;
  headline: Generated<string>;
  field: string | null;
  years_experience: number | null;
  workplace_types: Generated<string>;
  employment_types: Generated<string>;
  salary_amount: NullableBigInt;
  salary_currency: string | null;
  salary_period: string | null;
  available_from: string | null;
  source: string;
  owner_id: string | null;
  consent_on: string | null;
  consent_wording: Generated<string>;
  created_by: string | null;
  created_at: Instant;
  updated_at: Instant;
}

/** candidate_skill and opening_skill share this shape, keyed by their owner's id. */
export interface SkillRow {
  skill_key: string;
  name: string;
  known: number;
  position: number;
}

export interface ContactTable {
  id: Generated<number>;
  company_id: number;
  name: string;
  title: Generated<string>;
  email: Generated<string>;
  phone: Generated<string>;
  notes: Generated<string>;
  created_at: Instant;
  updated_at: Instant;
}

export interface StoredFileTable {
  id: Generated<number>;
  owner_id: string;
  purpose: string;
  original_name: string;
  mime_type: string;
  size_bytes: number;
  storage_key: string;
  created_at: Instant;
}

export interface ApplicationTable {
  id: Generated<number>;
  opening_id: number;
  candidate_id: number;
  origin: string;
  submitted_by: string | null;
  cover_note: Generated<string>;
  resume_file_id: number | null;
  stage_id: number;
  stage_entered_at: Instant;
  created_at: Instant;
  updated_at: Instant;
}

export interface PipelineStageTable {
  id: Generated<number>;
  key: string | null;
  name: string;
  kind: string;
  seeker_label: string;
  seeker_next: Generated<string>;
  position: number;
  retired_at: NullableInstant;
}

export interface StageMoveTable {
  id: Generated<number>;
  application_id: number;
  from_stage_id: number | null;
  to_stage_id: number;
  moved_by: string | null;
  note: Generated<string>;
  created_at: Instant;
}

export interface NoteTable {
  id: Generated<number>;
  subject_type: string;
  subject_id: number;
  candidate_id: number | null;
  body: string;
  visibility: string;
  author_id: string | null;
  created_at: Instant;
  updated_at: Instant;
}

export interface TaskTable {
  id: Generated<number>;
  title: string;
  details: Generated<string>;
  due_at: Instant;
  assignee_id: string;
  created_by: string | null;
  subject_type: string | null;
  subject_id: number | null;
  candidate_id: number | null;
  done_at: NullableInstant;
  done_by: string | null;
  created_at: Instant;
  updated_at: Instant;
}

export interface ActivityTable {
  id: Generated<number>;
  candidate_id: number | null;
  opening_id: number | null;
  application_id: number | null;
  kind: string;
  summary: string;
  actor_id: string | null;
  created_at: Instant;
}

export interface CandidateResumeTable {
  id: Generated<number>;
  candidate_id: number;
  file_id: number;
  text: Generated<string>;
  uploaded_by: string | null;
  created_at: Instant;
}

export interface ImportBatchTable {
  id: Generated<number>;
  kind: string;
  status: Generated<string>;
  created_by: string;
  file_name: Generated<string>;
  headers: string;
  mapping: Generated<string>;
  create_companies: Generated<number>;
  total: number;
  checked: Generated<number>;
  processed: Generated<number>;
  imported: Generated<number>;
  error: Generated<string>;
  finished_at: NullableInstant;
  created_at: Instant;
  updated_at: Instant;
}

export interface ImportRowTable {
  batch_id: number;
  n: number;
  cells: string;
  edits: Generated<string>;
  record_id: number | null;
  skip_reason: Generated<string>;
}

export interface SettingTable {
  key: string;
  value: string;
}

export interface OutboxTable {
  id: Generated<number>;
  kind: string;
  payload: string;
  status: Generated<string>;
  attempts: Generated<number>;
  last_error: string | null;
  run_after: Instant;
  locked_until: NullableInstant;
  created_at: Instant;
  done_at: NullableInstant;
}

export interface InterviewTable {
  id: Generated<number>;
  application_id: number;
  round: string;
  format: string;
  duration_minutes: number;
  location: Generated<string>;
  video_url: Generated<string>;
  instructions: Generated<string>;
  zone: string;
  state: string;
  capacity: Generated<number>;
  uid: string;
  sequence: Generated<number>;
  cancelled_by: string | null;
  cancel_reason: string | null;
  cancel_note: Generated<string>;
  cancelled_at: NullableInstant;
  created_by: string | null;
  created_at: Instant;
  updated_at: Instant;
}

export interface InterviewSlotTable {
  id: Generated<number>;
  interview_id: number;
  starts_at: Instant;
  ends_at: Instant;
  seats_taken: Generated<number>;
}

export interface InterviewBookingTable {
  id: Generated<number>;
  interview_id: number;
  slot_id: number;
  candidate_id: number;
  state: string;
  confirmed_at: NullableInstant;
  cancel_reason: string | null;
  cancel_note: Generated<string>;
  attendance: string | null;
  /** Set when the candidate asked for another time; cleared when the time moves. */
  move_requested_at: NullableInstant;
  move_request_note: Generated<string>;
  created_at: Instant;
  updated_at: Instant;
}

export interface InterviewTimeChangeTable {
  id: Generated<number>;
  interview_id: number;
  from_starts_at: Instant;
  from_ends_at: Instant;
  to_starts_at: Instant;
  to_ends_at: Instant;
  changed_by: string | null;
  created_at: Instant;
}

export interface QuestionTable {
  id: Generated<number>;
  key: string | null;
  text: string;
  category: string;
  difficulty: string;
  looking_for: Generated<string>;
  guide: Generated<string>;
  company_id: number | null;
  source: string;
  times_asked: Generated<number>;
  last_asked_at: NullableInstant;
  retired_at: NullableInstant;
  created_by: string | null;
  created_at: Instant;
  updated_at: Instant;
}

export interface PreparedAnswerTable {
  id: Generated<number>;
  user_id: string;
  question_id: number;
  body: Generated<string>;
  star: string | null;
  shared: Generated<number>;
  created_at: Instant;
  updated_at: Instant;
}

export interface PracticeSessionTable {
  id: Generated<number>;
  user_id: string;
  source: string;
  interview_id: number | null;
  field: string | null;
  started_at: Instant;
  finished_at: NullableInstant;
}

export interface PracticeItemTable {
  id: Generated<number>;
  session_id: number;
  question_id: number;
  position: number;
  target_seconds: number;
  seconds: number | null;
  typed: Generated<string>;
  rating: string | null;
  note: Generated<string>;
  rated_at: NullableInstant;
}

export interface ReviewCardTable {
  user_id: string;
  question_id: number;
  due: Instant;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: Generated<number>;
  reps: number;
  lapses: number;
  state: number;
  last_review: NullableInstant;
}

export interface WritingAttemptTable {
  id: Generated<number>;
  user_id: string;
  prompt_key: string;
  started_at: Instant;
  deadline_at: Instant;
  body: Generated<string>;
  saved_at: NullableInstant;
  submitted_at: NullableInstant;
  auto_submitted: Generated<number>;
  feedback: Generated<string>;
  feedback_by: string | null;
  feedback_at: NullableInstant;
}

export interface MockInterviewTable {
  id: Generated<number>;
  candidate_id: number;
  interviewer_id: string | null;
  title: string;
  held_at: Instant;
  feedback: Generated<string>;
  shared_at: NullableInstant;
  created_at: Instant;
  updated_at: Instant;
}

export interface MockInterviewAnswerTable {
  mock_interview_id: number;
  position: number;
  question_id: number;
  structure: number | null;
  relevance: number | null;
  evidence: number | null;
  delivery: number | null;
  comment: Generated<string>;
}

export interface DebriefTable {
  id: Generated<number>;
  interview_id: number;
  candidate_id: number;
  author_id: string | null;
  author_role: string;
  company_id: number | null;
  opening_id: number | null;
  field: string | null;
  interview_at: Instant;
  difficulty: number | null;
  experience: string | null;
  interest_before: number | null;
  interest_after: number | null;
  surprises: Generated<string>;
  outcome: Generated<string>;
  format_note: Generated<string>;
  format_note_visibility: Generated<string>;
  team: Generated<string>;
  team_visibility: Generated<string>;
  workplace: Generated<string>;
  workplace_visibility: Generated<string>;
  insider: Generated<string>;
  insider_visibility: Generated<string>;
  other_roles: Generated<string>;
  other_roles_visibility: Generated<string>;
  created_at: Instant;
  updated_at: Instant;
}

export interface CalendarTokenTable {
  user_id: string;
  token_hash: string;
  created_at: Instant;
}

export interface AvailabilityTable {
  owner_type: 'user' | 'contact';
  owner_id: string;
  zone: string;
  /** JSON: WeeklyRule[] (src/shared/availability.ts). */
  weekly: string;
  /** JSON: AvailabilityException[]. */
  exceptions: string;
  updated_at: Instant;
}

export interface GroupRunTable {
  id: Generated<number>;
  exercise_key: string;
  title: string;
  minutes: number;
  created_by: string | null;
  started_at: NullableInstant;
  ends_at: NullableInstant;
  finished_at: NullableInstant;
  created_at: Instant;
  updated_at: Instant;
}

export interface GroupRunMemberTable {
  run_id: number;
  candidate_id: number;
  /** Private to the candidate: never shown to staff or to other members. */
  notes: Generated<string>;
  self_review: Generated<string>;
  self_rating: number | null;
  reviewed_at: NullableInstant;
}

export interface Tables {
  user: UserTable;
  session: SessionTable;
  invitation: InvitationTable;
  company: CompanyTable;
  opening: OpeningTable;
  stored_file: StoredFileTable;
  application: ApplicationTable;
  outbox: OutboxTable;
  candidate: CandidateTable;
  candidate_skill: SkillRow & { candidate_id: number };
  opening_skill: SkillRow & { opening_id: number };
  contact: ContactTable;
  pipeline_stage: PipelineStageTable;
  stage_move: StageMoveTable;
  note: NoteTable;
  task: TaskTable;
  activity: ActivityTable;
  candidate_resume: CandidateResumeTable;
  setting: SettingTable;
  import_batch: ImportBatchTable;
  import_row: ImportRowTable;
  interview: InterviewTable;
  interview_invitee: { interview_id: number; application_id: number };
  interview_interviewer: { interview_id: number; contact_id: number };
  interview_slot: InterviewSlotTable;
  interview_booking: InterviewBookingTable;
  interview_time_change: InterviewTimeChangeTable;
  interview_checklist_tick: { booking_id: number; item_key: string; ticked_at: Instant };
  calendar_token: CalendarTokenTable;
  question: QuestionTable;
  question_field: { question_id: number; field: string };
  insight_count: { scope: string; week: string; metric: string; n: number };
  insight_person: { scope: string; metric: string; candidate_id: number; last_week: string };
  question_sighting: {
    id: Generated<number>;
    question_id: number;
    company_id: number | null;
    field: string | null;
    interview_id: number | null;
    asked_at: Instant;
  };
  prepared_answer: PreparedAnswerTable;
  prepared_answer_version: {
    id: Generated<number>;
    answer_id: number;
    body: string;
    star: string | null;
    created_at: Instant;
  };
  story: {
    id: Generated<number>;
    user_id: string;
    title: string;
    body: Generated<string>;
    skills: Generated<string>;
    created_at: Instant;
    updated_at: Instant;
  };
  story_question: { story_id: number; question_id: number };
  practice_session: PracticeSessionTable;
  practice_item: PracticeItemTable;
  review_card: ReviewCardTable;
  writing_attempt: WritingAttemptTable;
  debrief: DebriefTable;
  debrief_question: {
    debrief_id: number;
    position: number;
    question_id: number;
    visibility: Generated<string>;
    note: Generated<string>;
    note_visibility: Generated<string>;
  };
  debrief_skill: {
    debrief_id: number;
    skill_key: string;
    name: string;
    known: number;
    visibility: Generated<string>;
  };
  debrief_request: { booking_id: number; requested_at: Instant };
  availability: AvailabilityTable;
  mock_interview: MockInterviewTable;
  mock_interview_answer: MockInterviewAnswerTable;
  group_prep_tick: { user_id: string; item_key: string; ticked_at: Instant };
  group_run: GroupRunTable;
  group_run_member: GroupRunMemberTable;
  lead: LeadTable;
  lead_note: LeadNoteTable;
  blog_image: BlogImageTable;
  post: PostTable;
  post_tag: { post_id: number; tag: string; tag_slug: string };
  comment: CommentTable;
}

export interface BlogImageTable {
  id: Generated<number>;
  key: string;
  width: number;
  height: number;
  widths: string;
  uploaded_by: string | null;
  created_at: Instant;
}

export interface PostTable {
  id: Generated<number>;
  title: string;
  slug: string;
  summary: Generated<string>;
  body: Generated<string>;
  author_id: string | null;
  cover_image_id: number | null;
  cover_alt: Generated<string>;
  published_at: NullableInstant;
  created_at: Instant;
  updated_at: Instant;
}

export interface CommentTable {
  id: Generated<number>;
  post_id: number;
  parent_id: number | null;
  status: Generated<string>;
  spam_reason: string | null;
  name: string;
  email: string;
  website: Generated<string>;
  body: string;
  ip_hash: Generated<string>;
  notify_replies: Generated<number>;
  user_id: string | null;
  approved_at: NullableInstant;
  notified_at: NullableInstant;
  created_at: Instant;
  updated_at: Instant;
}

export interface LeadTable {
  id: Generated<number>;
  kind: string;
  status: Generated<string>;
  spam_reason: string | null;
  name: string;
  email: string;
  phone: Generated<string>;
  company: Generated<string>;
  looking_for: Generated<string>;
  message: Generated<string>;
  consented_at: Instant;
  ip_hash: string;
  assigned_to: string | null;
  candidate_id: number | null;
  company_id: number | null;
  contact_id: number | null;
  created_at: Instant;
  updated_at: Instant;
}

export interface LeadNoteTable {
  id: Generated<number>;
  lead_id: number;
  author_id: string | null;
  body: string;
  created_at: Instant;
}

/** Turns an instant as either database returns it into an ISO-8601 UTC string. */
export function iso(value: Date | string): string;
export function iso(value: Date | string | null): string | null;
export function iso(value: Date | string | null): string | null {
  if (value === null) return null;
  return value instanceof Date ? value.toISOString() : new Date(value).toISOString();
}

/** Turns a bigint column (a string from pg) into a number. */
export function num(value: number | string): number;
export function num(value: number | string | null): number | null;
export function num(value: number | string | null): number | null {
  return value === null ? null : Number(value);
}
