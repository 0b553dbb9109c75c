import type { Migration } from 'kysely';
import * as m001 from './001_accounts.ts';
import * as m002 from './002_openings.ts';
import * as m003 from './003_applications.ts';
import * as m004 from './004_outbox.ts';
import * as m005 from './005_place_search.ts';
import * as m006 from './006_candidates.ts';
import * as m007 from './007_candidate_claims.ts';
import * as m008 from './008_pipeline.ts';
import * as m009 from './009_imports.ts';
import * as m010 from './010_pipeline_indexes.ts';
import * as m011 from './011_report_indexes.ts';
import * as m012 from './012_outbox_reminders.ts';
import * as m013 from './013_interviews.ts';
import * as m014 from './014_calendars.ts';
import * as m015 from './015_interview_prep.ts';
import * as m016 from './016_interview_move_requests.ts';
import * as m017 from './017_practice.ts';
import * as m018 from './018_writing_tests.ts';
import * as m019 from './019_mock_interviews.ts';
import * as m020 from './020_group_exercises.ts';
import * as m021 from './021_question_sightings.ts';
import * as m022 from './022_debriefs.ts';
import * as m023 from './023_insight_rollups.ts';
import * as m024 from './024_kept_questions.ts';
import * as m025 from './025_blog.ts';
import * as m026 from './026_leads.ts';
import * as m027 from './027_comments.ts';

/** Every migration, by name, in order. Listed by hand so bundling and tsx need no directory scan. */
export const migrations: Record<string, Migration> = {
  '001_accounts': m001,
  '002_openings': m002,
  '003_applications': m003,
  '004_outbox': m004,
  '005_place_search': m005,
  '006_candidates': m006,
  '007_candidate_claims': m007,
  '008_pipeline': m008,
  '009_imports': m009,
  '010_pipeline_indexes': m010,
  '011_report_indexes': m011,
  '012_outbox_reminders': m012,
  '013_interviews': m013,
  '014_calendars': m014,
  '015_interview_prep': m015,
  '016_interview_move_requests': m016,
  '017_practice': m017,
  '018_writing_tests': m018,
  '019_mock_interviews': m019,
  '020_group_exercises': m020,
  '021_question_sightings': m021,
  '022_debriefs': m022,
  '023_insight_rollups': m023,
  '024_kept_questions': m024,
  '025_blog': m025,
  '026_leads': m026,
  '027_comments': m027,
};
