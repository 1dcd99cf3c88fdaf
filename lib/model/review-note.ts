import { z } from "zod";
import { timestampSchema } from "./ids";

/** The Monday review of one ISO week: what changed and what to test next. */
export const reviewNoteSchema = z.object({
  week: z.string().regex(/^\d{4}-W\d{2}$/),
  changed: z.string().max(5000),
  toTest: z.string().max(5000),
  savedAt: timestampSchema,
});
export type ReviewNote = z.infer<typeof reviewNoteSchema>;
