import type { StoryInput, StoryOut } from '../../../../shared/stories.ts';

/** The input that keeps a story as it is, with one question linked to it or unlinked from it. */
export function storyWithLink(story: StoryOut, questionId: number, linked: boolean): StoryInput {
  const others = story.questionIds.filter((id) => id !== questionId);
  return {
    title: story.title,
    body: story.body,
    skills: story.skills,
    questionIds: linked ? [...others, questionId] : others,
  };
}

/** The stories not yet linked to a question: the ones a seeker can link to it. */
export function unlinkedStories(stories: readonly StoryOut[], questionId: number): StoryOut[] {
  return stories.filter((s) => !s.questionIds.includes(questionId));
}
