import { type FormEvent, useRef, useState } from 'react';
import type { Opening } from '../../../shared/openings.ts';
import {
  CURRENCIES,
  EMPLOYMENT_TYPES,
  FIELDS,
  label,
  OPENING_STATUSES,
  SALARY_PERIODS,
  WORKPLACE_TYPES,
} from '../../../shared/vocabulary.ts';
import { errorMessage, fieldErrors } from '../../api.ts';
import { type Option, SelectField, TextArea, TextField } from '../../ui/Field.tsx';
import { ErrorMessage, SubmitButton } from '../../ui/Status.tsx';
import { useFocusError } from '../../ui/useFocusError.ts';
import { useStaff } from '../candidates/queries.ts';
import { SkillsInput } from '../candidates/SkillsInput.tsx';
import { useCompanies } from '../companies/queries.ts';
import { useContacts } from '../contacts/queries.ts';
import {
  blankOpening,
  fromOpening,
  type OpeningTextKey,
  type OpeningValues,
  toOpeningInput,
} from './formValues.ts';
import { useSaveOpening } from './queries.ts';

const options = (values: readonly string[]): Option[] => values.map((v) => ({ value: v, label: label(v) }));
const choose = (text: string): Option => ({ value: '', label: text });

/** Creates an opening (opening = undefined) or edits one: every field of openingInput. */
export function OpeningForm(props: {
  opening?: Opening;
  companyId?: string;
  onSaved: (saved: Opening) => void;
}) {
  const { opening } = props;
  const [values, setValues] = useState<OpeningValues>(
    opening ? fromOpening(opening) : blankOpening(props.companyId),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  useFocusError(formRef, errors);
  const companies = useCompanies();
  const staff = useStaff();
  const save = useSaveOpening(opening?.id ?? null);

  const contacts = useContacts(Number(values.companyId) || null);

  const bind = (key: OpeningTextKey) => ({
    name: key,
    value: values[key],
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value })),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = toOpeningInput(values);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    save.mutate(checked.input, { onSuccess: props.onSaved, onError: (err) => setErrors(fieldErrors(err)) });
  };

  const companyOptions = [
    choose(companies.isPending ? 'Loading companies…' : 'Choose a company'),
    ...(companies.data ?? []).map((c) => ({ value: String(c.id), label: c.name })),
  ];
  // Contacts belong to one company: choosing another company clears the hiring contact.
  const companyBinding = {
    ...bind('companyId'),
    onChange: (e: { target: { value: string } }) =>
      setValues((v) => ({ ...v, companyId: e.target.value, hiringContactId: '' })),
  };
  const contactOptions = [
    choose(values.companyId ? (contacts.isPending ? 'Loading contacts…' : 'None') : 'Choose a company first'),
    ...(contacts.data ?? []).map((c) => ({
      value: String(c.id),
      label: c.title ? `${c.name}, ${c.title}` : c.name,
    })),
  ];
  const skillsError = errors.skills ?? Object.entries(errors).find(([k]) => k.startsWith('skills.'))?.[1];
  const hasFieldErrors = Object.keys(errors).length > 0;

  return (
    <form className="stack form" onSubmit={submit} noValidate ref={formRef}>
      {hasFieldErrors ? (
        <ErrorMessage>Please correct the fields marked below.</ErrorMessage>
      ) : save.isError ? (
        <ErrorMessage>{errorMessage(save.error)}</ErrorMessage>
      ) : null}
      <fieldset className="stack">
        <legend>The job</legend>
        <div className="row">
          <SelectField
            label="Company"
            options={companyOptions}
            {...companyBinding}
            error={errors.companyId}
          />
          <SelectField
            label="Hiring contact (optional)"
            hint="Add contacts on the company’s page."
            options={contactOptions}
            {...bind('hiringContactId')}
            error={errors.hiringContactId}
          />
        </div>
        <TextField label="Job title" {...bind('title')} error={errors.title} />
        <SelectField
          label="Owner"
          hint="The recruiter responsible for this opening."
          options={[
            choose(opening ? 'Keep the current owner' : 'Me'),
            ...(staff.data ?? []).map((m) => ({ value: m.id, label: m.name })),
          ]}
          {...bind('ownerId')}
          error={errors.ownerId}
        />
        <div className="row">
          <SelectField
            label="Field"
            options={[choose('Choose a field'), ...options(FIELDS)]}
            {...bind('field')}
            error={errors.field}
          />
          <SelectField
            label="Employment type"
            options={options(EMPLOYMENT_TYPES)}
            {...bind('employmentType')}
            error={errors.employmentType}
          />
          <TextField
            label="Positions to fill"
            type="number"
            min={1}
            max={1000}
            inputMode="numeric"
            {...bind('positions')}
            error={errors.positions}
          />
        </div>
        <TextArea
          label="Description"
          rows={12}
          hint="Markdown: a blank line between paragraphs, - for a list, **bold**, ## for a heading."
          {...bind('description')}
          error={errors.description}
        />
        <SkillsInput
          label="Skills wanted"
          hint="Type a skill and press Enter or a comma; pick a suggestion with the arrow keys."
          value={values.skills}
          onChange={(skills) => setValues((v) => ({ ...v, skills }))}
          max={60}
          error={skillsError}
        />
      </fieldset>

      <fieldset className="stack">
        <legend>Where</legend>
        <div className="row">
          <SelectField
            label="Workplace"
            options={options(WORKPLACE_TYPES)}
            {...bind('workplaceType')}
            error={errors.workplaceType}
          />
          <TextField label="City" {...bind('city')} error={errors.city} />
          <TextField label="Region or province" {...bind('region')} error={errors.region} />
          <TextField label="Country" {...bind('country')} error={errors.country} />
        </div>
      </fieldset>

      <fieldset className="stack">
        <legend>Pay</legend>
        <p className="hint">In whole units, e.g. 65000. Leave both amounts empty to show no salary.</p>
        <div className="row">
          <TextField
            label="Minimum"
            inputMode="decimal"
            {...bind('salaryMin')}
            error={errors['salary.min'] ?? errors.salary}
          />
          <TextField
            label="Maximum"
            inputMode="decimal"
            {...bind('salaryMax')}
            error={errors['salary.max']}
          />
          <SelectField
            label="Currency"
            options={CURRENCIES.map((c) => ({ value: c, label: c }))}
            {...bind('currency')}
            error={errors['salary.currency']}
          />
          <SelectField
            label="Per"
            options={SALARY_PERIODS.map((p) => ({ value: p, label: label(p).replace(/^per /, '') }))}
            {...bind('period')}
            error={errors['salary.period']}
          />
        </div>
      </fieldset>

      <fieldset className="stack">
        <legend>Publishing</legend>
        <div className="row">
          <SelectField
            label="Status"
            hint="Only open jobs appear on the public job board."
            options={options(OPENING_STATUSES)}
            {...bind('status')}
            error={errors.status}
          />
          <TextField
            label="Posted on (optional)"
            type="date"
            hint="Set when it first opens, if left empty."
            {...bind('postedAt')}
            error={errors.postedAt}
          />
          <TextField
            label="Apply by (optional)"
            type="date"
            hint="The last day to apply."
            {...bind('validThrough')}
            error={errors.validThrough}
          />
        </div>
      </fieldset>

      <div className="actions">
        <SubmitButton pending={save.isPending}>{opening ? 'Save changes' : 'Create opening'}</SubmitButton>
      </div>
    </form>
  );
}
