import { z } from "zod";

/**
 * The weekly review's own table: every sent email with what happened to it, already
 * attributed, stored column by column in one row per UTC day of sending. It is
 * derived from the outreach events and kept in step with them in the same transaction,
 * so the dashboard reads a few dozen rows instead of every event.
 */

/**
 * The emails sent on one UTC day ("day:20419"), never the user's week: the review groups them
 * by week itself. A day keeps a row small; larger values are kept apart from the database
 * and read back more slowly.
 */
export const emailLogDaySchema = z
  .object({
    key: z.string().regex(/^day:-?\d+$/),
    personIds: z.array(z.string()),
    /** "" where the email has no sequence. */
    sequenceIds: z.array(z.string()),
    sentAt: z.instanceof(Float64Array),
    /** Deal value of the conversions it led to. */
    values: z.instanceof(Float64Array),
    /** Outcome bits, see lib/metrics/email-log.ts. */
    flags: z.instanceof(Uint16Array),
    /** 0 none, else 1 + the index of the sequence step. */
    steps: z.instanceof(Uint8Array),
    /** 0 none, 1 subject A, 2 subject B. */
    variants: z.instanceof(Uint8Array),
    /** 0 none, 1 message angle a, 2 angle b. */
    angles: z.instanceof(Uint8Array),
  })
  .refine(
    (row) =>
      [row.sequenceIds, row.sentAt, row.values, row.flags, row.steps, row.variants, row.angles].every(
        (column) => column.length === row.personIds.length,
      ),
    { message: "columns of different lengths" },
  );
export type EmailLogDay = z.infer<typeof emailLogDaySchema>;

/** What the days cannot hold: how many events the log reflects (to notice when it fell behind) and the unattributed. */
export const emailLogTotalsSchema = z.object({
  key: z.literal("totals"),
  events: z.number().int().nonnegative(),
  unattributed: z.number().int().nonnegative(),
});
export type EmailLogTotals = z.infer<typeof emailLogTotalsSchema>;

export type EmailLogRow = EmailLogDay | EmailLogTotals;
