import { type FormEvent, useRef, useState } from 'react';
import { type Company, type CompanyInput, companyInput } from '../../../shared/companies.ts';
import { errorMessage, fieldErrors } from '../../api.ts';
import { TextArea, TextField } from '../../ui/Field.tsx';
import { ErrorMessage, SubmitButton } from '../../ui/Status.tsx';
import { useFocusError } from '../../ui/useFocusError.ts';
import { issuesToFields } from '../../ui/validation.ts';
import { useSaveCompany } from './queries.ts';

type Values = Required<{ [K in keyof CompanyInput]: string }>;

const empty: Values = { name: '', industry: '', website: '', description: '', internalNotes: '' };

/** Creates a company (company = undefined) or edits one. */
export function CompanyForm(props: { company?: Company; onSaved: (saved: Company) => void }) {
  const { company } = props;
  const [values, setValues] = useState<Values>(
    company
      ? {
          name: company.name,
          industry: company.industry,
          website: company.website,
          description: company.description,
          internalNotes: company.internalNotes,
        }
      : empty,
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  useFocusError(formRef, errors);
  const save = useSaveCompany(company?.id ?? null);
  const set = (key: keyof Values) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = companyInput.safeParse(values);
    if (!parsed.success) {
      setErrors(issuesToFields(parsed.error.issues));
      return;
    }
    setErrors({});
    save.mutate(parsed.data, {
      onSuccess: props.onSaved,
      onError: (err) => setErrors(fieldErrors(err)),
    });
  };
  const hasFieldErrors = Object.keys(errors).length > 0;

  return (
    <form className="stack form" onSubmit={submit} noValidate ref={formRef}>
      {hasFieldErrors ? (
        <ErrorMessage>Please correct the fields marked below.</ErrorMessage>
      ) : save.isError ? (
        <ErrorMessage>{errorMessage(save.error)}</ErrorMessage>
      ) : null}
      <div className="row">
        <TextField label="Name" name="name" value={values.name} onChange={set('name')} error={errors.name} />
        <TextField
          label="Industry (optional)"
          name="industry"
          value={values.industry}
          onChange={set('industry')}
          error={errors.industry}
        />
      </div>
      <TextField
        label="Website (optional)"
        name="website"
        type="url"
        inputMode="url"
        placeholder="https://"
        value={values.website}
        onChange={set('website')}
        error={errors.website}
      />
      <TextArea
        label="About the company (optional)"
        name="description"
        rows={5}
        hint="What a job seeker would want to know about this employer."
        value={values.description}
        onChange={set('description')}
        error={errors.description}
      />
      <div className="internal">
        <TextArea
          label="Internal notes (never shown publicly)"
          name="internalNotes"
          rows={5}
          hint="Only agency staff see these: contacts, terms, history."
          value={values.internalNotes}
          onChange={set('internalNotes')}
          error={errors.internalNotes}
        />
      </div>
      <div className="actions">
        <SubmitButton pending={save.isPending}>{company ? 'Save changes' : 'Create company'}</SubmitButton>
      </div>
    </form>
  );
}
