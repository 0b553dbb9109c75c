import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signFormStamp } from '../../platform/spam.ts';
import {
  createUser,
  request,
  type TestApp,
  type TestUser,
  testApp,
  uniqueEmail,
} from '../../testing/harness.ts';

// The contact form over HTTP, as a browser without JavaScript posts it, and the staff inbox:
// validation that keeps input, spam filed quietly, rate limits, staff-only access and conversion.

let t: TestApp;
let recruiter: TestUser;
let seeker: TestUser;

const as = (user: TestUser | null, method: string, url: string, payload?: unknown) =>
  request(t, { method, url, cookie: user?.cookie, payload: payload as Record<string, unknown> });

function form(over: Record<string, string> = {}) {
  return {
    kind: 'seeker',
    name: 'Rosa Díaz',
    email: uniqueEmail('rosa'),
    phone: '+1 555 0100',
    company: '',
    lookingFor: 'Warehouse supervisor',
    message: 'I have ten years of experience. See https://rosa.example',
    consent: 'yes',
    website_url: '',
    form_stamp: signFormStamp(t.config.secret, Date.now() - 10_000),
    ...over,
  };
}

function post(app: TestApp, fields: Record<string, string>, remoteAddress = '127.0.0.1') {
  return app.app.inject({
    method: 'POST',
    url: '/contact',
    remoteAddress,
    headers: { origin: app.config.publicUrl, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(fields).toString(),
  });
}

async function leadsByEmail(email: string) {
  return t.ctx.db.selectFrom('lead').selectAll().where('email', '=', email).execute();
}

async function inbox(status: string) {
  const res = await as(recruiter, 'GET', `/api/v1/leads?status=${status}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { leads: { id: number; email: string }[]; counts: Record<string, number> };
}

async function sendLead(over: Record<string, string> = {}) {
  const fields = form(over);
  expect((await post(t, fields)).statusCode).toBe(303);
  const [row] = await leadsByEmail(fields.email);
  return row as NonNullable<typeof row>;
}

beforeAll(async () => {
  t = await testApp();
  recruiter = await createUser(t, 'recruiter', 'Rita Recruiter');
  seeker = await createUser(t, 'candidate', 'Sam Seeker');
});
afterAll(async () => t?.close());

describe('the contact page', () => {
  it('shows the form with a signed stamp and a hidden honeypot, linked from the site', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/contact' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('name="form_stamp"');
    expect(res.body).toMatch(/<div hidden="" aria-hidden="true">/);
    expect(res.body).toContain('href="/contact"');
    expect((await t.app.inject({ method: 'GET', url: '/contact/thanks' })).statusCode).toBe(200);
  });

  it('stores a valid message as a new lead and queues an acknowledgement', async () => {
    const fields = form();
    const res = await post(t, fields, '203.0.113.77');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/contact/thanks');
    const [row] = await leadsByEmail(fields.email);
    expect(row).toMatchObject({
      status: 'new',
      kind: 'seeker',
      name: 'Rosa Díaz',
      looking_for: 'Warehouse supervisor',
    });
    expect((await inbox('new')).leads.map((l) => l.email)).toContain(fields.email);
    const mails = await t.deliverMail();
    const ack = mails.find((m) => m.to === fields.email);
    expect(ack?.subject).toMatch(/Thank you for contacting/);
    // The IP is kept only as a salted hash: not in the lead, not in any mail.
    expect(JSON.stringify(row)).not.toContain('203.0.113.77');
    expect(row?.ip_hash).toMatch(/^[0-9a-f]{32}$/);
    const outbox = await t.ctx.db.selectFrom('outbox').selectAll().execute();
    expect(JSON.stringify(outbox)).not.toContain('203.0.113.77');
  });

  it.each([
    [{ email: 'not-an-email' }, 'email', 'Please enter a valid email address'],
    [{ kind: '' }, 'kind', 'Please choose “Looking for work” or “Hiring”'],
    [{ kind: 'robot' }, 'kind', 'Please choose “Looking for work” or “Hiring”'],
    [{ name: '   ' }, 'name', 'Please enter your name'],
    [{ phone: 'call me <maybe>' }, 'phone', 'Please enter a valid phone number'],
    [{ lookingFor: '' }, 'lookingFor', 'Please tell us what you are looking for'],
    [{ message: '' }, 'message', 'Please write a message'],
    [{ consent: '' }, 'consent', 'Please agree to be contacted'],
    [{ message: 'x'.repeat(5001) }, 'message', 'Please keep it under 5000 characters'],
  ])('names the error beside the field and keeps the input: %j', async (over, name, message) => {
    const fields = form({ name: 'Rosa <b>"Díaz"</b>', ...over });
    const res = await post(t, fields);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain(message);
    expect(res.body).toContain(`id="c-${name}-error"`);
    expect(res.body).toContain('role="alert"');
    if (name !== 'kind')
      expect(res.body).toMatch(new RegExp(`aria-invalid="true"[^>]*aria-describedby="[^"]*c-${name}-error`));
    // What was typed comes back, escaped; the stamp is kept so the clock is not restarted.
    if (name !== 'name') expect(res.body).toContain('value="Rosa &lt;b&gt;&quot;Díaz&quot;&lt;/b&gt;"');
    if (name !== 'email') expect(res.body).toContain(`value="${fields.email}"`);
    expect(res.body).toContain(`value="${fields.form_stamp}"`);
    if (!('consent' in over)) expect(res.body).toMatch(/id="c-consent"[^>]*checked/);
    expect(await leadsByEmail(fields.email)).toHaveLength(0);
  });

  it('survives hostile and malformed bodies without a 500', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/contact',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'kind=seeker&kind=employer&name[]=x&email=%ZZ',
    });
    expect(res.statusCode).toBeLessThan(500);
    const json = await t.app.inject({ method: 'POST', url: '/contact', payload: { name: 1 } });
    expect(json.statusCode).toBe(400);
  });
});

describe('spam', () => {
  beforeAll(async () => {
    const res = await as(recruiter, 'PUT', '/api/v1/settings/spam-words', {
      words: ['casino', ' Crypto Bonus '],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().words).toEqual(['casino', 'Crypto Bonus']);
  });

  it.each([
    ['honeypot', { website_url: 'http://bot.example' }],
    // Signed when the test runs, not when the table is built: a slow collection must not age it.
    ['too_fast', () => ({ form_stamp: signFormStamp(t.config.secret, Date.now()) })],
    ['bad_stamp', { form_stamp: 'forged.stamp' }],
    ['too_many_links', { message: 'http://a.example http://b.example http://c.example' }],
    ['disallowed_word', { message: 'Best CASINO offers' }],
  ])('%s: thanks page for the sender, spam folder for staff, no mail', async (reason, over) => {
    const row = await sendLead(typeof over === 'function' ? over() : over);
    expect(row.status).toBe('spam');
    expect(row.spam_reason).toBe(reason);
    expect((await inbox('new')).leads.map((l) => l.id)).not.toContain(row.id);
    expect((await inbox('spam')).leads.map((l) => l.id)).toContain(row.id);
    expect((await t.deliverMail()).some((m) => m.to === row.email)).toBe(false);
  });

  it('lets only staff read or change the word list', async () => {
    expect((await as(null, 'GET', '/api/v1/settings/spam-words')).statusCode).toBe(401);
    expect((await as(seeker, 'PUT', '/api/v1/settings/spam-words', { words: [] })).statusCode).toBe(403);
    expect((await as(recruiter, 'PUT', '/api/v1/settings/spam-words', { words: 'casino' })).statusCode).toBe(
      400,
    );
    // The list is stored a word per line, so a word holding a line break would turn into two.
    const split = await as(recruiter, 'PUT', '/api/v1/settings/spam-words', { words: ['casino\nbonus'] });
    expect(split.statusCode).toBe(400);
    expect(split.json().error.fields).toBeTruthy();
    const kept = await as(recruiter, 'GET', '/api/v1/settings/spam-words');
    expect(kept.json().words).toEqual(['casino', 'Crypto Bonus']);
  });
});

describe('rate limit', () => {
  it('answers a flood from one address with a readable 429 page, keyed by hashed IP', async () => {
    const small = await testApp({ FORM_RATE_LIMIT: '2' });
    try {
      const fields = () => ({
        ...form(),
        form_stamp: signFormStamp(small.config.secret, Date.now() - 10_000),
      });
      expect((await post(small, fields(), '198.51.100.9')).statusCode).toBe(303);
      expect((await post(small, fields(), '198.51.100.9')).statusCode).toBe(303);
      const third = await post(small, fields(), '198.51.100.9');
      expect(third.statusCode).toBe(429);
      expect(third.headers['content-type']).toMatch(/text\/html/);
      expect(third.body).toContain('Too many messages');
      expect((await post(small, fields(), '198.51.100.10')).statusCode).toBe(303);
    } finally {
      await small.close();
    }
  });
});

describe('the leads inbox', () => {
  it('is for staff only', async () => {
    const row = await sendLead();
    expect((await as(null, 'GET', '/api/v1/leads')).statusCode).toBe(401);
    expect((await as(seeker, 'GET', '/api/v1/leads')).statusCode).toBe(403);
    expect((await as(seeker, 'GET', '/api/v1/leads/count')).statusCode).toBe(403);
    expect((await as(seeker, 'GET', `/api/v1/leads/${row.id}`)).statusCode).toBe(403);
    expect((await as(seeker, 'PUT', `/api/v1/leads/${row.id}`, { status: 'closed' })).statusCode).toBe(403);
    expect(
      (await as(seeker, 'POST', `/api/v1/leads/${row.id}/convert/candidate`, { name: 'x' })).statusCode,
    ).toBe(403);
    expect((await as(null, 'POST', `/api/v1/leads/${row.id}/notes`, { body: 'x' })).statusCode).toBe(401);
  });

  it('assigns, takes notes and moves between folders', async () => {
    const row = await sendLead();
    const counted = (await inbox('new')).counts.new ?? 0;
    const assigned = await as(recruiter, 'PUT', `/api/v1/leads/${row.id}`, {
      assignedTo: recruiter.id,
      status: 'contacted',
    });
    expect(assigned.statusCode, assigned.body).toBe(200);
    expect(assigned.json()).toMatchObject({
      status: 'contacted',
      assignedTo: { id: recruiter.id, name: 'Rita Recruiter' },
    });
    expect((await inbox('new')).counts.new).toBe(counted - 1);
    expect((await as(recruiter, 'GET', '/api/v1/leads/count')).json()).toEqual({ new: counted - 1 });
    const noted = await as(recruiter, 'POST', `/api/v1/leads/${row.id}/notes`, {
      body: 'Called, left a message.',
    });
    expect(noted.statusCode, noted.body).toBe(201);
    expect(noted.json().notes).toMatchObject([
      { body: 'Called, left a message.', author: { name: 'Rita Recruiter' } },
    ]);
    const unassigned = await as(recruiter, 'PUT', `/api/v1/leads/${row.id}`, { assignedTo: null });
    expect(unassigned.json().assignedTo).toBeNull();
  });

  it('refuses bad input and unknown ids, changing nothing', async () => {
    const row = await sendLead();
    const bad = [
      await as(recruiter, 'PUT', `/api/v1/leads/${row.id}`, { assignedTo: seeker.id }),
      await as(recruiter, 'PUT', `/api/v1/leads/${row.id}`, { status: 'converted' }),
      await as(recruiter, 'PUT', `/api/v1/leads/${row.id}`, { status: 'new', extra: 1 }),
      await as(recruiter, 'POST', `/api/v1/leads/${row.id}/notes`, { body: '   ' }),
      await as(recruiter, 'GET', '/api/v1/leads?status=everything'),
      await as(recruiter, 'GET', '/api/v1/leads/abc'),
      await as(recruiter, 'POST', `/api/v1/leads/${row.id}/convert/candidate`, { name: '' }),
    ];
    for (const res of bad) expect(res.statusCode, res.body).toBe(400);
    expect(bad[0]?.json().error.fields).toHaveProperty('assignedTo');
    const after = (await leadsByEmail(row.email))[0];
    expect(after).toMatchObject({ status: 'new', assigned_to: null });
    for (const [method, url, body] of [
      ['GET', '/api/v1/leads/999999', undefined],
      ['PUT', '/api/v1/leads/999999', { status: 'closed' }],
      ['POST', '/api/v1/leads/999999/notes', { body: 'x' }],
      ['POST', '/api/v1/leads/999999/convert/candidate', { name: 'X' }],
      ['POST', '/api/v1/leads/999999/convert/company', { companyName: 'X', contactName: 'Y' }],
    ] as const) {
      expect((await as(recruiter, method, url, body)).statusCode).toBe(404);
    }
  });
});

describe('conversion', () => {
  it('turns a job seeker into a candidate record with a portal invitation', async () => {
    const row = await sendLead();
    const body = {
      name: row.name,
      email: row.email,
      phone: row.phone,
      headline: row.looking_for,
      invite: true,
    };
    expect(
      (
        await as(recruiter, 'POST', `/api/v1/leads/${row.id}/convert/company`, {
          companyName: 'A',
          contactName: 'B',
        })
      ).statusCode,
    ).toBe(409);
    const res = await as(recruiter, 'POST', `/api/v1/leads/${row.id}/convert/candidate`, body);
    expect(res.statusCode, res.body).toBe(201);
    const result = res.json();
    expect(result).toMatchObject({ invited: true, inviteProblem: null, lead: { status: 'converted' } });
    expect(result.lead.candidateId).toBe(result.candidateId);
    const cand = await as(recruiter, 'GET', `/api/v1/candidates/${result.candidateId}`);
    expect(cand.json().candidate).toMatchObject({
      name: 'Rosa Díaz',
      email: row.email,
      phone: '+1 555 0100',
      headline: 'Warehouse supervisor',
      source: 'agency-site',
    });
    const invitation = await t.ctx.db
      .selectFrom('invitation')
      .selectAll()
      .where('email', '=', row.email)
      .executeTakeFirst();
    expect(invitation?.candidate_id).toBe(result.candidateId);
    expect((await t.deliverMail()).some((m) => m.to === row.email && /invited you/.test(m.subject))).toBe(
      true,
    );
    // A second click converts nothing more.
    expect((await as(recruiter, 'POST', `/api/v1/leads/${row.id}/convert/candidate`, body)).statusCode).toBe(
      409,
    );
    expect((await inbox('converted')).leads.map((l) => l.id)).toContain(row.id);
  });

  it('converts even when the sender already has an account, and says why no invitation went', async () => {
    const row = await sendLead({ email: seeker.email });
    const res = await as(recruiter, 'POST', `/api/v1/leads/${row.id}/convert/candidate`, {
      name: row.name,
      email: row.email,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ invited: false, inviteProblem: expect.stringMatching(/account/) });
  });

  it('follows a merge of the candidate it became', async () => {
    const row = await sendLead();
    const res = await as(recruiter, 'POST', `/api/v1/leads/${row.id}/convert/candidate`, {
      name: row.name,
      invite: false,
    });
    const first = res.json().candidateId as number;
    const created = await as(recruiter, 'POST', '/api/v1/candidates', { name: 'Rosa D.' });
    expect(created.statusCode, created.body).toBe(201);
    const keptId = created.json().candidate.id as number;
    const merged = await as(recruiter, 'POST', `/api/v1/candidates/${keptId}/merge`, { otherId: first });
    expect(merged.statusCode, merged.body).toBeLessThan(300);
    expect((await as(recruiter, 'GET', `/api/v1/leads/${row.id}`)).json()).toMatchObject({
      status: 'converted',
      candidateId: keptId,
    });
  });

  it('turns an employer into a client company and a contact', async () => {
    const row = await sendLead({
      kind: 'employer',
      name: 'Hank Hirer',
      company: 'Acme Freight',
      lookingFor: 'Forklift drivers',
    });
    expect(
      (await as(recruiter, 'POST', `/api/v1/leads/${row.id}/convert/candidate`, { name: 'Hank' })).statusCode,
    ).toBe(409);
    const res = await as(recruiter, 'POST', `/api/v1/leads/${row.id}/convert/company`, {
      companyName: row.company,
      contactName: row.name,
      email: row.email,
      phone: row.phone,
    });
    expect(res.statusCode, res.body).toBe(201);
    const { companyId, contactId, lead } = res.json();
    expect(lead).toMatchObject({ status: 'converted', companyId, contactId });
    const company = await as(recruiter, 'GET', `/api/v1/companies/${companyId}`);
    expect(company.json()).toMatchObject({ name: 'Acme Freight' });
    expect(company.json().internalNotes).toContain('Forklift drivers');
    const contacts = await as(recruiter, 'GET', `/api/v1/companies/${companyId}/contacts`);
    expect(contacts.json()).toMatchObject([{ id: contactId, name: 'Hank Hirer', email: row.email }]);
  });
});
