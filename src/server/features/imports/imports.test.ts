import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, request, type TestApp, type TestUser, testApp } from '../../testing/harness.ts';
import { map, parseCsvText, runToEnd, startRun, upload } from './fixture.ts';

let t: TestApp;
let rita: TestUser;
let omar: TestUser;
let admin: TestUser;

beforeAll(async () => {
  t = await testApp();
  rita = await createUser(t, 'recruiter', 'Rita Recruiter');
  omar = await createUser(t, 'recruiter', 'Omar Other');
  admin = await createUser(t, 'admin', 'Ann Admin');
});
afterAll(async () => t?.close());

const get = (user: TestUser, url: string) => request(t, { method: 'GET', url, cookie: user.cookie });
const preview = async (user: TestUser, id: number, qs = '') =>
  (await get(user, `/api/v1/imports/${id}/preview${qs}`)).json();
const fix = (user: TestUser, id: number, n: number, values: Record<string, string>) =>
  request(t, {
    method: 'PUT',
    url: `/api/v1/imports/${id}/rows/${n}`,
    cookie: user.cookie,
    payload: { values },
  });

/** Candidates whose name starts with the word, as the list finds them. */
async function candidatesNamed(word: string) {
  return (await get(admin, `/api/v1/candidates?q=${encodeURIComponent(word)}`)).json().results as {
    id: number;
    name: string;
    email: string;
    owner: { id: string } | null;
    skills: { name: string }[];
    source: string;
  }[];
}

