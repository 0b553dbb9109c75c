import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Post } from '../../../shared/blog.ts';
import { createUser, request, type TestApp, type TestUser, testApp } from '../../testing/harness.ts';

let t: TestApp;
let recruiter: TestUser;
let admin: TestUser;
let seeker: TestUser;

function multipart(file: { field?: string; name: string; type: string; data: Buffer }) {
  const boundary = '----followthrough-blog-boundary';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'image'}"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), file.data, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

const api = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object, user = recruiter) =>
  request(t, { method, url, cookie: user.cookie, ...(payload ? { payload } : {}) });

async function create(input: Record<string, unknown>): Promise<Post> {
  const res = await api('POST', '/api/v1/posts', input);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 20, g: 120, b: 200 } } })
    .png()
    .toBuffer();

beforeAll(async () => {
  t = await testApp();
  recruiter = await createUser(t, 'recruiter', 'Rita Writer');
  admin = await createUser(t, 'admin', 'Ada Admin');
  seeker = await createUser(t, 'candidate', 'Sam Seeker');
});
afterAll(async () => t?.close());

describe('staff API', () => {
  it('creates a draft with a slug from the title, then updates, publishes, schedules and unpublishes', async () => {
    const p = await create({
      title: 'Ten questions to ask an interviewer',
      body: 'Hello',
      tags: ['Interviews'],
    });
    expect(p).toMatchObject({
      slug: 'ten-questions-to-ask-an-interviewer',
      status: 'draft',
      publishedAt: null,
      author: { id: recruiter.id, name: 'Rita Writer' },
      tags: ['Interviews'],
    });
    const again = await create({ title: 'Ten questions to ask an interviewer' });
    expect(again.slug).toBe('ten-questions-to-ask-an-interviewer-2');

    const updated = await api('PUT', `/api/v1/posts/${p.id}`, {
      title: 'Ten questions',
      slug: 'ten-questions',
      summary: 'Ask these.',
      body: 'Hello **world**',
      tags: ['Interviews', 'interviews', 'Tips'],
      authorId: admin.id,
    });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({
      slug: 'ten-questions',
      tags: ['Interviews', 'Tips'],
      author: { name: 'Ada Admin' },
    });

    const published = await api('POST', `/api/v1/posts/${p.id}/publish`);
    expect(published.json().status).toBe('published');
    const firstDate = published.json().publishedAt;
    expect((await api('POST', `/api/v1/posts/${p.id}/publish`)).json().publishedAt).toBe(firstDate);

    const future = new Date(Date.now() + 86_400_000).toISOString();
    const scheduled = await api('POST', `/api/v1/posts/${p.id}/schedule`, { publishAt: future });
    expect(scheduled.json()).toMatchObject({ status: 'scheduled', publishedAt: future });
    const listed = await api('GET', '/api/v1/posts?status=scheduled');
    expect(listed.json().map((x: Post) => x.id)).toContain(p.id);

    const unpublished = await api('POST', `/api/v1/posts/${p.id}/unpublish`);
    expect(unpublished.json()).toMatchObject({ status: 'draft', publishedAt: null });
    const drafts = (await api('GET', '/api/v1/posts?status=draft')).json().map((x: Post) => x.id);
    expect(drafts).toContain(p.id);

    expect((await api('DELETE', `/api/v1/posts/${again.id}`)).statusCode).toBe(204);
    expect((await api('GET', `/api/v1/posts/${again.id}`)).statusCode).toBe(404);
    expect((await api('DELETE', `/api/v1/posts/${again.id}`)).statusCode).toBe(404);
  });

  it('answers bad input with 400 and field errors, and a slug clash with 409 on the slug', async () => {
    const bad = await api('POST', '/api/v1/posts', { title: '', slug: 'Bad Slug!', tags: 'x', extra: 1 });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields)).toEqual(expect.arrayContaining(['title', 'slug', 'tags']));
    const notStaff = await api('POST', '/api/v1/posts', { title: 'By a seeker', authorId: seeker.id });
    expect(notStaff.statusCode).toBe(400);
    expect(notStaff.json().error.fields.authorId).toBeTruthy();
    const noImage = await api('POST', '/api/v1/posts', {
      title: 'Cover',
      coverImageId: 999_999,
      coverAlt: 'x',
    });
    expect(noImage.json().error.fields.coverImageId).toBeTruthy();

    await create({ title: 'Taken', slug: 'taken-address' });
    const clash = await api('POST', '/api/v1/posts', { title: 'Other', slug: 'taken-address' });
    expect(clash.statusCode).toBe(409);
    expect(clash.json().error.fields.slug).toBeTruthy();
    const other = await create({ title: 'Other' });
    const clashOnEdit = await api('PUT', `/api/v1/posts/${other.id}`, {
      title: 'Other',
      slug: 'taken-address',
    });
    expect(clashOnEdit.statusCode).toBe(409);

    const past = await api('POST', `/api/v1/posts/${other.id}/schedule`, {
      publishAt: '2020-01-01T00:00:00Z',
    });
    expect(past.statusCode).toBe(400);
    expect(past.json().error.fields.publishAt).toBeTruthy();
    const garbage = await api('POST', `/api/v1/posts/${other.id}/schedule`, { publishAt: 'tomorrow' });
    expect(garbage.statusCode).toBe(400);
    expect((await api('GET', `/api/v1/posts/${other.id}`)).json().status).toBe('draft');
    expect((await api('POST', '/api/v1/posts/999999/publish')).statusCode).toBe(404);
    expect((await api('GET', '/api/v1/posts?status=nonsense')).statusCode).toBe(400);
  });

  it('is for staff only', async () => {
    for (const [method, url] of [
      ['GET', '/api/v1/posts'],
      ['POST', '/api/v1/posts'],
      ['POST', '/api/v1/posts/preview'],
      ['POST', '/api/v1/posts/images'],
    ] as const) {
      // A valid body, so the answer is about who asks and not about what they sent.
      const body = url.endsWith('preview') ? { body: 'x' } : { title: 'x' };
      const payload = method === 'POST' ? { payload: body } : {};
      const anon = await request(t, { method, url, ...payload });
      expect(anon.statusCode, url).toBe(401);
      const res = await api(method, url, method === 'POST' ? body : undefined, seeker);
      expect(res.statusCode, url).toBe(403);
    }
  });

  it('previews Markdown with the same sanitising as the public page', async () => {
    const res = await api('POST', '/api/v1/posts/preview', {
      body: '# Hi\n\n<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n[x](javascript:alert(1)) [jobs](/jobs)',
    });
    expect(res.statusCode, res.body).toBe(200);
    const { html, readingMinutes } = res.json();
    expect(html).not.toMatch(/<script|onerror|javascript:|<img/i);
    expect(html).toContain('<a href="/jobs"');
    expect(readingMinutes).toBe(1);
  });
});

