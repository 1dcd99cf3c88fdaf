import { z } from "zod";
import { webUrlSchema } from "./ids";

/** Where a captured value came from: every stored value can be traced back to a page. */
export const provenanceSchema = z.object({
  sourceUrl: webUrlSchema,
  capturedAt: z.number().int().nonnegative(),
  extractor: z.string().min(1),
  extractorVersion: z.string().min(1),
  /** Which strategy of the extractor found the value (json-ld, code-json, dom, …). */
  strategy: z.string().min(1).optional(),
});
export type Provenance = z.infer<typeof provenanceSchema>;

/** Field name → provenance of its current value. */
export const fieldSourcesSchema = z.record(z.string(), provenanceSchema);
export type FieldSources = z.infer<typeof fieldSourcesSchema>;

/** One earlier value of a field, kept when a revisit changed it. */
export const valueChangeSchema = z.object({
  field: z.string().min(1),
  from: z.unknown(),
  to: z.unknown(),
  changedAt: z.number().int().nonnegative(),
  sourceUrl: webUrlSchema,
});
export type ValueChange = z.infer<typeof valueChangeSchema>;
