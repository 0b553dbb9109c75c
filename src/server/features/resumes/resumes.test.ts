import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecruiterAccess } from '../../../shared/access.ts';
import { MAX_RESUME_BYTES } from '../../../shared/applications.ts';
import { textDocx } from '../../testing/docx.ts';
import { createUser, request, type TestApp, type TestUser, testApp } from '../../testing/harness.ts';
import { textPdf } from '../../testing/pdf.ts';

let t: TestApp;
let admin: TestUser;
let owner: TestUser;
let colleague: TestUser;
let seeker: TestUser;
let candidateId: number;

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A multipart body with one file part, built by hand so the test controls every byte. */
function multipart(file: { field?: string; name: string; type: string; data: Buffer }) {
  const boundary = '----followthrough-resume-boundary';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'resume'}"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), file.data, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

const upload = (user: TestUser, id: number, body: ReturnType<typeof multipart>) =>
  request(t, { method: 'POST', url: `/api/v1/candidates/${id}/resumes`, cookie: user.cookie, ...body });
const versions = (user: TestUser, id = candidateId) =>
  request(t, { method: 'GET', url: `/api/v1/candidates/${id}/resumes`, cookie: user.cookie });
const search = async (q: string, user = owner) => {
  const res = await request(t, {
    method: 'GET',
    url: `/api/v1/candidates?q=${encodeURIComponent(q)}`,
    cookie: user.cookie,
  });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().results as { id: number }[]).map((c) => c.id);
};
const setAccess = async (recruiterAccess: RecruiterAccess) => {
  const res = await request(t, {
    method: 'PUT',
    url: '/api/v1/settings/access',
    cookie: admin.cookie,
    payload: { recruiterAccess },
  });
  expect(res.statusCode, res.body).toBe(200);
};
const count = async () => (await versions(owner)).json().length as number;

beforeAll(async () => {
  t = await testApp();
  admin = await createUser(t, 'admin', 'Ada Admin');
  owner = await createUser(t, 'recruiter', 'Rita Recruiter');
  colleague = await createUser(t, 'recruiter', 'Colin Colleague');
  seeker = await createUser(t, 'candidate', 'Sam Seeker');
  const created = await request(t, {
    method: 'POST',
    url: '/api/v1/candidates',
    cookie: owner.cookie,
    payload: { name: 'Morgan Hale', headline: 'Warehouse lead', ownerId: owner.id },
  });
  expect(created.statusCode, created.body).toBe(201);
  candidateId = created.json().candidate.id;
  // Someone else, so a search that finds everybody would be caught.
  await request(t, {
    method: 'POST',
    url: '/api/v1/candidates',
    cookie: owner.cookie,
    payload: { name: 'Nobody Else', ownerId: owner.id },
  });
});
afterAll(async () => t?.close());

