import { describe, expect, it } from 'vitest';
import { type CandidateOpening, listInWords, suggestOpenings } from './suggest.ts';

const skill = (name: string) => ({ key: name.toLowerCase(), name });
const opening = (
  id: number,
  title: string,
  companyId: number,
  field: string,
  skills: string[],
): CandidateOpening => ({
  id,
  title,
  slug: `o-${id}`,
  companyId,
  companyName: companyId === 1 ? 'Harbour Bank' : 'Quay Logistics',
  field,
  skills: skills.map(skill),
});

const base = {
  companyId: 1,
  field: 'Finance',
  exclude: new Set([10]),
  profile: [skill('Excel'), skill('Bookkeeping')],
  raised: [skill('SQL'), skill('Stakeholder management')],
};

describe('better-suited openings', () => {
  it('puts the same company first, then the same field, each by how well the skills match', () => {
    const s = suggestOpenings({
      ...base,
      openings: [
        opening(10, 'Teller', 1, 'Finance', ['Excel']),
        opening(11, 'Data Analyst', 1, 'Finance', ['SQL', 'Stakeholder management', 'Python']),
        opening(12, 'Branch Clerk', 1, 'Administration', ['Filing']),
        opening(20, 'Finance Assistant', 2, 'Finance', ['Excel', 'Bookkeeping']),
        opening(21, 'Driver', 2, 'Logistics', ['Driving']),
      ],
    });
    // The Branch Clerk is at the company but in another field and matches nothing: left out.
    expect(s.map((x) => x.opening.id)).toEqual([11, 20]);
    expect(s[0]?.score).toBeCloseTo(4 / 6);
    expect(s[1]?.score).toBeCloseTo(2 / 4);
  });

  it('says why, naming the skills raised in the interview and those on the profile', () => {
    const [analyst, mixed, assistant] = suggestOpenings({
      ...base,
      openings: [
        opening(11, 'Data Analyst', 1, 'Finance', ['SQL', 'Stakeholder management']),
        opening(20, 'Finance Assistant', 2, 'Finance', ['Excel']),
        opening(22, 'Reporting Lead', 2, 'Finance', ['SQL', 'Excel']),
      ],
    });
    expect(analyst?.reason).toBe(
      'Also at Harbour Bank: asks for SQL and Stakeholder management, both raised in your interview.',
    );
    expect(mixed?.reason).toBe(
      'In Finance: asks for SQL, raised in your interview, and Excel, on your profile.',
    );
    expect(assistant?.reason).toBe('In Finance: asks for Excel, on your profile.');
  });

  it('ranks an opening with no skills listed last, with a plain reason, and honours the limit', () => {
    const s = suggestOpenings(
      {
        ...base,
        openings: [
          opening(13, 'Receptionist', 1, 'Finance', []),
          opening(14, 'Analyst', 1, 'Finance', ['SQL']),
        ],
      },
      1,
    );
    expect(s.map((x) => x.opening.id)).toEqual([14]);
    const all = suggestOpenings({ ...base, openings: [opening(13, 'Receptionist', 1, 'Finance', [])] });
    expect(all[0]?.reason).toBe('Also at Harbour Bank; it asks for skills you could build on.');
  });

  it('speaks about the person when staff read it', () => {
    const [analyst, receptionist, lead] = suggestOpenings({
      ...base,
      voice: 'they',
      openings: [
        opening(11, 'Data Analyst', 1, 'Finance', ['SQL']),
        opening(13, 'Receptionist', 1, 'Finance', []),
        opening(22, 'Reporting Lead', 2, 'Finance', ['SQL', 'Excel']),
      ],
    });
    expect(analyst?.reason).toBe('Also at Harbour Bank: asks for SQL, raised in their interview.');
    expect(receptionist?.reason).toBe('Also at Harbour Bank; it asks for skills they could build on.');
    expect(lead?.reason).toBe(
      'In Finance: asks for SQL, raised in their interview, and Excel, on their profile.',
    );
    for (const s of [analyst, receptionist, lead]) expect(s?.reason).not.toMatch(/\byou/);
  });

  it('lists words naturally', () => {
    expect([
      listInWords([]),
      listInWords(['A']),
      listInWords(['A', 'B']),
      listInWords(['A', 'B', 'C']),
    ]).toEqual(['', 'A', 'A and B', 'A, B and C']);
  });
});
