import { z } from "zod";
import { companyTypes } from "../scoring/normalise/company-type";
import { fundingStages } from "../scoring/normalise/funding-stage";
import { industryIds } from "../scoring/normalise/industry";
import { jobFunctions, seniorities } from "../scoring/normalise/title";
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

/** Weight 1-5 adds to the score; a knock-out must (or must not) hold and caps the tier when broken. */
export const criterionImportanceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("weight"), weight: z.number().int().min(1).max(5) }),
  z.object({ kind: z.literal("must") }),
  z.object({ kind: z.literal("must-not") }),
]);
export type CriterionImportance = z.infer<typeof criterionImportanceSchema>;

const count = z.number().int().nonnegative();
const year = z.number().int().min(1800).max(2200);
const nonEmpty = <T extends z.ZodType>(item: T) => z.array(item).min(1, "Pick at least one value").max(200);
const isoCountry = z.string().regex(/^[A-Z]{2}$/, "Use a two-letter ISO country code, e.g. DE");
const isoRegion = z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, "Use an ISO 3166-2 region code, e.g. DE-BY");

const base = {
  id: idSchema,
  /** Shown instead of the generated description, e.g. "Core industries". */
  label: z.string().max(200).optional(),
  importance: criterionImportanceSchema,
};

/** Either bound may be open; when both are given they must be in order. */
const ordered = (value: { min?: number; max?: number }) =>
  value.min === undefined || value.max === undefined || value.min <= value.max;
const boundsMessage = { message: "The minimum must not exceed the maximum", path: ["max"] };

export const icpCriterionSchema = z.discriminatedUnion("kind", [
  z.object({
    ...base,
    kind: z.literal("industry"),
    industries: nonEmpty(
      z.enum(industryIds, { error: "Unknown industry: use a LinkedIn industry name or an id such as software" }),
    ),
  }),
  z
    .object({ ...base, kind: z.literal("employees"), min: count.optional(), max: count.optional() })
    .refine(ordered, boundsMessage),
  z
    .object({
      ...base,
      kind: z.literal("revenue"),
      min: z.number().nonnegative().optional(),
      max: z.number().nonnegative().optional(),
      currency: z.enum(["EUR", "USD", "GBP", "CHF"]),
    })
    .refine(ordered, boundsMessage),
  z
    .object({ ...base, kind: z.literal("founded"), from: year.optional(), to: year.optional() })
    .refine((value) => ordered({ min: value.from, max: value.to }), { ...boundsMessage, path: ["to"] }),
  z.object({ ...base, kind: z.literal("company-type"), types: nonEmpty(z.enum(companyTypes)) }),
  z.object({
    ...base,
    kind: z.literal("technology"),
    /** any: uses at least one; all: uses every one; none: uses none of them. */
    mode: z.enum(["any", "all", "none"]),
    technologies: nonEmpty(z.string().min(1).max(100)),
  }),
  z
    .object({
      ...base,
      kind: z.literal("department-size"),
      department: z.enum(jobFunctions),
      min: count.optional(),
      max: count.optional(),
    })
    .refine(ordered, boundsMessage),
  z.object({ ...base, kind: z.literal("roles-present"), functions: nonEmpty(z.enum(jobFunctions)) }),
  z
    .object({
      ...base,
      kind: z.literal("location"),
      /** Whose location: the company's headquarters (default) or the person's. */
      of: z.enum(["company", "person"]).optional(),
      countries: z.array(isoCountry).max(250).optional(),
      regions: z.array(isoRegion).max(500).optional(),
      cities: z.array(z.string().min(1).max(100)).max(500).optional(),
    })
    .refine(
      (value) => (value.countries?.length ?? 0) + (value.regions?.length ?? 0) + (value.cities?.length ?? 0) > 0,
      {
        message: "Pick at least one country, region or city",
        path: ["countries"],
      },
    ),
  z.object({ ...base, kind: z.literal("funding-stage"), stages: nonEmpty(z.enum(fundingStages)) }),
  z.object({ ...base, kind: z.literal("raised-within"), months: z.number().int().min(1).max(120) }),
  z.object({
    ...base,
    kind: z.literal("hiring"),
    /** Any department when absent. */
    department: z.enum(jobFunctions).optional(),
    minOpenJobs: z.number().int().min(1).max(10_000).optional(),
  }),
  z.object({ ...base, kind: z.literal("headcount-growth"), minPercent: z.number().min(-100).max(1000) }),
  z.object({ ...base, kind: z.literal("seniority"), seniorities: nonEmpty(z.enum(seniorities)) }),
  z.object({ ...base, kind: z.literal("job-function"), functions: nonEmpty(z.enum(jobFunctions)) }),
  z.object({ ...base, kind: z.literal("title-keywords"), keywords: nonEmpty(z.string().min(1).max(100)) }),
]);
export type IcpCriterion = z.infer<typeof icpCriterionSchema>;
export type CriterionKind = IcpCriterion["kind"];
export type CriterionOf<K extends CriterionKind> = Extract<IcpCriterion, { kind: K }>;
/** A criterion before it has an id (templates, suggestions, proposals). */
export type IcpCriterionDraft = IcpCriterion extends infer C ? (C extends IcpCriterion ? Omit<C, "id"> : never) : never;

/** The five data layers of the methodology, plus the persona. */
export const criterionLayer: Record<CriterionKind, IcpLayer> = {
  industry: "firmographic",
  employees: "firmographic",
  revenue: "firmographic",
  founded: "firmographic",
  "company-type": "firmographic",
  technology: "technographic",
  "department-size": "organisational",
  "roles-present": "organisational",
  location: "geographic",
  "funding-stage": "business",
  "raised-within": "business",
  hiring: "business",
  "headcount-growth": "business",
  seniority: "persona",
  "job-function": "persona",
  "title-keywords": "persona",
};

export const icpSchema = z
  .object({
    id: idSchema,
    name: z.string().min(1).max(200),
    description: z.string().max(5000).optional(),
    criteria: z.array(icpCriterionSchema).max(50),
    /** Score at or above which a prospect counts as a qualified lead. */
    threshold: z.number().min(0).max(100),
    active: z.boolean(),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .superRefine((icp, ctx) => {
    // Scores and breakdowns refer to criteria by id, so ids must be unique within an ICP.
    const seen = new Set<string>();
    icp.criteria.forEach((criterion, index) => {
      if (seen.has(criterion.id))
        ctx.addIssue({ code: "custom", message: "Duplicate criterion id", path: ["criteria", index, "id"] });
      seen.add(criterion.id);
    });
  });
export type Icp = z.infer<typeof icpSchema>;
