import { type FormEvent, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { type CoverImage, type Post, type PostInput, postInput } from '../../../shared/blog.ts';
import { errorMessage, fieldErrors } from '../../api.ts';
import { ConfirmButton } from '../../ui/Dialog.tsx';
import { SelectField, TextArea, TextField } from '../../ui/Field.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { Page } from '../../ui/Page.tsx';
import { ErrorMessage, Loading } from '../../ui/Status.tsx';
import { useFocusError } from '../../ui/useFocusError.ts';
import { issuesToFields } from '../../ui/validation.ts';
import { useMe } from '../auth/session.ts';
import { useStaff } from '../candidates/queries.ts';
import { CoverField } from './CoverField.tsx';
import { instantToLocal, localToInstant } from './localTime.ts';
import { MarkdownField } from './MarkdownField.tsx';
import { type PostAction, useDeletePost, usePost, usePostAction, useSavePost } from './queries.ts';

/** /app/blog/new and /app/blog/:id */
export function PostEditor() {
  const { id } = useParams();
  const postId = id && id !== 'new' ? Number(id) : null;
  const post = usePost(postId);
  if (postId !== null && post.isPending) return <Loading label="Loading the post…" />;
  if (postId !== null && post.isError)
    return (
      <Page title="Post not found" back={<Link to="/blog">Blog</Link>}>
        <ErrorMessage error={post.error} />
      </Page>
    );
  return <PostForm key={postId ?? 'new'} post={post.data ?? null} />;
}

function statusText(p: Post | null): string {
  if (!p || p.status === 'draft') return 'Draft: only staff can see it.';
  if (p.status === 'scheduled') return `Scheduled: goes public ${formatDateTime(p.publishedAt)}.`;
  return `Published ${formatDateTime(p.publishedAt)}.`;
}

const tagErrors = (errors: Record<string, string>) =>
  errors.tags ?? Object.entries(errors).find(([k]) => k.startsWith('tags.'))?.[1];

function PostForm({ post }: { post: Post | null }) {
  const me = useMe().data;
  const staff = useStaff();
  const navigate = useNavigate();
  const [values, setValues] = useState({
    title: post?.title ?? '',
    slug: post?.slug ?? '',
    summary: post?.summary ?? '',
    tags: post?.tags.join(', ') ?? '',
    authorId: post?.author?.id ?? me?.id ?? '',
    body: post?.body ?? '',
    coverAlt: post?.coverAlt ?? '',
  });
  const [cover, setCover] = useState<CoverImage | null>(post?.cover ?? null);
  const [publishAt, setPublishAt] = useState(
    post?.status === 'scheduled' && post.publishedAt ? instantToLocal(post.publishedAt) : '',
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  // A new post moves to its own address once saved; what was done travels with it.
  const location = useLocation();
  const [done, setDone] = useState<string>((location.state as { done?: string } | null)?.done ?? '');
  const formRef = useRef<HTMLFormElement>(null);
  useFocusError(formRef, errors);
  const save = useSavePost(post?.id ?? null);
  const act = usePostAction();
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  /** Saves the form, then (optionally) publishes, schedules or unpublishes what was saved. */
  const run = async (then: PostAction | null, message: string) => {
    const input: PostInput = {
      ...values,
      tags: values.tags
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
      authorId: values.authorId || null,
      coverImageId: cover?.id ?? null,
      coverAlt: cover ? values.coverAlt : '',
    };
    const parsed = postInput.safeParse(input);
    const found = parsed.success ? {} : issuesToFields(parsed.error.issues);
    if (then?.kind === 'schedule' && !then.publishAt) found.publishAt = 'Choose the date and time to publish';
    if (Object.keys(found).length) return setErrors(found);
    setErrors({});
    setDone('');
    try {
      let saved = await save.mutateAsync(input);
      if (then) saved = await act.mutateAsync({ id: saved.id, action: then });
      setValues((v) => ({ ...v, slug: saved.slug }));
      setDone(message);
      if (!post) navigate(`/blog/${saved.id}`, { replace: true, state: { done: message } });
    } catch (err) {
      setErrors({ ...fieldErrors(err), _: errorMessage(err) });
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(null, 'Draft saved.');
  };
  const pending = save.isPending || act.isPending;
  const people = staff.data ?? (me ? [{ id: me.id, name: me.name }] : []);

  return (
    <Page title={post ? `Edit: ${post.title}` : 'New post'} back={<Link to="/blog">Blog</Link>}>
      <p className="meta">
        {statusText(post)}{' '}
        {post && post.status === 'published' ? <a href={`/blog/${post.slug}`}>View the public page</a> : null}
      </p>
      <form className="stack" onSubmit={submit} noValidate ref={formRef} aria-label="Post">
        {Object.keys(errors).length ? (
          <ErrorMessage>{errors._ ?? 'Please correct the fields marked below.'}</ErrorMessage>
        ) : null}
        <TextField
          label="Title"
          value={values.title}
          onChange={set('title')}
          maxLength={200}
          error={errors.title}
        />
        <TextField
          label="Address (slug)"
          hint="The end of the post's address, /blog/…; leave empty to make it from the title."
          value={values.slug}
          onChange={set('slug')}
          maxLength={80}
          error={errors.slug}
        />
        <TextArea
          label="Summary"
          rows={2}
          value={values.summary}
          onChange={set('summary')}
          maxLength={500}
          error={errors.summary}
        />
        <div className="row">
          <TextField
            label="Tags"
            hint="Separated by commas"
            value={values.tags}
            onChange={set('tags')}
            error={tagErrors(errors)}
          />
          <SelectField
            label="Author"
            value={values.authorId}
            onChange={set('authorId')}
            error={errors.authorId}
            options={people.map((p) => ({ value: p.id, label: p.id === me?.id ? `${p.name} (me)` : p.name }))}
          />
        </div>
        <CoverField
          cover={cover}
          alt={values.coverAlt}
          onCover={setCover}
          onAlt={(coverAlt) => setValues((v) => ({ ...v, coverAlt }))}
          errors={errors}
        />
        <MarkdownField
          value={values.body}
          onChange={(body) => setValues((v) => ({ ...v, body }))}
          error={errors.body}
        />
        <TextField
          label="Publish at (your time)"
          type="datetime-local"
          hint="Only for Schedule."
          value={publishAt}
          onChange={(e) => setPublishAt(e.target.value)}
          error={errors.publishAt}
        />
        <div className="actions">
          <button type="submit" className="secondary" aria-disabled={pending || undefined}>
            Save draft
          </button>
          <button
            type="button"
            aria-disabled={pending || undefined}
            onClick={() => void run({ kind: 'publish' }, 'Published.')}
          >
            Publish
          </button>
          <button
            type="button"
            className="secondary"
            aria-disabled={pending || undefined}
            onClick={() =>
              void run({ kind: 'schedule', publishAt: localToInstant(publishAt) ?? '' }, 'Scheduled.')
            }
          >
            Schedule
          </button>
          {post && post.status !== 'draft' ? (
            <button
              type="button"
              className="secondary"
              aria-disabled={pending || undefined}
              onClick={() => void run({ kind: 'unpublish' }, 'Unpublished: the post is a draft again.')}
            >
              Unpublish
            </button>
          ) : null}
        </div>
        <p role="status">{pending ? 'Saving…' : done}</p>
      </form>
      {post ? <DeletePost post={post} /> : null}
    </Page>
  );
}

function DeletePost({ post }: { post: Post }) {
  const remove = useDeletePost();
  const navigate = useNavigate();
  return (
    <div className="stack">
      <ConfirmButton
        label="Delete this post"
        title={`Delete “${post.title}”?`}
        confirmLabel="Delete"
        onConfirm={() => remove.mutate(post.id, { onSuccess: () => navigate('/blog') })}
      >
        <p>
          The post and its address go away for good. To take it off the site for now, unpublish it instead.
        </p>
      </ConfirmButton>
      {remove.isError ? <ErrorMessage error={remove.error} /> : null}
    </div>
  );
}
