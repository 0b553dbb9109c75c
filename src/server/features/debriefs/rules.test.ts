import { describe, expect, it } from 'vitest';
import type { DebriefOut } from '../../../shared/debriefs.ts';
import { parseSurprises } from '../../../shared/debriefs.ts';
import { outcomeOfStage } from './outcome.ts';
import { forOthers } from './visibility.ts';

// The pure rules: what a stage means for a debrief's outcome, and what staff may read.

describe('outcomeOfStage', () => {
  it('maps the default stages', () => {
    expect(outcomeOfStage({ name: 'Interviewing', kind: 'active' })).toBe('pending');
    expect(outcomeOfStage({ name: 'Offer', kind: 'active' })).toBe('offer');
    expect(outcomeOfStage({ name: 'Placed', kind: 'placed' })).toBe('placed');
    expect(outcomeOfStage({ name: 'Rejected by client', kind: 'closed' })).toBe('rejected');
    expect(outcomeOfStage({ name: 'Not selected', kind: 'closed' })).toBe('rejected');
    expect(outcomeOfStage({ name: 'Withdrawn by candidate', kind: 'closed' })).toBe('withdrawn');
  });
});

describe('parseSurprises', () => {
  it('keeps known surprises and survives bad JSON', () => {
    expect(parseSurprises('["panel","karaoke"]')).toEqual(['panel']);
    expect(parseSurprises('not json')).toEqual([]);
    expect(parseSurprises('{}')).toEqual([]);
  });
});

describe('forOthers', () => {
  const part = (text: string, visibility: 'private' | 'agency' | 'shared') => ({ text, visibility });
  const d: DebriefOut = {
    id: 1,
    interviewId: 2,
    candidateId: 3,
    authorRole: 'candidate',
    authorName: 'Dee',
    openingTitle: 'Analyst',
    companyName: 'Bank',
    interviewAt: '2026-01-01T10:00:00.000Z',
    questions: [
      { position: 1, questionId: 7, text: 'Q1', visibility: 'private', note: part('n1', 'agency') },
      { position: 2, questionId: 8, text: 'Q2', visibility: 'shared', note: part('n2', 'private') },
    ],
    skills: [{ name: 'SQL', known: true }],
    skillsVisibility: 'private',
    surprises: [],
    formatNote: part('f', 'private'),
    difficulty: 3,
    experience: null,
    team: part('t', 'agency'),
    workplace: part('w', 'shared'),
    interestBefore: null,
    interestAfter: null,
    otherRoles: part('o', 'private'),
    insider: part('i', 'private'),
    outcome: 'pending',
    createdAt: '2026-01-01T12:00:00.000Z',
    updatedAt: '2026-01-01T12:00:00.000Z',
  };

  it('blanks every private part and keeps the rest', () => {
    const o = forOthers(d);
    expect(o.questions).toEqual([
      { position: 1, questionId: 0, text: '', visibility: 'private', note: part('', 'private') },
      { position: 2, questionId: 8, text: 'Q2', visibility: 'shared', note: part('', 'private') },
    ]);
    expect(o.skills).toEqual([]);
    expect(o.formatNote).toEqual(part('', 'private'));
    expect(o.team).toEqual(part('t', 'agency'));
    expect(o.workplace).toEqual(part('w', 'shared'));
    expect(o.otherRoles.text).toBe('');
    expect(o.insider.text).toBe('');
  });
});
