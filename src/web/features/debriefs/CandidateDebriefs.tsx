import type { DebriefOut, Visibility } from '../../../shared/debriefs.ts';
import { FORMAT_SURPRISE_LABELS } from '../../../shared/debriefs.ts';
import { formatDate } from '../../ui/format.ts';
import { Async } from '../../ui/Status.tsx';
import { SkillList } from '../candidates/SkillList.tsx';
import { useCandidateDebriefs } from './queries.ts';
import {
  EXPERIENCE_LABELS,
  OUTCOME_LABELS,
  outOfFive,
  STAFF_VISIBILITY_LABELS,
  VISIBILITY_BADGE,
} from './words.ts';

function Badge({ v }: { v: Visibility }) {
  return <span className={VISIBILITY_BADGE[v]}>{STAFF_VISIBILITY_LABELS[v]}</span>;
}

/** A part's text, or "(private)": a private part never shows any text, whatever arrives. */
function PartText({ text, visibility }: { text: string; visibility: Visibility }) {
  if (visibility === 'private') return <span className="meta">(private)</span>;
  return <span>{text || '—'}</span>;
}

const NOTES = [
  ['formatNote', 'About the format'],
  ['team', 'The team and the people'],
  ['workplace', 'The workplace'],
  ['otherRoles', 'Other roles they mentioned'],
  ['insider', 'Anything else about the company'],
] as const;

function DebriefItem({ d }: { d: DebriefOut }) {
  const notes = NOTES.filter(([k]) => d[k].text || d[k].visibility === 'private');
  return (
    <li className="note">
      <h3>
        {d.openingTitle} at {d.companyName}
      </h3>
      <p className="meta">
        Interview <time dateTime={d.interviewAt}>{formatDate(d.interviewAt)}</time> · by{' '}
        {d.authorName ?? (d.authorRole === 'candidate' ? 'the candidate' : 'staff')} ·{' '}
        {OUTCOME_LABELS[d.outcome]}
      </p>
      <p>
        Difficulty {outOfFive(d.difficulty)} · experience{' '}
        {d.experience ? EXPERIENCE_LABELS[d.experience] : '—'} · interest {outOfFive(d.interestBefore)}{' '}
        before, {outOfFive(d.interestAfter)} after
      </p>
      {d.surprises.length ? (
        <p>Surprises: {d.surprises.map((s) => FORMAT_SURPRISE_LABELS[s]).join(', ')}</p>
      ) : null}
      <h4>Questions</h4>
      {d.questions.length ? (
        <ol>
          {d.questions.map((q) => (
            <li key={q.position}>
              <PartText text={q.text} visibility={q.visibility} /> <Badge v={q.visibility} />
              {q.note.text || q.note.visibility === 'private' ? (
                <p>
                  Their answer: <PartText {...q.note} /> <Badge v={q.note.visibility} />
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="meta">None recorded.</p>
      )}
      <h4>
        Skills <Badge v={d.skillsVisibility} />
      </h4>
      {d.skillsVisibility === 'private' ? (
        <p className="meta">(private)</p>
      ) : (
        <SkillList skills={d.skills} label="Skills they asked about" />
      )}
      {notes.length ? (
        <dl className="debrief-notes">
          {notes.map(([k, label]) => (
            <div key={k}>
              <dt>
                {label} <Badge v={d[k].visibility} />
              </dt>
              <dd>
                <PartText {...d[k]} />
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
    </li>
  );
}

/** The candidate page's debriefs: each interview's, by the candidate or staff. */
export function CandidateDebriefs({ candidateId }: { candidateId: number }) {
  const list = useCandidateDebriefs(candidateId);
  return (
    <section aria-labelledby="candidate-debriefs" className="record-section">
      <h2 id="candidate-debriefs">Debriefs</h2>
      <Async query={list} loading="Loading debriefs…">
        {(items) =>
          items.length ? (
            <ul className="note-list" aria-label="Debriefs">
              {items.map((d) => (
                <DebriefItem key={d.id} d={d} />
              ))}
            </ul>
          ) : (
            <p className="meta">No debriefs yet.</p>
          )
        }
      </Async>
    </section>
  );
}
