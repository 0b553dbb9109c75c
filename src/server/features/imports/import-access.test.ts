import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, request, type TestApp, type TestUser, testApp } from '../../testing/harness.ts';
import { map, multipart, runToEnd, upload, uploadRaw, waitForRun } from './fixture.ts';

// Importing openings, what an upload must be, and who may see a batch.

let t: TestApp;
let rita: TestUser;
let omar: TestUser;
let admin: TestUser;
let seeker: TestUser;

beforeAll(async () => {
  t = await testApp();
  rita = await createUser(t, 'recruiter', 'Rita Recruiter');
  omar = await createUser(t, 'recruiter', 'Omar Other');
  admin = await createUser(t, 'admin', 'Ann Admin');
  seeker = await createUser(t, 'candidate');
});
afterAll(async () => t?.close());

const get = (user: TestUser, url: string) => request(t, { method: 'GET', url, cookie: user.cookie });
const preview = async (user: TestUser, id: number, qs = '') =>
  (await get(user, `/api/v1/imports/${id}/preview${qs}`)).json();

/** Candidates whose name starts with the word, as the list finds them. */
async function candidatesNamed(word: string) {
  return (await get(admin, `/api/v1/candidates?q=${encodeURIComponent(word)}`)).json().results as {
    id: number;
    name: string;
    email: string;
    owner: { id: string } | null;
    skills: { name: string }[];
    source: string;
  }[];
}

