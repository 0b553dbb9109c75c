// Practice: the question bank, prepared answers and practice sessions with spaced repetition.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import { registerAnswers } from './answer-routes.ts';
import { registerQuestionBank } from './bank-routes.ts';
import { registerSessions } from './session-routes.ts';
import { registerStories } from './story-routes.ts';

export { seedQuestionBank } from './bank-seed.ts';

export function registerPractice(app: FastifyInstance, ctx: AppContext): void {
  registerQuestionBank(app, ctx);
  registerAnswers(app, ctx);
  registerSessions(app, ctx);
  registerStories(app, ctx);
}
