import { beforeEach, expect, test } from "vitest";
import { fakeBrowser } from "wxt/testing";
import {
  dashboardStorageKey,
  emptyDashboardStore,
  loadDashboardStore,
  parseDashboardStore,
  replaceMetric,
  saveMetrics,
} from "@/components/dashboard/store";

beforeEach(() => {
  fakeBrowser.reset();
});

test("choosing a metric shown elsewhere swaps the two, so five distinct metrics remain", () => {
  const metrics = ["sent", "openRate", "replyRate", "meetings", "pipelineValue"] as const;
  expect(replaceMetric(metrics, 1, "clickRate")).toEqual([
    "sent",
    "clickRate",
    "replyRate",
    "meetings",
    "pipelineValue",
  ]);
  expect(replaceMetric(metrics, 0, "replyRate")).toEqual([
    "replyRate",
    "openRate",
    "sent",
    "meetings",
    "pipelineValue",
  ]);
});

test("a missing or unreadable stored value falls back to the defaults", () => {
  expect(parseDashboardStore(undefined)).toEqual(emptyDashboardStore);
  expect(parseDashboardStore({ metrics: ["sent"] })).toEqual(emptyDashboardStore);
});

test("the chosen metrics round-trip through browser.storage.local under one key", async () => {
  await saveMetrics(["sent", "clickRate", "replyRate", "meetings", "pipelineValue"]);
  const stored = await fakeBrowser.storage.local.get(dashboardStorageKey);
  expect(parseDashboardStore(stored[dashboardStorageKey]).metrics).toHaveLength(5);
  expect((await loadDashboardStore()).metrics[1]).toBe("clickRate");
});
