import { type FormEvent, useRef, useState } from 'react';
import { MAX_RESUME_BYTES } from '../../../shared/applications.ts';
import type { ResumeVersion } from '../../../shared/resumes.ts';
import { ApiError, errorMessage } from '../../api.ts';
import { TextField } from '../../ui/Field.tsx';
import { formatBytes, formatDate } from '../../ui/format.ts';
import { Async, ErrorMessage, SubmitButton } from '../../ui/Status.tsx';
import { UploadProgress } from '../../ui/UploadProgress.tsx';
import { useResumes, useUploadResume } from './recordQueries.ts';

const ACCEPT =
  '.pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const TOO_LARGE = 'The file is larger than 5 MB. Upload a smaller one.';

/** The message for the file field, if the failure is about the file itself. */
function fileError(err: unknown): string | null {
  if (!(err instanceof ApiError)) return null;
  if (err.code === 'unsupported_file_type') return err.message;
  if (err.code === 'too_large') return TOO_LARGE;
  return err.fields.resume ?? null;
}

function VersionList({ versions }: { versions: readonly ResumeVersion[] }) {
  if (versions.length === 0) return <p>No resume yet.</p>;
  return (
    <ol className="resume-list">
      {versions.map((v, i) => (
        <li key={v.id}>
          <a href={`/api/v1/files/${v.fileId}`} download={v.name}>
            {v.name}
          </a>
          {i === 0 ? <span className="badge">Latest</span> : null}
          <p className="meta">
            {formatBytes(v.sizeBytes)} · added <time dateTime={v.createdAt}>{formatDate(v.createdAt)}</time>
            {v.uploadedBy ? ` by ${v.uploadedBy}` : ''}
          </p>
          {v.textLength === 0 ? (
            <p className="skill-note">
              No text could be read from this file (it may be a scanned image), so candidate search will not
              find words in it.
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

function UploadForm({ candidateId }: { candidateId: number }) {
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [progress, setProgress] = useState(0);
  const [done, setDone] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const send = useUploadResume(candidateId, setProgress);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (send.isPending) return;
    const problem = !file
      ? 'Choose a PDF or Word file'
      : file.size > MAX_RESUME_BYTES
        ? TOO_LARGE
        : undefined;
    setError(problem);
    setDone('');
    if (problem || !file) {
      formRef.current?.querySelector<HTMLInputElement>('input[type="file"]')?.focus();
      return;
    }
    send.mutate(file, {
      onSuccess: (added) => {
        setDone(`${added.name} was added.`);
        setFile(null);
        formRef.current?.reset();
      },
      onError: (err) => {
        setError(fileError(err) ?? undefined);
        formRef.current?.querySelector<HTMLInputElement>('input[type="file"]')?.focus();
      },
    });
  };
  return (
    <form className="stack form" onSubmit={submit} noValidate ref={formRef} aria-label="Upload a resume">
      {send.isError && !error ? <ErrorMessage>{errorMessage(send.error)}</ErrorMessage> : null}
      <TextField
        label="Resume file"
        name="resume"
        type="file"
        accept={ACCEPT}
        hint="A PDF or Word (.docx) document, up to 5 MB. Its text is read so candidate search finds it."
        onChange={(e) => {
          setFile(e.target.files?.[0] ?? null);
          setError(undefined);
        }}
        error={error}
      />
      {send.isPending ? <UploadProgress progress={progress} after="reading the text…" /> : null}
      <div className="actions">
        <SubmitButton pending={send.isPending} pendingLabel="Uploading…">
          Upload resume
        </SubmitButton>
        <span className="success-line" aria-live="polite">
          {done}
        </span>
      </div>
    </form>
  );
}

/** The record's "Resumes" section: every version, newest first, and a way to add one. */
export function ResumeVersions({ candidate }: { candidate: { id: number } }) {
  const versions = useResumes(candidate.id);
  return (
    <section aria-labelledby="candidate-resumes" className="record-section">
      <h2 id="candidate-resumes">Resumes</h2>
      <Async query={versions} loading="Loading resumes…">
        {(list) => <VersionList versions={list} />}
      </Async>
      <UploadForm candidateId={candidate.id} />
    </section>
  );
}
