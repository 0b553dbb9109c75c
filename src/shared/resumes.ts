import { z } from 'zod';

export const resumeVersion = z.object({
  id: z.number().int(),
  fileId: z.number().int(),
  name: z.string(),
  sizeBytes: z.number().int(),
  /** How much text was read from it for search; 0 for a scanned or unreadable document. */
  textLength: z.number().int(),
  uploadedBy: z.string().nullable(),
  createdAt: z.string(),
});
export type ResumeVersion = z.infer<typeof resumeVersion>;
