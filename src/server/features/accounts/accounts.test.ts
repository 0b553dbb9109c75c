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
