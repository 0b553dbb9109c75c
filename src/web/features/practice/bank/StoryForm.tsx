import { type FormEvent, useRef, useState } from 'react';
import { Link } from 'react-router';
import { MAX_STORY_SKILLS, type StoryOut } from '../../../../shared/stories.ts';
import { fieldErrors } from '../../../api.ts';
import { TextArea, TextField } from '../../../ui/Field.tsx';
import { ErrorMessage, SubmitButton } from '../../../ui/Status.tsx';
import { useFocusError } from '../../../ui/useFocusError.ts';
import { SkillsInput } from '../../candidates/SkillsInput.tsx';
import { useSaveStory } from './queries.ts';
import { answerLength } from './text.ts';

// Writes or edits one story. Linked questions are chosen on a question's page; here they can be
// kept or unlinked.

export function StoryForm(props: {
  story?: StoryOut;
  /** A new story written from a question's page starts linked to that question. */
  linkTo?: { id: number; text: string };
  onDone: (saved: StoryOut) => void;
  onCancel?: () => void;
}) {
  const { story, linkTo } = props;
  const save = useSaveStory();
  const [title, setTitle] = useState(story?.title ?? '');
  const [body, setBody] = useState(story?.body ?? '');
  const [skills, setSkills] = useState<string[]>(story?.skills ?? []);
  const linked = story?.questions ?? (linkTo ? [linkTo] : []);
  const [kept, setKept] = useState<number[]>(linked.map((q) => q.id));
  const form = useRef<HTMLFormElement>(null);
  const errors = fieldErrors(save.error);
  useFocusError(form, errors);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(
      { id: story?.id, input: { title, body, skills, questionIds: kept } },
      { onSuccess: (saved) => props.onDone(saved) },
    );
  };

  return (
    <form
      ref={form}
      className="stack"
      onSubmit={submit}
      noValidate
      aria-label={story ? `Edit ${story.title}` : 'New story'}
    >
      <TextField
        label="Title"
        hint="A few words you will recognise: “The release we nearly missed”."
        value={title}
        maxLength={200}
        required
        error={errors.title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <TextArea
        label="The story"
        hint="What happened, what you did and how it ended."
        rows={6}
        maxLength={10_000}
        value={body}
        error={errors.body}
        onChange={(e) => setBody(e.target.value)}
      />
      <p className="meta">{answerLength(body)}</p>
      <SkillsInput
        label="Skills it shows"
        hint="Type a skill and press Enter or a comma."
        value={skills}
        onChange={setSkills}
        max={MAX_STORY_SKILLS}
        error={errors.skills ?? Object.entries(errors).find(([k]) => k.startsWith('skills.'))?.[1]}
      />
      <fieldset className="stack">
        <legend>Questions it answers</legend>
        {linked.length ? (
          linked.map((q) => (
            <label key={q.id} className="check">
              <input
                type="checkbox"
                checked={kept.includes(q.id)}
                onChange={(e) =>
                  setKept(e.target.checked ? [...kept, q.id] : kept.filter((id) => id !== q.id))
                }
              />
              {q.text}
            </label>
          ))
        ) : (
          <p className="meta">
            None yet. Link it from a question’s page in the{' '}
            <Link to="/practice/questions">question bank</Link>.
          </p>
        )}
        {errors.questionIds ? <p className="error">{errors.questionIds}</p> : null}
      </fieldset>
      {save.isError ? <ErrorMessage error={save.error} /> : null}
      <div className="actions">
        <SubmitButton pending={save.isPending}>Save story</SubmitButton>
        {props.onCancel ? (
          <button type="button" className="secondary" onClick={props.onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
