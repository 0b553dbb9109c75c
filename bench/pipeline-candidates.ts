// Candidates for the pipeline benchmark: names, headlines, skills from the shipped vocabulary
// (the field's own mostly, some that every field asks for) and, for a quarter of them, a
// resume whose text goes into the search index.
import type { Db } from '../src/server/db/connect.ts';
import { normalizeSkills } from '../src/server/features/skills/index.ts';
import { SKILLS } from '../src/server/features/skills/vocabulary.ts';
import { EMPLOYMENT_TYPES, FIELDS, type Field, WORKPLACE_TYPES } from '../src/shared/vocabulary.ts';
import type { BulkWriter, Value } from './bulk-insert.ts';
import {
  ADMIN_ID,
  CITIES,
  DAY,
  FIRST_NAMES,
  iso,
  LAST_NAMES,
  LEVELS,
  pick,
  type Rand,
  RECRUITERS,
  RESUME_WORDS,
  ROLES,
  recruiterId,
  SCHOOLS,
  skewed,
} from './pipeline-words.ts';

/** Share of candidates with a resume on file. */
const RESUME_SHARE = 0.25;

/** The next id a table will hand out (the benchmark is its only writer). */
export async function nextId(database: Db, table: 'company' | 'opening' | 'candidate' | 'stored_file') {
  const row = await database.db
    .selectFrom(table)
    .select((e) => e.fn.max('id').as('id'))
    .executeTakeFirst();
  return Number(row?.id ?? 0) + 1;
}

/** Skills by field: the field's own first, then those every field asks for. */
function skillsByField(): Map<Field, { own: string[]; shared: string[] }> {
  return new Map(
    FIELDS.map((field) => {
      const fits = SKILLS.filter((s) => s.fields.includes(field));
      return [
        field,
        {
          own: fits.filter((s) => s.fields.length < FIELDS.length).map((s) => s.name),
          shared: fits.filter((s) => s.fields.length === FIELDS.length).map((s) => s.name),
        },
      ];
    }),
  );
}

function resumeText(rand: Rand, name: string, headline: string, skills: string[]): string {
  const words = [name, headline, `Studied at ${pick(rand, SCHOOLS)}.`, 'Skills:', `${skills.join(', ')}.`];
  const length = 150 + Math.floor(rand() * 250);
  for (let i = 0; i < length; i++) words.push(skewed(rand, RESUME_WORDS));
  return words.join(' ');
}

const CANDIDATE_COLUMNS = [
  ['name', 'text'],
  ['email', 'text'],
  ['phone', 'text'],
  ['phone_key', 'text'],
  ['city', 'text'],
  ['region', 'text'],
  ['country', 'text'],
  ['headline', 'text'],
  ['field', 'text'],
  ['years_experience', 'integer'],
  ['workplace_types', 'text'],
  ['employment_types', 'text'],
  ['source', 'text'],
  ['owner_id', 'text'],
  ['created_by', 'text'],
  ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
] as const;

/** Inserts candidates with skills and (for some) a resume; returns each candidate's resume file. */
export async function insertCandidates(database: Db, w: BulkWriter, rand: Rand, n: number) {
  const byField = skillsByField();
  const fileOf = new Map<number, number>();
  const now = Date.now();
  const CHUNK = 10_000;
  for (let start = 0; start < n; start += CHUNK) {
    const firstId = await nextId(database, 'candidate');
    const people: Value[][] = [];
    const skills: Value[][] = [];
    const resumes: { candidate: number; text: string; owner: string }[] = [];
    for (let i = start; i < Math.min(n, start + CHUNK); i++) {
      const id = firstId + (i - start);
      const first = skewed(rand, FIRST_NAMES, 1.5);
      const last = skewed(rand, LAST_NAMES, 1.5);
      const name = `${first} ${last}`;
      const field = pick(rand, FIELDS);
      const level = pick(rand, LEVELS);
      const role = pick(rand, ROLES[field]);
      const headline = level ? `${level} ${role.toLowerCase()}` : role;
      const [city, region, country] = pick(rand, CITIES);
      const phone = `${200 + Math.floor(rand() * 800)}555${String(Math.floor(rand() * 10_000)).padStart(4, '0')}`;
      const owner = rand() < 0.85 ? recruiterId(Math.floor(rand() * RECRUITERS)) : null;
      const created = now - Math.floor(rand() * 3 * 365 * DAY);
      const pool = byField.get(field) ?? { own: [], shared: [] };
      const typed = Array.from({ length: 3 + Math.floor(rand() * 6) }, () =>
        rand() < 0.7 ? skewed(rand, pool.own, 1.5) : pick(rand, pool.shared),
      );
      const normalized = normalizeSkills(typed);
      normalized.forEach((s, position) => {
        skills.push([id, s.key, s.name, s.known ? 1 : 0, position]);
      });
      people.push([
        name,
        `${first}.${last}.${i + 1}@mail.example`.toLowerCase(),
        phone,
        phone,
        city,
        region,
        country,
        headline,
        field,
        Math.floor(rand() * 25),
        pick(rand, WORKPLACE_TYPES),
        pick(rand, EMPLOYMENT_TYPES),
        rand() < 0.6 ? 'job-board' : 'referral',
        owner,
        owner ?? ADMIN_ID,
        iso(created),
        iso(created + Math.floor(rand() * (now - created))),
      ]);
      if (rand() < RESUME_SHARE)
        resumes.push({
          candidate: id,
          text: resumeText(
            rand,
            name,
            headline,
            normalized.map((s) => s.name),
          ),
          owner: owner ?? ADMIN_ID,
        });
    }
    await w.insert('candidate', CANDIDATE_COLUMNS, people);
    await w.insert(
      'candidate_skill',
      [
        ['candidate_id', 'integer'],
        ['skill_key', 'text'],
        ['name', 'text'],
        ['known', 'integer'],
        ['position', 'integer'],
      ],
      skills,
    );
    await insertResumes(database, w, resumes, fileOf);
  }
  return fileOf;
}

async function insertResumes(
  database: Db,
  w: BulkWriter,
  resumes: { candidate: number; text: string; owner: string }[],
  fileOf: Map<number, number>,
): Promise<void> {
  const firstFile = await nextId(database, 'stored_file');
  await w.insert(
    'stored_file',
    [
      ['owner_id', 'text'],
      ['purpose', 'text'],
      ['original_name', 'text'],
      ['mime_type', 'text'],
      ['size_bytes', 'integer'],
      ['storage_key', 'text'],
    ],
    resumes.map((r) => [
      r.owner,
      'resume',
      'resume.pdf',
      'application/pdf',
      r.text.length * 3,
      `bench/resume-${r.candidate}`,
    ]),
  );
  resumes.forEach((r, i) => {
    fileOf.set(r.candidate, firstFile + i);
  });
  await w.insert(
    'candidate_resume',
    [
      ['candidate_id', 'integer'],
      ['file_id', 'integer'],
      ['text', 'text'],
      ['uploaded_by', 'text'],
    ],
    resumes.map((r, i) => [r.candidate, firstFile + i, r.text, r.owner]),
  );
}
