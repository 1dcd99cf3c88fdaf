import { z } from "zod";

const line = z.string().trim().min(1).max(500);

/** A number with its unit and what it measures: "40" "%" "less time on dispatch planning". */
export const metricSchema = z.object({
  value: z.number().finite(),
  /** "%", "h/week", "EUR", "days" … rendered after the number (German puts a space before %). */
  unit: z.string().trim().max(30),
  /** Written in the language the emails go out in, e.g. "less time on dispatch planning". */
  label: line,
});
export type Metric = z.infer<typeof metricSchema>;

/** How the customer measures success: benefits in business terms, never features. */
export const successMetricSchema = metricSchema.extend({
  dimension: z.enum(["cost", "time", "quality", "risk"]),
});
export type SuccessMetric = z.infer<typeof successMetricSchema>;

export const caseStudySchema = z.object({
  customer: line,
  industry: line.optional(),
  outcome: metricSchema,
  /** "in six months", "within the first quarter". */
  timeframe: line.optional(),
});
export type CaseStudy = z.infer<typeof caseStudySchema>;

export const referenceSchema = z.object({ name: line, industry: line });
export type Reference = z.infer<typeof referenceSchema>;

export const priceAnchorSchema = z.object({
  amount: z.number().nonnegative().finite(),
  /** ISO 4217, formatted through Intl. */
  currency: z.string().regex(/^[A-Z]{3}$/),
  per: z.enum(["month", "year", "user-month", "once"]),
});
export type PriceAnchor = z.infer<typeof priceAnchorSchema>;

export const ctaKindSchema = z.enum(["call-15", "video", "benchmark", "custom"]);
export type CtaKind = z.infer<typeof ctaKindSchema>;

/** Chosen first: the whole sequence is written backwards from it. */
export const callToActionSchema = z
  .object({
    kind: ctaKindSchema,
    /** Required for "custom": the ask as a noun phrase, e.g. "a free data-quality check". */
    custom: line.optional(),
  })
  .refine((cta) => cta.kind !== "custom" || cta.custom !== undefined, {
    message: "A custom call to action needs its text",
    path: ["custom"],
  });
export type CallToAction = z.infer<typeof callToActionSchema>;

/**
 * "The offer": what the sender sells, framed as the prospect's business problem.
 * Free-text fields are used verbatim in the emails, so write them in the language you send in.
 */
export const offerSchema = z.object({
  productName: line,
  /** The business problem solved, as a noun phrase: "manual dispatch planning". */
  problem: line,
  successMetrics: z.array(successMetricSchema).max(10).default([]),
  /** What prospects use today ("spreadsheets and phone calls") and why that is not enough. */
  currentAlternative: z.object({ what: line, shortfall: line }).optional(),
  proof: z
    .object({
      caseStudies: z.array(caseStudySchema).max(20).default([]),
      references: z.array(referenceSchema).max(50).default([]),
    })
    .default({ caseStudies: [], references: [] }),
  priceAnchor: priceAnchorSchema.optional(),
  cta: callToActionSchema,
  senderName: z.string().trim().max(200).default(""),
  signature: z.string().max(2000).default(""),
  defaultLanguage: z.enum(["en", "de"]).default("en"),
  formality: z.enum(["du", "sie"]).default("sie"),
});
export type Offer = z.infer<typeof offerSchema>;
export type OfferInput = z.input<typeof offerSchema>;

/** The stored offer: one record under a fixed key, validated on the way in and out. */
export const storedOfferSchema = offerSchema.extend({ key: z.literal("offer") });
export type StoredOffer = z.infer<typeof storedOfferSchema>;
