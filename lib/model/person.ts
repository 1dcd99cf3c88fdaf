import { z } from "zod";
import { idSchema, timestampSchema, webUrlSchema } from "./ids";
import { fieldSourcesSchema, valueChangeSchema } from "./provenance";

const text = z.string().max(100_000);

export const partialDateSchema = z.object({
  year: z.number().int().min(1900).max(2200),
  month: z.number().int().min(1).max(12).optional(),
});
export type PartialDate = z.infer<typeof partialDateSchema>;

export const positionSchema = z.object({
  title: text,
  companyName: text.optional(),
  companyLinkedInUrl: webUrlSchema.optional(),
  start: partialDateSchema.optional(),
  end: partialDateSchema.optional(),
  current: z.boolean(),
  location: text.optional(),
  description: text.optional(),
});
export type Position = z.infer<typeof positionSchema>;

export const educationSchema = z.object({
  school: text,
  degree: text.optional(),
  startYear: z.number().int().optional(),
  endYear: z.number().int().optional(),
});
export type Education = z.infer<typeof educationSchema>;

export const activitySchema = z.object({
  text,
  /** As shown ("1w", "2 Wo.") and, when it could be worked out, as a time. */
  shownAge: z.string().max(50).optional(),
  postedAt: timestampSchema.optional(),
  url: webUrlSchema.optional(),
});
export type Activity = z.infer<typeof activitySchema>;

export const contactSchema = z.object({
  emails: z.array(z.string().max(320)).default([]),
  phones: z.array(z.string().max(50)).default([]),
  websites: z.array(z.string().max(2000)).default([]),
});
export type Contact = z.infer<typeof contactSchema>;

export const prospectStatusSchema = z.enum([
  "new",
  "researching",
  "ready",
  "contacted",
  "replied",
  "meeting",
  "won",
  "lost",
  "do-not-contact",
]);
export type ProspectStatus = z.infer<typeof prospectStatusSchema>;

/** The values a capture can find about a person; all but the name may be missing. */
export const personFieldsSchema = z.object({
  name: text.min(1),
  headline: text.optional(),
  location: text.optional(),
  about: text.optional(),
  currentRoles: z.array(positionSchema).optional(),
  experience: z.array(positionSchema).optional(),
  education: z.array(educationSchema).optional(),
  followers: z.number().int().nonnegative().optional(),
  connections: z.number().int().nonnegative().optional(),
  languages: z.array(text).optional(),
  activity: z.array(activitySchema).optional(),
  contact: contactSchema.optional(),
});
export type PersonFields = z.infer<typeof personFieldsSchema>;

export const personSchema = personFieldsSchema.extend({
  id: idSchema,
  /** Canonical profile URL: the identity of a person across visits. */
  profileUrl: webUrlSchema,
  companyId: idSchema.optional(),
  status: prospectStatusSchema,
  notes: text.optional(),
  /** Set by the user for "Frau"/"Herr" and "Ms"/"Mr" salutations; never guessed from the name. */
  gender: z.enum(["female", "male"]).optional(),
  /** Latest ICP score (0-100) and tier, cached for sorting and the badge. */
  score: z.number().min(0).max(100).optional(),
  tier: z.enum(["A", "B", "C", "D"]).optional(),
  sources: fieldSourcesSchema,
  history: z.array(valueChangeSchema),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Person = z.infer<typeof personSchema>;
