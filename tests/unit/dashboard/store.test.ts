import { beforeEach, expect, test } from "vitest";
import { fakeBrowser } from "wxt/testing";
import {
  dashboardStorageKey,
  emptyDashboardStore,
  loadDashboardStore,
  parseDashboardStore,
  replaceMetric,
  saveMetrics,
  saveNote,
  withNote,
} from "@/components/dashboard/store";

beforeEach(() => {
  fakeBrowser.reset();
});

const note = (week: string, changed = "Shorter first email") => ({ week, changed, toTest: "", savedAt: 1 });

test("one note per week, newest week first", () => {
  let store = withNote(emptyDashboardStore, note("2026-W47"));
  store = withNote(store, note("2026-W48"));
  store = withNote(store, note("2026-W47", "CTA changed"));
  expect(store.notes.map((n) => [n.week, n.changed])).toEqual([
    ["2026-W48", "Shorter first email"],
    ["2026-W47", "CTA changed"],
  ]);
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
  expect(parseDashboardStore({ metrics: ["sent"], notes: "x" })).toEqual(emptyDashboardStore);
});

test("notes and metrics round-trip through browser.storage.local under one key", async () => {
  await saveNote(note("2026-W48"));
  await saveMetrics(["sent", "clickRate", "replyRate", "meetings", "pipelineValue"]);
  const stored = await fakeBrowser.storage.local.get(dashboardStorageKey);
  expect(parseDashboardStore(stored[dashboardStorageKey]).notes).toHaveLength(1);
  expect((await loadDashboardStore()).metrics[1]).toBe("clickRate");
});

test("an invalid note is refused and nothing is stored", async () => {
  await expect(saveNote({ ...note("week 48") })).rejects.toThrow();
  expect(await fakeBrowser.storage.local.get(dashboardStorageKey)).toEqual({});
});
