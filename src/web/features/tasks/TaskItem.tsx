import type { Task } from '../../../shared/tasks.ts';
import { formatDateTime } from '../../ui/format.ts';
import { relativeTime } from '../notes/relativeTime.ts';
import { SubjectLink } from './subjectLink.tsx';

/** One task: what, when, about what and for whom, with its Done (or Reopen) button. */
export function TaskItem(props: {
  task: Task;
  showSubject?: boolean;
  showAssignee?: boolean;
  onToggle: (task: Task, done: boolean) => void;
}) {
  const { task } = props;
  const done = task.doneAt !== null;
  const late = !done && new Date(task.dueAt).getTime() < Date.now();
  return (
    <li className={`task${done ? ' done' : ''}`}>
      <div className="task-main">
        <p className="task-title">{task.title}</p>
        <p className="meta">
          {done ? 'Done' : late ? 'Was due' : 'Due'}{' '}
          <time dateTime={done ? (task.doneAt ?? '') : task.dueAt}>
            {formatDateTime(done ? task.doneAt : task.dueAt)}
          </time>{' '}
          ({relativeTime(done ? (task.doneAt ?? task.dueAt) : task.dueAt)})
          {props.showAssignee ? ` · ${task.assignee.name}` : ''}
        </p>
        {props.showSubject && task.subject ? (
          <p className="meta">
            <SubjectLink subject={task.subject} />
          </p>
        ) : null}
        {task.details ? <p className="cover-note">{task.details}</p> : null}
      </div>
      {task.canChange ? (
        <button
          type="button"
          className="secondary"
          aria-label={`${done ? 'Reopen' : 'Done'}: ${task.title}`}
          onClick={() => props.onToggle(task, !done)}
        >
          {done ? 'Reopen' : 'Done'}
        </button>
      ) : null}
    </li>
  );
}
