import type { Kysely } from 'kysely';
import type { ResumeVersion } from '../../../shared/resumes.ts';
import { reindexCandidates } from '../../db/candidate-search.ts';
import { iso, type Tables } from '../../db/tables.ts';
import { recordActivity } from '../activity/index.ts';

export interface StoredResume {
  key: string;
  mimeType: string;
  name: string;
  size: number;
  /** Whose file it is for download rights: the candidate's account, or the uploader. */
  ownerId: string;
  text: string;
}

/** Adds a resume version to a candidate and reindexes their search text; use inside a transaction. */
export async function addResume(
  tx: Kysely<Tables>,
  candidateId: number,
  r: StoredResume,
  uploadedBy: string | null,
): Promise<{ fileId: number; resumeId: number }> {
  const file = await tx
    .insertInto('stored_file')
    .values({
      owner_id: r.ownerId,
      purpose: 'resume',
      original_name: r.name,
      mime_type: r.mimeType,
      size_bytes: r.size,
      storage_key: r.key,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const resume = await tx
    .insertInto('candidate_resume')
    .values({ candidate_id: candidateId, file_id: file.id, text: r.text, uploaded_by: uploadedBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  await reindexCandidates(tx, [candidateId]);
  await recordActivity(tx, {
    candidateId,
    kind: 'file',
    summary: `Resume added: ${r.name}`,
    actorId: uploadedBy,
  });
  return { fileId: file.id, resumeId: resume.id };
}

/** A candidate's resume versions, newest first. */
export async function listResumes(db: Kysely<Tables>, candidateId: number): Promise<ResumeVersion[]> {
  const rows = await db
    .selectFrom('candidate_resume as r')
    .innerJoin('stored_file as f', 'f.id', 'r.file_id')
    .leftJoin('user as u', 'u.id', 'r.uploaded_by')
    .select(['r.id', 'r.file_id', 'r.created_at', 'f.original_name', 'f.size_bytes', 'u.name as uploader'])
    .select((e) => e.fn('length', ['r.text']).as('text_length'))
    .where('r.candidate_id', '=', candidateId)
    .orderBy('r.id', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    fileId: r.file_id,
    name: r.original_name,
    sizeBytes: Number(r.size_bytes),
    textLength: Number(r.text_length),
    uploadedBy: r.uploader ?? null,
    createdAt: iso(r.created_at),
  }));
}
