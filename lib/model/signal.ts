import { z } from "zod";
import { jobFunctions } from "../scoring/normalise/title";
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
  "acquisition",
]);
export type SignalType = z.infer<typeof signalTypeSchema>;

const maxWordingText = 300;
const short = z.string().max(maxWordingText);

/** Keeps a text of a wording within what a stored signal allows. */
export const clipWording = (text: string): string => text.slice(0, maxWordingText);

/**
 * What a signal the extension worded itself says, as data, so it can be told in the
 * reader's language (side panel, facts, emails). Signals quoted from a page have none:
 * their words are the page's own.
 */
export const signalWordingSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("hiring"),
    openJobs: z.number().int().positive(),
    titles: z.array(short).max(5),
    /** The areas of the open roles, largest first, when every role's title was known. */
    functions: z
      .array(z.object({ name: z.enum(jobFunctions), count: z.number().int().positive() }))
      .max(3)
      .optional(),
  }),
  z.object({
    kind: z.literal("headcount-growth"),
    before: z.number().int().positive(),
    now: z.number().int().positive(),
  }),
  z.object({
    kind: z.literal("funding"),
    round: short.optional(),
    amount: z.number().nonnegative().optional(),
    currency: z.string().max(8).optional(),
    /** yyyy-mm-dd or yyyy-mm, as found. */
    date: z.string().max(10).optional(),
    investors: z.array(short).max(10).optional(),
    /** Those of `investors` the source says led the round. */
    leadInvestors: z.array(short).max(10).optional(),
  }),
  z.object({
    kind: z.literal("job-change"),
    title: short,
    companyName: short.optional(),
    since: z.object({ year: z.number().int(), month: z.number().int().min(1).max(12).optional() }).optional(),
  }),
  z.object({ kind: z.literal("post"), topic: short }),
]);
export type SignalWording = z.infer<typeof signalWordingSchema>;

/** A dated event worth mentioning, with the sentence or value it came from. */
export const signalSchema = z.object({
  id: idSchema,
  type: signalTypeSchema,
  personId: idSchema.optional(),
  companyId: idSchema.optional(),
  /** In English; `wording` tells it in other languages where the extension wrote it. */
  summary: z.string().min(1).max(2000),
  wording: signalWordingSchema.optional(),
  quote: z.string().max(5000).optional(),
  /** When the event happened, if known; else when it was seen. */
  date: timestampSchema,
  provenance: provenanceSchema,
});
export type Signal = z.infer<typeof signalSchema>;
