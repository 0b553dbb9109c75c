import { z } from 'zod';

/** `:id` route parameters: positive integers that fit a database integer. */
export const idParams = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .max(2 ** 31 - 1),
});
