import { useState } from 'react';
import type { QuestionOut } from '../../../../shared/practice-api.ts';
import { SelectField } from '../../../ui/Field.tsx';
import { Async, ErrorMessage } from '../../../ui/Status.tsx';
import { useSaveStory, useStories } from './queries.ts';
import { StoryCard } from './StoryCard.tsx';
import { StoryForm } from './StoryForm.tsx';
import { storyWithLink, unlinkedStories } from './story-input.ts';

// The stories the seeker tells for one question: linked ones, a way to link another from the
// story bank, and a form to write a new one already linked.

function LinkExisting(props: { questionId: number; onLinked: (title: string) => void }) {
  const all = useStories();
  const save = useSaveStory();
  const [chosen, setChosen] = useState('');
  return (
    <Async query={all} loading="Loading your stories…">
      {(stories) => {
        const free = unlinkedStories(stories, props.questionId);
        if (free.length === 0) return null;
        const link = () => {
          const story = free.find((s) => String(s.id) === chosen);
          if (!story || save.isPending) return;
          save.mutate(
            { id: story.id, input: storyWithLink(story, props.questionId, true) },
            {
              onSuccess: () => {
                setChosen('');
                props.onLinked(story.title);
              },
            },
          );
        };
        return (
          <div className="actions">
            <SelectField
              label="Link a story from your bank"
              options={[
                { value: '', label: 'Choose a story' },
                ...free.map((s) => ({ value: String(s.id), label: s.title })),
              ]}
              value={chosen}
              onChange={(e) => setChosen(e.target.value)}
            />
            <button
              type="button"
              className="secondary"
              onClick={link}
              aria-disabled={!chosen || save.isPending || undefined}
            >
              Link story
            </button>
            {save.isError ? <ErrorMessage error={save.error} /> : null}
          </div>
        );
      }}
    </Async>
  );
}

export function QuestionStories({ question }: { question: QuestionOut }) {
  const linked = useStories(question.id);
  const save = useSaveStory();
  const [writing, setWriting] = useState(false);
  const [status, setStatus] = useState('');
  return (
    <section aria-labelledby="question-stories" className="record-section">
      <h2 id="question-stories">Stories for this question</h2>
      <Async query={linked} loading="Loading stories…">
        {(stories) =>
          stories.length ? (
            <ul className="job-list" aria-label="Stories linked to this question">
              {stories.map((s) => (
                <StoryCard key={s.id} story={s} heading="h3">
                  <button
                    type="button"
                    className="secondary"
                    onClick={() =>
                      save.mutate(
                        { id: s.id, input: storyWithLink(s, question.id, false) },
                        { onSuccess: () => setStatus(`Unlinked ${s.title}.`) },
                      )
                    }
                  >
                    Unlink {s.title}
                  </button>
                </StoryCard>
              ))}
            </ul>
          ) : (
            <p className="meta">No story linked yet. A story you can tell well answers many questions.</p>
          )
        }
      </Async>
      <p role="status" className="success-line">
        {status}
      </p>
      <LinkExisting questionId={question.id} onLinked={(title) => setStatus(`Linked ${title}.`)} />
      {writing ? (
        <>
          <h3>New story</h3>
          <StoryForm
            linkTo={{ id: question.id, text: question.text }}
            onDone={(saved) => {
              setWriting(false);
              setStatus(`Saved ${saved.title} and linked it.`);
            }}
            onCancel={() => setWriting(false)}
          />
        </>
      ) : (
        <p>
          <button type="button" className="secondary" onClick={() => setWriting(true)}>
            Write a new story
          </button>
        </p>
      )}
    </section>
  );
}
