import type { EmailOutcome } from "./emails";

/** What happened to the emails of one period (a week, a baseline, a tier). */
export interface MetricCounts {
  sent: number;
  /** Sends to prospects in a qualified tier (A and B unless configured): the 50-send baseline counts these. */
  qualifiedSent: number;
  opened: number;
  clicked: number;
  replied: number;
  positiveReplies: number;
  meetings: number;
  conversions: number;
  pipelineValue: number;
  bounced: number;
  unsubscribed: number;
}

/** Rates per email sent; `null` when nothing was sent, so "no data" never reads as 0 %. */
export interface MetricRates {
  openRate: number | null;
  clickRate: number | null;
  replyRate: number | null;
  positiveReplyRate: number | null;
  meetingRate: number | null;
  conversionRate: number | null;
  bounceRate: number | null;
  unsubscribeRate: number | null;
}
export type RateName = keyof MetricRates;

export function emptyCounts(): MetricCounts {
  return {
    sent: 0,
    qualifiedSent: 0,
    opened: 0,
    clicked: 0,
    replied: 0,
    positiveReplies: 0,
    meetings: 0,
    conversions: 0,
    pipelineValue: 0,
    bounced: 0,
    unsubscribed: 0,
  };
}

/** Adds one email to running counts (mutates, for the single pass over 100,000 events). */
export function countEmail(counts: MetricCounts, email: EmailOutcome, qualified: boolean): void {
  counts.sent++;
  if (qualified) counts.qualifiedSent++;
  if (email.opened) counts.opened++;
  if (email.clicked) counts.clicked++;
  if (email.replied) counts.replied++;
  if (email.positive) counts.positiveReplies++;
  if (email.meeting) counts.meetings++;
  if (email.converted) counts.conversions++;
  counts.pipelineValue += email.value;
  if (email.bounced) counts.bounced++;
  if (email.unsubscribed) counts.unsubscribed++;
}

export function sumCounts(list: readonly MetricCounts[]): MetricCounts {
  const total = emptyCounts();
  for (const counts of list) {
    for (const key of Object.keys(total) as (keyof MetricCounts)[]) total[key] += counts[key];
  }
  return total;
}

/** Every count divided by `divisor`: the mean week of a baseline. */
export function divideCounts(counts: MetricCounts, divisor: number): MetricCounts {
  const result = emptyCounts();
  for (const key of Object.keys(result) as (keyof MetricCounts)[]) result[key] = counts[key] / divisor;
  return result;
}

export function ratesOf(counts: MetricCounts): MetricRates {
  const per = (n: number) => (counts.sent > 0 ? n / counts.sent : null);
  return {
    openRate: per(counts.opened),
    clickRate: per(counts.clicked),
    replyRate: per(counts.replied),
    positiveReplyRate: per(counts.positiveReplies),
    meetingRate: per(counts.meetings),
    conversionRate: per(counts.conversions),
    bounceRate: per(counts.bounced),
    unsubscribeRate: per(counts.unsubscribed),
  };
}
