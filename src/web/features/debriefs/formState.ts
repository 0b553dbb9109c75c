import type {
  DebriefInput,
  DebriefOut,
  Experience,
  FormatSurprise,
  Visibility,
} from '../../../shared/debriefs.ts';

// The debrief form's state, and the two seams to the wire: a saved debrief fills the form,
// and the form becomes the body of the PUT. Pure, so it is unit-tested on its own.

export interface PartDraft {
  text: string;
  visibility: Visibility;
}

/** A question on the form: one from the bank (questionId) or a new one in the seeker's words. */
export interface QuestionDraft {
  /** A stable React key; bank questions use their id, new ones a counter. */
  key: string;
  questionId: number | null;
  text: string;
  note: PartDraft;
}

export interface DebriefForm {
  questions: QuestionDraft[];
  /** One choice for all the questions (the wire carries it per question). */
  questionsVisibility: Visibility;
  skills: string[];
  skillsVisibility: Visibility;
  surprises: FormatSurprise[];
  formatNote: PartDraft;
  difficulty: number | null;
  experience: Experience | null;
  interestBefore: number | null;
  interestAfter: number | null;
  team: PartDraft;
  workplace: PartDraft;
  otherRoles: PartDraft;
  insider: PartDraft;
}

/** The free-text parts with their own visibility, in the order the form shows them. */
export const NOTE_PARTS = ['team', 'workplace', 'otherRoles', 'insider'] as const;
export type NotePart = (typeof NOTE_PARTS)[number];

/** Notes default to the agency; questions and skills to shared anonymously. */
const note = (): PartDraft => ({ text: '', visibility: 'agency' });

export function emptyForm(): DebriefForm {
  return {
    questions: [],
    questionsVisibility: 'shared',
    skills: [],
    skillsVisibility: 'shared',
    surprises: [],
    formatNote: note(),
    difficulty: null,
    experience: null,
    interestBefore: null,
    interestAfter: null,
    team: note(),
    workplace: note(),
    otherRoles: note(),
    insider: note(),
  };
}

const part = (p: PartDraft): PartDraft => ({ text: p.text, visibility: p.visibility });

/** A saved debrief as form state. Its questions are all in the bank by now, new ones included. */
export function fromDebrief(d: DebriefOut): DebriefForm {
  const questions = [...d.questions].sort((a, b) => a.position - b.position);
  return {
    questions: questions.map((q) => ({
      key: `bank-${q.questionId}`,
      questionId: q.questionId,
      text: q.text,
      note: part(q.note),
    })),
    questionsVisibility: questions[0]?.visibility ?? 'shared',
    skills: d.skills.map((s) => s.name),
    skillsVisibility: d.skillsVisibility,
    surprises: [...d.surprises],
    formatNote: part(d.formatNote),
    difficulty: d.difficulty,
    experience: d.experience,
    interestBefore: d.interestBefore,
    interestAfter: d.interestAfter,
    team: part(d.team),
    workplace: part(d.workplace),
    otherRoles: part(d.otherRoles),
    insider: part(d.insider),
  };
}

/** The form as the body of PUT /api/v1/me/interviews/:id/debrief. */
export function toInput(f: DebriefForm): DebriefInput {
  return {
    questions: f.questions.map((q) => ({
      ...(q.questionId === null ? { text: q.text } : { questionId: q.questionId }),
      visibility: f.questionsVisibility,
      note: part(q.note),
    })),
    skills: [...f.skills],
    skillsVisibility: f.skillsVisibility,
    surprises: [...f.surprises],
    formatNote: part(f.formatNote),
    difficulty: f.difficulty,
    experience: f.experience,
    interestBefore: f.interestBefore,
    interestAfter: f.interestAfter,
    team: part(f.team),
    workplace: part(f.workplace),
    otherRoles: part(f.otherRoles),
    insider: part(f.insider),
  };
}

/** Adds a bank question unless it is already on the list. */
export function addBankQuestion(f: DebriefForm, q: { id: number; text: string }): DebriefForm {
  if (f.questions.some((x) => x.questionId === q.id)) return f;
  return {
    ...f,
    questions: [...f.questions, { key: `bank-${q.id}`, questionId: q.id, text: q.text, note: note() }],
  };
}

/** Adds a question in the seeker's own words; `seq` keeps React keys unique. */
export function addNewQuestion(f: DebriefForm, text: string, seq: number): DebriefForm {
  const trimmed = text.trim();
  if (!trimmed) return f;
  return {
    ...f,
    questions: [...f.questions, { key: `new-${seq}`, questionId: null, text: trimmed, note: note() }],
  };
}