describe('importing candidates', () => {
  it('imports a good file with the suggested mapping, as the form would have made the records', async () => {
    const up = await upload(
      t,
      rita,
      'candidates',
      '\uFEFFFull name;E-mail;Mobile;Key skills;Recruiter;Notes\n' +
        'Quentin Quill;Quentin@Example.test;+1 709 555 0101;js, React;Omar Other;met at fair\n' +
        'Quinn Quarry;quinn@example.test;;Excel, SQL;;\n' +
        'Queenie Quay;queenie@example.test;;;;\n',
      'fair leads.csv',
    );
    expect(up).toMatchObject({
      kind: 'candidates',
      fileName: 'fair leads.csv',
      headers: ['Full name', 'E-mail', 'Mobile', 'Key skills', 'Recruiter', 'Notes'],
      total: 3,
      suggestedMapping: {
        'Full name': 'name',
        'E-mail': 'email',
        Mobile: 'phone',
        'Key skills': 'skills',
        Recruiter: 'owner',
        Notes: 'ignore',
      },
    });
    expect(up.sampleRows[0]).toEqual([
      'Quentin Quill',
      'Quentin@Example.test',
      '+1 709 555 0101',
      'js, React',
      'Omar Other',
      'met at fair',
    ]);
    await map(t, rita, up);
    const p = await preview(rita, up.id);
    expect(p.summary).toEqual({ total: 3, valid: 3, invalid: 0, duplicatesInFile: 0, newCompanies: [] });
    expect(p.columns).toEqual(['name', 'email', 'phone', 'skills', 'owner']);
    expect(p.rows[0]).toMatchObject({ row: 2, errors: {}, duplicates: [], duplicateRows: [], edited: false });

    const done = await runToEnd(t, rita, up.id);
    expect(done).toMatchObject({
      status: 'done',
      total: 3,
      processed: 3,
      imported: 3,
      skippedCount: 0,
      skipped: [],
    });
    const [quentin] = await candidatesNamed('Quentin');
    expect(quentin).toMatchObject({
      email: 'quentin@example.test',
      owner: { id: omar.id },
      source: 'sourced',
    });
    expect(quentin?.skills.map((s) => s.name)).toEqual(['JavaScript', 'React']);
    // A row naming no owner belongs to the person importing, so they can see what they imported.
    expect((await candidatesNamed('Quinn'))[0]?.owner?.id).toBe(rita.id);
    const activity = (await get(rita, `/api/v1/candidates/${quentin?.id}/activity`)).json().entries;
    expect(activity.map((a: { kind: string }) => a.kind).sort()).toEqual(['candidate', 'import']);
    expect(activity.find((a: { kind: string }) => a.kind === 'import').summary).toBe(
      'Imported from fair leads.csv, row 2',
    );
  });

  it('reports a bad row with the form’s message, refuses to run, and imports once it is fixed', async () => {
    const up = await upload(
      t,
      rita,
      'candidates',
      'Name,Email\nBella Bright,bella@example.test\nBen Bad,not-an-email\n',
    );
    await map(t, rita, up);
    const p = await preview(rita, up.id);
    expect(p.summary).toMatchObject({ total: 2, valid: 1, invalid: 1 });
    expect(p.rows[1]).toMatchObject({ row: 3, values: { name: 'Ben Bad', email: 'not-an-email' } });
    expect(p.rows[1].errors).toEqual({ email: 'Enter a valid email address' });
    const problems = await preview(rita, up.id, '?show=problems');
    expect(problems.matching).toBe(1);
    expect(problems.rows.map((r: { row: number }) => r.row)).toEqual([3]);

    const refused = await startRun(t, rita, up.id);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('1 row has errors'),
    });
    expect((await get(rita, `/api/v1/imports/${up.id}`)).json().status).toBe('uploaded');
    expect(await candidatesNamed('Bella')).toEqual([]);

    const fixed = await fix(rita, up.id, 3, { email: 'BEN@example.test' });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(fixed.json()).toMatchObject({
      row: 3,
      errors: {},
      edited: true,
      values: { email: 'BEN@example.test' },
    });
    // Putting the file's value back makes the row what the file says again.
    const undone = (await fix(rita, up.id, 3, { email: 'not-an-email' })).json();
    expect(undone).toMatchObject({ edited: false, errors: { email: 'Enter a valid email address' } });
    await fix(rita, up.id, 3, { email: 'ben@example.test' });

    const done = await runToEnd(t, rita, up.id);
    expect(done).toMatchObject({ status: 'done', imported: 2, skippedCount: 0 });
    expect((await candidatesNamed('Ben'))[0]?.email).toBe('ben@example.test');
  });

  it('rejects fixes that are not fields, rows that do not exist, and changes after the run', async () => {
    const up = await upload(t, rita, 'candidates', 'Name\nCarl Closed\n');
    await map(t, rita, up);
    const notField = await fix(rita, up.id, 2, { salary: '1', name: 'x' });
    expect(notField.statusCode).toBe(400);
    expect(notField.json().error.fields).toEqual({ salary: 'Not a field' });
    expect((await fix(rita, up.id, 99, { name: 'x' })).statusCode).toBe(404);
    expect((await fix(rita, up.id, 1, { name: 'x' })).statusCode).toBe(400);
    const tooLong = await fix(rita, up.id, 2, { name: 'x'.repeat(50_001) });
    expect(tooLong.statusCode).toBe(400);
    await runToEnd(t, rita, up.id);
    expect((await fix(rita, up.id, 2, { name: 'Carl Again' })).statusCode).toBe(409);
    expect((await startRun(t, rita, up.id)).statusCode).toBe(409);
    const remap = await request(t, {
      method: 'PUT',
      url: `/api/v1/imports/${up.id}/mapping`,
      cookie: rita.cookie,
      payload: { mapping: { Name: 'name' } },
    });
    expect(remap.statusCode).toBe(409);
    expect((await candidatesNamed('Carl')).length).toBe(1);
  });

  it('skips invalid rows when asked, lists each with its reason and offers them as CSV', async () => {
    const up = await upload(
      t,
      rita,
      'candidates',
      'Name,Email,Available from,Note\nDora Done,dora@example.test,2026-12-01,=HYPERLINK("http://x")\n' +
        ',nobody@example.test,,\nDan Date,dan@example.test,01/12/2026,"line, with comma"\n',
    );
    await map(t, rita, up);
    const done = await runToEnd(t, rita, up.id, { skipInvalid: true });
    expect(done).toMatchObject({ status: 'done', processed: 3, imported: 1, skippedCount: 2 });
    expect(done.skipped).toEqual([
      { row: 3, reason: 'Errors: Name: Enter the candidate’s name' },
      { row: 4, reason: 'Errors: Available from: Use a date such as 2026-12-01' },
    ]);
    const csv = await get(rita, `/api/v1/imports/${up.id}/skipped.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="people-skipped.csv"');
    expect(parseCsvText(csv.body)).toEqual([
      ['Name', 'Email', 'Available from', 'Note', 'Row', 'Reason'],
      ['', 'nobody@example.test', '', '', '3', 'Errors: Name: Enter the candidate’s name'],
      [
        'Dan Date',
        'dan@example.test',
        '01/12/2026',
        'line, with comma',
        '4',
        'Errors: Available from: Use a date such as 2026-12-01',
      ],
    ]);
  });

  it('flags duplicates of existing records and within the file, and skips them when asked', async () => {
    const existing = await request(t, {
      method: 'POST',
      url: '/api/v1/candidates',
      cookie: rita.cookie,
      payload: { name: 'Eve Existing', email: 'eve@example.test' },
    });
    expect(existing.statusCode).toBe(201);
    const up = await upload(
      t,
      rita,
      'candidates',
      'Name,Email,Phone\nEve Again,EVE@example.test,\nFay First,fay@example.test,709 555 0199\n' +
        'Fay Second,fay2@example.test,+1 (709) 555-0199\nGus Good,gus@example.test,\n',
    );
    await map(t, rita, up);
    const p = await preview(rita, up.id);
    expect(p.summary).toMatchObject({ valid: 4, duplicatesInFile: 2 });
    const [eve, fay1, fay2, gus] = p.rows;
    expect(eve.duplicates).toEqual([
      {
        id: existing.json().candidate.id,
        name: 'Eve Existing',
        email: 'eve@example.test',
        phone: '',
        reasons: ['same-email'],
      },
    ]);
    expect(fay1.duplicateRows).toEqual([4]);
    expect(fay2.duplicateRows).toEqual([3]);
    expect(gus).toMatchObject({ duplicates: [], duplicateRows: [] });

    const done = await runToEnd(t, rita, up.id, { skipDuplicates: true });
    expect(done).toMatchObject({ status: 'done', imported: 2, checked: 4 });
    expect(done.skipped).toEqual([
      { row: 2, reason: `Possible duplicate of Eve Existing (#${existing.json().candidate.id}): same email` },
      { row: 4, reason: 'Possible duplicate of row 3 of this file: same phone' },
    ]);
    expect((await candidatesNamed('Fay')).map((c) => c.name)).toEqual(['Fay First']);
  });

  it('imports duplicates when not told to skip them, as the form does', async () => {
    const up = await upload(
      t,
      rita,
      'candidates',
      'Name,Email\nHal Twin,hal@example.test\nHal Twin,hal@example.test\n',
    );
    await map(t, rita, up);
    expect(await runToEnd(t, rita, up.id)).toMatchObject({ status: 'done', imported: 2 });
  });

  it('keeps nothing of a batch that fails part way, and lets it run again', async () => {
    // A database rule that refuses one row stands in for any failure mid-batch.
    if (t.ctx.dialect === 'postgres') {
      await sql`CREATE FUNCTION refuse_boom() RETURNS trigger AS $$ BEGIN
          IF NEW.name = 'Ivy Boom' THEN RAISE EXCEPTION 'refused by a database rule'; END IF;
          RETURN NEW; END $$ LANGUAGE plpgsql`.execute(t.ctx.db);
      await sql`CREATE TRIGGER refuse_boom BEFORE INSERT ON candidate
          FOR EACH ROW EXECUTE FUNCTION refuse_boom()`.execute(t.ctx.db);
    } else {
      await sql`CREATE TRIGGER refuse_boom BEFORE INSERT ON candidate WHEN NEW.name = 'Ivy Boom'
          BEGIN SELECT RAISE(ABORT, 'refused by a database rule'); END`.execute(t.ctx.db);
    }
    const up = await upload(
      t,
      rita,
      'candidates',
      'Name,Email\nIvy One,ivy1@example.test\nIvy Two,ivy2@example.test\nIvy Boom,boom@example.test\nIvy Four,ivy4@example.test\n',
    );
    await map(t, rita, up);
    const activityBefore = await t.ctx.db
      .selectFrom('activity')
      .select((e) => e.fn.countAll().as('n'))
      .executeTakeFirst();
    const failed = await runToEnd(t, rita, up.id);
    expect(failed).toMatchObject({ status: 'failed', imported: 0, processed: 0, skippedCount: 0 });
    expect(failed.error).toMatch(
      /^Row 4 could not be saved: .*refused by a database rule.*Nothing was imported\.$/,
    );
    expect(await candidatesNamed('Ivy')).toEqual([]);
    const activityAfter = await t.ctx.db
      .selectFrom('activity')
      .select((e) => e.fn.countAll().as('n'))
      .executeTakeFirst();
    expect(Number(activityAfter?.n)).toBe(Number(activityBefore?.n));

    await sql`DROP TRIGGER refuse_boom${t.ctx.dialect === 'postgres' ? sql` ON candidate` : sql``}`.execute(
      t.ctx.db,
    );
    const again = await runToEnd(t, rita, up.id);
    expect(again).toMatchObject({ status: 'done', imported: 4, error: '' });
  });
});

describe('keeping uploads', () => {
  it('removes uploads older than the retention period when a new one is made', async () => {
    const old = await upload(t, rita, 'candidates', 'Name\nOld Upload\n', 'old.csv');
    const longAgo = new Date(Date.now() - 31 * 86_400_000).toISOString();
    await t.ctx.db
      .updateTable('import_batch')
      .set({ created_at: longAgo })
      .where('id', '=', old.id)
      .execute();
    const recent = await upload(t, rita, 'candidates', 'Name\nRecent Upload\n', 'recent.csv');
    expect((await get(rita, `/api/v1/imports/${old.id}`)).statusCode).toBe(404);
    expect((await get(rita, `/api/v1/imports/${recent.id}`)).statusCode).toBe(200);
    const rows = await t.ctx.db
      .selectFrom('import_row')
      .select('batch_id')
      .where('batch_id', '=', old.id)
      .execute();
    expect(rows).toEqual([]);
  });
});
