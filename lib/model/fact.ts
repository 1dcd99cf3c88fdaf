import { z } from "zod";
import { idSchema, timestampSchema, webUrlSchema } from "./ids";

/**
 * A suggested fact in each language ("Series A über 12 Mio. €" / "Series A of €12M"): an email
 * in the other language tells it in its own. Kept only while the user has not edited the text.
 */
export const factWordingsSchema = z.object({ en: z.string().max(2000), de: z.string().max(2000) }).partial();
export type FactWordings = z.infer<typeof factWordingsSchema>;

/** A specific, sourced fact about a prospect, used to personalise outreach. */
export const factSchema = z.object({
  id: idSchema,
  personId: idSchema.optional(),
  companyId: idSchema.optional(),
  text: z.string().min(1).max(2000),
  sourceUrl: webUrlSchema.optional(),
  quote: z.string().max(5000).optional(),
  signalId: idSchema.optional(),
  wordings: factWordingsSchema.optional(),
  /** Picked as one of the three facts for the email sequence. */
  selected: z.boolean(),
  origin: z.enum(["suggested", "manual", "selection"]),
  createdAt: timestampSchema,
});
export type Fact = z.infer<typeof factSchema>;
