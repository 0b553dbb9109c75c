import { useRef } from 'react';
import { TextArea, TextField } from '../../ui/Field.tsx';
import { addBankQuestion, addNewQuestion, type DebriefForm, type QuestionDraft } from './formState.ts';
import { QuestionSearch } from './QuestionSearch.tsx';
import { VisibilitySelect } from './VisibilitySelect.tsx';

function QuestionItem(props: {
  q: QuestionDraft;
  n: number;
  errors: Record<string, string>;
  onChange: (q: QuestionDraft) => void;
  onRemove: () => void;
}) {
  const { q, n, errors } = props;
  const at = `questions.${n - 1}`;
  return (
    <li>
      <fieldset className="stack debrief-question">
        <legend>Question {n}</legend>
        {q.questionId === null ? (
          <TextField
            label="The question, as they asked it (new to the bank)"
            value={q.text}
            maxLength={500}
            error={errors[`${at}.text`]}
            onChange={(e) => props.onChange({ ...q, text: e.target.value })}
          />
        ) : (
          <>
            <p>{q.text}</p>
            {errors[`${at}.text`] ? <p className="error">{errors[`${at}.text`]}</p> : null}
          </>
        )}
        <TextArea
          label="How did your answer go?"
          rows={3}
          maxLength={4000}
          value={q.note.text}
          error={errors[`${at}.note.text`]}
          onChange={(e) => props.onChange({ ...q, note: { ...q.note, text: e.target.value } })}
        />
        <VisibilitySelect
          label="Who can read this note"
          value={q.note.visibility}
          error={errors[`${at}.note.visibility`]}
          onChange={(v) => props.onChange({ ...q, note: { ...q.note, visibility: v } })}
        />
        <p>
          <button type="button" className="link-button" onClick={props.onRemove}>
            Remove question {n}
          </button>
        </p>
      </fieldset>
    </li>
  );
}

/** "Questions they asked": the list so far, a search to add more, and who may read them. */
export function QuestionsSection(props: {
  form: DebriefForm;
  set: (f: (prev: DebriefForm) => DebriefForm) => void;
  errors: Record<string, string>;
}) {
  const { form, set, errors } = props;
  const seq = useRef(0);
  const update = (i: number, q: QuestionDraft) =>
    set((f) => ({ ...f, questions: f.questions.map((x, j) => (j === i ? q : x)) }));
  return (
    <section aria-labelledby="debrief-questions" className="record-section stack">
      <h2 id="debrief-questions">Questions they asked</h2>
      {form.questions.length === 0 ? <p className="meta">No questions added yet.</p> : null}
      <ol className="plain-list stack">
        {form.questions.map((q, i) => (
          <QuestionItem
            key={q.key}
            q={q}
            n={i + 1}
            errors={errors}
            onChange={(next) => update(i, next)}
            onRemove={() => set((f) => ({ ...f, questions: f.questions.filter((_, j) => j !== i) }))}
          />
        ))}
      </ol>
      <QuestionSearch
        chosenIds={form.questions.flatMap((q) => (q.questionId === null ? [] : [q.questionId]))}
        error={errors.questions}
        onPick={(q) => set((f) => addBankQuestion(f, q))}
        onAddNew={(text) => {
          seq.current += 1;
          const n = seq.current;
          set((f) => addNewQuestion(f, text, n));
        }}
      />
      <VisibilitySelect
        label="Who can read the questions"
        value={form.questionsVisibility}
        error={errors.questionsVisibility}
        onChange={(v) => set((f) => ({ ...f, questionsVisibility: v }))}
      />
    </section>
  );
}
