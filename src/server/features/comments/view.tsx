import type { ReactNode } from 'react';
import { HONEYPOT_FIELD, STAMP_FIELD } from '../../platform/spam.ts';
import type { PostRef, PublicComment } from './queries.ts';
import { commentHtml, safeWebsite, stripInvisible } from './text.ts';
import { buildThread, type ThreadNode } from './thread.ts';

// The comments under a post and the "Leave a Reply" form, server-rendered so both work with
// JavaScript off: Reply links are plain links (?replyto=ID#respond), and a post that does not
// validate comes back with everything typed kept and each error named beside its field.

export interface CommentValues {
  name: string;
  email: string;
  website: string;
  comment: string;
  notify: boolean;
}

export const EMPTY_COMMENT: CommentValues = { name: '', email: '', website: '', comment: '', notify: false };

export interface CommentFormState {
  values: CommentValues;
  errors: Record<string, string>;
  stamp: string;
  /** The comment being replied to, when it is shown on the post. */
  replyTo: PublicComment | null;
}

const ORDER = ['name', 'email', 'website', 'comment'] as const;
const LABELS: Record<(typeof ORDER)[number], string> = {
  name: 'Name',
  email: 'Email',
  website: 'Website',
  comment: 'Comment',
};

function formatDate(isoDate: string): string {
  return new Date(isoDate).toLocaleDateString('en-US', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'UTC',
  });
}

function Author({ c }: { c: PublicComment }) {
  const name = stripInvisible(c.name);
  const site = c.website ? safeWebsite(c.website) : null;
  return (
    <b className="comment-author">
      {site ? (
        <a href={site} rel="nofollow ugc external">
          {name}
        </a>
      ) : (
        name
      )}
      {c.byStaff ? ' (staff)' : ''}
    </b>
  );
}

function CommentItem({ node, slug }: { node: ThreadNode<PublicComment>; slug: string }) {
  const c = node.comment;
  return (
    <li id={`comment-${c.id}`} className="comment">
      <article aria-label={`Comment by ${stripInvisible(c.name)}`}>
        <p className="meta">
          <Author c={c} /> · <time dateTime={c.createdAt}>{formatDate(c.createdAt)}</time>
        </p>
        {c.status === 'pending' ? (
          <p className="notice">
            <em>Your comment is awaiting moderation.</em>
          </p>
        ) : null}
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: commentHtml escapes everything */}
        <div className="comment-body" dir="auto" dangerouslySetInnerHTML={{ __html: commentHtml(c.body) }} />
        {c.status === 'approved' ? (
          <p>
            <a
              href={`/blog/${slug}?replyto=${c.id}#respond`}
              aria-label={`Reply to ${stripInvisible(c.name)}`}
            >
              Reply
            </a>
          </p>
        ) : null}
      </article>
      {node.children.length ? (
        <ol className="comment-replies">
          {node.children.map((n) => (
            <CommentItem key={n.comment.id} node={n} slug={slug} />
          ))}
        </ol>
      ) : null}
    </li>
  );
}

function Field(props: { name: (typeof ORDER)[number]; state: CommentFormState; children: ReactNode }) {
  const error = props.state.errors[props.name];
  return (
    <div className="field">
      <label htmlFor={`cm-${props.name}`}>
        {LABELS[props.name]}
        {props.name === 'website' ? '' : ' *'}
      </label>
      {props.children}
      {error ? (
        <p className="error" id={`cm-${props.name}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

function inputProps(name: (typeof ORDER)[number], state: CommentFormState) {
  const error = state.errors[name];
  return {
    id: `cm-${name}`,
    name,
    required: name !== 'website',
    defaultValue: state.values[name],
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `cm-${name}-error` : undefined,
  };
}

function ErrorSummary({ errors }: { errors: Record<string, string> }) {
  const names = ORDER.filter((n) => errors[n]);
  if (!names.length) return null;
  return (
    <div className="error" role="alert" aria-labelledby="cm-summary">
      <h3 id="cm-summary">Please check {names.length === 1 ? 'one field' : `${names.length} fields`}</h3>
      <ul>
        {names.map((n) => (
          <li key={n}>
            <a href={`#cm-${n}`}>{errors[n]}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The "Leave a Reply" form. */
export function CommentFormView({ post, state }: { post: PostRef; state: CommentFormState }) {
  const { replyTo } = state;
  return (
    <section id="respond" aria-labelledby="respond-title" className="stack">
      <h2 id="respond-title">
        {replyTo ? `Leave a Reply to ${stripInvisible(replyTo.name)}` : 'Leave a Reply'}
      </h2>
      {replyTo ? (
        <p>
          <a href={`/blog/${post.slug}#respond`}>Cancel reply</a>
        </p>
      ) : null}
      <form method="post" action={`/blog/${post.slug}/comments`} className="stack form" noValidate>
        <ErrorSummary errors={state.errors} />
        <p>
          <span id="cm-email-note">Your email address will not be published.</span> Required fields are marked
          *
        </p>
        <Field name="comment" state={state}>
          <textarea {...inputProps('comment', state)} rows={8} maxLength={5000} />
        </Field>
        <Field name="name" state={state}>
          <input {...inputProps('name', state)} type="text" autoComplete="name" maxLength={100} />
        </Field>
        <Field name="email" state={state}>
          <input {...inputProps('email', state)} type="email" autoComplete="email" maxLength={254} />
        </Field>
        <Field name="website" state={state}>
          <input {...inputProps('website', state)} type="url" autoComplete="url" maxLength={300} />
        </Field>
        <div className="field">
          <input
            type="checkbox"
            id="cm-notify"
            name="notify"
            value="yes"
            defaultChecked={state.values.notify}
          />{' '}
          <label htmlFor="cm-notify">Notify me of new replies by email</label>
        </div>
        {/* Hidden from people and assistive technology alike; only a bot fills it. */}
        <div hidden aria-hidden="true">
          <label htmlFor="cm-hp">Leave this field empty</label>
          <input
            id="cm-hp"
            name={HONEYPOT_FIELD}
            type="text"
            tabIndex={-1}
            autoComplete="off"
            defaultValue=""
          />
        </div>
        <input type="hidden" name={STAMP_FIELD} value={state.stamp} />
        {replyTo ? <input type="hidden" name="parent" value={String(replyTo.id)} /> : null}
        <div className="actions">
          <button type="submit">Post Comment</button>
        </div>
      </form>
      <p className="meta">
        <a href="/blog/comments/delete">Ask for your comments to be deleted</a>
      </p>
    </section>
  );
}

/** The comments on a post, threaded, then the form. */
export function CommentSection(props: { post: PostRef; comments: PublicComment[]; state: CommentFormState }) {
  const { post, comments } = props;
  const tree = buildThread(comments);
  const shown = comments.filter((c) => c.status === 'approved').length;
  return (
    <section className="comments stack" aria-labelledby="comments-title">
      <h2 id="comments-title">
        {shown === 0 ? 'No comments yet' : shown === 1 ? 'One comment' : `${shown} comments`}
      </h2>
      {tree.length ? (
        <ol className="comment-list">
          {tree.map((n) => (
            <CommentItem key={n.comment.id} node={n} slug={post.slug} />
          ))}
        </ol>
      ) : null}
      <CommentFormView post={post} state={props.state} />
    </section>
  );
}
