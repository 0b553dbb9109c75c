import { type FormEvent, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  type DebriefOut,
  debriefInput,
  EXPERIENCES,
  FORMAT_SURPRISE_LABELS,
  FORMAT_SURPRISES,
} from '../../../shared/debriefs.ts';
import { fieldErrors } from '../../api.ts';
import { Page } from '../../ui/Page.tsx';
import { ErrorMessage, Loading, SubmitButton } from '../../ui/Status.tsx';
import { useFocusError } from '../../ui/useFocusError.ts';
import { issuesToFields } from '../../ui/validation.ts';
import { SkillsInput } from '../candidates/SkillsInput.tsx';
import { SuggestedOpenings } from '../insights/SuggestedOpenings.tsx';
import { useRefreshSuggestions } from '../insights/suggestQueries.ts';
import { useMyInterview } from '../interviews/queries.ts';
import { placeErrors } from './errorPaths.ts';
import {
  emptyForm,
  type DebriefForm as FormState,
  fromDebrief,
  type NotePart as PartName,
  toInput,
} from './formState.ts';
import { NotePart } from './NotePart.tsx';
import { QuestionsSection } from './QuestionsSection.tsx';
import { useMyDebrief, useSaveDebrief } from './queries.ts';
import { ONE_TO_FIVE, RadioScale } from './RadioScale.tsx';
import { VisibilitySelect } from './VisibilitySelect.tsx';
import { EXPERIENCE_LABELS } from './words.ts';

const PARTS: { name: PartName; title: string; hint: string }[] = [
  {
    name: 'team',
    title: 'The team and the people',
    hint: 'Who you met, how they came across, how they work together.',
  },
  {
    name: 'workplace',
    title: 'The workplace',
    hint: 'The office or site, the atmosphere, what a working day may look like.',
  },
  {
    name: 'otherRoles',
    title: 'Other roles they mentioned',
    hint: 'Openings or teams at the company that might suit you or someone else.',
  },
  {
    name: 'insider',
    title: 'Anything else worth knowing about the company',
    hint: 'Plans, changes, how they decide, anything the job description did not say.',
  },
];

type Set = (f: (prev: FormState) => FormState) => void;

function FormatSection({ form, set, errors }: { form: FormState; set: Set; errors: Record<string, string> }) {
  return (
    <section aria-labelledby="debrief-format" className="record-section stack">
      <h2 id="debrief-format">Anything unexpected about the format?</h2>
      <fieldset
        className="checks"
        aria-describedby={errors.surprises ? 'debrief-surprises-error' : undefined}
      >
        <legend>What surprised you</legend>
        {FORMAT_SURPRISES.map((s) => (
          <label key={s} className="check">
            <input
              type="checkbox"
              checked={form.surprises.includes(s)}
              aria-invalid={errors.surprises ? true : undefined}
              onChange={(e) => {
                const on = e.target.checked;
                set((f) => ({
                  ...f,
                  surprises: on ? [...f.surprises, s] : f.surprises.filter((x) => x !== s),
                }));
              }}
            />
            {FORMAT_SURPRISE_LABELS[s]}
          </label>
        ))}
        {errors.surprises ? (
          <p className="error" id="debrief-surprises-error">
            {errors.surprises}
          </p>
        ) : null}
      </fieldset>
      <NotePart
        title="About the format"
        textLabel="What happened"
        path="formatNote"
        value={form.formatNote}
        errors={errors}
        onChange={(p) => set((f) => ({ ...f, formatNote: p }))}
      />
    </section>
  );
}

function RatingsSection({
  form,
  set,
  errors,
}: {
  form: FormState;
  set: Set;
  errors: Record<string, string>;
}) {
  return (
    <section aria-labelledby="debrief-ratings" className="record-section stack">
      <h2 id="debrief-ratings">How it felt</h2>
      <RadioScale
        legend="How difficult was it?"
        hint="1 = very easy, 5 = very hard"
        options={ONE_TO_FIVE}
        value={form.difficulty}
        error={errors.difficulty}
        onChange={(n) => set((f) => ({ ...f, difficulty: n }))}
      />
      <RadioScale
        legend="Your overall experience"
        options={EXPERIENCES.map((e) => ({ value: e, label: EXPERIENCE_LABELS[e] }))}
        value={form.experience}
        error={errors.experience}
        onChange={(e) => set((f) => ({ ...f, experience: e }))}
      />
      <RadioScale
        legend="How interested were you in the job before the interview?"
        hint="1 = not at all, 5 = very"
        options={ONE_TO_FIVE}
        value={form.interestBefore}
        error={errors.interestBefore}
        onChange={(n) => set((f) => ({ ...f, interestBefore: n }))}
      />
      <RadioScale
        legend="And after it?"
        hint="1 = not at all, 5 = very"
        options={ONE_TO_FIVE}
        value={form.interestAfter}
        error={errors.interestAfter}
        onChange={(n) => set((f) => ({ ...f, interestAfter: n }))}
      />
    </section>
  );
}

