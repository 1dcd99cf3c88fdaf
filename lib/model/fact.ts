import { z } from "zod";
import { idSchema, timestampSchema, webUrlSchema } from "./ids";

/** A specific, sourced fact about a prospect, used to personalise outreach. */
export const factSchema = z.object({
  id: idSchema,
  personId: idSchema.optional(),
  companyId: idSchema.optional(),
  text: z.string().min(1).max(2000),
  sourceUrl: webUrlSchema.optional(),
  quote: z.string().max(5000).optional(),
  signalId: idSchema.optional(),
  /** Picked as one of the three facts for the email sequence. */
  selected: z.boolean(),
  origin: z.enum(["suggested", "manual", "selection"]),
  createdAt: timestampSchema,
});
export type Fact = z.infer<typeof factSchema>;
