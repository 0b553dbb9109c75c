import { describe, expect, it } from 'vitest';
import type { StoryOut } from '../../../../shared/stories.ts';
import { storyWithLink, unlinkedStories } from './story-input.ts';

const story: StoryOut = {
  id: 1,
  title: 'The outage',
  body: 'It went down.',
  skills: ['Teamwork'],
  questionIds: [4, 9],
  questions: [
    { id: 4, text: 'Four?' },
    { id: 9, text: 'Nine?' },
  ],
  words: 3,
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('linking stories to questions', () => {
  it('links and unlinks one question, keeping the rest of the story', () => {
    expect(storyWithLink(story, 12, true)).toEqual({
      title: 'The outage',
      body: 'It went down.',
      skills: ['Teamwork'],
      questionIds: [4, 9, 12],
    });
    expect(storyWithLink(story, 4, true).questionIds).toEqual([9, 4]);
    expect(storyWithLink(story, 4, false).questionIds).toEqual([9]);
  });

  it('offers only the stories not linked yet', () => {
    expect(unlinkedStories([story], 4)).toEqual([]);
    expect(unlinkedStories([story], 5)).toEqual([story]);
  });
});
