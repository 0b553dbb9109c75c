import { type FormEvent, useRef, useState } from 'react';
import { type Task, taskInput, taskUpdate } from '../../../shared/tasks.ts';
import { errorMessage, fieldErrors } from '../../api.ts';
import { SelectField, TextArea, TextField } from '../../ui/Field.tsx';
import { ErrorMessage, SubmitButton } from '../../ui/Status.tsx';
import { useFocusError } from '../../ui/useFocusError.ts';
import { issuesToFields } from '../../ui/validation.ts';
import { useMe } from '../auth/session.ts';
import { useStaff } from '../candidates/queries.ts';
import { localParts, nextHour, toInstant } from './dueTime.ts';
import { type SubjectRef, useSaveTask } from './queries.ts';

/** Server and schema errors keyed as the form's fields are. */
function formErrors(fields: Record<string, string>): Record<string, string> {
  const { dueAt, ...rest } = fields;
  return dueAt ? { ...rest, dueDate: dueAt } : rest;
}

/** Adds a task (about a subject, or about nothing in particular) or edits one. */
export function TaskForm(props: { subject?: SubjectRef; task?: Task; onDone: (saved: Task | null) => void }) {
  const { task } = props;
  const me = useMe().data;
  const staff = useStaff();
  const start = task ? localParts(new Date(task.dueAt)) : nextHour();
  const [values, setValues] = useState({
    title: task?.title ?? '',
    details: task?.details ?? '',
    dueDate: start.date,
    dueTime: start.time,
    assigneeId: task?.assignee.id ?? me?.id ?? '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  useFocusError(formRef, errors);
  const save = useSaveTask(task?.id ?? null);
  const bind = (key: keyof typeof values) => ({
    name: key,
    value: values[key],
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value })),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const dueAt = toInstant(values.dueDate, values.dueTime);
    const common = {
      title: values.title,
      details: values.details,
      dueAt: dueAt ?? '',
      assigneeId: values.assigneeId || null,
    };
    const parsed = task
      ? taskUpdate.safeParse(common)
      : taskInput.safeParse({ ...common, subject: props.subject ?? null });
    const found = parsed.success ? {} : formErrors(issuesToFields(parsed.error.issues));
    if (!dueAt) {
      // Say which of the two inputs is missing rather than blaming the instant they make.
      delete found.dueDate;
      if (!toInstant(values.dueDate, '00:00')) found.dueDate = 'Choose the day it is due';
      else found.dueTime = 'Choose the time it is due';
    }
    if (!parsed.success || Object.keys(found).length) {
      setErrors(found);
      return;
    }
    setErrors({});
    save.mutate(parsed.data, {
      onSuccess: props.onDone,
      onError: (err) => setErrors(formErrors(fieldErrors(err))),
    });
  };

  const people = staff.data ?? (me ? [{ id: me.id, name: me.name }] : []);
  return (
    <form
      className="stack task-form"
      onSubmit={submit}
      noValidate
      ref={formRef}
      aria-label={task ? `Edit ${task.title}` : 'New task'}
    >
      {Object.keys(errors).length ? (
        <ErrorMessage>
          {errors._ ?? errors['subject.id'] ?? 'Please correct the fields marked below.'}
        </ErrorMessage>
      ) : save.isError ? (
        <ErrorMessage>{errorMessage(save.error)}</ErrorMessage>
      ) : null}
      <TextField
        label="Task"
        autoFocus
        autoComplete="off"
        maxLength={200}
        {...bind('title')}
        error={errors.title}
      />
      <div className="row">
        <TextField label="Due date" type="date" {...bind('dueDate')} error={errors.dueDate} />
        <TextField label="Due time" type="time" {...bind('dueTime')} error={errors.dueTime} />
        <SelectField
          label="Assigned to"
          {...bind('assigneeId')}
          error={errors.assigneeId}
          options={people.map((p) => ({ value: p.id, label: p.id === me?.id ? `${p.name} (me)` : p.name }))}
        />
      </div>
      <TextArea
        label="Details (optional)"
        rows={2}
        maxLength={5000}
        {...bind('details')}
        error={errors.details}
      />
      <div className="actions">
        <SubmitButton pending={save.isPending}>{task ? 'Save task' : 'Add task'}</SubmitButton>
        <button type="button" className="secondary" onClick={() => props.onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
