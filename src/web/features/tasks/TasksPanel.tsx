import { useId, useState } from 'react';
import type { Task } from '../../../shared/tasks.ts';
import { Async, ErrorMessage } from '../../ui/Status.tsx';
import { type SubjectRef, useSetDone, useSubjectTasks } from './queries.ts';
import { TaskForm } from './TaskForm.tsx';
import { TaskItem } from './TaskItem.tsx';

/** The tasks about one record: open ones first, finished ones folded away, and a form to add one. */
export function TasksPanel({ subject }: { subject: SubjectRef }) {
  const tasks = useSubjectTasks(subject);
  const setDone = useSetDone();
  const [adding, setAdding] = useState(false);
  const [message, setMessage] = useState('');
  const headingId = useId();
  const toggle = (task: Task, done: boolean) => {
    setMessage('');
    setDone.mutate(
      { task, done },
      { onSuccess: () => setMessage(done ? `“${task.title}” is done.` : `“${task.title}” is open again.`) },
    );
  };
  return (
    <section aria-labelledby={headingId} className="record-section">
      <div className="page-head">
        <h2 id={headingId}>Tasks</h2>
        {adding ? null : (
          <button type="button" className="secondary" onClick={() => setAdding(true)}>
            Add a task
          </button>
        )}
      </div>
      <div role="status">{message ? <p className="success">{message}</p> : null}</div>
      {setDone.isError ? <ErrorMessage error={setDone.error} /> : null}
      {adding ? (
        <div className="job-card">
          <TaskForm
            subject={subject}
            onDone={(saved) => {
              setAdding(false);
              setMessage(saved ? `Task “${saved.title}” was added.` : '');
            }}
          />
        </div>
      ) : null}
      <Async query={tasks} loading="Loading tasks…">
        {(list) => {
          const open = list.filter((t) => !t.doneAt);
          const done = list.filter((t) => t.doneAt);
          return (
            <>
              {open.length ? (
                <ul className="task-list" aria-label="Open tasks">
                  {open.map((t) => (
                    <TaskItem key={t.id} task={t} showAssignee onToggle={toggle} />
                  ))}
                </ul>
              ) : (
                <p className="meta">No open tasks.</p>
              )}
              {done.length ? (
                <details className="done-tasks">
                  <summary className="done-summary">Done ({done.length})</summary>
                  <ul className="task-list" aria-label="Done tasks">
                    {done.map((t) => (
                      <TaskItem key={t.id} task={t} showAssignee onToggle={toggle} />
                    ))}
                  </ul>
                </details>
              ) : null}
            </>
          );
        }}
      </Async>
    </section>
  );
}
