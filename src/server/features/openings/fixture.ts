import { expect } from 'vitest';
import { createUser, request, type TestApp, type TestUser, testApp } from '../../testing/harness.ts';

// A job board with one recruiter, one job seeker and one client company, shared by the
// openings tests and the public board tests.

export const base = {
  title: 'Data Analyst',
  field: 'Finance',
  description: '## About\n\nWork with **SQL** and stakeholders.',
  city: 'Halifax',
  region: 'NS',
  country: 'Canada',
  workplaceType: 'hybrid',
  employmentType: 'full-time',
  status: 'open',
  salary: { min: 6_000_000, max: 7_500_000, currency: 'CAD', period: 'year' },
};

export interface Board {
  t: TestApp;
  recruiter: TestUser;
  candidate: TestUser;
  companyId: number;
  createOpening(extra?: Record<string, unknown>): Promise<{ id: number; slug: string; postedAt: string }>;
}

export async function setupBoard(): Promise<Board> {
  const t = await testApp();
  const recruiter = await createUser(t, 'recruiter');
  const candidate = await createUser(t, 'candidate');
  await createUser(t, 'admin');
  const res = await request(t, {
    method: 'POST',
    url: '/api/v1/companies',
    cookie: recruiter.cookie,
    payload: {
      name: 'Harbour Bank',
      industry: 'Banking',
      website: 'https://harbour.example',
      internalNotes: 'Pays late; SECRET-NOTE',
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  const companyId = res.json().id as number;
  const createOpening = async (extra: Record<string, unknown> = {}) => {
    const created = await request(t, {
      method: 'POST',
      url: '/api/v1/openings',
      cookie: recruiter.cookie,
      payload: { ...base, companyId, ...extra },
    });
    expect(created.statusCode, created.body).toBe(201);
    return created.json();
  };
  return { t, recruiter, candidate, companyId, createOpening };
}
