import { z } from 'zod';

const text = (max: number) => z.string().trim().max(max);

export const companyInput = z.strictObject({
  name: text(200).min(1, 'Enter the company name'),
  industry: text(100).default(''),
  website: z
    .union([
      z.literal(''),
      z.string().trim().url('Enter a full web address, starting with https://').max(500),
    ])
    .default('')
    .refine(
      (v) => v === '' || /^https?:\/\//.test(v),
      'Enter a web address starting with http:// or https://',
    ),
  description: text(20_000).default(''),
  internalNotes: text(20_000).default(''),
});
export type CompanyInput = z.infer<typeof companyInput>;

export const company = z.object({
  id: z.number().int(),
  slug: z.string(),
  name: z.string(),
  industry: z.string(),
  website: z.string(),
  description: z.string(),
  internalNotes: z.string(),
  openOpenings: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Company = z.infer<typeof company>;