describe('resume versions', () => {
  it('reads the text of an uploaded PDF so the candidate is found by a word only in it', async () => {
    expect(await search('zygomorphic')).toEqual([]);
    const pdf = textPdf('Forklift certified; ran the zygomorphic inventory project (2019)');
    const res = await upload(
      owner,
      candidateId,
      multipart({ name: 'Morgan CV.pdf', type: 'application/pdf', data: pdf }),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      name: 'Morgan CV.pdf',
      sizeBytes: pdf.length,
      uploadedBy: 'Rita Recruiter',
    });
    expect(res.json().textLength).toBeGreaterThan(20);
    expect(await search('zygomorphic')).toEqual([candidateId]);

    // Staff download exactly the bytes that were sent.
    const file = await request(t, {
      method: 'GET',
      url: `/api/v1/files/${res.json().fileId}`,
      cookie: colleague.cookie,
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.equals(pdf)).toBe(true);
  });

  it('reads a Word document too, and lists versions newest first', async () => {
    const docx = textDocx('Crane operator & rigger, quartermaster of the night shift');
    const res = await upload(owner, candidateId, multipart({ name: 'cv.docx', type: DOCX_TYPE, data: docx }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().textLength).toBeGreaterThan(20);
    expect(await search('quartermaster')).toEqual([candidateId]);
    const list = (await versions(owner)).json() as { name: string }[];
    expect(list.map((v) => v.name)).toEqual(['cv.docx', 'Morgan CV.pdf']);
  });

  it('keeps a PDF with no readable text, and says so with a text length of 0', async () => {
    const blank = Buffer.from(
      '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
    );
    const res = await upload(
      owner,
      candidateId,
      multipart({ name: 'scan.pdf', type: 'application/pdf', data: blank }),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().textLength).toBe(0);
  });

  it('refuses what is not a resume, clearly, and stores nothing', async () => {
    const before = await count();
    const text = await upload(
      owner,
      candidateId,
      multipart({ name: 'cv.pdf', type: 'application/pdf', data: Buffer.from('plain text named .pdf') }),
    );
    expect(text.statusCode).toBe(415);
    expect(text.json().error).toMatchObject({ code: 'unsupported_file_type' });
    expect(text.json().error.message).toContain('PDF or Word');
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    expect(
      (await upload(owner, candidateId, multipart({ name: 'me.png', type: 'image/png', data: png })))
        .statusCode,
    ).toBe(415);
    const big = await upload(
      owner,
      candidateId,
      multipart({
        name: 'big.pdf',
        type: 'application/pdf',
        data: Buffer.concat([textPdf('x'), Buffer.alloc(MAX_RESUME_BYTES)]),
      }),
    );
    expect(big.statusCode).toBe(413);
    const wrongField = await upload(
      owner,
      candidateId,
      multipart({ field: 'cv', name: 'cv.pdf', type: 'application/pdf', data: textPdf('hello') }),
    );
    expect(wrongField.statusCode).toBe(400);
    expect(wrongField.json().error.fields).toEqual({ resume: 'Choose a file' });
    const json = await request(t, {
      method: 'POST',
      url: `/api/v1/candidates/${candidateId}/resumes`,
      cookie: owner.cookie,
      payload: { resume: 'not a file' },
    });
    expect(json.statusCode).toBe(400);
    expect(json.json().error.fields.resume).toBeTruthy();
    expect(await count()).toBe(before);
  });

  it('answers 404 for a candidate that does not exist', async () => {
    const pdf = multipart({ name: 'cv.pdf', type: 'application/pdf', data: textPdf('hello') });
    expect((await upload(owner, 999_999, pdf)).statusCode).toBe(404);
    expect((await versions(owner, 999_999)).statusCode).toBe(404);
  });
});

describe('who may see and add resumes', () => {
  const pdf = () => multipart({ name: 'other.pdf', type: 'application/pdf', data: textPdf('intruder') });

  it('hides another recruiter’s candidate under own-only, and shows it read-only under own-read-only', async () => {
    const before = await count();
    try {
      await setAccess('own-only');
      expect((await versions(colleague)).statusCode).toBe(404);
      expect((await upload(colleague, candidateId, pdf())).statusCode).toBe(404);
      expect(await search('zygomorphic', colleague)).toEqual([]);
      // Their own still works, and an admin sees everything.
      expect((await versions(owner)).statusCode).toBe(200);
      expect((await versions(admin)).statusCode).toBe(200);

      await setAccess('own-read-only');
      expect((await versions(colleague)).statusCode).toBe(200);
      const locked = await upload(colleague, candidateId, pdf());
      expect(locked.statusCode).toBe(403);
      expect(locked.json().error.message).toContain('another recruiter');
    } finally {
      await setAccess('all');
    }
    expect(await count()).toBe(before);
    // With the default rule, a colleague may add one.
    expect((await upload(colleague, candidateId, pdf())).statusCode).toBe(201);
  });

  it('is for staff: a job seeker gets 403 and a visitor 401', async () => {
    const before = await count();
    expect((await versions(seeker)).statusCode).toBe(403);
    expect((await upload(seeker, candidateId, pdf())).statusCode).toBe(403);
    const anon = await request(t, { method: 'GET', url: `/api/v1/candidates/${candidateId}/resumes` });
    expect(anon.statusCode).toBe(401);
    expect(await count()).toBe(before);
    // Nor can a job seeker download a file that is not theirs.
    const [newest] = (await versions(owner)).json() as { fileId: number }[];
    const file = await request(t, {
      method: 'GET',
      url: `/api/v1/files/${newest?.fileId}`,
      cookie: seeker.cookie,
    });
    expect(file.statusCode).toBe(404);
  });
});
