import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api.ts';
import { TextField } from '../../ui/Field.tsx';
import { Page } from '../../ui/Page.tsx';
import { ErrorMessage, SubmitButton } from '../../ui/Status.tsx';

export function ResetPassword() {
  const [params] = useSearchParams();
  const token = params.get('token');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const reset = useMutation({
    mutationFn: () =>
      api('/api/auth/reset-password', { method: 'POST', body: { newPassword: password, token } }),
  });

  if (!token || params.get('error')) {
    return (
      <Page title="This link does not work">
        <p>The password reset link is invalid or has expired. Links work once, for one hour.</p>
        <p>
          <Link to="/forgot-password">Ask for a new link</Link>
        </p>
      </Page>
    );
  }

  if (reset.isSuccess) {
    return (
      <Page title="Password changed">
        <div className="success" role="status">
          <p>Your password is changed. For your safety, every device was signed out.</p>
        </div>
        <p>
          <Link to="/signin">Sign in with your new password</Link>
        </p>
      </Page>
    );
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (password.length < 10) {
      setError('Use at least 10 characters');
      return;
    }
    setError(undefined);
    reset.mutate();
  };

  return (
    <Page title="Choose a new password">
      <form className="stack narrow" onSubmit={submit} noValidate>
        {reset.isError ? <ErrorMessage error={reset.error} /> : null}
        <TextField
          label="New password"
          name="password"
          type="password"
          autoComplete="new-password"
          hint="At least 10 characters."
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={error}
        />
        <div className="actions">
          <SubmitButton pending={reset.isPending}>Save the new password</SubmitButton>
        </div>
      </form>
    </Page>
  );
}
