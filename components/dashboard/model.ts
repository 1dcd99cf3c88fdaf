import {
  type AbResult,
  attributeEvents,
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
  ratesOf,
  sumCounts,
  trendSeries,
  type WeakMetric,
  type WeekMetrics,
  type WeekReview,
  weakestMetrics,
  weeklyMetrics,
  weekReview,
} from "@/lib/metrics";
import type { OutreachEvent, SignalType } from "@/lib/model";

export interface DashboardInput {
  events: readonly OutreachEvent[];
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
}

/** The review at the top of the page: weeks, comparison, trend and loop, from one pass over the events. */
export function buildDashboard(input: DashboardInput, options: DashboardOptions): DashboardModel {
  const { weeks, unattributed } = weeklyMetrics(input.events, input.people, options);
  const loop = loopStep(weeks, options);
  const baseline = "baseline" in loop ? loop.baseline : undefined;
  const from = baseline?.weeks[0];
  const to = baseline?.weeks.at(-1);
  const review = weekReview(weeks, { ...options, baseline: from && to ? { from, to } : undefined });
  const trend = trendSeries(weeks, options);
  return {
    empty: weeks.length === 0,
    unattributed,
    review,
    trend,
    loop,
    weakest: weakestMetrics(baseline?.rates ?? ratesOf(sumCounts(trend))),
  };
}

/**
 * The parts further down (funnels, the emails the tests count): each is one more pass
 * over the events, so each runs as its own task once the review is on screen.
 */
export const detailParts = {
  tierFunnels: (input: DashboardInput): Funnel<string>[] => funnelsByTier(input.events, input.people),
  signalFunnels: (input: DashboardInput): Funnel<SignalType | "none">[] =>
    funnelsBySignal(input.events, input.people, input.signals),
  emails: (input: DashboardInput): EmailOutcome[] => attributeEvents(input.events).emails,
};

export const abSuccessIds = ["replied", "opened"] as const;
export type AbSuccess = (typeof abSuccessIds)[number];

export interface AbTests {
  subject: AbResult;
  sendSlot: AbResult;
}

/** The two running tests: subject line A/B and morning vs afternoon sends, judged on replies or opens. */
export function abTests(emails: readonly EmailOutcome[], timeZone: string, success: AbSuccess): AbTests {
  const succeeded = (email: EmailOutcome) => email[success];
  const subject = countVariants(emails, bySubjectVariant, succeeded);
  const slot = countVariants(emails, bySendSlot(timeZone), succeeded);
  return { subject: compareVariants(subject.a, subject.b), sendSlot: compareVariants(slot.a, slot.b) };
}
