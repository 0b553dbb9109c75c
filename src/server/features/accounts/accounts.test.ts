import { getMigrations } from 'better-auth/db/migration';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cookieHeader,
  createUser,
  request,
  type TestApp,
  testApp,
  uniqueEmail,
} from '../../testing/harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => t?.close());

describe('first run', () => {
  it('sends the first visitor to set-up, creates the admin, then closes set-up', async () => {
    const home = await request(t, { method: 'GET', url: '/' });
    expect(home.statusCode).toBe(303);
    expect(home.headers.location).toBe('/setup');

    const page = await request(t, { method: 'GET', url: '/setup' });
    expect(page.body).toContain('Create the admin account');

    const bad = await request(t, {
      method: 'POST',
      url: '/setup',
      payload: { name: 'Ada', email: 'not-an-email', password: 'short' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Enter a valid email address');
    expect(bad.body).toContain('value="Ada"');

    const email = uniqueEmail('admin');
    const ok = await request(t, {
      method: 'POST',
      url: '/setup',
      payload: { name: 'Ada', email, password: 'a long enough password' },
    });
    expect(ok.statusCode).toBe(303);
    const me = await request(t, {
      method: 'GET',
      url: '/api/v1/me',
      cookie: cookieHeader(ok.headers['set-cookie']),
    });
    expect(me.json()).toMatchObject({ email, role: 'admin' });

    const again = await request(t, { method: 'GET', url: '/setup' });
    expect(again.statusCode).toBe(303);
    const second = await request(t, {
      method: 'POST',
      url: '/setup',
      payload: { name: 'Eve', email: uniqueEmail(), password: 'a long enough password' },
    });
    expect(second.statusCode).toBe(303);
    expect(second.headers.location).toBe('/app/signin');
    expect(second.headers['set-cookie']).toBeUndefined();
  });
});

describe('site information', () => {
  it('tells the web app the agency name and contact', async () => {
    const custom = await testApp({ AGENCY_NAME: 'Harbour Staffing', AGENCY_EMAIL: 'jobs@harbour.example' });
    try {
      const res = await request(custom, { method: 'GET', url: '/api/v1/site' });
      expect(res.json()).toEqual({
        name: 'Harbour Staffing',
        email: 'jobs@harbour.example',
        phone: '',
        address: '',
      });
    } finally {
      await custom.close();
    }
  });
});

describe('schema', () => {
  it('matches what better-auth expects, so its tables never drift', async () => {
    const { toBeAdded, toBeCreated } = await getMigrations(t.ctx.auth.options);
    expect(toBeCreated).toEqual([]);
    expect(toBeAdded).toEqual([]);
  });
});

describe('sign-up and sign-in', () => {
  it('signs a job seeker up as a candidate whatever role they ask for', async () => {
    const email = uniqueEmail('seeker');
    const res = await request(t, {
      method: 'POST',
      url: '/api/auth/sign-up/email',
      payload: { name: 'Sam', email, password: 'a long enough password', role: 'admin' },
    });
    // better-auth refuses fields that are not input; either way no admin is made.
    const cookie = cookieHeader(res.headers['set-cookie']);
    if (res.statusCode === 200) {
      const me = await request(t, { method: 'GET', url: '/api/v1/me', cookie });
      expect(me.json().role).toBe('candidate');
    } else {
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.json().error.code).toBeTruthy();
    }
    const ok = await request(t, {
      method: 'POST',
      url: '/api/auth/sign-up/email',
      payload: { name: 'Sam', email: uniqueEmail(), password: 'a long enough password' },
    });
    expect(ok.statusCode).toBe(200);
    const me = await request(t, {
      method: 'GET',
      url: '/api/v1/me',
      cookie: cookieHeader(ok.headers['set-cookie']),
    });
    expect(me.json().role).toBe('candidate');
  });

  it('rejects a wrong password with the error shape', async () => {
    const u = await createUser(t, 'candidate');
    const res = await request(t, {
      method: 'POST',
      url: '/api/auth/sign-in/email',
      payload: { email: u.email, password: 'wrong password!' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('invalid_email_or_password');
  });

  it('refuses a cookie-carrying state change from another site', async () => {
    const u = await createUser(t, 'recruiter');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/companies',
      headers: { cookie: u.cookie, origin: 'https://evil.example' },
      payload: { name: 'Evil Inc' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('csrf_failed');
  });
});

function linkIn(text: string, pattern: RegExp): string {
  const m = text.match(pattern);
  if (!m) throw new Error(`no link matching ${pattern} in: ${text}`);
  return m[0];
}

describe('email verification and password reset', () => {
  it('mails a verification link on sign-up that verifies the address', async () => {
    const email = uniqueEmail('verify');
    const res = await request(t, {
      method: 'POST',
      url: '/api/auth/sign-up/email',
      payload: { name: 'Vera', email, password: 'a long enough password' },
    });
    expect(res.statusCode).toBe(200);
    const mail = (await t.deliverMail()).find((m) => m.to === email);
    expect(mail?.subject).toContain('Confirm your email');
    const link = new URL(linkIn(mail?.text ?? '', /https?:\/\/\S+verify-email\S+/));
    const verify = await request(t, { method: 'GET', url: `${link.pathname}${link.search}` });
    expect([200, 302]).toContain(verify.statusCode);
    const cookie = cookieHeader(verify.headers['set-cookie']) || cookieHeader(res.headers['set-cookie']);
    const me = await request(t, { method: 'GET', url: '/api/v1/me', cookie });
    expect(me.json().emailVerified).toBe(true);
  });

  it('resets a forgotten password through the mailed link', async () => {
    const u = await createUser(t, 'candidate');
    const ask = await request(t, {
      method: 'POST',
      url: '/api/auth/request-password-reset',
      payload: { email: u.email, redirectTo: '/app/reset-password' },
    });
    expect(ask.statusCode).toBe(200);
    const mail = (await t.deliverMail()).find((m) => m.to === u.email && m.subject.includes('Reset'));
    const link = new URL(linkIn(mail?.text ?? '', /https?:\/\/\S+reset-password\S+/));
    const landing = await request(t, { method: 'GET', url: `${link.pathname}${link.search}` });
    expect(landing.statusCode).toBe(302);
    const token = new URL(landing.headers.location as string, t.config.publicUrl).searchParams.get('token');
    expect(token).toBeTruthy();
    const weak = await request(t, {
      method: 'POST',
      url: '/api/auth/reset-password',
      payload: { token, newPassword: 'short' },
    });
    expect(weak.statusCode).toBe(400);
    const reset = await request(t, {
      method: 'POST',
      url: '/api/auth/reset-password',
      payload: { token, newPassword: 'a brand new password' },
    });
    expect(reset.statusCode).toBe(200);
    const oldOne = await request(t, {
      method: 'POST',
      url: '/api/auth/sign-in/email',
      payload: { email: u.email, password: u.password },
    });
    expect(oldOne.statusCode).toBe(401);
    const newOne = await request(t, {
      method: 'POST',
      url: '/api/auth/sign-in/email',
      payload: { email: u.email, password: 'a brand new password' },
    });
    expect(newOne.statusCode).toBe(200);
  });

  it('rate-limits sign-in attempts per client', async () => {
    const limited = await testApp({ AUTH_RATE_LIMIT: '3' });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        // better-auth keeps its counters per process, so this test uses a client IP of its own.
        const res = await request(limited, {
          method: 'POST',
          url: '/api/auth/sign-in/email',
          remoteAddress: '203.0.113.7',
          payload: { email: 'nobody@example.test', password: 'wrong password' },
        });
        codes.push(res.statusCode);
      }
      expect(codes.slice(0, 3)).toEqual([401, 401, 401]);
      expect(codes[4]).toBe(429);
    } finally {
      await limited.close();
    }
  });
});

describe('inviting staff', () => {
  it('lets an admin invite a recruiter who then signs up through the link', async () => {
    const admin = await createUser(t, 'admin');
    const recruiter = await createUser(t, 'recruiter');
    const email = uniqueEmail('invitee');
    const notAdmin = await request(t, {
      method: 'POST',
      url: '/api/v1/invitations',
      cookie: recruiter.cookie,
      payload: { email },
    });
    expect(notAdmin.statusCode).toBe(403);
    const bad = await request(t, {
      method: 'POST',
      url: '/api/v1/invitations',
      cookie: admin.cookie,
      payload: { email: 'nope', role: 'candidate' },
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['email', 'role']);
    const taken = await request(t, {
      method: 'POST',
      url: '/api/v1/invitations',
      cookie: admin.cookie,
      payload: { email: recruiter.email },
    });
    expect(taken.statusCode).toBe(409);

    const res = await request(t, {
      method: 'POST',
      url: '/api/v1/invitations',
      cookie: admin.cookie,
      payload: { email, role: 'recruiter' },
    });
    expect(res.statusCode).toBe(201);
    const mail = (await t.deliverMail()).find((m) => m.to === email);
    const path = new URL(linkIn(mail?.text ?? '', /https?:\/\/\S+\/invite\/\S+/)).pathname;
    const form = await request(t, { method: 'GET', url: path });
    expect(form.body).toContain(email);
    const wrong = await request(t, { method: 'POST', url: path, payload: { name: '', password: 'x' } });
    expect(wrong.statusCode).toBe(400);
    const done = await request(t, {
      method: 'POST',
      url: path,
      payload: { name: 'Rita Recruiter', email: 'attacker@example.test', password: 'a long enough password' },
    });
    expect(done.statusCode).toBe(303);
    const me = await request(t, {
      method: 'GET',
      url: '/api/v1/me',
      cookie: cookieHeader(done.headers['set-cookie']),
    });
    expect(me.json()).toMatchObject({ email, role: 'recruiter', emailVerified: true });
    const reuse = await request(t, { method: 'GET', url: path });
    expect(reuse.statusCode).toBe(404);
    const list = await request(t, { method: 'GET', url: '/api/v1/invitations', cookie: admin.cookie });
    expect(list.json().find((i: { email: string }) => i.email === email).acceptedAt).toBeTruthy();
    const outbox = await request(t, { method: 'GET', url: '/api/v1/admin/outbox', cookie: admin.cookie });
    expect(
      outbox.json().some((m: { to: string; status: string }) => m.to === email && m.status === 'sent'),
    ).toBe(true);
    expect(
      (await request(t, { method: 'GET', url: '/api/v1/admin/outbox', cookie: recruiter.cookie })).statusCode,
    ).toBe(403);
  });
});
