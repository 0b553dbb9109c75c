import type { Selectable } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { CandidateTable } from '../../db/tables.ts';
import { checkMerge, mergedColumns } from './merge.ts';

const row = (over: Partial<Selectable<CandidateTable>>): Selectable<CandidateTable> => ({
  id: 1,
  user_id: null,
  name: 'Jo Ann',
  email: '',
  phone: '',
  phone_key: '',
  city: '',
  region: '',
  country: '',
  headline: '',
  field: null,
  years_experience: null,
  workplace_types: '',
  employment_types: '',
  salary_amount: null,
  salary_currency: null,
  salary_period: null,
  available_from: null,
  source: 'sourced',
  owner_id: null,
  consent_on: null,
  consent_wording: '',
  created_by: null,
  created_at: '2026-01-01T00:00:00.000Z',
  updated_at: '2026-01-01T00:00:00.000Z',
  ...over,
});

describe('mergedColumns', () => {
  it('keeps what the kept record has and fills its gaps from the other', () => {
    const kept = row({ id: 1, email: 'jo@a.example', city: 'Gander', workplace_types: 'remote' });
    const other = row({
      id: 2,
      email: 'jo@b.example',
      phone: '709 555 0100',
      phone_key: '7095550100',
      city: 'Corner Brook',
      headline: 'Welder',
      workplace_types: 'on-site,remote',
      salary_amount: '5000000',
      salary_currency: 'CAD',
      salary_period: 'year',
      user_id: 'u2',
    });
    expect(mergedColumns(kept, other)).toMatchObject({
      email: 'jo@a.example',
      city: 'Gander',
      phone: '709 555 0100',
      phone_key: '7095550100',
      headline: 'Welder',
      workplace_types: 'remote,on-site',
      salary_amount: 5_000_000,
      salary_currency: 'CAD',
      user_id: 'u2',
    });
  });

  it('takes consent and salary whole, never half from each record', () => {
    const kept = row({
      consent_on: '2026-01-01',
      consent_wording: 'A',
      salary_amount: 1,
      salary_currency: 'USD',
      salary_period: 'hour',
    });
    const other = row({
      id: 2,
      consent_on: '2025-01-01',
      consent_wording: 'B',
      salary_amount: 9,
      salary_currency: 'CAD',
      salary_period: 'year',
    });
    expect(mergedColumns(kept, other)).toMatchObject({
      consent_on: '2026-01-01',
      consent_wording: 'A',
      salary_amount: 1,
      salary_currency: 'USD',
      salary_period: 'hour',
    });
  });
});

describe('checkMerge', () => {
  it('refuses one record with itself and two portal accounts', () => {
    expect(checkMerge(row({ id: 1 }), row({ id: 1 }))).toMatchObject({ ok: false, code: 'same_record' });
    expect(checkMerge(row({ id: 1, user_id: 'a' }), row({ id: 2, user_id: 'b' }))).toMatchObject({
      code: 'two_accounts',
    });
    expect(checkMerge(row({ id: 1, user_id: 'a' }), row({ id: 2 }))).toEqual({ ok: true });
  });
});
