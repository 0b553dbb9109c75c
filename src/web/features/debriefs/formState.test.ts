import { describe, expect, it } from 'vitest';
import { type DebriefOut, debriefInput } from '../../../shared/debriefs.ts';
import { placeError, placeErrors } from './errorPaths.ts';
import { addBankQuestion, addNewQuestion, emptyForm, fromDebrief, toInput } from './formState.ts';

const saved: DebriefOut = {
  id: 7,
  interviewId: 3,
  candidateId: 2,
  authorRole: 'candidate',
  authorName: null,
  openingTitle: 'Teller',
  companyName: 'Harbour Bank',
  interviewAt: '2026-11-20T15:00:00.000Z',
  questions: [
    {
      position: 2,
      questionId: 40,
      text: 'Why this bank?',
      visibility: 'agency',
      note: { text: '', visibility: 'agency' },
    },
    {
      position: 1,
      questionId: 12,
      text: 'Tell me about a conflict at work.',
      visibility: 'agency',
      note: { text: 'Went well', visibility: 'private' },
    },
  ],
  skills: [
    { name: 'SQL', known: true },
    { name: 'Cash handling', known: false },
  ],
  skillsVisibility: 'private',
  surprises: ['writing-test'],
  formatNote: { text: 'A timed essay', visibility: 'shared' },
  difficulty: 4,
  experience: 'positive',
  team: { text: 'Friendly', visibility: 'private' },
  workplace: { text: 'Open plan', visibility: 'agency' },
  interestBefore: 2,
  interestAfter: 5,
  otherRoles: { text: '', visibility: 'agency' },
  insider: { text: '', visibility: 'shared' },
  outcome: 'pending',
  createdAt: '2026-11-20T17:00:00.000Z',
  updatedAt: '2026-11-20T17:00:00.000Z',
};

describe('the debrief form state', () => {
  it('starts with notes for the agency and questions and skills shared anonymously', () => {
    const input = toInput(emptyForm());
    expect(input.skillsVisibility).toBe('shared');
    expect(input.team).toEqual({ text: '', visibility: 'agency' });
    expect(input.difficulty).toBeNull();
    // An empty debrief is a valid body.
    expect(debriefInput.safeParse(input).success).toBe(true);
  });

  it('sends bank questions by id and new ones by text, all with the questions’ visibility', () => {
    let f = addBankQuestion(emptyForm(), { id: 12, text: 'Tell me about a conflict at work.' });
    f = addBankQuestion(f, { id: 12, text: 'Tell me about a conflict at work.' });
    f = addNewQuestion(f, '  How would you calm an angry customer?  ', 1);
    f = addNewQuestion(f, '   ', 2);
    f = { ...f, questionsVisibility: 'private' };
    const input = toInput(f);
    expect(input.questions).toEqual([
      { questionId: 12, visibility: 'private', note: { text: '', visibility: 'agency' } },
      {
        text: 'How would you calm an angry customer?',
        visibility: 'private',
        note: { text: '', visibility: 'agency' },
      },
    ]);
    expect(debriefInput.safeParse(input).success).toBe(true);
  });

  it('fills the form from a saved debrief and gives back the same answers', () => {
    const f = fromDebrief(saved);
    expect(f.questions.map((q) => q.questionId)).toEqual([12, 40]);
    expect(f.questionsVisibility).toBe('agency');
    expect(f.skills).toEqual(['SQL', 'Cash handling']);
    const input = toInput(f);
    expect(input.questions[0]).toEqual({
      questionId: 12,
      visibility: 'agency',
      note: { text: 'Went well', visibility: 'private' },
    });
    expect(input).toMatchObject({
      skillsVisibility: 'private',
      surprises: ['writing-test'],
      difficulty: 4,
      experience: 'positive',
      interestBefore: 2,
      interestAfter: 5,
      team: { text: 'Friendly', visibility: 'private' },
      workplace: { text: 'Open plan', visibility: 'agency' },
    });
    expect(debriefInput.safeParse(input).success).toBe(true);
  });

  it('does not share the form’s objects with the saved debrief', () => {
    const f = fromDebrief(saved);
    f.surprises.push('panel');
    f.team.text = 'changed';
    expect(saved.surprises).toEqual(['writing-test']);
    expect(saved.team.text).toBe('Friendly');
  });
});

describe('placing server errors beside inputs', () => {
  it.each([
    ['questions.2.text', 'questions.2.text'],
    ['questions.2.questionId', 'questions.2.text'],
    ['questions.2', 'questions.2.text'],
    ['questions.0.note.text', 'questions.0.note.text'],
    ['questions.0.note', 'questions.0.note.text'],
    ['questions.0.note.visibility', 'questions.0.note.visibility'],
    ['questions.1.visibility', 'questionsVisibility'],
    ['questions', 'questions'],
    ['skills.3', 'skills'],
    ['skills', 'skills'],
    ['surprises.0', 'surprises'],
    ['difficulty', 'difficulty'],
    ['interestAfter', 'interestAfter'],
    ['team', 'team.text'],
    ['team.text', 'team.text'],
    ['workplace.visibility', 'workplace.visibility'],
    ['formatNote.text', 'formatNote.text'],
    ['insider.text', 'insider.text'],
  ])('%s goes to %s', (path, key) => {
    expect(placeError(path)).toBe(key);
  });

  it('keeps the first message per input and collects what it cannot place', () => {
    const { byField, unplaced } = placeErrors({
      'questions.1.questionId': 'That question is not in the bank',
      'questions.1.text': 'Write the question in full',
      _: 'Something about the whole body',
      'difficulty.extra': 'odd',
    });
    expect(byField).toEqual({ 'questions.1.text': 'That question is not in the bank' });
    expect(unplaced).toEqual(['Something about the whole body', 'odd']);
  });

  it('places the schema’s own issues, so checks before sending show the same way', () => {
    const bad = debriefInput.safeParse({
      ...toInput(emptyForm()),
      difficulty: 9,
      questions: [{ text: 'short' }],
    });
    expect(bad.success).toBe(false);
    const paths = (bad.error?.issues ?? []).map((i) => placeError(i.path.join('.')));
    expect(paths).toEqual(expect.arrayContaining(['questions.0.text', 'difficulty']));
  });
});
