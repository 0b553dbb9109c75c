import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { MAX_RESUME_BYTES } from '../../../shared/applications.ts';
import type { SeekerApplication } from '../../../shared/pipeline.ts';
import { ApiError, errorMessage, upload } from '../../api.ts';
import { TextArea, TextField } from '../../ui/Field.tsx';
import { ErrorMessage, SubmitButton } from '../../ui/Status.tsx';
import { UploadProgress } from '../../ui/UploadProgress.tsx';
import { useFocusError } from '../../ui/useFocusError.ts';
import { applyPath } from './queries.ts';

const MAX_NOTE = 5000;
const ACCEPT =
  '.pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Errors that belong next to one field rather than above the form. */
function fieldsOf(err: unknown): Record<string, string> {
  if (!(err instanceof ApiError)) return {};
  if (err.code === 'unsupported_file_type') return { resume: err.message };
  if (err.code === 'too_large') return { resume: 'The file is larger than 5 MB. Upload a smaller one.' };
  return err.fields;
}

/** The cover note and resume form; uploads with visible progress. */
export function ApplyForm(props: {
  slug: string;
  onApplied: (application: SeekerApplication) => void;
  onAlreadyApplied: () => void;
}) {
  const [coverNote, setCoverNote] = useState('');
  const [resume, setResume] = useState<File | null>(null);
  const [progress, setProgress] = useState(0);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  useFocusError(formRef, errors);

  const send = useMutation({
    mutationFn: () => {
      const form = new FormData();
      form.append('coverNote', coverNote);
      if (resume) form.append('resume', resume, resume.name);
      setProgress(0);
      return upload<SeekerApplication>(applyPath(props.slug), form, setProgress);
    },
    onSuccess: props.onApplied,
    onError: (err) => {
      if (err instanceof ApiError && err.code === 'already_applied') props.onAlreadyApplied();
      setErrors(fieldsOf(err));
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (coverNote.trim().length > MAX_NOTE) found.coverNote = 'Keep the cover note under 5,000 characters';
    if (resume && resume.size > MAX_RESUME_BYTES)
      found.resume = 'The file is larger than 5 MB. Upload a smaller one.';
    setErrors(found);
    if (Object.keys(found).length === 0) send.mutate();
  };

  const hasFieldErrors = Object.keys(errors).length > 0;
  const summary = hasFieldErrors
    ? `${send.isError ? 'Your application was not sent. ' : ''}Please correct the fields marked below.`
    : send.isError
      ? errorMessage(send.error)
      : null;
  return (
    <form className="stack form" onSubmit={submit} noValidate ref={formRef}>
      {summary ? <ErrorMessage>{summary}</ErrorMessage> : null}
      <TextArea
        label="Cover note (optional)"
        name="coverNote"
        rows={8}
        hint={`A few lines on why this job fits you. ${coverNote.length.toLocaleString('en-US')} of 5,000 characters.`}
        value={coverNote}
        onChange={(e) => setCoverNote(e.target.value)}
        error={errors.coverNote}
      />
      <TextField
        label="Resume"
        name="resume"
        type="file"
        accept={ACCEPT}
        hint="A PDF or Word (.docx) document, up to 5 MB."
        onChange={(e) => setResume(e.target.files?.[0] ?? null)}
        error={errors.resume}
      />
      {send.isPending ? <UploadProgress progress={progress} after="saving…" /> : null}
      <div className="actions">
        <SubmitButton pending={send.isPending} pendingLabel="Sending your application…">
          Send application
        </SubmitButton>
      </div>
    </form>
  );
}
