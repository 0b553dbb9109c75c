import type { Kysely } from 'kysely';
import type { CompanyNote } from '../../../shared/insights.ts';
import { INTERVIEW_FORMATS, type InterviewFormat } from '../../../shared/interviews.ts';
import { iso, type Tables } from '../../db/tables.ts';
import type { Period } from './contribution.ts';

// The parts of a company page that are not debrief counts: its interview process, read from
// the pipeline and the interviews; what candidates wrote about it (staff only); and its open
// positions. One company's rows are few, so these read the source tables through their indexes.

/** Applications that reached an outcome within this many days count towards the process. */
const PROCESS_DAYS = 365;
const NOTES_SHOWN = 30;
const IDS_PER_QUERY = 5000;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

interface ProcessApplication {
  id: number;
  createdAt: string;
  /** When it entered its current stage, and whether that stage is an outcome. */
  stageEnteredAt: string;
  decided: boolean;
}

interface ProcessInterview {
  applicationId: number;
  format: string;
  createdAt: string;
}

/**
 * Pure: the process from a company's applications and their interviews (cancelled ones left
 * out): interviews per application and median days to an outcome, over the applications decided
 * since `since` that had an interview; and the formats of interviews set up since `from`.
 */
export function processOf(
  applications: readonly ProcessApplication[],
  interviews: readonly ProcessInterview[],
  since: string,
  from: string,
) {
  const rounds = new Map<number, number>();
  for (const i of interviews) rounds.set(i.applicationId, (rounds.get(i.applicationId) ?? 0) + 1);
  const interviewed = applications.filter(
    (a) => a.decided && Date.parse(a.stageEnteredAt) >= Date.parse(since) && rounds.has(a.id),
  );
  const days = interviewed.map((a) =>
    Math.max(0, Math.round((Date.parse(a.stageEnteredAt) - Date.parse(a.createdAt)) / 86_400_000)),
  );
  const byFormat = new Map<InterviewFormat, number>();
  for (const i of interviews)
    if (
      Date.parse(i.createdAt) >= Date.parse(from) &&
      (INTERVIEW_FORMATS as readonly string[]).includes(i.format)
    )
      byFormat.set(i.format as InterviewFormat, (byFormat.get(i.format as InterviewFormat) ?? 0) + 1);
  const total = [...byFormat.values()].reduce((a, b) => a + b, 0);
  if (interviewed.length === 0 && total === 0) return null;
  return {
    rounds:
      interviewed.length > 0
        ? interviewed.reduce((sum, a) => sum + (rounds.get(a.id) ?? 0), 0) / interviewed.length
        : null,
    daysToOutcome: median(days),
    applications: interviewed.length,
    formats: [...byFormat]
      .map(([format, count]) => ({ format, count, share: count / total }))
      .sort((a, b) => b.count - a.count || a.format.localeCompare(b.format)),
  };
}

/**
 * Reads a company's process step by step (its openings, their applications, their interviews),
 * each through its index: as one join, PostgreSQL would scan every interview in the agency.
 */
export async function companyProcess(
  db: Kysely<Tables>,
  companyId: number,
  period: Period,
  now = new Date(),
) {
  const openings = await db.selectFrom('opening').select('id').where('company_id', '=', companyId).execute();
  const applications =
    openings.length === 0
      ? []
      : await db
          .selectFrom('application as a')
          .innerJoin('pipeline_stage as s', 's.id', 'a.stage_id')
          .select(['a.id', 'a.created_at', 'a.stage_entered_at', 's.kind'])
          .where(
            'a.opening_id',
            'in',
            openings.map((o) => o.id),
          )
          .execute();
  // In chunks: a long-standing client can have more applications than one statement takes ids.
  const interviews: Array<{ application_id: number; format: string; created_at: Date | string }> = [];
  for (let start = 0; start < applications.length; start += IDS_PER_QUERY)
    interviews.push(
      ...(await db
        .selectFrom('interview')
        .select(['application_id', 'format', 'created_at'])
        .where(
          'application_id',
          'in',
          applications.slice(start, start + IDS_PER_QUERY).map((a) => a.id),
        )
        .where('state', '!=', 'cancelled')
        .execute()),
    );
  return processOf(
    applications.map((a) => ({
      id: a.id,
      createdAt: iso(a.created_at),
      stageEnteredAt: iso(a.stage_entered_at),
      decided: a.kind === 'placed' || a.kind === 'closed',
    })),
    interviews.map((i) => ({
      applicationId: i.application_id,
      format: i.format,
      createdAt: iso(i.created_at),
    })),
    new Date(now.getTime() - PROCESS_DAYS * 86_400_000).toISOString(),
    `${period.from}T00:00:00.000Z`,
  );
}

