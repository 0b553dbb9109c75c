import { describe, expect, it } from 'vitest';
import { FIELDS } from '../../../shared/vocabulary.ts';
import {
  buildSkillIndex,
  MAX_SKILL_LENGTH,
  normalizeSkill,
  normalizeSkills,
  skillKey,
  suggestSkills,
} from './normalize.ts';
import { SKILL_KINDS, SKILLS, type SkillEntry } from './vocabulary.ts';

const nameOf = (input: string) => normalizeSkill(input)?.name;

describe('the vocabulary', () => {
  it('holds at least 300 skills with unique names', () => {
    expect(SKILLS.length).toBeGreaterThanOrEqual(300);
    expect(new Set(SKILLS.map((s) => s.name)).size).toBe(SKILLS.length);
  });

  it('gives every field at least 12 skills of its own, not counting skills every field shares', () => {
    for (const field of FIELDS) {
      const own = SKILLS.filter((s) => s.fields.includes(field) && s.fields.length < FIELDS.length);
      expect(own.length, field).toBeGreaterThanOrEqual(12);
    }
  });

  it('uses only known fields and kinds, and every entry names at least one field', () => {
    for (const skill of SKILLS) {
      expect(skill.fields.length, skill.name).toBeGreaterThan(0);
      for (const field of skill.fields) expect(FIELDS, skill.name).toContain(field);
      expect(SKILL_KINDS, skill.name).toContain(skill.kind);
    }
  });

  it('keeps names and aliases tidy: trimmed, single-spaced, short', () => {
    for (const skill of SKILLS) {
      for (const text of [skill.name, ...skill.aliases]) {
        expect(text, skill.name).toBe(text.trim().replace(/\s+/g, ' '));
        expect(text.length, text).toBeLessThanOrEqual(MAX_SKILL_LENGTH);
      }
    }
  });

  it('lists no alias that its name or another alias already covers', () => {
    for (const skill of SKILLS) {
      const compact = [skill.name, ...skill.aliases].map((t) => skillKey(t).replaceAll(' ', ''));
      const repeats = compact.filter((k, i) => compact.indexOf(k) !== i);
      expect(repeats, skill.name).toEqual([]);
    }
  });

  it('covers the transferable skills and tools recruiters ask about', () => {
    for (const name of [
      'Communication',
      'Stakeholder management',
      'Project management',
      'Negotiation',
      'Spanish',
      'French',
      'Microsoft Excel',
      'Google Sheets',
      'Salesforce',
      'SAP',
      'QuickBooks',
      'Xero',
      'Figma',
      'Canva',
      'SQL',
      'Python',
      'First aid',
      'CPR',
      'Forklift licence',
      'Food safety',
    ]) {
      expect(
        SKILLS.some((s) => s.name === name),
        name,
      ).toBe(true);
    }
  });
});

describe('buildSkillIndex', () => {
  it('indexes the shipped vocabulary without conflicts', () => {
    expect(() => buildSkillIndex(SKILLS)).not.toThrow();
  });

  it('throws, naming both skills, when one alias would mean two skills', () => {
    const clash: SkillEntry[] = [
      { name: 'Project management', aliases: ['PM'], fields: ['Operations'], kind: 'domain' },
      { name: 'Product management', aliases: ['P.M.'], fields: ['Software'], kind: 'domain' },
    ];
    expect(() => buildSkillIndex(clash)).toThrow(/Project management.*Product management/);
  });

  it('throws when two entries differ only by spacing or case', () => {
    const clash: SkillEntry[] = [
      { name: 'Power Point', aliases: [], fields: ['Sales'], kind: 'tool' },
      { name: 'powerpoint', aliases: [], fields: ['Sales'], kind: 'tool' },
    ];
    expect(() => buildSkillIndex(clash)).toThrow(/Power Point.*powerpoint/);
  });

  it('rejects a name with nothing to compare', () => {
    expect(() => buildSkillIndex([{ name: '--', aliases: [], fields: ['Sales'], kind: 'tool' }])).toThrow(
      /no letters or digits/,
    );
  });
});

