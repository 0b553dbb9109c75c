import { CANDIDATE_SOURCES } from '../../../shared/candidates.ts';
import {
  CURRENCIES,
  EMPLOYMENT_TYPES,
  FIELDS,
  label,
  SALARY_PERIODS,
  WORKPLACE_TYPES,
} from '../../../shared/vocabulary.ts';
import { EmailPhoneRow } from '../../ui/EmailPhoneRow.tsx';
import { type Option, SelectField, TextArea, TextField } from '../../ui/Field.tsx';
import { CheckboxGroup } from './CheckboxGroup.tsx';
import type { CandidateTextKey, CandidateValues } from './formValues.ts';
import { useStaff } from './queries.ts';
import { SkillsInput } from './SkillsInput.tsx';
import { sourceLabel } from './words.ts';

/** What every fieldset of the candidate form gets from the form. */
export interface FieldsetProps {
  values: CandidateValues;
  errors: Record<string, string>;
  bind: (key: CandidateTextKey) => {
    name: string;
    value: string;
    onChange: (e: { target: { value: string } }) => void;
  };
  setList: (key: 'skills' | 'workplaceTypes' | 'employmentTypes', value: string[]) => void;
}

const options = (values: readonly string[]): Option[] => values.map((v) => ({ value: v, label: label(v) }));

export function PersonFieldset({ errors, bind }: FieldsetProps) {
  return (
    <fieldset className="stack">
      <legend>The person</legend>
      <TextField label="Name" autoComplete="off" {...bind('name')} error={errors.name} />
      <EmailPhoneRow email={bind('email')} phone={bind('phone')} errors={errors} />
      <TextField
        label="Headline (optional)"
        hint="One line about them, e.g. “Bilingual dispatcher, 6 years in freight”."
        {...bind('headline')}
        error={errors.headline}
      />
      <div className="row">
        <TextField label="City (optional)" {...bind('city')} error={errors.city} />
        <TextField label="Region or province (optional)" {...bind('region')} error={errors.region} />
        <TextField label="Country (optional)" {...bind('country')} error={errors.country} />
      </div>
    </fieldset>
  );
}

export function WorkFieldset({ values, errors, bind, setList }: FieldsetProps) {
  return (
    <fieldset className="stack">
      <legend>Work</legend>
      <div className="row">
        <SelectField
          label="Field (optional)"
          options={[{ value: '', label: 'No particular field' }, ...options(FIELDS)]}
          {...bind('field')}
          error={errors.field}
        />
        <TextField
          label="Years of experience (optional)"
          inputMode="numeric"
          {...bind('yearsExperience')}
          error={errors.yearsExperience}
        />
      </div>
      <SkillsInput
        label="Skills"
        hint="Type a skill and press Enter or a comma; pick a suggestion with the arrow keys."
        value={values.skills}
        onChange={(skills) => setList('skills', skills)}
        error={errors.skills}
      />
    </fieldset>
  );
}

export function PreferencesFieldset({ values, errors, bind, setList }: FieldsetProps) {
  return (
    <fieldset className="stack">
      <legend>What they are looking for</legend>
      <div className="row">
        <CheckboxGroup
          legend="Workplace"
          options={options(WORKPLACE_TYPES)}
          value={values.workplaceTypes}
          onChange={(v) => setList('workplaceTypes', v)}
          error={errors.workplaceTypes}
        />
        <CheckboxGroup
          legend="Employment"
          options={options(EMPLOYMENT_TYPES)}
          value={values.employmentTypes}
          onChange={(v) => setList('employmentTypes', v)}
          error={errors.employmentTypes}
        />
      </div>
      <p className="hint">Desired pay in whole units, e.g. 65000. Leave the amount empty if not known.</p>
      <div className="row">
        <TextField
          label="Desired pay (optional)"
          inputMode="decimal"
          {...bind('salaryAmount')}
          error={errors['desiredSalary.amount'] ?? errors.desiredSalary}
        />
        <SelectField
          label="Currency"
          options={CURRENCIES.map((c) => ({ value: c, label: c }))}
          {...bind('currency')}
          error={errors['desiredSalary.currency']}
        />
        <SelectField
          label="Per"
          options={SALARY_PERIODS.map((p) => ({ value: p, label: label(p).replace(/^per /, '') }))}
          {...bind('period')}
          error={errors['desiredSalary.period']}
        />
        <TextField
          label="Available from (optional)"
          type="date"
          {...bind('availableFrom')}
          error={errors.availableFrom}
        />
      </div>
    </fieldset>
  );
}

export function RecordFieldset({ errors, bind }: FieldsetProps) {
  const staff = useStaff();
  const owners: Option[] = [
    { value: '', label: staff.isPending ? 'Loading staff…' : 'Nobody' },
    ...(staff.data ?? []).map((s) => ({ value: s.id, label: s.name })),
  ];
  return (
    <fieldset className="stack">
      <legend>Our record</legend>
      <div className="row">
        <SelectField
          label="Source"
          hint="How they came to us."
          options={CANDIDATE_SOURCES.map((s) => ({ value: s, label: sourceLabel(s) }))}
          {...bind('source')}
          error={errors.source}
        />
        <SelectField
          label="Owner"
          hint="The recruiter who looks after them."
          options={owners}
          {...bind('ownerId')}
          error={errors.ownerId}
        />
      </div>
    </fieldset>
  );
}

export function ConsentFieldset({ errors, bind }: FieldsetProps) {
  return (
    <fieldset className="stack">
      <legend>Consent (optional)</legend>
      <p className="hint">
        When the candidate agreed that we keep and share their details, and the words they agreed to. Give
        both or neither.
      </p>
      <TextField
        label="Agreed on"
        type="date"
        wrapperClass="narrow"
        {...bind('consentGivenOn')}
        error={errors['consent.givenOn'] ?? errors.consent}
      />
      <TextArea label="Wording" rows={4} {...bind('consentWording')} error={errors['consent.wording']} />
    </fieldset>
  );
}
