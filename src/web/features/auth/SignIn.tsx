import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { api } from '../../api.ts';
import { TextField } from '../../ui/Field.tsx';
import { Page } from '../../ui/Page.tsx';
import { ErrorMessage, SubmitButton } from '../../ui/Status.tsx';
import { nextPath, refreshSession, useMe } from './session.ts';

export function SignIn() {
  const [params] = useSearchParams();
  const next = params.get('next');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<Record<string, string>>({});

  const signIn = useMutation({
    mutationFn: () =>
      api('/api/auth/sign-in/email', { method: 'POST', body: { email: email.trim(), password } }),
    onSuccess: async () => {
      await refreshSession(queryClient);
      navigate(nextPath(next), { replace: true });
    },
  });

  if (me.data && !signIn.isPending && !signIn.isSuccess) return <Navigate to={nextPath(next)} replace />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const errors: Record<string, string> = {};
    if (!email.trim()) errors.email = 'Enter your email address';
    if (!password) errors.password = 'Enter your password';
    setMissing(errors);
    if (Object.keys(errors).length === 0) signIn.mutate();
  };
  const withNext = (path: string) => (next ? `${path}?next=${encodeURIComponent(next)}` : path);

  return (
    <Page title="Sign in">
      {next ? <p className="notice">Sign in to continue. New here? Create an account first.</p> : null}
      <form className="stack narrow" onSubmit={submit} noValidate>
        {signIn.isError ? <ErrorMessage error={signIn.error} /> : null}
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={missing.email}
        />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={missing.password}
        />
        <div className="actions">
          <SubmitButton pending={signIn.isPending} pendingLabel="Signing in…">
            Sign in
          </SubmitButton>
        </div>
        <p>
          <Link to="/forgot-password">Forgot your password?</Link>
        </p>
        <p>
          New here? <Link to={withNext('/signup')}>Create an account</Link>
        </p>
      </form>
    </Page>
  );
}
