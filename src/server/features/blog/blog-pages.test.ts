import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Post } from '../../../shared/blog.ts';
import { createUser, request, type TestApp, type TestUser, testApp } from '../../testing/harness.ts';

let t: TestApp;
let recruiter: TestUser;

const get = (url: string) => request(t, { method: 'GET', url });
const api = (method: 'POST' | 'PUT', url: string, payload?: object) =>
  request(t, { method, url, cookie: recruiter.cookie, ...(payload ? { payload } : {}) });

async function publish(input: Record<string, unknown>): Promise<Post> {
  const res = await api('POST', '/api/v1/posts', input);
  expect(res.statusCode, res.body).toBe(201);
  const published = await api('POST', `/api/v1/posts/${res.json().id}/publish`);
  expect(published.statusCode, published.body).toBe(200);
  return published.json();
}

/** Moves a post's publish time, as if the clock had moved instead. */
const setPublishedAt = (id: number, at: string) =>
  t.ctx.db.updateTable('post').set({ published_at: at }).where('id', '=', id).execute();

beforeAll(async () => {
  t = await testApp();
  recruiter = await createUser(t, 'recruiter', 'Rita Writer');
});
afterAll(async () => t?.close());

describe('public blog', () => {
  it('shows a published post with byline, reading time, canonical URL, Open Graph and BlogPosting data', async () => {
    const p = await publish({
      title: 'How to read a job ad',
      summary: 'What the words mean.',
      body: `${'word '.repeat(500)}\n\nSee [the job board](/jobs).`,
      tags: ['Job search'],
    });
    const res = await get(`/blog/${p.slug}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1>How to read a job ad</h1>');
    expect(res.body).toContain('By Rita Writer');
    expect(res.body).toContain('3 min read');
    expect(res.body).toContain(`<link rel="canonical" href="${t.config.publicUrl}/blog/${p.slug}"/>`);
    expect(res.body).toContain('<meta property="og:type" content="article"/>');
    expect(res.body).toContain('href="/blog/tag/job-search"');
    expect(res.body).toContain('<a href="/jobs"');
    const ld = JSON.parse(
      /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(res.body)?.[1] ?? '{}',
    );
    expect(ld).toMatchObject({
      '@type': 'BlogPosting',
      headline: 'How to read a job ad',
      author: { '@type': 'Person', name: 'Rita Writer' },
      datePublished: p.publishedAt,
    });
  });

  it('keeps drafts, unpublished and scheduled posts out of every public place until their time', async () => {
    const draft = (await api('POST', '/api/v1/posts', { title: 'Secret draft', tags: ['hidden'] })).json();
    const later = (await api('POST', '/api/v1/posts', { title: 'Coming soon', tags: ['soon'] })).json();
    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect((await api('POST', `/api/v1/posts/${later.id}/schedule`, { publishAt: future })).statusCode).toBe(
      200,
    );
    const gone = await publish({ title: 'Taken back' });
    await api('POST', `/api/v1/posts/${gone.id}/unpublish`);

    for (const slug of [draft.slug, later.slug, gone.slug]) {
      expect((await get(`/blog/${slug}`)).statusCode, slug).toBe(404);
      for (const url of ['/blog', '/blog/feed.xml', '/sitemap.xml']) {
        expect((await get(url)).body, `${slug} in ${url}`).not.toContain(slug);
      }
    }
    expect((await get('/blog/tag/hidden')).statusCode).toBe(404);
    expect((await get('/blog/tag/soon')).statusCode).toBe(404);
    expect((await get('/blog/no-such-post')).statusCode).toBe(404);

    // Time passes: the scheduled post is public without anyone pressing a button.
    await setPublishedAt(later.id, new Date(Date.now() - 1000).toISOString());
    expect((await get(`/blog/${later.slug}`)).statusCode).toBe(200);
    expect((await get('/blog')).body).toContain(later.slug);
    expect((await get('/blog/feed.xml')).body).toContain(`/blog/${later.slug}`);
    expect((await get('/sitemap.xml')).body).toContain(`/blog/${later.slug}</loc>`);
    expect((await get('/blog/tag/soon')).body).toContain('Coming soon');
  });

  it('renders hostile Markdown harmless on the page and in the feed', async () => {
    const p = await publish({
      title: '<script>alert("title")</script>',
      summary: '"><img src=x onerror=alert(1)>',
      body: [
        '<script>alert(1)</script>',
        '<img src=x onerror="alert(1)">',
        '<a href="javascript:alert(1)">click</a> [also](javascript:alert(2)) <div onclick="alert(3)">x</div>',
        '<iframe src="https://evil.test"></iframe><style>body{display:none}</style>',
      ].join('\n\n'),
    });
    const page = (await get(`/blog/${p.slug}`)).body;
    const article = page.slice(page.indexOf('<main'));
    expect(article).not.toMatch(/<script|<img src=x|onerror=|onclick=|javascript:|<iframe|<style/i);
    expect(page).toContain('&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt;');
    const feed = (await get('/blog/feed.xml')).body;
    expect(feed).not.toMatch(/<script|<img/i);
    const entry = feed.slice(feed.indexOf(`/blog/${p.slug}`));
    const content = /<content type="html">(.*?)<\/content>/s.exec(entry)?.[1] ?? '';
    const html = content
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
    expect(html).toContain('click');
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:|<iframe/i);
  });

  it('pages the list ten at a time, newest first, and lists tag pages', async () => {
    const base = Date.parse('2024-01-01T00:00:00Z');
    for (let i = 0; i < 12; i++) {
      const p = await publish({ title: `Paged post ${String(i).padStart(2, '0')}`, tags: ['Paging'] });
      await setPublishedAt(p.id, new Date(base + i * 86_400_000).toISOString());
    }
    const tag1 = (await get('/blog/tag/paging')).body;
    expect(tag1).toContain('Posts tagged “Paging”');
    expect(tag1.indexOf('Paged post 11')).toBeLessThan(tag1.indexOf('Paged post 10'));
    expect(tag1).not.toContain('Paged post 01');
    expect(tag1).toContain('Page 1 of 2');
    const tag2 = (await get('/blog/tag/paging?page=2')).body;
    expect(tag2).toContain('Paged post 01');
    expect(tag2).toContain('Paged post 00');
    expect(tag2).not.toContain('Paged post 02');

    const all = await get('/blog');
    expect(all.body).toContain('rel="next" href="/blog?page=2"');
    expect((all.body.match(/class="job-card"/g) ?? []).length).toBe(10);
    expect((await get('/blog?page=abc')).statusCode).toBe(200);
    expect((await get('/blog?page=999')).statusCode).toBe(404);
  });

  it('links the blog from the public header and the feed from the list', async () => {
    const home = (await get('/jobs')).body;
    expect(home).toContain('<a href="/blog">Blog</a>');
    const list = (await get('/blog')).body;
    expect(list).toContain('href="/blog/feed.xml"');
    const feed = await get('/blog/feed.xml');
    expect(feed.headers['content-type']).toContain('application/atom+xml');
    expect(feed.body).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  });
});
