import { z } from "zod";
import { idSchema, timestampSchema } from "./ids";
import { messageAngleSchema, sequenceStepSchema } from "./sequence";

export const outreachEventTypeSchema = z.enum([
  "sent",
  "opened",
  "clicked",
  "replied-positive",
  "replied-neutral",
  "replied-negative",
  "meeting",
  "converted",
  "bounced",
  "unsubscribed",
  "override",
]);
export type OutreachEventType = z.infer<typeof outreachEventTypeSchema>;

/** Something that happened to an email: the raw material of the weekly review. */
export const outreachEventSchema = z.object({
  id: idSchema,
  personId: idSchema,
  sequenceId: idSchema.optional(),
  step: sequenceStepSchema.optional(),
  subjectVariant: z.enum(["A", "B"]).optional(),
  angle: messageAngleSchema.optional(),
  type: outreachEventTypeSchema,
  at: timestampSchema,
  /** Deal value for conversions; the stated reason for a gate override. */
  value: z.number().nonnegative().optional(),
  note: z.string().max(2000).optional(),
});
export type OutreachEvent = z.infer<typeof outreachEventSchema>;
