import { expect, test } from "vitest";
import { changeOf, dashboardMetricIds, defaultDashboardMetrics, metricDefs } from "@/components/dashboard/metric-defs";
import { en } from "@/lib/i18n/messages";
import { emptyCounts, ratesOf } from "@/lib/metrics";

const side = (sent: number, replied: number) => {
  const counts = { ...emptyCounts(), sent, replied };
  return { counts, rates: ratesOf(counts) };
};

test("the five defaults are the methodology's weekly five, all different", () => {
  expect(defaultDashboardMetrics).toEqual(["sent", "openRate", "replyRate", "meetings", "pipelineValue"]);
  expect(new Set(defaultDashboardMetrics).size).toBe(5);
});

test("every metric has a label in the messages and reads its own figure", () => {
  for (const id of dashboardMetricIds) {
    expect(en[metricDefs[id].label]).toBeTruthy();
    expect(metricDefs[id].id).toBe(id);
  }
  expect(metricDefs.replyRate.read(side(10, 2))).toBe(0.2);
  expect(metricDefs.sent.read(side(10, 2))).toBe(10);
});

test("a change is current minus reference, and unknown when either side has no data", () => {
  expect(changeOf(metricDefs.replyRate, side(10, 2), side(20, 2))).toBeCloseTo(0.1);
  expect(changeOf(metricDefs.replyRate, side(10, 2), side(0, 0))).toBeNull();
  expect(changeOf(metricDefs.sent, side(10, 2), undefined)).toBeNull();
});
