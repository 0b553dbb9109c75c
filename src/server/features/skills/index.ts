// What other features may use of skills: normalising what people type, and storing skills on
// candidates and openings so they can be counted across records.
export { normalizeSkill, normalizeSkills, skillKey, suggestSkills } from './normalize.ts';
export { replaceSkills, type SkillOwner, skillsOf } from './queries.ts';
export { registerSkills } from './routes.ts';
