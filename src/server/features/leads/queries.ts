import type { Kysely } from 'kysely';
import {
  LEAD_PAGE_SIZE,
  LEAD_STATUSES,
  type Lead,
  type LeadDetail,
  type LeadKind,
  type LeadStatus,
} from '../../../shared/leads.ts';
import { iso, type Tables } from '../../db/tables.ts';

export interface NewLead {
  kind: LeadKind;
  name: string;
  email: string;
  phone: string;
  company: string;
  lookingFor: string;
  message: string;
  ipHash: string;
  spamReason: string | null;
}

function selectLeads(db: Kysely<Tables>) {
  return db
    .selectFrom('lead as l')
    .leftJoin('user as u', 'u.id', 'l.assigned_to')
    .leftJoin('candidate as c', 'c.id', 'l.candidate_id')
    .selectAll('l')
    .select(['u.name as assignee_name', 'c.id as live_candidate_id']);
}

type LeadRow = Awaited<ReturnType<ReturnType<typeof selectLeads>['executeTakeFirstOrThrow']>>;

function toLead(r: LeadRow): Lead {
  return {
    id: r.id,
    kind: r.kind as LeadKind,
    status: r.status as LeadStatus,
    spamReason: r.spam_reason,
    name: r.name,
    email: r.email,
    phone: r.phone,
    company: r.company,
    lookingFor: r.looking_for,
    message: r.message,
    assignedTo: r.assigned_to ? { id: r.assigned_to, name: r.assignee_name ?? '' } : null,
    candidateId: r.live_candidate_id ?? null,
    companyId: r.company_id,
    contactId: r.contact_id,
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

export async function insertLead(db: Kysely<Tables>, v: NewLead): Promise<number> {
  const row = await db
    .insertInto('lead')
    .values({
      kind: v.kind,
      status: v.spamReason ? 'spam' : 'new',
      spam_reason: v.spamReason,
      name: v.name,
      email: v.email,
      phone: v.phone,
      company: v.company,
      looking_for: v.lookingFor,
      message: v.message,
      ip_hash: v.ipHash,
      consented_at: new Date().toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** One page of a folder, newest first. */
export async function listLeads(db: Kysely<Tables>, status: LeadStatus, page: number): Promise<Lead[]> {
  const rows = await selectLeads(db)
    .where('l.status', '=', status)
    .orderBy('l.created_at', 'desc')
    .orderBy('l.id', 'desc')
    .limit(LEAD_PAGE_SIZE)
    .offset((page - 1) * LEAD_PAGE_SIZE)
    .execute();
  return rows.map(toLead);
}

export async function countLeads(db: Kysely<Tables>): Promise<Record<LeadStatus, number>> {
  const rows = await db
    .selectFrom('lead')
    .select(['status', (eb) => eb.fn.countAll().as('n')])
    .groupBy('status')
    .execute();
  const counts = Object.fromEntries(LEAD_STATUSES.map((s) => [s, 0])) as Record<LeadStatus, number>;
  for (const r of rows) if (r.status in counts) counts[r.status as LeadStatus] = Number(r.n);
  return counts;
}

export async function findLead(db: Kysely<Tables>, id: number): Promise<LeadDetail | null> {
  const row = await selectLeads(db).where('l.id', '=', id).executeTakeFirst();
  if (!row) return null;
  const notes = await db
    .selectFrom('lead_note as n')
    .leftJoin('user as u', 'u.id', 'n.author_id')
    .select(['n.id', 'n.body', 'n.author_id', 'n.created_at', 'u.name as author_name'])
    .where('n.lead_id', '=', id)
    .orderBy('n.created_at')
    .orderBy('n.id')
    .execute();
  return {
    ...toLead(row),
    notes: notes.map((n) => ({
      id: n.id,
      body: n.body,
      author: n.author_id ? { id: n.author_id, name: n.author_name ?? '' } : null,
      createdAt: iso(n.created_at),
    })),
  };
}

export async function updateLead(
  db: Kysely<Tables>,
  id: number,
  set: { status?: LeadStatus; assignedTo?: string | null },
): Promise<void> {
  await db
    .updateTable('lead')
    .set({
      ...(set.status ? { status: set.status } : {}),
      ...(set.assignedTo !== undefined ? { assigned_to: set.assignedTo } : {}),
      updated_at: new Date().toISOString(),
    })
    .where('id', '=', id)
    .execute();
}

export async function insertLeadNote(
  db: Kysely<Tables>,
  leadId: number,
  authorId: string,
  body: string,
): Promise<void> {
  await db.insertInto('lead_note').values({ lead_id: leadId, author_id: authorId, body }).execute();
}

/**
 * Marks a lead converted, unless it already is; false means someone else converted it first,
 * so a double click never creates two records.
 */
export async function claimConversion(db: Kysely<Tables>, id: number): Promise<boolean> {
  const res = await db
    .updateTable('lead')
    .set({ status: 'converted', updated_at: new Date().toISOString() })
    .where('id', '=', id)
    .where('status', '<>', 'converted')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/** Puts a claimed lead back when creating its records failed. */
export async function releaseConversion(db: Kysely<Tables>, id: number, status: LeadStatus): Promise<void> {
  await db.updateTable('lead').set({ status }).where('id', '=', id).execute();
}

export async function linkLead(
  db: Kysely<Tables>,
  id: number,
  links: { candidateId?: number; companyId?: number; contactId?: number },
): Promise<void> {
  await db
    .updateTable('lead')
    .set({
      candidate_id: links.candidateId ?? null,
      company_id: links.companyId ?? null,
      contact_id: links.contactId ?? null,
    })
    .where('id', '=', id)
    .execute();
}

/** Recruiters and admins a lead can be assigned to. */
/** Points leads at the kept record when two candidate records are merged. */
export async function moveLeadLinks(db: Kysely<Tables>, fromId: number, toId: number): Promise<void> {
  await db.updateTable('lead').set({ candidate_id: toId }).where('candidate_id', '=', fromId).execute();
}
