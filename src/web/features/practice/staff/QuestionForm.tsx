import { type FormEvent, useRef, useState } from 'react';
import { DIFFICULTIES, QUESTION_CATEGORIES, QUESTION_CATEGORY_LABELS } from '../../../../shared/practice.ts';
import { type QuestionOut, questionInput } from '../../../../shared/practice-api.ts';
import { FIELDS } from '../../../../shared/vocabulary.ts';
import { errorMessage, fieldErrors } from '../../../api.ts';
import { SelectField, TextArea } from '../../../ui/Field.tsx';
import { ErrorMessage, SubmitButton } from '../../../ui/Status.tsx';
import { useFocusError } from '../../../ui/useFocusError.ts';
import { issuesToFields } from '../../../ui/validation.ts';
import { CheckboxGroup } from '../../candidates/CheckboxGroup.tsx';
import { useCompanies } from '../../companies/queries.ts';
import { useSaveQuestion } from './queries.ts';
import { DIFFICULTY_LABELS } from './words.ts';

interface Values {
  text: string;
  category: string;
  difficulty: string;
  fields: string[];
  /** A company id as text; '' for any employer. */
  companyId: string;
  lookingFor: string;
  guide: string;
}

function startingValues(q: QuestionOut | undefined): Values {
  return {
    text: q?.text ?? '',
    category: q?.category ?? '',
    difficulty: q?.difficulty ?? 'medium',
    fields: q?.fields ?? [],
    companyId: q?.company ? String(q.company.id) : '',
    lookingFor: q?.lookingFor ?? '',
    guide: q?.guide ?? '',
  };
}

/** Errors keyed as the form's inputs are: a bad field choice ("fields.2") belongs to the checkboxes. */
function byInput(fields: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, message] of Object.entries(fields)) out[key.split('.')[0] ?? key] ??= message;
  return out;
}

/** Adds a question to the bank (question = undefined) or edits one. */
export function QuestionForm(props: { question?: QuestionOut; onDone: (saved: QuestionOut | null) => void }) {
  const { question } = props;
  const [values, setValues] = useState<Values>(() => startingValues(question));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  useFocusError(formRef, errors);
  const save = useSaveQuestion(question?.id ?? null);
  const companies = useCompanies();
  const bind = (key: Exclude<keyof Values, 'fields'>) => ({
    name: key,
    value: values[key],
    error: errors[key],
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value })),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = questionInput.safeParse({
      ...values,
      companyId: values.companyId ? Number(values.companyId) : null,
    });
    if (!parsed.success) {
      setErrors(byInput(issuesToFields(parsed.error.issues)));
      return;
    }
    setErrors({});
    save.mutate(parsed.data, {
      onSuccess: (saved) => props.onDone(saved),
      onError: (err) => setErrors(byInput(fieldErrors(err))),
    });
  };

  const companyOptions = (companies.data ?? []).map((c) => ({ value: String(c.id), label: c.name }));
  // An edited question's company shows even before the list arrives.
  if (question?.company && !companyOptions.some((o) => o.value === String(question.company?.id)))
    companyOptions.push({ value: String(question.company.id), label: question.company.name });

  return (
    <form
      className="stack form"
      onSubmit={submit}
      noValidate
      ref={formRef}
      aria-label={question ? 'Edit the question' : 'Add a question'}
    >
      {Object.keys(errors).length ? (
        <ErrorMessage>{errors._ ?? 'Please correct the fields marked below.'}</ErrorMessage>
      ) : save.isError ? (
        <ErrorMessage>{errorMessage(save.error)}</ErrorMessage>
      ) : null}
      <TextArea
        label="Question"
        rows={2}
        maxLength={500}
        autoFocus
        hint="As the interviewer would ask it."
        {...bind('text')}
      />
      <div className="row">
        <SelectField
          label="Category"
          {...bind('category')}
          options={[
            { value: '', label: 'Choose one' },
            ...QUESTION_CATEGORIES.map((c) => ({ value: c, label: QUESTION_CATEGORY_LABELS[c] })),
          ]}
        />
        <SelectField
          label="Difficulty"
          {...bind('difficulty')}
          options={DIFFICULTIES.map((d) => ({ value: d, label: DIFFICULTY_LABELS[d] }))}
        />
        <SelectField
          label="Company"
          {...bind('companyId')}
          options={[{ value: '', label: 'Any employer' }, ...companyOptions]}
        />
      </div>
      <div className="question-fields">
        <CheckboxGroup
          legend="Fields (none means any field)"
          options={FIELDS.map((f) => ({ value: f, label: f }))}
          value={values.fields}
          onChange={(fields) => setValues((v) => ({ ...v, fields }))}
          error={errors.fields}
        />
      </div>
      <TextArea
        label="What the interviewer looks for (optional)"
        rows={3}
        maxLength={1000}
        {...bind('lookingFor')}
      />
      <TextArea label="Guide to a strong answer (optional)" rows={4} maxLength={2000} {...bind('guide')} />
      <div className="actions">
        <SubmitButton pending={save.isPending}>{question ? 'Save changes' : 'Add the question'}</SubmitButton>
        <button type="button" className="secondary" onClick={() => props.onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
