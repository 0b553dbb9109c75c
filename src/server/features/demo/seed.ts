// `followthrough seed --demo`: fills an empty database with realistic demo data. Accounts go
// through createAccount; companies, openings, applications, candidate records, pipeline moves,
// notes and tasks go through the real HTTP API with app.inject, so the demo is validated by the
// same schemas and rules as the UI. Only the pipeline's timestamps are then set in the past
// (backdate.ts), which no API does.
import { company } from '../../../shared/companies.ts';
import { opening } from '../../../shared/openings.ts';
import { seekerApplication } from '../../../shared/pipeline.ts';
import { buildApp } from '../../app.ts';
import type { Config } from '../../config.ts';
import type { AppContext } from '../../platform/context.ts';
import { HttpError } from '../../platform/errors.ts';
import { createAccount } from '../accounts/accounts.ts';
import { Api } from './api.ts';
import { backdate } from './backdate.ts';
import { datesFor, describeOpening, openingBody, type Random, sample, seededRandom } from './compose.ts';
import { COMPANIES, type CompanyKey } from './content/companies.ts';
import { OPENINGS } from './content/openings.ts';
import { ADMIN, APPLICATIONS, DEMO_PASSWORD, type Person, RECRUITERS, SEEKERS } from './people.ts';
import { type BlogCounts, seedBlog } from './seed-blog.ts';
import { type DebriefCounts, seedDebriefs } from './seed-debriefs.ts';
import { seedFollowUps } from './seed-follow-ups.ts';
import { type InterviewCounts, seedInterviews } from './seed-interviews.ts';
import { pairKey, type SeededOpening, type Staff, seedPipeline, staffOf } from './seed-pipeline.ts';
import { type PracticeCounts, seedPractice } from './seed-practice.ts';

/** Fixed, so every run produces the same layouts, benefits and dates. */
const SEED = 20_240_917;

/** Fills the database named by `config` with demo data, or does nothing if it is already there. */
export async function seedDemo(config: Config): Promise<void> {
  const { app, ctx } = await buildApp(
    { ...config, logLevel: 'silent' },
    { logger: false, dispatchInterval: null },
  );
  try {
    const admin = await createDemoAccount(ctx, ADMIN);
    if (!admin) {
      console.log(
        `Demo data is already in place (${ADMIN.email} exists); nothing was added.\n` +
          'To start over, point DATA_DIR or DATABASE_URL at an empty database.',
      );
      return;
    }
    const counts = await seedContent(new Api(app, config.publicUrl), ctx, await signUpPeople(ctx));
    console.log(summary(config.publicUrl, counts));
  } finally {
    // Sign-up queues verification mails; deliver them to the outbox before closing.
    await ctx.dispatcher.drain();
    await app.close();
  }
}

/** Creates a verified account and returns its id and session cookie, or null when the email is taken. */
async function createDemoAccount(ctx: AppContext, person: Person): Promise<Staff | null> {
  try {
    const { userId, cookies } = await createAccount(ctx, {
      ...person,
      password: DEMO_PASSWORD,
      verified: true,
    });
    return { id: userId, cookie: cookies.map((c) => c.split(';')[0]).join('; ') };
  } catch (err) {
    if (err instanceof HttpError && err.code === 'email_taken') return null;
    throw err;
  }
}

interface Sessions {
  recruiters: Staff[];
  seekers: Map<string, string>;
}

async function signUpPeople(ctx: AppContext): Promise<Sessions> {
  const must = async (p: Person) => {
    const account = await createDemoAccount(ctx, p);
    if (!account)
      throw new Error(`${p.email} already exists, but ${ADMIN.email} did not; seed an empty database`);
    return account;
  };
  const recruiters: Staff[] = [];
  for (const r of RECRUITERS) recruiters.push(await must(r));
  const seekers = new Map<string, string>();
  for (const s of SEEKERS) seekers.set(s.email, (await must(s)).cookie);
  return { recruiters, seekers };
}

interface Counts {
  companies: number;
  openings: number;
  open: number;
  applications: number;
  candidates: number;
  flagged: number;
  submissions: number;
  moves: number;
  placed: number;
  notes: number;
  shared: number;
  tasks: number;
  interviews: InterviewCounts;
  practice: PracticeCounts;
  debriefs: DebriefCounts;
  blog: BlogCounts;
}

