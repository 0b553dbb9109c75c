// `followthrough seed --demo`: fills an empty database with realistic demo data. Accounts go
// through createAccount; companies, openings and applications go through the real HTTP API with
// app.inject, so the demo is validated by the same schemas and rules as the UI.
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { company } from '../../../shared/companies.ts';
import { opening } from '../../../shared/openings.ts';
import { seekerApplication } from '../../../shared/pipeline.ts';
import { buildApp } from '../../app.ts';
import type { Config } from '../../config.ts';
import type { AppContext } from '../../platform/context.ts';
import { HttpError } from '../../platform/errors.ts';
import { createAccount } from '../accounts/accounts.ts';
import { datesFor, describeOpening, openingBody, type Random, sample, seededRandom } from './compose.ts';
import { COMPANIES, type CompanyKey } from './content/companies.ts';
import { OPENINGS } from './content/openings.ts';
import { ADMIN, APPLICATIONS, DEMO_PASSWORD, type Person, RECRUITERS, SEEKERS } from './people.ts';

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
    const counts = await seedContent(new Api(app, config.publicUrl), ctx.site.name, await signUpPeople(ctx));
    console.log(summary(config.publicUrl, counts));
  } finally {
    // Sign-up queues verification mails; deliver them to the outbox before closing.
    await ctx.dispatcher.drain();
    await app.close();
  }
}

/** Creates a verified account and returns its session cookie, or null when the email is taken. */
async function createDemoAccount(ctx: AppContext, person: Person): Promise<string | null> {
  try {
    const { cookies } = await createAccount(ctx, { ...person, password: DEMO_PASSWORD, verified: true });
    return cookies.map((c) => c.split(';')[0]).join('; ');
  } catch (err) {
    if (err instanceof HttpError && err.code === 'email_taken') return null;
    throw err;
  }
}

interface Sessions {
  recruiters: string[];
  seekers: Map<string, string>;
}

async function signUpPeople(ctx: AppContext): Promise<Sessions> {
  const must = async (p: Person) => {
    const cookie = await createDemoAccount(ctx, p);
    if (!cookie)
      throw new Error(`${p.email} already exists, but ${ADMIN.email} did not; seed an empty database`);
    return cookie;
  };
  const recruiters: string[] = [];
  for (const r of RECRUITERS) recruiters.push(await must(r));
  const seekers = new Map<string, string>();
  for (const s of SEEKERS) seekers.set(s.email, await must(s));
  return { recruiters, seekers };
}

/** A thin app.inject client that checks every status and parses replies with the shared schemas. */
class Api {
  constructor(
    private readonly app: FastifyInstance,
    private readonly origin: string,
  ) {}

  async post<T>(url: string, cookie: string, payload: object, schema: z.ZodType<T>): Promise<T> {
    const res = await this.app.inject({
      method: 'POST',
      url,
      payload,
      headers: { origin: this.origin, cookie },
    });
    if (res.statusCode !== 201) throw new Error(`POST ${url} answered ${res.statusCode}: ${res.body}`);
    return schema.parse(res.json());
  }
}

interface Counts {
  companies: number;
  openings: number;
  open: number;
  applications: number;
}

async function seedContent(api: Api, agency: string, sessions: Sessions): Promise<Counts> {
  const rng = seededRandom(SEED);
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
      recruiterCookie(sessions, c.recruiter),
      input,
      company,
    );
    companyIds.set(c.key, created.id);
  }
  const slugs = await seedOpenings(api, agency, sessions, companyIds, rng);
  for (const a of APPLICATIONS) {
    const cookie = sessions.seekers.get(a.seeker);
    const slug = slugs.get(a.opening);
    if (!cookie || !slug)
      throw new Error(`Demo application ${a.seeker} → ${a.opening} names no seeker or opening`);
    await api.post(
      `/api/v1/jobs/${slug}/applications`,
      cookie,
      { coverNote: a.coverNote },
      seekerApplication,
    );
  }
  return {
    companies: companyIds.size,
    openings: OPENINGS.length,
    open: OPENINGS.filter((o) => (o.status ?? 'open') === 'open').length,
    applications: APPLICATIONS.length,
  };
}

/** Posts every opening as its company's recruiter; returns slugs by seed key. */
async function seedOpenings(
  api: Api,
  agency: string,
  sessions: Sessions,
  companyIds: Map<CompanyKey, number>,
  rng: Random,
): Promise<Map<string, string>> {
  const now = Date.now();
  // One slot per opening, evenly over 60 days and then shuffled, so dates spread without clumps.
  const days = sample(
    rng,
    OPENINGS.map((_, i) => Math.floor((i * 60) / OPENINGS.length)),
    OPENINGS.length,
  );
  const slugs = new Map<string, string>();
  for (const [i, o] of OPENINGS.entries()) {
    const owner = COMPANIES.find((c) => c.key === o.company);
    const companyId = companyIds.get(o.company);
    if (!owner || companyId === undefined) throw new Error(`Opening ${o.key} names an unknown company`);
    const description = describeOpening(o, owner, agency, rng);
    const body = openingBody(o, companyId, description, datesFor(o, days[i] ?? 0, now, rng));
    const created = await api.post(
      '/api/v1/openings',
      recruiterCookie(sessions, owner.recruiter),
      body,
      opening,
    );
    slugs.set(o.key, created.slug);
  }
  return slugs;
}

function recruiterCookie(sessions: Sessions, index: number): string {
  const cookie = sessions.recruiters[index];
  if (!cookie) throw new Error(`No demo recruiter #${index}`);
  return cookie;
}

function summary(publicUrl: string, c: Counts): string {
  const people = [ADMIN, ...RECRUITERS, ...SEEKERS];
  return [
    `Demo data added: ${c.companies} companies, ${c.openings} openings (${c.open} open), ` +
      `${people.length} accounts, ${c.applications} applications.`,
    `Sign in at ${publicUrl}/app/signin with the password ${DEMO_PASSWORD} and any of these emails:`,
    ...people.map((p) => `  ${p.role.padEnd(10)} ${p.email.padEnd(42)} ${p.name}`),
  ].join('\n');
}
