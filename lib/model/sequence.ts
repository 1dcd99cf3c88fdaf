import { z } from "zod";
import { idSchema, timestampSchema } from "./ids";

export const sequenceStepSchema = z.enum(["attention", "curiosity", "credibility", "action"]);
export type SequenceStep = z.infer<typeof sequenceStepSchema>;

/**
 * The message-angle test: how the first email frames the problem. "a" names the cost of how
 * things are done today (loss framing), "b" the result others got (gain framing).
 */
export const messageAngleSchema = z.enum(["a", "b"]);
export type MessageAngle = z.infer<typeof messageAngleSchema>;

export const draftEmailSchema = z.object({
  step: sequenceStepSchema,
  subject: z.string().max(500),
  subjectVariant: z.enum(["A", "B"]),
  body: z.string().max(50_000),
  /** Planned send time, epoch ms. */
  sendAt: timestampSchema.optional(),
  edited: z.boolean(),
});
export type DraftEmail = z.infer<typeof draftEmailSchema>;

/** The four-step sequence drafted for one prospect, editable and saved. */
export const sequenceSchema = z.object({
  id: idSchema,
  personId: idSchema,
  language: z.enum(["en", "de"]),
  formality: z.enum(["du", "sie"]),
  /** Absent on sequences drafted before the angle test existed. */
  angle: messageAngleSchema.optional(),
  recipient: z.string().max(320).optional(),
  emails: z.array(draftEmailSchema).max(4),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Sequence = z.infer<typeof sequenceSchema>;
