import { z } from "zod";
import { canonicalCompanyUrl, canonicalProfileUrl } from "../pages";
import { companyFieldsSchema } from "./company";
import { idSchema, timestampSchema, webUrlSchema } from "./ids";
import { personFieldsSchema } from "./person";

/** Which fields a capture found (and by which strategy) and which it missed. */
export const captureHealthSchema = z.object({
  found: z.record(z.string(), z.string()),
  missing: z.array(z.string()),
});
export type CaptureHealth = z.infer<typeof captureHealthSchema>;

const captureMetaSchema = z.object({
  /** The address the user was on. */
  url: webUrlSchema,
  capturedAt: timestampSchema,
  extractor: z.string().min(1).max(100),
  extractorVersion: z.string().min(1).max(50),
  health: captureHealthSchema,
});

/** Person found on a page: `person` is absent when the page gave no recognisable name. */
export const personCaptureSchema = captureMetaSchema.extend({
  kind: z.literal("person"),
  profileUrl: webUrlSchema.refine(
    (url) => canonicalProfileUrl(url) === url,
    "must be a canonical LinkedIn profile address",
  ),
  person: personFieldsSchema.optional(),
  /** Strategy that found each field, for provenance. */
  strategies: z.record(z.string(), z.string()).default({}),
});
export type PersonCapture = z.infer<typeof personCaptureSchema>;

export const companyCaptureSchema = captureMetaSchema.extend({
  kind: z.literal("company"),
  linkedinUrl: webUrlSchema
    .refine((url) => canonicalCompanyUrl(url) === url, "must be a canonical LinkedIn company address")
    .optional(),
  domain: z.string().max(253).optional(),
  company: companyFieldsSchema.optional(),
  strategies: z.record(z.string(), z.string()).default({}),
});
export type CompanyCapture = z.infer<typeof companyCaptureSchema>;

export const captureSchema = z.discriminatedUnion("kind", [personCaptureSchema, companyCaptureSchema]);
export type Capture = z.infer<typeof captureSchema>;

/** The stored log entry of one capture: the "Capture details" view reads these. */
export const captureLogSchema = z.object({
  id: idSchema,
  kind: z.enum(["person", "company"]),
  /** Canonical address of the subject (profile or company URL, or domain). */
  subjectKey: z.string().min(1).max(2000),
  url: webUrlSchema,
  at: timestampSchema,
  extractor: z.string(),
  extractorVersion: z.string(),
  health: captureHealthSchema,
  stored: z.boolean(),
});
export type CaptureLog = z.infer<typeof captureLogSchema>;
