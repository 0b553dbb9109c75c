import { z } from 'zod';
import { FORMAT_SURPRISES } from './debriefs.ts';
import { INTERVIEW_FORMATS } from './interviews.ts';
import { FIELDS } from './vocabulary.ts';

// Insight drawn from debriefs: a field's questions, skills and formats; a company's interview
// process; what a seeker is missing; and better-suited openings. These are the shapes that
// cross the wire. Figures come from candidates' own debriefs, shared parts only. A job seeker
// sees an aggregate only when at least five different people stand behind it; `null` (or a row
// left out) means "not enough yet", never zero.

export const TRENDS = ['new', 'rising', 'steady', 'falling'] as const;
export const trend = z.enum(TRENDS);
export type TrendName = (typeof TRENDS)[number];

/** Insight counts whole weeks (Monday to Sunday, UTC): thirteen of them are the "last 90 days". */
export const PERIOD_WEEKS = 13;

export const insightPeriod = z.object({
  /** First day of the period (a Monday) and the last (today), as YYYY-MM-DD. */
  from: z.string(),
  to: z.string(),
  /** The period before it, of the same length, that trends compare against. */
  previousFrom: z.string(),
  previousTo: z.string(),
});
export type InsightPeriod = z.infer<typeof insightPeriod>;

const count = z.number().int();
const share = z.number(); // 0 to 1

export const insightQuestion = z.object({
  questionId: count,
  text: z.string(),
  category: z.string(),
  /** Interviews in the period where it was asked, and their share of all the period's interviews. */
  mentions: count,
  share,
  trend,
  /** Different people who reported it (a seeker sees only rows with five or more). */
  people: count,
});
export type InsightQuestion = z.infer<typeof insightQuestion>;

export const insightSkill = z.object({
  key: z.string(),
  name: z.string(),
  mentions: count,
  share,
  previousShare: share,
  trend,
  people: count,
});
export type InsightSkill = z.infer<typeof insightSkill>;

export const insightFormat = z.object({
  surprise: z.enum(FORMAT_SURPRISES),
  label: z.string(),
  /** Interviews where candidates met it unannounced, and their share of all the period's interviews. */
  count,
  share,
});

export const insightDifficulty = z.object({
  /** Mean of the 1–5 ratings given, and how many ratings there were. */
  average: z.number(),
  ratings: count,
  /** How many rated each level, 1 to 5 in order. */
  levels: z.array(count).length(5),
});

export const betterThanExpected = z.object({
  /** Interviews where interest rose afterwards, of those rated before and after. */
  share,
  rated: count,
  people: count,
});

export const insightWeek = z.object({ week: z.string(), interviews: count });

/** The parts of insight that a field page and a company page have in common. */
const insightBody = {
  period: insightPeriod,
  /** Candidates' debriefs in the period, and the different people who wrote them. */
  interviews: count,
  people: count,
  /** False when a seeker asks and fewer than five people wrote debriefs: everything below is empty. */
  enough: z.boolean(),
  questions: z.array(insightQuestion),
  skills: z.array(insightSkill),
  formats: z.array(insightFormat),
  difficulty: insightDifficulty.nullable(),
  betterThanExpected: betterThanExpected.nullable(),
  experience: z.object({ positive: count, neutral: count, negative: count }).nullable(),
  /** Debriefs per week over the period and the one before, oldest first, for the volume chart. */
  weeks: z.array(insightWeek),
};

export const fieldParams = z.object({ field: z.enum(FIELDS, { message: 'No such field' }) });

export const fieldInsight = z.object({ field: z.enum(FIELDS), ...insightBody });
export type FieldInsight = z.infer<typeof fieldInsight>;

export const companyNote = z.object({
  debriefId: count,
  part: z.enum(['team', 'workplace', 'insider', 'otherRoles', 'format']),
  text: z.string(),
  visibility: z.enum(['agency', 'shared']),
  interviewAt: z.string(),
  openingTitle: z.string(),
  /** Staff only: who wrote it (the candidate's name). */
  candidateId: count,
  candidateName: z.string(),
});
export type CompanyNote = z.infer<typeof companyNote>;

export const companyOpening = z.object({
  id: count,
  title: z.string(),
  slug: z.string(),
  field: z.string(),
  city: z.string(),
});

export const companyProcess = z.object({
  /** Interviews per application that reached an outcome (placed or rejected), on average. */
  rounds: z.number().nullable(),
  /** Median whole days from application to its outcome. */
  daysToOutcome: z.number().nullable(),
  /** Applications with an outcome behind the two figures above. */
  applications: count,
  /** Formats of the company's interviews over the period, most common first. */
  formats: z.array(z.object({ format: z.enum(INTERVIEW_FORMATS), count, share })),
});

export const companyInsight = z.object({
  company: z.object({ id: count, name: z.string() }),
  ...insightBody,
  process: companyProcess.nullable(),
  /** Staff only (a seeker always gets []): agency-visible and shared notes, newest first. */
  notes: z.array(companyNote),
  openings: z.array(companyOpening),
});
export type CompanyInsight = z.infer<typeof companyInsight>;

/** The companies a signed-in seeker may read about: those they applied to. */
export const myCompany = z.object({ id: count, name: z.string() });

/** What a seeker could work on, from their field's insight. */
export const myGaps = z.object({
  field: z.enum(FIELDS).nullable(),
  period: insightPeriod,
  /** Skills asked about in the field (five or more people) that are not on their profile. */
  missingSkills: z.array(insightSkill),
  /** The field's most asked and rising questions they have not practised yet. */
  unpractised: z.array(insightQuestion),
});
export type MyGaps = z.infer<typeof myGaps>;

/** An opening that may suit the person better, with the reason in words. */
export const suggestionOut = z.object({
  opening: z.object({
    id: count,
    title: z.string(),
    slug: z.string(),
    companyId: count,
    companyName: z.string(),
    field: z.string(),
  }),
  sameCompany: z.boolean(),
  score: z.number(),
  matched: z.object({ raised: z.array(z.string()), profile: z.array(z.string()) }),
  reason: z.string(),
});
export type SuggestionOut = z.infer<typeof suggestionOut>;
