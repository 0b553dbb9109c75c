import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, request, type TestApp, type TestUser, testApp } from '../../testing/harness.ts';
import { map, parseCsvText, runToEnd, upload } from './fixture.ts';

let t: TestApp;
let rita: TestUser;
let omar: TestUser;
let admin: TestUser;
let seeker: TestUser;

const post = (user: TestUser, url: string, payload: unknown) =>
  request(t, { method: 'POST', url, cookie: user.cookie, payload: payload as Record<string, unknown> });
const download = (user: TestUser, url: string) => request(t, { method: 'GET', url, cookie: user.cookie });
const setAccess = (recruiterAccess: string) =>
  request(t, {
    method: 'PUT',
    url: '/api/v1/settings/access',
    cookie: admin.cookie,
    payload: { recruiterAccess },
  });

async function rowsOf(user: TestUser, url: string): Promise<Record<string, string>[]> {
  const res = await download(user, url);
  expect(res.statusCode, res.body).toBe(200);
  const [header = [], ...rows] = parseCsvText(res.body);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

let openingId: number;

beforeAll(async () => {
  t = await testApp();
  rita = await createUser(t, 'recruiter', 'Rita Recruiter');
  omar = await createUser(t, 'recruiter', 'Omar Other');
  admin = await createUser(t, 'admin', 'Ann Admin');
  seeker = await createUser(t, 'candidate');
  // 30 of Rita's, more than one page of the list, and 2 of Omar's; one name is hostile.
  for (let i = 1; i <= 30; i++)
    await post(rita, '/api/v1/candidates', {
      name: `Rita Person ${String(i).padStart(2, '0')}`,
      email: `rp${i}@example.test`,
      field: i % 2 ? 'Software' : 'Finance',
      skills: ['SQL'],
      ownerId: rita.id,
      desiredSalary: { amount: 9_000_050, currency: 'CAD', period: 'year' },
    });
  await post(omar, '/api/v1/candidates', {
    name: '=HYPERLINK("http://evil.test","Click")',
    ownerId: omar.id,
  });
  await post(omar, '/api/v1/candidates', { name: 'Omar Person', phone: '+1 709 555 0100', ownerId: omar.id });
  const company = (await post(rita, '/api/v1/companies', { name: 'Export Co' })).json();
  const opening = await post(rita, '/api/v1/openings', {
    companyId: company.id,
    title: 'Analyst',
    field: 'Finance',
    description: 'Numbers.',
    workplaceType: 'remote',
    employmentType: 'full-time',
    status: 'open',
    salary: { min: 5_000_000, max: 6_000_000, currency: 'CAD', period: 'year' },
    skills: ['Excel'],
  });
  openingId = opening.json().id;
  await post(omar, '/api/v1/openings', {
    companyId: company.id,
    title: '@Omar role',
    field: 'Sales',
    description: 'Selling.',
    workplaceType: 'remote',
    employmentType: 'contract',
  });
  const first = (
    await request(t, { method: 'GET', url: '/api/v1/candidates?q=Rita', cookie: rita.cookie })
  ).json().results[0];
  const applied = await post(rita, '/api/v1/applications', { candidateId: first.id, openingId });
  expect(applied.statusCode, applied.body).toBe(201);
});
afterAll(async () => t?.close());

describe('candidate export', () => {
  it('has every matching record across pages, guarded against formulas, as a UTF-8 download', async () => {
    const res = await download(rita, '/api/v1/exports/candidates.csv');
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="candidates-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(res.body.startsWith('\uFEFFID,Name,Email,Phone')).toBe(true);
    const rows = await rowsOf(rita, '/api/v1/exports/candidates.csv');
    expect(rows).toHaveLength(32);
    expect(rows.map((r) => r.Name)).toContain('\'=HYPERLINK("http://evil.test","Click")');
    expect(rows.find((r) => r.Name === 'Omar Person')?.Phone).toBe("'+1 709 555 0100");
    expect(rows.find((r) => r.Name === 'Rita Person 07')).toMatchObject({
      Email: 'rp7@example.test',
      Field: 'Software',
      Skills: 'SQL',
      'Desired pay': '90000.5',
      'Pay currency': 'CAD',
      'Pay period': 'year',
      Owner: 'Rita Recruiter',
    });
  });

  it('applies the list’s filters', async () => {
    const finance = await rowsOf(rita, '/api/v1/exports/candidates.csv?field=Finance');
    expect(finance).toHaveLength(15);
    expect(finance.every((r) => r.Field === 'Finance')).toBe(true);
    expect(await rowsOf(rita, `/api/v1/exports/candidates.csv?owner=${omar.id}`)).toHaveLength(2);
    expect(await rowsOf(rita, '/api/v1/exports/candidates.csv?q=%22NEAR(*')).toHaveLength(0);
    expect((await download(rita, '/api/v1/exports/candidates.csv?field=Nope')).statusCode).toBe(400);
  });

  it('imports back with every column mapped', async () => {
    const res = await download(admin, '/api/v1/exports/candidates.csv?q=Omar');
    const up = await upload(t, admin, 'candidates', res.body, 'back.csv');
    const ignored = Object.entries(up.suggestedMapping).filter(([, v]) => v === 'ignore');
    expect(ignored.map(([h]) => h)).toEqual(['ID', 'Created', 'Updated']);
    await map(t, admin, up);
    const done = await runToEnd(t, admin, up.id, { skipDuplicates: true });
    // The same person is found again, so it is skipped rather than copied.
    expect(done).toMatchObject({ status: 'done', imported: 0, skippedCount: 1 });
    expect(done.skipped[0]?.reason).toMatch(/^Possible duplicate of Omar Person .*same phone/);
  });
});

describe('opening and application exports', () => {
  it('lists openings with their company, salary in whole units and guarded cells', async () => {
    const rows = await rowsOf(rita, '/api/v1/exports/openings.csv');
    expect(rows.map((r) => r.Title).sort()).toEqual(["'@Omar role", 'Analyst']);
    expect(rows.find((r) => r.Title === 'Analyst')).toMatchObject({
      Company: 'Export Co',
      'Salary minimum': '50000',
      'Salary maximum': '60000',
      'Salary currency': 'CAD',
      Applications: '1',
      Skills: 'Microsoft Excel',
      Owner: 'Rita Recruiter',
    });
    expect(await rowsOf(rita, '/api/v1/exports/openings.csv?status=open')).toHaveLength(1);
  });

  it('lists applications with the columns asked for', async () => {
    const res = await download(rita, '/api/v1/exports/applications.csv?closed=true');
    const [header, ...rows] = parseCsvText(res.body);
    expect(header).toEqual([
      'Candidate',
      'Email',
      'Opening',
      'Company',
      'Stage',
      'Stage entered',
      'Applied',
      'Origin',
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.slice(2, 5)).toEqual(['Analyst', 'Export Co', 'Applied']);
    expect(rows[0]?.[7]).toBe('Agency');
  });
});

describe('export access', () => {
  it('gives a recruiter under own-only only their own records; admins everything', async () => {
    expect((await setAccess('own-only')).statusCode).toBe(200);
    try {
      const omars = await rowsOf(omar, '/api/v1/exports/candidates.csv');
      expect(omars.map((r) => r.Name).sort()).toEqual([
        '\'=HYPERLINK("http://evil.test","Click")',
        'Omar Person',
      ]);
      // Asking for someone else's records by filter still gives only one's own.
      expect(await rowsOf(omar, `/api/v1/exports/candidates.csv?owner=${rita.id}`)).toHaveLength(0);
      expect((await rowsOf(omar, '/api/v1/exports/openings.csv')).map((r) => r.Title)).toEqual([
        "'@Omar role",
      ]);
      expect(await rowsOf(omar, '/api/v1/exports/applications.csv?closed=true')).toHaveLength(0);
      expect(await rowsOf(omar, `/api/v1/exports/applications.csv?openingId=${openingId}`)).toHaveLength(0);
      expect(await rowsOf(rita, '/api/v1/exports/applications.csv?closed=true')).toHaveLength(1);
      expect(await rowsOf(admin, '/api/v1/exports/candidates.csv')).toHaveLength(32);
    } finally {
      await setAccess('all');
    }
  });

  it('is for staff only', async () => {
    for (const what of ['candidates', 'openings', 'applications']) {
      const url = `/api/v1/exports/${what}.csv`;
      expect((await download(seeker, url)).statusCode).toBe(403);
      expect((await request(t, { method: 'GET', url })).statusCode).toBe(401);
    }
  });
});
