import { candidateInput, contactInput } from '../../../shared/candidates.ts';
import { companyInput } from '../../../shared/companies.ts';
import {
  CONTACT_CONSENT_WORDING,
  type ConversionResult,
  type ConvertToCandidate,
  type ConvertToCompany,
  type LeadDetail,
} from '../../../shared/leads.ts';
import type { SessionUser } from '../../platform/auth.ts';
import type { AppContext } from '../../platform/context.ts';
import { conflict, HttpError, orNotFound } from '../../platform/errors.ts';
import { sendInvitation } from '../accounts/accounts.ts';
import { recordActivity } from '../activity/index.ts';
import { insertCandidate } from '../candidates/index.ts';
import { insertCompany } from '../companies/index.ts';
import { insertContact } from '../contacts/queries.ts';
import { claimConversion, findLead, linkLead, releaseConversion } from './queries.ts';

// Turning a lead into the records recruiters work with, without retyping: the form staff see
// is prefilled from the lead, and these functions create the records through the owning
// features and link the lead to them. The lead is claimed first, so a double click never
// creates two records; if creating them fails, the claim is released.

function assertConvertible(lead: LeadDetail, kind: LeadDetail['kind']): void {
  if (lead.status === 'converted') throw conflict('already_converted', 'This lead was converted already.');
  if (lead.kind !== kind)
    throw conflict(
      'wrong_kind',
      kind === 'seeker'
        ? 'This lead is from an employer: convert it into a company and contact.'
        : 'This lead is from a job seeker: convert it into a candidate.',
    );
}

async function claimed<T>(ctx: AppContext, lead: LeadDetail, create: () => Promise<T>): Promise<T> {
  if (!(await claimConversion(ctx.db, lead.id)))
    throw conflict('already_converted', 'This lead was converted already.');
  try {
    return await create();
  } catch (err) {
    await releaseConversion(ctx.db, lead.id, lead.status);
    throw err;
  }
}

async function invite(ctx: AppContext, candidateId: number, email: string, user: SessionUser) {
  if (!email) return 'There is no email address to send a portal invitation to.';
  try {
    await sendInvitation(ctx, { email, role: 'candidate', candidateId, invitedBy: user });
    await recordActivity(ctx.db, {
      candidateId,
      kind: 'email',
      summary: `Portal invitation emailed to ${email}`,
      actorId: user.id,
    });
    return null;
  } catch (err) {
    // An existing account is no reason to undo the conversion; staff see why no invitation went.
    if (err instanceof HttpError && err.status === 409) return err.message;
    throw err;
  }
}

/** A job seeker's lead becomes a candidate record, with a portal invitation when asked. */
export async function convertToCandidate(
  ctx: AppContext,
  lead: LeadDetail,
  input: ConvertToCandidate,
  user: SessionUser,
): Promise<ConversionResult> {
  assertConvertible(lead, 'seeker');
  const record = candidateInput.parse({
    name: input.name,
    email: input.email,
    phone: input.phone,
    headline: input.headline,
    source: 'agency-site',
    consent: { givenOn: lead.createdAt.slice(0, 10), wording: CONTACT_CONSENT_WORDING },
  });
  const candidateId = await claimed(ctx, lead, async () => {
    const id = await insertCandidate(ctx.db, record, user.id);
    await recordActivity(ctx.db, {
      candidateId: id,
      kind: 'note',
      summary: `From the contact form: ${lead.lookingFor}\n\n${lead.message}`.slice(0, 2000),
      actorId: user.id,
    });
    await linkLead(ctx.db, lead.id, { candidateId: id });
    return id;
  });
  const inviteProblem = input.invite ? await invite(ctx, candidateId, record.email, user) : null;
  return {
    lead: orNotFound(await findLead(ctx.db, lead.id), 'That lead'),
    candidateId,
    companyId: null,
    contactId: null,
    invited: input.invite && inviteProblem === null,
    inviteProblem,
  };
}

/** An employer's lead becomes a client company and a contact there. */
export async function convertToCompany(
  ctx: AppContext,
  lead: LeadDetail,
  input: ConvertToCompany,
  user: SessionUser,
): Promise<ConversionResult> {
  assertConvertible(lead, 'employer');
  const company = companyInput.parse({
    name: input.companyName,
    internalNotes: `From the contact form (${lead.createdAt.slice(0, 10)}): hiring for ${lead.lookingFor}\n\n${lead.message}`,
  });
  const contact = contactInput.parse({
    name: input.contactName,
    title: input.contactTitle,
    email: input.email,
    phone: input.phone,
  });
  const ids = await claimed(ctx, lead, async () => {
    const companyId = await insertCompany(ctx.db, company, user.id);
    const contactId = await insertContact(ctx.db, companyId, contact);
    await linkLead(ctx.db, lead.id, { companyId, contactId });
    return { companyId, contactId };
  });
  return {
    lead: orNotFound(await findLead(ctx.db, lead.id), 'That lead'),
    candidateId: null,
    ...ids,
    invited: false,
    inviteProblem: null,
  };
}
