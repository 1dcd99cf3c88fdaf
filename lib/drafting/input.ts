import { z } from "zod";
import { factWordingsSchema } from "../model/fact";
import { offerSchema } from "../model/offer";
import { signalTypeSchema, signalWordingSchema } from "../model/signal";

const text = z.string().trim().max(2000);

/** The boundary of draftSequence: plain data from the database and the side panel, validated. */
export const draftSequenceInputSchema = z.object({
  person: z.object({
    /** Stable key for the A/B subject assignment: id, else profile URL, else name. */
    id: z.string().max(200).optional(),
    profileUrl: z.string().max(2000).optional(),
    name: text.min(1),
    headline: text.optional(),
    location: text.optional(),
    about: z.string().max(100_000).optional(),
    /** Only an explicit choice; the name never decides it. */
    gender: z.enum(["female", "male"]).optional(),
    firstName: text.optional(),
    lastName: text.optional(),
  }),
  company: z.object({ name: text.min(1), industry: text.optional(), domain: text.optional() }).optional(),
  /** The selected facts, best first; only the first three are used. */
  facts: z
    .array(
      z.object({
        text: text.min(1),
        sourceUrl: z.string().max(2000).optional(),
        /** The fact in each language, where the extension worded it: the email's language is used. */
        wordings: factWordingsSchema.optional(),
      }),
    )
    .default([]),
  signals: z
    .array(
      z.object({
        type: signalTypeSchema,
        summary: text.min(1),
        wording: signalWordingSchema.optional(),
        date: z.number().int().nonnegative(),
      }),
    )
    .default([]),
  offer: offerSchema.optional(),
  /** Defaults: chosen from the prospect (see language.ts), formality from the offer, else Sie. */
  language: z.enum(["en", "de"]).optional(),
  formality: z.enum(["du", "sie"]).optional(),
  /** Changes wording and which fact goes where; the same seed gives the same sequence. */
  variantSeed: z.number().int().nonnegative().default(0),
});
export type DraftSequenceInput = z.input<typeof draftSequenceInputSchema>;
export type ParsedSequenceInput = z.output<typeof draftSequenceInputSchema>;
export type SourcedFact = ParsedSequenceInput["facts"][number];
export type SignalInput = ParsedSequenceInput["signals"][number];