function Form({ interviewId, saved }: { interviewId: number; saved: DebriefOut | null }) {
  const [form, setForm] = useState<FormState>(() => (saved ? fromDebrief(saved) : emptyForm()));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const [done, setDone] = useState(false);
  const ref = useRef<HTMLFormElement>(null);
  useFocusError(ref, errors);
  const save = useSaveDebrief(interviewId);
  const refreshSuggestions = useRefreshSuggestions();

  const show = (fields: Record<string, string>) => {
    const placed = placeErrors(fields);
    setErrors(placed.byField);
    setUnplaced(placed.unplaced);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    const parsed = debriefInput.safeParse(toInput(form));
    if (!parsed.success) {
      show(issuesToFields(parsed.error.issues));
      return;
    }
    show({});
    save.mutate(parsed.data, {
      onSuccess: (d) => {
        // New questions are in the bank now: take them back by id so a second save does not add them again.
        setForm(fromDebrief(d));
        setDone(true);
        // The skills raised may have changed which openings suit them.
        refreshSuggestions();
      },
      onError: (err) => show(fieldErrors(err)),
    });
  };
  const set: Set = (f) => {
    setDone(false);
    setForm(f);
  };

  return (
    <form ref={ref} className="form stack" onSubmit={submit} noValidate>
      <p>
        Write down what happened while you remember it. It helps you prepare for the next interview, and (only
        where you choose) helps the next person prepare too.
      </p>
      <QuestionsSection form={form} set={set} errors={errors} />
      <section aria-labelledby="debrief-skills" className="record-section stack">
        <h2 id="debrief-skills">Skills they asked about</h2>
        <SkillsInput
          label="Skills they asked about or cared about"
          hint="Type a skill and press Enter or a comma."
          value={form.skills}
          max={40}
          error={errors.skills}
          onChange={(skills) => set((f) => ({ ...f, skills }))}
        />
        <VisibilitySelect
          label="Who can read the skills"
          value={form.skillsVisibility}
          error={errors.skillsVisibility}
          onChange={(v) => set((f) => ({ ...f, skillsVisibility: v }))}
        />
      </section>
      <FormatSection form={form} set={set} errors={errors} />
      <RatingsSection form={form} set={set} errors={errors} />
      <section aria-labelledby="debrief-company" className="record-section stack">
        <h2 id="debrief-company">The company</h2>
        {PARTS.map((p) => (
          <NotePart
            key={p.name}
            title={p.title}
            hint={p.hint}
            path={p.name}
            value={form[p.name]}
            errors={errors}
            onChange={(v) => set((f) => ({ ...f, [p.name]: v }))}
          />
        ))}
      </section>
      {[...new Set(unplaced)].map((m) => (
        <ErrorMessage key={m}>{m}</ErrorMessage>
      ))}
      {save.isError && Object.keys(fieldErrors(save.error)).length === 0 ? (
        <ErrorMessage error={save.error} />
      ) : null}
      <div className="actions">
        <SubmitButton pending={save.isPending}>Save the debrief</SubmitButton>
        <span className="success-line" role="status">
          {done ? 'Saved.' : ''}
        </span>
      </div>
    </form>
  );
}

/** /app/interviews/:id/debrief: the seeker writes (or edits) what happened at an interview. */
export function DebriefFormPage() {
  const id = Number(useParams().id);
  const interview = useMyInterview(id);
  const debrief = useMyDebrief(id);
  const back = (
    <Link to={Number.isInteger(id) && id > 0 ? `/interviews/${id}` : '/'}>Back to the interview</Link>
  );
  const iv = interview.data;
  const title = iv ? `Debrief: ${iv.openingTitle} at ${iv.companyName}` : 'Debrief';
  if (!Number.isInteger(id) || id <= 0 || interview.isError || debrief.isError)
    return (
      <Page title="Interview not found" back={<Link to="/">My applications</Link>}>
        {interview.isError || debrief.isError ? (
          <ErrorMessage error={interview.error ?? debrief.error} />
        ) : (
          <p>There is no such interview.</p>
        )}
      </Page>
    );
  return (
    <Page title={title} back={back}>
      {interview.isPending || debrief.isPending ? (
        <Loading label="Loading your debrief…" />
      ) : (
        <>
          <Form interviewId={id} saved={debrief.data} />
          {/* Once saved (saving puts it in the cache), what the interview raised suggests other openings. */}
          {debrief.data ? (
            <SuggestedOpenings heading="Other openings that may suit you" interviewId={id} />
          ) : null}
        </>
      )}
    </Page>
  );
}
