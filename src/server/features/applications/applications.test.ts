import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_RESUME_BYTES } from '../../../shared/applications.ts';
import { createUser, request, type TestApp, type TestUser, testApp } from '../../testing/harness.ts';

let t: TestApp;
let recruiter: TestUser;
let seeker: TestUser;
let other: TestUser;
let openSlug: string;
let openId: number;
let closedSlug: string;

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** A multipart body, built by hand so tests control every byte. */
function multipart(fields: Record<string, string>, file?: { name: string; type: string; data: Buffer }) {
  const boundary = '----followthrough-test-boundary';
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="resume"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
      ),
    );
    parts.push(file.data, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

async function apply(user: TestUser, slug: string, body: ReturnType<typeof multipart>) {
  return request(t, {
    method: 'POST',
    url: `/api/v1/jobs/${slug}/applications`,
    cookie: user.cookie,
    ...body,
  });
}

async function myApplications(user: TestUser) {
  return (
    await request(t, { method: 'GET', url: '/api/v1/me/applications', cookie: user.cookie })
  ).json() as { id: number }[];
}

beforeAll(async () => {
  t = await testApp();
  recruiter = await createUser(t, 'recruiter');
  seeker = await createUser(t, 'candidate', 'Sam Seeker');
  other = await createUser(t, 'candidate', 'Olive Other');
  const company = await request(t, {
    method: 'POST',
    url: '/api/v1/companies',
    cookie: recruiter.cookie,
    payload: { name: 'Acme' },
  });
  const make = async (status: string) =>
    (
      await request(t, {
        method: 'POST',
        url: '/api/v1/openings',
        cookie: recruiter.cookie,
        payload: {
          companyId: company.json().id,
          title: `Welder ${status}`,
          field: 'Skilled trades',
          description: 'Weld things.',
          city: 'Hamilton',
          workplaceType: 'on-site',
          employmentType: 'full-time',
          status,
        },
      })
    ).json();
  const open = await make('open');
  openSlug = open.slug;
  openId = open.id;
  closedSlug = (await make('closed')).slug;
});
afterAll(async () => t?.close());

describe('applying', () => {
  it('refuses bad uploads and changes nothing', async () => {
    const fake = await apply(
      seeker,
      openSlug,
      multipart(
        { coverNote: 'Hi' },
        { name: 'cv.pdf', type: 'application/pdf', data: Buffer.from('just text, not a pdf') },
      ),
    );
    expect(fake.statusCode).toBe(415);
    expect(fake.json().error.message).toContain('PDF or Word');
    const big = await apply(
      seeker,
      openSlug,
      multipart(
        {},
        {
          name: 'cv.pdf',
          type: 'application/pdf',
          data: Buffer.concat([PDF, Buffer.alloc(MAX_RESUME_BYTES)]),
        },
      ),
    );
    expect(big.statusCode).toBe(413);
    const longNote = await apply(seeker, openSlug, multipart({ coverNote: 'x'.repeat(5001) }));
    expect(longNote.statusCode).toBe(400);
    expect(longNote.json().error.fields.coverNote).toBeTruthy();
    const unknown = await apply(seeker, openSlug, multipart({ coverNote: 'x', role: 'admin' }));
    expect(unknown.statusCode).toBe(400);
    expect(await myApplications(seeker)).toEqual([]);
  });

  it('is for signed-in job seekers on open positions', async () => {
    const anon = await request(t, {
      method: 'POST',
      url: `/api/v1/jobs/${openSlug}/applications`,
      payload: { coverNote: 'hi' },
    });
    expect(anon.statusCode).toBe(401);
    const staff = await request(t, {
      method: 'POST',
      url: `/api/v1/jobs/${openSlug}/applications`,
      cookie: recruiter.cookie,
      payload: { coverNote: 'hi' },
    });
    expect(staff.statusCode).toBe(403);
    const closed = await apply(seeker, closedSlug, multipart({ coverNote: 'hi' }));
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.code).toBe('opening_closed');
    expect((await apply(seeker, 'no-such-job', multipart({}))).statusCode).toBe(404);
  });

  it('takes a cover note and a resume once, then says when you applied', async () => {
    const res = await apply(
      seeker,
      openSlug,
      multipart(
        { coverNote: 'I weld <b>well</b>.' },
        { name: 'Sam CV.pdf', type: 'application/pdf', data: PDF },
      ),
    );
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({
      openingSlug: openSlug,
      coverNote: 'I weld <b>well</b>.',
      stage: { label: 'Received', kind: 'active' },
      resume: { name: 'Sam CV.pdf' },
    });

    const again = await apply(seeker, openSlug, multipart({ coverNote: 'again' }));
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('already_applied');
    expect(again.json().error.message).toMatch(/^You applied on \w+ \d+, \d{4}\.$/);
    expect(await myApplications(seeker)).toHaveLength(1);

    const mine = await request(t, {
      method: 'GET',
      url: `/api/v1/jobs/${openSlug}/application`,
      cookie: seeker.cookie,
    });
    expect(mine.json().id).toBe(created.id);
    const notOthers = await request(t, {
      method: 'GET',
      url: `/api/v1/jobs/${openSlug}/application`,
      cookie: other.cookie,
    });
    expect(notOthers.statusCode).toBe(404);
    expect(await myApplications(other)).toEqual([]);

    const forStaff = await request(t, {
      method: 'GET',
      url: `/api/v1/openings/${openId}/applications`,
      cookie: recruiter.cookie,
    });
    expect(forStaff.json().map((a: { candidateName: string }) => a.candidateName)).toEqual(['Sam Seeker']);
    const notForSeekers = await request(t, {
      method: 'GET',
      url: `/api/v1/openings/${openId}/applications`,
      cookie: other.cookie,
    });
    expect(notForSeekers.statusCode).toBe(403);
  });

  it('serves a resume only to its owner and to staff', async () => {
    const [app] = (
      await request(t, { method: 'GET', url: '/api/v1/me/applications', cookie: seeker.cookie })
    ).json();
    const url = `/api/v1/files/${app.resume.id}`;
    const own = await request(t, { method: 'GET', url, cookie: seeker.cookie });
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-type']).toBe('application/pdf');
    expect(own.rawPayload.equals(PDF)).toBe(true);
    expect((await request(t, { method: 'GET', url, cookie: recruiter.cookie })).statusCode).toBe(200);
    const stranger = await request(t, { method: 'GET', url, cookie: other.cookie });
    expect(stranger.statusCode).toBe(404);
    expect((await request(t, { method: 'GET', url })).statusCode).toBe(401);
  });
});
