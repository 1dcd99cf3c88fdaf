import { z } from "zod";
import { idSchema, timestampSchema } from "./ids";

export const icpLayerSchema = z.enum([
  "firmographic",
  "technographic",
  "organisational",
  "geographic",
  "business",
  "persona",
]);
export type IcpLayer = z.infer<typeof icpLayerSchema>;

/** Weight 1-5, or a knock-out that must (or must not) hold. */
export const criterionImportanceSchema = z.union([
  z.object({ kind: z.literal("weight"), weight: z.number().int().min(1).max(5) }),
  z.object({ kind: z.literal("must") }),
  z.object({ kind: z.literal("must-not") }),
]);

export const icpCriterionSchema = z.object({
  id: idSchema,
  layer: icpLayerSchema,
  /** Which attribute the criterion tests, e.g. "industry", "employees", "technology". */
  attribute: z.string().min(1).max(100),
  /** Operator and operands are interpreted by lib/scoring for each attribute. */
  operator: z.enum(["in", "not-in", "between", "at-least", "at-most", "contains-any", "within-months"]),
  values: z.array(z.union([z.string().max(500), z.number()])).max(500),
  importance: criterionImportanceSchema,
  label: z.string().max(200).optional(),
});
export type IcpCriterion = z.infer<typeof icpCriterionSchema>;

export const icpSchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(200),
  description: z.string().max(5000).optional(),
  criteria: z.array(icpCriterionSchema).max(50),
  /** Score at or above which a prospect counts as a qualified lead. */
  threshold: z.number().min(0).max(100),
  active: z.boolean(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Icp = z.infer<typeof icpSchema>;