describe('cover upload', () => {
  it('checks the content, resizes to WebP widths and serves them', async () => {
    const res = await request(t, {
      method: 'POST',
      url: '/api/v1/posts/images',
      cookie: recruiter.cookie,
      ...multipart({ name: 'cover.png', type: 'image/png', data: await png(1200, 600) }),
    });
    expect(res.statusCode, res.body).toBe(201);
    const cover = res.json();
    expect(cover).toMatchObject({ width: 1200, height: 600 });
    expect(cover.srcset).toMatch(/-480\.webp 480w, .*-960\.webp 960w$/);
    // Staff see the upload at once; the public only once a post using it is published.
    const file = await request(t, { method: 'GET', url: cover.url, cookie: recruiter.cookie });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/webp');
    expect(file.headers['cache-control']).toBe('private, no-store');
    expect((await sharp(file.rawPayload).metadata()).width).toBe(960);
    expect((await request(t, { method: 'GET', url: cover.url })).statusCode).toBe(404);
    expect((await request(t, { method: 'GET', url: cover.url, cookie: seeker.cookie })).statusCode).toBe(404);

    const noAlt = await api('POST', '/api/v1/posts', { title: 'Pic', coverImageId: cover.id });
    expect(noAlt.json().error.fields.coverAlt).toBeTruthy();
    const withAlt = await create({ title: 'Pic', coverImageId: cover.id, coverAlt: 'A blue square' });
    expect(withAlt.cover?.id).toBe(cover.id);
    expect((await request(t, { method: 'GET', url: cover.url })).statusCode).toBe(404);
    expect((await api('POST', `/api/v1/posts/${withAlt.id}/publish`)).statusCode).toBe(200);
    const open = await request(t, { method: 'GET', url: cover.url });
    expect(open.statusCode).toBe(200);
    expect(open.headers['cache-control']).toContain('immutable');
    expect((await api('POST', `/api/v1/posts/${withAlt.id}/unpublish`)).statusCode).toBe(200);
    expect((await request(t, { method: 'GET', url: cover.url })).statusCode).toBe(404);
    expect((await request(t, { method: 'GET', url: '/blog/images/../../etc-480.webp' })).statusCode).toBe(
      404,
    );
  });

  it('refuses a non-image named .jpg, an oversize file and an empty form', async () => {
    const fake = await request(t, {
      method: 'POST',
      url: '/api/v1/posts/images',
      cookie: recruiter.cookie,
      ...multipart({
        name: 'photo.jpg',
        type: 'image/jpeg',
        data: Buffer.from('<?php echo 1; ?> not a jpeg'),
      }),
    });
    expect(fake.statusCode).toBe(415);
    expect(fake.json().error.fields.image).toBeTruthy();
    const pdf = await request(t, {
      method: 'POST',
      url: '/api/v1/posts/images',
      cookie: recruiter.cookie,
      ...multipart({ name: 'photo.jpg', type: 'image/jpeg', data: Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj') }),
    });
    expect(pdf.statusCode).toBe(415);
    const huge = Buffer.concat([await png(10, 10), Buffer.alloc(5 * 1024 * 1024 + 10)]);
    const big = await request(t, {
      method: 'POST',
      url: '/api/v1/posts/images',
      cookie: recruiter.cookie,
      ...multipart({ name: 'big.png', type: 'image/png', data: huge }),
    });
    expect(big.statusCode).toBe(413);
    const none = await request(t, {
      method: 'POST',
      url: '/api/v1/posts/images',
      cookie: recruiter.cookie,
      ...multipart({ field: 'other', name: 'a.png', type: 'image/png', data: await png(10, 10) }),
    });
    expect(none.statusCode).toBe(400);
  });
});
