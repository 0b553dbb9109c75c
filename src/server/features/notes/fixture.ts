import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { RecruiterAccess } from '../../../shared/access.ts';
import { createUser, request, type TestApp, type TestUser, testApp } from '../../testing/harness.ts';

// An agency desk for the notes and tasks tests: an admin, two recruiters (Rita and Ben) who
// each own a candidate, an opening and an application between them, a client company, and two
// job seekers whose portal accounts are linked to those candidate records.

export interface Records {
  candidateId: number;
  openingId: number;
  applicationId: number;
}

export interface Desk {
  t: TestApp;
  admin: TestUser;
  rita: TestUser;
  ben: TestUser;
  /** The job seeker behind Rita's candidate record. */
  seeker: TestUser;
  /** The job seeker behind Ben's candidate record. */
  otherSeeker: TestUser;
  companyId: number;
  ritas: Records;
  bens: Records;
  call(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    who: TestUser,
    payload?: InjectOptions['payload'],
  ): Promise<LightMyRequestResponse>;
  setAccess(mode: RecruiterAccess): Promise<void>;
}

export async function setupDesk(): Promise<Desk> {
  const t = await testApp();
  const [admin, rita, ben, seeker, otherSeeker] = [
    await createUser(t, 'admin', 'Ada Admin'),
    await createUser(t, 'recruiter', 'Rita Recruiter'),
    await createUser(t, 'recruiter', 'Ben Recruiter'),
    await createUser(t, 'candidate', 'Sam Seeker'),
    await createUser(t, 'candidate', 'Olive Other'),
  ];
  const call: Desk['call'] = (method, url, who, payload) =>
    request(t, { method, url, cookie: who.cookie, ...(payload === undefined ? {} : { payload }) });
  const created = async (res: Promise<LightMyRequestResponse>) => {
    const r = await res;
    expect(r.statusCode, r.body).toBe(201);
    return r.json();
  };
  const company = await created(call('POST', '/api/v1/companies', admin, { name: 'Harbour Bank' }));
  const records = async (owner: TestUser, person: TestUser, name: string): Promise<Records> => {
    const candidate = (await created(call('POST', '/api/v1/candidates', owner, { name, ownerId: owner.id })))
      .candidate;
    await t.ctx.db
      .updateTable('candidate')
      .set({ user_id: person.id })
      .where('id', '=', candidate.id)
      .execute();
    const opening = await created(
      call('POST', '/api/v1/openings', owner, {
        companyId: company.id,
        title: `Teller for ${name}`,
        field: 'Finance',
        description: 'Count money.',
        city: 'Halifax',
        workplaceType: 'on-site',
        employmentType: 'full-time',
        status: 'open',
        ownerId: owner.id,
      }),
    );
    const application = await created(
      call('POST', '/api/v1/applications', owner, { candidateId: candidate.id, openingId: opening.id }),
    );
    return { candidateId: candidate.id, openingId: opening.id, applicationId: application.id };
  };
  return {
    t,
    admin,
    rita,
    ben,
    seeker,
    otherSeeker,
    companyId: company.id,
    ritas: await records(rita, seeker, 'Sam Seeker'),
    bens: await records(ben, otherSeeker, 'Olive Other'),
    call,
    setAccess: async (mode) => {
      const res = await call('PUT', '/api/v1/settings/access', admin, { recruiterAccess: mode });
      expect(res.statusCode, res.body).toBe(200);
    },
  };
}
