import type { DebriefOut } from '../../../shared/debriefs.ts';

// Who reads what: the author reads their debrief in full; staff read every part its author
// made visible to the agency or shared; a private part reaches nobody else. It is blanked
// here, in one place, rather than left out by each endpoint.

const blank = { text: '', visibility: 'private' as const };
const hide = (p: DebriefOut['formatNote']) => (p.visibility === 'private' ? blank : p);

/** Pure: the debrief as someone other than its author (staff) may read it. */
export function forOthers(d: DebriefOut): DebriefOut {
  return {
    ...d,
    // A private question hides even which question it was.
    questions: d.questions.map((q) =>
      q.visibility === 'private'
        ? { position: q.position, questionId: 0, text: '', visibility: 'private' as const, note: blank }
        : { ...q, note: hide(q.note) },
    ),
    skills: d.skillsVisibility === 'private' ? [] : d.skills,
    formatNote: hide(d.formatNote),
    team: hide(d.team),
    workplace: hide(d.workplace),
    otherRoles: hide(d.otherRoles),
    insider: hide(d.insider),
  };
}
