import { z } from "zod";
import { type DashboardMetricId, dashboardMetricIds, defaultDashboardMetrics } from "./metric-defs";

/**
 * The dashboard's display choice (the five metrics) in browser.storage.local under one
 * key, validated on the way in and out. The review notes are data and live in the database.
 */
export const dashboardStorageKey = "dashboard";

export const dashboardStoreSchema = z.object({
  metrics: z
    .array(z.enum(dashboardMetricIds))
    .length(5)
    .default([...defaultDashboardMetrics]),
});
export type DashboardStore = z.infer<typeof dashboardStoreSchema>;

export const emptyDashboardStore: DashboardStore = dashboardStoreSchema.parse({});

/** The stored state; defaults for a missing or unreadable value. */
export async function loadDashboardStore(): Promise<DashboardStore> {
  const stored = await browser.storage.local.get(dashboardStorageKey);
  return parseDashboardStore(stored[dashboardStorageKey]);
}

export function parseDashboardStore(value: unknown): DashboardStore {
  const parsed = dashboardStoreSchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : emptyDashboardStore;
}

async function update(change: (store: DashboardStore) => DashboardStore): Promise<DashboardStore> {
  const next = dashboardStoreSchema.parse(change(await loadDashboardStore()));
  await browser.storage.local.set({ [dashboardStorageKey]: next });
  return next;
}

export function saveMetrics(metrics: readonly DashboardMetricId[]): Promise<DashboardStore> {
  return update((store) => ({ ...store, metrics: [...metrics] }));
}

/** Swaps the metric in slot `index`; a metric already shown elsewhere trades places, so the five stay distinct. */
export function replaceMetric(
  metrics: readonly DashboardMetricId[],
  index: number,
  metric: DashboardMetricId,
): DashboardMetricId[] {
  const next = [...metrics];
  const previous = next[index];
  const other = next.indexOf(metric);
  if (previous === undefined) return next;
  if (other >= 0) next[other] = previous;
  next[index] = metric;
  return next;
}
