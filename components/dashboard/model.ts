import {
  type AbResult,
  byAngle,
  bySendSlot,
  bySubjectVariant,
  compareVariants,
  countVariants,
  type EmailOutcome,
  type Funnel,
  type FunnelPerson,
  type FunnelSignal,
  funnelsBySignal,
  funnelsByTier,
  type LoopState,
  loopStep,
  type ReviewMetric,
  ratesOf,
  type Split,
  sumCounts,
  trendSeries,
  untrackedMetrics,
  type WeakMetric,
  type WeekMetrics,
  type WeekReview,
  weakestMetrics,
  weeklyMetrics,
  weekReview,
} from "@/lib/metrics";
import type { SignalType } from "@/lib/model";

export interface DashboardInput {
  /** Every sent email with its outcomes (the email log). */
  emails: readonly EmailOutcome[];
  /** Outcome events of people with no recorded send. */
  unattributed: number;
  people: readonly FunnelPerson[];
  signals: readonly FunnelSignal[];
}

export interface DashboardOptions {
  now: number;
  timeZone: string;
  weeklyCap: number;
}

export interface DashboardModel {
  /** No email sent yet: the page shows how to get started instead of empty charts. */
  empty: boolean;
  unattributed: number;
  review: WeekReview;
  trend: WeekMetrics[];
  loop: LoopState;
  /** The two review metrics furthest behind the reference: of the baseline once there is one, else of the trend. */
  weakest: WeakMetric[];
  /** Review metrics without data in the log (no click tracking): shown as not tracked, never as 0 %. */
  untracked: ReviewMetric[];
}

/** The review at the top of the page: weeks, comparison, trend and loop, from one pass over the emails. */
export function buildDashboard(input: DashboardInput, options: DashboardOptions): DashboardModel {
  const weeks = weeklyMetrics(input.emails, input.people, options);
  const untracked = untrackedMetrics(input.emails);
  const loop = loopStep(weeks, { ...options, untracked });
  const baseline = "baseline" in loop ? loop.baseline : undefined;
  const from = baseline?.weeks[0];
  const to = baseline?.weeks.at(-1);
  const review = weekReview(weeks, { ...options, baseline: from && to ? { from, to } : undefined });
  const trend = trendSeries(weeks, options);
  return {
    empty: weeks.length === 0,
    unattributed: input.unattributed,
    review,
    trend,
    loop,
    weakest: weakestMetrics(baseline?.rates ?? ratesOf(sumCounts(trend)), undefined, undefined, untracked),
    untracked,
  };
}

/** The funnels further down: each is one more pass over the emails, so each runs as its own task once the review is on screen. */
export const detailParts = {
  tierFunnels: (input: DashboardInput): Funnel<string>[] => funnelsByTier(input.emails, input.people),
  signalFunnels: (input: DashboardInput): Funnel<SignalType | "none">[] =>
    funnelsBySignal(input.emails, input.people, input.signals),
};

export const abSuccessIds = ["replied", "opened"] as const;
export type AbSuccess = (typeof abSuccessIds)[number];

export interface AbTests {
  subject: AbResult;
  sendSlot: AbResult;
  messageAngle: AbResult;
}

/**
 * The three running tests: subject line A/B, morning vs afternoon sends, and the first email's
 * angle (cost of today's way vs the result others got), judged on replies or opens.
 */
export function abTests(emails: readonly EmailOutcome[], timeZone: string, success: AbSuccess): AbTests {
  const succeeded = (email: EmailOutcome) => email[success];
  const compare = (split: Split) => {
    const counts = countVariants(emails, split, succeeded);
    return compareVariants(counts.a, counts.b);
  };
  return {
    subject: compare(bySubjectVariant),
    sendSlot: compare(bySendSlot(timeZone)),
    messageAngle: compare(byAngle),
  };
}