async function seedContent(api: Api, ctx: AppContext, sessions: Sessions): Promise<Counts> {
  const rng = seededRandom(SEED);
  // One clock for the whole run, so posting dates, consent dates and due times agree.
  const now = Date.now();
  const agency = ctx.site.name;
  const companyIds = new Map<CompanyKey, number>();
  for (const c of COMPANIES) {
    const input = {
      name: c.name,
      industry: c.industry,
      website: c.website,
      description: c.description,
      internalNotes: c.internalNotes,
    };
    const created = await api.post(
      '/api/v1/companies',
      staffOf(sessions.recruiters, c.recruiter).cookie,
      input,
      company,
    );
    companyIds.set(c.key, created.id);
  }
  const openings = await seedOpenings(api, agency, sessions, companyIds, rng, now);
  const board = new Map<string, number>();
  for (const a of APPLICATIONS) {
    const cookie = sessions.seekers.get(a.seeker);
    const slug = openings.get(a.opening)?.slug;
    if (!cookie || !slug)
      throw new Error(`Demo application ${a.seeker} → ${a.opening} names no seeker or opening`);
    const created = await api.post(
      `/api/v1/jobs/${slug}/applications`,
      cookie,
      { coverNote: a.coverNote },
      seekerApplication,
    );
    board.set(pairKey(a.seeker, a.opening), created.id);
  }
  const common = { api, now, recruiters: sessions.recruiters, openings };
  const pipeline = await seedPipeline({
    ...common,
    agency,
    rng,
    board,
    seekerName: (email) => SEEKERS.find((s) => s.email === email)?.name ?? email,
  });
  const followUps = await seedFollowUps({
    ...common,
    candidates: pipeline.candidates,
    applications: pipeline.applications,
    companies: companyIds,
  });
  await backdate(ctx.db, pipeline.history, now);
  // After backdating: past interviews are dated inside each card's pipeline history.
  const interviews = await seedInterviews({ ...common, ctx, companies: companyIds });
  const practice = await seedPractice({ api, db: ctx.db, now, recruiters: sessions.recruiters });
  // After interviews: the earlier rounds' interviews and debriefs feed the insight pages.
  const debriefs = await seedDebriefs({ ...common, ctx, agency, companies: companyIds });
  const blog = await seedBlog({ api, ctx, now, recruiters: sessions.recruiters });
  return {
    companies: companyIds.size,
    openings: OPENINGS.length,
    open: OPENINGS.filter((o) => (o.status ?? 'open') === 'open').length,
    applications: APPLICATIONS.length,
    ...pipeline.counts,
    ...followUps,
    interviews,
    practice,
    debriefs,
    blog,
  };
}

/** Posts every opening as its company's recruiter; returns id, slug and posting date by seed key. */
async function seedOpenings(
  api: Api,
  agency: string,
  sessions: Sessions,
  companyIds: Map<CompanyKey, number>,
  rng: Random,
  now: number,
): Promise<Map<string, SeededOpening & { slug: string }>> {
  // One slot per opening, evenly over 60 days and then shuffled, so dates spread without clumps.
  const days = sample(
    rng,
    OPENINGS.map((_, i) => Math.floor((i * 60) / OPENINGS.length)),
    OPENINGS.length,
  );
  const seeded = new Map<string, SeededOpening & { slug: string }>();
  for (const [i, o] of OPENINGS.entries()) {
    const owner = COMPANIES.find((c) => c.key === o.company);
    const companyId = companyIds.get(o.company);
    if (!owner || companyId === undefined) throw new Error(`Opening ${o.key} names an unknown company`);
    const description = describeOpening(o, owner, agency, rng);
    const body = openingBody(o, companyId, description, datesFor(o, days[i] ?? 0, now, rng));
    const created = await api.post(
      '/api/v1/openings',
      staffOf(sessions.recruiters, owner.recruiter).cookie,
      body,
      opening,
    );
    seeded.set(o.key, { id: created.id, slug: created.slug, postedAt: created.postedAt });
  }
  return seeded;
}

function summary(publicUrl: string, c: Counts): string {
  const people = [ADMIN, ...RECRUITERS, ...SEEKERS];
  return [
    `Demo data added: ${c.companies} companies, ${c.openings} openings (${c.open} open), ` +
      `${people.length} accounts, ${c.applications} applications from the job board.`,
    `Pipeline: ${c.candidates} candidate records (${c.flagged} flagged as possible duplicates, ready to merge), ` +
      `${c.submissions} agency submissions, ${c.moves} stage moves (${c.placed} placed), ` +
      `${c.notes} notes (${c.shared} shared with job seekers) and ${c.tasks} tasks.`,
    `Interviews: ${c.interviews.interviews} (${c.interviews.upcoming} upcoming, ${c.interviews.past} past: ` +
      `${c.interviews.byState.completed} done, ${c.interviews.byState.cancelled} cancelled), ` +
      `with ${c.interviews.contacts} contacts at the companies as interviewers.`,
    `Practice: ${c.practice.seekers} job seekers with ${c.practice.answers} prepared answers, ` +
      `${c.practice.stories} stories and ${c.practice.sessions} practice sessions over ${c.practice.weeks} weeks ` +
      `(${c.practice.rated} answers rated), ${c.practice.writing} writing tests (${c.practice.feedback} with feedback), ` +
      `${c.practice.mockInterviews} shared mock interview and ${c.practice.groupRuns} group exercise.`,
    `Insight: ${c.debriefs.debriefs} candidates' debriefs of earlier interviews in ${c.debriefs.fields} fields, ` +
      'over the last six months.',
    `Blog: ${c.blog.posts} posts (${c.blog.published} published, the others a draft and a scheduled one), ` +
      `${c.blog.comments} comments (${c.blog.pending} waiting for moderation, ${c.blog.spam} spam) and ` +
      `${c.blog.leads} contact-form leads in the inbox.`,
    `Sign in at ${publicUrl}/app/signin with the password ${DEMO_PASSWORD} and any of these emails:`,
    ...people.map((p) => `  ${p.role.padEnd(10)} ${p.email.padEnd(42)} ${p.name}`),
  ].join('\n');
}
