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

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export async function companyProcess(
  db: Kysely<Tables>,
  companyId: number,
  period: Period,
  now = new Date(),
) {
  const since = new Date(now.getTime() - PROCESS_DAYS * 86_400_000).toISOString();
  const decided = await db
    .selectFrom('application as a')
    .innerJoin('opening as o', 'o.id', 'a.opening_id')
    .innerJoin('pipeline_stage as s', 's.id', 'a.stage_id')
    .select([
      'a.created_at',
      'a.stage_entered_at',
      (eb) =>
        eb
          .selectFrom('interview as i')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('i.application_id', '=', 'a.id')
          .where('i.state', '!=', 'cancelled')
          .as('rounds'),
    ])
    .where('o.company_id', '=', companyId)
    .where('s.kind', 'in', ['placed', 'closed'])
    .where('a.stage_entered_at', '>=', since)
    .execute();
  // Only applications that had an interview say anything about the interview process.
  const interviewed = decided.filter((r) => Number(r.rounds) > 0);
  const days = interviewed.map((r) =>
    Math.max(
      0,
      Math.round((Date.parse(iso(r.stage_entered_at)) - Date.parse(iso(r.created_at))) / 86_400_000),
    ),
  );
  const formats = await db
    .selectFrom('interview as i')
    .innerJoin('application as a', 'a.id', 'i.application_id')
    .innerJoin('opening as o', 'o.id', 'a.opening_id')
    .select(['i.format', (eb) => eb.fn.countAll<number>().as('n')])
    .where('o.company_id', '=', companyId)
    .where('i.state', '!=', 'cancelled')
    .where('i.created_at', '>=', `${period.from}T00:00:00.000Z`)
    .groupBy('i.format')
    .execute();
  const total = formats.reduce((sum, f) => sum + Number(f.n), 0);
  if (interviewed.length === 0 && total === 0) return null;
  return {
    rounds:
      interviewed.length > 0
        ? interviewed.reduce((sum, r) => sum + Number(r.rounds), 0) / interviewed.length
        : null,
    daysToOutcome: median(days),
    applications: interviewed.length,
    formats: formats
      .filter((f): f is typeof f & { format: InterviewFormat } =>
        (INTERVIEW_FORMATS as readonly string[]).includes(f.format),
      )
      .map((f) => ({ format: f.format, count: Number(f.n), share: total > 0 ? Number(f.n) / total : 0 }))
      .sort((a, b) => b.count - a.count),
  };
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
