import { type FormEvent, useRef, useState } from 'react';
import type { AnswerOut, QuestionOut, Star } from '../../../../shared/practice-api.ts';
import { fieldErrors } from '../../../api.ts';
import { TextArea } from '../../../ui/Field.tsx';
import { formatDateTime } from '../../../ui/format.ts';
import { ErrorMessage, SubmitButton } from '../../../ui/Status.tsx';
import { useFocusError } from '../../../ui/useFocusError.ts';
import { useSaveAnswer } from './queries.ts';
import { answerLength, EMPTY_STAR, offersStar, STAR_PARTS, starText } from './text.ts';

// The seeker's answer to one question: four STAR parts for a story question, one text box
// otherwise, with a running word count and speaking time, and the earlier versions to go back to.

type Version = AnswerOut['versions'][number];

interface Draft {
  star: Star | null;
  body: string;
}

function initialDraft(question: QuestionOut, answer: AnswerOut | null): Draft {
  if (answer) return { star: answer.star, body: answer.star ? '' : answer.body };
  return { star: offersStar(question.category) ? EMPTY_STAR : null, body: '' };
}

function Versions(props: { versions: Version[]; onUse: (v: Version) => void }) {
  return (
    <section aria-labelledby="earlier-versions" className="record-section">
      <h2 id="earlier-versions">Earlier versions</h2>
      {props.versions.length === 0 ? (
        <p className="meta">Each time you save a change, the answer before it is kept here.</p>
      ) : (
        <ol className="plain-list" aria-label="Earlier versions, newest first">
          {props.versions.map((v) => (
            <li key={v.id} className="interview-item">
              <p className="meta">
                <time dateTime={v.at}>{formatDateTime(v.at)}</time> · {answerLength(v.body)}
              </p>
              <p className="cover-note">{v.body}</p>
              <button type="button" className="secondary" onClick={() => props.onUse(v)}>
                Use this version
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function AnswerEditor(props: { question: QuestionOut; answer: AnswerOut | null }) {
  const { question, answer } = props;
  const save = useSaveAnswer(question.id);
  const [draft, setDraft] = useState(() => initialDraft(question, answer));
  const [shared, setShared] = useState(answer?.shared ?? false);
  const [status, setStatus] = useState('');
  const form = useRef<HTMLFormElement>(null);
  const errors = fieldErrors(save.error);
  useFocusError(form, errors);

  const text = draft.star ? starText(draft.star) : draft.body;
  const edit = (next: Draft) => {
    setDraft(next);
    setStatus('');
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setStatus('');
    save.mutate(
      { body: draft.star ? '' : draft.body, star: draft.star, shared },
      { onSuccess: () => setStatus('Saved') },
    );
  };
  const use = (v: Version) => {
    edit({ star: v.star, body: v.star ? '' : v.body });
    setStatus(`The version from ${formatDateTime(v.at)} is in the editor. Save to keep it.`);
    form.current?.querySelector('textarea')?.focus();
  };

  return (
    <>
      <section aria-labelledby="your-answer" className="record-section">
        <h2 id="your-answer">Your answer</h2>
        <form ref={form} className="stack" onSubmit={submit} noValidate>
          {draft.star ? (
            STAR_PARTS.map((part) => (
              <TextArea
                key={part.key}
                label={part.label}
                hint={part.hint}
                rows={3}
                maxLength={3000}
                value={draft.star?.[part.key] ?? ''}
                error={errors[`star.${part.key}`]}
                onChange={(e) =>
                  edit({ body: '', star: { ...(draft.star ?? EMPTY_STAR), [part.key]: e.target.value } })
                }
              />
            ))
          ) : (
            <TextArea
              label="Answer"
              rows={8}
              maxLength={10_000}
              value={draft.body}
              error={errors.body}
              onChange={(e) => edit({ star: null, body: e.target.value })}
            />
          )}
          <p className="meta" id="answer-length">
            {answerLength(text)}
          </p>
          <label className="check">
            <input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} />
            Share with my recruiter
          </label>
          {save.isError ? <ErrorMessage error={save.error} /> : null}
          <div className="actions">
            <SubmitButton pending={save.isPending}>Save answer</SubmitButton>
            <span role="status" className="success-line">
              {status}
            </span>
          </div>
        </form>
      </section>
      <Versions versions={answer?.versions ?? []} onUse={use} />
    </>
  );
}