describe('importing openings', () => {
  const header =
    'Client,Job title,Industry,Description,City,Workplace,Job type,Salary min,Salary max,Currency,Period\n';
  it('matches companies by name, or creates the missing ones when asked', async () => {
    const company = await request(t, {
      method: 'POST',
      url: '/api/v1/companies',
      cookie: rita.cookie,
      payload: { name: 'Harbour Freight Co' },
    });
    const csv =
      header +
      'harbour freight co,Forklift operator,Logistics,Moving pallets.,Halifax,On-site,Full time,20,24,CAD,hourly\n' +
      'Brand New Ltd,Bookkeeper,Finance,Books.,,Remote,Part-time,,,,\n';
    const up = await upload(t, rita, 'openings', csv, 'jobs.csv');
    expect(Object.values(up.suggestedMapping)).not.toContain('ignore');
    await map(t, rita, up);
    const strict = await preview(rita, up.id);
    expect(strict.rows[1].errors.company).toBe(
      'No company named “Brand New Ltd”: add it first, or choose to create missing companies',
    );

    await map(t, rita, up, up.suggestedMapping, true);
    const planned = await preview(rita, up.id);
    expect(planned.summary).toMatchObject({ valid: 2, newCompanies: ['Brand New Ltd'] });
    expect(planned.rows[1].newCompany).toBe('Brand New Ltd');
    const done = await runToEnd(t, rita, up.id);
    expect(done).toMatchObject({ status: 'done', imported: 2 });

    const openings = (await get(rita, '/api/v1/openings')).json() as {
      id: number;
      title: string;
      companyId: number;
      companyName: string;
      salary: unknown;
      owner: { id: string };
    }[];
    const forklift = openings.find((o) => o.title === 'Forklift operator');
    expect(forklift).toMatchObject({
      companyId: company.json().id,
      salary: { min: 2000, max: 2400, currency: 'CAD', period: 'hour' },
      owner: { id: rita.id },
    });
    expect(openings.find((o) => o.title === 'Bookkeeper')?.companyName).toBe('Brand New Ltd');
    const activity = (await get(rita, `/api/v1/openings/${forklift?.id}/activity`)).json().entries;
    expect(activity.map((a: { kind: string }) => a.kind)).toContain('import');
  });

  it('insists on the required columns and on real fields', async () => {
    const up = await upload(t, rita, 'openings', `${header}X,Y,Software,Z,,Remote,Contract,,,,\n`);
    const put = (mapping: Record<string, string>) =>
      request(t, {
        method: 'PUT',
        url: `/api/v1/imports/${up.id}/mapping`,
        cookie: rita.cookie,
        payload: { mapping },
      });
    const missing = await put({ Client: 'company', 'Job title': 'title' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields.mapping).toBe(
      'Choose a column for: Field, Description, Workplace type, Employment type',
    );
    const wrong = await put({ ...up.suggestedMapping, Client: 'salary; DROP TABLE opening' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields.Client).toMatch(/is not a field you can import/);
    const junk = await request(t, {
      method: 'PUT',
      url: `/api/v1/imports/${up.id}/mapping`,
      cookie: rita.cookie,
      payload: { mapping: up.suggestedMapping, extra: 1 },
    });
    expect(junk.statusCode).toBe(400);
  });
});

describe('uploads', () => {
  const bad = async (body: ReturnType<typeof multipart>, status = 400) => {
    const res = await uploadRaw(t, rita, body);
    expect(res.statusCode, res.body).toBe(status);
    return res.json().error;
  };

  it('reject files that are not CSV text, with a message that says what to do', async () => {
    const pdf = Buffer.from(
      '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<<>>\nstream\n\u0000\u0001\u0002\u0003\u0004\nendstream',
      'latin1',
    );
    expect(
      (await bad(multipart({ kind: 'candidates', file: { name: 'people.csv', data: pdf } }))).message,
    ).toMatch(/not CSV text \(it looks like a \.pdf file\)/);
    const error = await bad(multipart({ kind: 'candidates', file: { name: 'x.csv', data: '' } }));
    expect(error).toMatchObject({
      code: 'invalid_input',
      message: 'The file is empty.',
      fields: { file: 'The file is empty.' },
    });
    expect(
      (await bad(multipart({ kind: 'candidates', file: { name: 'x.csv', data: 'Name\n' } }))).message,
    ).toBe('The file has a header row but no data rows.');
  });

  it('need a kind and a file, and refuse files over 10 MB', async () => {
    expect((await bad(multipart({ file: { name: 'x.csv', data: 'Name\nA\n' } }))).fields).toEqual({
      kind: 'Choose candidates or openings',
    });
    expect(
      (await bad(multipart({ kind: 'companies', file: { name: 'x.csv', data: 'Name\nA\n' } }))).fields,
    ).toEqual({
      kind: 'Choose candidates or openings',
    });
    expect((await bad(multipart({ kind: 'candidates' }))).fields).toEqual({ file: 'Choose a CSV file' });
    const json = await request(t, {
      method: 'POST',
      url: '/api/v1/imports',
      cookie: rita.cookie,
      payload: { kind: 'x' },
    });
    expect(json.statusCode).toBe(400);
    const big = Buffer.alloc(10 * 1024 * 1024 + 10, 'a');
    const tooBig = await bad(multipart({ kind: 'candidates', file: { name: 'big.csv', data: big } }), 413);
    expect(tooBig.code).toBe('too_large');
  });
});

describe('who may see a batch', () => {
  it('only its creator and admins; everyone else gets 404 (or 401/403 without staff access)', async () => {
    const up = await upload(t, rita, 'candidates', 'Name\nKim Kept\n');
    await map(t, rita, up);
    const id = up.id;
    const tries = [
      { method: 'GET', url: `/api/v1/imports/${id}` },
      { method: 'GET', url: `/api/v1/imports/${id}/preview` },
      { method: 'GET', url: `/api/v1/imports/${id}/skipped.csv` },
      { method: 'PUT', url: `/api/v1/imports/${id}/mapping`, payload: { mapping: { Name: 'name' } } },
      { method: 'PUT', url: `/api/v1/imports/${id}/rows/2`, payload: { values: { name: 'Stolen' } } },
      { method: 'POST', url: `/api/v1/imports/${id}/run`, payload: {} },
    ] as const;
    for (const r of tries) {
      expect((await request(t, { ...r, cookie: omar.cookie })).statusCode, `${r.method} ${r.url}`).toBe(404);
      expect((await request(t, { ...r, cookie: seeker.cookie })).statusCode, `${r.method} ${r.url}`).toBe(
        403,
      );
      expect((await request(t, { ...r })).statusCode, `${r.method} ${r.url}`).toBe(401);
    }
    expect((await get(rita, `/api/v1/imports/${id}/preview`)).json().rows[0].values.name).toBe('Kim Kept');
    expect((await get(admin, `/api/v1/imports/${id}`)).json()).toMatchObject({ id, status: 'uploaded' });
    expect((await get(omar, '/api/v1/imports/999999')).statusCode).toBe(404);
    expect((await get(omar, '/api/v1/imports/abc')).statusCode).toBe(400);
    expect(await candidatesNamed('Kim')).toEqual([]);
  });

  it('under own-only, never shows another recruiter’s candidates as possible duplicates', async () => {
    const hidden = await request(t, {
      method: 'POST',
      url: '/api/v1/candidates',
      cookie: rita.cookie,
      payload: { name: 'Nell Hidden', email: 'nell@example.test', ownerId: rita.id },
    });
    expect(hidden.statusCode).toBe(201);
    const setAccess = (recruiterAccess: string) =>
      request(t, {
        method: 'PUT',
        url: '/api/v1/settings/access',
        cookie: admin.cookie,
        payload: { recruiterAccess },
      });
    expect((await setAccess('own-only')).statusCode).toBe(200);
    try {
      const csv = 'Name,Email\nNell Again,nell@example.test\n';
      const mine = await upload(t, rita, 'candidates', csv);
      expect((await preview(rita, mine.id)).rows[0].duplicates.map((d: { name: string }) => d.name)).toEqual([
        'Nell Hidden',
      ]);
      const theirs = await upload(t, omar, 'candidates', csv);
      expect((await preview(omar, theirs.id)).rows[0].duplicates).toEqual([]);
      const done = await runToEnd(t, omar, theirs.id, { skipDuplicates: true });
      expect(done).toMatchObject({ status: 'done', imported: 1, skipped: [] });
    } finally {
      await setAccess('all');
    }
  });

  it('reports a run whose server stopped as failed, and lets it run again', async () => {
    const up = await upload(t, rita, 'candidates', 'Name\nLou Lost\n');
    await map(t, rita, up);
    await t.ctx.db
      .updateTable('import_batch')
      .set({ status: 'running', updated_at: new Date(Date.now() - 10 * 60_000).toISOString() })
      .where('id', '=', up.id)
      .execute();
    const batch = await waitForRun(t, rita, up.id);
    expect(batch).toMatchObject({ status: 'failed', error: expect.stringMatching(/server stopped/) });
    expect(await runToEnd(t, rita, up.id)).toMatchObject({ status: 'done', imported: 1 });
  });
});
