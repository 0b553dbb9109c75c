// Notes and tasks for the demo, through the HTTP API as the recruiter who writes them. Task due
// times are relative to seeding, so "My day" always has something overdue, due today and coming.
import { note } from '../../../shared/notes.ts';
import { task } from '../../../shared/tasks.ts';
import type { Api } from './api.ts';
import type { CompanyKey } from './content/companies.ts';
import { NOTES, TASKS } from './content/follow-ups.ts';
import type { SubjectSeed } from './content/types.ts';
import { pairKey, type Staff, staffOf } from './seed-pipeline.ts';

export interface FollowUpInput {
  api: Api;
  now: number;
  recruiters: readonly Staff[];
  /** Candidate ids by CandidateSeed key or seeker email. */
  candidates: ReadonlyMap<string, number>;
  /** Application ids by pairKey(who, opening key). */
  applications: ReadonlyMap<string, number>;
  openings: ReadonlyMap<string, { id: number }>;
  companies: ReadonlyMap<CompanyKey, number>;
}

type Subject = { type: 'candidate' | 'application' | 'opening' | 'company'; id: number };

function subjectOf(p: FollowUpInput, about: SubjectSeed): Subject {
  const [type, id] =
    'candidate' in about
      ? (['candidate', p.candidates.get(about.candidate)] as const)
      : 'application' in about
        ? (['application', p.applications.get(pairKey(...about.application))] as const)
        : 'opening' in about
          ? (['opening', p.openings.get(about.opening)?.id] as const)
          : (['company', p.companies.get(about.company)] as const);
  if (id === undefined) throw new Error(`Demo note or task names nothing: ${JSON.stringify(about)}`);
  return { type, id };
}

/** Posts every demo note and task; returns how many of each (and how many notes are shared). */
export async function seedFollowUps(
  p: FollowUpInput,
): Promise<{ notes: number; shared: number; tasks: number }> {
  for (const n of NOTES) {
    const about = subjectOf(p, n.about);
    const body = {
      subjectType: about.type,
      subjectId: about.id,
      body: n.body,
      visibility: n.shared ? 'shared' : 'internal',
    };
    await p.api.post('/api/v1/notes', staffOf(p.recruiters, n.author).cookie, body, note);
  }
  for (const t of TASKS) {
    const body = {
      title: t.title,
      details: t.details ?? '',
      dueAt: new Date(p.now + t.dueInHours * 60 * 60 * 1000).toISOString(),
      assigneeId: null,
      subject: t.about ? subjectOf(p, t.about) : null,
    };
    await p.api.post('/api/v1/tasks', staffOf(p.recruiters, t.assignee).cookie, body, task);
  }
  return { notes: NOTES.length, shared: NOTES.filter((n) => n.shared).length, tasks: TASKS.length };
}
