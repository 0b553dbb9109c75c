// Better-suited openings: after an interview, other open positions at the same company first,
// then in the same field, ranked by how well the person's skills and the skills raised in their
// interviews match what each opening asks for, with the reason in words. Pure.

export interface SkillRef {
  key: string;
  name: string;
}

export interface CandidateOpening {
  id: number;
  title: string;
  slug: string;
  companyId: number;
  companyName: string;
  field: string;
  skills: readonly SkillRef[];
}

export interface SuggestInput {
  /** The company and field of the interview (or application) the person came for; no company when neither. */
  companyId: number | null;
  field: string | null;
  /** Openings to leave out: the one they came for, and any they already applied to. */
  exclude: ReadonlySet<number>;
  /** Skills on the person's profile. */
  profile: readonly SkillRef[];
  /** Skills the interviewers asked about, from the person's debriefs. */
  raised: readonly SkillRef[];
  openings: readonly CandidateOpening[];
  /** Whom the reason speaks to: the person themselves ('you', the default) or staff about them. */
  voice?: Voice;
}

export type Voice = 'you' | 'they';

export interface Suggestion {
  opening: CandidateOpening;
  sameCompany: boolean;
  /** 0 to 1: the share of the opening's skills the person can show, interview skills counting double. */
  score: number;
  matched: { raised: string[]; profile: string[] };
  reason: string;
}

/** "A", "A and B", "A, B and C". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function reasonFor(
  s: Pick<Suggestion, 'matched' | 'sameCompany'>,
  opening: CandidateOpening,
  voice: Voice,
): string {
  const { raised, profile } = s.matched;
  const [whose, who] = voice === 'you' ? ['your', 'you'] : ['their', 'they'];
  const fromInterview =
    raised.length === 0
      ? ''
      : `${listInWords(raised)}, ${raised.length === 1 ? '' : raised.length === 2 ? 'both ' : 'all '}raised in ${whose} interview`;
  const fromProfile = profile.length === 0 ? '' : `${listInWords(profile)}, on ${whose} profile`;
  const where = s.sameCompany ? `Also at ${opening.companyName}` : `In ${opening.field}`;
  if (!fromInterview && !fromProfile) return `${where}; it asks for skills ${who} could build on.`;
  return `${where}: asks for ${[fromInterview, fromProfile].filter(Boolean).join(', and ')}.`;
}

export function suggestOpenings(input: SuggestInput, limit = 5): Suggestion[] {
  const raised = new Map(input.raised.map((s) => [s.key, s.name]));
  const profile = new Map(input.profile.map((s) => [s.key, s.name]));
  const out: Suggestion[] = [];
  for (const opening of input.openings) {
    if (input.exclude.has(opening.id)) continue;
    const sameCompany = opening.companyId === input.companyId;
    if (!sameCompany && (input.field === null || opening.field !== input.field)) continue;
    const fromInterview: string[] = [];
    const fromProfile: string[] = [];
    let points = 0;
    for (const skill of opening.skills) {
      if (raised.has(skill.key)) {
        fromInterview.push(skill.name);
        points += 2;
      } else if (profile.has(skill.key)) {
        fromProfile.push(skill.name);
        points += 1;
      }
    }
    // An opening at the company in another field, asking for nothing the person has shown, is
    // no better suited than the one they came for. Without a field to judge by (the cancel flow
    // asks only about the company) every opening there stays.
    if (points === 0 && input.field !== null && opening.field !== input.field) continue;
    const score = opening.skills.length > 0 ? points / (2 * opening.skills.length) : 0;
    const matched = { raised: fromInterview, profile: fromProfile };
    out.push({
      opening,
      sameCompany,
      score,
      matched,
      reason: reasonFor({ matched, sameCompany }, opening, input.voice ?? 'you'),
    });
  }
  return out
    .sort(
      (a, b) =>
        Number(b.sameCompany) - Number(a.sameCompany) ||
        b.score - a.score ||
        b.matched.raised.length - a.matched.raised.length ||
        a.opening.title.localeCompare(b.opening.title) ||
        a.opening.id - b.opening.id,
    )
    .slice(0, limit);
}
