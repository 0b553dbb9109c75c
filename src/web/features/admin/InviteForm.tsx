import { type FormEvent, useRef, useState } from 'react';
import { invitationInput } from '../../../shared/accounts.ts';
import { ApiError, errorMessage, fieldErrors } from '../../api.ts';
import { SelectField, TextField } from '../../ui/Field.tsx';
import { ErrorMessage, SubmitButton } from '../../ui/Status.tsx';
import { useFocusError } from '../../ui/useFocusError.ts';
import { issuesToFields } from '../../ui/validation.ts';
import { useInvite } from './queries.ts';

/** Invites a recruiter or admin by email; the invitation mail goes through the outbox. */
export function InviteForm() {
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<'recruiter' | 'admin'>('recruiter');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [sentTo, setSentTo] = useState<string>();
  const formRef = useRef<HTMLFormElement>(null);
  useFocusError(formRef, errors);
  const invite = useInvite();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSentTo(undefined);
    const parsed = invitationInput.safeParse({ email, role });
    if (!parsed.success) {
      setErrors(issuesToFields(parsed.error.issues));
      return;
    }
    setErrors({});
    invite.mutate(parsed.data, {
      onSuccess: () => {
        setSentTo(parsed.data.email);
        setEmail('');
      },
      onError: (err) =>
        setErrors(
          err instanceof ApiError && err.code === 'email_taken' ? { email: err.message } : fieldErrors(err),
        ),
    });
  };

  return (
    <form className="stack narrow" onSubmit={submit} noValidate ref={formRef}>
      {invite.isError && Object.keys(errors).length === 0 ? (
        <ErrorMessage>{errorMessage(invite.error)}</ErrorMessage>
      ) : null}
      <TextField
        label="Email"
        name="email"
        type="email"
        autoComplete="off"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={errors.email}
      />
      <SelectField
        label="Role"
        name="role"
        value={role}
        onChange={(e) => setRole(e.target.value === 'admin' ? 'admin' : 'recruiter')}
        options={[
          { value: 'recruiter', label: 'Recruiter' },
          { value: 'admin', label: 'Admin (can also manage users)' },
        ]}
        error={errors.role}
      />
      <div className="actions">
        <SubmitButton pending={invite.isPending} pendingLabel="Sending…">
          Send invitation
        </SubmitButton>
      </div>
      <p role="status" className={sentTo ? 'success' : 'visually-hidden'}>
        {sentTo ? `Invitation sent to ${sentTo}. The link in it works for 7 days.` : ''}
      </p>
    </form>
  );
}