describe('normalizeSkill', () => {
  it('maps every name and alias to its skill', () => {
    for (const skill of SKILLS) {
      for (const text of [skill.name, ...skill.aliases]) {
        expect(normalizeSkill(text), text).toEqual({
          name: skill.name,
          known: true,
          key: skillKey(skill.name),
        });
        expect(nameOf(text.toUpperCase()), text).toBe(skill.name);
      }
    }
  });

  it('reads the spellings of JavaScript as one skill', () => {
    for (const typed of [
      'JS',
      'js',
      'Javascript',
      'javascript',
      'JAVASCRIPT',
      ' Java Script ',
      'java-script',
      'ＪＳ',
    ]) {
      expect(normalizeSkill(typed), typed).toEqual({ name: 'JavaScript', known: true, key: 'javascript' });
    }
  });

  it('keeps C, C++, C#, F# and .NET apart', () => {
    expect(normalizeSkill('C')).toEqual({ name: 'C', known: true, key: 'c' });
    expect(normalizeSkill('c++')).toEqual({ name: 'C++', known: true, key: 'c++' });
    expect(normalizeSkill('c#')).toEqual({ name: 'C#', known: true, key: 'c#' });
    expect(normalizeSkill('F#')).toEqual({ name: 'F#', known: true, key: 'f#' });
    expect(nameOf('CPP')).toBe('C++');
    expect(nameOf('C sharp')).toBe('C#');
    expect(nameOf('f sharp')).toBe('F#');
    const keys = ['C', 'C++', 'C#', 'F', 'F#', '.NET', 'net'].map(skillKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('reads .net, dotnet and .NET Core as .NET, but a bare "net" as unknown', () => {
    for (const typed of ['.net', '.NET', 'dotnet', 'DotNet', '.NET Core', 'Microsoft .NET']) {
      expect(normalizeSkill(typed), typed).toEqual({ name: '.NET', known: true, key: '.net' });
    }
    expect(normalizeSkill('net')).toEqual({ name: 'net', known: false, key: 'net' });
    expect(nameOf('ASP.NET')).toBe('ASP.NET');
    expect(nameOf('asp net')).toBe('ASP.NET');
  });

  it('folds case, accents, full-width letters and punctuation', () => {
    expect(nameOf('FRANÇAIS')).toBe('French');
    expect(nameOf('espanol')).toBe('Spanish');
    expect(nameOf('patisserie')).toBe('Pastry');
    expect(nameOf('resume writing')).toBe('CV writing');
    expect(nameOf('ＳＱＬ')).toBe('SQL');
    expect(nameOf('node.js')).toBe('Node.js');
    expect(nameOf('NodeJS')).toBe('Node.js');
    expect(nameOf('e-mail marketing')).toBe('Email marketing');
    expect(nameOf('Microsoft_Excel')).toBe('Microsoft Excel');
    expect(nameOf('Health & Safety')).toBe('Health and safety');
    expect(nameOf("driver's license")).toBe('Driving licence');
    expect(nameOf('JavaScript™')).toBe('JavaScript');
    expect(nameOf('Ja\u200bva\u00adScript')).toBe('JavaScript');
  });

  it('reads UK and US spellings as one skill', () => {
    expect(nameOf('Forklift license')).toBe('Forklift licence');
    expect(nameOf('organizational skills')).toBe('Organisational skills');
    expect(nameOf('Event organization')).toBe('Event coordination');
    expect(nameOf('financial modeling')).toBe('Financial modelling');
    expect(nameOf('Search engine optimization')).toBe('Search engine optimisation');
    expect(nameOf('Behavior management')).toBe('Classroom management');
    expect(nameOf('Data visualization')).toBe('Data visualisation');
  });

  it('normalises the examples recruiters type', () => {
    expect(nameOf('MS Excel')).toBe('Microsoft Excel');
    expect(nameOf('excel')).toBe('Microsoft Excel');
    expect(nameOf('people management')).toBe('People management');
    expect(nameOf('line management')).toBe('People management');
  });

  it('keeps an unknown skill as typed, tidied, and flags it', () => {
    expect(normalizeSkill('  Underwater   basket\tweaving \n')).toEqual({
      name: 'Underwater basket weaving',
      known: false,
      key: 'underwater basket weaving',
    });
    const cafe = normalizeSkill('Café management');
    expect(cafe).toEqual({ name: 'Café management', known: false, key: 'cafe management' });
    expect(normalizeSkill('CAFE  management')?.key).toBe(cafe?.key);
  });

  it('keeps hostile text as plain data', () => {
    expect(normalizeSkill('<script>alert(1)</script>')).toEqual({
      name: '<script>alert(1)</script>',
      known: false,
      key: 'script alert 1 script',
    });
    expect(normalizeSkill("'; DROP TABLE skills; --")?.known).toBe(false);
    expect(normalizeSkill('NEAR("x" *)')?.name).toBe('NEAR("x" *)');
  });

  it(`cuts an unknown skill to ${MAX_SKILL_LENGTH} characters without splitting a character`, () => {
    const long = normalizeSkill('x'.repeat(500));
    expect(long?.name).toHaveLength(MAX_SKILL_LENGTH);
    // U+20000 is a letter outside the BMP: two UTF-16 units that must stay together.
    const astral = normalizeSkill('\u{20000}'.repeat(100));
    expect(Array.from(astral?.name ?? '')).toHaveLength(MAX_SKILL_LENGTH);
    expect(astral?.name).toBe('\u{20000}'.repeat(MAX_SKILL_LENGTH));
    expect(normalizeSkill('🛠🛠')).toBeNull();
  });

  it('returns null for empty, blank or punctuation-only input', () => {
    for (const typed of ['', '   ', '\n\t', '\u200b', '---', '...', '/']) {
      expect(normalizeSkill(typed), JSON.stringify(typed)).toBeNull();
    }
  });
});

describe('normalizeSkills', () => {
  it('drops empties and repeats, keeping the first-seen order', () => {
    const skills = normalizeSkills([
      'excel',
      'JS',
      '',
      'MS Excel',
      'javascript',
      '  ',
      'Foo bar',
      'foo-BAR',
      'SQL',
    ]);
    expect(skills.map((s) => s.name)).toEqual(['Microsoft Excel', 'JavaScript', 'Foo bar', 'SQL']);
    expect(skills.map((s) => s.known)).toEqual([true, true, false, true]);
  });

  it('returns an empty list for no input', () => {
    expect(normalizeSkills([])).toEqual([]);
  });
});

describe('suggestSkills', () => {
  it('puts an exact name first', () => {
    expect(suggestSkills('sql')[0]).toBe('SQL');
    expect(suggestSkills('C')[0]).toBe('C');
  });

  it('finds a skill through an alias', () => {
    expect(suggestSkills('js')[0]).toBe('JavaScript');
    expect(suggestSkills('exc').slice(0, 2)).toContain('Microsoft Excel');
    expect(suggestSkills('forklift lic')).toEqual(['Forklift licence']);
  });

  it('ranks name prefixes before alias and word matches, shorter names first', () => {
    const sql = suggestSkills('sql');
    expect(sql).toContain('Microsoft SQL Server');
    expect(sql.indexOf('SQL')).toBeLessThan(sql.indexOf('Microsoft SQL Server'));
    expect(suggestSkills('c').slice(0, 3)).toEqual(['C', 'C#', 'C++']);
    expect(suggestSkills('c+')).toEqual(['C++']);
    expect(suggestSkills('.n')[0]).toBe('.NET');
  });

  it('matches a word inside a name', () => {
    expect(suggestSkills('management', 50)).toContain('People management');
    expect(suggestSkills('people man')).toEqual(['People management']);
  });

  it('returns canonical names, once each, within the limit', () => {
    const all = suggestSkills('s', 1000);
    expect(new Set(all).size).toBe(all.length);
    for (const name of all) expect(SKILLS.some((s) => s.name === name)).toBe(true);
    expect(suggestSkills('s')).toHaveLength(10);
    expect(suggestSkills('s', 3)).toHaveLength(3);
    expect(suggestSkills('s', 0)).toEqual([]);
    expect(suggestSkills('s', -5)).toEqual([]);
    expect(suggestSkills('s', Number.NaN)).toEqual([]);
  });

  it('suggests nothing for blank or unmatched input', () => {
    expect(suggestSkills('')).toEqual([]);
    expect(suggestSkills('   ')).toEqual([]);
    expect(suggestSkills('zzzzqx')).toEqual([]);
    expect(suggestSkills('"*NEAR(')).toEqual([]);
  });
});
