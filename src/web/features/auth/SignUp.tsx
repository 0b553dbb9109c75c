import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { newAccount } from '../../../shared/accounts.ts';
import { ApiError, api } from '../../api.ts';
import { TextField } from '../../ui/Field.tsx';
import { Page } from '../../ui/Page.tsx';
import { ErrorMessage, SubmitButton } from '../../ui/Status.tsx';
import { issuesToFields } from '../../ui/validation.ts';
import { nextPath, refreshSession, useMe } from './session.ts';

/** better-auth's error codes that belong to one field of this form. */
const FIELD_OF_CODE: Record<string, 'email' | 'password'> = {
  user_already_exists: 'email',
  user_already_exists_use_another_email: 'email',
  invalid_email: 'email',
  password_too_short: 'password',
  password_too_long: 'password',
};

export function SignUp() {
  const [params] = useSearchParams();
  const next = params.get('next');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const me = useMe();
  const [values, setValues] = useState({ name: '', email: '', password: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  const signUp = useMutation({
    // The confirmation link in the welcome mail lands back in the portal.
    mutationFn: (body: typeof values) =>
      api('/api/auth/sign-up/email', { method: 'POST', body: { ...body, callbackURL: '/app' } }),
    onSuccess: async () => {
      await refreshSession(queryClient);
      navigate(nextPath(next), { replace: true });
    },
    onError: (err) => {
      const field = err instanceof ApiError ? FIELD_OF_CODE[err.code] : undefined;
      if (field) setErrors({ [field]: err.message });
    },
  });

  if (me.data && !signUp.isPending && !signUp.isSuccess) return <Navigate to={nextPath(next)} replace />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = newAccount.safeParse(values);
    if (!parsed.success) {
      setErrors(issuesToFields(parsed.error.issues));
      return;
    }
    setErrors({});
    signUp.mutate(parsed.data);
  };
  const hasFieldErrors = Object.keys(errors).length > 0;

  return (
    <Page title="Create your account">
      <p>Create a free account to apply for jobs and follow your applications.</p>
      <form className="stack narrow" onSubmit={submit} noValidate>
        {hasFieldErrors ? <ErrorMessage>Please correct the fields marked below.</ErrorMessage> : null}
        {signUp.isError && !hasFieldErrors ? <ErrorMessage error={signUp.error} /> : null}
        <TextField
          label="Your name"
          name="name"
          autoComplete="name"
          value={values.name}
          onChange={set('name')}
          error={errors.name}
        />
        <TextField
          label="Email"
          name="email"
          type="email"
          autoComplete="email"
          value={values.email}
          onChange={set('email')}
          error={errors.email}
        />
        <TextField
          label="Password"
          name="password"
          type="password"
          autoComplete="new-password"
          hint="At least 10 characters. A few unrelated words make a strong one."
          value={values.password}
          onChange={set('password')}
          error={errors.password}
        />
        <div className="actions">
          <SubmitButton pending={signUp.isPending} pendingLabel="Creating your account…">
            Create account
          </SubmitButton>
        </div>
        <p>
          Already have an account?{' '}
          <Link to={next ? `/signin?next=${encodeURIComponent(next)}` : '/signin'}>Sign in</Link>
        </p>
      </form>
    </Page>
  );
}
