// Debriefs for the demo, so the market insight pages have something to show: earlier rounds of
// hiring in two fields, with people the agency sent to them over the last six months, each
// interview followed by the candidate's own debrief. A few questions and skills rise in the last
// 13 weeks and one skill falls, so the field pages show trends. Two demo seekers get a profile in
// those fields and have applied where most of the interviews were (Jordan Lee at Fernway,
// Siobhan Byrne at Bluefinch), so "My insight" shows them skills they lack and questions they
// have not practised.
//
// Everything goes through the code the app uses: records, submissions and moves through the
// HTTP API, dated with backdate.ts; past interviews through interview-history.ts; debriefs
// through saveDebrief, after the interview is in the past (the debrief copies its time), so the
// insight rollups are kept by the same write as in real use. Idempotence comes from seedDemo,
// which stops before any of this when the demo is already in place.
//
// These people have no portal account: they sent their debrief to the agency, which saved it as
// theirs. So each debrief is the candidate's own (it counts in insight, and staff see it as
// written by the candidate), with no author account behind it.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { candidateWithDuplicates } from '../../../shared/candidates.ts';
import { opening } from '../../../shared/openings.ts';
import { application, moveResult, type Stage, stage } from '../../../shared/pipeline.ts';
import type { Tables } from '../../db/tables.ts';
import type { AppContext } from '../../platform/context.ts';
import { sittingFacts } from '../debriefs/facts.ts';
import { followStage } from '../debriefs/outcome.ts';
import { saveDebrief } from '../debriefs/save.ts';
import { applicationFacts } from '../interviews/queries.ts';
import { replaceSkills } from '../skills/index.ts';
import type { Api } from './api.ts';
import { backdate, type History } from './backdate.ts';
import { datesFor, describeOpening, openingBody, seededRandom } from './compose.ts';
import { COMPANIES, type CompanyKey } from './content/companies.ts';
import { DEBRIEF_FIELDS, type FieldDebriefs, type PastPerson, PROFILES } from './content/debriefs.ts';
import { OPENINGS } from './content/openings.ts';
import type { CompanySeed, Outcome } from './content/types.ts';
import { debriefOf, planSittings, type SeededRound, type Sitting } from './debrief-plan.ts';
import { addPastInterview, type Writer } from './interview-history.ts';
import { DAY, DEMO_ZONE, HOUR, localAt } from './interview-times.ts';
import { demoEmail } from './people.ts';
import { candidateBody, moveNote, STAGE_NAMES } from './plan.ts';
import { type Staff, staffOf } from './seed-pipeline.ts';

export interface DebriefSeedInput {
  api: Api;
  ctx: AppContext;
  now: number;
  agency: string;
  recruiters: readonly Staff[];
  companies: ReadonlyMap<CompanyKey, number>;
}

export interface DebriefCounts {
  fields: number;
  debriefs: number;
}

/** Fixed, so descriptions and notes come out the same on every run. */
const SEED = 20_251_104;

type StageKey = keyof typeof STAGE_NAMES;

/** A sitting with the records made for it. */
interface Seeded extends Sitting {
  candidateId: number;
  applicationId: number;
  recruiter: Staff;
}

