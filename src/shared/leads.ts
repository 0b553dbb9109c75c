import { z } from 'zod';

// The contact form and the recruiters' leads inbox: what a visitor sends and what staff see.

export const LEAD_KINDS = ['seeker', 'employer'] as const;
export type LeadKind = (typeof LEAD_KINDS)[number];
export const LEAD_KIND_LABELS: Record<LeadKind, string> = {
  seeker: 'Looking for work',
  employer: 'Hiring',
};

/** Inbox folders; 'converted' is reached only through a conversion. */
export const LEAD_STATUSES = ['new', 'contacted', 'converted', 'closed', 'spam'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];
export const LEAD_STATUS_LABELS: Record<LeadStatus, string> = {
  new: 'New',
  contacted: 'Contacted',
  converted: 'Converted',
  closed: 'Closed',
  spam: 'Spam',
};

/** What the sender agrees to, stored with a converted candidate's consent. */
export const CONTACT_CONSENT_WORDING =
  'I agree that the agency may contact me about this message and keep my details to do so.';

const text = (max: number) => z.string().trim().max(max, `Please keep it under ${max} characters`);

/** The contact form as posted (after the form's strings are read). */
export const contactForm = z.strictObject({
  kind: z.enum(LEAD_KINDS, { error: 'Please choose “Looking for work” or “Hiring”' }),
  name: text(200).min(1, 'Please enter your name'),
  email: z.string().trim().toLowerCase().max(254).email('Please enter a valid email address'),
  phone: text(40).regex(/^[+\d\s().-]*$/, 'Please enter a valid phone number, or leave it empty'),
  company: text(200),
  lookingFor: text(300).min(1, 'Please tell us what you are looking for, or the role you are hiring for'),
  message: text(5000).min(1, 'Please write a message'),
  consent: z.literal(true, { error: 'Please agree to be contacted, so we can reply' }),
});
export type ContactForm = z.infer<typeof contactForm>;

export const leadPerson = z.object({ id: z.string(), name: z.string() });

export const lead = z.object({
  id: z.number().int(),
  kind: z.enum(LEAD_KINDS),
  status: z.enum(LEAD_STATUSES),
  spamReason: z.string().nullable(),
  name: z.string(),
  email: z.string(),
  phone: z.string(),
  company: z.string(),
  lookingFor: z.string(),
  message: z.string(),
  assignedTo: leadPerson.nullable(),
  candidateId: z.number().int().nullable(),
  companyId: z.number().int().nullable(),
  contactId: z.number().int().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Lead = z.infer<typeof lead>;

export const leadNote = z.object({
  id: z.number().int(),
  body: z.string(),
  author: leadPerson.nullable(),
  createdAt: z.string(),
});
export type LeadNote = z.infer<typeof leadNote>;

export const leadDetail = lead.extend({ notes: z.array(leadNote) });
export type LeadDetail = z.infer<typeof leadDetail>;

/** Leads shown on one page of a folder. */
export const LEAD_PAGE_SIZE = 50;

export const leadQuery = z.strictObject({
  status: z.enum(LEAD_STATUSES).default('new'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});

export const leadInbox = z.object({
  leads: z.array(lead),
  page: z.number().int(),
  pageSize: z.number().int(),
  counts: z.record(z.enum(LEAD_STATUSES), z.number().int()),
});
export type LeadInbox = z.infer<typeof leadInbox>;

/** What the staff home shows of the inbox. */
export const leadCount = z.object({ new: z.number().int() });

/** A change of status or assignee; conversion has its own endpoints. */
export const leadUpdate = z.strictObject({
  status: z.enum(['new', 'contacted', 'closed', 'spam']).optional(),
  assignedTo: z.string().max(100).nullable().optional(),
});
export type LeadUpdate = z.infer<typeof leadUpdate>;

export const leadNoteInput = z.strictObject({ body: text(5000).min(1, 'Write the note first') });

const optionalEmail = z
  .union([z.literal(''), z.string().trim().toLowerCase().email('Enter a valid email address').max(254)])
  .default('');

/** A job seeker's lead becomes a candidate record; the form comes prefilled from the lead. */
export const convertToCandidate = z.strictObject({
  name: text(200).min(1, 'Enter the candidate’s name'),
  email: optionalEmail,
  phone: text(40).default(''),
  headline: text(200).default(''),
  invite: z.boolean().default(true),
});
export type ConvertToCandidate = z.infer<typeof convertToCandidate>;

/** An employer's lead becomes a client company and a contact there. */
export const convertToCompany = z.strictObject({
  companyName: text(200).min(1, 'Enter the company name'),
  contactName: text(200).min(1, 'Enter the contact’s name'),
  contactTitle: text(200).default(''),
  email: optionalEmail,
  phone: text(40).default(''),
});
export type ConvertToCompany = z.infer<typeof convertToCompany>;

export const conversionResult = z.object({
  lead,
  candidateId: z.number().int().nullable(),
  companyId: z.number().int().nullable(),
  contactId: z.number().int().nullable(),
  /** Whether a portal invitation went out, and why not when it did not. */
  invited: z.boolean(),
  inviteProblem: z.string().nullable(),
});
export type ConversionResult = z.infer<typeof conversionResult>;