const NOTE_PARTS = [
  ['team', 'team', 'team_visibility'],
  ['workplace', 'workplace', 'workplace_visibility'],
  ['insider', 'insider', 'insider_visibility'],
  ['otherRoles', 'other_roles', 'other_roles_visibility'],
  ['format', 'format_note', 'format_note_visibility'],
] as const;

/**
 * For staff: what candidates (and recruiters) wrote about the company, never the private parts.
 * `onlyOwnedBy` keeps a recruiter who sees only their own candidates to those.
 */
export async function companyNotes(
  db: Kysely<Tables>,
  companyId: number,
  onlyOwnedBy: string | null,
): Promise<CompanyNote[]> {
  let q = db
    .selectFrom('debrief as d')
    .innerJoin('candidate as c', 'c.id', 'd.candidate_id')
    .leftJoin('opening as o', 'o.id', 'd.opening_id')
    .select([
      'd.id',
      'd.candidate_id',
      'c.name as candidate_name',
      'o.title as opening_title',
      'd.interview_at',
      ...NOTE_PARTS.flatMap(([, text, vis]) => [`d.${text}` as const, `d.${vis}` as const]),
    ])
    .where('d.company_id', '=', companyId)
    .where((eb) =>
      eb.or(
        NOTE_PARTS.map(([, text, vis]) =>
          eb.and([eb(`d.${text}`, '!=', ''), eb(`d.${vis}`, 'in', ['agency', 'shared'])]),
        ),
      ),
    );
  if (onlyOwnedBy !== null) q = q.where('c.owner_id', '=', onlyOwnedBy);
  const rows = await q.orderBy('d.interview_at', 'desc').orderBy('d.id', 'desc').limit(NOTES_SHOWN).execute();
  return rows.flatMap((r) =>
    NOTE_PARTS.flatMap(([part, text, vis]) => {
      const visibility = r[vis];
      if (r[text] === '' || (visibility !== 'agency' && visibility !== 'shared')) return [];
      return [
        {
          debriefId: r.id,
          part,
          text: r[text],
          visibility,
          interviewAt: iso(r.interview_at),
          openingTitle: r.opening_title ?? '',
          candidateId: r.candidate_id,
          candidateName: r.candidate_name,
        },
      ];
    }),
  );
}

/**
 * The company's open positions, newest first. Sorted here rather than in SQL: asked to sort,
 * SQLite walks every open opening by date instead of the company's few through its index.
 */
export async function companyOpenings(db: Kysely<Tables>, companyId: number) {
  const rows = await db
    .selectFrom('opening')
    .select(['id', 'title', 'slug', 'field', 'city', 'posted_at'])
    .where('company_id', '=', companyId)
    .where('status', '=', 'open')
    .execute();
  const posted = (r: (typeof rows)[number]) => (r.posted_at === null ? 0 : Date.parse(iso(r.posted_at)));
  return rows
    .sort((a, b) => posted(b) - posted(a) || b.id - a.id)
    .slice(0, 50)
    .map(({ posted_at: _, ...o }) => o);
}
