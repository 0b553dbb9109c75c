// The privacy rule for insight shown to job seekers: no figure drawn from debriefs is shown
// unless at least this many different people contributed to it, so nobody can work out what
// one person said. Staff see figures whatever the count.

export const MIN_CONTRIBUTORS = 5;

/** The figure when enough different people stand behind it, else null ("not enough yet"). */
export function whenEnough<T>(
  value: T,
  contributors: ReadonlySet<string | number> | number,
  forStaff = false,
): T | null {
  const n = typeof contributors === 'number' ? contributors : contributors.size;
  return forStaff || n >= MIN_CONTRIBUTORS ? value : null;
}

/**
 * Rows of an aggregate (e.g. questions with the people who reported each), keeping for a job
 * seeker only those that at least MIN_CONTRIBUTORS different people reported, without the
 * people themselves.
 */
export function enoughRows<T extends { contributors: ReadonlySet<string | number> }>(
  rows: readonly T[],
  forStaff = false,
): Array<Omit<T, 'contributors'> & { people: number }> {
  return rows
    .filter((r) => forStaff || r.contributors.size >= MIN_CONTRIBUTORS)
    .map(({ contributors, ...rest }) => ({ ...rest, people: contributors.size }));
}
