import { useState } from 'react';
import type { Task } from '../../../shared/tasks.ts';
import { Page } from '../../ui/Page.tsx';
import { Async, ErrorMessage } from '../../ui/Status.tsx';
import { UnconfirmedInterviews } from '../interviews/staff/UnconfirmedInterviews.tsx';
import { useMyDay, useSetDone } from './queries.ts';
import { TaskForm } from './TaskForm.tsx';
import { TaskItem } from './TaskItem.tsx';

function Bucket(props: {
  id: string;
  title: string;
  empty: string;
  tasks: Task[];
  onToggle: (task: Task, done: boolean) => void;
}) {
  return (
    <section aria-labelledby={props.id} className={`day-bucket ${props.id}`}>
      <h2 id={props.id}>
        {props.title} <span className="count">({props.tasks.length})</span>
      </h2>
      {props.tasks.length ? (
        <ul className="task-list" aria-labelledby={props.id}>
          {props.tasks.map((t) => (
            <TaskItem key={t.id} task={t} showSubject onToggle={props.onToggle} />
          ))}
        </ul>
      ) : (
        <p className="meta">{props.empty}</p>
      )}
    </section>
  );
}

/** The signed-in recruiter's open tasks: overdue, due today (in their zone) and coming up. */
export function MyDay() {
  const day = useMyDay();
  const setDone = useSetDone();
  const [adding, setAdding] = useState(false);
  // The task just finished, so it can be taken back; or a plain message.
  const [finished, setFinished] = useState<Task | null>(null);
  const [message, setMessage] = useState('');

  const toggle = (task: Task, done: boolean) => {
    setMessage('');
    setFinished(done ? task : null);
    setDone.mutate(
      { task, done },
      {
        onSuccess: () => (done ? undefined : setMessage(`“${task.title}” is back on your list.`)),
        onError: () => setFinished(null),
      },
    );
  };

  return (
    <Page
      title="My day"
      actions={
        adding ? null : (
          <button type="button" onClick={() => setAdding(true)}>
            New task
          </button>
        )
      }
    >
      <div role="status" className="undo-bar">
        {finished ? (
          <p className="success">
            “{finished.title}” is done.{' '}
            <button type="button" className="link-button" onClick={() => toggle(finished, false)}>
              Undo
            </button>
          </p>
        ) : message ? (
          <p className="success">{message}</p>
        ) : null}
      </div>
      {setDone.isError ? <ErrorMessage error={setDone.error} /> : null}
      {adding ? (
        <div className="job-card">
          <TaskForm
            onDone={(saved) => {
              setAdding(false);
              setFinished(null);
              setMessage(saved ? `Task “${saved.title}” was added.` : '');
            }}
          />
        </div>
      ) : null}
      <UnconfirmedInterviews />
      <Async query={day} loading="Loading your day…">
        {(d) => (
          <>
            <p className="meta">Times are shown in your time zone ({d.timeZone}).</p>
            <Bucket
              id="overdue"
              title="Overdue"
              empty="Nothing overdue."
              tasks={d.overdue}
              onToggle={toggle}
            />
            <Bucket
              id="today"
              title="Today"
              empty="Nothing else due today."
              tasks={d.today}
              onToggle={toggle}
            />
            <Bucket
              id="upcoming"
              title="Upcoming"
              empty="Nothing planned yet."
              tasks={d.upcoming}
              onToggle={toggle}
            />
          </>
        )}
      </Async>
    </Page>
  );
}
