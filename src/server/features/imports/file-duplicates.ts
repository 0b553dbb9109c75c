import type { PossibleDuplicate } from '../../../shared/candidates.ts';
import { duplicateReasons, nameKey, phoneKey } from '../candidates/index.ts';

// People who appear twice in the same file, by the rules the candidate records use. Rows are
// grouped by email, phone and name first, so a 20,000-row file is not compared pair by pair.

export interface Person {
  row: number;
  name: string;
  email: string;
  phone: string;
}

export interface RowDuplicate {
  row: number;
  reasons: PossibleDuplicate['reasons'];
}

/** Rows compared within one group at most; a name shared by hundreds says little more. */
const GROUP_LIMIT = 50;

function group(people: readonly Person[], key: (p: Person) => string): Map<string, Person[]> {
  const groups = new Map<string, Person[]>();
  for (const p of people) {
    const k = key(p);
    if (!k) continue;
    const list = groups.get(k) ?? [];
    if (list.length < GROUP_LIMIT) list.push(p);
    groups.set(k, list);
  }
  return groups;
}

/** For each row that may be the same person as other rows: those rows and why, in row order. */
export function duplicatesInFile(people: readonly Person[]): Map<number, RowDuplicate[]> {
  const keys: ((p: Person) => string)[] = [
    (p) => p.email.trim().toLowerCase(),
    (p) => phoneKey(p.phone),
    (p) => nameKey(p.name),
  ];
  const groups = keys.map((k) => group(people, k));
  const found = new Map<number, RowDuplicate[]>();
  for (const p of people) {
    const others = new Map<number, Person>();
    keys.forEach((key, i) => {
      for (const o of groups[i]?.get(key(p)) ?? []) if (o.row !== p.row) others.set(o.row, o);
    });
    const hits = [...others.values()]
      .map((o) => ({ row: o.row, reasons: duplicateReasons(p, o) }))
      .filter((d) => d.reasons.length > 0)
      .sort((a, b) => a.row - b.row);
    if (hits.length) found.set(p.row, hits);
  }
  return found;
}
