// Group interviews and assessment-centre practice: the seeker's guide and checklist, and group
// exercises staff run with several candidates on one shared clock.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../platform/context.ts';
import { registerSeekerGroupPractice } from './seeker-routes.ts';
import { registerStaffGroupPractice } from './staff-routes.ts';

export { moveGroupRunMembers } from './merge.ts';

export function registerGroupPractice(app: FastifyInstance, ctx: AppContext): void {
  registerSeekerGroupPractice(app, ctx);
  registerStaffGroupPractice(app, ctx);
}
