import { z } from "zod";
import { siteResearchSchema } from "../research/types";
import { idSchema, timestampSchema, webUrlSchema } from "./ids";

export const researchPageStateSchema = z.object({
  url: z.string().max(4000),
  kind: z.string().max(40),
  state: z.enum(["queued", "fetching", "done", "skipped", "failed"]),
  /** Why a page was skipped or failed, in words the user understands. */
  reason: z.string().max(500).optional(),
});
export type ResearchPageState = z.infer<typeof researchPageStateSchema>;

/** One "Research this site" run: its progress while running, its findings when done. */
export const researchRunSchema = z.object({
  id: idSchema,
  domain: z.string().min(1).max(253),
  startUrl: webUrlSchema,
  state: z.enum(["running", "done", "cancelled", "failed"]),
  pages: z.array(researchPageStateSchema).max(50),
  startedAt: timestampSchema,
  finishedAt: timestampSchema.optional(),
  companyId: idSchema.optional(),
  result: siteResearchSchema.optional(),
  error: z.string().max(2000).optional(),
});
export type ResearchRun = z.infer<typeof researchRunSchema>;
