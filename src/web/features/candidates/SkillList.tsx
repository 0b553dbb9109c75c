import type { Skill } from '../../../shared/candidates.ts';

/** Skills as chips; a skill the vocabulary does not know says so in words, not colour alone. */
export function SkillList({ skills, label }: { skills: readonly Skill[]; label: string }) {
  if (skills.length === 0) return <p className="meta">None recorded.</p>;
  return (
    <ul className="skill-chips" aria-label={label}>
      {skills.map((s) => (
        <li key={s.name} className={s.known ? 'skill' : 'skill unknown'}>
          {s.name}
          {s.known ? null : <span className="skill-note"> (not in the skills list)</span>}
        </li>
      ))}
    </ul>
  );
}
