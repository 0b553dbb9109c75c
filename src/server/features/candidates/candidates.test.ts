import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, request, type TestApp, type TestUser, testApp } from '../../testing/harness.ts';

let t: TestApp;
let recruiter: TestUser;
let seeker: TestUser;

const post = (payload: Record<string, unknown>, cookie = recruiter.cookie) =>
  request(t, { method: 'POST', url: '/api/v1/candidates', cookie, payload });
const list = async (qs: string) =>
  (await request(t, { method: 'GET', url: `/api/v1/candidates?${qs}`, cookie: recruiter.cookie })).json();

beforeAll(async () => {
  t = await testApp();
  recruiter = await createUser(t, 'recruiter', 'Rita Recruiter');
  seeker = await createUser(t, 'candidate');
});
afterAll(async () => t?.close());

describe('candidate records', () => {
  it('creates a record with normalised skills and reads it back', async () => {
    const res = await post({
      name: 'Priya Sharma',
      email: 'Priya.Sharma@Mail.example',
      phone: '+1 (709) 555-0100',
      city: "St. John's",
      country: 'Canada',
      headline: 'Data analyst, six years in retail banking',
      field: 'Finance',
      skills: ['js', 'MS Excel', 'excel', 'Underwater basket weaving'],
      yearsExperience: 6,
      workplaceTypes: ['hybrid', 'remote'],
      employmentTypes: ['full-time'],
      desiredSalary: { amount: 8_500_000, currency: 'CAD', period: 'year' },
      availableFrom: '2027-01-15',
      source: 'referral',
      ownerId: recruiter.id,
      consent: { givenOn: '2026-11-20', wording: 'I agree to be represented by the agency.' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const { candidate, duplicates } = res.json();
    expect(duplicates).toEqual([]);
    expect(candidate).toMatchObject({
      email: 'priya.sharma@mail.example',
      owner: { id: recruiter.id, name: 'Rita Recruiter' },
      workplaceTypes: ['hybrid', 'remote'],
      desiredSalary: { amount: 8_500_000, currency: 'CAD', period: 'year' },
      consent: { givenOn: '2026-11-20' },
    });
    expect(candidate.skills).toEqual([
      { name: 'JavaScript', known: true },
      { name: 'Microsoft Excel', known: true },
      { name: 'Underwater basket weaving', known: false },
    ]);
    const read = await request(t, {
      method: 'GET',
      url: `/api/v1/candidates/${candidate.id}`,
      cookie: recruiter.cookie,
    });
    expect(read.json().candidate).toEqual(candidate);
  });

  it('flags possible duplicates on creation and on the record', async () => {
    const first = (
      await post({ name: 'Jo Ann Miller', email: 'joann.miller@mail.example', phone: '709 555 0199' })
    ).json().candidate;
    const sameEmail = (await post({ name: 'J. Miller', email: 'JOANN.MILLER@mail.example' })).json();
    expect(sameEmail.duplicates).toEqual([
      expect.objectContaining({ id: first.id, reasons: ['same-email'] }),
    ]);
    const samePhone = (await post({ name: 'Someone', phone: '+1-709-555-0199' })).json();
    expect(samePhone.duplicates.map((d: { id: number }) => d.id)).toContain(first.id);
    const similar = (await post({ name: 'Jo  Ann Miller', email: 'joannmiller+cv@other.example' })).json();
    expect(similar.duplicates).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: first.id, reasons: ['same-name-similar-email'] }),
      ]),
    );
    const stranger = (await post({ name: 'Jo Ann Miller', email: 'totally.different@x.example' })).json();
    expect(stranger.duplicates.map((d: { id: number }) => d.id)).not.toContain(first.id);
    const onRecord = await request(t, {
      method: 'GET',
      url: `/api/v1/candidates/${first.id}`,
      cookie: recruiter.cookie,
    });
    expect(onRecord.json().duplicates.length).toBeGreaterThanOrEqual(3);
  });

  it('searches by words, skill, field, owner and location', async () => {
    const a = (
      await post({
        name: 'Mateo Garcia',
        headline: 'Forklift operator',
        skills: ['forklift licence'],
        field: 'Logistics',
        city: 'Halifax',
      })
    ).json().candidate;
    const b = (
      await post({
        name: 'Amara Nwosu',
        headline: 'Registered nurse',
        skills: ['CPR'],
        field: 'Healthcare',
        ownerId: recruiter.id,
      })
    ).json().candidate;
    const ids = (body: { results: { id: number }[] }) => body.results.map((r) => r.id);
    expect(ids(await list('q=forklift'))).toEqual([a.id]);
    expect(ids(await list('q=garcia%20operator'))).toEqual([a.id]);
    expect(ids(await list(`skill=${encodeURIComponent('Forklift license')}`))).toEqual([a.id]);
    expect(ids(await list('field=Healthcare'))).toEqual([b.id]);
    expect(ids(await list(`owner=${recruiter.id}&field=Healthcare`))).toEqual([b.id]);
    expect(ids(await list('location=halif'))).toEqual([a.id]);
    expect((await list("q=%25' OR 1=1 --")).total).toBe(0);
  });

  it('updates a record and answers 404 for unknown ids', async () => {
    const c = (await post({ name: 'Chloe Gagnon', skills: ['French'] })).json().candidate;
    const res = await request(t, {
      method: 'PUT',
      url: `/api/v1/candidates/${c.id}`,
      cookie: recruiter.cookie,
      payload: { name: 'Chloé Gagnon', skills: ['French', 'Spanish'], source: 'event' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ name: 'Chloé Gagnon', source: 'event' });
    expect(res.json().skills.map((s: { name: string }) => s.name)).toEqual(['French', 'Spanish']);
    expect(
      (
        await request(t, {
          method: 'PUT',
          url: '/api/v1/candidates/999999',
          cookie: recruiter.cookie,
          payload: { name: 'X' },
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await request(t, { method: 'GET', url: '/api/v1/candidates/999999', cookie: recruiter.cookie }))
        .statusCode,
    ).toBe(404);
  });

  it('rejects bad input and changes nothing', async () => {
    const before = (await list('')).total;
    const bad: Record<string, unknown>[] = [
      {},
      { name: '' },
      { name: 'X', email: 'nope' },
      { name: 'X', field: 'Astrology' },
      { name: 'X', skills: 'js' },
      { name: 'X', skills: Array.from({ length: 101 }, (_, i) => `s${i}`) },
      { name: 'X', availableFrom: '15/01/2027' },
      { name: 'X', consent: { givenOn: '2026-11-20', wording: '' } },
      { name: 'X', desiredSalary: { amount: -1, currency: 'CAD', period: 'year' } },
      { name: 'X', ownerId: seeker.id },
      { name: 'X', role: 'admin' },
    ];
    for (const payload of bad) {
      const res = await post(payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error.message).toBeTruthy();
    }
    const owner = await post({ name: 'X', ownerId: seeker.id });
    expect(owner.json().error.fields).toEqual({ ownerId: 'Not a recruiter' });
    expect((await list('')).total).toBe(before);
  });

  it('is for staff only', async () => {
    expect((await request(t, { method: 'GET', url: '/api/v1/candidates' })).statusCode).toBe(401);
    expect(
      (await request(t, { method: 'GET', url: '/api/v1/candidates', cookie: seeker.cookie })).statusCode,
    ).toBe(403);
    expect((await post({ name: 'Sneaky' }, seeker.cookie)).statusCode).toBe(403);
    expect(
      (await request(t, { method: 'GET', url: '/api/v1/staff', cookie: seeker.cookie })).statusCode,
    ).toBe(403);
  });

  it('suggests skills as you type', async () => {
    const res = await request(t, {
      method: 'GET',
      url: '/api/v1/skills/suggest?q=sql',
      cookie: seeker.cookie,
    });
    expect(res.json()[0]).toBe('SQL');
    expect((await request(t, { method: 'GET', url: '/api/v1/skills/suggest?q=sql' })).statusCode).toBe(401);
  });
});

describe('contacts and openings', () => {
  it('keeps contacts per company and names a hiring contact on an opening', async () => {
    const company = (
      await request(t, {
        method: 'POST',
        url: '/api/v1/companies',
        cookie: recruiter.cookie,
        payload: { name: 'Harbour Bank' },
      })
    ).json();
    const other = (
      await request(t, {
        method: 'POST',
        url: '/api/v1/companies',
        cookie: recruiter.cookie,
        payload: { name: 'Other Co' },
      })
    ).json();
    const url = `/api/v1/companies/${company.id}/contacts`;
    const created = await request(t, {
      method: 'POST',
      url,
      cookie: recruiter.cookie,
      payload: { name: 'Dana Lee', title: 'Head of Data', email: 'dana@harbour.example' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const dana = created.json();
    const stranger = (
      await request(t, {
        method: 'POST',
        url: `/api/v1/companies/${other.id}/contacts`,
        cookie: recruiter.cookie,
        payload: { name: 'Sam Other' },
      })
    ).json();
    expect(
      (await request(t, { method: 'POST', url, cookie: recruiter.cookie, payload: { name: '', email: 'x' } }))
        .statusCode,
    ).toBe(400);
    expect(
      (
        await request(t, {
          method: 'GET',
          url: '/api/v1/companies/999999/contacts',
          cookie: recruiter.cookie,
        })
      ).statusCode,
    ).toBe(404);
    expect((await request(t, { method: 'GET', url, cookie: seeker.cookie })).statusCode).toBe(403);

    const opening = {
      companyId: company.id,
      title: 'Data Analyst',
      field: 'Finance',
      description: 'Numbers.',
      city: 'Halifax',
      workplaceType: 'hybrid',
      employmentType: 'full-time',
      status: 'open',
      skills: ['sql', 'Power BI', 'stakeholder mgmt'],
    };
    const wrong = await request(t, {
      method: 'POST',
      url: '/api/v1/openings',
      cookie: recruiter.cookie,
      payload: { ...opening, hiringContactId: stranger.id },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields).toEqual({ hiringContactId: 'Not a contact at this company' });
    const ok = await request(t, {
      method: 'POST',
      url: '/api/v1/openings',
      cookie: recruiter.cookie,
      payload: { ...opening, hiringContactId: dana.id },
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().hiringContact).toEqual({ id: dana.id, name: 'Dana Lee', title: 'Head of Data' });
    expect(ok.json().skills.map((s: { name: string }) => s.name)).toContain('SQL');
    const pub = await request(t, { method: 'GET', url: `/api/v1/jobs/${ok.json().slug}` });
    expect(pub.json().hiringContact).toBeUndefined();
    expect(pub.body).not.toContain('dana@harbour.example');

    const edited = await request(t, {
      method: 'PUT',
      url: `/api/v1/contacts/${dana.id}`,
      cookie: recruiter.cookie,
      payload: { name: 'Dana Lee-Park', title: 'Director of Data' },
    });
    expect(edited.json().name).toBe('Dana Lee-Park');
    expect(
      (await request(t, { method: 'DELETE', url: `/api/v1/contacts/${dana.id}`, cookie: recruiter.cookie }))
        .statusCode,
    ).toBe(204);
    expect(
      (await request(t, { method: 'DELETE', url: `/api/v1/contacts/${dana.id}`, cookie: recruiter.cookie }))
        .statusCode,
    ).toBe(404);
    const after = await request(t, {
      method: 'GET',
      url: `/api/v1/openings/${ok.json().id}`,
      cookie: recruiter.cookie,
    });
    expect(after.json().hiringContact).toBeNull();
  });
});

describe('portal accounts for candidate records', () => {
  it('invites a record to claim a portal account, and links them', async () => {
    const rec = (await post({ name: 'Hannah Schmidt', email: `hannah.${Date.now()}@mail.example` })).json()
      .candidate;
    const noEmail = (await post({ name: 'No Email' })).json().candidate;
    expect(
      (
        await request(t, {
          method: 'POST',
          url: `/api/v1/candidates/${noEmail.id}/invite`,
          cookie: recruiter.cookie,
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await request(t, {
          method: 'POST',
          url: `/api/v1/candidates/${rec.id}/invite`,
          cookie: seeker.cookie,
        })
      ).statusCode,
    ).toBe(403);

    const sent = await request(t, {
      method: 'POST',
      url: `/api/v1/candidates/${rec.id}/invite`,
      cookie: recruiter.cookie,
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const mail = (await t.deliverMail()).find((m) => m.to === rec.email);
    expect(mail?.text).toContain('your own portal');
    const path = new URL(mail?.text.match(/https?:\/\/\S+\/invite\/\S+/)?.[0] ?? 'http://x/none').pathname;
    const done = await request(t, {
      method: 'POST',
      url: path,
      payload: { name: 'Hannah Schmidt', password: 'a long enough password' },
    });
    expect(done.statusCode).toBe(303);
    const cookie = (done.headers['set-cookie'] as string[]).map((c) => c.split(';')[0]).join('; ');
    const me = (await request(t, { method: 'GET', url: '/api/v1/me', cookie })).json();
    expect(me).toMatchObject({ email: rec.email, role: 'candidate' });

    const linked = (
      await request(t, { method: 'GET', url: `/api/v1/candidates/${rec.id}`, cookie: recruiter.cookie })
    ).json().candidate;
    expect(linked.userId).toBe(me.id);
    const again = await request(t, {
      method: 'POST',
      url: `/api/v1/candidates/${rec.id}/invite`,
      cookie: recruiter.cookie,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('has_account');
  });

  it('gives a job seeker a record the first time they apply, and only one', async () => {
    const company = (
      await request(t, {
        method: 'POST',
        url: '/api/v1/companies',
        cookie: recruiter.cookie,
        payload: { name: 'Apply Co' },
      })
    ).json();
    const make = async (title: string) =>
      (
        await request(t, {
          method: 'POST',
          url: '/api/v1/openings',
          cookie: recruiter.cookie,
          payload: {
            companyId: company.id,
            title,
            field: 'Sales',
            description: 'Sell.',
            city: 'Moncton',
            workplaceType: 'on-site',
            employmentType: 'full-time',
            status: 'open',
          },
        })
      ).json();
    const applier = await createUser(t, 'candidate', 'Daniel Brooks');
    for (const job of [await make('Sales Associate'), await make('Sales Lead')]) {
      const res = await request(t, {
        method: 'POST',
        url: `/api/v1/jobs/${job.slug}/applications`,
        cookie: applier.cookie,
        payload: { coverNote: 'Hello' },
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    const found = await list(`q=${encodeURIComponent(applier.email)}`);
    expect(found.results).toHaveLength(1);
    expect(found.results[0]).toMatchObject({
      userId: applier.id,
      name: 'Daniel Brooks',
      source: 'job-board',
    });
  });
});
