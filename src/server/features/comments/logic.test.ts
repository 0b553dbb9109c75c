import { describe, expect, it } from 'vitest';
import { moderate } from './moderation.ts';
import { commentHtml, safeWebsite } from './text.ts';
import { buildThread, cappedParent } from './thread.ts';
import { readToken, signToken } from './tokens.ts';

describe('commentHtml', () => {
  it('escapes every tag and attribute, so HTML is shown as text', () => {
    const html = commentHtml('<script>alert(1)</script> <img src=x onerror="alert(2)"> & \'q\'');
    expect(html).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=&quot;alert(2)&quot;&gt; &amp; &#39;q&#39;</p>',
    );
  });

  it('keeps line breaks and paragraphs', () => {
    expect(commentHtml('one\ntwo\r\n\r\nthree')).toBe('<p>one<br>two</p><p>three</p>');
  });

  it('links http(s) addresses with rel="nofollow ugc" and leaves closing punctuation outside', () => {
    expect(commentHtml('See https://example.com/a?b=1&c=2.')).toBe(
      '<p>See <a href="https://example.com/a?b=1&amp;c=2" rel="nofollow ugc">https://example.com/a?b=1&amp;c=2</a>.</p>',
    );
  });

  it('never links javascript:, data: or other schemes, and quotes cannot break out of href', () => {
    const html = commentHtml('javascript:alert(1) data:text/html,x https://x.test/"onmouseover="alert(1)');
    expect(html).not.toContain('href="javascript');
    expect(html).not.toContain('href="data');
    expect(html).toContain('<a href="https://x.test/" rel="nofollow ugc">');
    expect(html).not.toMatch(/<a [^>]*onmouseover/);
  });

  it('drops direction overrides and zero-width characters', () => {
    expect(commentHtml('abc\u202Egnp.exe\u200B')).toBe('<p>abcgnp.exe</p>');
  });

  it('accepts only http(s) websites', () => {
    expect(safeWebsite('https://me.example/')).toBe('https://me.example/');
    expect(safeWebsite('javascript:alert(1)')).toBeNull();
    expect(safeWebsite('not a url')).toBeNull();
  });
});

describe('threading', () => {
  const c = (id: number, parentId: number | null) => ({ id, parentId });

  it('nests replies under their parents, oldest first', () => {
    const tree = buildThread([c(1, null), c(2, 1), c(3, null), c(4, 2)]);
    expect(tree.map((n) => n.comment.id)).toEqual([1, 3]);
    expect(tree[0]?.children[0]?.comment.id).toBe(2);
    expect(tree[0]?.children[0]?.children[0]?.comment.id).toBe(4);
    expect(tree[0]?.children[0]?.children[0]?.depth).toBe(3);
  });

  it('caps at three levels: a fourth-level reply joins the third level', () => {
    const tree = buildThread([c(1, null), c(2, 1), c(3, 2), c(4, 3)]);
    const level2 = tree[0]?.children[0];
    expect(level2?.children.map((n) => n.comment.id)).toEqual([3, 4]);
    expect(level2?.children.every((n) => n.depth === 3)).toBe(true);
  });

  it('shows a reply whose parent is not shown at the top level', () => {
    expect(buildThread([c(5, 99)]).map((n) => [n.comment.id, n.depth])).toEqual([[5, 1]]);
  });

  it('stores a reply to the deepest level under that level’s parent', () => {
    const parents = new Map<number, number | null>([
      [1, null],
      [2, 1],
      [3, 2],
    ]);
    expect(cappedParent(1, parents)).toBe(1);
    expect(cappedParent(2, parents)).toBe(2);
    expect(cappedParent(3, parents)).toBe(2);
  });
});

describe('moderate', () => {
  const base = { spam: null, knownCommenter: false, holdAll: false, byStaff: false };
  it('holds a first-time commenter and approves a known one', () => {
    expect(moderate(base)).toBe('pending');
    expect(moderate({ ...base, knownCommenter: true })).toBe('approved');
  });
  it('holds everyone when staff hold all, and files spam even from a known commenter', () => {
    expect(moderate({ ...base, knownCommenter: true, holdAll: true })).toBe('pending');
    expect(moderate({ ...base, knownCommenter: true, spam: 'honeypot' })).toBe('spam');
  });
  it('approves staff at once', () => {
    expect(moderate({ ...base, holdAll: true, byStaff: true })).toBe('approved');
  });
});

describe('signed tokens', () => {
  const now = Date.now();
  it('round-trips a value until it expires', () => {
    const t = signToken('s', 'comment-delete.v1', 'a@b.test', now + 1000);
    expect(readToken('s', 'comment-delete.v1', t, now)).toEqual({ ok: true, value: 'a@b.test' });
    expect(readToken('s', 'comment-delete.v1', t, now + 5000)).toEqual({ ok: false, reason: 'expired' });
  });
  it('refuses another purpose, another secret, an edited value or garbage', () => {
    const t = signToken('s', 'comment-delete.v1', 'a@b.test', now + 1000);
    expect(readToken('s', 'comment-unsubscribe.v1', t, now).ok).toBe(false);
    expect(readToken('other', 'comment-delete.v1', t, now).ok).toBe(false);
    const [, exp, sig] = t.split('.');
    const forged = `${Buffer.from('x@b.test').toString('base64url')}.${exp}.${sig}`;
    expect(readToken('s', 'comment-delete.v1', forged, now)).toEqual({ ok: false, reason: 'invalid' });
    for (const bad of [undefined, '', 'a.b', 'a.b.c.d', 42])
      expect(readToken('s', 'comment-delete.v1', bad, now).ok).toBe(false);
  });
});
