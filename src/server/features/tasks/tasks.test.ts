import { Temporal } from 'temporal-polyfill';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createUser, type TestUser } from '../../testing/harness.ts';
import { type Desk, setupDesk } from '../notes/fixture.ts';

let d: Desk;
beforeAll(async () => {
  d = await setupDesk();
});
afterAll(async () => d?.t.close());
afterEach(async () => d.setAccess('all'));

const HOUR = 3_600_000;
const inHours = (h: number) => new Date(Date.now() + h * HOUR).toISOString();

interface TaskBody {
  id: number;
  title: string;
  dueAt: string;
  doneAt: string | null;
  assignee: { id: string };
  subject: { type: string; id: number; label: string | null; candidateId: number | null } | null;
  canChange: boolean;
}

const post = (who: TestUser, payload: Record<string, unknown>) =>
  d.call('POST', '/api/v1/tasks', who, payload);
const addTask = async (who: TestUser, payload: Record<string, unknown>) => {
  const res = await post(who, { dueAt: inHours(24), ...payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as TaskBody;
};
const myDay = async (who: TestUser, tz?: string) => {
  const res = await d.call('GET', `/api/v1/tasks/my-day${tz ? `?tz=${encodeURIComponent(tz)}` : ''}`, who);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { timeZone: string; overdue: TaskBody[]; today: TaskBody[]; upcoming: TaskBody[] };
};
const titles = (list: TaskBody[]) => list.map((t) => t.title);
const taskCount = async () =>
  Number(
    (
      await d.t.ctx.db
        .selectFrom('task')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('tasks', () => {
  it('creates a task for me by default, about a subject, and lists it there', async () => {
    const { candidateId } = d.ritas;
    const t = await addTask(d.rita, {
      title: 'Call Sam back',
      details: 'About the teller role',
      dueAt: '2030-03-08T14:30:00-02:30',
      subject: { type: 'candidate', id: candidateId },
    });
    expect(t).toMatchObject({
      title: 'Call Sam back',
      details: 'About the teller role',
      dueAt: '2030-03-08T17:00:00.000Z',
      assignee: { id: d.rita.id, name: 'Rita Recruiter' },
      createdBy: { id: d.rita.id },
      subject: { type: 'candidate', id: candidateId, label: 'Sam Seeker', candidateId },
      doneAt: null,
      canChange: true,
    });
    const app = await addTask(d.rita, {
      title: 'Chase the client',
      assigneeId: d.ben.id,
      subject: { type: 'application', id: d.ritas.applicationId },
    });
    expect(app.assignee.id).toBe(d.ben.id);
    expect(app.subject).toMatchObject({ label: 'Sam Seeker for Teller for Sam Seeker', candidateId });

    const listed = await d.call(
      'GET',
      `/api/v1/tasks?subjectType=candidate&subjectId=${candidateId}`,
      d.rita,
    );
    expect(listed.statusCode, listed.body).toBe(200);
    expect(titles(listed.json())).toEqual(['Call Sam back']);
    const entries = (await d.call('GET', `/api/v1/candidates/${candidateId}/activity`, d.rita)).json()
      .entries;
    expect(
      entries.filter((e: { kind: string }) => e.kind === 'task').map((e: { summary: string }) => e.summary),
    ).toEqual(['Task added: Chase the client', 'Task added: Call Sam back']);
    // The application task shows on the opening's timeline too; company tasks on none.
    const opening = (await d.call('GET', `/api/v1/openings/${d.ritas.openingId}/activity`, d.rita)).json()
      .entries;
    expect(opening.map((e: { summary: string }) => e.summary)).toContain('Task added: Chase the client');
    await addTask(d.rita, { title: 'Send the invoice', subject: { type: 'company', id: d.companyId } });
    expect(
      (await d.call('GET', `/api/v1/tasks?subjectType=company&subjectId=${d.companyId}`, d.ben)).json()[0],
    ).toMatchObject({ title: 'Send the invoice', subject: { label: 'Harbour Bank' }, canChange: false });
  });

  it('refuses bad input with a field error and creates nothing', async () => {
    const before = await taskCount();
    const ok = { title: 'x', dueAt: inHours(1) };
    const cases: [Record<string, unknown>, string][] = [
      [{ dueAt: inHours(1) }, 'title'],
      [{ ...ok, title: '  ' }, 'title'],
      [{ ...ok, title: 'x'.repeat(201) }, 'title'],
      [{ ...ok, details: 'x'.repeat(5001) }, 'details'],
      [{ title: 'x' }, 'dueAt'],
      [{ ...ok, dueAt: 'tomorrow' }, 'dueAt'],
      [{ ...ok, dueAt: '2026-03-08T10:00' }, 'dueAt'],
      [{ ...ok, dueAt: '1900-01-01T00:00:00Z' }, 'dueAt'],
      [{ ...ok, assigneeId: d.seeker.id }, 'assigneeId'],
      [{ ...ok, assigneeId: 'nobody' }, 'assigneeId'],
      [{ ...ok, subject: { type: 'candidate', id: 999_999 } }, 'subject.id'],
      [{ ...ok, subject: { type: 'person', id: 1 } }, 'subject.type'],
      [{ ...ok, subject: { type: 'opening', id: 'one' } }, 'subject.id'],
      [{ ...ok, doneAt: inHours(0) }, ''],
    ];
    for (const [payload, field] of cases) {
      const res = await post(d.rita, payload);
      expect(res.statusCode, `${JSON.stringify(payload)}: ${res.body}`).toBe(400);
      if (field) expect(Object.keys(res.json().error.fields ?? {}), res.body).toContain(field);
    }
    expect(await taskCount()).toBe(before);
    const q = await d.call('GET', '/api/v1/tasks?subjectType=opening&subjectId=999999', d.rita);
    expect(q.statusCode).toBe(400);
    expect(q.json().error.fields).toHaveProperty('subjectId');
  });

  it('edits, completes and reopens, recording the completion on the timeline', async () => {
    const t = await addTask(d.rita, {
      title: 'Check references',
      subject: { type: 'opening', id: d.ritas.openingId },
    });
    const put = await d.call('PUT', `/api/v1/tasks/${t.id}`, d.rita, {
      title: 'Check two references',
      details: '',
      dueAt: inHours(5),
      assigneeId: null,
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json()).toMatchObject({ title: 'Check two references', assignee: { id: d.rita.id } });
    const done = await d.call('POST', `/api/v1/tasks/${t.id}/complete`, d.rita);
    expect(done.json()).toMatchObject({ doneBy: { id: d.rita.id }, doneAt: expect.any(String) });
    const again = await d.call('POST', `/api/v1/tasks/${t.id}/complete`, d.rita);
    expect(again.json().doneAt).toBe(done.json().doneAt);
    const entries = (await d.call('GET', `/api/v1/openings/${d.ritas.openingId}/activity`, d.rita)).json()
      .entries;
    expect(
      entries.filter((e: { summary: string }) => e.summary === 'Task done: Check two references'),
    ).toHaveLength(1);
    const reopened = await d.call('POST', `/api/v1/tasks/${t.id}/reopen`, d.rita);
    expect(reopened.json()).toMatchObject({ doneAt: null, doneBy: null });
    const after = (await d.call('GET', `/api/v1/openings/${d.ritas.openingId}/activity`, d.rita)).json()
      .entries;
    expect(after[0]).toMatchObject({ kind: 'task', summary: 'Task reopened: Check two references' });
    expect((await d.call('POST', '/api/v1/tasks/999999/complete', d.rita)).statusCode).toBe(404);
    expect((await d.call('PUT', `/api/v1/tasks/${t.id}`, d.rita, { title: '' })).statusCode).toBe(400);
  });

  it('lets only the assignee, the creator or an admin change a task', async () => {
    const shared = await addTask(d.rita, {
      title: 'Rita’s own',
      subject: { type: 'candidate', id: d.ritas.candidateId },
    });
    const privateTask = await addTask(d.rita, { title: 'Rita’s private' });
    expect((await d.call('POST', `/api/v1/tasks/${shared.id}/complete`, d.ben)).statusCode).toBe(403);
    // A task about nothing Ben can see is not his to know about.
    expect((await d.call('POST', `/api/v1/tasks/${privateTask.id}/complete`, d.ben)).statusCode).toBe(404);
    expect((await d.call('POST', `/api/v1/tasks/${privateTask.id}/complete`, d.seeker)).statusCode).toBe(403);
    expect((await d.call('POST', `/api/v1/tasks/${privateTask.id}/complete`, d.admin)).statusCode).toBe(200);
    const forBen = await addTask(d.rita, { title: 'Ben, please call', assigneeId: d.ben.id });
    expect((await d.call('POST', `/api/v1/tasks/${forBen.id}/complete`, d.ben)).statusCode).toBe(200);
    expect((await d.call('GET', '/api/v1/tasks/my-day', d.seeker)).statusCode).toBe(403);
    expect(
      (await d.call('GET', `/api/v1/tasks?subjectType=candidate&subjectId=${d.ritas.candidateId}`, d.seeker))
        .statusCode,
    ).toBe(403);
  });

  it('follows own-only and own-read-only for tasks about records', async () => {
    const ritas = { type: 'candidate', id: d.ritas.candidateId };
    const handed = await addTask(d.rita, { title: 'Ben covers Sam', assigneeId: d.ben.id, subject: ritas });
    await d.setAccess('own-only');
    const url = `/api/v1/tasks?subjectType=candidate&subjectId=${d.ritas.candidateId}`;
    expect((await d.call('GET', url, d.ben)).statusCode).toBe(404);
    for (const subject of [
      ritas,
      { type: 'application', id: d.ritas.applicationId },
      { type: 'opening', id: d.ritas.openingId },
    ])
      expect((await post(d.ben, { title: 'x', dueAt: inHours(1), subject })).statusCode).toBe(404);
    // His own task stays on his day, but the record's name is not shown to him.
    const day = await myDay(d.ben);
    const mine = [...day.overdue, ...day.today, ...day.upcoming].find((t) => t.id === handed.id);
    expect(mine?.subject).toEqual({
      type: 'candidate',
      id: d.ritas.candidateId,
      label: null,
      candidateId: null,
    });
    expect(JSON.stringify(day)).not.toContain('Sam Seeker');
    await addTask(d.ben, { title: 'Company call', subject: { type: 'company', id: d.companyId } });

    await d.setAccess('own-read-only');
    expect((await d.call('GET', url, d.ben)).statusCode).toBe(200);
    expect((await post(d.ben, { title: 'x', dueAt: inHours(1), subject: ritas })).statusCode).toBe(403);
    await addTask(d.ben, { title: 'On my own', subject: { type: 'candidate', id: d.bens.candidateId } });
    await addTask(d.admin, { title: 'Admin may', subject: ritas });
  });
});

describe('my day', () => {
  it('puts open tasks assigned to me in overdue, today and upcoming for my zone', async () => {
    const me = await createUser(d.t, 'recruiter', 'Dee Day');
    // A zone where the next hour is still today, whatever time the suite runs.
    const zone = ['America/St_Johns', 'Asia/Kolkata', 'Pacific/Auckland', 'Europe/London'].find((tz) => {
      const hour = Temporal.Now.zonedDateTimeISO(tz).hour;
      return hour >= 1 && hour < 21;
    }) as string;
    await addTask(me, { title: 'Late', dueAt: inHours(-2) });
    await addTask(me, { title: 'Soon', dueAt: inHours(1) });
    await addTask(me, { title: 'Next week', dueAt: inHours(24 * 7) });
    await addTask(me, { title: 'Early', dueAt: inHours(-30) });
    const done = await addTask(me, { title: 'Done already', dueAt: inHours(-1) });
    await d.call('POST', `/api/v1/tasks/${done.id}/complete`, me);
    await addTask(d.rita, { title: 'Not mine', dueAt: inHours(-1) });

    const day = await myDay(me, zone);
    expect(day.timeZone).toBe(zone);
    expect(titles(day.overdue)).toEqual(['Early', 'Late']);
    expect(titles(day.today)).toEqual(['Soon']);
    expect(titles(day.upcoming)).toEqual(['Next week']);
    expect((await myDay(me)).timeZone).toBe('UTC');

    const bad = await d.call('GET', '/api/v1/tasks/my-day?tz=Mars%2FOlympus', me);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty('tz');
    expect((await d.call('GET', `/api/v1/tasks/my-day?tz=${'A'.repeat(100)}`, me)).statusCode).toBe(400);
  });
});

describe('reminders', () => {
  const remindersFor = async (title: string) =>
    (await d.t.deliverMail()).filter((m) => m.subject === `Task due: ${title}`);
  const makeDue = async () =>
    d.t.ctx.db
      .updateTable('outbox')
      .set({ run_after: new Date(Date.now() - 1000).toISOString() })
      .where('kind', '=', 'task.reminder')
      .where('status', '=', 'pending')
      .execute();

  it('mails the assignee once when a task falls due', async () => {
    await addTask(d.rita, {
      title: 'Past due call',
      details: 'Ring before noon',
      dueAt: inHours(-1),
      assigneeId: d.ben.id,
    });
    const mails = await remindersFor('Past due call');
    expect(mails).toHaveLength(1);
    expect(mails[0]?.to).toBe(d.ben.email);
    expect(mails[0]?.text).toContain('Ring before noon');
    expect(mails[0]?.text).toContain(`${d.t.config.publicUrl}/app/my-day`);
    expect(mails[0]?.text).toContain('(UTC)');
    expect(await remindersFor('Past due call')).toHaveLength(1);
  });

  it('sends nothing before the due time', async () => {
    await addTask(d.rita, { title: 'Future call', dueAt: inHours(3) });
    expect(await remindersFor('Future call')).toHaveLength(0);
  });

  it('sends only the new time’s reminder when a task is moved', async () => {
    const t = await addTask(d.rita, { title: 'Moved call', dueAt: inHours(2) });
    const move = (dueAt: string, assigneeId: string | null = null) =>
      d.call('PUT', `/api/v1/tasks/${t.id}`, d.rita, { title: 'Moved call', details: '', dueAt, assigneeId });
    expect((await move(inHours(-0.5))).statusCode).toBe(200);
    expect(await remindersFor('Moved call')).toHaveLength(1);
    // The first reminder's time comes: the task is no longer due then, so it stays silent.
    await makeDue();
    expect(await remindersFor('Moved call')).toHaveLength(1);
    const rows = await d.t.ctx.db
      .selectFrom('outbox')
      .select(['status', 'payload'])
      .where('kind', '=', 'task.reminder')
      .where('payload', 'like', `{"taskId":${t.id},%`)
      .orderBy('id')
      .execute();
    expect(rows.map((r) => r.status)).toEqual(['skipped', 'sent']);
  });

  it('sends to the new assignee only when a task is handed over', async () => {
    const t = await addTask(d.rita, { title: 'Handed over', dueAt: inHours(1) });
    const put = await d.call('PUT', `/api/v1/tasks/${t.id}`, d.rita, {
      title: 'Handed over',
      details: '',
      dueAt: t.dueAt,
      assigneeId: d.ben.id,
    });
    expect(put.statusCode).toBe(200);
    await makeDue();
    expect((await remindersFor('Handed over')).map((m) => m.to)).toEqual([d.ben.email]);
  });

  it('sends nothing for a finished task, and once if it is reopened', async () => {
    const t = await addTask(d.rita, { title: 'Finished early', dueAt: inHours(-1) });
    await d.call('POST', `/api/v1/tasks/${t.id}/complete`, d.rita);
    expect(await remindersFor('Finished early')).toHaveLength(0);
    await d.call('POST', `/api/v1/tasks/${t.id}/reopen`, d.rita);
    expect(await remindersFor('Finished early')).toHaveLength(1);
    await d.call('POST', `/api/v1/tasks/${t.id}/complete`, d.rita);
    await d.call('POST', `/api/v1/tasks/${t.id}/reopen`, d.rita);
    expect(await remindersFor('Finished early')).toHaveLength(1);
  });

  it('queues one reminder when a task is moved away and back', async () => {
    const first = inHours(2);
    const t = await addTask(d.rita, { title: 'Back and forth', dueAt: first });
    for (const dueAt of [inHours(3), first])
      await d.call('PUT', `/api/v1/tasks/${t.id}`, d.rita, {
        title: 'Back and forth',
        details: '',
        dueAt,
        assigneeId: null,
      });
    await makeDue();
    expect(await remindersFor('Back and forth')).toHaveLength(1);
  });

  it('sends nothing for a deleted task', async () => {
    const t = await addTask(d.rita, { title: 'Deleted one', dueAt: inHours(-1) });
    await d.t.ctx.db.deleteFrom('task').where('id', '=', t.id).execute();
    expect(await remindersFor('Deleted one')).toHaveLength(0);
  });
});