export async function seedDebriefs(p: DebriefSeedInput): Promise<DebriefCounts> {
  const rng = seededRandom(SEED);
  const stages = await p.api.get('/api/v1/stages', staffOf(p.recruiters, 0).cookie, z.array(stage));
  const stageOf = (key: StageKey): Stage => {
    const found = stages.find((s) => s.name === STAGE_NAMES[key] && !s.retired);
    if (!found) throw new Error(`The demo needs the default stage “${STAGE_NAMES[key]}”`);
    return found;
  };
  const history: History = { applications: new Map(), candidates: new Map() };
  const seeded: Seeded[] = [];
  const rounds: Round[] = [];
  for (const f of DEBRIEF_FIELDS) {
    const made = await seedRounds(p, f, rng);
    rounds.push(...made);
    for (const s of planSittings(f, made, seeded.length)) {
      const round = made.find((r) => r.id === s.openingId) as Round;
      seeded.push(await submit(p, s, round, stageOf, history, rng));
    }
  }
  await backdate(p.ctx.db, history, p.now);
  // Rounds are over: close them now that nobody else will be submitted.
  for (const r of rounds) await p.api.put(`/api/v1/openings/${r.id}`, r.cookie, r.body, opening);
  const w: Writer = { db: p.ctx.db, dialect: p.ctx.dialect, now: p.now };
  const idOf = await questionIds(p.ctx.db);
  for (const s of seeded) await interviewAndDebrief(w, s, stageOf(s.outcome), idOf);
  await fillProfiles(p.ctx.db);
  return { fields: DEBRIEF_FIELDS.length, debriefs: seeded.length };
}

interface Round extends SeededRound {
  company: CompanySeed;
  cookie: string;
  /** The opening as it ends: filled or closed. */
  body: ReturnType<typeof openingBody>;
}

/** Posts each earlier round of hiring (open, so people can be submitted); returns what closes it later. */
async function seedRounds(p: DebriefSeedInput, f: FieldDebriefs, rng: () => number): Promise<Round[]> {
  const made: Round[] = [];
  for (const round of f.rounds) {
    const like = OPENINGS.find((o) => o.key === round.like);
    const company = like && COMPANIES.find((c) => c.key === like.company);
    const companyId = like && p.companies.get(like.company);
    if (!like || !company || companyId === undefined)
      throw new Error(`Demo debriefs name unknown opening ${round.like}`);
    const cookie = staffOf(p.recruiters, company.recruiter).cookie;
    const seed = { ...like, status: 'open' as const };
    const { postedAt } = datesFor(seed, round.daysAgo, p.now, rng);
    const body = openingBody(seed, companyId, describeOpening(seed, company, p.agency, rng), {
      postedAt,
      validThrough: null,
    });
    const created = await p.api.post('/api/v1/openings', cookie, body, opening);
    made.push({
      id: created.id,
      postedDaysAgo: round.daysAgo,
      filled: round.status === 'filled',
      company,
      cookie,
      body: { ...body, status: round.status },
    });
  }
  return made;
}

/** Creates the person's record, submits them and moves the card to where it ended. */
async function submit(
  p: DebriefSeedInput,
  s: Sitting,
  round: Round,
  stageOf: (key: StageKey) => Stage,
  history: History,
  rng: () => number,
): Promise<Seeded> {
  const { company } = round;
  const recruiter = staffOf(p.recruiters, company.recruiter);
  const name = s.person[0];
  // The record was made when the recruiter first called them, a couple of weeks before.
  const ageDays = s.daysAgo + 16;
  const seed = seedOf(s.person, s.field.field, company.recruiter);
  const body = candidateBody(seed, recruiter.id, p.agency, ageDays, p.now);
  const created = await p.api.post('/api/v1/candidates', recruiter.cookie, body, candidateWithDuplicates);
  const candidateId = created.candidate.id;
  history.candidates.set(candidateId, ageDays);
  const first = name.split(' ')[0] ?? name;
  const note = (k: Outcome) => moveNote(k, first, company.name, rng);
  const app = await p.api.post(
    '/api/v1/applications',
    recruiter.cookie,
    { candidateId, openingId: s.openingId, stageId: stageOf('screening').id, note: note('screening') },
    application,
  );
  for (const k of ['submitted', 'interviewing', s.outcome] as const)
    await p.api.post(
      `/api/v1/applications/${app.id}/moves`,
      recruiter.cookie,
      { stageId: stageOf(k).id, note: note(k) },
      moveResult,
      200,
    );
  // Screened two weeks before the interview, in Interviewing five days before, settled after.
  history.applications.set(app.id, [s.daysAgo + 14, s.daysAgo + 10, s.daysAgo + 5, s.daysAgo - 3.5]);
  return { ...s, candidateId, applicationId: app.id, recruiter };
}

