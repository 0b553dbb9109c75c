import { type FormEvent, useRef, useState } from 'react';
import { Link } from 'react-router';
import {
  type ConversionResult,
  convertToCandidate,
  convertToCompany,
  type LeadDetail,
} from '../../../shared/leads.ts';
import { errorMessage, fieldErrors } from '../../api.ts';
import { TextField } from '../../ui/Field.tsx';
import { ErrorMessage, SubmitButton } from '../../ui/Status.tsx';
import { useFocusError } from '../../ui/useFocusError.ts';
import { issuesToFields } from '../../ui/validation.ts';
import { useConvertToCandidate, useConvertToCompany } from './queries.ts';

// Conversion without retyping: the form is filled from the lead, so one click creates the
// record; staff may still correct a field first.

/** The records a converted lead became, or the prefilled form that converts it. */
export function ConvertLead({ lead }: { lead: LeadDetail }) {
  const [result, setResult] = useState<ConversionResult | null>(null);
  return (
    <section aria-labelledby="lead-convert">
      <h2 id="lead-convert">{lead.kind === 'seeker' ? 'Make a candidate' : 'Make a client'}</h2>
      {result ? <ConvertedNotice result={result} /> : null}
      {lead.candidateId !== null ? (
        <p>
          Converted: <Link to={`/candidates/${lead.candidateId}`}>open the candidate record</Link>
        </p>
      ) : lead.companyId !== null ? (
        <p>
          Converted: <Link to={`/companies/${lead.companyId}`}>open the company</Link>
        </p>
      ) : lead.status === 'converted' ? (
        <p>This lead was converted; the record it became has since been removed.</p>
      ) : lead.kind === 'seeker' ? (
        <CandidateForm lead={lead} onDone={setResult} />
      ) : (
        <CompanyForm lead={lead} onDone={setResult} />
      )}
    </section>
  );
}

function ConvertedNotice({ result }: { result: ConversionResult }) {
  return (
    <div className="success" role="status">
      <p>
        {result.candidateId !== null
          ? result.invited
            ? 'Candidate record created, and a portal invitation was emailed.'
            : 'Candidate record created.'
          : 'Company and contact created.'}
      </p>
      {result.inviteProblem ? <p>No invitation was sent: {result.inviteProblem}</p> : null}
    </div>
  );
}

function useConvertForm<V extends Record<string, string>>(initial: V) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  useFocusError(formRef, errors);
  const bind = (key: keyof V & string) => ({
    name: key,
    value: values[key],
    error: errors[key],
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value })),
  });
  return { values, errors, setErrors, formRef, bind };
}

function CandidateForm({ lead, onDone }: { lead: LeadDetail; onDone: (r: ConversionResult) => void }) {
  const f = useConvertForm({
    name: lead.name,
    email: lead.email,
    phone: lead.phone,
    headline: lead.lookingFor.slice(0, 200),
  });
  const [invite, setInvite] = useState(true);
  const convert = useConvertToCandidate(lead.id);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = convertToCandidate.safeParse({ ...f.values, invite });
    if (!parsed.success) return f.setErrors(issuesToFields(parsed.error.issues));
    f.setErrors({});
    convert.mutate(parsed.data, { onSuccess: onDone, onError: (err) => f.setErrors(fieldErrors(err)) });
  };
  return (
    <form className="stack form" onSubmit={submit} noValidate ref={f.formRef}>
      <div className="row">
        <TextField label="Name" autoComplete="off" {...f.bind('name')} />
        <TextField label="Email" type="email" autoComplete="off" {...f.bind('email')} />
        <TextField label="Phone" type="tel" autoComplete="off" {...f.bind('phone')} />
      </div>
      <TextField label="Headline" {...f.bind('headline')} />
      <div className="field">
        <label>
          <input type="checkbox" checked={invite} onChange={(e) => setInvite(e.target.checked)} /> Email a
          portal invitation
        </label>
      </div>
      {convert.isError && !Object.keys(f.errors).length ? (
        <ErrorMessage>{errorMessage(convert.error)}</ErrorMessage>
      ) : null}
      <div className="actions">
        <SubmitButton pending={convert.isPending} pendingLabel="Creating…">
          Create candidate record
        </SubmitButton>
      </div>
    </form>
  );
}

function CompanyForm({ lead, onDone }: { lead: LeadDetail; onDone: (r: ConversionResult) => void }) {
  const f = useConvertForm({
    companyName: lead.company,
    contactName: lead.name,
    contactTitle: '',
    email: lead.email,
    phone: lead.phone,
  });
  const convert = useConvertToCompany(lead.id);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = convertToCompany.safeParse(f.values);
    if (!parsed.success) return f.setErrors(issuesToFields(parsed.error.issues));
    f.setErrors({});
    convert.mutate(parsed.data, { onSuccess: onDone, onError: (err) => f.setErrors(fieldErrors(err)) });
  };
  return (
    <form className="stack form" onSubmit={submit} noValidate ref={f.formRef}>
      <TextField label="Company name" {...f.bind('companyName')} />
      <div className="row">
        <TextField label="Contact name" autoComplete="off" {...f.bind('contactName')} />
        <TextField label="Contact’s job title (optional)" {...f.bind('contactTitle')} />
      </div>
      <div className="row">
        <TextField label="Email" type="email" autoComplete="off" {...f.bind('email')} />
        <TextField label="Phone" type="tel" autoComplete="off" {...f.bind('phone')} />
      </div>
      {convert.isError && !Object.keys(f.errors).length ? (
        <ErrorMessage>{errorMessage(convert.error)}</ErrorMessage>
      ) : null}
      <div className="actions">
        <SubmitButton pending={convert.isPending} pendingLabel="Creating…">
          Create company and contact
        </SubmitButton>
      </div>
    </form>
  );
}
