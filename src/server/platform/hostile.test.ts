import { afterAll, beforeAll, expect, it } from 'vitest';
import { createUser, request, type TestApp, testApp } from '../testing/harness.ts';

// Sends junk to every route the API documents and to every public page, as each kind of user,
// and checks that nothing answers with a 500: bad input is always a clear 4xx.

let t: TestApp;
const cookies: Record<string, string> = { anonymous: '' };

beforeAll(async () => {
  t = await testApp();
  for (const role of ['candidate', 'recruiter', 'admin'] as const)
    cookies[role] = (await createUser(t, role)).cookie;
});
afterAll(async () => t?.close());

const PARAMS = [
  "1'%20OR%20'1'='1",
  '%3Cscript%3E',
  '99999999999999999999',
  '-1',
  '0',
  '1.5',
  'NEAR(a)',
  '%E5%B7%A5',
];
const BODIES: (string | undefined)[] = [
  undefined,
  '',
  '{',
  'null',
  '[]',
  '"text"',
  '{"name": {"$gt": ""}}',
  '{"title": 1e400, "companyId": "1; DROP TABLE opening"}',
  JSON.stringify({ name: '\u0000\uFFFF<script>', email: 'a@b', password: 1, coverNote: ['x'] }),
];
const PAGES = [
  '/',
  '/jobs',
  '/jobs/%ZZ',
  '/jobs/x?q=%ZZ',
  '/jobs?page=99999',
  '/jobs?q[]=a&q[]=b',
  '/jobs?q=%00',
  '/setup',
  '/invite/abc',
  '/sitemap.xml',
  '/jobs/feed.xml',
];

it('answers junk with 4xx, never 500', async () => {
  const spec = (await request(t, { method: 'GET', url: '/api/openapi.json' })).json() as {
    paths: Record<string, Record<string, unknown>>;
  };
  const failures: string[] = [];
  const check = async (method: string, url: string, cookie: string, payload?: string) => {
    const res = await request(t, {
      method: method as 'GET',
      url,
      cookie,
      ...(payload === undefined ? {} : { payload, headers: { 'content-type': 'application/json' } }),
    });
    if (res.statusCode >= 500)
      failures.push(`${method} ${url} (${payload}) → ${res.statusCode} ${res.body.slice(0, 200)}`);
    else if (res.statusCode >= 400 && String(res.headers['content-type'] ?? '').includes('json')) {
      const body = res.json();
      if (!body?.error?.code || !body?.error?.message)
        failures.push(`${method} ${url}: error without the error shape`);
    }
  };
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const method of Object.keys(methods)) {
      for (const param of PARAMS) {
        const url = path.replace(/\{[^}]+\}/g, param);
        for (const cookie of Object.values(cookies)) {
          if (method === 'get') await check('GET', `${url}?status=nope&companyId=abc&q=%22&page=-3`, cookie);
          else for (const body of BODIES) await check(method.toUpperCase(), url, cookie, body);
        }
      }
    }
  }
  for (const page of PAGES) {
    for (const cookie of Object.values(cookies)) {
      await check('GET', page, cookie);
      await check('POST', page, cookie, '{');
    }
  }
  expect(failures).toEqual([]);
  // Every documented route is swept, so this grows with the API.
}, 180_000);
