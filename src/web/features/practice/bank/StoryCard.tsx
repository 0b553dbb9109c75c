import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { StoryOut } from '../../../../shared/stories.ts';
import { formatDate } from '../../../ui/format.ts';

/** One story as the seeker reads it back: title, skills, text and the questions it answers. */
export function StoryCard(props: { story: StoryOut; heading: 'h2' | 'h3'; children?: ReactNode }) {
  const { story } = props;
  const Heading = props.heading;
  return (
    <li className="job-card">
      <Heading>{story.title}</Heading>
      {story.skills.length ? (
        <ul className="skill-chips" aria-label={`Skills in ${story.title}`}>
          {story.skills.map((s) => (
            <li key={s} className="skill">
              {s}
            </li>
          ))}
        </ul>
      ) : null}
      {story.body ? <p className="cover-note">{story.body}</p> : null}
      <p className="meta">
        {story.words === 1 ? '1 word' : `${story.words} words`} · updated{' '}
        <time dateTime={story.updatedAt}>{formatDate(story.updatedAt)}</time>
      </p>
      {story.questions.length ? (
        <ul className="plain-list" aria-label={`Questions ${story.title} answers`}>
          {story.questions.map((q) => (
            <li key={q.id}>
              <Link to={`/practice/questions/${q.id}`}>{q.text}</Link>
            </li>
          ))}
        </ul>
      ) : null}
      {props.children}
    </li>
  );
}
