import { Fragment, type ReactNode } from 'react';
import type { Candidate } from '../../../shared/candidates.ts';
import { label, ZERO_DECIMAL_CURRENCIES } from '../../../shared/vocabulary.ts';
import { formatDate } from '../../ui/format.ts';
import { ConsiderFor } from '../insights/SuggestedOpenings.tsx';
import { ActivityTimeline } from '../notes/ActivityTimeline.tsx';
import { NotesPanel } from '../notes/NotesPanel.tsx';
import { TasksPanel } from '../tasks/TasksPanel.tsx';
import { CandidateApplications } from './CandidateApplications.tsx';
import { PortalAccess } from './PortalAccess.tsx';
import { ResumeVersions } from './ResumeVersions.tsx';
import { SkillList } from './SkillList.tsx';
import { place, sourceLabel } from './words.ts';

/** A calendar day ("2026-12-01") as words, without shifting it through a time zone. */
function formatDay(day: string | null): string {
  if (!day) return '';
  const [y, m, d] = day.slice(0, 10).split('-').map(Number);
  return new Date(y ?? 0, (m ?? 1) - 1, d ?? 1).toLocaleDateString('en-US', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  });
}

function formatPay(pay: NonNullable<Candidate['desiredSalary']>): string {
  const minor = ZERO_DECIMAL_CURRENCIES.includes(pay.currency) ? 1 : 100;
  const amount = new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: pay.currency,
    maximumFractionDigits: minor === 1 ? 0 : 2,
    minimumFractionDigits: 0,
  }).format(pay.amount / minor);
  return `${amount} ${label(pay.period)}`;
}

/** A titled block of the record page; later blocks (applications, notes, timeline) use it too. */
export function RecordSection(props: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={props.id} className="record-section">
      <h2 id={props.id}>{props.title}</h2>
      {props.children}
    </section>
  );
}

/** Term and description pairs; an empty value reads "Not recorded". */
function Details({ rows }: { rows: Record<string, ReactNode> }) {
  return (
    <dl className="details">
      {Object.entries(rows).map(([term, value]) => (
        <Fragment key={term}>
          <dt>{term}</dt>
          <dd>{value === '' || value === null ? <span className="meta">Not recorded</span> : value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

function ContactDetails({ c }: { c: Candidate }) {
  return (
    <RecordSection id="candidate-contact" title="Contact">
      <Details
        rows={{
          Email: c.email ? <a href={`mailto:${c.email}`}>{c.email}</a> : '',
          Phone: c.phone ? <a href={`tel:${c.phone.replace(/[^\d+]/g, '')}`}>{c.phone}</a> : '',
          Location: place(c),
        }}
      />
    </RecordSection>
  );
}

function WorkDetails({ c }: { c: Candidate }) {
  return (
    <RecordSection id="candidate-work" title="Work">
      <Details
        rows={{
          Field: c.field ?? '',
          Experience: c.yearsExperience === null ? '' : `${c.yearsExperience} years`,
        }}
      />
      <h3>Skills</h3>
      <SkillList skills={c.skills} label={`Skills of ${c.name}`} />
    </RecordSection>
  );
}

function Preferences({ c }: { c: Candidate }) {
  return (
    <RecordSection id="candidate-preferences" title="What they are looking for">
      <Details
        rows={{
          Workplace: c.workplaceTypes.map(label).join(', '),
          Employment: c.employmentTypes.map(label).join(', '),
          'Desired pay': c.desiredSalary ? formatPay(c.desiredSalary) : '',
          'Available from': formatDay(c.availableFrom),
        }}
      />
    </RecordSection>
  );
}

function OurRecord({ c }: { c: Candidate }) {
  return (
    <RecordSection id="candidate-record" title="Our record">
      <Details
        rows={{
          Source: sourceLabel(c.source),
          Owner: c.owner?.name ?? 'Nobody',
          Consent: c.consent ? `Given ${formatDay(c.consent.givenOn)}` : '',
          Added: formatDate(c.createdAt),
          'Last changed': formatDate(c.updatedAt),
        }}
      />
      {c.consent ? (
        <>
          <h3>What they agreed to</h3>
          <blockquote className="cover-note">{c.consent.wording}</blockquote>
        </>
      ) : null}
      <h3>Portal</h3>
      <PortalAccess c={c} />
    </RecordSection>
  );
}

/** Everything about one candidate. New sections (applications, notes, timeline) go in this list. */
export function CandidateRecord({ candidate: c }: { candidate: Candidate }) {
  return (
    <>
      <p className="meta">
        {[c.headline, place(c), c.field].filter(Boolean).join(' · ') || 'No headline yet.'}
      </p>
      <div className="record">
        <ContactDetails c={c} />
        <WorkDetails c={c} />
        <Preferences c={c} />
        <OurRecord c={c} />
        <CandidateApplications candidate={c} />
        <ConsiderFor candidate={c} />
        <ResumeVersions candidate={c} />
        <TasksPanel subject={{ type: 'candidate', id: c.id }} />
        <NotesPanel subjectType="candidate" subjectId={c.id} />
        <ActivityTimeline candidateId={c.id} />
      </div>
    </>
  );
}
