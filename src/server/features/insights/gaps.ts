import type { Kysely } from 'kysely';
import type { InsightQuestion, InsightSkill } from '../../../shared/insights.ts';
import type { Tables } from '../../db/tables.ts';

// Pure: what a seeker could work on, from their field's insight (already thinned by the
// five-people rule): the skills employers ask about that their profile does not show, and the
// questions asked most or rising that they have never practised.

const SHOWN = 10;

export function missingSkills(
  asked: readonly InsightSkill[],
  profileKeys: ReadonlySet<string>,
): InsightSkill[] {
  return asked.filter((s) => s.mentions > 0 && !profileKeys.has(s.key)).slice(0, SHOWN);
}

/** Rising and new questions first (they are what changed), then the most asked. */
export function unpractised(
  questions: readonly InsightQuestion[],
  practised: ReadonlySet<number>,
): InsightQuestion[] {
  const open = questions.filter((q) => !practised.has(q.questionId));
  const moving = open.filter((q) => q.trend === 'new' || q.trend === 'rising');
  const rest = open.filter((q) => !moving.includes(q));
  return [...moving, ...rest].slice(0, SHOWN);
}

/** The seeker's profile skills and the questions they have answered in practice. */
export async function seekerState(db: Kysely<Tables>, userId: string) {
  const candidate = await db
    .selectFrom('candidate')
    .select(['id', 'field'])
    .where('user_id', '=', userId)
    .executeTakeFirst();
  const skills = candidate
    ? await db
        .selectFrom('candidate_skill')
        .select('skill_key')
        .where('candidate_id', '=', candidate.id)
        .execute()
    : [];
  const practised = await db
    .selectFrom('practice_item as i')
    .innerJoin('practice_session as s', 's.id', 'i.session_id')
    .select('i.question_id')
    .distinct()
    .where('s.user_id', '=', userId)
    .where('i.rating', 'is not', null)
    .execute();
  return {
    field: candidate?.field ?? null,
    profileKeys: new Set(skills.map((s) => s.skill_key)),
    practised: new Set(practised.map((p) => p.question_id)),
  };
}
