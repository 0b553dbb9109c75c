import { type FormEvent, useRef, useState } from 'react';
import { type Contact, type ContactInput, contactInput } from '../../../shared/candidates.ts';
import { errorMessage, fieldErrors } from '../../api.ts';
import { EmailPhoneRow } from '../../ui/EmailPhoneRow.tsx';
import { TextArea, TextField } from '../../ui/Field.tsx';
import { ErrorMessage, SubmitButton } from '../../ui/Status.tsx';
import { useFocusError } from '../../ui/useFocusError.ts';
import { issuesToFields } from '../../ui/validation.ts';
import { useSaveContact } from './queries.ts';

type Values = Required<{ [K in keyof ContactInput]: string }>;

const empty: Values = { name: '', title: '', email: '', phone: '', notes: '' };

/** Adds a contact to a company (contact = undefined) or edits one, inline on the company page. */
export function ContactForm(props: {
  companyId: number;
  contact?: Contact;
  onDone: (saved: Contact | null) => void;
}) {
  const { contact } = props;
  const [values, setValues] = useState<Values>(
    contact
      ? {
          name: contact.name,
          title: contact.title,
          email: contact.email,
          phone: contact.phone,
          notes: contact.notes,
        }
      : empty,
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  useFocusError(formRef, errors);
  const save = useSaveContact(props.companyId, contact?.id ?? null);
  const bind = (key: keyof Values) => ({
    name: key,
    value: values[key],
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value })),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = contactInput.safeParse(values);
    if (!parsed.success) {
      setErrors(issuesToFields(parsed.error.issues));
      return;
    }
    setErrors({});
    save.mutate(parsed.data, { onSuccess: props.onDone, onError: (err) => setErrors(fieldErrors(err)) });
  };
  const who = contact ? contact.name : 'new contact';

  return (
    <form
      className="stack contact-form"
      onSubmit={submit}
      noValidate
      ref={formRef}
      aria-label={`Details of ${who}`}
    >
      {Object.keys(errors).length ? (
        <ErrorMessage>Please correct the fields marked below.</ErrorMessage>
      ) : save.isError ? (
        <ErrorMessage>{errorMessage(save.error)}</ErrorMessage>
      ) : null}
      <div className="row">
        <TextField label="Contact name" autoFocus autoComplete="off" {...bind('name')} error={errors.name} />
        <TextField label="Job title (optional)" {...bind('title')} error={errors.title} />
      </div>
      <EmailPhoneRow email={bind('email')} phone={bind('phone')} errors={errors} />
      <TextArea label="Notes (optional)" rows={3} {...bind('notes')} error={errors.notes} />
      <div className="actions">
        <SubmitButton pending={save.isPending}>{contact ? 'Save contact' : 'Add contact'}</SubmitButton>
        <button type="button" className="secondary" onClick={() => props.onDone(null)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
