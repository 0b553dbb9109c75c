import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request, type TestApp, type TestUser } from '../../testing/harness.ts';
import { type Board, base, setupBoard } from './fixture.ts';

let board: Board;
let t: TestApp;
let recruiter: TestUser;
let companyId: number;
const createOpening = (extra: Record<string, unknown> = {}) => board.createOpening(extra);

beforeAll(async () => {
  board = await setupBoard();
  ({ t, recruiter, companyId } = board);
});
afterAll(async () => board?.t.close());

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
