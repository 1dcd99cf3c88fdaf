import { z } from "zod";
import { idSchema, timestampSchema, webUrlSchema } from "./ids";
import { fieldSourcesSchema, valueChangeSchema } from "./provenance";

const text = z.string().max(100_000);

export const fundingRoundSchema = z.object({
  round: text.optional(),
  amount: z.number().nonnegative().optional(),
  currency: z.string().max(8).optional(),
  date: text.optional(),
  investors: z.array(text).optional(),
});
export type FundingRound = z.infer<typeof fundingRoundSchema>;

export const companyFieldsSchema = z.object({
  name: text.min(1),
  tagline: text.optional(),
  description: text.optional(),
  website: text.optional(),
  industry: text.optional(),
  sizeBand: text.optional(),
  employeesOnLinkedIn: z.number().int().nonnegative().optional(),
  headquarters: text.optional(),
  founded: z.number().int().min(1000).max(2200).optional(),
  specialties: z.array(text).optional(),
  type: text.optional(),
  followers: z.number().int().nonnegative().optional(),
  locations: z.array(text).optional(),
  funding: z.array(fundingRoundSchema).optional(),
  openJobs: z.number().int().nonnegative().optional(),
  jobTitles: z.array(text).optional(),
  departmentCounts: z.record(z.string(), z.number().int().nonnegative()).optional(),
  technologies: z.array(text).optional(),
  /** Customers the company's own website names (logo walls, case studies, references). */
  customers: z.array(text).optional(),
});
export type CompanyFields = z.infer<typeof companyFieldsSchema>;

export const companySchema = companyFieldsSchema.extend({
  id: idSchema,
  /** Canonical LinkedIn company URL, when known: links people and website research. */
  linkedinUrl: webUrlSchema.optional(),
  /** Registrable domain of the website, when known. */
  domain: z.string().max(253).optional(),
  sources: fieldSourcesSchema,
  history: z.array(valueChangeSchema),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Company = z.infer<typeof companySchema>;
