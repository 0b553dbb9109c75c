import { useState } from 'react';
import { Link } from 'react-router';
import { POST_STATUSES, type Post, type PostStatus } from '../../../shared/blog.ts';
import { formatDateTime } from '../../ui/format.ts';
import { Page } from '../../ui/Page.tsx';
import { Async } from '../../ui/Status.tsx';
import { usePosts } from './queries.ts';

const STATUS_LABEL: Record<PostStatus, string> = {
  draft: 'Draft',
  scheduled: 'Scheduled',
  published: 'Published',
};

function statusLine(p: Post): string {
  if (p.status === 'draft') return `Draft · last saved ${formatDateTime(p.updatedAt)}`;
  const when = formatDateTime(p.publishedAt);
  return p.status === 'scheduled' ? `Scheduled for ${when}` : `Published ${when}`;
}

/** /app/blog: every post with its state, newest change first. */
export function PostList() {
  const [status, setStatus] = useState<PostStatus | ''>('');
  const posts = usePosts(status);
  return (
    <Page
      title="Blog"
      actions={
        <Link className="button" to="/blog/new">
          New post
        </Link>
      }
    >
      <p>
        Articles for job seekers, published at <a href="/blog">/blog</a> and in its feed.
      </p>
      <div className="field">
        <label htmlFor="post-status">Show</label>
        <select
          id="post-status"
          value={status}
          onChange={(e) => setStatus(e.target.value as PostStatus | '')}
        >
          <option value="">All posts</option>
          {POST_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </div>
      <Async query={posts} loading="Loading posts…">
        {(list) =>
          list.length === 0 ? (
            <p>No posts {status ? `are ${STATUS_LABEL[status].toLowerCase()}` : 'yet'}.</p>
          ) : (
            <ul className="plain-list">
              {list.map((p) => (
                <li key={p.id}>
                  <Link to={`/blog/${p.id}`}>{p.title}</Link>
                  <br />
                  <span className="meta">
                    {statusLine(p)}
                    {p.author ? ` · by ${p.author.name}` : ''}
                  </span>
                </li>
              ))}
            </ul>
          )
        }
      </Async>
    </Page>
  );
}
