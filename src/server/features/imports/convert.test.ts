import { describe, expect, it } from 'vitest';
import { candidateInput } from '../../../shared/candidates.ts';
import { checkCandidate, checkOpening, type Lookups } from './convert.ts';
import { duplicatesInFile } from './file-duplicates.ts';
import { checkRows, mappedValues } from './rows.ts';
import { money, oneOf, Problem } from './values.ts';

const lookups: Lookups = {
  staff: [
    { id: 'u1', name: 'Rita Recruiter', email: 'rita@agency.test' },
    { id: 'u2', name: 'Sam Same', email: 'sam1@agency.test' },
    { id: 'u3', name: 'Sam Same', email: 'sam2@agency.test' },
  ],
  companies: new Map([['acme ltd', 7]]),
  createMissingCompanies: false,
  defaultOwnerId: 'me',
};

describe('candidate rows', () => {
  it('turns text cells into the input the form sends', () => {
    const { input, errors } = checkCandidate(
      {
        name: 'Ada Lovelace',
        email: ' ADA@Example.com ',
        field: 'software',
        skills: 'js; React, SQL',
        yearsExperience: '7 years',
        workplaceTypes: 'Remote, on site',
        employmentTypes: 'Full time',
        salaryAmount: '$95,000',
        salaryCurrency: 'cad',
        salaryPeriod: 'per year',
        availableFrom: '2026/12/01',
        source: 'Job board',
        owner: 'RITA@agency.test',
        consentGivenOn: '2026-03-04',
        consentWording: 'Yes',
      },
      lookups,
    );
    expect(errors).toEqual({});
    expect(input).toMatchObject({
      name: 'Ada Lovelace',
      email: 'ada@example.com',
      field: 'Software',
      skills: ['js', 'React', 'SQL'],
      yearsExperience: 7,
      workplaceTypes: ['remote', 'on-site'],
      employmentTypes: ['full-time'],
      desiredSalary: { amount: 9_500_000, currency: 'CAD', period: 'year' },
      availableFrom: '2026-12-01',
      source: 'job-board',
      ownerId: 'u1',
      consent: { givenOn: '2026-03-04', wording: 'Yes' },
    });
  });

  it('gives the form’s own messages for what the schema rejects', () => {
    const form = candidateInput.safeParse({ name: '', email: 'nope', availableFrom: '12/01/2026' });
    const messages = form.success
      ? {}
      : Object.fromEntries(form.error.issues.map((i) => [i.path[0], i.message]));
    const { input, errors } = checkCandidate(
      { name: '', email: 'nope', availableFrom: '12/01/2026' },
      lookups,
    );
    expect(input).toBeNull();
    expect(errors).toEqual({
      name: messages.name,
      email: messages.email,
      availableFrom: messages.availableFrom,
    });
    expect(errors.email).toBe('Enter a valid email address');
  });

  it('explains values it cannot read, against the field they came from', () => {
    const { errors } = checkCandidate(
      {
        name: 'X',
        field: 'Basket weaving',
        yearsExperience: 'lots',
        workplaceTypes: 'office',
        salaryAmount: '50000',
        owner: 'Sam Same',
        source: 'carrier pigeon',
      },
      lookups,
    );
    expect(errors).toEqual({
      field: expect.stringContaining('“Basket weaving” is not a field: use Administration'),
      yearsExperience: 'Enter a number, such as 5',
      workplaceTypes: '“office” is not a workplace type: use On-site, Hybrid, Remote',
      salaryCurrency: 'Give the currency, such as CAD',
      salaryPeriod: 'Give the period, such as year',
      owner: 'More than one recruiter has this name: use their email',
      source: expect.stringContaining('is not a source'),
    });
    expect(checkCandidate({ name: 'X', owner: 'nobody@x.test' }, lookups).errors.owner).toBe(
      'No recruiter has this email or name',
    );
  });

  it('gives a row without an owner to the person importing', () => {
    expect(checkCandidate({ name: 'X' }, lookups).input?.ownerId).toBe('me');
  });
});

