import { CONTACT_CONSENT_WORDING, LEAD_KIND_LABELS, LEAD_KINDS } from '../../../shared/leads.ts';
import type { SessionUser } from '../../platform/auth.ts';
import { renderPage, type SiteInfo } from '../../platform/pages.tsx';
import { HONEYPOT_FIELD, STAMP_FIELD } from '../../platform/spam.ts';

// The public contact page, server-rendered so it works with JavaScript off: a post that does
// not validate comes back with everything typed kept and each error named beside its field.

export interface ContactValues {
  kind: string;
  name: string;
  email: string;
  phone: string;
  company: string;
  lookingFor: string;
  message: string;
  consent: boolean;
}

export const EMPTY_CONTACT: ContactValues = {
  kind: '',
  name: '',
  email: '',
  phone: '',
  company: '',
  lookingFor: '',
  message: '',
  consent: false,
};

export interface ContactState {
  values: ContactValues;
  errors: Record<string, string>;
  /** The signed render stamp, kept across a re-render so the time to fill counts from the first view. */
  stamp: string;
}

type TextField = 'name' | 'email' | 'phone' | 'company' | 'lookingFor' | 'message';

/** Field order, for the error summary. */
const ORDER = ['kind', 'name', 'email', 'phone', 'company', 'lookingFor', 'message', 'consent'];

const errorId = (name: string) => `c-${name}-error`;

function FieldError({ name, errors }: { name: string; errors: Record<string, string> }) {
  return errors[name] ? (
    <p className="error" id={errorId(name)}>
      {errors[name]}
    </p>
  ) : null;
}

function TextInput(props: {
  name: TextField;
  label: string;
  state: ContactState;
  type?: string;
  autoComplete?: string;
  required?: boolean;
  hint?: string;
  multiline?: boolean;
}) {
  const { name, state } = props;
  const error = state.errors[name];
  const describedBy = [props.hint ? `c-${name}-hint` : '', error ? errorId(name) : '']
    .filter(Boolean)
    .join(' ');
  const common = {
    id: `c-${name}`,
    name,
    required: props.required,
    defaultValue: state.values[name],
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
  };
  return (
    <div className="field">
      <label htmlFor={`c-${name}`}>
        {props.label}
        {props.required ? ' *' : ''}
      </label>
      {props.hint ? (
        <p className="hint" id={`c-${name}-hint`}>
          {props.hint}
        </p>
      ) : null}
      {props.multiline ? (
        <textarea {...common} rows={6} />
      ) : (
        <input {...common} type={props.type ?? 'text'} autoComplete={props.autoComplete} />
      )}
      <FieldError name={name} errors={state.errors} />
    </div>
  );
}

function ErrorSummary({ errors }: { errors: Record<string, string> }) {
  const names = ORDER.filter((n) => errors[n]);
  if (names.length === 0) return null;
  return (
    <div className="error" role="alert" aria-labelledby="c-summary">
      <h2 id="c-summary">Please check {names.length === 1 ? 'one field' : `${names.length} fields`}</h2>
      <ul>
        {names.map((n) => (
          <li key={n}>
            <a href={n === 'kind' ? `#c-kind-${LEAD_KINDS[0]}` : `#c-${n}`}>{errors[n]}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function ContactFormView({ state }: { state: ContactState }) {
  const { values, errors } = state;
  return (
    <form method="post" action="/contact" className="stack form" noValidate>
      <ErrorSummary errors={errors} />
      <p>Fields marked * are required.</p>
      <fieldset
        aria-invalid={errors.kind ? true : undefined}
        aria-describedby={errors.kind ? errorId('kind') : undefined}
      >
        <legend>I am… *</legend>
        {LEAD_KINDS.map((k) => (
          <div key={k}>
            <input
              type="radio"
              id={`c-kind-${k}`}
              name="kind"
              value={k}
              required
              defaultChecked={values.kind === k}
            />{' '}
            <label htmlFor={`c-kind-${k}`}>{LEAD_KIND_LABELS[k]}</label>
          </div>
        ))}
        <FieldError name="kind" errors={errors} />
      </fieldset>
      <TextInput name="name" label="Your name" state={state} autoComplete="name" required />
      <TextInput name="email" label="Email" type="email" state={state} autoComplete="email" required />
      <TextInput name="phone" label="Phone" type="tel" state={state} autoComplete="tel" />
      <TextInput
        name="company"
        label="Company"
        state={state}
        autoComplete="organization"
        hint="If you are hiring: the company you are hiring for."
      />
      <TextInput
        name="lookingFor"
        label="What you are looking for, or the role you are hiring for"
        state={state}
        required
      />
      <TextInput name="message" label="Message" state={state} required multiline />
      <div className="field">
        <div>
          <input
            type="checkbox"
            id="c-consent"
            name="consent"
            value="yes"
            required
            defaultChecked={values.consent}
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={errors.consent ? errorId('consent') : undefined}
          />{' '}
          <label htmlFor="c-consent">{CONTACT_CONSENT_WORDING} *</label>
        </div>
        <FieldError name="consent" errors={errors} />
      </div>
      {/* Hidden from people and assistive technology alike; only a bot fills it. */}
      <div hidden aria-hidden="true">
        <label htmlFor="c-hp">Leave this field empty</label>
        <input id="c-hp" name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <input type="hidden" name={STAMP_FIELD} value={state.stamp} />
      <div className="actions">
        <button type="submit">Send message</button>
      </div>
    </form>
  );
}

export function renderContact(site: SiteInfo, user: SessionUser | null, state: ContactState): string {
  const failed = Object.keys(state.errors).length > 0;
  return renderPage(
    site,
    user,
    {
      title: failed ? 'Contact us (please check the form)' : 'Contact us',
      description: `Contact ${site.name}: find work, or find people to hire.`,
      canonicalPath: '/contact',
    },
    <>
      <h1>Contact us</h1>
      <p>
        Looking for work, or hiring? Tell us a little about it and a recruiter will get back to you, usually
        within one working day.
      </p>
      <ContactFormView state={state} />
    </>,
  );
}

export function renderThanks(site: SiteInfo, user: SessionUser | null): string {
  return renderPage(
    site,
    user,
    { title: 'Thank you', noindex: true },
    <>
      <h1>Thank you, your message is on its way</h1>
      <p>
        A recruiter will get back to you soon. We also sent a short acknowledgement to your email address.
      </p>
      <p>
        <a href="/jobs">Browse open positions</a>
      </p>
    </>,
  );
}

export function renderTooMany(site: SiteInfo): string {
  return renderPage(
    site,
    null,
    { title: 'Too many messages', noindex: true },
    <>
      <h1>Too many messages from your connection</h1>
      <p>
        We received several messages from your connection in the last minute. Please wait a minute and try
        again, or write to us at <a href={`mailto:${site.email}`}>{site.email}</a>.
      </p>
    </>,
  );
}
