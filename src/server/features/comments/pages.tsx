import type { ReactNode } from 'react';
import type { SessionUser } from '../../platform/auth.ts';
import { renderPage, type SiteInfo } from '../../platform/pages.tsx';
import type { PostRef } from './queries.ts';
import { type CommentFormState, CommentFormView } from './view.tsx';

// Small public pages around comments: a form that did not validate, unsubscribe, and deletion by
// signed link. Each works with JavaScript off; a GET never changes anything.

function page(site: SiteInfo, user: SessionUser | null, title: string, body: ReactNode): string {
  return renderPage(site, user, { title, noindex: true }, body);
}

/** A comment that did not validate: the post's title, and the form with errors and input kept. */
export function renderCommentErrors(
  site: SiteInfo,
  user: SessionUser | null,
  post: PostRef,
  state: CommentFormState,
): string {
  return page(
    site,
    user,
    'Leave a Reply (please check the form)',
    <>
      <p className="breadcrumb">
        <a href={`/blog/${post.slug}`}>Back to “{post.title}”</a>
      </p>
      <h1>Your comment on “{post.title}”</h1>
      <CommentFormView post={post} state={state} />
    </>,
  );
}

export function renderTooMany(site: SiteInfo): string {
  return page(
    site,
    null,
    'Too many comments',
    <>
      <h1>Too many comments from your connection</h1>
      <p>
        We received several comments from your connection in the last minute. Please wait a minute and try
        again.
      </p>
    </>,
  );
}

export function renderBadLink(site: SiteInfo, expired: boolean): string {
  return page(
    site,
    null,
    expired ? 'This link has expired' : 'This link is not valid',
    <>
      <h1>{expired ? 'This link has expired' : 'This link is not valid'}</h1>
      <p>
        {expired
          ? 'Links in our emails work for a limited time.'
          : 'The link may have been cut short or changed. Copy the whole link from the email and try again.'}{' '}
        <a href="/blog/comments/delete">Ask for a new deletion link</a> or <a href="/blog">read the blog</a>.
      </p>
    </>,
  );
}

/** A confirm step, because mail scanners follow every link in a mail with GET. */
export function renderConfirm(
  site: SiteInfo,
  o: { title: string; text: string; action: string; token: string; button: string },
): string {
  return page(
    site,
    null,
    o.title,
    <>
      <h1>{o.title}</h1>
      <p>{o.text}</p>
      <form method="post" action={o.action}>
        <input type="hidden" name="token" value={o.token} />
        <button type="submit">{o.button}</button>
      </form>
    </>,
  );
}

export function renderDone(site: SiteInfo, title: string, text: string): string {
  return page(
    site,
    null,
    title,
    <>
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <a href="/blog">Read the blog</a>
      </p>
    </>,
  );
}

export function renderDeleteRequest(
  site: SiteInfo,
  user: SessionUser | null,
  o: { email: string; error: string | null },
): string {
  return page(
    site,
    user,
    'Delete your comments',
    <>
      <h1>Delete your comments</h1>
      <p>
        Enter the email address you commented with. We will send a link to it; following the link deletes
        every comment written with that address.
      </p>
      <form method="post" action="/blog/comments/delete" className="stack form" noValidate>
        <div className="field">
          <label htmlFor="del-email">Email *</label>
          <input
            id="del-email"
            name="email"
            type="email"
            autoComplete="email"
            required
            defaultValue={o.email}
            aria-invalid={o.error ? true : undefined}
            aria-describedby={o.error ? 'del-email-error' : undefined}
          />
          {o.error ? (
            <p className="error" id="del-email-error">
              {o.error}
            </p>
          ) : null}
        </div>
        <div className="actions">
          <button type="submit">Send the link</button>
        </div>
      </form>
    </>,
  );
}