describe('opening rows', () => {
  const base = {
    company: 'ACME Ltd',
    title: 'Welder',
    field: 'Skilled trades',
    description: 'Welding.',
    city: 'Hamilton',
    workplaceType: 'On-site',
    employmentType: 'contract',
  };
  it('finds the company by name and reads salary ranges', () => {
    const { input, errors } = checkOpening(
      {
        ...base,
        salaryMin: '25.50',
        salaryMax: '30',
        salaryCurrency: 'CAD',
        salaryPeriod: 'hourly',
        postedAt: '2026-01-05',
      },
      lookups,
    );
    expect(errors).toEqual({});
    expect(input).toMatchObject({
      companyId: 7,
      salary: { min: 2550, max: 3000, currency: 'CAD', period: 'hour' },
      postedAt: '2026-01-05T00:00:00Z',
      positions: 1,
      status: 'draft',
    });
  });

  it('reports a missing company, or plans to create it when asked', () => {
    expect(checkOpening({ ...base, company: 'Nowhere Inc' }, lookups).errors.company).toMatch(
      /No company named/,
    );
    const planned = checkOpening(
      { ...base, company: 'Nowhere Inc' },
      { ...lookups, createMissingCompanies: true },
    );
    expect(planned.errors).toEqual({});
    expect(planned.newCompany).toBe('Nowhere Inc');
  });

  it('uses the schema’s messages and rules', () => {
    const { errors } = checkOpening(
      {
        ...base,
        title: '',
        city: '',
        workplaceType: 'hybrid',
        salaryMin: '90',
        salaryMax: '10',
        salaryCurrency: 'CAD',
        salaryPeriod: 'year',
        field: '',
      },
      lookups,
    );
    expect(errors).toEqual({
      title: 'Enter a job title',
      salaryMax: 'The minimum must not be above the maximum',
      field: 'Choose a field',
    });
    // As in the form, the whole-opening rule speaks once the fields themselves are right.
    expect(checkOpening({ ...base, city: '', workplaceType: 'hybrid' }, lookups).errors).toEqual({
      city: 'Give a city or country for an on-site or hybrid job',
    });
  });
});

describe('values', () => {
  it('reads amounts as people write them', () => {
    expect(money('55,000', 'USD')).toBe(5_500_000);
    expect(money('1.234,50', 'EUR')).toBe(123_450);
    expect(money('12,5', 'EUR')).toBe(1250);
    expect(money('55k', 'GBP')).toBe(5_500_000);
    expect(money('¥300000', 'JPY')).toBe(300_000);
    expect(money('-5', 'USD')).toBeInstanceOf(Problem);
    expect(money('', 'USD')).toBeNull();
  });
  it('matches closed lists loosely', () => {
    expect(oneOf('Per Month', ['hour', 'month'] as const, 'a period')).toBe('month');
    expect(oneOf('ON HOLD', ['open', 'on-hold'] as const, 'a status')).toBe('on-hold');
  });
});

describe('duplicates within a file', () => {
  it('flags rows that share an email, a phone, or a name with a similar email', () => {
    const found = duplicatesInFile([
      { row: 2, name: 'Ada Lovelace', email: 'ada@x.test', phone: '' },
      { row: 3, name: 'Grace Hopper', email: 'ADA@x.test', phone: '+1 709 555 0100' },
      { row: 4, name: 'Alan Turing', email: '', phone: '709-555-0100' },
      { row: 5, name: 'Ada  Lovelace', email: 'ada.l@y.test', phone: '' },
      { row: 6, name: 'Someone Else', email: 'else@x.test', phone: '' },
    ]);
    expect(found.get(2)).toEqual([{ row: 3, reasons: ['same-email'] }]);
    expect(found.get(3)).toEqual([
      { row: 2, reasons: ['same-email'] },
      { row: 4, reasons: ['same-phone'] },
    ]);
    expect(found.get(6)).toBeUndefined();
  });

  it('joins first and last names and applies fixes over the cells', () => {
    const batch = {
      kind: 'candidates' as const,
      headers: ['F', 'L', 'E'],
      mapping: { F: 'firstName', L: 'lastName', E: 'email' },
    };
    const row = { n: 2, cells: ['Ada', 'Lovelace', 'bad'], edits: { email: 'ada@x.test' } };
    expect(mappedValues(batch, row)).toEqual({ name: 'Ada Lovelace', email: 'ada@x.test' });
    const { summary } = checkRows(batch, [row, { n: 3, cells: ['', '', 'oops'], edits: {} }], lookups);
    expect(summary).toEqual({ total: 2, valid: 1, invalid: 1, duplicatesInFile: 0, newCompanies: [] });
  });
});