/** A candidate seed for candidateBody from the short form in the content. */
function seedOf(person: PastPerson, field: FieldDebriefs['field'], owner: 0 | 1 | 2) {
  const [name, mailbox, place, headline, years, skills] = person;
  return {
    key: mailbox,
    name,
    mailbox,
    phone: '',
    place,
    headline,
    field,
    skills,
    years,
    workplaces: ['hybrid', 'on-site'] as const,
    employment: ['full-time'] as const,
    pay: null,
    availableInDays: 30,
    source: 'referral' as const,
    owner,
    consent: true,
    submissions: [],
  };
}

/** The interview, moved into the past, then the candidate's debrief of it a day later. */
async function interviewAndDebrief(
  w: Writer,
  s: Seeded,
  settled: Stage,
  idOf: (key: string) => number,
): Promise<void> {
  const app = await applicationFacts(w.db, s.applicationId);
  if (!app) throw new Error(`Demo application ${s.applicationId} is missing`);
  const contacts = await w.db
    .selectFrom('contact')
    .select('id')
    .where('company_id', '=', app.company_id)
    .orderBy('id')
    .execute();
  const at = localAt(w.now, -s.daysAgo, s.hour);
  const recruiterId = app.opening_owner ?? s.recruiter.id;
  const interviewId = await addPastInterview(w, {
    app,
    seekerId: null,
    recruiterId,
    details: {
      round: 'first',
      format: 'video',
      durationMinutes: 45,
      zone: DEMO_ZONE,
      interviewerIds: contacts.slice(0, s.surprises.includes('panel') ? 2 : 1).map((c) => c.id),
      videoUrl: `https://meet.followthrough.example/demo-${app.id}`,
      instructions: 'Join five minutes early to check your camera and sound.',
    },
    at,
    setUpAt: at - 3 * DAY,
    end: { attendance: 'attended' },
  });
  const facts = await sittingFacts(w.db, interviewId, s.candidateId);
  if (!facts) throw new Error(`Demo interview ${interviewId} has no booking for ${s.candidateId}`);
  const id = await saveDebrief(w.db, facts, debriefOf(s, idOf), {
    userId: recruiterId,
    role: 'candidate',
  });
  // Where the card ended, as a move after the debrief would have set it.
  await followStage(w.db, s.applicationId, settled);
  // Written by the candidate through the agency's form, the evening after the interview.
  const written = new Date(at + 8 * HOUR).toISOString();
  await w.db
    .updateTable('debrief')
    .set({ author_id: null, created_at: written, updated_at: written })
    .where('id', '=', id)
    .execute();
  await w.db
    .updateTable('activity')
    .set({ actor_id: null, created_at: written })
    .where('candidate_id', '=', s.candidateId)
    .where('summary', 'like', 'Debrief written%')
    .execute();
}

/** Demo seekers fill in their profile: their field and skills, as the profile page would. */
async function fillProfiles(db: Kysely<Tables>): Promise<void> {
  for (const p of PROFILES) {
    const row = await db
      .selectFrom('candidate as c')
      .innerJoin('user as u', 'u.id', 'c.user_id')
      .select('c.id')
      .where('u.email', '=', demoEmail(p.mailbox))
      .executeTakeFirst();
    if (!row) continue;
    await db.updateTable('candidate').set({ field: p.field }).where('id', '=', row.id).execute();
    await replaceSkills(db, 'candidate', row.id, p.skills);
  }
}

/** The bank's question ids by shipped key; an unknown key is a mistake in the demo content. */
async function questionIds(db: Kysely<Tables>): Promise<(key: string) => number> {
  const rows = await db.selectFrom('question').select(['id', 'key']).where('key', 'is not', null).execute();
  const byKey = new Map(rows.map((r) => [r.key, r.id]));
  return (key) => {
    const id = byKey.get(key);
    if (id === undefined) throw new Error(`The demo debriefs name question ${key}, which is not in the bank`);
    return id;
  };
}
