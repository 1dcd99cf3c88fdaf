import { z } from "zod";
import { idSchema, timestampSchema } from "./ids";
import { provenanceSchema } from "./provenance";

export const signalTypeSchema = z.enum([
  "job-change",
  "hiring",
  "headcount-growth",
  "funding",
  "post",
  "product-launch",
  "new-market",
  "leadership-change",
  "partnership",
]);
export type SignalType = z.infer<typeof signalTypeSchema>;

/** A dated event worth mentioning, with the sentence or value it came from. */
export const signalSchema = z.object({
  id: idSchema,
  type: signalTypeSchema,
  personId: idSchema.optional(),
  companyId: idSchema.optional(),
  summary: z.string().min(1).max(2000),
  quote: z.string().max(5000).optional(),
  /** When the event happened, if known; else when it was seen. */
  date: timestampSchema,
  provenance: provenanceSchema,
});
export type Signal = z.infer<typeof signalSchema>;
