import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  createUser,
  request,
  type TestApp,
  type TestUser,
  testApp,
} from '../../src/server/testing/harness.ts';
import type { Role } from '../../src/shared/vocabulary.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Journey {
  t: TestApp;
  base: string;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

/** Starts the real app on a free port and a headless Chromium to drive it. */
export async function startJourney(opts: { mobile?: boolean } = {}): Promise<Journey> {
  const t = await testAppListening();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const context = await browser.newContext({
    // axe-core is injected as a script; our pages' CSP would rightly block it.
    bypassCSP: true,
    ...(opts.mobile
      ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
      : { viewport: { width: 1280, height: 900 } }),
  });
  const page = await context.newPage();
  return {
    t,
    base: t.config.publicUrl,
    browser,
    page,
    close: async () => {
      await browser.close();
      await t.close();
    },
  };
}

async function testAppListening(): Promise<TestApp> {
  // Listen first on a free port, then rebuild with PUBLIC_URL pointing at it (cookies and
  // CSRF checks compare origins).
  const { createServer } = await import('node:net');
  const port = await new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const addr = s.address();
      s.close(() => resolve(typeof addr === 'object' && addr ? addr.port : 0));
    });
  });
  const t = await testApp({ PUBLIC_URL: `http://127.0.0.1:${port}`, PORT: String(port) });
  await t.app.listen({ port, host: '127.0.0.1' });
  return t;
}

/** Runs axe-core on the page and fails on any serious or critical violation. */
export async function expectAccessible(page: Page): Promise<void> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected into the page at run time
    const result = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return (
      result.violations as { id: string; impact: string; help: string; nodes: { target: string[] }[] }[]
    )
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  expect(violations, `accessibility violations on ${page.url()}`).toEqual([]);
}

/** Signs a user in through the browser's cookie jar (the sign-in form has its own journey). */
export async function signInAs(j: Journey, role: Role, name?: string): Promise<TestUser> {
  const user = await createUser(j.t, role, name);
  await addSession(j, user);
  return user;
}

/** Makes the browser act as an existing user, signed out of anyone else first. */
export async function actAs(j: Journey, user: TestUser): Promise<void> {
  await j.page.context().clearCookies();
  await addSession(j, user);
}

async function addSession(j: Journey, user: TestUser): Promise<void> {
  const url = new URL(j.base);
  await j.page.context().addCookies(
    user.cookie.split('; ').map((pair) => {
      const [cookieName, ...rest] = pair.split('=');
      return {
        name: cookieName as string,
        value: rest.join('='),
        domain: url.hostname,
        path: '/',
        httpOnly: true,
        sameSite: 'Lax' as const,
      };
    }),
  );
}

const companies = new WeakMap<TestApp, Map<string, number>>();

async function companyIdFor(t: TestApp, cookie: string, name: string): Promise<number> {
  const known = companies.get(t) ?? new Map<string, number>();
  companies.set(t, known);
  const id = known.get(name);
  if (id) return id;
  const res = await request(t, { method: 'POST', url: '/api/v1/companies', cookie, payload: { name } });
  known.set(name, res.json().id);
  return res.json().id;
}

/** Creates an opening (and its company, once per name) through the API, as a recruiter would. */
export async function seedOpening(
  t: TestApp,
  recruiterCookie: string,
  o: { company: string; title: string; field?: string; city?: string; description?: string; status?: string },
) {
  const companyId = await companyIdFor(t, recruiterCookie, o.company);
  const opening = await request(t, {
    method: 'POST',
    url: '/api/v1/openings',
    cookie: recruiterCookie,
    payload: {
      companyId,
      title: o.title,
      field: o.field ?? 'Software',
      description: o.description ?? `Join ${o.company} as a ${o.title}.`,
      city: o.city ?? 'Toronto',
      country: 'Canada',
      workplaceType: 'hybrid',
      employmentType: 'full-time',
      status: o.status ?? 'open',
      salary: { min: 6_000_000, max: 8_000_000, currency: 'CAD', period: 'year' },
    },
  });
  if (opening.statusCode !== 201) throw new Error(`seedOpening failed: ${opening.body}`);
  return opening.json() as { id: number; slug: string };
}

/**
 * Fails when the page is wider than the viewport, i.e. a phone would scroll sideways. On an
 * emulated phone innerWidth can grow with the content (the browser zooms out to fit), so the
 * layout viewport (clientWidth) is checked too.
 */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const sizes = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  const where = `horizontal overflow on ${page.url()}: ${JSON.stringify(sizes)}`;
  expect(sizes.scrollWidth, where).toBeLessThanOrEqual(sizes.innerWidth);
  expect(sizes.scrollWidth, where).toBeLessThanOrEqual(sizes.clientWidth);
}

/** Writes a file to a fresh temp folder (for file inputs) and returns its path. */
export function tempFile(name: string, content: string | Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'ft-e2e-'));
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** The smallest document that content detection accepts as a PDF. */
export const TINY_PDF =
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n';

/**
 * The error text tied to an input: the last id in its aria-describedby (the shared Field
 * components put the hint first and the error last). Fails when the input is not marked invalid.
 */
export async function fieldError(page: Page, input: Locator): Promise<string> {
  expect(await input.getAttribute('aria-invalid'), 'the input is marked invalid').toBe('true');
  const ids = ((await input.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
  const last = ids.at(-1);
  if (!last) throw new Error('the input has no aria-describedby');
  return ((await page.locator(`[id="${last}"]`).textContent()) ?? '').trim();
}

/**
 * A job seeker with a portal account and a candidate record (owned by the recruiter, linked to
 * the account) who has applied to an opening; everything through the API except the link, which
 * the seeker would make by claiming their record. The interview tests set one up on top.
 */
export async function seekerApplicant(
  t: TestApp,
  o: { seekerName: string; recruiter: TestUser; company: string; title: string; field?: string },
) {
  const opening = await seedOpening(t, o.recruiter.cookie, {
    company: o.company,
    title: o.title,
    field: o.field,
  });
  const seeker = await createUser(t, 'candidate', o.seekerName);
  const cand = await request(t, {
    method: 'POST',
    url: '/api/v1/candidates',
    cookie: o.recruiter.cookie,
    payload: { name: o.seekerName, email: seeker.email, ownerId: o.recruiter.id },
  });
  if (cand.statusCode !== 201) throw new Error(`seekerApplicant failed: ${cand.body}`);
  const candidateId = cand.json().candidate.id as number;
  await t.ctx.db.updateTable('candidate').set({ user_id: seeker.id }).where('id', '=', candidateId).execute();
  const app = await request(t, {
    method: 'POST',
    url: '/api/v1/applications',
    cookie: o.recruiter.cookie,
    payload: { candidateId, openingId: opening.id },
  });
  if (app.statusCode !== 201) throw new Error(`seekerApplicant failed: ${app.body}`);
  return { seeker, candidateId, applicationId: app.json().id as number, opening };
}

/** A phone's screen, for pages checked at phone width. */
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/**
 * axe needs JavaScript, which a visitor's page may have off: checks the very HTML that page
 * shows in a script-enabled, phone-sized page on the same origin (so the site's stylesheet
 * applies).
 */
export async function checkWithoutJs(j: Journey, shown: Page): Promise<void> {
  const html = await shown.content();
  const context = await j.browser.newContext({ bypassCSP: true, ...PHONE });
  try {
    const page = await context.newPage();
    await page.goto(`${j.base}/jobs`);
    await page.setContent(html, { waitUntil: 'load' });
    await expectAccessible(page);
    await expectNoHorizontalOverflow(page);
  } finally {
    await context.close();
  }
}
