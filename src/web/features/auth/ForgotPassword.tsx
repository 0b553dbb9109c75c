import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api.ts';
import { TextField } from '../../ui/Field.tsx';
import { Page } from '../../ui/Page.tsx';
import { ErrorMessage, SubmitButton } from '../../ui/Status.tsx';

export function ForgotPassword() {
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string>();
  const request = useMutation({
    mutationFn: () =>
      api('/api/auth/request-password-reset', {
        method: 'POST',
        body: { email: email.trim(), redirectTo: '/app/reset-password' },
      }),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!/^\S+@\S+\.\S+$/.test(email.trim())) {
      setError('Enter the email address you signed up with');
      return;
    }
    setError(undefined);
    request.mutate();
  };

  if (request.isSuccess) {
    return (
      <Page title="Check your email">
        <div className="success" role="status">
          <p>
            If an account uses <strong>{email.trim()}</strong>, we sent it a link to choose a new password.
            The link works for one hour.
          </p>
        </div>
        <p>
          <Link to="/signin">Back to sign in</Link>
        </p>
      </Page>
    );
  }

  return (
    <Page title="Reset your password">
      <p>Enter your email address and we will send you a link to choose a new password.</p>
      <form className="stack narrow" onSubmit={submit} noValidate>
        {request.isError ? <ErrorMessage error={request.error} /> : null}
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={error}
        />
        <div className="actions">
          <SubmitButton pending={request.isPending} pendingLabel="Sending…">
            Send the link
          </SubmitButton>
        </div>
        <p>
          <Link to="/signin">Back to sign in</Link>
        </p>
      </form>
    </Page>
  );
}
