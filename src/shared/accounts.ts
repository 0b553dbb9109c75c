import { z } from 'zod';
import { ROLES } from './vocabulary.ts';

export const me = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  emailVerified: z.boolean(),
  role: z.enum(ROLES),
});
export type Me = z.infer<typeof me>;

export const userSummary = me.extend({ createdAt: z.string() });
export type UserSummary = z.infer<typeof userSummary>;

export const newAccount = z.strictObject({
  name: z.string().trim().min(1, 'Enter your name').max(100),
  email: z.string().trim().toLowerCase().email('Enter a valid email address').max(254),
  password: z.string().min(10, 'Use at least 10 characters').max(200, 'Use at most 200 characters'),
});
export type NewAccount = z.infer<typeof newAccount>;

export const invitationInput = z.strictObject({
  email: z.string().trim().toLowerCase().email('Enter a valid email address').max(254),
  role: z.enum(['recruiter', 'admin']).default('recruiter'),
});

export const invitation = z.object({
  id: z.number().int(),
  email: z.string(),
  role: z.string(),
  expiresAt: z.string(),
  acceptedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Invitation = z.infer<typeof invitation>;

export const outboxEntry = z.object({
  id: z.number().int(),
  kind: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  status: z.string(),
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  doneAt: z.string().nullable(),
});

/** The agency's public name and contact details. */
export const siteInfo = z.object({
  name: z.string(),
  email: z.string(),
  phone: z.string(),
  address: z.string(),
});
