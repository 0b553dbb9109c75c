import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMENT_PAGE_SIZE } from '../../../shared/comments.ts';
import { LEAD_PAGE_SIZE } from '../../../shared/leads.ts';
import { createUser, request, type TestApp, type TestUser, testApp } from '../../testing/harness.ts';
import { publishPost } from '../comments/test-support.ts';

// The two staff inboxes fed by public forms, the leads and the comment queue, page through a
// folder of any size: every item on exactly one page, newest first, and a bad page refused.

let t: TestApp;
let recruiter: TestUser;

beforeAll(async () => {
  t = await testApp();
  recruiter = await createUser(t, 'recruiter', 'Rita Recruiter');
});
afterAll(async () => t?.close());

/** `n` rows a minute apart, oldest first, as the forms would have stored them. */
const minutesAgo = (i: number, n: number) => new Date(Date.now() - (n - i) * 60_000).toISOString();

async function pages(url: string, key: 'leads' | 'comments', pageSize: number, total: number) {
  const seen: number[] = [];
  for (let page = 1; page <= Math.ceil(total / pageSize); page++) {
    const res = await request(t, { method: 'GET', url: `${url}&page=${page}`, cookie: recruiter.cookie });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.page).toBe(page);
    expect(body.pageSize).toBe(pageSize);
    expect(body[key].length).toBe(Math.min(pageSize, total - (page - 1) * pageSize));
    seen.push(...body[key].map((x: { id: number }) => x.id));
  }
  const past = await request(t, { method: 'GET', url: `${url}&page=99`, cookie: recruiter.cookie });
  expect(past.json()[key]).toEqual([]);
  for (const bad of ['0', '-1', 'two', '1.5'])
    expect(
      (await request(t, { method: 'GET', url: `${url}&page=${bad}`, cookie: recruiter.cookie })).statusCode,
    ).toBe(400);
  return seen;
}

describe('paging', () => {
  it('pages the leads inbox newest first', async () => {
    const total = LEAD_PAGE_SIZE + 7;
    const ids: number[] = [];
    for (let i = 0; i < total; i++) {
      const at = minutesAgo(i, total);
      const row = await t.ctx.db
        .insertInto('lead')
        .values({
          kind: 'seeker',
          status: 'contacted',
          spam_reason: null,
          name: `Lead ${i}`,
          email: `lead-${i}@example.test`,
          consented_at: at,
          ip_hash: 'x',
          assigned_to: null,
          candidate_id: null,
          company_id: null,
          contact_id: null,
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.push(row.id);
    }
    const seen = await pages('/api/v1/leads?status=contacted', 'leads', LEAD_PAGE_SIZE, total);
    expect(seen).toEqual([...ids].reverse());
  });

  it('pages a comment folder newest first', async () => {
    const post = await publishPost(t, recruiter);
    const total = COMMENT_PAGE_SIZE + 3;
    const ids: number[] = [];
    for (let i = 0; i < total; i++) {
      const at = minutesAgo(i, total);
      const row = await t.ctx.db
        .insertInto('comment')
        .values({
          post_id: post.id,
          parent_id: null,
          status: 'trash',
          spam_reason: null,
          name: `Reader ${i}`,
          email: `reader-${i}@example.test`,
          body: `Comment ${i}`,
          user_id: null,
          approved_at: null,
          notified_at: null,
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      ids.push(row.id);
    }
    const seen = await pages('/api/v1/comments?status=trash', 'comments', COMMENT_PAGE_SIZE, total);
    expect(seen).toEqual([...ids].reverse());
  });
});
