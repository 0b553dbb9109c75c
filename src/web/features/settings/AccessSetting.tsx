import { type FormEvent, useId, useState } from 'react';
import type { RecruiterAccess } from '../../../shared/access.ts';
import { errorMessage } from '../../api.ts';
import { Async, ErrorMessage, SubmitButton } from '../../ui/Status.tsx';
import { useAccessSetting, useSaveAccess } from './queries.ts';
import { ACCESS_CHOICES } from './words.ts';

function AccessForm({ current }: { current: RecruiterAccess }) {
  const [value, setValue] = useState<RecruiterAccess>(current);
  const save = useSaveAccess();
  const id = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!save.isPending) save.mutate({ recruiterAccess: value });
  };
  return (
    <form className="stack form" onSubmit={submit}>
      {save.isError ? <ErrorMessage>{errorMessage(save.error)}</ErrorMessage> : null}
      <fieldset className="checks">
        <legend>What recruiters may see and change</legend>
        {ACCESS_CHOICES.map((c) => (
          <div key={c.value} className="choice">
            <label className="check">
              <input
                type="radio"
                name={id}
                value={c.value}
                checked={value === c.value}
                aria-describedby={`${id}-${c.value}`}
                onChange={() => setValue(c.value)}
              />
              {c.label}
            </label>
            <p className="hint" id={`${id}-${c.value}`}>
              {c.hint}
            </p>
          </div>
        ))}
      </fieldset>
      <p className="hint">Administrators always see and change everything.</p>
      <div className="actions">
        <SubmitButton pending={save.isPending}>Save access rule</SubmitButton>
        <span aria-live="polite" className="success-line">
          {save.isSuccess && save.data.recruiterAccess === value ? 'Saved.' : ''}
        </span>
      </div>
    </form>
  );
}

/** The agency-wide rule for what each recruiter may see and change. */
export function AccessSetting() {
  const setting = useAccessSetting();
  return (
    <section aria-labelledby="access-heading" className="record-section">
      <h2 id="access-heading">Recruiter access</h2>
      <Async query={setting} loading="Loading the access rule…">
        {(s) => <AccessForm current={s.recruiterAccess} />}
      </Async>
    </section>
  );
}
