import { z } from "zod";
import type { EmailOutcome } from "./emails";
import { fisherExact, type Interval, sampleSizePerVariant, twoProportionZTest, wilsonInterval } from "./stats";
import { localHourOf } from "./zone";

/** Successes (opens, replies, …) out of trials (sends) of one variant, pooled over all weeks of the test. */
export const variantCountsSchema = z
  .object({
    successes: z.number().int().nonnegative(),
    trials: z.number().int().nonnegative(),
  })
  .refine((v) => v.successes <= v.trials, { message: "successes cannot exceed trials", path: ["successes"] });
export type VariantCounts = z.infer<typeof variantCountsSchema>;

export interface VariantResult extends VariantCounts {
  rate: number | null;
  interval: Interval;
}

export type Verdict =
  | { kind: "no-data" }
  | { kind: "winner"; winner: "a" | "b"; p: number }
  | { kind: "no-difference"; p: number }
  | { kind: "not-enough-data"; moreSends: number; capped: boolean; p: number }
  | { kind: "inconclusive"; p: number };

export interface AbResult {
  a: VariantResult;
  b: VariantResult;
  /** Fisher's exact test when any expected cell count is below 5, else the two-proportion z-test. */
  test: "fisher" | "z-test" | "none";
  p: number | null;
  z?: number;
  verdict: Verdict;
}

export const alpha = 0.05;
/** Beyond this many further sends a test is not worth waiting for at 20-50 emails a week. */
export const defaultMaxSends = 5000;

/** Sums per-week counts: a test runs over several weeks and is judged on all of them. */
export function poolWeeks(weeks: readonly VariantCounts[]): VariantCounts {
  return weeks.reduce((sum, w) => ({ successes: sum.successes + w.successes, trials: sum.trials + w.trials }), {
    successes: 0,
    trials: 0,
  });
}

export function compareVariants(a: VariantCounts, b: VariantCounts, maxSends = defaultMaxSends): AbResult {
  variantCountsSchema.parse(a);
  variantCountsSchema.parse(b);
  const results = { a: describe(a), b: describe(b) };
  if (a.trials === 0 || b.trials === 0) return { ...results, test: "none", p: null, verdict: { kind: "no-data" } };
  const { test, p, z } = significance(a, b);
  return { ...results, test, p, z, verdict: verdictOf(a, b, p, maxSends) };
}

function describe(v: VariantCounts): VariantResult {
  return { ...v, rate: v.trials > 0 ? v.successes / v.trials : null, interval: wilsonInterval(v.successes, v.trials) };
}

/** The rule: the z-test's normal approximation holds only when every expected cell count is at least 5. */
export function chooseTest(a: VariantCounts, b: VariantCounts): "fisher" | "z-test" {
  const n = a.trials + b.trials;
  const successes = a.successes + b.successes;
  const expected = [a.trials, b.trials].flatMap((row) => [(row * successes) / n, (row * (n - successes)) / n]);
  return expected.every((e) => e >= 5) ? "z-test" : "fisher";
}

function significance(a: VariantCounts, b: VariantCounts): { test: "fisher" | "z-test"; p: number; z?: number } {
  if (chooseTest(a, b) === "fisher") {
    return { test: "fisher", p: fisherExact(a.successes, a.trials - a.successes, b.successes, b.trials - b.successes) };
  }
  const result = twoProportionZTest(a.successes, a.trials, b.successes, b.trials);
  return { test: "z-test", p: result.p, z: result.z };
}

function verdictOf(a: VariantCounts, b: VariantCounts, p: number, maxSends: number): Verdict {
  const rateA = a.successes / a.trials;
  const rateB = b.successes / b.trials;
  if (p < alpha) return { kind: "winner", winner: rateA > rateB ? "a" : "b", p };
  if (rateA === rateB) return { kind: "no-difference", p };
  const needed = sampleSizePerVariant(rateA, rateB);
  const more = Math.max(0, needed - a.trials) + Math.max(0, needed - b.trials);
  if (more === 0) return { kind: "inconclusive", p };
  // "About": round up to tens, and stop at a cap rather than promise 80,000 sends.
  const rounded = Math.ceil(more / 10) * 10;
  return { kind: "not-enough-data", moreSends: Math.min(rounded, maxSends), capped: rounded > maxSends, p };
}

export function verdictMessage(verdict: Verdict, language: "en" | "de" = "en"): string {
  const de = language === "de";
  switch (verdict.kind) {
    case "no-data":
      return de ? "Noch keine Daten: beide Varianten brauchen Sendungen." : "No data yet: both variants need sends.";
    case "winner":
      return de
        ? `Variante ${verdict.winner.toUpperCase()} gewinnt (p = ${verdict.p.toFixed(4)}).`
        : `Variant ${verdict.winner.toUpperCase()} wins (p = ${verdict.p.toFixed(4)}).`;
    case "no-difference":
      return de
        ? "Bisher kein Unterschied zwischen den Varianten: beide Raten sind gleich."
        : "No difference so far: both variants have the same rate.";
    case "inconclusive":
      return de ? "Kein belastbarer Unterschied bei dieser Datenmenge." : "No reliable difference at this sample size.";
    case "not-enough-data": {
      const n = verdict.capped
        ? `${de ? "mehr als" : "more than"} ${verdict.moreSends}`
        : `${de ? "etwa" : "about"} ${verdict.moreSends}`;
      return de
        ? `Noch nicht genug Daten: ${n} weitere Sendungen nötig.`
        : `Not enough data yet: ${n} more sends needed.`;
    }
  }
}

/** Which variant an email belongs to, or undefined when it is not part of the test. */
export type Split = (email: EmailOutcome) => "a" | "b" | undefined;
/** What counts as a success for the test (an open for a subject line, a reply for an angle, …). */
export type Success = (email: EmailOutcome) => boolean;

export function countVariants(
  emails: readonly EmailOutcome[],
  split: Split,
  success: Success,
): { a: VariantCounts; b: VariantCounts } {
  const counts = { a: { successes: 0, trials: 0 }, b: { successes: 0, trials: 0 } };
  for (const email of emails) {
    const variant = split(email);
    if (!variant) continue;
    counts[variant].trials++;
    if (success(email)) counts[variant].successes++;
  }
  return counts;
}

export const bySubjectVariant: Split = (email) =>
  email.subjectVariant === "A" ? "a" : email.subjectVariant === "B" ? "b" : undefined;

/** Send-time test: variant a before `splitHour` local time, b from it on. */
export function bySendSlot(timeZone: string, splitHour = 12): Split {
  return (email) => (localHourOf(email.sentAt, timeZone) < splitHour ? "a" : "b");
}

/** Message-angle test: loss framing (a) against gain framing (b) in the first email, by the angle sent. */
export const byAngle: Split = (email) => email.angle;
