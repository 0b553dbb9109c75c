import { TextField } from './Field.tsx';

type Bound = { name: string; value: string; onChange: (e: { target: { value: string } }) => void };

/** The optional email and phone pair that every person form (candidate, contact) asks for. */
export function EmailPhoneRow(props: { email: Bound; phone: Bound; errors: Record<string, string> }) {
  return (
    <div className="row">
      <TextField
        label="Email (optional)"
        type="email"
        inputMode="email"
        autoComplete="off"
        {...props.email}
        error={props.errors.email}
      />
      <TextField
        label="Phone (optional)"
        type="tel"
        autoComplete="off"
        {...props.phone}
        error={props.errors.phone}
      />
    </div>
  );
}
