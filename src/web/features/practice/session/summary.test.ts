import { describe, expect, it } from 'vitest';
import type { SessionOut } from '../../../../shared/practice-api.ts';
import { clock, summarise } from './summary.ts';

type Item = SessionOut['items'][number];
const question = (id: number, category: Item['question']['category']): Item['question'] => ({
  id,
  text: `Question ${id}`,
  category,
  difficulty: 'medium',
  fields: [],
  lookingFor: '',
  guide: '',
  company: null,
  source: 'project',
  timesAsked: 0,
  lastAskedAt: null,
  retired: false,
  answered: false,
});
const item = (position: number, extra: Partial<Item>): Item => ({
  position,
  question: question(position, 'behavioural'),
  targetSeconds: 120,
  seconds: 100,
  typed: '',
  rating: 'good',
  note: '',
  prepared: { body: 'x', star: null },
  ...extra,
});

describe('the session summary', () => {
  it('counts what was covered, time against target and the ratings', () => {
    const s = summarise({
      items: [
        item(1, { seconds: 110, rating: 'good' }),
        item(2, { seconds: 100, rating: 'easy', targetSeconds: 60 }),
        item(3, { rating: null, seconds: null }),
      ],
    });
    expect(s).toMatchObject({ covered: 2, total: 3, seconds: 210, targetSeconds: 180 });
    expect(s.ratings).toEqual({ again: 0, hard: 0, good: 1, easy: 1 });
    expect(s.workOn).toEqual([{ position: 2, question: 'Question 2', why: 'It took 1:40 against 1:00.' }]);
  });

  it('lists what to work on, with the reasons, and the weakest categories first', () => {
    const s = summarise({
      items: [
        item(1, { rating: 'again', seconds: 20, prepared: null }),
        item(2, { rating: 'hard', question: question(2, 'situational') }),
        item(3, { rating: 'hard', seconds: 400 }),
      ],
    });
    expect(s.workOn.map((w) => w.why)).toEqual([
      'You could not answer it yet, at 0:20 it may be too short and you have no prepared answer.',
      'You found it hard.',
      'You found it hard and it took 6:40 against 2:00.',
    ]);
    expect(s.weakCategories).toEqual(['Behavioural', 'Situational']);
  });

  it('writes times as minutes and seconds', () => {
    expect([clock(0), clock(5), clock(65), clock(600)]).toEqual(['0:00', '0:05', '1:05', '10:00']);
  });
});
