import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, request, type TestApp, type TestUser, testApp } from '../../testing/harness.ts';

let t: TestApp;
let recruiter: TestUser;
let candidate: TestUser;
let companyId: number;

const base = {
  title: 'Data Analyst',
  field: 'Finance',
  description: '## About\n\nWork with **SQL** and stakeholders.',
  city: 'Halifax',
  region: 'NS',
  country: 'Canada',
  workplaceType: 'hybrid',
  employmentType: 'full-time',
  status: 'open',
  salary: { min: 6_000_000, max: 7_500_000, currency: 'CAD', period: 'year' },
};

async function createOpening(extra: Record<string, unknown> = {}) {
  const res = await request(t, {
    method: 'POST',
    url: '/api/v1/openings',
    cookie: recruiter.cookie,
    payload: { ...base, companyId, ...extra },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

beforeAll(async () => {
  t = await testApp();
  recruiter = await createUser(t, 'recruiter');
  candidate = await createUser(t, 'candidate');
  await createUser(t, 'admin');
  const res = await request(t, {
    method: 'POST',
    url: '/api/v1/companies',
    cookie: recruiter.cookie,
    payload: {
      name: 'Harbour Bank',
      industry: 'Banking',
      website: 'https://harbour.example',
      internalNotes: 'Pays late; SECRET-NOTE',
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  companyId = res.json().id;
});
afterAll(async () => t?.close());

describe('companies', () => {
  it('is staff only', async () => {
    expect((await request(t, { method: 'GET', url: '/api/v1/companies' })).statusCode).toBe(401);
    const asCandidate = await request(t, {
      method: 'GET',
      url: '/api/v1/companies',
      cookie: candidate.cookie,
    });
    expect(asCandidate.statusCode).toBe(403);
    expect(asCandidate.json().error.code).toBe('forbidden');
  });

  it('rejects bad input with field messages and changes nothing', async () => {
    const before = (
      await request(t, { method: 'GET', url: '/api/v1/companies', cookie: recruiter.cookie })
    ).json().length;
    const cases = [
      { name: '' },
      { name: 42 },
      { name: 'X', website: 'javascript:alert(1)' },
      { name: 'X', unknownField: 1 },
      {},
    ];
    for (const payload of cases) {
      const res = await request(t, {
        method: 'POST',
        url: '/api/v1/companies',
        cookie: recruiter.cookie,
        payload,
      });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error.code).toBe('invalid_input');
    }
    const malformed = await request(t, {
      method: 'POST',
      url: '/api/v1/companies',
      cookie: recruiter.cookie,
      headers: { 'content-type': 'application/json' },
      payload: '{"name": ',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe('malformed_json');
    const huge = await request(t, {
      method: 'POST',
      url: '/api/v1/companies',
      cookie: recruiter.cookie,
      payload: { name: 'Big', description: 'x'.repeat(400_000) },
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('too_large');
    const after = (
      await request(t, { method: 'GET', url: '/api/v1/companies', cookie: recruiter.cookie })
    ).json().length;
    expect(after).toBe(before);
  });

  it('updates a company and answers 404 for an unknown id', async () => {
    const res = await request(t, {
      method: 'PUT',
      url: `/api/v1/companies/${companyId}`,
      cookie: recruiter.cookie,
      payload: {
        name: 'Harbour Bank',
        industry: 'Banking & Finance',
        internalNotes: 'Pays late; SECRET-NOTE',
      },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().industry).toBe('Banking & Finance');
    const missing = await request(t, {
      method: 'PUT',
      url: '/api/v1/companies/999999',
      cookie: recruiter.cookie,
      payload: { name: 'Nope' },
    });
    expect(missing.statusCode).toBe(404);
    const badId = await request(t, {
      method: 'GET',
      url: "/api/v1/companies/1'%20OR%201=1",
      cookie: recruiter.cookie,
    });
    expect(badId.statusCode).toBe(400);
  });
});

describe('openings', () => {
  it('creates, edits and lists openings for staff', async () => {
    const o = await createOpening();
    expect(o).toMatchObject({
      title: 'Data Analyst',
      companyName: 'Harbour Bank',
      status: 'open',
      applicationCount: 0,
    });
    expect(o.postedAt).toBeTruthy();
    const edited = await request(t, {
      method: 'PUT',
      url: `/api/v1/openings/${o.id}`,
      cookie: recruiter.cookie,
      payload: { ...base, companyId, title: 'Senior Data Analyst' },
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().title).toBe('Senior Data Analyst');
    expect(edited.json().postedAt).toBe(o.postedAt);
    const list = await request(t, {
      method: 'GET',
      url: `/api/v1/openings?companyId=${companyId}`,
      cookie: recruiter.cookie,
    });
    expect(list.json().map((x: { id: number }) => x.id)).toContain(o.id);
  });

  it('rejects invalid openings', async () => {
    const bad: Record<string, unknown>[] = [
      { field: 'Astrology' },
      { workplaceType: 'moon' },
      { salary: { min: 9, max: 1, currency: 'CAD', period: 'year' } },
      { salary: { min: 1.5, max: null, currency: 'CAD', period: 'year' } },
      { salary: { min: 1, max: 2, currency: 'XXX', period: 'year' } },
      { companyId: 999999 },
      { companyId: 'abc' },
      { title: '' },
      { postedAt: 'yesterday' },
      { workplaceType: 'on-site', city: '', country: '' },
    ];
    for (const extra of bad) {
      const res = await request(t, {
        method: 'POST',
        url: '/api/v1/openings',
        cookie: recruiter.cookie,
        payload: { ...base, companyId, ...extra },
      });
      expect(res.statusCode, JSON.stringify(extra)).toBe(400);
      expect(res.json().error.message).toBeTruthy();
    }
    const forbidden = await request(t, {
      method: 'POST',
      url: '/api/v1/openings',
      cookie: candidate.cookie,
      payload: { ...base, companyId },
    });
    expect(forbidden.statusCode).toBe(403);
  });
});

describe('the public board', () => {
  it('finds open positions by text and filters, and never shows drafts or internal notes', async () => {
    const visible = await createOpening({
      title: 'Payroll Specialist',
      description: 'Own payroll for 300 people.',
    });
    await createOpening({ title: 'Payroll Manager', status: 'draft', description: 'Draft payroll role.' });
    const res = await request(t, { method: 'GET', url: '/api/v1/jobs?q=payroll' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.results.map((r: { slug: string }) => r.slug)).toEqual([visible.slug]);
    expect(body.total).toBe(1);
    expect(res.body).not.toContain('SECRET-NOTE');

    const remote = await createOpening({
      title: 'Remote Payroll Clerk',
      workplaceType: 'remote',
      city: '',
      country: 'Canada',
    });
    const filtered = await request(t, { method: 'GET', url: '/api/v1/jobs?q=payroll&workplace=remote' });
    expect(filtered.json().results.map((r: { slug: string }) => r.slug)).toEqual([remote.slug]);
    const rich = await request(t, { method: 'GET', url: '/api/v1/jobs?q=payroll&minSalary=80000' });
    expect(rich.json().total).toBe(0);
    const where = await request(t, { method: 'GET', url: '/api/v1/jobs?q=payroll&location=hali' });
    expect(where.json().results.map((r: { slug: string }) => r.slug)).toEqual([visible.slug]);
    const excluded = await request(t, { method: 'GET', url: '/api/v1/jobs?q=payroll%20-remote' });
    expect(excluded.json().results.map((r: { slug: string }) => r.slug)).toEqual([visible.slug]);
    const phrase = await request(t, {
      method: 'GET',
      url: `/api/v1/jobs?q=${encodeURIComponent('"payroll specialist"')}`,
    });
    expect(phrase.json().results.map((r: { slug: string }) => r.slug)).toEqual([visible.slug]);
  });

  it('filters without words, and follows status changes', async () => {
    const nurse = await createOpening({
      title: 'Night Nurse',
      field: 'Healthcare',
      employmentType: 'part-time',
      city: 'Gander',
      region: 'NL',
    });
    const slugs = async (qs: string) =>
      (await request(t, { method: 'GET', url: `/api/v1/jobs?${qs}` }))
        .json()
        .results.map((r: { slug: string }) => r.slug);
    expect(await slugs('field=Healthcare')).toEqual([nurse.slug]);
    expect(await slugs('field=Healthcare&type=full-time')).toEqual([]);
    expect(await slugs('location=gan&type=part-time')).toEqual([nurse.slug]);
    expect(await slugs('location=Gander%20NL')).toEqual([nurse.slug]);
    expect(await slugs('location=Gander%20ON')).toEqual([]);
    await request(t, {
      method: 'PUT',
      url: `/api/v1/openings/${nurse.id}`,
      cookie: recruiter.cookie,
      payload: {
        ...base,
        companyId,
        title: 'Night Nurse',
        field: 'Healthcare',
        city: 'Gander',
        status: 'on-hold',
      },
    });
    expect(await slugs('field=Healthcare')).toEqual([]);
    await request(t, {
      method: 'PUT',
      url: `/api/v1/openings/${nurse.id}`,
      cookie: recruiter.cookie,
      payload: {
        ...base,
        companyId,
        title: 'Night Nurse',
        field: 'Healthcare',
        city: 'Gander',
        status: 'open',
      },
    });
    expect(await slugs('q=night&field=Healthcare')).toEqual([nurse.slug]);
  });

  it('pages through results, newest first when asked', async () => {
    for (let i = 0; i < 23; i++) {
      await createOpening({
        title: `Courier ${i}`,
        field: 'Logistics',
        postedAt: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
      });
    }
    const page = async (n: number) =>
      (await request(t, { method: 'GET', url: `/api/v1/jobs?q=courier&sort=newest&page=${n}` })).json();
    const first = await page(1);
    expect(first.total).toBe(23);
    expect(first.results).toHaveLength(20);
    expect(first.results[0].title).toBe('Courier 22');
    const second = await page(2);
    expect(second.results.map((r: { title: string }) => r.title)).toEqual([
      'Courier 2',
      'Courier 1',
      'Courier 0',
    ]);
    const html = (await request(t, { method: 'GET', url: '/jobs?q=courier&page=2' })).body;
    expect(html).toContain('Page 2 of 2');
    expect(html).toContain('rel="prev"');
  });

  it('survives any text typed in the search box', async () => {
    const hostile = [
      '"',
      '""',
      '*',
      '-',
      '--',
      'NEAR',
      'NEAR(a b, 2)',
      '(',
      ')',
      "' OR 1=1 --",
      'a AND OR NOT',
      '^',
      'title:x',
      '工程师',
      'Ingénieur',
      '🙂',
      '\\',
      '%_',
      'x'.repeat(499),
      '-payroll',
    ];
    for (const q of hostile) {
      const api = await request(t, { method: 'GET', url: `/api/v1/jobs?q=${encodeURIComponent(q)}` });
      expect(api.statusCode, q).toBe(200);
      const page = await request(t, {
        method: 'GET',
        url: `/jobs?q=${encodeURIComponent(q)}&location=${encodeURIComponent(q.slice(0, 90))}`,
      });
      expect(page.statusCode, q).toBe(200);
    }
    const tooLong = await request(t, { method: 'GET', url: `/api/v1/jobs?q=${'x'.repeat(600)}` });
    expect(tooLong.statusCode).toBe(400);
    const badPage = await request(t, { method: 'GET', url: '/jobs?page=-1&field=Astrology&minSalary=lots' });
    expect(badPage.statusCode).toBe(200);
  });

  it('renders a job page that search engines understand', async () => {
    const o = await createOpening({
      title: 'Treasury Analyst <script>alert(1)</script>',
      description: 'Hello <script>alert(2)</script> **bold**',
    });
    const other = await createOpening({ title: 'Risk Officer' });
    const res = await request(t, { method: 'GET', url: `/jobs/${o.slug}` });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('<script>alert');
    expect(res.body).toContain(`<link rel="canonical" href="${t.config.publicUrl}/jobs/${o.slug}"/>`);
    expect(res.body).toContain('property="og:title"');
    expect(res.body).toContain(`href="/jobs/${other.slug}"`);
    const json = res.body.match(/<script type="application\/ld\+json">(.*?)<\/script>/)?.[1];
    const ld = JSON.parse(json ?? '{}');
    expect(ld).toMatchObject({
      '@type': 'JobPosting',
      employmentType: 'FULL_TIME',
      hiringOrganization: { name: 'Harbour Bank' },
      jobLocation: { address: { addressLocality: 'Halifax', addressCountry: 'Canada' } },
      baseSalary: { currency: 'CAD', value: { minValue: 60000, maxValue: 75000, unitText: 'YEAR' } },
    });
    expect(ld.datePosted).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const remote = await createOpening({ title: 'Remote Analyst', workplaceType: 'remote', city: '' });
    const ldRemote = JSON.parse(
      (await request(t, { method: 'GET', url: `/jobs/${remote.slug}` })).body.match(
        /<script type="application\/ld\+json">(.*?)<\/script>/,
      )?.[1] ?? '{}',
    );
    expect(ldRemote.jobLocationType).toBe('TELECOMMUTE');
    expect(ldRemote.applicantLocationRequirements).toBeTruthy();
  });

  it('hides drafts and marks closed positions without JSON-LD', async () => {
    const draft = await createOpening({ title: 'Hidden Draft', status: 'draft' });
    expect((await request(t, { method: 'GET', url: `/jobs/${draft.slug}` })).statusCode).toBe(404);
    expect((await request(t, { method: 'GET', url: `/api/v1/jobs/${draft.slug}` })).statusCode).toBe(404);
    const closed = await createOpening({ title: 'Old Job', status: 'closed' });
    const page = await request(t, { method: 'GET', url: `/jobs/${closed.slug}` });
    expect(page.statusCode).toBe(410);
    expect(page.body).toContain('This position is closed');
    expect(page.body).not.toContain('application/ld+json');
    expect((await request(t, { method: 'GET', url: '/jobs/no-such-job' })).statusCode).toBe(404);
  });

  it('publishes a sitemap, robots.txt and an Atom feed of open positions only', async () => {
    const open = await createOpening({ title: 'Feed & Sitemap Analyst' });
    const draft = await createOpening({ title: 'Feed Draft', status: 'draft' });
    const sitemap = await request(t, { method: 'GET', url: '/sitemap.xml' });
    expect(sitemap.headers['content-type']).toContain('application/xml');
    expect(sitemap.body).toContain(`/jobs/${open.slug}</loc>`);
    expect(sitemap.body).not.toContain(draft.slug);
    const feed = await request(t, { method: 'GET', url: '/jobs/feed.xml' });
    expect(feed.headers['content-type']).toContain('application/atom+xml');
    expect(feed.body).toContain('Feed &amp; Sitemap Analyst at Harbour Bank');
    expect(feed.body).not.toContain(draft.slug);
    const robots = await request(t, { method: 'GET', url: '/robots.txt' });
    expect(robots.body).toContain(`Sitemap: ${t.config.publicUrl}/sitemap.xml`);
  });

  it('publishes OpenAPI 3.1', async () => {
    const res = await request(t, { method: 'GET', url: '/api/openapi.json' });
    expect(res.json().openapi).toBe('3.1.0');
    expect(Object.keys(res.json().paths)).toContain('/api/v1/jobs');
    expect((await request(t, { method: 'GET', url: '/api/docs/' })).statusCode).toBe(200);
  });
});
