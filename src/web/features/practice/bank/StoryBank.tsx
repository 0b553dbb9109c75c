import { useState } from 'react';
import { Link } from 'react-router';
import type { StoryOut } from '../../../../shared/stories.ts';
import { Page } from '../../../ui/Page.tsx';
import { Async, ErrorMessage } from '../../../ui/Status.tsx';
import { useDeleteStory, useStories } from './queries.ts';
import { SeekersOnly } from './SeekersOnly.tsx';
import { StoryCard } from './StoryCard.tsx';
import { StoryForm } from './StoryForm.tsx';

// The seeker's story bank: a handful of stories told well, each reused for many questions.

function StoryActions(props: { story: StoryOut; onEdit: () => void; onDeleted: (title: string) => void }) {
  const remove = useDeleteStory();
  const [confirming, setConfirming] = useState(false);
  const { story } = props;
  if (confirming)
    return (
      <div className="confirm-box">
        <p>Delete “{story.title}”? This cannot be undone.</p>
        <div className="actions">
          <button
            type="button"
            aria-disabled={remove.isPending || undefined}
            onClick={() => remove.mutate(story.id, { onSuccess: () => props.onDeleted(story.title) })}
          >
            Delete the story
          </button>
          <button type="button" className="secondary" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </div>
        {remove.isError ? <ErrorMessage error={remove.error} /> : null}
      </div>
    );
  return (
    <div className="actions">
      <button type="button" className="secondary" onClick={props.onEdit} aria-label={`Edit ${story.title}`}>
        Edit
      </button>
      <button
        type="button"
        className="secondary"
        onClick={() => setConfirming(true)}
        aria-label={`Delete ${story.title}`}
      >
        Delete
      </button>
    </div>
  );
}

/** /app/practice/stories: list, add, edit and delete the seeker's stories. */
export function StoryBank() {
  const stories = useStories();
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [status, setStatus] = useState('');
  const done = (message: string) => {
    setEditing(null);
    setStatus(message);
  };
  return (
    <SeekersOnly>
      <Page
        title="My stories"
        back={<Link to="/practice/questions">Question bank</Link>}
        actions={
          editing === 'new' ? null : (
            <button type="button" onClick={() => setEditing('new')}>
              Add a story
            </button>
          )
        }
      >
        <p>
          Stories from your work — a project, a conflict, a failure — tagged with the skills they show. Link
          each to the questions it answers.
        </p>
        <p role="status" className="success-line">
          {status}
        </p>
        {editing === 'new' ? (
          <section aria-labelledby="new-story" className="record-section">
            <h2 id="new-story">New story</h2>
            <StoryForm onDone={(s) => done(`Saved ${s.title}.`)} onCancel={() => setEditing(null)} />
          </section>
        ) : null}
        <Async query={stories} loading="Loading your stories…">
          {(list) =>
            list.length ? (
              <ul className="job-list" aria-label="Your stories">
                {list.map((s) =>
                  editing === s.id ? (
                    <li key={s.id} className="job-card">
                      <h2>Edit {s.title}</h2>
                      <StoryForm
                        story={s}
                        onDone={(saved) => done(`Saved ${saved.title}.`)}
                        onCancel={() => setEditing(null)}
                      />
                    </li>
                  ) : (
                    <StoryCard key={s.id} story={s} heading="h2">
                      <StoryActions
                        story={s}
                        onEdit={() => setEditing(s.id)}
                        onDeleted={(t) => done(`Deleted ${t}.`)}
                      />
                    </StoryCard>
                  ),
                )}
              </ul>
            ) : editing === 'new' ? null : (
              <p>
                No stories yet. Add the first one: a time something went wrong and you put it right is a good
                start.
              </p>
            )
          }
        </Async>
      </Page>
    </SeekersOnly>
  );
}
