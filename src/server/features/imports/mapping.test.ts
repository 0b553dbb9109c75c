import { describe, expect, it } from 'vitest';
import { headerKey, mappingProblems, suggestMapping } from './mapping.ts';

describe('suggestMapping', () => {
  it('recognises the usual names of candidate columns', () => {
    const headers = [
      'Full name',
      'E-mail',
      'Mobile phone',
      'Town',
      'Province',
      'Country',
      'Job Title',
      'Key skills',
      'Years of experience',
      'Recruiter',
      'Notes',
    ];
    expect(suggestMapping('candidates', headers)).toEqual({
      'Full name': 'name',
      'E-mail': 'email',
      'Mobile phone': 'phone',
      Town: 'city',
      Province: 'region',
      Country: 'country',
      'Job Title': 'headline',
      'Key skills': 'skills',
      'Years of experience': 'yearsExperience',
      Recruiter: 'owner',
      Notes: 'ignore',
    });
  });

  it('maps every spelling of email, and each field only once', () => {
    for (const h of [
      'Email',
      'email',
      'E-Mail',
      'Email address',
      'E-mail Address',
      'Candidate email',
      'EMAIL_ADDRESS',
    ])
      expect(suggestMapping('candidates', [h])[h], h).toBe('email');
    expect(suggestMapping('candidates', ['Email', 'Work email'])).toEqual({
      Email: 'email',
      'Work email': 'ignore',
    });
  });

  it('takes first and last names apart, and camelCase headers too', () => {
    expect(suggestMapping('candidates', ['First Name', 'Surname', 'yearsExperience'])).toEqual({
      'First Name': 'firstName',
      Surname: 'lastName',
      yearsExperience: 'yearsExperience',
    });
  });

  it('does not guess from a word that only looks like a field', () => {
    expect(suggestMapping('candidates', ['Last contacted', 'First interview'])).toEqual({
      'Last contacted': 'ignore',
      'First interview': 'ignore',
    });
  });

  it('recognises opening columns, including our own export headers', () => {
    expect(
      suggestMapping('openings', [
        'Client',
        'Job title',
        'Industry',
        'Job description',
        'Workplace type',
        'Job type',
        'Salary minimum',
        'Max salary',
        'Currency',
        'Salary period',
        'Headcount',
        'Status',
        'Closing date',
        'ID',
      ]),
    ).toEqual({
      Client: 'company',
      'Job title': 'title',
      Industry: 'field',
      'Job description': 'description',
      'Workplace type': 'workplaceType',
      'Job type': 'employmentType',
      'Salary minimum': 'salaryMin',
      'Max salary': 'salaryMax',
      Currency: 'salaryCurrency',
      'Salary period': 'salaryPeriod',
      Headcount: 'positions',
      Status: 'status',
      'Closing date': 'validThrough',
      ID: 'ignore',
    });
  });

  it('normalises header names', () => {
    expect(headerKey('  E-Mail  Address ')).toBe('e mail address');
    expect(headerKey('Prénom')).toBe('prenom');
    expect(headerKey('firstName')).toBe('first name');
  });
});

describe('mappingProblems', () => {
  const headers = ['Name', 'Email', 'Mail 2'];
  it('accepts a mapping that fills the required fields', () => {
    expect(
      mappingProblems('candidates', headers, { Name: 'name', Email: 'email', 'Mail 2': 'ignore' }),
    ).toEqual({});
  });
  it('accepts first and last names instead of a name', () => {
    expect(mappingProblems('candidates', ['F', 'L'], { F: 'firstName', L: 'lastName' })).toEqual({});
  });
  it('names unknown columns, unknown fields, repeats and missing required fields', () => {
    expect(
      mappingProblems('candidates', headers, {
        Email: 'email',
        'Mail 2': 'email',
        Nope: 'name',
        Name: 'salary',
      }),
    ).toEqual({
      Nope: 'The file has no such column',
      Name: '“salary” is not a field you can import',
      'Mail 2': 'Email is already filled from “Email”',
      mapping: 'Choose a column for: Name',
    });
    expect(mappingProblems('openings', ['Title'], { Title: 'title' }).mapping).toBe(
      'Choose a column for: Company, Field, Description, Workplace type, Employment type',
    );
  });
});
