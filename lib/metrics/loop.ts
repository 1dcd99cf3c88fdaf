import type { MetricRates } from "./counts";
import type { EmailOutcome } from "./emails";
import { type Baseline, baselineOf, type Comparison, compare } from "./review";
import { addWeeks, type Week, type WeekKey, weekFromKey, weekOf, weeksBetween } from "./week";
import type { WeekMetrics } from "./weekly";

/** The five metrics of the weekly review, in funnel order. */
export const reviewMetrics = ["openRate", "clickRate", "replyRate", "meetingRate", "conversionRate"] as const;
export type ReviewMetric = (typeof reviewMetrics)[number];
export type Reference = Partial<Record<ReviewMetric, number>>;

/**
 * A starting reference for cold B2B email until the user has better numbers of
 * their own (their best weeks, or a team target): deliberately modest, and
 * editable, since published benchmarks vary widely by market and tracking.
 */
export const defaultReference: Required<Reference> = {
  openRate: 0.4,
  clickRate: 0.05,
  replyRate: 0.08,
  meetingRate: 0.03,
  conversionRate: 0.01,
};

/** The one change to test when a metric is weak: a test changes exactly one thing. */
export const testFor: Record<ReviewMetric, "subject-line" | "call-to-action" | "message-angle" | "targeting"> = {
  openRate: "subject-line",
  clickRate: "call-to-action",
  replyRate: "message-angle",
  meetingRate: "call-to-action",
  conversionRate: "targeting",
};

/**
 * A click reaches the log only when the user records or imports one (a reply proves an open,
 * nothing proves a click): a log without a single click tracks no clicks, and its 0 % measures nothing.
 */
export function untrackedMetrics(emails: readonly EmailOutcome[]): ReviewMetric[] {
  return emails.some((email) => email.clicked) ? [] : ["clickRate"];
}

export interface WeakMetric {
  metric: ReviewMetric;
  value: number;
  reference: number;
  /** value / reference: below 1 is behind the reference. */
  ratio: number;
}

/**
 * The `count` metrics furthest behind the reference (relative), skipping metrics without data or
 * reference, and metrics the user does not track (see `untrackedMetrics`).
 */
export function weakestMetrics(
  rates: MetricRates,
  reference: Reference = defaultReference,
  count = 2,
  untracked: readonly ReviewMetric[] = [],
): WeakMetric[] {
  return reviewMetrics
    .flatMap((metric) => {
      const value = rates[metric];
      const target = reference[metric];
      return value === null || !target || target <= 0 || untracked.includes(metric)
        ? []
        : [{ metric, value, reference: target, ratio: value / target }];
    })
    .sort((a, b) => a.ratio - b.ratio)
    .slice(0, count);
}

export type LoopState =
  | { step: 1; kind: "baseline"; qualifiedSent: number; target: number; complete: boolean }
  | { step: 2; kind: "analyse"; baseline: Baseline }
  | { step: 3; kind: "weakest"; baseline: Baseline; weakest: WeakMetric[] }
  | {
      step: 4;
      kind: "define-test";
      baseline: Baseline;
      weakest: WeakMetric[];
      suggestedTests: (typeof testFor)[ReviewMetric][];
    }
  | { step: 5; kind: "compare"; baseline: Baseline; since?: Baseline; vsBaseline?: Comparison; cycleComplete: boolean };

export interface LoopOptions {
  now: number;
  timeZone: string;
  /** Qualified sends the baseline needs; about 50, one week at the recommended pace. */
  baselineTarget?: number;
  reference?: Reference;
  /** Week the cycle started (a restarted cycle); default: the first week with qualified sends. */
  startWeek?: WeekKey;
  /** Metrics the user does not track: never among the weakest, so no test is suggested for them. */
  untracked?: readonly ReviewMetric[];
}

/**
 * The guided five-week flow. Week 1 collects the baseline (it lasts until ~50
 * qualified sends are in, so a slow start does not skip ahead); each following
 * calendar week moves one step: analyse, find the two weakest metrics, define
 * one test, compare with the baseline.
 */
export function loopStep(weeks: readonly WeekMetrics[], options: LoopOptions): LoopState {
  const target = options.baselineTarget ?? 50;
  const started = weeks.filter((w) => w.qualifiedSent > 0 && (!options.startWeek || w.week >= options.startWeek));
  const first = started[0];
  const end = baselineEnd(started, target);
  const qualifiedSent = started.reduce((sum, w) => sum + w.qualifiedSent, 0);
  if (!first || !end) return { step: 1, kind: "baseline", qualifiedSent, target, complete: false };
  const baseline = baselineOf(weeks, { from: first.week, to: end.week });
  const endWeek = weekFromKey(end.week);
  if (!baseline || !endWeek) return { step: 1, kind: "baseline", qualifiedSent, target, complete: false };
  const elapsed = weeksBetween(endWeek, weekOf(options.now, options.timeZone));
  if (elapsed <= 0)
    return { step: 1, kind: "baseline", qualifiedSent: baselineSends(started, end), target, complete: true };
  if (elapsed === 1) return { step: 2, kind: "analyse", baseline };
  const weakest = weakestMetrics(baseline.rates, options.reference, 2, options.untracked);
  if (elapsed === 2) return { step: 3, kind: "weakest", baseline, weakest };
  if (elapsed === 3) {
    return {
      step: 4,
      kind: "define-test",
      baseline,
      weakest,
      suggestedTests: [...new Set(weakest.map((w) => testFor[w.metric]))],
    };
  }
  return compareStep(weeks, baseline, endWeek, elapsed);
}

function baselineEnd(started: readonly WeekMetrics[], target: number): WeekMetrics | undefined {
  let sum = 0;
  return started.find((w) => {
    sum += w.qualifiedSent;
    return sum >= target;
  });
}

function baselineSends(started: readonly WeekMetrics[], end: WeekMetrics): number {
  return started.filter((w) => w.week <= end.week).reduce((sum, w) => sum + w.qualifiedSent, 0);
}

/** Week 5: the weeks since the test began (week 4 on) against the baseline. */
function compareStep(weeks: readonly WeekMetrics[], baseline: Baseline, end: Week, elapsed: number): LoopState {
  const since = baselineOf(weeks, { from: addWeeks(end, 3).key, to: addWeeks(end, elapsed).key });
  const vsBaseline = since && compare(since.perWeek, since.rates, baseline.perWeek, baseline.rates);
  return { step: 5, kind: "compare", baseline, since, vsBaseline, cycleComplete: elapsed > 4 };
}
