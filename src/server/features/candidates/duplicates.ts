// Deciding whether two candidate records may be the same person. Pure: the queries fetch the
// few records that could match (same email, phone or name) and this decides and explains.

export type DuplicateReason = 'same-email' | 'same-phone' | 'same-name-similar-email';

export interface PersonKeys {
  name: string;
  email: string;
  phone: string;
}

/** Digits of a phone number, the last ten of them, so a country prefix does not matter. */
export function phoneKey(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length >= 7 ? digits.slice(-10) : '';
}

/** Lower case, accents folded, single spaces: "  José  Núñez" → "jose nunez". */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The mailbox part without dots and +tags: "Jo.Ann+jobs@x" → "joann". */
function mailbox(email: string): string {
  return (email.toLowerCase().split('@')[0] ?? '').replace(/\+.*$/, '').replace(/\./g, '');
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const keep = row[j] as number;
      row[j] = Math.min(
        (row[j] as number) + 1,
        (row[j - 1] as number) + 1,
        prev + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      prev = keep;
    }
  }
  return row[b.length] as number;
}

/** Emails that differ only by dots, +tags, the domain, or a typo or two in the mailbox. */
export function similarEmails(a: string, b: string): boolean {
  if (!a || !b) return false;
  const x = mailbox(a);
  const y = mailbox(b);
  if (!x || !y) return false;
  return x === y || (Math.min(x.length, y.length) >= 5 && editDistance(x, y) <= 2);
}

/** Why `other` may be the same person as `person`; empty when it is not. */
export function duplicateReasons(person: PersonKeys, other: PersonKeys): DuplicateReason[] {
  const reasons: DuplicateReason[] = [];
  if (person.email && person.email.toLowerCase() === other.email.toLowerCase()) reasons.push('same-email');
  const phone = phoneKey(person.phone);
  if (phone && phone === phoneKey(other.phone)) reasons.push('same-phone');
  if (
    !reasons.includes('same-email') &&
    nameKey(person.name) === nameKey(other.name) &&
    similarEmails(person.email, other.email)
  ) {
    reasons.push('same-name-similar-email');
  }
  return reasons;
}
