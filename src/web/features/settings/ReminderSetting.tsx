import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { api, errorMessage, fieldErrors } from '../../api.ts';
import { TextField } from '../../ui/Field.tsx';
import { Async, ErrorMessage, SubmitButton } from '../../ui/Status.tsx';

// When interview reminders go out, as hours before the start. Typed as a short list ("48, 2")
// because that is how people say it; the server checks each number.

interface InterviewSettings {
  reminderHours: number[];
}
const key = ['settings', 'interviews'] as const;

/** "48, 2" → [48, 2]; null when any part is not a whole number. */
export function parseHours(text: string): number[] | null {
  const parts = text
    .split(/[,\s]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0 || parts.some((p) => !/^\d+$/.test(p))) return null;
  return parts.map(Number);
}

function ReminderForm({ current }: { current: number[] }) {
  const client = useQueryClient();
  const [text, setText] = useState(current.join(', '));
  const [error, setError] = useState<string | undefined>();
  const save = useMutation({
    mutationFn: (reminderHours: number[]) =>
      api<InterviewSettings>('/api/v1/settings/interviews', { method: 'PUT', body: { reminderHours } }),
    onSuccess: (saved) => {
      client.setQueryData(key, saved);
      setText(saved.reminderHours.join(', '));
    },
    onError: (err) => {
      const fields = fieldErrors(err);
      setError(Object.values(fields)[0] ?? errorMessage(err));
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const hours = parseHours(text);
    if (!hours) {
      setError('Give whole hours separated by commas, such as 48, 2');
      return;
    }
    setError(undefined);
    save.mutate(hours);
  };
  return (
    <form className="stack form" onSubmit={submit} noValidate>
      <TextField
        label="Remind candidates and interviewers this many hours before"
        hint="Up to 4 times, such as 48, 2 for two days and two hours before. Applies to interviews booked or moved from now on."
        value={text}
        inputMode="numeric"
        error={error}
        onChange={(e) => setText(e.target.value)}
      />
      {save.isError && !error ? <ErrorMessage error={save.error} /> : null}
      <div className="actions">
        <SubmitButton pending={save.isPending}>Save reminder times</SubmitButton>
        <span aria-live="polite" className="success-line">
          {save.isSuccess && !error ? 'Saved.' : ''}
        </span>
      </div>
    </form>
  );
}

/** The agency's interview reminder times. */
export function ReminderSetting() {
  const setting = useQuery({
    queryKey: key,
    queryFn: () => api<InterviewSettings>('/api/v1/settings/interviews'),
  });
  return (
    <section aria-labelledby="reminders-heading" className="record-section">
      <h2 id="reminders-heading">Interview reminders</h2>
      <Async query={setting} loading="Loading the reminder times…">
        {(s) => <ReminderForm current={s.reminderHours} />}
      </Async>
    </section>
  );
}
