import type { MessageKey } from "@/lib/i18n/messages";
import type { MetricCounts, MetricRates, ReviewMetric } from "@/lib/metrics";

/** The figures a card can show; the user picks five of them. */
export const dashboardMetricIds = [
  "sent",
  "qualifiedSent",
  "openRate",
  "clickRate",
  "replyRate",
  "positiveReplyRate",
  "meetings",
  "meetingRate",
  "pipelineValue",
  "conversionRate",
  "bounceRate",
  "unsubscribeRate",
] as const;
export type DashboardMetricId = (typeof dashboardMetricIds)[number];

/** The methodology's weekly five: volume against the cap, opens, replies, meetings, conversions with their value. */
export const defaultDashboardMetrics: readonly DashboardMetricId[] = [
  "sent",
  "openRate",
  "replyRate",
  "meetings",
  "pipelineValue",
];

/** One side of a comparison: a week, or a baseline's mean week with its pooled rates. */
export interface MetricSide {
  counts: MetricCounts;
  rates: MetricRates;
}

export interface MetricDef {
  id: DashboardMetricId;
  label: MessageKey;
  kind: "count" | "rate";
  read: (side: MetricSide) => number | null;
  /** The review metric it is, so the two weakest can be highlighted on its card. */
  review?: ReviewMetric;
}

const count = (id: DashboardMetricId, label: MessageKey, key: keyof MetricCounts): MetricDef => ({
  id,
  label,
  kind: "count",
  read: (side) => side.counts[key],
});

const rate = (id: DashboardMetricId & keyof MetricRates, label: MessageKey, review?: ReviewMetric): MetricDef => ({
  id,
  label,
  kind: "rate",
  read: (side) => side.rates[id],
  review,
});

export const metricDefs: Record<DashboardMetricId, MetricDef> = {
  sent: count("sent", "dashMetricSent", "sent"),
  qualifiedSent: count("qualifiedSent", "dashMetricQualifiedSent", "qualifiedSent"),
  openRate: rate("openRate", "dashMetricOpenRate", "openRate"),
  clickRate: rate("clickRate", "dashMetricClickRate", "clickRate"),
  replyRate: rate("replyRate", "dashMetricReplyRate", "replyRate"),
  positiveReplyRate: rate("positiveReplyRate", "dashMetricPositiveReplyRate"),
  meetings: count("meetings", "dashMetricMeetings", "meetings"),
  meetingRate: rate("meetingRate", "dashMetricMeetingRate", "meetingRate"),
  pipelineValue: count("pipelineValue", "dashMetricPipelineValue", "pipelineValue"),
  conversionRate: rate("conversionRate", "dashMetricConversionRate", "conversionRate"),
  bounceRate: rate("bounceRate", "dashMetricBounceRate"),
  unsubscribeRate: rate("unsubscribeRate", "dashMetricUnsubscribeRate"),
};

/** Current minus reference (rate points for rates); null when either side has no data. */
export function changeOf(def: MetricDef, current: MetricSide, reference: MetricSide | undefined): number | null {
  const now = def.read(current);
  const then = reference ? def.read(reference) : null;
  return now === null || then === null ? null : now - then;
}
