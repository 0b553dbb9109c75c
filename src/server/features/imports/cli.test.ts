import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, type TestApp, type TestUser, testApp } from '../../testing/harness.ts';
import { applyMapOptions, ImportCliError, importFile, progressLine, summaryText } from './cli.ts';
import type { RunProgress } from './runner.ts';

let t: TestApp;
let rita: TestUser;
const dir = mkdtempSync(join(tmpdir(), 'ft-import-cli-'));

function csvFile(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

beforeAll(async () => {
  t = await testApp();
  rita = await createUser(t, 'recruiter', 'Rita Recruiter');
});
afterAll(async () => t?.close());

const names = async (prefix: string) =>
  (
    await t.ctx.db
      .selectFrom('candidate')
      .select('name')
      .where('name', 'like', `${prefix}%`)
      .orderBy('name')
      .execute()
  ).map((r) => r.name);

describe('the import command', () => {
  it('imports a file with --map and --skip-invalid, reporting progress and each skipped row', async () => {
    const rows = Array.from({ length: 450 }, (_, i) => `Cli Person ${i},cli${i}@example.test,note ${i}`);
    rows[9] = 'Cli Broken,broken-at-example,x';
    const path = csvFile('people.csv', `Who,Mail,Remarks\n${rows.join('\n')}\n`);
    const progress: RunProgress[] = [];
    const summary = await importFile(t.ctx, {
      kind: 'candidates',
      path,
      map: ['Who=name', 'Mail=email'],
      skipInvalid: true,
      user: { id: rita.id, role: 'recruiter' },
      onProgress: (p) => progress.push(p),
    });
    expect(summary).toMatchObject({ status: 'done', total: 450, imported: 449, error: '' });
    expect(summary.mapping).toEqual({ Who: 'name', Mail: 'email', Remarks: 'ignore' });
    expect(summary.skipped).toEqual([{ row: 11, reason: 'Errors: Email: Enter a valid email address' }]);
    expect(progress.map((p) => p.done)).toEqual([200, 400, 450]);
    expect((await names('Cli ')).length).toBe(449);
    expect(summaryText(summary, 'candidates')).toBe(
      'Imported 449 of 450 candidates; skipped 1.\n  row 11: Errors: Email: Enter a valid email address',
    );
  });

  it('refuses a file with bad rows unless told to skip them, naming the rows', async () => {
    const path = csvFile('bad.csv', 'Name,Email\nDee Fine,dee@example.test\nDee Bad,nope\n');
    const run = importFile(t.ctx, { kind: 'candidates', path, user: { id: rita.id, role: 'recruiter' } });
    await expect(run).rejects.toThrow(ImportCliError);
    await expect(
      importFile(t.ctx, { kind: 'candidates', path, user: { id: rita.id, role: 'recruiter' } }),
    ).rejects.toThrow(/1 row has errors.*\n {2}row 3: Email: Enter a valid email address/);
    expect(await names('Dee ')).toEqual([]);
  });

  it('says what is wrong with a file that is not CSV, or a mapping that cannot work', async () => {
    const binary = csvFile('photo.csv', '\u0000\u0001\u0002\u0003\u0004');
    await expect(
      importFile(t.ctx, { kind: 'candidates', path: binary, user: { id: rita.id, role: 'recruiter' } }),
    ).rejects.toThrow(/not CSV text/);
    const path = csvFile('cols.csv', 'Foo,Bar\n1,2\n');
    await expect(
      importFile(t.ctx, { kind: 'candidates', path, user: { id: rita.id, role: 'recruiter' } }),
    ).rejects.toThrow(/Choose a column for: Name[\s\S]*--map/);
    await expect(
      importFile(t.ctx, {
        kind: 'candidates',
        path,
        map: ['Nope=name'],
        user: { id: rita.id, role: 'recruiter' },
      }),
    ).rejects.toThrow('the file has no column “Nope”');
  });

  it('moves a field to the column --map names, and leaves one out with =ignore', () => {
    expect(applyMapOptions({ A: 'email', B: 'ignore', C: 'name' }, ['B=email', 'C=ignore'])).toEqual({
      A: 'ignore',
      B: 'email',
      C: 'ignore',
    });
    expect(() => applyMapOptions({ A: 'name' }, ['A'])).toThrow('write it as "Column header=field"');
  });

  it('draws a progress bar', () => {
    expect(progressLine({ phase: 'importing', done: 800, total: 2000 }, 10)).toBe(
      '[####------]  40% importing 800 of 2,000',
    );
    expect(progressLine({ phase: 'checking', done: 3, total: 3 }, 4)).toBe(
      '[####] 100% checking for duplicates 3 of 3',
    );
  });
});
