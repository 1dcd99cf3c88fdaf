import { z } from "zod";
import { fundingRoundSchema } from "../model/company";
import { signalTypeSchema, signalWordingSchema } from "../model/signal";

/** Website research results: validated where they cross into the background and the database. */

const text = z.string().max(100_000);
const short = z.string().max(2000);

export const pageKindSchema = z.enum([
  "home",
  "about",
  "team",
  "careers",
  "job-board",
  "pricing",
  "press",
  "blog",
  "impressum",
  "customers",
  "other",
]);
export type PageKind = z.infer<typeof pageKindSchema>;

export const pageMetaSchema = z.object({
  url: short,
  canonicalUrl: short.optional(),
  title: short.optional(),
  byline: short.optional(),
  excerpt: text.optional(),
  siteName: short.optional(),
  /** Primary language subtag, lower case ("de", "en"). */
  lang: z.string().max(20).optional(),
  /** ISO date (yyyy-mm-dd) the page says it was published. */
  publishedAt: z.string().max(40).optional(),
  openGraph: z.record(z.string(), short),
  twitter: z.record(z.string(), short),
  breadcrumbs: z.array(short),
});
export type PageMeta = z.infer<typeof pageMetaSchema>;

export const socialLinksSchema = z.object({
  linkedin: short.optional(),
  x: short.optional(),
  github: short.optional(),
  xing: short.optional(),
  facebook: short.optional(),
  instagram: short.optional(),
  youtube: short.optional(),
});
export type SocialLinks = z.infer<typeof socialLinksSchema>;

export const employeeHintSchema = z.object({
  text: short,
  min: z.number().int().nonnegative(),
  max: z.number().int().nonnegative().optional(),
});
export type EmployeeHint = z.infer<typeof employeeHintSchema>;

export const planSchema = z.object({
  name: short,
  price: z.number().nonnegative().optional(),
  currency: z.string().max(8).optional(),
  period: z.enum(["month", "year", "once"]).optional(),
  /** The price is per user or seat ("€29 per user/month"): what a team of ten pays is ten times it. */
  perSeat: z.boolean().optional(),
  /** "Contact sales", "Auf Anfrage": a plan with no public price. */
  onRequest: z.boolean().optional(),
});
export type Plan = z.infer<typeof planSchema>;

export const pricingSchema = z.object({
  plans: z.array(planSchema),
  freeTrial: z.boolean(),
  freemium: z.boolean(),
  contactSales: z.boolean(),
});
export type Pricing = z.infer<typeof pricingSchema>;

/** Response headers of a fetched page: lower-cased names, values capped (see fetchPage). */
export type ResponseHeaders = Readonly<Record<string, string>>;

/** A technology recognised on a page, with the fingerprint engine's confidence (see lib/research/tech.ts). */
export const techDetectionSchema = z.object({
  name: short,
  confidence: z.number().int().min(0).max(100),
  /** Wappalyzer category names: "Marketing automation", "CMS", … */
  categories: z.array(short),
  version: short.optional(),
});
export type TechDetection = z.infer<typeof techDetectionSchema>;

export const siteCompanySchema = z.object({
  name: short.optional(),
  /** The home page's headline: how the company positions itself. */
  tagline: short.optional(),
  legalName: short.optional(),
  description: text.optional(),
  industryHints: z.array(short),
  headquarters: short.optional(),
  addresses: z.array(short),
  founded: z.number().int().min(1000).max(2200).optional(),
  employeeHints: z.array(employeeHintSchema),
  locations: z.array(short),
  social: socialLinksSchema,
  customers: z.array(short),
  pricing: pricingSchema.optional(),
  products: z.array(short),
  technologies: z.array(short),
  funding: z.array(fundingRoundSchema),
});
export type SiteCompany = z.infer<typeof siteCompanySchema>;

export const impressumSchema = z.object({
  legalName: short.optional(),
  legalForm: short.optional(),
  managingDirectors: z.array(short),
  registerCourt: short.optional(),
  /** As written, normalised: "HRB 16997", "FN 531162 x". */
  registerNumber: short.optional(),
  vatId: short.optional(),
  address: short.optional(),
  phone: short.optional(),
  email: short.optional(),
});
export type Impressum = z.infer<typeof impressumSchema>;

export const sitePersonSchema = z.object({
  name: short,
  role: short.optional(),
  source: z.enum(["json-ld", "team-card", "impressum", "prose"]),
  linkedinUrl: short.optional(),
});
export type SitePerson = z.infer<typeof sitePersonSchema>;

export const senioritySchema = z.enum(["intern", "junior", "mid", "senior", "lead", "head", "executive"]);
export type Seniority = z.infer<typeof senioritySchema>;

export const siteJobSchema = z.object({
  title: short,
  department: short.optional(),
  location: short.optional(),
  url: short.optional(),
  seniority: senioritySchema.optional(),
  employmentType: short.optional(),
  datePosted: z.string().max(40).optional(),
  source: z.enum([
    "json-ld",
    "greenhouse",
    "greenhouse-2024",
    "personio",
    "lever",
    "ashby",
    "recruitee",
    "teamtailor",
    "smartrecruiters",
    "softgarden",
    "join",
    "workable",
    "microdata",
    "careers-page",
  ]),
});
export type SiteJob = z.infer<typeof siteJobSchema>;

export const siteSignalSchema = z.object({
  type: signalTypeSchema,
  summary: short,
  /** The sentence the signal was read from. */
  quote: text,
  date: z.string().max(40).optional(),
  sourceUrl: short,
  funding: fundingRoundSchema.optional(),
  /** The summary's facts, for other languages (hiring and funding, which the extension words itself). */
  wording: signalWordingSchema.optional(),
});
export type SiteSignal = z.infer<typeof siteSignalSchema>;

export const sitePostSchema = z.object({
  title: short,
  url: short,
  date: z.string().max(40).optional(),
});
export type SitePost = z.infer<typeof sitePostSchema>;

export const keyPageSchema = z.object({
  url: short,
  kind: pageKindSchema,
  score: z.number(),
});
export type KeyPage = z.infer<typeof keyPageSchema>;

/** Which extractors ran cleanly on a page; a failed one leaves its part empty. */
export const pageStatusSchema = z.object({
  ok: z.boolean(),
  failed: z.array(z.string()),
  errors: z.record(z.string(), short),
});
export type PageStatus = z.infer<typeof pageStatusSchema>;

export const pageResearchSchema = z.object({
  url: short,
  kind: pageKindSchema,
  meta: pageMetaSchema.optional(),
  /** Main text (Readability), capped: the raw material for facts. */
  mainText: text.optional(),
  company: siteCompanySchema,
  impressum: impressumSchema.optional(),
  people: z.array(sitePersonSchema),
  jobs: z.array(siteJobSchema),
  signals: z.array(siteSignalSchema),
  posts: z.array(sitePostSchema),
  keyPages: z.array(keyPageSchema),
  /** Technologies with confidence and category; their names are also in company.technologies. */
  techDetections: z.array(techDetectionSchema).optional(),
  status: pageStatusSchema,
});
export type PageResearch = z.infer<typeof pageResearchSchema>;

export const siteResearchSchema = z.object({
  pages: z.array(pageResearchSchema),
  company: siteCompanySchema,
  impressum: impressumSchema.optional(),
  people: z.array(sitePersonSchema),
  jobs: z.array(siteJobSchema),
  signals: z.array(siteSignalSchema),
  posts: z.array(sitePostSchema),
  status: z.record(z.string(), pageStatusSchema),
});
export type SiteResearch = z.infer<typeof siteResearchSchema>;
