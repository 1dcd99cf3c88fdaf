import { z } from "zod";
import { timestampSchema } from "@/lib/model";
import { type DashboardMetricId, dashboardMetricIds, defaultDashboardMetrics } from "./metric-defs";

/**
 * The dashboard's own state (chosen metrics, Monday review notes) in
 * browser.storage.local under one key, validated on the way in and out.
 * A Dexie table would suit the notes better; until the schema has one, this keeps them out of the database.
 */
export const dashboardStorageKey = "dashboard";

export const reviewNoteSchema = z.object({
  week: z.string().regex(/^\d{4}-W\d{2}$/),
  changed: z.string().max(5000),
  toTest: z.string().max(5000),
  savedAt: timestampSchema,
});
export type ReviewNote = z.infer<typeof reviewNoteSchema>;

export const dashboardStoreSchema = z.object({
  metrics: z
    .array(z.enum(dashboardMetricIds))
    .length(5)
    .default([...defaultDashboardMetrics]),
  notes: z.array(reviewNoteSchema).max(1000).default([]),
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

export function saveNote(note: ReviewNote): Promise<DashboardStore> {
  return update((store) => withNote(store, note));
}

/** One note per week: saving again replaces it. Newest week first. */
export function withNote(store: DashboardStore, note: ReviewNote): DashboardStore {
  const notes = [note, ...store.notes.filter((n) => n.week !== note.week)].sort((a, b) => b.week.localeCompare(a.week));
  return { ...store, notes };
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
